using BenchmarkDotNet.Attributes;
using Stakeholders.Network.Algorithms.Paths;
using Stakeholders.Network.Graphs;

namespace Stakeholders.Benchmarks;

/// <summary>
/// Stakeholder analytics on seeded random graphs (the <see cref="LcgGraph"/> generator, rebuilt bit-for-bit by
/// <c>benchmarks/peers/analytics_peers.py</c> to time NetworkX on the same graphs).
/// </summary>
[MemoryDiagnoser]
public class AnalyticsBenchmarks
{
    private CsrGraph _graph = null!;
    private int _far;

    [GlobalSetup]
    public void Setup()
    {
        _graph = LcgGraph.Build(2000, 6000, directed: false, seed: 11);
        // The smallest-numbered vertex farthest from 0: the peer script picks the same one.
        var distances = PathFinding.Bfs(_graph, 0).Distances;
        _far = Array.IndexOf(distances, distances.Max());
    }

    [Benchmark(Description = "m-reach (m=2) + reach + distance-weighted reach, all vertices, G(2000, 6000)")]
    public int Reach() => Network.Algorithms.Paths.PathFinding.VertexReach(_graph).MReach[0];

    [Benchmark(Description = "ego network radius 2 (+ density, effective size) of vertex 0, G(2000, 6000)")]
    public double Ego() => PathFinding.EgoNetwork(_graph, 0, new EgoNetworkOptions { Radius = 2 }).Density;

    [Benchmark(Description = "all shortest paths 0 -> smallest farthest vertex (max 1000 listed), G(2000, 6000)")]
    public long AllShortest() => PathFinding.AllShortestPaths(_graph, 0, _far, new AllShortestPathsOptions { MaxPaths = 1000 }).TotalCount;
}
