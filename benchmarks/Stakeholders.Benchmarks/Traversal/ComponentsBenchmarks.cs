using BenchmarkDotNet.Attributes;
using QuikGraph;
using QuikGraph.Algorithms.Search;
using Stakeholders.Network.Algorithms.Paths;
using Stakeholders.Network.Graphs;

namespace Stakeholders.Benchmarks.Traversal;

/// <summary>
/// Components over the whole graph. The baseline is QuikGraph's <c>BreadthFirstSearchAlgorithm</c> run without a root
/// (it then sweeps every vertex, the same work as labelling components). QuikGraph's own component algorithms are
/// depth-first and recursive, so they are left out: they would overflow the stack on the larger graphs.
/// Weak and strong components run on a directed G(n, m) with the vertex and edge counts of the named graph (a
/// Barabási–Albert graph oriented from new to old vertices would be acyclic, every strong component a single vertex).
/// </summary>
[MemoryDiagnoser]
public class ComponentsBenchmarks
{
    private CsrGraph _undirected = null!;
    private CsrGraph _directed = null!;
    private AdjacencyGraph<int, SEdge<int>> _quik = null!;

    [Params("BA-10k", "BA-100k", "Gnm-1M")]
    public string Graph { get; set; } = "BA-10k";

    [GlobalSetup]
    public void Setup()
    {
        var edges = GraphGenerators.Named(Graph);
        _undirected = GraphGenerators.ToCsr(edges, directed: false);
        _quik = QuikGraphBaselines.Adjacency(edges, directed: false);
        _directed = GraphGenerators.ToCsr(GraphGenerators.GnmEdges(edges.VertexCount, edges.EdgeCount, directed: true, seed: 43), directed: true);
    }

    [Benchmark(Baseline = true, Description = "QuikGraph BFS sweep (all roots)")]
    public int QuikGraphSweep()
    {
        var trees = 0;
        var bfs = new BreadthFirstSearchAlgorithm<int, SEdge<int>>(_quik);
        bfs.StartVertex += _ => trees++;
        bfs.Compute();
        return trees;
    }

    [Benchmark(Description = "PathFinding.ConnectedComponents")]
    public ComponentsResult Connected() => PathFinding.ConnectedComponents(_undirected);

    [Benchmark(Description = "PathFinding.WeaklyConnectedComponents (directed)")]
    public ComponentsResult WeaklyConnected() => PathFinding.WeaklyConnectedComponents(_directed);

    [Benchmark(Description = "PathFinding.StronglyConnectedComponents (directed)")]
    public ComponentsResult StronglyConnected() => PathFinding.StronglyConnectedComponents(_directed);
}
