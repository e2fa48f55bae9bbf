using BenchmarkDotNet.Attributes;
using Stakeholders.Network.Algorithms.Centrality;
using Stakeholders.Network.Graphs;

namespace Stakeholders.Benchmarks.CentralitySuites;

/// <summary>
/// Path-based centrality on a Barabási–Albert graph (n = 10,000, m = 5, seed 2026), on all cores.
/// Run: <c>dotnet run -c Release --project benchmarks/Stakeholders.Benchmarks -- --filter '*PathCentrality*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class PathCentralityBenchmarks
{
    private CsrGraph _graph = null!;

    [GlobalSetup]
    public void Setup() => _graph = CentralityGraphs.LoadBarabasiAlbert();

    [Benchmark]
    public double[] Betweenness() => CentralityMeasures.Betweenness(_graph).Scores;

    [Benchmark]
    public double[] BetweennessSingleThread() => CentralityMeasures.Betweenness(_graph, new BetweennessOptions { MaxDegreeOfParallelism = 1 }).Scores;

    [Benchmark]
    public double[] Closeness() => CentralityMeasures.Closeness(_graph).Scores;

    [Benchmark]
    public double[] Harmonic() => CentralityMeasures.Harmonic(_graph).Scores;
}

/// <summary>
/// Spectral centrality on a directed scale-free graph (n = 500,000, 1.1 M arcs, seed 2026); the peers (igraph,
/// graph-tool) are timed on the same file by <c>benchmarks/peers/centrality_peers.py</c>.
/// Run: <c>... -- --filter '*SpectralCentrality*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class SpectralCentralityBenchmarks
{
    private CsrGraph _graph = null!;

    [GlobalSetup]
    public void Setup() => _graph = CentralityGraphs.LoadDirectedScaleFree();

    [Benchmark(Baseline = true)]
    public double[] PageRank() => CentralityMeasures.PageRank(_graph).Scores;

    /// <summary>
    /// NetworkX's stopping rule (L1 change below n·1e-6) is loose on large graphs; this run stops where graph-tool does
    /// (L1 change below 1e-6), for a like-for-like comparison with the peers.
    /// </summary>
    [Benchmark]
    public double[] PageRankStrict() => CentralityMeasures.PageRank(_graph, new PageRankOptions { Tolerance = 1e-6 / _graph.VertexCount }).Scores;

    [Benchmark]
    public double[] PageRankSingleThread() => CentralityMeasures.PageRank(_graph, new PageRankOptions { MaxDegreeOfParallelism = 1 }).Scores;

    [Benchmark]
    public double[] Eigenvector() => CentralityMeasures.TryEigenvector(_graph, null, out var result) ? result.Scores : result.Scores;
}

/// <summary>
/// QuikGraph's <c>PageRankAlgorithm</c> (dictionary-based, BidirectionalGraph) as the in-process baseline. It takes
/// minutes on the 500,000-vertex graph (its cost grows faster than linearly), so both run on a 10,000-vertex graph of the same
/// kind (22,000 arcs, seed 2026).
/// Both stop at tolerance 1e-6 (ours: L1 change of the whole vector; QuikGraph: its own change measure) or 100 iterations.
/// Run: <c>... -- --filter '*PageRankBaseline*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class PageRankBaselineBenchmarks
{
    private CsrGraph _graph = null!;
    private QuikGraph.BidirectionalGraph<int, QuikGraph.Edge<int>> _quik = null!;

    [GlobalSetup]
    public void Setup()
    {
        var (n, edges) = CentralityGraphs.DirectedScaleFree(10_000, 2, 2_000, 2026);
        var builder = new CsrGraphBuilder(n) { Directed = true };
        foreach (var (u, v) in edges)
        {
            builder.AddEdge(u, v);
        }

        _graph = builder.Build();
        _quik = CentralityGraphs.ToQuikGraph(_graph);
    }

    [Benchmark(Baseline = true)]
    public IDictionary<int, double> QuikGraphPageRank()
    {
        var algorithm = new QuikGraph.Algorithms.Ranking.PageRankAlgorithm<int, QuikGraph.Edge<int>>(_quik) { Tolerance = 1e-6, MaxIterations = 100 };
        algorithm.Compute();
        return algorithm.Ranks;
    }

    [Benchmark]
    public double[] PageRank() => CentralityMeasures.PageRank(_graph, new PageRankOptions { Tolerance = 1e-6 / _graph.VertexCount }).Scores;
}

/// <summary>
/// Path-based centrality on arc costs (the Dijkstra kernel): a Barabási–Albert graph (n = 3,000, m = 5, seed 2026) with
/// seeded uniform distances in [1, 10), on one thread so the figure reflects the kernel rather than the scheduler.
/// Run: <c>... -- --filter '*WeightedPathCentrality*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class WeightedPathCentralityBenchmarks
{
    private CsrGraph _graph = null!;

    [GlobalSetup]
    public void Setup()
    {
        var edges = GraphGenerators.BarabasiAlbertEdges(3_000, 5, 2026);
        _graph = GraphGenerators.ToCsr(edges, directed: false, GraphGenerators.RandomWeights(edges.EdgeCount, seed: 7), WeightMeaning.Distance);
    }

    [Benchmark]
    public double[] WeightedBetweenness() => CentralityMeasures.Betweenness(_graph, new BetweennessOptions { MaxDegreeOfParallelism = 1 }).Scores;

    [Benchmark]
    public double[] WeightedCloseness() => CentralityMeasures.Closeness(_graph, new ClosenessOptions { MaxDegreeOfParallelism = 1 }).Scores;
}
