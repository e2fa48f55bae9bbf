using System.Net;
using System.Text;
using System.Text.Json;

namespace Stakeholders.Network.Neo4j.Tests.Support;

/// <summary>One request a test expects, and the reply to give.</summary>
internal sealed class ExpectedRequest
{
    public required HttpMethod Method { get; init; }

    public required string Path { get; init; }

    /// <summary>Checks the request body (parsed JSON; default when there is none) and headers.</summary>
    public Action<JsonElement, HttpRequestMessage>? Check { get; init; }

    public HttpStatusCode Status { get; init; } = HttpStatusCode.OK;

    public string? ResponseBody { get; init; }

    public IReadOnlyDictionary<string, string>? ResponseHeaders { get; init; }

    /// <summary>
    /// When set, the request may come in any order among the scripted requests next to it that also have a predicate
    /// (requests sent at the same time): the first of them whose predicate accepts the request body answers it.
    /// </summary>
    public Func<string, bool>? Matches { get; init; }

    /// <summary>When set, the reply's body comes from this content instead of <see cref="ResponseBody"/> (a body sent in chunks, or one that breaks).</summary>
    public Func<HttpContent>? ResponseContent { get; init; }

    /// <summary>When set, the handler throws this instead of replying.</summary>
    public Exception? Throw { get; init; }

    /// <summary>When set, the handler waits this long (honouring cancellation) before replying.</summary>
    public TimeSpan Delay { get; init; }
}

/// <summary>
/// A scripted HTTP server: replays documented Neo4j responses in order and asserts that every request matches what
/// the script expects (method, path, headers, body). Unexpected or missing requests fail the test.
/// </summary>
internal sealed class FakeNeo4jHandler : HttpMessageHandler
{
    private readonly Queue<ExpectedRequest> _script = new();

    public List<(HttpMethod Method, string Path, string Body, HttpRequestMessage Request)> Received { get; } = [];

    public FakeNeo4jHandler Expect(ExpectedRequest request)
    {
        _script.Enqueue(request);
        return this;
    }

    public FakeNeo4jHandler Expect(HttpMethod method, string path, string responseBody, HttpStatusCode status = HttpStatusCode.OK, Action<JsonElement, HttpRequestMessage>? check = null, IReadOnlyDictionary<string, string>? headers = null) =>
        Expect(new ExpectedRequest { Method = method, Path = path, ResponseBody = responseBody, Status = status, Check = check, ResponseHeaders = headers });

    public int Remaining => _script.Count;

    public void AssertDone() => Assert.That(_script, Is.Empty, $"{_script.Count} scripted requests were never sent; next: {(_script.Count > 0 ? _script.Peek().Method + " " + _script.Peek().Path : "")}");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var path = request.RequestUri!.AbsolutePath;
        ExpectedRequest expected;
        lock (_script)
        {
            Received.Add((request.Method, path, body, request));
            Assert.That(_script, Is.Not.Empty, $"Unexpected request {request.Method} {path} {body}");
            expected = _script.Peek();
            if (expected.Matches is not null)
            {
                // Requests sent at the same time: the first scripted one (of the run of unordered ones) that accepts the body.
                var run = _script.TakeWhile(e => e.Matches is not null).ToList();
                expected = run.FirstOrDefault(e => e.Matches!(body)) ?? throw new AssertionException($"No scripted request accepts {request.Method} {path} {body}");
                var rest = _script.ToList();
                rest.Remove(expected);
                _script.Clear();
                foreach (var e in rest)
                {
                    _script.Enqueue(e);
                }
            }
            else
            {
                _script.Dequeue();
            }
        }

        Assert.That($"{request.Method} {path}", Is.EqualTo($"{expected.Method} {expected.Path}"), $"request body: {body}");
        Assert.That(request.Headers.Accept.ToString(), Does.Contain("application/json"));
        if (request.Content is not null)
        {
            Assert.That(request.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
        }

        if (expected.Check is not null)
        {
            using var doc = body.Length == 0 ? null : JsonDocument.Parse(body);
            expected.Check(doc?.RootElement.Clone() ?? default, request);
        }

        if (expected.Delay > TimeSpan.Zero)
        {
            await Task.Delay(expected.Delay, cancellationToken).ConfigureAwait(false);
        }

        if (expected.Throw is not null)
        {
            throw expected.Throw;
        }

        var response = new HttpResponseMessage(expected.Status)
        {
            Content = expected.ResponseContent?.Invoke() ?? new StringContent(expected.ResponseBody ?? string.Empty, Encoding.UTF8, "application/json"),
            RequestMessage = request,
        };
        foreach (var (name, value) in expected.ResponseHeaders ?? new Dictionary<string, string>())
        {
            if (name.Equals("Location", StringComparison.OrdinalIgnoreCase))
            {
                response.Headers.Location = new Uri(value, UriKind.RelativeOrAbsolute);
            }
            else
            {
                response.Headers.TryAddWithoutValidation(name, value);
            }
        }

        return response;
    }
}

/// <summary>Documented response shapes (from the Neo4j HTTP API and Query API manuals), parameterised.</summary>
internal static class Documented
{
    public const string Discovery3 = """
        { "management" : "http://localhost:7474/db/manage/", "data" : "http://localhost:7474/db/data/", "bolt" : "bolt://localhost:7687" }
        """;

