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
    public double[] Betweenness() => Centrality.Betweenness(_graph).Scores;

    [Benchmark]
    public double[] BetweennessSingleThread() => Centrality.Betweenness(_graph, new BetweennessOptions { MaxDegreeOfParallelism = 1 }).Scores;

    [Benchmark]
    public double[] Closeness() => Centrality.Closeness(_graph).Scores;

    [Benchmark]
    public double[] Harmonic() => Centrality.Harmonic(_graph).Scores;
}

/// <summary>
/// Spectral centrality on a directed scale-free graph (n = 500,000, 1.1 M arcs, seed 2026), with QuikGraph's PageRank as
/// the in-process baseline. Run: <c>... -- --filter '*SpectralCentrality*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class SpectralCentralityBenchmarks
{
    private CsrGraph _graph = null!;
    private QuikGraph.BidirectionalGraph<int, QuikGraph.Edge<int>> _quik = null!;

    [GlobalSetup]
    public void Setup()
    {
        _graph = CentralityGraphs.LoadDirectedScaleFree();
        _quik = CentralityGraphs.ToQuikGraph(_graph);
    }

    [Benchmark(Baseline = true)]
    public IDictionary<int, double> QuikGraphPageRank()
    {
        var algorithm = new QuikGraph.Algorithms.Ranking.PageRankAlgorithm<int, QuikGraph.Edge<int>>(_quik);
        algorithm.Compute();
        return algorithm.Ranks;
    }

    [Benchmark]
    public double[] PageRank() => Centrality.PageRank(_graph).Scores;

    [Benchmark]
    public double[] PageRankSingleThread() => Centrality.PageRank(_graph, new PageRankOptions { MaxDegreeOfParallelism = 1 }).Scores;

    [Benchmark]
    public double[] Eigenvector() => Centrality.TryEigenvector(_graph, null, out var result) ? result.Scores : result.Scores;
}
