using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Stakeholders.Network.Neo4j.Tests.Support;

namespace Stakeholders.Network.Neo4j.Tests;

/// <summary>The transactional HTTP endpoint against documented requests and responses (a scripted fake server).</summary>
[TestFixture]
public sealed class TransactionalEndpointTests
{
    internal const string Password = "s3cr3t-P4ssw0rd";

    internal static Neo4jOptions Options(List<string>? log = null) => new()
    {
        Uri = new Uri("http://localhost:7474"),
        User = "neo4j",
        Password = Password,
        MaxRetries = 2,
        RetryBaseDelay = TimeSpan.FromMilliseconds(1),
        RetryMaxDelay = TimeSpan.FromMilliseconds(5),
        Log = log is null ? null : log.Add,
    };

    private static readonly string ExpectedAuthorization = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:" + Password));

    internal static FakeNeo4jHandler Neo4j3() => new FakeNeo4jHandler()
        .Expect(HttpMethod.Get, "/", Documented.Discovery3, check: (_, r) => Assert.That(r.Headers.Authorization, Is.Null, "discovery is unauthenticated"))
        .Expect(HttpMethod.Post, "/db/data/transaction/commit", Documented.TxComponents("3.1.1"), check: (body, r) =>
        {
            Assert.That(r.Headers.Authorization?.ToString(), Is.EqualTo(ExpectedAuthorization));
            Assert.That(body.GetProperty("statements")[0].GetProperty("statement").GetString(), Does.StartWith("CALL dbms.components()"));
        });

    [Test]
    public async Task Neo4j3IsDetectedFromTheDiscoveryDocument()
    {
        var fake = Neo4j3();
        await using var runner = await Neo4jHttpCypherRunner.ConnectAsync(Options(), fake);
        fake.AssertDone();
        Assert.Multiple(() =>
        {
            Assert.That(runner.Server.Version, Is.EqualTo("3.1.1"));
            Assert.That(runner.Server.Edition, Is.EqualTo("community"));
            Assert.That(runner.Server.Api, Is.EqualTo(Neo4jApi.Transactional));
            Assert.That(runner.Server.Dialect, Is.EqualTo(CypherDialect.V3));
            Assert.That(runner.EndpointPath, Is.EqualTo("db/data/transaction"));
        });
    }

