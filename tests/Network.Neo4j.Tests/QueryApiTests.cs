using System.Net;
using System.Text.Json;
using Stakeholders.Network.Model;
using Stakeholders.Network.Neo4j.Tests.Support;

namespace Stakeholders.Network.Neo4j.Tests;

/// <summary>The Query API v2 and Neo4j 5 syntax against documented requests and responses (a scripted fake server).</summary>
[TestFixture]
public sealed class QueryApiTests
{
    private const string Affinity = "MTAuOC41Ljc6MTc0NzQ=";

    internal static FakeNeo4jHandler Neo4j519() => new FakeNeo4jHandler()
        .Expect(HttpMethod.Get, "/", Documented.Discovery519)
        .Expect(HttpMethod.Post, "/db/neo4j/query/v2", Documented.QueryComponents("5.19.0"), HttpStatusCode.Accepted, (body, _) =>
        {
            Assert.That(body.GetProperty("statement").GetString(), Does.StartWith("CALL dbms.components()"));
            Assert.That(body.GetProperty("includeCounters").GetBoolean(), Is.True);
        });

    [Test]
    public async Task AutoChoosesTheQueryApiWhenTheServerAdvertisesIt()
    {
        var fake = Neo4j519();
        await using var runner = await Neo4jHttpCypherRunner.ConnectAsync(TransactionalEndpointTests.Options(), fake);
        fake.AssertDone();
        Assert.Multiple(() =>
        {
            Assert.That(runner.Server.Api, Is.EqualTo(Neo4jApi.QueryV2));
            Assert.That(runner.Server.Dialect, Is.EqualTo(CypherDialect.V5));
            Assert.That(runner.EndpointPath, Is.EqualTo("db/neo4j/query/v2"));
        });
    }

    [Test]
    public async Task TransactionalCanBeForcedOnNeo4j5()
    {
        var fake = new FakeNeo4jHandler()
            .Expect(HttpMethod.Get, "/", Documented.Discovery519)
            .Expect(HttpMethod.Post, "/db/neo4j/tx/commit", Documented.TxComponents("5.19.0", "enterprise"));
        await using var runner = await Neo4jHttpCypherRunner.ConnectAsync(TransactionalEndpointTests.Options() with { Api = Neo4jApi.Transactional }, fake);
        Assert.That(runner.Server.Api, Is.EqualTo(Neo4jApi.Transactional));
        fake.AssertDone();
    }

    [Test]
    public async Task ExplicitTransactionCarriesTheClusterAffinity()
    {
        void HasAffinity(JsonElement _, HttpRequestMessage r) =>
            Assert.That(r.Headers.TryGetValues("neo4j-cluster-affinity", out var v) ? v.Single() : null, Is.EqualTo(Affinity));

        var fake = Neo4j519()
            .Expect(new ExpectedRequest
            {
                Method = HttpMethod.Post,
                Path = "/db/neo4j/query/v2/tx",
                Status = HttpStatusCode.Accepted,
                ResponseBody = Documented.QueryResult("[]", "[]", transactionId: "5"),
                ResponseHeaders = new Dictionary<string, string> { ["neo4j-cluster-affinity"] = Affinity },
                Check = (body, r) => Assert.That(r.Headers.Contains("neo4j-cluster-affinity"), Is.False),
            })
            .Expect(HttpMethod.Post, "/db/neo4j/query/v2/tx/5",
                Documented.QueryResult("""[ "n.name" ]""", """[ [ "Peter" ] ]""", "5", Documented.Counters(nodesCreated: 1, propertiesSet: 1, labelsAdded: 1)),
                HttpStatusCode.Accepted,
                (body, r) =>
                {
                    HasAffinity(body, r);
                    Assert.That(body.GetProperty("statement").GetString(), Is.EqualTo("CREATE (n:Person {name: $name}) RETURN n.name"));
                    Assert.That(body.GetProperty("parameters").GetProperty("name").GetString(), Is.EqualTo("Peter"));
                })
            .Expect(HttpMethod.Post, "/db/neo4j/query/v2/tx/5/commit", """{ "bookmarks" : [ "FB:kcwQ" ] }""", HttpStatusCode.OK, HasAffinity)
            .Expect(new ExpectedRequest
            {
                Method = HttpMethod.Post,
                Path = "/db/neo4j/query/v2/tx",
                Status = HttpStatusCode.Accepted,
                ResponseBody = Documented.QueryResult("[]", "[]", transactionId: "6"),
                ResponseHeaders = new Dictionary<string, string> { ["neo4j-cluster-affinity"] = Affinity },
            })
            .Expect(HttpMethod.Delete, "/db/neo4j/query/v2/tx/6", """{ "data" : { "fields" : [ ], "values" : [ ] } }""", HttpStatusCode.OK, HasAffinity);

        await using var runner = await Neo4jHttpCypherRunner.ConnectAsync(TransactionalEndpointTests.Options(), fake);
        await using (var tx = await runner.BeginTransactionAsync(CancellationToken.None))
        {
            var result = await tx.RunAsync("CREATE (n:Person {name: $name}) RETURN n.name", new Dictionary<string, object?> { ["name"] = "Peter" }, CancellationToken.None);
            Assert.That(result.Single("n.name").GetString(), Is.EqualTo("Peter"));
            Assert.That(result.Counters, Is.EqualTo(CypherCounters.None with { NodesCreated = 1, PropertiesSet = 1, LabelsAdded = 1 }));
            await tx.CommitAsync(CancellationToken.None);
        }

        await using (var tx = await runner.BeginTransactionAsync(CancellationToken.None))
        {
            await tx.RollbackAsync(CancellationToken.None);
        }

        fake.AssertDone();
    }

