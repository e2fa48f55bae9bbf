using BenchmarkDotNet.Attributes;
using Stakeholders.Network.Graphs;
using Stakeholders.Network.Reports.Drawing;
using Stakeholders.Network.Reports.Model;

namespace Stakeholders.Benchmarks;

/// <summary>
/// The report's network picture: GraphShape's Fruchterman–Reingold layout at the drawing's vertex cap (300), and a whole
/// drawing of a 100k-edge network (aggregation to at most 300 circles, layout, SVG). Peer: <c>peers/layout_peers.py</c>
/// (NetworkX <c>spring_layout</c> and igraph <c>layout_fruchterman_reingold</c> on the same LCG graphs).
/// </summary>
[MemoryDiagnoser]
public class ReportDrawingBenchmarks
{
    private (int, int)[] _edges300 = [];
    private NetworkDrawingInput _large = new([], []);

    [GlobalSetup]
    public void Setup()
    {
        _edges300 = LcgGraph.Build(300, 900, directed: false, seed: 3).Edges().Select(e => (e.Source, e.Target)).ToArray();
        var g = LcgGraph.Build(20000, 100000, directed: false, seed: 4);
        var vertices = Enumerable.Range(0, g.VertexCount)
            .Select(v => new DrawingVertex(g.IdOf(v), $"Stakeholder {v}", "person", v % 10, g.Degree(v)))
            .ToArray();
        _large = new NetworkDrawingInput(vertices, g.Edges().Select(e => new DrawingEdge(e.Source, e.Target, e.Weight)).ToArray());
    }

    [Benchmark(Description = "GraphShape FR layout, G(300, 900), seed 42")]
    public double Layout300() => ForceLayout.Compute(300, _edges300, seed: 42).X[0];

    [Benchmark(Description = "Whole drawing (aggregate + layout + SVG), G(20000, 100000)")]
    public int Drawing100k() => NetworkDrawing.Render(_large).Svg.Length;
}
