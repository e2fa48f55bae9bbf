using System.Text.Json;
using Stakeholders.Network.Algorithms.Multiplex;
using Stakeholders.Network.Graphs;
using Stakeholders.Network.IO;
using Stakeholders.Network.Model;

namespace Stakeholders.Network.Tests.MultiplexTests;

/// <summary>Reads <c>TestData/multiplex/fixtures.json</c>, written by <c>make_fixtures.py</c> (NetworkX 2.8.8, leidenalg 0.9.1).</summary>
internal static class MultiplexFixtures
{
    private static readonly Lazy<JsonDocument> Document = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(TestGraphs.DataDirectory, "multiplex", "fixtures.json"))));

    private static readonly Lazy<StakeholderNetwork> SeedNetwork = new(() =>
        NativeJson.Read(Path.Combine(TestContext.CurrentContext.TestDirectory, "seeds", "shijingshan-forum-2023.json")));

    public static JsonElement Root => Document.Value.RootElement;

    public static StakeholderNetwork Seed => SeedNetwork.Value;

    /// <summary>A multiplex graph from a fixture's <c>layers</c> object (layer name → edge list) over the given vertex ids.</summary>
    public static MultiplexGraph Build(IReadOnlyList<string> vertexIds, JsonElement layers)
    {
        var names = new List<string>();
        var graphs = new List<CsrGraph>();
        foreach (var layer in layers.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            var builder = new CsrGraphBuilder(vertexIds);
            foreach (var edge in layer.Value.EnumerateArray())
            {
                builder.AddEdge(Id(edge[0]), Id(edge[1]));
            }

            names.Add(layer.Name);
            graphs.Add(builder.Build());
        }

        return new MultiplexGraph(names, graphs);
    }

    public static string Id(JsonElement e) => e.ValueKind == JsonValueKind.Number ? e.GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture) : e.GetString()!;

    public static MultiplexGraph Hand()
    {
        var hand = Root.GetProperty("hand");
        return Build(hand.GetProperty("nodes").EnumerateArray().Select(Id).ToArray(), hand.GetProperty("layers"));
    }
}