    [Test]
    public async Task ErrorsComeBackAsQueryExceptions()
    {
        var fake = Neo4j519().Expect(HttpMethod.Post, "/db/neo4j/query/v2",
            Documented.QueryError("Neo.ClientError.Statement.SyntaxError", "Invalid input 'T': expected 'ALTER'"), HttpStatusCode.BadRequest);
        await using var runner = await Neo4jHttpCypherRunner.ConnectAsync(TransactionalEndpointTests.Options(), fake);
        var e = Assert.ThrowsAsync<Neo4jQueryException>(() => runner.RunAsync("This is not Cypher", null, CancellationToken.None));
        Assert.That(e!.Code, Is.EqualTo("Neo.ClientError.Statement.SyntaxError"));
        Assert.That(e.ServerMessage, Does.StartWith("Invalid input"));
    }

    [Test]
    public async Task AtomicPushSendsNeo4j5ConstraintsThenOneTransaction()
    {
        var b = new StakeholderNetworkBuilder { Title = "t" };
        b.AddStakeholder(new Stakeholder("p1", "Ann", StakeholderKind.Person));
        b.AddStakeholder(new Stakeholder("o1", "Org", StakeholderKind.Organization) { OrganizationType = OrganizationType.Company });
        b.AddTie(new Tie("p1", "o1", TieType.MemberOf) { Strength = 2 });
        var network = b.Build();
        var fake = Neo4j519();
        foreach (var (name, label) in new[] { ("stakeholder_id_unique", "Stakeholder"), ("source_document_id_unique", "SourceDocument"), ("stakeholder_network_info_id_unique", "StakeholderNetworkInfo") })
        {
            fake.Expect(HttpMethod.Post, "/db/neo4j/query/v2", Documented.QueryResult("[]", "[]", counters: Documented.Counters()), HttpStatusCode.Accepted, (body, _) =>
                Assert.That(body.GetProperty("statement").GetString(), Is.EqualTo($"CREATE CONSTRAINT `{name}` IF NOT EXISTS FOR (n:`{label}`) REQUIRE n.`id` IS UNIQUE")));
        }

        fake.Expect(new ExpectedRequest { Method = HttpMethod.Post, Path = "/db/neo4j/query/v2/tx", Status = HttpStatusCode.Accepted, ResponseBody = Documented.QueryResult("[]", "[]", "tx1") })
            .Expect(HttpMethod.Post, "/db/neo4j/query/v2/tx/tx1", Documented.QueryResult("[]", "[]", "tx1", Documented.Counters(nodesCreated: 1)), HttpStatusCode.Accepted, (body, _) =>
            {
                Assert.That(body.GetProperty("statement").GetString(), Does.StartWith("MERGE (m:`StakeholderNetworkInfo` {id: $id})"));
                Assert.That(body.GetProperty("parameters").GetProperty("props").GetProperty("title").GetString(), Is.EqualTo("t"));
            })
            .Expect(HttpMethod.Post, "/db/neo4j/query/v2/tx/tx1", Documented.QueryResult("""[ "written" ]""", "[ [ 1 ] ]", "tx1", Documented.Counters(nodesCreated: 1)), HttpStatusCode.Accepted, (body, _) =>
            {
                var statement = body.GetProperty("statement").GetString()!;
                Assert.That(statement, Is.EqualTo("UNWIND $rows AS row MERGE (n:`Stakeholder` {id: row.id}) SET n = row, n:`Person` REMOVE n:`Organization`:`Event`:`Place`:`Initiative` RETURN count(n) AS written"));
                var row = body.GetProperty("parameters").GetProperty("rows")[0];
                Assert.That(row.GetProperty("name").GetString(), Is.EqualTo("Ann"));
                Assert.That(row.GetProperty("kind").GetString(), Is.EqualTo("person"));
            })
            .Expect(HttpMethod.Post, "/db/neo4j/query/v2/tx/tx1", Documented.QueryResult("""[ "written" ]""", "[ [ 1 ] ]", "tx1", Documented.Counters(nodesCreated: 1)), HttpStatusCode.Accepted, (body, _) =>
            {
                Assert.That(body.GetProperty("statement").GetString(), Does.Contain("n:`Organization` REMOVE n:`Person`:`Event`"));
                Assert.That(body.GetProperty("parameters").GetProperty("rows")[0].GetProperty("organizationType").GetString(), Is.EqualTo("company"));
            })
            .Expect(HttpMethod.Post, "/db/neo4j/query/v2/tx/tx1", Documented.QueryResult("""[ "written" ]""", "[ [ 1 ] ]", "tx1", Documented.Counters(relationshipsCreated: 1)), HttpStatusCode.Accepted, (body, _) =>
            {
                Assert.That(body.GetProperty("statement").GetString(), Is.EqualTo(
                    "UNWIND $rows AS row MATCH (a:`Stakeholder` {id: row.source}) MATCH (b:`Stakeholder` {id: row.target}) MERGE (a)-[r:`MEMBER_OF` {id: row.id}]->(b) SET r = row.props RETURN count(r) AS written"));
                var row = body.GetProperty("parameters").GetProperty("rows")[0];
                Assert.That(row.GetProperty("source").GetString(), Is.EqualTo("p1"));
                Assert.That(row.GetProperty("props").GetProperty("strength").GetRawText(), Is.EqualTo("2.0"));
            })
            .Expect(HttpMethod.Post, "/db/neo4j/query/v2/tx/tx1/commit", """{ "bookmarks" : [ "FB:x" ] }""");

        await using var store = await Neo4jNetworkStore.ConnectAsync(TransactionalEndpointTests.Options(), fake);
        var result = await store.PushAsync(network);
        fake.AssertDone();
        Assert.That(result.Counters.NodesCreated, Is.EqualTo(3));
        Assert.That(result.Counters.RelationshipsCreated, Is.EqualTo(1));
    }

