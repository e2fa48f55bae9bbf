using System.Diagnostics;
using Stakeholders.Network.Model;
using Stakeholders.Network.Neo4j.Tests.Support;

namespace Stakeholders.Network.Neo4j.Tests;

/// <summary>Push, pull, rollback and filters against a real server (NEO4J_URI; see .ci/neo4j/start.sh).</summary>
[TestFixture]
[Category("Neo4jLive")]
[NonParallelizable]
public sealed class LiveNeo4jTests
{
    private Neo4jNetworkStore _store = null!;

    [SetUp]
    public async Task SetUp() => _store = await LiveServer.ConnectAndClearAsync();

    [TearDown]
    public async Task TearDown()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }
    }

    [Test]
    public void ConnectsAndReadsTheVersion()
    {
        TestContext.Out.WriteLine(_store.Runner.ToString());
        Assert.That(_store.Server.Version, Does.Match(@"^\d+\.\d+"));
        Assert.That(_store.Server.Api, Is.Not.EqualTo(Neo4jApi.Auto));
        Assert.That(_store.Server.Dialect, Is.EqualTo(Neo4jServerInfo.DialectOf(_store.Server.Version)));
    }

    [Test]
    public async Task PushThenPullGivesTheSameNetwork()
    {
        var network = SampleNetworks.Rich();
        var result = await _store.PushAsync(network);
        Assert.Multiple(() =>
        {
            Assert.That(result.Stakeholders, Is.EqualTo(6));
            Assert.That(result.Ties, Is.EqualTo(8));
            Assert.That(result.Counters.NodesCreated, Is.EqualTo(6 + 2 + 1), "stakeholders + documents + info node");
            Assert.That(result.Counters.RelationshipsCreated, Is.EqualTo(8));
        });

        var pulled = await _store.PullAsync();
        SampleNetworks.AssertSameNetwork(pulled, network);
    }

    [Test]
    public async Task TheSeedNetworkRoundTrips()
    {
        var network = SampleNetworks.Seed();
        Assert.That(network.Ties, Is.Not.Empty);
        await _store.PushAsync(network, new PushOptions { Mode = PushMode.Batched, BatchSize = 10 });
        SampleNetworks.AssertSameNetwork(await _store.PullAsync(), network);
    }

    [Test]
    public async Task PushingTwiceChangesNothing()
    {
        var network = SampleNetworks.Rich();
        await _store.PushAsync(network);
        var before = await _store.CountsAsync();
        var second = await _store.PushAsync(network);
        var after = await _store.CountsAsync();
        Assert.Multiple(() =>
        {
            Assert.That(second.Counters.NodesCreated, Is.Zero);
            Assert.That(second.Counters.RelationshipsCreated, Is.Zero);
            Assert.That(second.Counters.NodesDeleted + second.Counters.RelationshipsDeleted, Is.Zero);
            Assert.That(second.Counters.LabelsAdded, Is.Zero);
            Assert.That(second.Counters.LabelsRemoved, Is.Zero);
            Assert.That(second.Counters.PropertiesSet, Is.Zero, "unchanged rows are not rewritten");
            Assert.That(after, Is.EqualTo(before));
            Assert.That(after.Stakeholders, Is.EqualTo(6));
            Assert.That(after.Ties, Is.EqualTo(8));
            Assert.That(after.Documents, Is.EqualTo(2));
            Assert.That(after.StakeholdersByKind["organization"], Is.EqualTo(2));
            Assert.That(after.TiesByType["PARTNERS_WITH"], Is.EqualTo(2));
        });
    }

    [Test]
    public async Task ChangedKindMovesTheLabel()
    {
        var network = SampleNetworks.Rich();
        await _store.PushAsync(network);
        var moved = network.Stakeholders.Select(s => s.Id == "zone" ? s with { Kind = StakeholderKind.Place } : s).ToArray();
        var b = new StakeholderNetworkBuilder { Title = network.Title, Description = network.Description };
        foreach (var d in network.Documents)
        {
            b.AddDocument(d);
        }

        foreach (var s in moved)
        {
            b.AddStakeholder(s);
        }

        foreach (var t in network.Ties)
        {
            b.AddTie(t);
        }

        var second = b.Build();
        await _store.PushAsync(second);
        var labels = await _store.Runner.RunAsync("MATCH (n:Stakeholder {id: 'zone'}) RETURN labels(n) AS labels", null, CancellationToken.None);
        Assert.That(labels.Single("labels").EnumerateArray().Select(e => e.GetString()), Is.EquivalentTo(new[] { "Stakeholder", "Place" }));
        SampleNetworks.AssertSameNetwork(await _store.PullAsync(), second);
    }

    [Test]
    public async Task ARePushRewritesOnlyWhatDiffersFromTheNetwork()
    {
        var network = SampleNetworks.Rich();
        await _store.PushAsync(network);
        var renamed = network.Stakeholders[0];
        var retied = network.Ties[0];
        var stray = network.Stakeholders.First(s => s.Kind == StakeholderKind.Organization);

        // A stray kind label and an extra property added outside the adapter, on rows the new network leaves as they were.
        await _store.Runner.RunAsync(
            "MATCH (n:Stakeholder {id: $id}) SET n:Person, n.note = 'added by hand'",
            new Dictionary<string, object?> { ["id"] = stray.Id },
            CancellationToken.None);
        var b = new StakeholderNetworkBuilder { Title = network.Title + " (v2)", Description = network.Description };
        foreach (var d in network.Documents)
        {
            b.AddDocument(d);
        }

        foreach (var s in network.Stakeholders)
        {
            b.AddStakeholder(s.Id == renamed.Id ? s with { Name = s.Name + " (renamed)" } : s);
        }

        foreach (var t in network.Ties)
        {
            b.AddTie(t.Id == retied.Id ? t with { Strength = t.Strength + 1, Role = null } : t);
        }

        var second = b.Build();
        var result = await _store.PushAsync(second);
        var strayNode = await _store.Runner.RunAsync(
            "MATCH (n:Stakeholder {id: $id}) RETURN labels(n) AS labels, n.note AS note",
            new Dictionary<string, object?> { ["id"] = stray.Id },
            CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(result.Counters.NodesCreated + result.Counters.RelationshipsCreated, Is.Zero);
            Assert.That(result.Counters.LabelsRemoved, Is.EqualTo(1), "the stray label");
            Assert.That(result.Counters.PropertiesSet, Is.GreaterThan(0));
            Assert.That(strayNode.Single("labels").EnumerateArray().Select(e => e.GetString()), Is.EquivalentTo(new[] { "Stakeholder", "Organization" }));
            Assert.That(strayNode.Single("note").ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.Null), "SET n = row drops properties the network does not have");
        });
        SampleNetworks.AssertSameNetwork(await _store.PullAsync(), second);
    }

    [Test]
    public async Task AtomicPushRollsBackWhenTheSecondStatementFailsOnTheServer()
    {
        var failing = new FailingRunner(_store.Runner) { FailAtStatement = 2 };
        var store = new Neo4jNetworkStore(failing, LiveServer.Options() with { MaxRetries = 0 });
        var e = Assert.ThrowsAsync<Neo4jQueryException>(() => store.PushAsync(SampleNetworks.Rich()));
        Assert.Multiple(async () =>
        {
            Assert.That(e!.Code, Is.EqualTo("Neo.ClientError.Statement.ArithmeticError"));
            Assert.That(failing.Rollbacks, Is.EqualTo(1));
            Assert.That(failing.Commits, Is.Zero);
            Assert.That(failing.StatementsRun, Is.EqualTo(2), "the first statement ran (and wrote) before the failure");
            var nodes = await _store.Runner.RunAsync("MATCH (n) RETURN count(n) AS n", null, CancellationToken.None);
            Assert.That(nodes.Single("n").GetInt64(), Is.Zero, "nothing written");
        });
    }

    [Test]
    public async Task AtomicPushRollsBackWhenTheClientFailsHalfway()
    {
        var network = SampleNetworks.Generated(300, 900, seed: 7);
        var failing = new FailingRunner(_store.Runner) { FailAtStatement = 6, FailOnClient = true };
        var store = new Neo4jNetworkStore(failing, LiveServer.Options() with { MaxRetries = 0, BatchSize = 100 });
        Assert.ThrowsAsync<Neo4jException>(() => store.PushAsync(network));
        Assert.That(failing.Rollbacks, Is.EqualTo(1));
        var counts = await _store.CountsAsync();
        Assert.That(counts.Stakeholders + counts.Ties + counts.Documents, Is.Zero);
    }

    [Test]
    public async Task BatchedPushResumesAfterAFailure()
    {
        var network = SampleNetworks.Generated(250, 600, seed: 11);
        var failing = new FailingRunner(_store.Runner) { FailAtStatement = 9, FailOnClient = true };
        var store = new Neo4jNetworkStore(failing, LiveServer.Options() with { MaxRetries = 0, BatchSize = 100 });
        var reports = new List<PushProgress>();
        var e = Assert.ThrowsAsync<Neo4jPushInterruptedException>(() => store.PushAsync(network, new PushOptions { Mode = PushMode.Batched }, new SyncProgress<PushProgress>(reports.Add)));
        var token = e!.ResumeToken!;
        Assert.That(token.CompletedItems, Is.GreaterThan(0).And.LessThan(1 + 250 + 600));
        Assert.That(reports.Last(r => r.ResumeToken is not null).ResumeToken, Is.EqualTo(token));
        Assert.That(e.InnerException, Is.InstanceOf<Neo4jException>());

        var partial = await _store.CountsAsync();
        Assert.That(partial.Documents + partial.Stakeholders + partial.Ties, Is.EqualTo(token.CompletedItems), "every committed batch, nothing of the failed one");

        var resumed = await _store.PushAsync(network, new PushOptions { Mode = PushMode.Batched, ResumeFrom = PushResumeToken.Parse(token.ToString()) });
        Assert.That(resumed.SkippedItems, Is.EqualTo(token.CompletedItems));
        SampleNetworks.AssertSameNetwork(await _store.PullAsync(), network);

        var other = SampleNetworks.Generated(10, 10, seed: 1);
        Assert.ThrowsAsync<ArgumentException>(() => _store.PushAsync(other, new PushOptions { Mode = PushMode.Batched, ResumeFrom = token }));
    }

    [Test]
    public async Task HostileStringsAreStoredLiterally()
    {
        var network = SampleNetworks.Hostile();
        await _store.PushAsync(network);
        var types = await _store.Runner.RunAsync("MATCH ()-[r]->() RETURN DISTINCT type(r) AS t", null, CancellationToken.None);
        Assert.That(types.Rows.Select(r => r[0].GetString()), Is.EquivalentTo(network.Ties.Select(t => t.Type.Name)));
        var nodes = await _store.Runner.RunAsync("MATCH (n) RETURN count(n) AS n", null, CancellationToken.None);
        Assert.That(nodes.Single("n").GetInt64(), Is.EqualTo(network.Stakeholders.Count + 2), "no statement was hijacked into deleting or creating more");
        SampleNetworks.AssertSameNetwork(await _store.PullAsync(), network);
        var again = await _store.PushAsync(network);
        Assert.That(again.Counters.NodesCreated + again.Counters.RelationshipsCreated, Is.Zero);
    }

    [Test]
    public async Task PullFiltersByKindTypeAndDate()
    {
        var network = SampleNetworks.Rich();
        await _store.PushAsync(network);

        var organizations = await _store.PullAsync(new PullFilter { Kinds = [StakeholderKind.Organization, StakeholderKind.Initiative] });
        Assert.That(organizations.Stakeholders.Select(s => s.Id), Is.EquivalentTo(new[] { "gov-sjs", "bank-1", "zone" }));
        Assert.That(organizations.Ties.Select(t => t.Id), Is.EquivalentTo(network.Ties.Where(t => t.Source is "gov-sjs" or "bank-1" or "zone" && t.Target is "gov-sjs" or "bank-1" or "zone").Select(t => t.Id)));

        var partners = await _store.PullAsync(new PullFilter { TieTypes = ["PARTNERS_WITH", "HOSTED"] });
        Assert.That(partners.Stakeholders, Has.Count.EqualTo(6));
        Assert.That(partners.Ties.Select(t => t.Id), Is.EquivalentTo(new[] { "partner-a", "partner-b", "gov-sjs|HOSTED|fair-2023" }));

        var day = new DateOnly(2024, 3, 1);
        var asOf = await _store.PullAsync(new PullFilter { From = day, To = day });
        Assert.That(asOf.Ties.Select(t => t.Id), Is.EquivalentTo(network.Ties.Where(t => t.Period is null || t.Period.Contains(day)).Select(t => t.Id)));

        var february = await _store.PullAsync(new PullFilter { From = new DateOnly(2024, 2, 15), To = new DateOnly(2024, 2, 20), PageSize = 2 });
        Assert.That(february.Ties.Select(t => t.Id), Does.Contain("bank-1|INVESTS_IN|zone").And.Not.Contain("li-xin|SPOKE_AT|fair-2023"));

        var before2021 = await _store.PullAsync(new PullFilter { To = new DateOnly(2020, 12, 31) });
        Assert.That(before2021.Ties.Select(t => t.Id), Is.EquivalentTo(network.Ties.Where(t => t.Period is null || t.Period.EarliestDay <= new DateOnly(2020, 12, 31)).Select(t => t.Id)));
        Assert.That(before2021.Ties.Select(t => t.Id), Does.Not.Contain("li-xin|HOLDS_POSITION|gov-sjs"));
    }

    [Test]
    public async Task AStreamedPullEqualsAPagedPullForEveryFixtureAndFilter()
    {
        Assert.That(_store.Runner.StreamsRows, Is.EqualTo(_store.Server.Api == Neo4jApi.Transactional));
        var day = new DateOnly(2024, 3, 1);
        PullFilter[] filters =
        [
            new(),
            new() { Kinds = [StakeholderKind.Organization, StakeholderKind.Initiative] },
            new() { TieTypes = ["PARTNERS_WITH", "HOSTED", "SPOKE_AT"] },
            new() { From = day, To = day },
            new() { To = new DateOnly(2020, 12, 31) },
        ];
        foreach (var network in new[] { SampleNetworks.Rich(), SampleNetworks.Hostile(), SampleNetworks.Seed(), SampleNetworks.Generated(37, 101, seed: 3) })
        {
            await _store.DeleteNetworkAsync();
            await _store.PushAsync(network);
            SampleNetworks.AssertSameNetwork(await _store.PullAsync(), network);
            foreach (var filter in filters)
            {
                var streamed = await _store.PullAsync(filter);
                var paged = await _store.PullAsync(filter with { PageSize = 3 });
                SampleNetworks.AssertSameNetwork(streamed, paged);
                Assert.That(streamed.Stakeholders.Select(s => s.Id), Is.EqualTo(paged.Stakeholders.Select(s => s.Id)), "the same order");
                Assert.That(streamed.Ties.Select(t => t.Id), Is.EqualTo(paged.Ties.Select(t => t.Id)), "the same order");
            }
        }
    }

    [Test]
    public async Task HugeStringsComeBackWhole()
    {
        var big = string.Concat(Enumerable.Range(0, 600_000).Select(i => (i % 4) switch { 0 => "\"", 1 => "é", 2 => "中", _ => "\\" }));
        var b = new StakeholderNetworkBuilder();
        b.AddStakeholder(new Stakeholder("a", "A", StakeholderKind.Person) { Description = big });
        b.AddStakeholder(new Stakeholder("b", big[..70_000], StakeholderKind.Organization));
        b.AddTie(new Tie("a", "b", TieType.MemberOf) { Role = big });
        var network = b.Build();
        await _store.PushAsync(network);
        SampleNetworks.AssertSameNetwork(await _store.PullAsync(), network);
    }

    [Test]
    public async Task AServerErrorAfterStreamedRowsFailsTheStatement()
    {
        // Neo4j sends the rows it produced before a statement fails, then the error: the call fails, whatever came first.
        var rows = 0L;
        var e = Assert.ThrowsAsync<Neo4jQueryException>(() => _store.Runner.StreamAsync(
            "UNWIND range(1, 50000) AS i RETURN i, 1 / (i - 40000) AS x", null, _ => rows++, CancellationToken.None));
        Assert.That(e!.Code, Is.EqualTo("Neo.ClientError.Statement.ArithmeticError"));
        TestContext.Out.WriteLine($"{rows} rows before the error");
        var counters = await _store.Runner.StreamAsync("UNWIND range(1, 50000) AS i RETURN i", null, _ => rows++, CancellationToken.None);
        Assert.That(counters.ContainsUpdates, Is.False);
    }

    [Test]
    public async Task SmallPagesPullEverything()
    {
        var network = SampleNetworks.Generated(37, 101, seed: 3);
        await _store.PushAsync(network, new PushOptions { BatchSize = 7 });
        SampleNetworks.AssertSameNetwork(await _store.PullAsync(new PullFilter { PageSize = 5 }), network);
    }

    [Test]
    public async Task AHubWithMoreTiesThanAPagePullsEverything()
    {
        var b = new StakeholderNetworkBuilder();
        b.AddStakeholder(new Stakeholder("hub", "Hub", StakeholderKind.Organization));
        for (var i = 0; i < 23; i++)
        {
            b.AddStakeholder(new Stakeholder($"leaf{i:D2}", $"Leaf {i}", StakeholderKind.Person));
            b.AddTie(new Tie("hub", $"leaf{i:D2}", TieType.Supports));
            b.AddTie(new Tie("hub", $"leaf{i:D2}", TieType.PartnersWith) { Id = $"p{i}" });
        }

        var network = b.Build();
        await _store.PushAsync(network);
        SampleNetworks.AssertSameNetwork(await _store.PullAsync(new PullFilter { PageSize = 4 }), network);
    }

    [Test]
    public async Task DeleteNetworkRemovesOnlyTheNetwork()
    {
        await _store.Runner.RunAsync("CREATE (:Unrelated {id: 'keep'})", null, CancellationToken.None);
        await _store.PushAsync(SampleNetworks.Rich());
        var deleted = await _store.DeleteNetworkAsync();
        Assert.That(deleted, Is.EqualTo(6 + 2 + 1));
        var left = await _store.Runner.RunAsync("MATCH (n) RETURN count(n) AS n", null, CancellationToken.None);
        Assert.That(left.Single("n").GetInt64(), Is.EqualTo(1));
    }

    [Test]
    [CancelAfter(600_000)]
    public async Task FiftyThousandTiesPushIdempotentlyAndPullBack()
    {
        var network = SampleNetworks.Generated(10_000, 50_000, seed: 42);
        var watch = Stopwatch.StartNew();
        var first = await _store.PushAsync(network);
        var pushSeconds = watch.Elapsed.TotalSeconds;
        watch.Restart();
        var second = await _store.PushAsync(network, new PushOptions { Mode = PushMode.Batched });
        var repushSeconds = watch.Elapsed.TotalSeconds;
        watch.Restart();
        var pulled = await _store.PullAsync();
        var pullSeconds = watch.Elapsed.TotalSeconds;
        var counts = await _store.CountsAsync();
        TestContext.Out.WriteLine($"50k ties on {_store.Server.Version}: atomic push {pushSeconds:F1} s, batched re-push {repushSeconds:F1} s, pull {pullSeconds:F1} s; {first.Batches} batches");
        Assert.Multiple(() =>
        {
            Assert.That(first.Counters.RelationshipsCreated, Is.EqualTo(50_000));
            Assert.That(first.Counters.NodesCreated, Is.EqualTo(10_000 + 1 + 1));
            Assert.That(second.Counters.NodesCreated + second.Counters.RelationshipsCreated, Is.Zero);
            Assert.That(second.Counters.PropertiesSet, Is.Zero, "an unchanged network is not rewritten");
            Assert.That(counts.Stakeholders, Is.EqualTo(10_000));
            Assert.That(counts.Ties, Is.EqualTo(50_000));
        });
        SampleNetworks.AssertSameNetwork(pulled, network);
    }

    [Test]
    public async Task GraphDataScienceIsReportedAsMissingOrRuns()
    {
        var gds = new Neo4jGraphAlgorithms(_store);
        await _store.PushAsync(SampleNetworks.Rich());
        if (!await gds.IsAvailableAsync())
        {
            var e = Assert.ThrowsAsync<Neo4jFeatureNotAvailableException>(() => gds.PageRankAsync());
            Assert.That(e!.Message, Does.Contain("Graph Data Science"));
            return;
        }

        var pageRank = await gds.PageRankAsync();
        Assert.That(pageRank.Scores.Keys, Is.EquivalentTo(SampleNetworks.Rich().Stakeholders.Select(s => s.Id)));
        var louvain = await gds.LouvainAsync();
        Assert.That(louvain.Membership, Has.Count.EqualTo(6));
        var leiden = await gds.LeidenAsync(randomSeed: 42);
        Assert.That(leiden.Membership, Has.Count.EqualTo(6));
        var betweenness = await gds.BetweennessAsync(new GdsProjection { Weighted = true });
        Assert.That(betweenness.Scores.Values, Has.All.GreaterThanOrEqualTo(0));
        var graphs = await _store.Runner.RunAsync("CALL gds.graph.list() YIELD graphName RETURN count(*) AS n", null, CancellationToken.None);
        Assert.That(graphs.Single("n").GetInt64(), Is.Zero, "projections are dropped");
    }

    [Test]
    public async Task ForcingTheQueryApiOnAnOlderServerSaysItIsMissing()
    {
        if (_store.Server.Major >= 5)
        {
            Assert.Ignore("The server may have the Query API.");
        }

        var e = Assert.ThrowsAsync<Neo4jFeatureNotAvailableException>(() => Neo4jNetworkStore.ConnectAsync(LiveServer.Options() with { Api = Neo4jApi.QueryV2 }));
        Assert.That(e!.Message, Does.Contain("query/v2"));
        await Task.CompletedTask;
    }

    [Test]
    public void ARefusedConnectionIsAConnectionError()
    {
        var options = LiveServer.Options() with { Uri = new Uri("http://127.0.0.1:1"), MaxRetries = 0 };
        var e = Assert.ThrowsAsync<Neo4jConnectionException>(() => Neo4jNetworkStore.ConnectAsync(options));
        Assert.That(e!.Message, Does.Contain("refused"));
        Assert.That(e.IsTransient, Is.False);
    }

    /// <summary>Progress that reports synchronously (Progress&lt;T&gt; posts to the thread pool, too late for assertions).</summary>
    private sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}

