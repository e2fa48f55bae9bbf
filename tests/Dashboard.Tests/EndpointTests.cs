using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Stakeholders.Dashboard.Tests;

/// <summary>Every endpoint of the dashboard sample, hosted in memory by WebApplicationFactory, with its 400s, 404s and NaN cases.</summary>
[TestFixture]
public sealed class EndpointTests
{
    private WebApplicationFactory<Program> _factory = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public void Start()
    {
        _factory = new WebApplicationFactory<Program>();
        _client = _factory.CreateClient();
    }

    [OneTimeTearDown]
    public void Stop()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    private async Task<(HttpStatusCode Status, JsonDocument Body)> Get(string url)
    {
        using var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonDocument.Parse(text));
    }

    [Test]
    public async Task Graph_is_cytoscape_elements_with_numeric_scores_and_communities()
    {
        var (status, body) = await Get("/api/graph");
        using (body)
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
            var nodes = body.RootElement.GetProperty("elements").GetProperty("nodes");
            var edges = body.RootElement.GetProperty("elements").GetProperty("edges");
            Assert.That(nodes.GetArrayLength(), Is.EqualTo(83));
            Assert.That(edges.GetArrayLength(), Is.EqualTo(127));
            foreach (var node in nodes.EnumerateArray())
            {
                var data = node.GetProperty("data");
                Assert.That(data.GetProperty("pagerank").ValueKind, Is.EqualTo(JsonValueKind.Number));
                Assert.That(data.GetProperty("community").ValueKind, Is.EqualTo(JsonValueKind.Number));
                Assert.That(data.GetProperty("label").GetString(), Is.Not.Empty);
            }

            Assert.That(body.RootElement.ToString(), Does.Not.Contain("\"quote\""), "evidence is left out of the dashboard payload");
        }
    }

    [Test]
    public async Task Graph_as_graphology_is_undirected_and_multi()
    {
        var (status, body) = await Get("/api/graph?format=graphology");
        using (body)
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
            var options = body.RootElement.GetProperty("options");
            Assert.That(options.GetProperty("type").GetString(), Is.EqualTo("undirected"));
            Assert.That(options.GetProperty("multi").GetBoolean(), Is.True);
            Assert.That(body.RootElement.GetProperty("nodes").GetArrayLength(), Is.EqualTo(83));
        }
    }

    [Test]
    public async Task Filters_recompute_the_graph_and_undefined_scores_are_null_not_a_500()
    {
        var (status, body) = await Get("/api/graph?tieTypes=HOSTED,spoke_at&minEvidence=1&asOf=2023-09");
        using (body)
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
            var nodes = body.RootElement.GetProperty("elements").GetProperty("nodes").EnumerateArray().ToList();
            var edges = body.RootElement.GetProperty("elements").GetProperty("edges").EnumerateArray().ToList();
            Assert.That(edges.Select(e => e.GetProperty("data").GetProperty("type").GetString()).Distinct(), Is.SubsetOf(new[] { "HOSTED", "SPOKE_AT" }));
            Assert.That(edges, Has.Count.LessThan(127));
            // Isolated stakeholders stay in the filtered graph; their constraint is undefined and written as null.
            var nulls = nodes.Count(n => n.GetProperty("data").GetProperty("constraint").ValueKind == JsonValueKind.Null);
            Assert.That(nulls, Is.GreaterThan(0));
        }
    }

    [TestCase("/api/graph?format=dot", "format")]
    [TestCase("/api/graph?tieTypes=NOT_A_TYPE", "tieTypes: 'NOT_A_TYPE'")]
    [TestCase("/api/graph?asOf=2023-13", "asOf")]
    [TestCase("/api/graph?minEvidence=-1", "minEvidence")]
    [TestCase("/api/graph?minEvidence=lots", "minEvidence")]
    [TestCase("/api/ego/liang-jie?radius=9", "radius")]
    [TestCase("/api/ego/liang-jie?asOf=yesterday", "asOf")]
    [TestCase("/api/stakeholders/liang-jie?tieTypes=,x", "tieTypes")]
    public async Task Bad_queries_are_400_with_the_reason(string url, string reason)
    {
        var (status, body) = await Get(url);
        using (body)
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(body.RootElement.GetProperty("detail").GetString(), Does.StartWith(reason.Split(':')[0]).And.Contain(reason));
        }
    }

    [TestCase("/api/ego/nobody")]
    [TestCase("/api/stakeholders/nobody")]
    public async Task Unknown_stakeholders_are_404(string url)
    {
        var (status, body) = await Get(url);
        using (body)
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(body.RootElement.GetProperty("detail").GetString(), Does.Contain("'nobody'"));
        }
    }

    [Test]
    public async Task Ego_network_has_its_members_and_the_links_among_them()
    {
        var (status, body) = await Get("/api/ego/liang-jie?radius=1");
        using (body)
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
            var root = body.RootElement;
            var members = root.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("id").GetString()).ToHashSet();
            var links = root.GetProperty("links").EnumerateArray().ToList();
            Assert.That(members, Does.Contain("liang-jie").And.Contain("shougang-group"));
            Assert.That(links, Has.Count.EqualTo(root.GetProperty("ties").GetInt32()).And.Count.GreaterThan(0));
            foreach (var link in links)
            {
                Assert.That(members, Does.Contain(link.GetProperty("source").GetString()).And.Contain(link.GetProperty("target").GetString()));
                Assert.That(link.GetProperty("tieIds").GetArrayLength(), Is.GreaterThan(0));
            }

            Assert.That(root.GetProperty("effectiveSize").ValueKind, Is.EqualTo(JsonValueKind.Number));
        }
    }

    [Test]
    public async Task An_isolated_ego_gets_null_effective_size_with_the_reason()
    {
        // With HOSTED ties only, a speaker is isolated: NetworkX's effective size is NaN, our JSON says null and why.
        var (status, body) = await Get("/api/ego/liang-jie?tieTypes=HOSTED");
        using (body)
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(body.RootElement.GetProperty("effectiveSize").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(body.RootElement.GetProperty("effectiveSizeNote").GetString(), Does.Contain("no contacts"));
            Assert.That(body.RootElement.GetProperty("links").GetArrayLength(), Is.Zero);
        }
    }

    [Test]
    public async Task Stakeholder_scores_are_null_with_the_reason_where_undefined()
    {
        var (status, body) = await Get("/api/stakeholders/liang-jie?tieTypes=HOSTED");
        using (body)
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
            var root = body.RootElement;
            Assert.That(root.GetProperty("scores").GetProperty("constraint").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(root.GetProperty("scores").GetProperty("degree").GetDouble(), Is.Zero);
            Assert.That(root.GetProperty("undefined").GetProperty("constraint").GetString(), Does.Contain("not defined"));
        }

        (status, body) = await Get("/api/stakeholders/liang-jie");
        using (body)
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(body.RootElement.GetProperty("scores").GetProperty("constraint").ValueKind, Is.EqualTo(JsonValueKind.Number));
            Assert.That(body.RootElement.GetProperty("undefined").EnumerateObject().Count(), Is.Zero);
        }
    }

    [Test]
    public async Task The_page_and_its_vendored_library_are_served()
    {
        using var page = await _client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await page.Content.ReadAsStringAsync(), Does.Contain("lib/cytoscape.min.js").And.Not.Contain("http://").And.Not.Contain("https://"));
        using var script = await _client.GetAsync(new Uri("/lib/cytoscape.min.js", UriKind.Relative));
        if (script.StatusCode == HttpStatusCode.NotFound)
        {
            Assert.Ignore("wwwroot/lib/cytoscape.min.js is not vendored: run .ci/install-node-packages.sh and rebuild");
        }

        Assert.That(script.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }
}