    [Test]
    public async Task AFailedStatementRollsTheTransactionBack()
    {
        var network = new StakeholderNetworkBuilder().AddStakeholder(new Stakeholder("p1", "Ann", StakeholderKind.Person)).Build();
        var fake = Neo4j519()
            .Expect(new ExpectedRequest { Method = HttpMethod.Post, Path = "/db/neo4j/query/v2/tx", Status = HttpStatusCode.Accepted, ResponseBody = Documented.QueryResult("[]", "[]", "t9") })
            .Expect(HttpMethod.Post, "/db/neo4j/query/v2/tx/t9", Documented.QueryResult("[]", "[]", "t9"), HttpStatusCode.Accepted)
            .Expect(HttpMethod.Post, "/db/neo4j/query/v2/tx/t9", Documented.QueryError("Neo.ClientError.Schema.ConstraintValidationFailed", "Node(0) already exists with label `Stakeholder` and property `id` = 'p1'"), HttpStatusCode.BadRequest)
            .Expect(HttpMethod.Delete, "/db/neo4j/query/v2/tx/t9", Documented.QueryError("Neo.ClientError.Request.Invalid", "Transaction not found"), HttpStatusCode.NotFound);
        await using var store = await Neo4jNetworkStore.ConnectAsync(TransactionalEndpointTests.Options(), fake);
        var e = Assert.ThrowsAsync<Neo4jQueryException>(() => store.PushAsync(network, new PushOptions { EnsureConstraints = false }));
        Assert.That(e!.Code, Is.EqualTo("Neo.ClientError.Schema.ConstraintValidationFailed"));
        fake.AssertDone();
    }