/// <summary>Neo4j 5 syntax, the Query API and GDS on a real 5.x server; reported as skipped on older servers.</summary>
[TestFixture]
[Category("Neo4jLive")]
[NonParallelizable]
public sealed class LiveNeo4j5Tests
{
    [Test]
    public async Task QueryApiPushAndPull()
    {
        await using var store = await LiveServer.ConnectAndClearAsync(5, "the Query API v2", o => o with { Api = Neo4jApi.QueryV2 });
        Assert.That(store.Server.Dialect, Is.EqualTo(CypherDialect.V5));
        var network = SampleNetworks.Rich();
        await store.PushAsync(network);
        var again = await store.PushAsync(network);
        Assert.That(again.Counters.NodesCreated + again.Counters.RelationshipsCreated, Is.Zero);
        SampleNetworks.AssertSameNetwork(await store.PullAsync(), network);
    }

    [Test]
    public async Task QueryApiRollsBack()
    {
        await using var live = await LiveServer.ConnectAndClearAsync(5, "the Query API v2", o => o with { Api = Neo4jApi.QueryV2 });
        var failing = new FailingRunner(live.Runner) { FailAtStatement = 2 };
        var store = new Neo4jNetworkStore(failing, LiveServer.Options() with { MaxRetries = 0 });
        Assert.ThrowsAsync<Neo4jQueryException>(() => store.PushAsync(SampleNetworks.Rich()));
        var counts = await live.CountsAsync();
        Assert.That(counts.Stakeholders, Is.Zero);
    }

    [Test]
    public async Task TransactionalEndpointOnNeo4j5()
    {
        await using var store = await LiveServer.ConnectAndClearAsync(4, "the /db/{database}/tx endpoint", o => o with { Api = Neo4jApi.Transactional });
        var network = SampleNetworks.Hostile();
        await store.PushAsync(network);
        SampleNetworks.AssertSameNetwork(await store.PullAsync(), network);
    }

    [Test]
    public async Task GraphDataScienceAlgorithms()
    {
        await using var store = await LiveServer.ConnectAndClearAsync(5, "GDS 2.x");
        var gds = new Neo4jGraphAlgorithms(store);
        if (!await gds.IsAvailableAsync())
        {
            Assert.Ignore("The server has no Graph Data Science plugin.");
        }

        await store.PushAsync(SampleNetworks.Generated(200, 800, seed: 5));
        var pageRank = await gds.PageRankAsync(new GdsProjection { Weighted = true });
        Assert.That(pageRank.Scores, Has.Count.EqualTo(200));
        var leiden = await gds.LeidenAsync(randomSeed: 1);
        Assert.That(leiden.Count, Is.GreaterThan(1));
    }
}
