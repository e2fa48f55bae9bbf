using System.Net;
using System.Text;
using System.Text.Json;
using Stakeholders.Network.Model;
using Stakeholders.Network.Neo4j.Tests.Support;

namespace Stakeholders.Network.Neo4j.Tests;

/// <summary>
/// Rows read from the transactional endpoint's answer as it arrives (<see cref="ICypherRunner.StreamAsync"/>) and the
/// streamed pull built on it, against scripted answers: every chunking, rows larger than the read buffer, answers that
/// end early, errors after rows, shapes that are not the endpoint's, broken connections and cancellation. The oracle
/// for the rows is System.Text.Json's document model over the whole answer.
/// </summary>
[TestFixture]
public sealed class StreamingTests
{
    private const string Commit = "/db/data/transaction/commit";

    /// <summary>A body served a few bytes at a time; optionally breaks (an IOException) after a number of bytes.</summary>
    private sealed class ChunkedStream(byte[] body, int chunk, int breakAfter = -1, Func<int, Task>? beforeRead = null) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => _position;
            set => throw new NotSupportedException();
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (beforeRead is not null)
            {
                await beforeRead(_position);
            }

            cancellationToken.ThrowIfCancellationRequested();
            if (breakAfter >= 0 && _position >= breakAfter)
            {
                throw new IOException("Unable to read data from the transport connection: Connection reset by peer.");
            }

            var n = Math.Min(Math.Min(chunk, buffer.Length), body.Length - _position);
            if (breakAfter >= 0)
            {
                n = Math.Min(n, breakAfter - _position);
            }

            body.AsSpan(_position, n).CopyTo(buffer.Span);
            _position += n;
            return n;
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    private static Func<HttpContent> Chunked(string body, int chunk, int breakAfter = -1, Func<int, Task>? beforeRead = null) => () =>
    {
        var content = new StreamContent(new ChunkedStream(Encoding.UTF8.GetBytes(body), chunk, breakAfter, beforeRead));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        return content;
    };

    private static FakeNeo4jHandler Answer(FakeNeo4jHandler fake, Func<HttpContent> content, HttpStatusCode status = HttpStatusCode.OK) =>
        fake.Expect(new ExpectedRequest { Method = HttpMethod.Post, Path = Commit, ResponseContent = content, Status = status });

    private static async Task<(List<string> Rows, CypherCounters Counters)> StreamAsync(FakeNeo4jHandler fake, CancellationToken cancellationToken = default)
    {
        var rows = new List<string>();
        await using var runner = await Neo4jHttpCypherRunner.ConnectAsync(TransactionalEndpointTests.Options(), fake);
        var counters = await ((ICypherRunner)runner).StreamAsync(
            "MATCH (n) RETURN n.id, properties(n)",
            null,
            row => rows.Add("[" + string.Join(",", row.Select(v => v.GetRawText())) + "]"),
            cancellationToken);
        return (rows, counters);
    }

    /// <summary>The rows of the first result, as the document model reads the whole answer.</summary>
    private static List<string> OracleRows(string body)
    {
        using var doc = JsonDocument.Parse(body);
        return doc.RootElement.GetProperty("results")[0].GetProperty("data").EnumerateArray()
            .Select(entry => "[" + string.Join(",", entry.GetProperty("row").EnumerateArray().Select(v => v.GetRawText())) + "]")
            .ToList();
    }

    private static readonly string Rows = """
        [
          [ "a", { "id": "a", "name": "Ä \"quoted\" \\ back\nslash", "kind": "person", "aliases": ["x", "y"] } ],
          [ "b", { "id": "b", "nested": { "deep": [1, 2.5, -3e-7, true, false, null] }, "emoji": "\ud83d\ude00 \u4e2d\u6587" } ],
          [ null, [] ],
          [ "c", "{\"row\": [\"not a row\"]}" ]
        ]
        """;