    public const string Discovery44 = """
        { "bolt_direct": "bolt://localhost:7687", "bolt_routing": "neo4j://localhost:7687", "transaction": "http://localhost:7474/db/{databaseName}/tx", "neo4j_version": "4.4.0", "neo4j_edition": "enterprise" }
        """;

    public const string Discovery519 = """
        { "bolt_routing": "neo4j://localhost:7687", "query": "http://localhost:7474/db/{databaseName}/query/v2", "dbms/cluster": "http://localhost:7474/dbms/cluster", "db/cluster": "http://localhost:7474/db/{databaseName}/cluster", "transaction": "http://localhost:7474/db/{databaseName}/tx", "bolt_direct": "bolt://localhost:7687", "neo4j_version": "5.19.0", "neo4j_edition": "enterprise" }
        """;

    /// <summary>A transactional-endpoint reply with one result.</summary>
    public static string TxResult(string columnsJson, string rowsJson, string? commit = null, string stats = "") =>
        $$"""
        { "results" : [ { "columns" : {{columnsJson}}, "data" : [ {{string.Join(", ", RowsOf(rowsJson).Select(r => $"{{ \"row\" : {r}, \"meta\" : [ null ] }}"))}} ]{{(stats.Length > 0 ? ", \"stats\" : " + stats : "")}} } ], "errors" : [ ]{{(commit is null ? "" : $", \"commit\" : \"{commit}\", \"transaction\" : {{ \"expires\" : \"Mon, 20 Sep 2021 07:57:38 GMT\" }}")}} }
        """;

    public static string TxComponents(string version, string edition = "community") =>
        TxResult("""[ "name", "versions", "edition" ]""", $$"""[ [ "Neo4j Kernel", [ "{{version}}" ], "{{edition}}" ] ]""");

    public static string TxError(string code, string message) =>
        $$"""{ "results" : [ ], "errors" : [ { "code" : "{{code}}", "message" : {{JsonSerializer.Serialize(message)}} } ] }""";

    public const string TxEmpty = """{ "results" : [ ], "errors" : [ ] }""";

    public static string TxBegin(string commitUri) =>
        $$"""{ "results" : [ ], "errors" : [ ], "commit" : "{{commitUri}}", "transaction" : { "expires" : "Mon, 20 Sep 2021 07:57:37 GMT" } }""";

    /// <summary>A Query API reply.</summary>
    public static string QueryResult(string fieldsJson, string valuesJson, string? transactionId = null, string counters = "") =>
        $$"""
        { "data" : { "fields" : {{fieldsJson}}, "values" : {{valuesJson}} }{{(counters.Length > 0 ? ", \"counters\" : " + counters : "")}}, "bookmarks" : [ "FB:kcwQaCYpl4jjRRiD7NlEZ0YJ9MkB8pA=" ]{{(transactionId is null ? "" : $", \"transaction\" : {{ \"id\" : \"{transactionId}\", \"expires\" : \"2024-10-22T15:48:29.113Z\" }}")}} }
        """;

    public static string QueryComponents(string version, string edition = "enterprise") =>
        QueryResult("""[ "name", "versions", "edition" ]""", $$"""[ [ "Neo4j Kernel", [ "{{version}}" ], "{{edition}}" ] ]""");

    public static string QueryError(string code, string message) =>
        $$"""{ "errors" : [ { "code" : "{{code}}", "message" : {{JsonSerializer.Serialize(message)}} } ] }""";

    public static string Stats(int nodesCreated = 0, int relationshipsCreated = 0, int propertiesSet = 0, int labelsAdded = 0) =>
        $$"""{ "contains_updates" : true, "nodes_created" : {{nodesCreated}}, "nodes_deleted" : 0, "properties_set" : {{propertiesSet}}, "relationships_created" : {{relationshipsCreated}}, "relationship_deleted" : 0, "labels_added" : {{labelsAdded}}, "labels_removed" : 0, "indexes_added" : 0, "indexes_removed" : 0, "constraints_added" : 0, "constraints_removed" : 0, "contains_system_updates" : false, "system_updates" : 0 }""";

    public static string Counters(int nodesCreated = 0, int relationshipsCreated = 0, int propertiesSet = 0, int labelsAdded = 0) =>
        $$"""{ "containsUpdates" : true, "nodesCreated" : {{nodesCreated}}, "nodesDeleted" : 0, "propertiesSet" : {{propertiesSet}}, "relationshipsCreated" : {{relationshipsCreated}}, "relationshipsDeleted" : 0, "labelsAdded" : {{labelsAdded}}, "labelsRemoved" : 0, "indexesAdded" : 0, "indexesRemoved" : 0, "constraintsAdded" : 0, "constraintsRemoved" : 0, "containsSystemUpdates" : false, "systemUpdates" : 0 }""";

    private static IEnumerable<string> RowsOf(string rowsJson)
    {
        using var doc = JsonDocument.Parse(rowsJson);
        return doc.RootElement.EnumerateArray().Select(r => r.GetRawText()).ToArray();
    }
}
