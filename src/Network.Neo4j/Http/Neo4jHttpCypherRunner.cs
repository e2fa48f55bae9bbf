using System.Text.Json;
using Stakeholders.Network.Neo4j.Http;

namespace Stakeholders.Network.Neo4j;

/// <summary>
/// An <see cref="ICypherRunner"/> over Neo4j's HTTP APIs, made by <see cref="ConnectAsync(Neo4jOptions, CancellationToken)"/>:
/// it reads the discovery document (<c>GET /</c>) to choose the API when <see cref="Neo4jOptions.Api"/> is
/// <see cref="Neo4jApi.Auto"/>, then asks <c>CALL dbms.components()</c> for the version (which also checks the credentials).
/// </summary>
/// <remarks>Thread-safe: statements of different transactions may run concurrently.</remarks>
public sealed class Neo4jHttpCypherRunner : ICypherRunner
{
    private readonly Neo4jHttpConnection _connection;
    private readonly IHttpCypherProtocol _protocol;

    private Neo4jHttpCypherRunner(Neo4jHttpConnection connection, IHttpCypherProtocol protocol, Neo4jServerInfo server)
    {
        _connection = connection;
        _protocol = protocol;
        Server = server;
    }

    /// <inheritdoc />
    public Neo4jServerInfo Server { get; }

    /// <summary>The path of the endpoint in use, relative to the server root (for diagnostics).</summary>
    internal string EndpointPath => _protocol switch
    {
        TransactionalProtocol t => t.BasePath,
        QueryApiProtocol q => q.BasePath,
        _ => string.Empty,
    };

    /// <summary>Connects to the server the options name.</summary>
    /// <exception cref="ArgumentException">The options are not valid.</exception>
    /// <exception cref="Neo4jException">The server cannot be reached, refuses the credentials, or lacks the requested API.</exception>
    public static Task<Neo4jHttpCypherRunner> ConnectAsync(Neo4jOptions options, CancellationToken cancellationToken = default) =>
        ConnectAsync(options, handler: null, cancellationToken);