    [Test]
    public async Task ExplicitTransactionBeginRunCommit()
    {
        var fake = Neo4j3()
            .Expect(HttpMethod.Post, "/db/data/transaction", Documented.TxBegin("http://localhost:7474/db/data/transaction/7/commit"), HttpStatusCode.Created,
                (body, _) => Assert.That(body.GetProperty("statements").GetArrayLength(), Is.Zero),
                new Dictionary<string, string> { ["Location"] = "http://localhost:7474/db/data/transaction/7" })
            .Expect(HttpMethod.Post, "/db/data/transaction/7", Documented.TxResult("""[ "n.name" ]""", """[ [ "Peter" ] ]""", "http://localhost:7474/db/data/transaction/7/commit", Documented.Stats(nodesCreated: 1, propertiesSet: 1, labelsAdded: 1)),
                check: (body, _) =>
                {
                    var statement = body.GetProperty("statements")[0];
                    Assert.That(statement.GetProperty("statement").GetString(), Is.EqualTo("CREATE (n:Person {name: $name}) RETURN n.name"));
                    Assert.That(statement.GetProperty("parameters").GetProperty("name").GetString(), Is.EqualTo("Peter"));
                    Assert.That(statement.GetProperty("includeStats").GetBoolean(), Is.True);
                })
            .Expect(HttpMethod.Post, "/db/data/transaction/7/commit", Documented.TxEmpty);

        await using var runner = await Neo4jHttpCypherRunner.ConnectAsync(Options(), fake);
        await using var tx = await runner.BeginTransactionAsync(CancellationToken.None);
        var result = await tx.RunAsync("CREATE (n:Person {name: $name}) RETURN n.name", new Dictionary<string, object?> { ["name"] = "Peter" }, CancellationToken.None);
        await tx.CommitAsync(CancellationToken.None);
        fake.AssertDone();
        Assert.Multiple(() =>
        {
            Assert.That(result.Columns, Is.EqualTo(new[] { "n.name" }));
            Assert.That(result.Single("n.name").GetString(), Is.EqualTo("Peter"));
            Assert.That(result.Counters.NodesCreated, Is.EqualTo(1));
            Assert.That(result.Counters.LabelsAdded, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task RollbackSendsDeleteAndDisposeRollsBackAnOpenTransaction()
    {
        var begin = Documented.TxBegin("http://localhost:7474/db/data/transaction/8/commit");
        var fake = Neo4j3()
            .Expect(HttpMethod.Post, "/db/data/transaction", begin, HttpStatusCode.Created, headers: new Dictionary<string, string> { ["Location"] = "http://localhost:7474/db/data/transaction/8" })
            .Expect(HttpMethod.Delete, "/db/data/transaction/8", Documented.TxEmpty)
            .Expect(HttpMethod.Post, "/db/data/transaction", Documented.TxBegin("http://localhost:7474/db/data/transaction/9/commit"), HttpStatusCode.Created)
            .Expect(HttpMethod.Delete, "/db/data/transaction/9", Documented.TxEmpty);
        await using var runner = await Neo4jHttpCypherRunner.ConnectAsync(Options(), fake);
        await using (var tx = await runner.BeginTransactionAsync(CancellationToken.None))
        {
            await tx.RollbackAsync(CancellationToken.None);
            Assert.ThrowsAsync<InvalidOperationException>(() => tx.RunAsync("RETURN 1", null, CancellationToken.None));
        }

        await using (await runner.BeginTransactionAsync(CancellationToken.None))
        {
            // Left open on purpose: the transaction id comes from the commit URI (no Location header) and dispose rolls back.
        }

        fake.AssertDone();
    }

    [Test]
    public async Task Neo4j44UsesTheDatabasePathAndItsDialect()
    {
        var fake = new FakeNeo4jHandler()
            .Expect(HttpMethod.Get, "/", Documented.Discovery44)
            .Expect(HttpMethod.Post, "/db/movies/tx/commit", Documented.TxComponents("4.4.0", "enterprise"))
            .Expect(HttpMethod.Post, "/db/movies/tx/commit", Documented.TxResult("[]", "[]"), check: (body, _) =>
                Assert.That(body.GetProperty("statements")[0].GetProperty("statement").GetString(),
                    Is.EqualTo("CREATE CONSTRAINT `stakeholder_id_unique` IF NOT EXISTS ON (n:`Stakeholder`) ASSERT n.`id` IS UNIQUE")))
            .Expect(HttpMethod.Post, "/db/movies/tx/commit", Documented.TxError("Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists", "An equivalent constraint already exists"))
            .Expect(HttpMethod.Post, "/db/movies/tx/commit", Documented.TxResult("[]", "[]"));
        await using var store = await Neo4jNetworkStore.ConnectAsync(Options() with { Database = "movies" }, fake);
        Assert.That(store.Server.Dialect, Is.EqualTo(CypherDialect.V4));
        await store.EnsureConstraintsAsync();
        fake.AssertDone();
    }

    [Test]
    public async Task ErrorsInsideA200BodyBecomeQueryExceptions()
    {
        const string message = "Invalid input 'T': expected <init> (line 1, column 1 (offset: 0))\n\"This is not a valid Cypher Statement.\"\n ^";
        var fake = Neo4j3().Expect(HttpMethod.Post, "/db/data/transaction/commit", Documented.TxError("Neo.ClientError.Statement.SyntaxError", message));
        await using var runner = await Neo4jHttpCypherRunner.ConnectAsync(Options(), fake);
        var e = Assert.ThrowsAsync<Neo4jQueryException>(() => runner.RunAsync("This is not a valid Cypher Statement.", null, CancellationToken.None));
        Assert.Multiple(() =>
        {
            Assert.That(e!.Code, Is.EqualTo("Neo.ClientError.Statement.SyntaxError"));
            Assert.That(e.ServerMessage, Is.EqualTo(message));
            Assert.That(e.Message, Does.Contain("Neo.ClientError.Statement.SyntaxError").And.Contain("Invalid input 'T'"));
            Assert.That(e.IsTransient, Is.False);
        });
    }

    [Test]
    public async Task AStatementFailingInsideATransactionSkipsTheNeedlessRollbackError()
    {
        var fake = Neo4j3()
            .Expect(HttpMethod.Post, "/db/data/transaction", Documented.TxBegin("http://localhost:7474/db/data/transaction/3/commit"), HttpStatusCode.Created)
            .Expect(HttpMethod.Post, "/db/data/transaction/3", Documented.TxError("Neo.ClientError.Statement.ArithmeticError", "/ by zero"))
            .Expect(HttpMethod.Delete, "/db/data/transaction/3", Documented.TxError("Neo.ClientError.Transaction.TransactionNotFound", "Unrecognized transaction id. Transaction may have timed out and been rolled back."), HttpStatusCode.NotFound);
        await using var runner = await Neo4jHttpCypherRunner.ConnectAsync(Options(), fake);
        await using var tx = await runner.BeginTransactionAsync(CancellationToken.None);
        Assert.ThrowsAsync<Neo4jQueryException>(() => tx.RunAsync("RETURN 1/0", null, CancellationToken.None));
        Assert.DoesNotThrowAsync(() => tx.RollbackAsync(CancellationToken.None));
        fake.AssertDone();
    }

    [Test]
    public void UnauthorizedBecomesAnAuthenticationExceptionWithoutTheCredentials()
    {
        var log = new List<string>();
        var fake = new FakeNeo4jHandler()
            .Expect(HttpMethod.Get, "/", Documented.Discovery44)
            .Expect(HttpMethod.Post, "/db/neo4j/tx/commit",
                $$"""{ "errors" : [ { "code" : "Neo.ClientError.Security.Unauthorized", "message" : "The client is unauthorized due to authentication failure (password {{Password}}, header {{ExpectedAuthorization}})." } ] }""",
                HttpStatusCode.Unauthorized);
        var e = Assert.ThrowsAsync<Neo4jAuthenticationException>(() => Neo4jHttpCypherRunner.ConnectAsync(Options(log), fake));
        Assert.Multiple(() =>
        {
            Assert.That(e!.Code, Is.EqualTo("Neo.ClientError.Security.Unauthorized"));
            Assert.That(e.Message, Does.Contain("unauthorized"));
            AssertNoSecret(e.ToString());
            AssertNoSecret(string.Join("\n", log));
            AssertNoSecret(Options().ToString());
            Assert.That(log, Has.Count.EqualTo(2));
        });
    }

    [Test]
    public void A401WithoutBodyIsAlsoAnAuthenticationException()
    {
        var fake = new FakeNeo4jHandler()
            .Expect(HttpMethod.Get, "/", Documented.Discovery44)
            .Expect(HttpMethod.Post, "/db/neo4j/tx/commit", string.Empty, HttpStatusCode.Unauthorized);
        var e = Assert.ThrowsAsync<Neo4jAuthenticationException>(() => Neo4jHttpCypherRunner.ConnectAsync(Options(), fake));
        Assert.That(e!.Code, Is.EqualTo("HTTP 401"));
        AssertNoSecret(e.ToString());
    }

    internal static void AssertNoSecret(string text)
    {
        Assert.That(text, Does.Not.Contain(Password));
        Assert.That(text, Does.Not.Contain(Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:" + Password))));
    }

    [Test]
    public async Task TransientErrorsAnd503AreRetriedThenSucceed()
    {
        var fake = Neo4j3()
            .Expect(HttpMethod.Post, "/db/data/transaction/commit", Documented.TxError("Neo.TransientError.Transaction.DeadlockDetected", "deadlock"))
            .Expect(HttpMethod.Post, "/db/data/transaction/commit", "Service Unavailable", HttpStatusCode.ServiceUnavailable)
            .Expect(HttpMethod.Post, "/db/data/transaction/commit", Documented.TxResult("""[ "n" ]""", "[ [ 0 ] ]"));
        await using var runner = await Neo4jHttpCypherRunner.ConnectAsync(Options(), fake);
        var retries = new List<(int, TimeSpan, string?)>();
        var policy = new Neo4jRetryPolicy(Options()) { OnRetry = (n, d, e) => retries.Add((n, d, e.Code)) };
        var result = await policy.ExecuteAsync(ct => runner.RunAsync("MATCH (n) RETURN count(n) AS n", null, ct), CancellationToken.None);
        Assert.That(result.Single("n").GetInt64(), Is.Zero);
        Assert.That(retries, Is.EqualTo(new[]
        {
            (1, TimeSpan.FromMilliseconds(1), (string?)"Neo.TransientError.Transaction.DeadlockDetected"),
            (2, TimeSpan.FromMilliseconds(2), (string?)"HTTP 503"),
        }));
        fake.AssertDone();
    }

    [Test]
    public async Task TransientErrorsGiveUpAfterMaxRetries()
    {
        var fake = Neo4j3();
        for (var i = 0; i < 3; i++)
        {
            fake.Expect(HttpMethod.Post, "/db/data/transaction/commit", Documented.TxError("Neo.TransientError.General.DatabaseUnavailable", "unavailable"));
        }

        await using var store = await Neo4jNetworkStore.ConnectAsync(Options(), fake);
        var e = Assert.ThrowsAsync<Neo4jTransientException>(() => store.CountsAsync());
        Assert.That(e!.Code, Is.EqualTo("Neo.TransientError.General.DatabaseUnavailable"));
        fake.AssertDone();
    }

    [Test]
    public void ConnectionRefusedIsAConnectionErrorAndNotRetried()
    {
        var fake = new FakeNeo4jHandler().Expect(new ExpectedRequest
        {
            Method = HttpMethod.Get,
            Path = "/",
            Throw = new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused (localhost:7474)", new SocketException((int)SocketError.ConnectionRefused)),
        });
        var e = Assert.ThrowsAsync<Neo4jConnectionException>(() => Neo4jHttpCypherRunner.ConnectAsync(Options(), fake));
        Assert.Multiple(() =>
        {
            Assert.That(e!.Message, Does.Contain("connection refused").And.Contain("http://localhost:7474/"));
            Assert.That(e.IsTransient, Is.False);
        });
        fake.AssertDone();
    }

    [Test]
    public async Task AResetConnectionIsRetried()
    {
        var fake = Neo4j3()
            .Expect(new ExpectedRequest
            {
                Method = HttpMethod.Post,
                Path = "/db/data/transaction/commit",
                Throw = new HttpRequestException(HttpRequestError.Unknown, "reset", new IOException("reset", new SocketException((int)SocketError.ConnectionReset))),
            })
            .Expect(HttpMethod.Post, "/db/data/transaction/commit", Documented.TxResult("""[ "n" ]""", "[ [ 4 ] ]"));
        await using var runner = await Neo4jHttpCypherRunner.ConnectAsync(Options(), fake);
        var result = await new Neo4jRetryPolicy(Options()).ExecuteAsync(ct => runner.RunAsync("RETURN 4 AS n", null, ct), CancellationToken.None);
        Assert.That(result.Single("n").GetInt32(), Is.EqualTo(4));
        fake.AssertDone();
    }

    [Test]
    public async Task ASlowRequestTimesOutButCancellationStaysCancellation()
    {
        var fake = Neo4j3()
            .Expect(new ExpectedRequest { Method = HttpMethod.Post, Path = "/db/data/transaction/commit", Delay = TimeSpan.FromSeconds(30), ResponseBody = Documented.TxEmpty })
            .Expect(new ExpectedRequest { Method = HttpMethod.Post, Path = "/db/data/transaction/commit", Delay = TimeSpan.FromSeconds(30), ResponseBody = Documented.TxEmpty });
        await using var runner = await Neo4jHttpCypherRunner.ConnectAsync(Options() with { Timeout = TimeSpan.FromMilliseconds(200) }, fake);
        var e = Assert.ThrowsAsync<Neo4jTimeoutException>(() => runner.RunAsync("RETURN 1", null, CancellationToken.None));
        Assert.That(e!.Message, Does.Contain("timeout"));

        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));
        var timeoutRunner = runner;
        Assert.That(async () => await timeoutRunner.RunAsync("RETURN 1", null, cts.Token), Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public async Task ParametersAreSentAsJsonNeverSplicedIntoTheStatement()
    {
        string? sent = null;
        var fake = Neo4j3().Expect(HttpMethod.Post, "/db/data/transaction/commit", Documented.TxResult("[]", "[]"), check: (body, _) => sent = body.GetRawText());
        await using var runner = await Neo4jHttpCypherRunner.ConnectAsync(Options(), fake);
        await runner.RunAsync("RETURN $p", new Dictionary<string, object?>
        {
            ["p"] = new Dictionary<string, object?>
            {
                ["whole"] = 1.0,
                ["fraction"] = 0.1,
                ["tiny"] = 1e-7,
                ["int"] = 3,
                ["long"] = 1L << 40,
                ["text"] = "a`b\"c}",
                ["list"] = new[] { "x", "y" },
                ["day"] = new DateOnly(2023, 9, 3),
                ["none"] = null,
                ["flag"] = true,
            },
        }, CancellationToken.None);
        using var doc = JsonDocument.Parse(sent!);
        var p = doc.RootElement.GetProperty("statements")[0].GetProperty("parameters").GetProperty("p");
        Assert.Multiple(() =>
        {
            Assert.That(p.GetProperty("whole").GetRawText(), Is.EqualTo("1.0"), "whole doubles keep a decimal point so Neo4j stores a float");
            Assert.That(p.GetProperty("fraction").GetDouble(), Is.EqualTo(0.1));
            Assert.That(p.GetProperty("tiny").GetDouble(), Is.EqualTo(1e-7));
            Assert.That(p.GetProperty("int").GetRawText(), Is.EqualTo("3"));
            Assert.That(p.GetProperty("long").GetInt64(), Is.EqualTo(1L << 40));
            Assert.That(p.GetProperty("text").GetString(), Is.EqualTo("a`b\"c}"));
            Assert.That(p.GetProperty("list").GetArrayLength(), Is.EqualTo(2));
            Assert.That(p.GetProperty("day").GetString(), Is.EqualTo("2023-09-03"));
            Assert.That(p.GetProperty("none").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(p.GetProperty("flag").GetBoolean(), Is.True);
            Assert.That(doc.RootElement.GetProperty("statements")[0].GetProperty("statement").GetString(), Is.EqualTo("RETURN $p"));
        });
        Assert.ThrowsAsync<ArgumentException>(() => runner.RunAsync("RETURN $p", new Dictionary<string, object?> { ["p"] = double.NaN }, CancellationToken.None));
        Assert.ThrowsAsync<ArgumentException>(() => runner.RunAsync("RETURN $p", new Dictionary<string, object?> { ["p"] = new object() }, CancellationToken.None));
    }
}
