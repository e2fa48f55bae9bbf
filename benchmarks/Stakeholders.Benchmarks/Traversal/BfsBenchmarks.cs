using BenchmarkDotNet.Attributes;
using QuikGraph;
using QuikGraph.Algorithms.Search;
using Stakeholders.Network.Algorithms.Paths;
using Stakeholders.Network.Graphs;

namespace Stakeholders.Benchmarks.Traversal;

/// <summary>
/// BFS from vertex 0 computing hop distances: <see cref="PathFinding.Bfs"/> against QuikGraph's
/// <c>BreadthFirstSearchAlgorithm</c> recording distances on its tree edges.
/// </summary>
[MemoryDiagnoser]
public class BfsBenchmarks
{
    private CsrGraph _csr = null!;
    private AdjacencyGraph<int, SEdge<int>> _quik = null!;

    [Params("BA-10k", "BA-100k", "Gnm-1M")]
    public string Graph { get; set; } = "BA-10k";

    [GlobalSetup]
    public void Setup()
    {
        var edges = GraphGenerators.Named(Graph);
        _csr = GraphGenerators.ToCsr(edges, directed: false);
        _quik = QuikGraphBaselines.Adjacency(edges, directed: false);
    }

    [Benchmark(Baseline = true, Description = "QuikGraph BreadthFirstSearchAlgorithm")]
    public int[] QuikGraphBfs()
    {
        var distances = new int[_quik.VertexCount];
        var bfs = new BreadthFirstSearchAlgorithm<int, SEdge<int>>(_quik);
        bfs.TreeEdge += e => distances[e.Target] = distances[e.Source] + 1;
        bfs.Compute(0);
        return distances;
    }

    [Benchmark(Description = "PathFinding.Bfs")]
    public BfsResult CsrBfs() => PathFinding.Bfs(_csr, 0);
}
