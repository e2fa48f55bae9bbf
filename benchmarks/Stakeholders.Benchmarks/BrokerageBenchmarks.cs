using BenchmarkDotNet.Attributes;
using Stakeholders.Network.Algorithms.Brokerage;
using Stakeholders.Network.Algorithms.KeyPlayers;
using Stakeholders.Network.Graphs;

namespace Stakeholders.Benchmarks;

/// <summary>
/// Structural holes, Gould–Fernandez brokerage and key-player search on seeded random graphs. The same graphs are
/// rebuilt by <c>benchmarks/peers/brokerage_peers.py</c> (same generator, same seeds) to time NetworkX and R sna.
/// </summary>
[MemoryDiagnoser]
public class BrokerageBenchmarks
{
    private CsrGraph _undirected = null!;
    private CsrGraph _directedSmall = null!;
    private CsrGraph _directed = null!;
    private CsrGraph _small = null!;
    private int[] _groups = null!;

    [GlobalSetup]
    public void Setup()
    {
        _undirected = LcgGraph.Build(1000, 5000, directed: false, seed: 1);
        _directedSmall = LcgGraph.Build(1000, 5000, directed: true, seed: 2);
        _directed = LcgGraph.Build(2000, 10000, directed: true, seed: 2);
        _small = LcgGraph.Build(300, 900, directed: false, seed: 3);
        _groups = Enumerable.Range(0, _directed.VertexCount).Select(v => v % 5).ToArray();
    }

    [Benchmark(Description = "Burt constraint+effective size+hierarchy, G(1000, 5000)")]
    public double StructuralHoles() => BrokerageMeasures.StructuralHoles(_undirected).Constraint[0];

    [Benchmark(Description = "Burt, directed G(1000, 5000)")]
    public double StructuralHolesDirected() => BrokerageMeasures.StructuralHoles(_directedSmall).Constraint[0];

    [Benchmark(Description = "Gould-Fernandez, directed G(2000, 10000), 5 groups")]
    public double GouldFernandez() => BrokerageMeasures.GouldFernandez(_directed, _groups).Global.Z[0];

    [Benchmark(Description = "KPP-Neg F, k=3, 1 greedy start, G(300, 900)")]
    public double Fragmentation() => KeyPlayerSearch.Fragmentation(_small, 3, new FragmentationOptions { Restarts = 1 }).Score;

    [Benchmark(Description = "KPP-Pos 2-reach, k=3, 1 greedy start, G(300, 900)")]
    public double Reach() => KeyPlayerSearch.Reach(_small, 3, 2, new ReachOptions { Restarts = 1 }).Score;
}

/// <summary>
/// A seeded multigraph-free random graph from a 64-bit linear congruential generator (Knuth's MMIX constants), simple
/// enough to be rebuilt bit-for-bit in Python: draw (u, v) = (x &gt;&gt; 33) mod n twice per edge, skip loops and repeats,
/// until m edges exist.
/// </summary>
internal static class LcgGraph
{
    public static CsrGraph Build(int n, int m, bool directed, ulong seed)
    {
        var state = seed;
        var seen = new HashSet<(int, int)>();
        var builder = new CsrGraphBuilder(n) { Directed = directed };
        while (seen.Count < m)
        {
            var u = Next(ref state, n);
            var v = Next(ref state, n);
            if (u == v)
            {
                continue;
            }

            var key = directed || u < v ? (u, v) : (v, u);
            if (seen.Add(key))
            {
                builder.AddEdge(key.Item1, key.Item2);
            }
        }

        return builder.Build();
    }

    private static int Next(ref ulong state, int n)
    {
        state = unchecked((state * 6364136223846793005UL) + 1442695040888963407UL);
        return (int)((state >> 33) % (ulong)n);
    }
}
