using System.Net;
using Stakeholders.Network.Neo4j.Tests.Support;

namespace Stakeholders.Network.Neo4j.Tests;

/// <summary>Graph Data Science calls against the documented procedure signatures (a scripted fake Neo4j 5.19 server).</summary>
[TestFixture]
public sealed class GraphAlgorithmsTests
{
    private static FakeNeo4jHandler WithGds(FakeNeo4jHandler fake, bool installed)
    {
        fake.Expect(HttpMethod.Post, "/db/neo4j/query/v2", Documented.QueryResult("""[ "n" ]""", $"[ [ {(installed ? 1 : 0)} ] ]"), HttpStatusCode.Accepted, (body, _) =>
        {
            Assert.That(body.GetProperty("statement").GetString(), Is.EqualTo("SHOW PROCEDURES YIELD name WHERE name = $procedure RETURN count(*) AS n"));
            Assert.That(body.GetProperty("parameters").GetProperty("procedure").GetString(), Is.EqualTo("gds.graph.project"));
        });
        if (installed)
        {
            fake.Expect(HttpMethod.Post, "/db/neo4j/query/v2", Documented.QueryResult("""[ "version" ]""", """[ [ "2.6.0" ] ]"""), HttpStatusCode.Accepted);
        }

        return fake;
    }

    private static void ExpectProject(FakeNeo4jHandler fake, Action<System.Text.Json.JsonElement> check) =>
        fake.Expect(HttpMethod.Post, "/db/neo4j/query/v2", Documented.QueryResult("""[ "graphName" ]""", """[ [ "g" ] ]"""), HttpStatusCode.Accepted, (body, _) =>
        {
            Assert.That(body.GetProperty("statement").GetString(), Is.EqualTo("CALL gds.graph.project($graph, $nodes, $relationships) YIELD graphName RETURN graphName"));
            Assert.That(body.GetProperty("parameters").GetProperty("graph").GetString(), Does.StartWith("stakeholders-"));
            Assert.That(body.GetProperty("parameters").GetProperty("nodes").GetString(), Is.EqualTo("Stakeholder"));
            check(body.GetProperty("parameters").GetProperty("relationships"));
        });

    private static void ExpectDrop(FakeNeo4jHandler fake) =>
        fake.Expect(HttpMethod.Post, "/db/neo4j/query/v2", Documented.QueryResult("""[ "graphName" ]""", """[ [ "g" ] ]"""), HttpStatusCode.Accepted, (body, _) =>
            Assert.That(body.GetProperty("statement").GetString(), Is.EqualTo("CALL gds.graph.drop($graph, false) YIELD graphName RETURN graphName")));

    [Test]
    public async Task MissingGdsIsAFeatureNotAvailableError()
    {
        var fake = WithGds(QueryApiTests.Neo4j519(), installed: false);
        await using var store = await Neo4jNetworkStore.ConnectAsync(TransactionalEndpointTests.Options(), fake);
        var gds = new Neo4jGraphAlgorithms(store);
        var e = Assert.ThrowsAsync<Neo4jFeatureNotAvailableException>(() => gds.LouvainAsync());
        Assert.That(e!.Message, Does.Contain("Graph Data Science").And.Contain("gds.louvain.stream").And.Contain("5.19.0"));
        fake.AssertDone();
    }

    [Test]
    public async Task Neo4j3ListsProceduresWithDbmsProcedures()
    {
        var fake = TransactionalEndpointTests.Neo4j3().Expect(HttpMethod.Post, "/db/data/transaction/commit", Documented.TxResult("""[ "n" ]""", "[ [ 0 ] ]"), check: (body, _) =>
            Assert.That(body.GetProperty("statements")[0].GetProperty("statement").GetString(), Is.EqualTo("CALL dbms.procedures() YIELD name WHERE name = $procedure RETURN count(*) AS n")));
        await using var store = await Neo4jNetworkStore.ConnectAsync(TransactionalEndpointTests.Options(), fake);
        Assert.That(await new Neo4jGraphAlgorithms(store).IsAvailableAsync(), Is.False);
        fake.AssertDone();
    }

