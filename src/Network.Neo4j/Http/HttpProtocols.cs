using System.Text.Json;

namespace Stakeholders.Network.Neo4j.Http;

/// <summary>An open transaction on one of the HTTP APIs: its id and, on Aura, the cluster member that holds it.</summary>
internal sealed record HttpTransactionHandle(string Id, string? ClusterAffinity);

/// <summary>The requests of one HTTP API.</summary>
internal interface IHttpCypherProtocol
{
    Task<CypherResult> AutoCommitAsync(string statement, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken);

    Task<HttpTransactionHandle> BeginAsync(CancellationToken cancellationToken);

    Task<CypherResult> RunAsync(HttpTransactionHandle tx, string statement, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken);

    Task CommitAsync(HttpTransactionHandle tx, CancellationToken cancellationToken);

    Task RollbackAsync(HttpTransactionHandle tx, CancellationToken cancellationToken);
}

/// <summary>
/// The transactional HTTP endpoint: <c>POST {base}/commit</c> runs statements in one transaction, <c>POST {base}</c> opens
/// one (201 with a <c>Location</c>), <c>POST {base}/{id}</c> runs more, <c>POST {base}/{id}/commit</c> commits and
/// <c>DELETE {base}/{id}</c> rolls back. The base is <c>db/data/transaction</c> on Neo4j 3 and <c>db/{database}/tx</c> on 4 and 5.
/// </summary>
internal sealed class TransactionalProtocol(Neo4jHttpConnection connection, string basePath) : IHttpCypherProtocol
{
    public string BasePath { get; } = basePath;

    public async Task<CypherResult> AutoCommitAsync(string statement, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken)
    {
        var reply = await connection.SendAsync(HttpMethod.Post, BasePath + "/commit", Statements(statement, parameters), null, true, cancellationToken).ConfigureAwait(false);
        return ReadSingleResult(reply.Body);
    }

    /// <summary>Runs one statement in its own transaction, handing its rows over while the answer arrives.</summary>
    public Task<CypherCounters> AutoCommitStreamingAsync(
        string statement,
        IReadOnlyDictionary<string, object?>? parameters,
        Action<IReadOnlyList<JsonElement>> onRow,
        CancellationToken cancellationToken) =>
        connection.SendStreamingAsync(BasePath + "/commit", Statements(statement, parameters), onRow, cancellationToken);

    public async Task<HttpTransactionHandle> BeginAsync(CancellationToken cancellationToken)
    {
        var reply = await connection.SendAsync(HttpMethod.Post, BasePath, Statements(null, null), null, true, cancellationToken).ConfigureAwait(false);
        var id = IdFromLocation(reply.Location, BasePath);
        if (id is null && reply.Body.ValueKind == JsonValueKind.Object && reply.Body.TryGetProperty("commit", out var commit) && commit.GetString() is { } commitUri)
        {
            id = IdFromLocation(commitUri.EndsWith("/commit", StringComparison.Ordinal) ? commitUri[..^"/commit".Length] : commitUri, BasePath);
        }

        return new HttpTransactionHandle(id ?? throw new Neo4jException("The server opened a transaction but did not say where (no Location header, no commit URI)."), null);
    }

    public async Task<CypherResult> RunAsync(HttpTransactionHandle tx, string statement, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken)
    {
        var reply = await connection.SendAsync(HttpMethod.Post, $"{BasePath}/{tx.Id}", Statements(statement, parameters), null, true, cancellationToken).ConfigureAwait(false);
        return ReadSingleResult(reply.Body);
    }

    public Task CommitAsync(HttpTransactionHandle tx, CancellationToken cancellationToken) =>
        connection.SendAsync(HttpMethod.Post, $"{BasePath}/{tx.Id}/commit", Statements(null, null), null, true, cancellationToken);

    public Task RollbackAsync(HttpTransactionHandle tx, CancellationToken cancellationToken) =>
        connection.SendAsync(HttpMethod.Delete, $"{BasePath}/{tx.Id}", null, null, true, cancellationToken);

    /// <summary>The transaction id: the path segment after the base in a URI the server sent.</summary>
    internal static string? IdFromLocation(string? location, string basePath)
    {
        if (string.IsNullOrEmpty(location))
        {
            return null;
        }

        var path = Uri.TryCreate(location, UriKind.Absolute, out var absolute) ? absolute.AbsolutePath : location;
        var marker = "/" + basePath.Trim('/') + "/";
        var at = path.LastIndexOf(marker, StringComparison.Ordinal);
        var id = at >= 0 ? path[(at + marker.Length)..] : path[(path.LastIndexOf('/') + 1)..];
        id = id.Trim('/');
        return id.Length > 0 && id.All(char.IsAsciiLetterOrDigit) ? id : null;
    }

