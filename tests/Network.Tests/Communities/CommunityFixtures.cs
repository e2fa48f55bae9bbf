using System.Text.Json.Nodes;
using Stakeholders.Network.Algorithms.Communities;
using Stakeholders.Network.Graphs;

namespace Stakeholders.Network.Tests.CommunityTests;

/// <summary>Reads <c>TestData/communities/*.json</c>, written by <c>make_fixtures.py</c> from networkx 2.8.8 and igraph 0.10.2.</summary>
internal static class CommunityFixtures
{
    private static readonly Lazy<JsonObject> Classic = new(() => Read("fixtures.json"));
    private static readonly Lazy<JsonObject> Lfr = new(() => Read("lfr.json"));

    public static readonly string[] GraphNames = ["karate", "florentine", "kite", "weighted", "directed", "directed_weighted", "disconnected"];

    public static readonly string[] LfrNames = ["lfr_mu0.1", "lfr_mu0.2", "lfr_mu0.3", "lfr_mu0.4"];

    public static JsonObject For(string graph) => Classic.Value[graph]!.AsObject();

    public static JsonArray Comparisons => Classic.Value["_comparisons"]!.AsArray();

    public static JsonObject LfrFor(string graph) => Lfr.Value[graph]!.AsObject();

    /// <summary>Loads an LFR graph from <c>TestData/communities</c> (unweighted, undirected).</summary>
    public static CsrGraph LoadLfr(string name) => TestGraphs.Load(Path.Combine("..", "communities", name));

    /// <summary>Turns an id-keyed fixture map into an array indexed by vertex.</summary>
    public static double?[] PerVertex(CsrGraph graph, JsonNode? map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var obj = map.AsObject();
        Assert.That(obj, Has.Count.EqualTo(graph.VertexCount), "fixture covers every vertex");
        var result = new double?[graph.VertexCount];
        foreach (var (id, value) in obj)
        {
            var v = graph.IndexOf(id);
            Assert.That(v, Is.GreaterThanOrEqualTo(0), $"fixture vertex {id} is in the graph");
            result[v] = value is null ? null : value.GetValue<double>();
        }

        return result;
    }

    /// <summary>An id-keyed map of community labels as a partition of the graph's vertices.</summary>
    public static Partition PartitionOf(CsrGraph graph, JsonNode? map)
    {
        var labels = PerVertex(graph, map).Select(x => (int)x!.Value).ToArray();
        return Partition.FromLabels(labels);
    }

    public static double? Number(JsonNode? node) => node?.GetValue<double>();

    private static JsonObject Read(string file) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(TestGraphs.DataDirectory, "communities", file)))!.AsObject();
}