    [Test]
    public async Task PageRankProjectsStreamsMapsIdsAndDrops()
    {
        var fake = WithGds(QueryApiTests.Neo4j519(), installed: true);
        ExpectProject(fake, relationships =>
        {
            var all = relationships.GetProperty("ALL");
            Assert.That(all.GetProperty("type").GetString(), Is.EqualTo("*"));
            Assert.That(all.GetProperty("orientation").GetString(), Is.EqualTo("UNDIRECTED"));
            Assert.That(all.GetProperty("properties").GetProperty("strength").GetProperty("defaultValue").GetDouble(), Is.EqualTo(1.0));
        });
        fake.Expect(HttpMethod.Post, "/db/neo4j/query/v2", Documented.QueryResult("""[ "id", "value" ]""", """[ [ "a", 0.4 ], [ "b", 1.25 ] ]"""), HttpStatusCode.Accepted, (body, _) =>
        {
            Assert.That(body.GetProperty("statement").GetString(), Is.EqualTo("CALL gds.pageRank.stream($graph, $config) YIELD nodeId, score RETURN gds.util.asNode(nodeId).id AS id, score AS value"));
            var config = body.GetProperty("parameters").GetProperty("config");
            Assert.That(config.GetProperty("dampingFactor").GetDouble(), Is.EqualTo(0.85));
            Assert.That(config.GetProperty("maxIterations").GetInt32(), Is.EqualTo(20));
            Assert.That(config.GetProperty("relationshipWeightProperty").GetString(), Is.EqualTo("strength"));
        });
        ExpectDrop(fake);
        await using var store = await Neo4jNetworkStore.ConnectAsync(TransactionalEndpointTests.Options(), fake);
        var scores = await new Neo4jGraphAlgorithms(store).PageRankAsync(new GdsProjection { Weighted = true });
        Assert.That(scores.Scores, Is.EqualTo(new Dictionary<string, double> { ["a"] = 0.4, ["b"] = 1.25 }));
        Assert.That(scores.Algorithm, Is.EqualTo("gds.pageRank.stream"));
        fake.AssertDone();
    }

    [Test]
    public async Task LeidenDropsTheProjectionEvenWhenTheAlgorithmFails()
    {
        var fake = WithGds(QueryApiTests.Neo4j519(), installed: true);
        ExpectProject(fake, relationships =>
        {
            Assert.That(relationships.GetProperty("T0").GetProperty("type").GetString(), Is.EqualTo("MEMBER_OF"));
            Assert.That(relationships.GetProperty("T1").GetProperty("type").GetString(), Is.EqualTo("SPOKE_AT"));
            Assert.That(relationships.GetProperty("T0").TryGetProperty("properties", out _), Is.False, "unweighted");
        });
        fake.Expect(HttpMethod.Post, "/db/neo4j/query/v2", Documented.QueryError("Neo.ClientError.Procedure.ProcedureCallFailed", "Failed to invoke procedure `gds.leiden.stream`"), HttpStatusCode.BadRequest, (body, _) =>
        {
            Assert.That(body.GetProperty("statement").GetString(), Does.StartWith("CALL gds.leiden.stream($graph, $config) YIELD nodeId, communityId"));
            Assert.That(body.GetProperty("parameters").GetProperty("config").GetProperty("randomSeed").GetInt64(), Is.EqualTo(42));
        });
        ExpectDrop(fake);
        await using var store = await Neo4jNetworkStore.ConnectAsync(TransactionalEndpointTests.Options(), fake);
        var gds = new Neo4jGraphAlgorithms(store);
        Assert.ThrowsAsync<Neo4jQueryException>(() => gds.LeidenAsync(new GdsProjection { TieTypes = ["SPOKE_AT", "MEMBER_OF"] }, randomSeed: 42));
        fake.AssertDone();
        Assert.ThrowsAsync<ArgumentException>(() => gds.LeidenAsync(new GdsProjection { Orientation = GdsOrientation.Natural }));
    }

    [Test]
    public async Task LouvainMapsCommunities()
    {
        var fake = WithGds(QueryApiTests.Neo4j519(), installed: true);
        ExpectProject(fake, _ => { });
        fake.Expect(HttpMethod.Post, "/db/neo4j/query/v2", Documented.QueryResult("""[ "id", "value" ]""", """[ [ "a", 7 ], [ "b", 7 ], [ "c", 9 ] ]"""), HttpStatusCode.Accepted);
        ExpectDrop(fake);
        await using var store = await Neo4jNetworkStore.ConnectAsync(TransactionalEndpointTests.Options(), fake);
        var louvain = await new Neo4jGraphAlgorithms(store).LouvainAsync();
        Assert.That(louvain.Membership, Is.EqualTo(new Dictionary<string, long> { ["a"] = 7, ["b"] = 7, ["c"] = 9 }));
        Assert.That(louvain.Count, Is.EqualTo(2));
        fake.AssertDone();
    }
}
