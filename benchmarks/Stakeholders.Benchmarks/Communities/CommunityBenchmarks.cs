using BenchmarkDotNet.Attributes;
using Stakeholders.Network.Algorithms.Cohesion;
using Stakeholders.Network.Algorithms.Communities;
using Stakeholders.Network.Graphs;

namespace Stakeholders.Benchmarks.CommunitySuites;

/// <summary>
/// Community detection and cohesion on the 100k-vertex, 1M-edge random graph (<see cref="CommunityBenchmarkGraph"/>).
/// Run: <c>dotnet run -c Release --project benchmarks/Stakeholders.Benchmarks -- --filter '*CommunityBenchmarks*' --job short</c>;
/// peers: <c>/usr/bin/python3 benchmarks/peers/community_peers.py</c>. Only the algorithm call is timed.
/// </summary>
public class CommunityBenchmarks
{
    private CsrGraph _graph = null!;

    [GlobalSetup]
    public void Setup()
    {
        _graph = CommunityBenchmarkGraph.Load();
        var louvain = CommunityDetection.Louvain(_graph, new LouvainOptions { Seed = 1 });
        var leiden = CommunityDetection.Leiden(_graph, new LeidenOptions { Seed = 1, Iterations = 2 });
        Console.WriteLine($"// graph: n={_graph.VertexCount} m={_graph.EdgeCount}; Louvain Q={louvain.Modularity:F4} ({louvain.Partition.CommunityCount} communities, {louvain.Levels.Count} levels); Leiden Q={leiden.Modularity:F4} ({leiden.Partition.CommunityCount} communities)");
    }

    [Benchmark]
    public CommunityResult Louvain() => CommunityDetection.Louvain(_graph, new LouvainOptions { Seed = 1 });

    /// <summary>Two iterations, as igraph's <c>community_leiden</c> default.</summary>
    [Benchmark]
    public CommunityResult Leiden() => CommunityDetection.Leiden(_graph, new LeidenOptions { Seed = 1, Iterations = 2 });

    [Benchmark]
    public CommunityResult LabelPropagation() => CommunityDetection.LabelPropagation(_graph, new LabelPropagationOptions { Seed = 1 });

    [Benchmark]
    public int[] CoreNumbers() => CohesionMeasures.CoreNumbers(_graph).Scores;

    [Benchmark]
    public double[] LocalClustering() => CohesionMeasures.Clustering(_graph).Scores;
}
