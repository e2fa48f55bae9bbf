using System.Text.Json;
using Stakeholders.Network.Graphs;

namespace Stakeholders.Network.Tests.CentralityTests;

/// <summary>
/// One oracle fixture of <c>tests/TestData/centrality/{graph}.json</c> (written by <c>make_fixtures.py</c> from NetworkX
/// 2.8.8 and igraph 0.10.2) with the graph it describes, loaded through <see cref="TestGraphs.Load"/>.
/// </summary>
internal sealed class CentralityFixture
{
    public static readonly string[] GraphNames = ["karate", "florentine", "kite", "directed", "weighted", "directed_weighted", "disconnected"];

    public static readonly string[] WeightedGraphNames = ["weighted", "directed_weighted"];

    private readonly JsonElement _root;

    private CentralityFixture(string name, JsonElement root)
    {
        Name = name;
        _root = root;
        Graph = TestGraphs.Load(name);
    }

    public string Name { get; }

    public CsrGraph Graph { get; }

    public bool IsWeighted => _root.GetProperty("weighted").GetBoolean();

    public static CentralityFixture Load(string name)
    {
        var path = Path.Combine(TestGraphs.DataDirectory, "centrality", name + ".json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return new CentralityFixture(name, document.RootElement.Clone());
    }

    /// <summary>Whether NetworkX refused the measure (no convergence).</summary>
    public bool NetworkXRefused(string measure) =>
        _root.GetProperty("networkx").GetProperty(measure) is { ValueKind: JsonValueKind.Object } m && m.TryGetProperty("error", out _);

    public bool HasIGraph(string measure) => _root.GetProperty("igraph").TryGetProperty(measure, out _);

    /// <summary>A NetworkX vertex measure as an array indexed by this graph's vertex numbers.</summary>
    public double[] NetworkX(string measure) => ByVertex(_root.GetProperty("networkx").GetProperty(measure), measure);

    /// <summary>An igraph vertex measure indexed by vertex; igraph's NaN (stored as null) becomes <paramref name="nullAs"/>.</summary>
    public double[] IGraph(string measure, double nullAs = double.NaN) => ByVertex(_root.GetProperty("igraph").GetProperty(measure), measure, nullAs);

    /// <summary>A NetworkX edge measure as (u, v, score) triples in vertex numbers.</summary>
    public (int U, int V, double Score)[] NetworkXEdges(string measure)
    {
        var list = _root.GetProperty("networkx").GetProperty(measure);
        return list.EnumerateArray()
            .Select(e => (Vertex(e[0].GetString()!), Vertex(e[1].GetString()!), e[2].GetDouble()))
            .ToArray();
    }

    /// <summary>The k sources NetworkX drew for its sampled betweenness, in vertex numbers.</summary>
    public int[] SampleSources() =>
        _root.GetProperty("sample").GetProperty("sources").EnumerateArray().Select(s => Vertex(s.GetString()!)).ToArray();

    /// <summary>A per-vertex input vector of the fixture (personalization, dangling), indexed by vertex.</summary>
    public double[] InputVector(string name) => ByVertex(_root.GetProperty(name), name);

    private int Vertex(string id)
    {
        var v = Graph.IndexOf(id);
        Assert.That(v, Is.GreaterThanOrEqualTo(0), $"{Name}: fixture vertex '{id}' is not in the graph");
        return v;
    }

    private double[] ByVertex(JsonElement map, string measure, double nullAs = double.NaN)
    {
        var scores = new double[Graph.VertexCount];
        Array.Fill(scores, double.NaN);
        var count = 0;
        foreach (var p in map.EnumerateObject())
        {
            scores[Vertex(p.Name)] = p.Value.ValueKind == JsonValueKind.Null ? nullAs : p.Value.GetDouble();
            count++;
        }

        Assert.That(count, Is.EqualTo(Graph.VertexCount), $"{Name}/{measure}: fixture covers every vertex");
        return scores;
    }
}

/// <summary>Assertions that name the vertex that differs.</summary>
internal static class ScoreAssert
{
    public static void Close(IReadOnlyList<double> actual, IReadOnlyList<double> expected, double tolerance, string what)
    {
        Assert.That(actual, Has.Count.EqualTo(expected.Count), what + ": length");
        for (var v = 0; v < expected.Count; v++)
        {
            Assert.That(actual[v], Is.EqualTo(expected[v]).Within(tolerance), $"{what}: vertex {v}");
        }
    }

    public static void Identical(IReadOnlyList<double> actual, IReadOnlyList<double> expected, string what)
    {
        Assert.That(actual, Has.Count.EqualTo(expected.Count), what + ": length");
        for (var v = 0; v < expected.Count; v++)
        {
            Assert.That(BitConverter.DoubleToInt64Bits(actual[v]), Is.EqualTo(BitConverter.DoubleToInt64Bits(expected[v])), $"{what}: vertex {v} differs in bits");
        }
    }
}
