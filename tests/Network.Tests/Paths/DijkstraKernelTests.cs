using Stakeholders.Network.Algorithms;
using Stakeholders.Network.Algorithms.Centrality;
using Stakeholders.Network.Algorithms.Paths;
using Stakeholders.Network.Graphs;

namespace Stakeholders.Network.Tests.Paths;

/// <summary>The one heap and the one Dijkstra kernel that betweenness, closeness/harmonic and shortest paths share.</summary>
public sealed class DijkstraKernelTests
{
    [Test]
    public void Equal_keys_pop_in_vertex_order_whatever_the_insertion_order()
    {
        var heap = new IndexedMinHeap(10);
        foreach (var v in new[] { 7, 3, 9, 0, 5, 1 })
        {
            heap.InsertOrDecrease(v, 2.0);
        }

        heap.InsertOrDecrease(8, 1.0);
        heap.InsertOrDecrease(4, 3.0);
        heap.InsertOrDecrease(4, 2.0); // decrease-key into the tie
        var popped = new List<int>();
        while (heap.Count > 0)
        {
            popped.Add(heap.PopMin());
        }

        Assert.That(popped, Is.EqualTo(new[] { 8, 0, 1, 3, 4, 5, 7, 9 }));
    }

    [Test]
    public void The_heap_sorts_random_keys_and_is_reusable_once_empty()
    {
        var random = new Random(5);
        var heap = new IndexedMinHeap(500);
        for (var round = 0; round < 3; round++)
        {
            var keys = new double[500];
            for (var v = 0; v < keys.Length; v++)
            {
                keys[v] = random.Next(50); // many ties
                heap.InsertOrDecrease(v, keys[v] + 10);
            }

            for (var v = 0; v < keys.Length; v += 3)
            {
                heap.InsertOrDecrease(v, keys[v]);
            }

            var expected = Enumerable.Range(0, keys.Length).OrderBy(v => v % 3 == 0 ? keys[v] : keys[v] + 10).ThenBy(v => v).ToArray();
            var popped = new int[keys.Length];
            for (var i = 0; i < popped.Length; i++)
            {
                popped[i] = heap.PopMin();
            }

            Assert.That(popped, Is.EqualTo(expected), $"round {round}");
            Assert.That(heap.Count, Is.Zero);
        }
    }

    [Test]
    public void Shortest_paths_settle_equal_distances_in_vertex_order()
    {
        // A star with equal costs: every leaf is at distance 2.5 and they settle by vertex number, not by insertion.
        var builder = new CsrGraphBuilder(6) { Weighted = true, WeightMeaning = WeightMeaning.Distance };
        foreach (var leaf in new[] { 5, 2, 4, 1, 3 })
        {
            builder.AddEdge(0, leaf, 2.5);
        }

        var result = PathFinding.ShortestPaths(builder.Build(), 0);
        Assert.That(result.Order, Is.EqualTo(new[] { 0, 1, 2, 3, 4, 5 }));
    }

    [Test]
    public void Weighted_betweenness_and_closeness_on_the_kernel_agree_with_shortest_paths_from_every_source()
    {
        // Independent check of the shared kernel's two centrality visitors: recount with PathFinding.ShortestPaths
        // (parents only) and brute-force path counting over the distance matrix.
        var random = new Random(11);
        var builder = new CsrGraphBuilder(40) { Weighted = true, WeightMeaning = WeightMeaning.Distance };
        var pairs = new HashSet<(int, int)>();
        for (var e = 0; e < 120; e++)
        {
            var u = random.Next(40);
            var v = random.Next(40);
            if (u != v && pairs.Add((Math.Min(u, v), Math.Max(u, v))))
            {
                builder.AddEdge(u, v, 1 + random.Next(4)); // small integer costs: many tied paths
            }
        }

        var g = builder.Build();
        var n = g.VertexCount;
        var d = new double[n][];
        for (var s = 0; s < n; s++)
        {
            d[s] = PathFinding.ShortestPaths(g, s).Distances;
        }

        // σ(s, t) by dynamic programming over vertices sorted by distance from s.
        var sigma = new double[n][];
        for (var s = 0; s < n; s++)
        {
            sigma[s] = new double[n];
            sigma[s][s] = 1;
            foreach (var t in Enumerable.Range(0, n).Where(t => t != s && !double.IsPositiveInfinity(d[s][t])).OrderBy(t => d[s][t]))
            {
                foreach (var (u, v, w) in g.Edges())
                {
                    if (v == t && d[s][u] + w == d[s][t])
                    {
                        sigma[s][t] += sigma[s][u];
                    }
                    else if (u == t && d[s][v] + w == d[s][t])
                    {
                        sigma[s][t] += sigma[s][v];
                    }
                }
            }
        }

        var expected = new double[n];
        for (var s = 0; s < n; s++)
        {
            for (var t = 0; t < n; t++)
            {
                if (s == t || sigma[s][t] == 0)
                {
                    continue;
                }

                for (var v = 0; v < n; v++)
                {
                    if (v != s && v != t && d[s][v] + d[v][t] == d[s][t])
                    {
                        expected[v] += sigma[s][v] * sigma[v][t] / sigma[s][t];
                    }
                }
            }
        }

        var betweenness = CentralityMeasures.Betweenness(g, new BetweennessOptions { Normalized = false }).Scores;
        var harmonic = CentralityMeasures.Harmonic(g).Scores;
        Assert.Multiple(() =>
        {
            for (var v = 0; v < n; v++)
            {
                Assert.That(betweenness[v], Is.EqualTo(expected[v] / 2).Within(1e-9), $"betweenness {v}");
                var h = Enumerable.Range(0, n).Where(u => u != v && !double.IsPositiveInfinity(d[u][v])).Sum(u => 1.0 / d[u][v]);
                Assert.That(harmonic[v], Is.EqualTo(h).Within(1e-12), $"harmonic {v}");
            }
        });
    }
}
