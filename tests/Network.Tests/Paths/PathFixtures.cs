using System.Text.Json;

namespace Stakeholders.Network.Tests.Paths;

/// <summary>Reads <c>TestData/paths/paths_fixtures.json</c>, written by <c>make_fixtures.py</c> from NetworkX.</summary>
internal static class PathFixtures
{
    private static readonly Lazy<JsonDocument> Document = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(TestGraphs.DataDirectory, "paths", "paths_fixtures.json"))));

    public static JsonElement Graph(string name) => Document.Value.RootElement.GetProperty("graphs").GetProperty(name);

    public static bool Has(string graph, string key) => Graph(graph).TryGetProperty(key, out _);

    /// <summary>source id → (target id → distance) for one table of a graph.</summary>
    public static Dictionary<string, Dictionary<string, double>> Distances(string graph, string key) =>
        Graph(graph).GetProperty(key).EnumerateObject().ToDictionary(
            s => s.Name,
            s => s.Value.EnumerateObject().ToDictionary(t => t.Name, t => t.Value.GetDouble(), StringComparer.Ordinal),
            StringComparer.Ordinal);

    /// <summary>The components of a graph as sorted id lists, sorted.</summary>
    public static List<List<string>> Components(string graph, string key) =>
        Graph(graph).GetProperty(key).EnumerateArray()
            .Select(c => c.EnumerateArray().Select(x => x.GetString()!).ToList()).ToList();
}