    /// <summary>Connects through a given message handler (a proxy, a test double); the handler is not disposed.</summary>
    public static async Task<Neo4jHttpCypherRunner> ConnectAsync(Neo4jOptions options, HttpMessageHandler? handler, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var connection = new Neo4jHttpConnection(options, handler);
        try
        {
            var retry = new Neo4jRetryPolicy(options);
            var discovery = await retry.ExecuteAsync(ct => DiscoverAsync(connection, ct), cancellationToken).ConfigureAwait(false);
            var api = options.Api switch
            {
                Neo4jApi.Auto => discovery.HasQueryApi ? Neo4jApi.QueryV2 : Neo4jApi.Transactional,
                _ => options.Api,
            };
            IHttpCypherProtocol protocol = api == Neo4jApi.QueryV2
                ? new QueryApiProtocol(connection)
                : new TransactionalProtocol(connection, discovery.IsLegacyV3 ? "db/data/transaction" : $"db/{connection.DatabaseSegment}/tx");
            var (version, edition) = await retry.ExecuteAsync(ct => ReadVersionAsync(protocol, ct), cancellationToken).ConfigureAwait(false);
            version ??= discovery.Version ?? throw new Neo4jException("The server did not report its version (dbms.components() returned no Neo4j Kernel row).");
            return new Neo4jHttpCypherRunner(connection, protocol, new Neo4jServerInfo(version, edition ?? discovery.Edition, api));
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public Task<CypherResult> RunAsync(string statement, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(statement);
        return _protocol.AutoCommitAsync(statement, parameters, cancellationToken);
    }

    /// <summary>
    /// True on the transactional endpoint (Neo4j 3, 4 and 5), whose answer <see cref="StreamAsync"/> reads row by row as
    /// it arrives; false on the Query API v2, whose answer it reads whole first.
    /// </summary>
    public bool StreamsRows => _protocol is TransactionalProtocol;

    /// <inheritdoc />
    public async Task<CypherCounters> StreamAsync(
        string statement,
        IReadOnlyDictionary<string, object?>? parameters,
        Action<IReadOnlyList<JsonElement>> onRow,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(statement);
        ArgumentNullException.ThrowIfNull(onRow);
        if (_protocol is TransactionalProtocol transactional)
        {
            return await transactional.AutoCommitStreamingAsync(statement, parameters, onRow, cancellationToken).ConfigureAwait(false);
        }

        var result = await _protocol.AutoCommitAsync(statement, parameters, cancellationToken).ConfigureAwait(false);
        foreach (var row in result.Rows)
        {
            onRow(row);
        }

        return result.Counters;
    }

    /// <inheritdoc />
    public async Task<ICypherTransaction> BeginTransactionAsync(CancellationToken cancellationToken)
    {
        var handle = await _protocol.BeginAsync(cancellationToken).ConfigureAwait(false);
        return new HttpCypherTransaction(_protocol, handle);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        _connection.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public override string ToString() => $"Neo4j {Server.Version} ({Server.Edition ?? "unknown edition"}) via {Server.Api} at /{EndpointPath}";

    private sealed record Discovery(bool HasQueryApi, bool IsLegacyV3, string? Version, string? Edition);

    private static async Task<Discovery> DiscoverAsync(Neo4jHttpConnection connection, CancellationToken cancellationToken)
    {
        HttpReply reply;
        try
        {
            reply = await connection.SendAsync(HttpMethod.Get, string.Empty, null, null, authenticate: false, cancellationToken).ConfigureAwait(false);
        }
        catch (Neo4jException e) when (e is not Neo4jConnectionException and not Neo4jTimeoutException and not Neo4jTransientException)
        {
            // A proxy may hide the root; fall back to the 4+/5 paths.
            return new Discovery(false, false, null, null);
        }

        var body = reply.Body;
        if (body.ValueKind != JsonValueKind.Object)
        {
            return new Discovery(false, false, null, null);
        }

        string? Text(string name) => body.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        var hasQuery = Text("query") is not null;
        var legacy = Text("transaction") is null && Text("data") is not null;
        return new Discovery(hasQuery, legacy, Text("neo4j_version"), Text("neo4j_edition"));
    }

    private static async Task<(string? Version, string? Edition)> ReadVersionAsync(IHttpCypherProtocol protocol, CancellationToken cancellationToken)
    {
        var result = await protocol.AutoCommitAsync(
            "CALL dbms.components() YIELD name, versions, edition RETURN name, versions, edition",
            null,
            cancellationToken).ConfigureAwait(false);
        foreach (var row in result.Rows)
        {
            if (row.Count >= 3 && row[0].ValueKind == JsonValueKind.String && row[0].GetString() == "Neo4j Kernel"
                && row[1].ValueKind == JsonValueKind.Array && row[1].GetArrayLength() > 0)
            {
                return (row[1][0].GetString(), row[2].ValueKind == JsonValueKind.String ? row[2].GetString() : null);
            }
        }

        return (null, null);
    }

    private sealed class HttpCypherTransaction(IHttpCypherProtocol protocol, HttpTransactionHandle handle) : ICypherTransaction
    {
        private enum State
        {
            Open,
            Failed,
            Committed,
            RolledBack,
        }

        private State _state;

        public async Task<CypherResult> RunAsync(string statement, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(statement);
            EnsureOpen();
            try
            {
                return await protocol.RunAsync(handle, statement, parameters, cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                _state = State.Failed;
                throw;
            }
        }

        public async Task CommitAsync(CancellationToken cancellationToken)
        {
            EnsureOpen();
            try
            {
                await protocol.CommitAsync(handle, cancellationToken).ConfigureAwait(false);
                _state = State.Committed;
            }
            catch
            {
                _state = State.Failed;
                throw;
            }
        }

        public async Task RollbackAsync(CancellationToken cancellationToken)
        {
            if (_state is State.Committed)
            {
                throw new InvalidOperationException("The transaction was committed; it cannot be rolled back.");
            }

            if (_state is State.RolledBack)
            {
                return;
            }

            var failed = _state is State.Failed;
            _state = State.RolledBack;
            try
            {
                await protocol.RollbackAsync(handle, cancellationToken).ConfigureAwait(false);
            }
            catch (Neo4jException) when (failed)
            {
                // After a failed statement the server has usually rolled back already (TransactionNotFound): nothing left to undo.
            }
        }

        public async ValueTask DisposeAsync()
        {
            if (_state is State.Open or State.Failed)
            {
                try
                {
                    using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
                    await RollbackAsync(cts.Token).ConfigureAwait(false);
                }
                catch (Exception e) when (e is Neo4jException or OperationCanceledException)
                {
                    // Best effort: the server times out abandoned transactions by itself.
                }
            }
        }

        private void EnsureOpen()
        {
            if (_state != State.Open)
            {
                throw new InvalidOperationException($"The transaction is {_state.ToString().ToLowerInvariant()}; start a new one.");
            }
        }
    }
}
