namespace Stakeholders.Network.Neo4j.Tests.Support;

/// <summary>
/// The real server the "Neo4jLive" tests use: <c>NEO4J_URI</c> (plus <c>NEO4J_USER</c>, <c>NEO4J_PASSWORD</c>,
/// <c>NEO4J_DATABASE</c>, <c>NEO4J_API</c>), as <c>.ci/neo4j/start.sh</c> exports it. Without it the tests are ignored.
/// </summary>
internal static class LiveServer
{
    public static Neo4jOptions Options(Func<Neo4jOptions, Neo4jOptions>? change = null)
    {
        var options = Neo4jOptions.FromEnvironment();
        if (options is null)
        {
            Assert.Ignore("NEO4J_URI not set: start a server with `eval \"$(.ci/neo4j/start.sh)\"` to run the live Neo4j tests.");
        }

        return change is null ? options! : change(options!);
    }

    /// <summary>Connects and empties the database (the live tests own it).</summary>
    public static async Task<Neo4jNetworkStore> ConnectAndClearAsync(Func<Neo4jOptions, Neo4jOptions>? change = null)
    {
        var store = await Neo4jNetworkStore.ConnectAsync(Options(change)).ConfigureAwait(false);
        await store.Runner.RunAsync("MATCH (n) DETACH DELETE n", null, CancellationToken.None).ConfigureAwait(false);
        return store;
    }

    /// <summary>Like <see cref="ConnectAndClearAsync"/>, but first checks (with the default API) that the server is at least <paramref name="major"/>; ignores the test otherwise.</summary>
    public static async Task<Neo4jNetworkStore> ConnectAndClearAsync(int major, string why, Func<Neo4jOptions, Neo4jOptions>? change = null)
    {
        await using (var probe = await Neo4jNetworkStore.ConnectAsync(Options()).ConfigureAwait(false))
        {
            RequireMajor(probe, major, why);
        }

        return await ConnectAndClearAsync(change).ConfigureAwait(false);
    }

    public static void RequireMajor(Neo4jNetworkStore store, int major, string why)
    {
        if (store.Server.Major < major)
        {
            Assert.Ignore($"Needs Neo4j {major}+ ({why}); NEO4J_URI points at {store.Server.Version}.");
        }
    }
}

/// <summary>
/// Wraps a runner so a test can break a transaction on purpose: the <see cref="FailAtStatement"/>-th statement run in
/// a transaction (1-based, counted over the wrapper's life) is replaced by one the server rejects, or throws on the client.
/// </summary>
internal sealed class FailingRunner(ICypherRunner inner) : ICypherRunner
{
    public int FailAtStatement { get; init; } = 2;

    public bool FailOnClient { get; init; }

    public int StatementsRun { get; private set; }

    public int Rollbacks { get; private set; }

    public int Commits { get; private set; }

    public Neo4jServerInfo Server => inner.Server;

    public Task<CypherResult> RunAsync(string statement, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken) =>
        inner.RunAsync(statement, parameters, cancellationToken);

    public async Task<ICypherTransaction> BeginTransactionAsync(CancellationToken cancellationToken) =>
        new Transaction(this, await inner.BeginTransactionAsync(cancellationToken).ConfigureAwait(false));

    public ValueTask DisposeAsync() => inner.DisposeAsync();

    private sealed class Transaction(FailingRunner owner, ICypherTransaction inner) : ICypherTransaction
    {
        public Task<CypherResult> RunAsync(string statement, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken)
        {
            owner.StatementsRun++;
            if (owner.StatementsRun == owner.FailAtStatement)
            {
                if (owner.FailOnClient)
                {
                    throw new Neo4jException("client-side failure injected by the test");
                }

                return inner.RunAsync("UNWIND $rows AS row RETURN 1 / 0 AS written", parameters, cancellationToken);
            }

            return inner.RunAsync(statement, parameters, cancellationToken);
        }

        public async Task CommitAsync(CancellationToken cancellationToken)
        {
            await inner.CommitAsync(cancellationToken).ConfigureAwait(false);
            owner.Commits++;
        }

        public Task RollbackAsync(CancellationToken cancellationToken)
        {
            owner.Rollbacks++;
            return inner.RollbackAsync(cancellationToken);
        }

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