    [Test]
    public async Task PullReadsPagesAndRebuildsTheNetwork()
    {
        var fake = Neo4j519()
            .Expect(HttpMethod.Post, "/db/neo4j/query/v2", Documented.QueryResult("""[ "props" ]""", """[ [ { "id": "network", "title": "T", "modelVersion": 1 } ] ]"""), HttpStatusCode.Accepted)
            .Expect(HttpMethod.Post, "/db/neo4j/query/v2", Documented.QueryResult("""[ "id", "props" ]""", """[ [ "d1", { "id": "d1", "title": "Doc", "published": "2023-09" } ] ]"""), HttpStatusCode.Accepted, (body, _) =>
            {
                Assert.That(body.GetProperty("parameters").GetProperty("after").GetString(), Is.Empty);
                Assert.That(body.GetProperty("parameters").GetProperty("page").GetInt32(), Is.EqualTo(2));
            })
            .Expect(HttpMethod.Post, "/db/neo4j/query/v2", Documented.QueryResult("""[ "id", "props", "degree" ]""",
                """[ [ "a", { "id": "a", "name": "A", "kind": "person", "aliases": ["Ay"], "attr_country": "CN" }, 1 ], [ "b", { "id": "b", "name": "B", "kind": "organization", "organizationType": "state-owned-enterprise" }, 0 ] ]"""), HttpStatusCode.Accepted)
            .Expect(HttpMethod.Post, "/db/neo4j/query/v2", Documented.QueryResult("""[ "id", "props", "degree" ]""", """[ [ "c", { "id": "c", "name": "C", "kind": "event" }, 3 ] ]"""), HttpStatusCode.Accepted, (body, _) =>
                Assert.That(body.GetProperty("parameters").GetProperty("after").GetString(), Is.EqualTo("b"), "keyset: after the last id of the previous page"))
            .Expect(HttpMethod.Post, "/db/neo4j/query/v2", Documented.QueryResult("""[ "id", "source", "target", "type", "props" ]""",
                """[ [ "t1", "a", "c", "SPOKE_AT", { "id": "t1", "strength": 1.0, "confidence": 0.5, "role": "keynote", "validFrom": "2023-09-03", "validTo": "2023-09-03", "validFromEarliest": "2023-09-03", "validToLatest": "2023-09-03", "evidenceDocuments": ["d1"], "evidenceQuotes": ["spoke"], "evidenceUrls": [""], "evidenceOffsets": [-1] } ] ]"""), HttpStatusCode.Accepted, (body, _) =>
            {
                Assert.That(body.GetProperty("statement").GetString(), Does.Contain("type(r) IN $types"));
                Assert.That(body.GetProperty("parameters").GetProperty("types")[0].GetString(), Is.EqualTo("SPOKE_AT"));
                Assert.That(body.GetProperty("parameters").GetProperty("ids").EnumerateArray().Select(e => e.GetString()), Is.EqualTo(new[] { "a" }), "b has no outgoing tie; c has more than a page");
                Assert.That(body.GetProperty("statement").GetString(), Does.Not.Contain("LIMIT"), "a window holds at most a page by the degrees");
            })
            .Expect(HttpMethod.Post, "/db/neo4j/query/v2", Documented.QueryResult("""[ "id", "source", "target", "type", "props" ]""", "[ ]"), HttpStatusCode.Accepted, (body, _) =>
            {
                Assert.That(body.GetProperty("parameters").GetProperty("ids").EnumerateArray().Select(e => e.GetString()), Is.EqualTo(new[] { "c" }), "a hub is read alone");
                Assert.That(body.GetProperty("statement").GetString(), Does.Contain("r.id > $afterTie").And.Contain("ORDER BY r.id LIMIT $page"));
                Assert.That(body.GetProperty("parameters").GetProperty("afterTie").GetString(), Is.Empty);
            });
        await using var store = await Neo4jNetworkStore.ConnectAsync(TransactionalEndpointTests.Options(), fake);
        var network = await store.PullAsync(new PullFilter { PageSize = 2, TieTypes = ["SPOKE_AT"] });
        fake.AssertDone();
        Assert.Multiple(() =>
        {
            Assert.That(network.Title, Is.EqualTo("T"));
            Assert.That(network.Documents.Single(), Is.EqualTo(new SourceDocument("d1", "Doc", null, PartialDate.Parse("2023-09"))));
            Assert.That(network.Stakeholders.Select(s => s.Id), Is.EqualTo(new[] { "a", "b", "c" }));
            Assert.That(network.GetStakeholder("a").Attributes["country"], Is.EqualTo("CN"));
            Assert.That(network.GetStakeholder("b").OrganizationType, Is.EqualTo(OrganizationType.StateOwnedEnterprise));
            var tie = network.Ties.Single();
            Assert.That(tie, Is.EqualTo(new Tie("a", "c", TieType.SpokeAt)
            {
                Id = "t1",
                Role = "keynote",
                Confidence = 0.5,
                Period = DatePeriod.On(PartialDate.Parse("2023-09-03")),
                Evidence = [new Evidence("d1", "spoke")],
            }));
        });
    }
}
