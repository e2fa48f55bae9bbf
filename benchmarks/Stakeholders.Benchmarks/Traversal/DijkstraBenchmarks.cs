using BenchmarkDotNet.Attributes;
using QuikGraph;
using QuikGraph.Algorithms.ShortestPath;
using Stakeholders.Network.Algorithms.Paths;
using Stakeholders.Network.Graphs;

namespace Stakeholders.Benchmarks.Traversal;

/// <summary>
/// Single-source Dijkstra from vertex 0 with seeded uniform distances in [1, 10): <see cref="PathFinding.ShortestPaths"/>
/// against QuikGraph's <c>DijkstraShortestPathAlgorithm</c>.
/// </summary>
[MemoryDiagnoser]
public class DijkstraBenchmarks
{
    private CsrGraph _csr = null!;
    private AdjacencyGraph<int, STaggedEdge<int, double>> _quik = null!;

    [Params("BA-10k", "BA-100k", "Gnm-1M")]
    public string Graph { get; set; } = "BA-10k";

    [GlobalSetup]
    public void Setup()
    {
        var edges = GraphGenerators.Named(Graph);
        var weights = GraphGenerators.RandomWeights(edges.EdgeCount, seed: 7);
        _csr = GraphGenerators.ToCsr(edges, directed: false, weights, WeightMeaning.Distance);
        _ = _csr.GetArcCosts();
        _quik = QuikGraphBaselines.WeightedAdjacency(edges, weights, directed: false);
    }

    [Benchmark(Baseline = true, Description = "QuikGraph DijkstraShortestPathAlgorithm")]
    public double QuikGraphDijkstra()
    {
        var dijkstra = new DijkstraShortestPathAlgorithm<int, STaggedEdge<int, double>>(_quik, e => e.Tag);
        dijkstra.Compute(0);
        return dijkstra.TryGetDistance(_quik.VertexCount - 1, out var d) ? d : double.NaN;
    }

    [Benchmark(Description = "PathFinding.ShortestPaths (Dijkstra)")]
    public ShortestPathsResult CsrDijkstra() => PathFinding.ShortestPaths(_csr, 0);
}