    private static readonly string Body = Documented.TxResult("""[ "n.id", "properties(n)" ]""", Rows, stats: Documented.Stats(nodesCreated: 2, propertiesSet: 5));

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(7)]
    [TestCase(64)]
    [TestCase(1 << 20)]
    public async Task RowsArriveInOrderWhateverTheChunking(int chunk)
    {
        var fake = Answer(TransactionalEndpointTests.Neo4j3(), Chunked(Body, chunk));
        var (rows, counters) = await StreamAsync(fake);
        fake.AssertDone();
        Assert.That(rows, Is.EqualTo(OracleRows(Body)));
        Assert.That(counters.NodesCreated, Is.EqualTo(2));
        Assert.That(counters.PropertiesSet, Is.EqualTo(5));
    }

    [Test]
    public async Task TheRequestIsTheSameAsForABufferedStatement()
    {
        var fake = TransactionalEndpointTests.Neo4j3().Expect(HttpMethod.Post, Commit, Body, check: (body, _) =>
        {
            var statement = body.GetProperty("statements")[0];
            Assert.That(statement.GetProperty("statement").GetString(), Is.EqualTo("MATCH (n) RETURN n.id, properties(n)"));
            Assert.That(statement.GetProperty("includeStats").GetBoolean(), Is.True);
            Assert.That(statement.GetProperty("resultDataContents")[0].GetString(), Is.EqualTo("row"));
        });
        var (rows, _) = await StreamAsync(fake);
        fake.AssertDone();
        Assert.That(rows, Has.Count.EqualTo(4));
    }

    [TestCase(64 * 1024 - 100)]
    [TestCase(64 * 1024 + 1)]
    [TestCase(3_000_000)]
    public async Task ARowLargerThanTheReadBufferComesThroughWhole(int length)
    {
        // Escapes and multi-byte letters, so the string's bytes are longer than its characters.
        var text = string.Concat(Enumerable.Range(0, length).Select(i => (i % 5) switch { 0 => 'a', 1 => '"', 2 => 'é', 3 => '\\', _ => '中' }));
        var body = Documented.TxResult("""[ "s" ]""", $"[ [ \"before\" ], [ {JsonSerializer.Serialize(text)} ], [ \"after\" ] ]");
        var fake = Answer(TransactionalEndpointTests.Neo4j3(), Chunked(body, 16 * 1024));
        var values = new List<string>();
        await using var runner = await Neo4jHttpCypherRunner.ConnectAsync(TransactionalEndpointTests.Options(), fake);
        await runner.StreamAsync("RETURN $s AS s", null, row => values.Add(row[0].GetString()!), CancellationToken.None);
        Assert.That(values, Has.Count.EqualTo(3));
        Assert.That(values[1], Is.EqualTo(text));
        Assert.That(values[0], Is.EqualTo("before"));
        Assert.That(values[2], Is.EqualTo("after"));
    }

    [Test]
    public async Task AnAnswerThatEndsEarlyIsATransientConnectionErrorWherever()
    {
        // Every cut of the answer short of its end: inside a row, between rows, before the stats, before the errors.
        var body = Body.TrimEnd();
        var cuts = Enumerable.Range(0, body.Length).Where(i => i % 3 == 0 || i > body.Length - 40).ToArray();
        foreach (var cut in cuts)
        {
            var fake = Answer(TransactionalEndpointTests.Neo4j3(), Chunked(body[..cut], 5));
            var e = Assert.ThrowsAsync<Neo4jConnectionException>(() => StreamAsync(fake), $"cut at {cut}: {body[..cut]}");
            Assert.That(e!.IsTransient, Is.True);
            Assert.That(e.Message, Does.Contain("ended early"));
        }
    }

    [Test]
    public async Task AServerErrorAfterSomeRowsIsTheServersError()
    {
        // As Neo4j 3.1.1 answers `UNWIND range(1, 5) AS i RETURN i, 1/(i - 3)`: the rows before the failure, then the error.
        const string body = """{"results":[{"columns":["i","x"],"data":[{"row":[1,0],"meta":[null,null]},{"row":[2,-1],"meta":[null,null]}]}],"errors":[{"code":"Neo.ClientError.Statement.ArithmeticError","message":"/ by zero"}]}""";
        var rows = new List<long>();
        var fake = Answer(TransactionalEndpointTests.Neo4j3(), Chunked(body, 3));
        await using var runner = await Neo4jHttpCypherRunner.ConnectAsync(TransactionalEndpointTests.Options(), fake);
        var e = Assert.ThrowsAsync<Neo4jQueryException>(() => runner.StreamAsync("UNWIND range(1, 5) AS i RETURN i, 1/(i - 3)", null, row => rows.Add(row[0].GetInt64()), CancellationToken.None));
        Assert.That(e!.Code, Is.EqualTo("Neo.ClientError.Statement.ArithmeticError"));
        Assert.That(e.ServerMessage, Is.EqualTo("/ by zero"));
        Assert.That(rows, Is.EqualTo(new long[] { 1, 2 }), "the rows before the error were handed over (and belong to a failed statement)");
    }

    [Test]
    public void ATransientServerErrorAfterRowsIsTransientAndThePasswordIsScrubbed()
    {
        var body = Documented.TxResult("""[ "x" ]""", "[ [ 1 ] ]").Replace("\"errors\" : [ ]", $$"""
            "errors" : [ { "code" : "Neo.TransientError.Transaction.DeadlockDetected", "message" : "deadlock, by the way {{TransactionalEndpointTests.Password}}" } ]
            """, StringComparison.Ordinal);
        var fake = Answer(TransactionalEndpointTests.Neo4j3(), Chunked(body, 11));
        var e = Assert.ThrowsAsync<Neo4jTransientException>(() => StreamAsync(fake));
        Assert.That(e!.Code, Is.EqualTo("Neo.TransientError.Transaction.DeadlockDetected"));
        Assert.That(e.Message, Does.Not.Contain(TransactionalEndpointTests.Password));
    }

    [TestCase("[ 1, 2 ]", "expected the start of an object")]
    [TestCase("""{ "results" : { } }""", "expected the results array")]
    [TestCase("""{ "results" : [ 5 ] }""", "expected a result object")]
    [TestCase("""{ "results" : [ { "data" : { } } ] }""", "expected the data array")]
    [TestCase("""{ "results" : [ { "data" : [ [ 1 ] ] } ] }""", "expected a data entry object")]
    [TestCase("""{ "results" : [ { "data" : [ { "row" : 5 } ] } ] }""", "expected a row array")]
    [TestCase("""{ "results" : [ { "data" : [ { "row" : [ 1, ] } ] } ] }""", "not valid JSON")]
    [TestCase("""{ "results" : [ ] "errors" : [ ] }""", "not valid JSON")]
    [TestCase("<html><body>Welcome to the proxy</body></html>", "not valid JSON")]
    public void AnAnswerNotShapedLikeTheEndpointsIsRefused(string body, string reason)
    {
        var fake = Answer(TransactionalEndpointTests.Neo4j3(), Chunked(body, 4));
        var e = Assert.ThrowsAsync<Neo4jException>(() => StreamAsync(fake));
        Assert.That(e, Is.Not.InstanceOf<Neo4jConnectionException>(), "a malformed answer is not retried");
        Assert.That(e!.IsTransient, Is.False);
        Assert.That(e.Message, Does.Contain("not the transactional endpoint's JSON").And.Contain(reason));
    }

    [Test]
    public async Task MembersItDoesNotKnowAreSkippedAndOnlyTheFirstResultCounts()
    {
        const string body = """
            { "notifications" : [ { "code" : "x", "position" : { "line" : 1 } } ],
              "results" : [ { "columns" : [ "x" ], "plan" : { "root" : { "children" : [ ] } }, "data" : [ { "meta" : [ { "id" : 1 } ], "row" : [ 1 ], "graph" : { "nodes" : [ ] } } ] },
                            { "columns" : [ "y" ], "data" : [ { "row" : [ 99 ] } ] } ],
              "errors" : [ ], "commit" : "http://localhost:7474/db/data/transaction/1/commit", "transaction" : { "expires" : "x" } }
            """;
        var fake = Answer(TransactionalEndpointTests.Neo4j3(), Chunked(body, 9));
        var (rows, _) = await StreamAsync(fake);
        Assert.That(rows, Is.EqualTo(new[] { "[1]" }));
    }

    [Test]
    public void AConnectionThatBreaksMidAnswerIsATransientConnectionError()
    {
        var fake = Answer(TransactionalEndpointTests.Neo4j3(), Chunked(Body, 10, breakAfter: Body.Length / 2));
        var e = Assert.ThrowsAsync<Neo4jConnectionException>(() => StreamAsync(fake));
        Assert.That(e!.IsTransient, Is.True);
        Assert.That(e.Message, Does.Contain("broke"));
    }

    [TestCase(HttpStatusCode.ServiceUnavailable, typeof(Neo4jTransientException))]
    [TestCase(HttpStatusCode.Unauthorized, typeof(Neo4jAuthenticationException))]
    [TestCase(HttpStatusCode.NotFound, typeof(Neo4jFeatureNotAvailableException))]
    public void AnErrorStatusIsTranslatedAsForABufferedStatement(HttpStatusCode status, Type expected)
    {
        var fake = TransactionalEndpointTests.Neo4j3().Expect(HttpMethod.Post, Commit, "{}", status);
        var e = Assert.CatchAsync<Neo4jException>(() => StreamAsync(fake));
        Assert.That(e, Is.InstanceOf(expected));
    }

    [Test]
    public void CancellingWhileRowsArriveIsACancellationNotATimeout()
    {
        using var cancel = new CancellationTokenSource();
        var fake = Answer(TransactionalEndpointTests.Neo4j3(), Chunked(Body, 8, beforeRead: position =>
        {
            if (position > Body.Length / 2)
            {
                cancel.Cancel();
            }

            return Task.CompletedTask;
        }));
        Assert.CatchAsync<OperationCanceledException>(() => StreamAsync(fake, cancel.Token));
    }

    [Test]
    public void AnAnswerSlowerThanTheTimeoutIsATimeout()
    {
        var fake = Answer(TransactionalEndpointTests.Neo4j3(), Chunked(Body, 8, beforeRead: position => position > 40 ? Task.Delay(TimeSpan.FromSeconds(5)) : Task.CompletedTask));
        var e = Assert.ThrowsAsync<Neo4jTimeoutException>(async () =>
        {
            await using var runner = await Neo4jHttpCypherRunner.ConnectAsync(TransactionalEndpointTests.Options() with { Timeout = TimeSpan.FromMilliseconds(300) }, fake);
            await runner.StreamAsync("RETURN 1", null, _ => { }, CancellationToken.None);
        });
        Assert.That(e!.Message, Does.Contain("timeout"));
    }

    [Test]
    public async Task TheQueryApiReadsTheWholeAnswerAndSaysSo()
    {
        var fake = QueryApiTests.Neo4j519()
            .Expect(HttpMethod.Post, "/db/neo4j/query/v2", Documented.QueryResult("""[ "x" ]""", "[ [ 1 ], [ 2 ] ]", counters: Documented.Counters(propertiesSet: 3)), HttpStatusCode.Accepted);
        await using var runner = await Neo4jHttpCypherRunner.ConnectAsync(TransactionalEndpointTests.Options(), fake);
        var rows = new List<long>();
        var counters = await runner.StreamAsync("UNWIND [1, 2] AS x RETURN x", null, row => rows.Add(row[0].GetInt64()), CancellationToken.None);
        Assert.That(runner.StreamsRows, Is.False);
        Assert.That(rows, Is.EqualTo(new long[] { 1, 2 }));
        Assert.That(counters.PropertiesSet, Is.EqualTo(3));
    }

    private static readonly string StakeholderRows = """
        [ [ { "id": "b", "name": "B", "kind": "organization", "organizationType": "state-owned-enterprise" } ],
          [ { "id": "a", "name": "A", "kind": "person", "aliases": ["Ay"], "attr_country": "CN" } ],
          [ { "id": "c", "name": "C", "kind": "event" } ] ]
        """;

    private static readonly string TieRows = """
        [ [ "c", "a", "ATTENDED", { "id": "t2", "strength": 2.0, "confidence": 1.0 } ],
          [ "a", "c", "SPOKE_AT", { "id": "t1", "strength": 1.0, "confidence": 0.5, "role": "keynote", "validFrom": "2023-09-03", "validTo": "2023-09-03", "validFromEarliest": "2023-09-03", "validToLatest": "2023-09-03", "evidenceDocuments": ["d1"], "evidenceQuotes": ["spoke"], "evidenceUrls": [""], "evidenceOffsets": [-1], "attr_note": "x" } ] ]
        """;

    /// <summary>A statement that begins with <paramref name="start"/> (the body is the request's JSON).</summary>
    private static Func<string, bool> Starting(string start) => body =>
        JsonDocument.Parse(body).RootElement.GetProperty("statements")[0].GetProperty("statement").GetString()!.StartsWith(start, StringComparison.Ordinal);

    private const string DocumentsStatement = "MATCH (d:`SourceDocument`) RETURN properties(d)";
    private const string StakeholdersStatement = "MATCH (n:`Stakeholder`) WHERE true RETURN properties(n)";
    private const string TiesStatement = "MATCH (a:`Stakeholder`)-[r]->(b:`Stakeholder`) WHERE true RETURN a.id AS source, b.id AS target, type(r) AS type, properties(r)";

    /// <summary>The info node first, then the three streamed statements, which the store sends at the same time.</summary>
    private static FakeNeo4jHandler StreamedPull(FakeNeo4jHandler fake, string documents, string stakeholders, params Func<HttpContent>[] tieAnswers)
    {
        static void Unpaged(JsonElement body, HttpRequestMessage _)
        {
            var statement = body.GetProperty("statements")[0].GetProperty("statement").GetString()!;
            foreach (var word in new[] { "ORDER BY", "LIMIT", "$after", "$page" })
            {
                Assert.That(statement, Does.Not.Contain(word), statement);
            }
        }

        fake.Expect(HttpMethod.Post, Commit, Documented.TxResult("""[ "props" ]""", """[ [ { "id": "network", "title": "T", "modelVersion": 1 } ] ]"""));
        fake.Expect(new ExpectedRequest { Method = HttpMethod.Post, Path = Commit, Matches = Starting(DocumentsStatement), Check = Unpaged, ResponseBody = Documented.TxResult("""[ "props" ]""", documents) });
        fake.Expect(new ExpectedRequest { Method = HttpMethod.Post, Path = Commit, Matches = Starting(StakeholdersStatement), Check = Unpaged, ResponseBody = Documented.TxResult("""[ "props" ]""", stakeholders) });
        foreach (var answer in tieAnswers)
        {
            fake.Expect(new ExpectedRequest { Method = HttpMethod.Post, Path = Commit, Matches = Starting(TiesStatement), Check = Unpaged, ResponseContent = answer });
        }

        return fake;
    }

    private static readonly string TieAnswer = Documented.TxResult("""[ "source", "target", "type", "props" ]""", TieRows);

    private static FakeNeo4jHandler StreamedPull(FakeNeo4jHandler fake, params Func<HttpContent>[] tieAnswers) =>
        StreamedPull(fake, """[ [ { "id": "d1", "title": "Doc", "published": "2023-09" } ] ]""", StakeholderRows, tieAnswers.Length > 0 ? tieAnswers : [Chunked(TieAnswer, 1 << 20)]);

    private static void AssertPulled(StakeholderNetwork network)
    {
        Assert.Multiple(() =>
        {
            Assert.That(network.Title, Is.EqualTo("T"));
            Assert.That(network.Documents.Single(), Is.EqualTo(new SourceDocument("d1", "Doc", null, PartialDate.Parse("2023-09"))));
            Assert.That(network.Stakeholders.Select(s => s.Id), Is.EqualTo(new[] { "a", "b", "c" }), "sorted by id, as a paged pull returns them");
            Assert.That(network.GetStakeholder("a").Attributes["country"], Is.EqualTo("CN"));
            Assert.That(network.GetStakeholder("c").Attributes, Is.Empty);
            Assert.That(network.Ties.Select(t => t.Id), Is.EqualTo(new[] { "t1", "t2" }));
            Assert.That(network.Ties[0], Is.EqualTo(new Tie("a", "c", TieType.SpokeAt)
            {
                Id = "t1",
                Role = "keynote",
                Confidence = 0.5,
                Period = DatePeriod.On(PartialDate.Parse("2023-09-03")),
                Evidence = [new Evidence("d1", "spoke")],
                Attributes = new SortedDictionary<string, string>(StringComparer.Ordinal) { ["note"] = "x" },
            }));
            Assert.That(network.Ties[1], Is.EqualTo(new Tie("c", "a", TieType.Attended) { Id = "t2", Strength = 2.0 }));
        });
    }

    [Test]
    public async Task APullWithoutAPageSizeIsOneStreamedStatementForEachPart()
    {
        var fake = StreamedPull(TransactionalEndpointTests.Neo4j3());
        await using var store = await Neo4jNetworkStore.ConnectAsync(TransactionalEndpointTests.Options(), fake);
        Assert.That(store.Runner.StreamsRows, Is.True);
        var network = await store.PullAsync();
        fake.AssertDone();
        AssertPulled(network);
    }

    [Test]
    public async Task ARetriedStreamStartsOverSoNoRowComesTwice()
    {
        // The first tie answer breaks off after the first row; the retry's rows replace the ones already handed over.
        var fake = StreamedPull(TransactionalEndpointTests.Neo4j3(), Chunked(TieAnswer, 16, breakAfter: TieAnswer.IndexOf("SPOKE_AT", StringComparison.Ordinal)), Chunked(TieAnswer, 64));
        await using var store = await Neo4jNetworkStore.ConnectAsync(TransactionalEndpointTests.Options(), fake);
        var network = await store.PullAsync();
        fake.AssertDone();
        AssertPulled(network);
    }

    [Test]
    public void WhenOneStreamedStatementFailsTheOthersAreCancelledAndItsErrorIsThePulls()
    {
        var fake = TransactionalEndpointTests.Neo4j3()
            .Expect(HttpMethod.Post, Commit, Documented.TxResult("""[ "props" ]""", "[ ]"))
            .Expect(new ExpectedRequest { Method = HttpMethod.Post, Path = Commit, Matches = Starting(DocumentsStatement), ResponseBody = Documented.TxResult("""[ "props" ]""", "[ ]") })
            .Expect(new ExpectedRequest { Method = HttpMethod.Post, Path = Commit, Matches = Starting(StakeholdersStatement), Delay = TimeSpan.FromSeconds(30), ResponseBody = Documented.TxResult("""[ "props" ]""", "[ ]") })
            .Expect(new ExpectedRequest { Method = HttpMethod.Post, Path = Commit, Matches = Starting(TiesStatement), ResponseBody = Documented.TxError("Neo.ClientError.Statement.SyntaxError", "bad") });
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var e = Assert.ThrowsAsync<Neo4jQueryException>(async () =>
        {
            await using var store = await Neo4jNetworkStore.ConnectAsync(TransactionalEndpointTests.Options(), fake);
            await store.PullAsync();
        });
        Assert.That(e!.Code, Is.EqualTo("Neo.ClientError.Statement.SyntaxError"));
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(25)), "the slow statement was cancelled, not waited for");
    }

    [Test]
    public async Task ProblemsOfAStreamedPullNameTheRelationship()
    {
        var fake = StreamedPull(
            TransactionalEndpointTests.Neo4j3(),
            "[ ]",
            """[ [ { "id": "a", "name": "A", "kind": "person" } ], [ { "id": "z", "name": "Z", "kind": "wizard" } ] ]""",
            Chunked(Documented.TxResult("""[ "source", "target", "type", "props" ]""",
                """[ [ "a", "a", "KNOWS", { "id": "t1", "validFrom": "2023-13" } ], [ "a", "a", "KNOWS", { "id": "t2", "evidenceDocuments": ["d"], "evidenceQuotes": [] } ] ]"""), 100));
        await using var store = await Neo4jNetworkStore.ConnectAsync(TransactionalEndpointTests.Options(), fake);
        var e = Assert.ThrowsAsync<NetworkValidationException>(() => store.PullAsync());
        Assert.That(e!.Message, Does.Contain("neo4j node :Stakeholder 'z'").And.Contain("'wizard'"));
        Assert.That(e.Message, Does.Contain("neo4j relationship [:KNOWS] 't1'").And.Contain("validFrom"));
        Assert.That(e.Message, Does.Contain("neo4j relationship [:KNOWS] 't2'").And.Contain("evidence arrays differ"));
    }

    [Test]
    public async Task APageSizeKeepsThePagedPull()
    {
        var fake = TransactionalEndpointTests.Neo4j3()
            .Expect(HttpMethod.Post, Commit, Documented.TxResult("""[ "props" ]""", "[ ]"))
            .Expect(HttpMethod.Post, Commit, Documented.TxResult("""[ "id", "props" ]""", "[ ]"), check: (body, _) =>
            {
                var statement = body.GetProperty("statements")[0];
                Assert.That(statement.GetProperty("statement").GetString(), Does.Contain("ORDER BY d.id LIMIT $page"));
                Assert.That(statement.GetProperty("parameters").GetProperty("page").GetInt32(), Is.EqualTo(10_000));
            })
            .Expect(HttpMethod.Post, Commit, Documented.TxResult("""[ "id", "props", "degree" ]""", "[ ]"), check: (body, _) =>
                Assert.That(body.GetProperty("statements")[0].GetProperty("statement").GetString(), Does.Contain("ORDER BY n.id LIMIT $page")));
        await using var store = await Neo4jNetworkStore.ConnectAsync(TransactionalEndpointTests.Options(), fake);
        var network = await store.PullAsync(new PullFilter { PageSize = 10_000 });
        fake.AssertDone();
        Assert.That(network.Stakeholders, Is.Empty);
    }

    /// <summary>A runner written before StreamAsync existed: it implements only the original members.</summary>
    private sealed class OlderRunner(ICypherRunner inner) : ICypherRunner
    {
        public Neo4jServerInfo Server => inner.Server;

        public Task<CypherResult> RunAsync(string statement, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken) =>
            inner.RunAsync(statement, parameters, cancellationToken);

        public Task<ICypherTransaction> BeginTransactionAsync(CancellationToken cancellationToken) => inner.BeginTransactionAsync(cancellationToken);

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }

    [Test]
    public async Task ARunnerWithoutStreamingGetsTheDefaultsAndAPagedPull()
    {
        var fake = TransactionalEndpointTests.Neo4j3()
            .Expect(HttpMethod.Post, Commit, Documented.TxResult("""[ "x" ]""", "[ [ 1 ], [ 2 ] ]", stats: Documented.Stats(propertiesSet: 4)))
            .Expect(HttpMethod.Post, Commit, Documented.TxResult("""[ "props" ]""", "[ ]"))
            .Expect(HttpMethod.Post, Commit, Documented.TxResult("""[ "id", "props" ]""", "[ ]"), check: (body, _) =>
                Assert.That(body.GetProperty("statements")[0].GetProperty("statement").GetString(), Does.Contain("LIMIT $page")))
            .Expect(HttpMethod.Post, Commit, Documented.TxResult("""[ "id", "props", "degree" ]""", """[ [ "a", { "id": "a", "name": "A", "kind": "person" }, 0 ] ]"""));
        await using var http = await Neo4jHttpCypherRunner.ConnectAsync(TransactionalEndpointTests.Options(), fake);
        ICypherRunner older = new OlderRunner(http);
        Assert.That(older.StreamsRows, Is.False);
        var rows = new List<long>();
        var counters = await older.StreamAsync("UNWIND [1, 2] AS x RETURN x", null, row => rows.Add(row[0].GetInt64()), CancellationToken.None);
        Assert.That(rows, Is.EqualTo(new long[] { 1, 2 }));
        Assert.That(counters.PropertiesSet, Is.EqualTo(4));
        var store = new Neo4jNetworkStore(older, TransactionalEndpointTests.Options());
        var network = await store.PullAsync();
        fake.AssertDone();
        Assert.That(network.Stakeholders.Single().Id, Is.EqualTo("a"));
    }

    [Test]
    public void ABadParameterIsNamedByItsPathAndNothingIsSent()
    {
        var rows = new List<Dictionary<string, object?>>
        {
            new() { ["id"] = "a", ["props"] = new Dictionary<string, object?> { ["x"] = 1.0 } },
            new() { ["id"] = "b", ["props"] = new Dictionary<string, object?> { ["x"] = new[] { 1.0, double.NaN } } },
        };
        var fake = TransactionalEndpointTests.Neo4j3();
        var e = Assert.ThrowsAsync<ArgumentException>(async () =>
        {
            await using var runner = await Neo4jHttpCypherRunner.ConnectAsync(TransactionalEndpointTests.Options(), fake);
            await runner.RunAsync("UNWIND $rows AS row RETURN row", new Dictionary<string, object?> { ["rows"] = rows }, CancellationToken.None);
        });
        Assert.That(e!.Message, Does.StartWith("Parameter 'rows[1].props.x[1]' is NaN; JSON cannot carry NaN or infinities."));
        var other = Assert.ThrowsAsync<ArgumentException>(async () =>
        {
            await using var runner = await Neo4jHttpCypherRunner.ConnectAsync(TransactionalEndpointTests.Options(), TransactionalEndpointTests.Neo4j3());
            await runner.RunAsync("RETURN $p", new Dictionary<string, object?> { ["p"] = new Dictionary<string, object?> { ["when"] = TimeSpan.Zero } }, CancellationToken.None);
        });
        Assert.That(other!.Message, Does.StartWith("Parameter 'p.when' has a value of type TimeSpan, which cannot be sent to Neo4j."));
        Assert.That(fake.Received.Count(r => r.Path == Commit && r.Body.Contains("UNWIND", StringComparison.Ordinal)), Is.Zero);
    }
}