    private static byte[] Statements(string? statement, IReadOnlyDictionary<string, object?>? parameters) => CypherJson.Serialize(w =>
    {
        w.WriteStartObject();
        w.WriteStartArray("statements");
        if (statement is not null)
        {
            w.WriteStartObject();
            w.WriteString("statement", statement);
            w.WritePropertyName("parameters");
            CypherJson.WriteParameters(w, parameters);
            w.WriteBoolean("includeStats", true);
            w.WriteStartArray("resultDataContents");
            w.WriteStringValue("row");
            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    private static CypherResult ReadSingleResult(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("results", out var results)
            || results.ValueKind != JsonValueKind.Array || results.GetArrayLength() == 0)
        {
            return CypherResult.Empty;
        }

        var result = results[0];
        var columns = result.TryGetProperty("columns", out var c) ? CypherJson.ReadStrings(c) : [];
        var rows = new List<IReadOnlyList<JsonElement>>();
        if (result.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Array)
        {
            foreach (var entry in data.EnumerateArray())
            {
                if (entry.TryGetProperty("row", out var row) && row.ValueKind == JsonValueKind.Array)
                {
                    rows.Add(CypherJson.ReadRow(row));
                }
            }
        }

        return new CypherResult(columns, rows, CypherJson.ReadTransactionalStats(result));
    }
}

/// <summary>
/// The Query API v2 (Neo4j 5.19+, Aura): <c>POST db/{database}/query/v2</c> runs one statement; <c>POST .../tx</c> opens
/// a transaction (its id in the body's <c>transaction.id</c>, its cluster member in the <c>neo4j-cluster-affinity</c>
/// header, which every later request of the transaction repeats), <c>POST .../tx/{id}</c> runs, <c>POST .../tx/{id}/commit</c>
/// commits and <c>DELETE .../tx/{id}</c> rolls back.
/// </summary>
internal sealed class QueryApiProtocol(Neo4jHttpConnection connection) : IHttpCypherProtocol
{
    public string BasePath { get; } = $"db/{connection.DatabaseSegment}/query/v2";

    public async Task<CypherResult> AutoCommitAsync(string statement, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken)
    {
        var reply = await connection.SendAsync(HttpMethod.Post, BasePath, Statement(statement, parameters), null, true, cancellationToken).ConfigureAwait(false);
        return ReadResult(reply.Body);
    }

    public async Task<HttpTransactionHandle> BeginAsync(CancellationToken cancellationToken)
    {
        var reply = await connection.SendAsync(HttpMethod.Post, BasePath + "/tx", null, null, true, cancellationToken).ConfigureAwait(false);
        if (reply.Body.ValueKind == JsonValueKind.Object
            && reply.Body.TryGetProperty("transaction", out var tx) && tx.ValueKind == JsonValueKind.Object
            && tx.TryGetProperty("id", out var id) && id.GetString() is { Length: > 0 } text
            && text.All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '-' or '_' or '.'))
        {
            return new HttpTransactionHandle(text, reply.ClusterAffinity);
        }

        throw new Neo4jException("The Query API opened a transaction but sent no usable transaction.id.");
    }

    public async Task<CypherResult> RunAsync(HttpTransactionHandle tx, string statement, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken)
    {
        var reply = await connection.SendAsync(HttpMethod.Post, $"{BasePath}/tx/{tx.Id}", Statement(statement, parameters), tx.ClusterAffinity, true, cancellationToken).ConfigureAwait(false);
        return ReadResult(reply.Body);
    }

    public Task CommitAsync(HttpTransactionHandle tx, CancellationToken cancellationToken) =>
        connection.SendAsync(HttpMethod.Post, $"{BasePath}/tx/{tx.Id}/commit", null, tx.ClusterAffinity, true, cancellationToken);

    public Task RollbackAsync(HttpTransactionHandle tx, CancellationToken cancellationToken) =>
        connection.SendAsync(HttpMethod.Delete, $"{BasePath}/tx/{tx.Id}", null, tx.ClusterAffinity, true, cancellationToken);

    private static byte[] Statement(string statement, IReadOnlyDictionary<string, object?>? parameters) => CypherJson.Serialize(w =>
    {
        w.WriteStartObject();
        w.WriteString("statement", statement);
        w.WritePropertyName("parameters");
        CypherJson.WriteParameters(w, parameters);
        w.WriteBoolean("includeCounters", true);
        w.WriteEndObject();
    });

    private static CypherResult ReadResult(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
        {
            return CypherResult.Empty with { Counters = body.ValueKind == JsonValueKind.Object ? CypherJson.ReadQueryApiCounters(body) : CypherCounters.None };
        }

        var columns = data.TryGetProperty("fields", out var f) ? CypherJson.ReadStrings(f) : [];
        var rows = new List<IReadOnlyList<JsonElement>>();
        if (data.TryGetProperty("values", out var values) && values.ValueKind == JsonValueKind.Array)
        {
            foreach (var row in values.EnumerateArray())
            {
                if (row.ValueKind == JsonValueKind.Array)
                {
                    rows.Add(CypherJson.ReadRow(row));
                }
            }
        }

        return new CypherResult(columns, rows, CypherJson.ReadQueryApiCounters(body));
    }
}
