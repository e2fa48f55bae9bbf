using System.Text.Json;
using Stakeholders.Network.Algorithms.KeyPlayers;
using Stakeholders.Network.Graphs;

namespace Stakeholders.Network.Tests.KeyPlayerTests;

public class KeyPlayersTests
{
    private const double Tolerance = 1e-9;

    private static readonly FragmentationOptions Exhaustive = new() { Search = KeyPlayerSearchStrategy.Exhaustive };

    [Test]
    public void Path_fragmentation_by_hand()
    {
        // Path 0-1-2-3-4, k = 1, n' = 4, n'(n'−1) = 12.
        // Remove 2: components {0,1}, {3,4}: Σ s(s−1) = 2 + 2 = 4, F = 1 − 4/12 = 2/3 (best).
        // Remove 1: {0}, {2,3,4}: 0 + 6 = 6, F = 1/2. Remove 0: one component of 4: F = 0.
        var g = PathGraph(5);
        Assert.Multiple(() =>
        {
            Assert.That(KeyPlayerSearch.FragmentationScore(g, [2]), Is.EqualTo(2.0 / 3).Within(Tolerance));
            Assert.That(KeyPlayerSearch.FragmentationScore(g, [1]), Is.EqualTo(0.5).Within(Tolerance));
            Assert.That(KeyPlayerSearch.FragmentationScore(g, [0]), Is.EqualTo(0).Within(Tolerance));
            Assert.That(KeyPlayerSearch.FragmentationScore(g, []), Is.EqualTo(0).Within(Tolerance), "a connected graph is not fragmented");
            var best = KeyPlayerSearch.Fragmentation(g, 1);
            Assert.That(best.Players, Is.EqualTo(new[] { 2 }));
            Assert.That(best.Score, Is.EqualTo(2.0 / 3).Within(Tolerance));
        });
    }

    [Test]
    public void Path_distance_weighted_fragmentation_by_hand()
    {
        // Path 0-1-2-3, k = 1, n' = 3, n'(n'−1) = 6.
        // Remove 0: path 1-2-3, Σ_{i≠j} 1/d = 2·(1 + 1 + 1/2) = 5, D_F = 1 − 5/6 = 1/6.
        // Remove 1: {0}, {2,3}: Σ = 2·1 = 2, D_F = 1 − 2/6 = 2/3; remove 2 likewise 2/3 (the optimum; lower index on ties in exhaustive order).
        var g = PathGraph(4);
        var options = new FragmentationOptions { Measure = FragmentationMeasure.DistanceWeighted };
        Assert.Multiple(() =>
        {
            Assert.That(KeyPlayerSearch.FragmentationScore(g, [0], options), Is.EqualTo(1.0 / 6).Within(Tolerance));
            Assert.That(KeyPlayerSearch.FragmentationScore(g, [1], options), Is.EqualTo(2.0 / 3).Within(Tolerance));
            var best = KeyPlayerSearch.Fragmentation(g, 1, options with { Search = KeyPlayerSearchStrategy.Exhaustive });
            Assert.That(best.Players, Is.EqualTo(new[] { 1 }));
            Assert.That(best.Score, Is.EqualTo(2.0 / 3).Within(Tolerance));
        });
    }

    [Test]
    public void Star_centre_is_the_key_player_both_ways()
    {
        // Star with centre 0 and five leaves. Removing 0 leaves five isolates: F = 1 − 0 = 1.
        // Reach (m = 1): 0 reaches all 5 others, 5/5 = 1; a leaf reaches only the centre, 1/5.
        var g = Undirected(6, (0, 1), (0, 2), (0, 3), (0, 4), (0, 5));
        Assert.Multiple(() =>
        {
            Assert.That(KeyPlayerSearch.Fragmentation(g, 1).Players, Is.EqualTo(new[] { 0 }));
            Assert.That(KeyPlayerSearch.Fragmentation(g, 1).Score, Is.EqualTo(1));
            Assert.That(KeyPlayerSearch.Reach(g, 1, 1).Players, Is.EqualTo(new[] { 0 }));
            Assert.That(KeyPlayerSearch.Reach(g, 1, 1).Score, Is.EqualTo(1));
            Assert.That(KeyPlayerSearch.ReachScore(g, [3], 1), Is.EqualTo(0.2).Within(Tolerance));
        });
    }

    [Test]
    public void Two_stars_joined_by_a_bridge_pick_the_bridge_vertices()
    {
        // Centres 0 and 1 joined by an edge; leaves 2..5 on 0 and 6..9 on 1 (n = 10).
        // KPP-Neg k = 2: removing {0, 1} leaves 8 isolates, F = 1; any other pair leaves a star with at least 4 leaves.
        // KPP-Pos k = 2, m = 1: {0, 1} reaches all 8 others (1.0); e.g. {0, 6} reaches 2..5 and 1 only: 5/8.
        // k = 1: removing 0 leaves 4 isolates and a 5-star: Σ s(s−1) = 20, n'(n'−1) = 72, F = 52/72.
        var g = Undirected(10, (0, 1), (0, 2), (0, 3), (0, 4), (0, 5), (1, 6), (1, 7), (1, 8), (1, 9));
        Assert.Multiple(() =>
        {
            var neg = KeyPlayerSearch.Fragmentation(g, 2);
            Assert.That(neg.Players, Is.EqualTo(new[] { 0, 1 }));
            Assert.That(neg.Score, Is.EqualTo(1));
            var pos = KeyPlayerSearch.Reach(g, 2, 1);
            Assert.That(pos.Players, Is.EqualTo(new[] { 0, 1 }));
            Assert.That(pos.Score, Is.EqualTo(1));
            Assert.That(KeyPlayerSearch.ReachScore(g, [0, 6], 1), Is.EqualTo(5.0 / 8).Within(Tolerance));
            var dpos = KeyPlayerSearch.Reach(g, 2, 1, new ReachOptions { Measure = ReachMeasure.DistanceWeighted });
            Assert.That(dpos.Players, Is.EqualTo(new[] { 0, 1 }));
            var one = KeyPlayerSearch.Fragmentation(g, 1);
            Assert.That(one.Players[0], Is.AnyOf(0, 1));
            Assert.That(one.Score, Is.EqualTo(52.0 / 72).Within(Tolerance));
        });
    }

    [Test]
    public void Reach_by_hand_on_paths()
    {
        // Path 0..4, distance-weighted reach of {0}: (1 + 1/2 + 1/3 + 1/4)/4 = 25/48; of {2}: (1 + 1 + 1/2 + 1/2)/4 = 3/4 (best).
        var g = PathGraph(5);
        var weighted = new ReachOptions { Measure = ReachMeasure.DistanceWeighted };
        Assert.Multiple(() =>
        {
            Assert.That(KeyPlayerSearch.ReachScore(g, [0], 1, weighted), Is.EqualTo(25.0 / 48).Within(Tolerance));
            Assert.That(KeyPlayerSearch.Reach(g, 1, 1, weighted).Players, Is.EqualTo(new[] { 2 }));
            Assert.That(KeyPlayerSearch.Reach(g, 1, 1, weighted).Score, Is.EqualTo(0.75).Within(Tolerance));

            // Path 0..6, m = 3: only the middle vertex 3 reaches all six others.
            var seven = PathGraph(7);
            Assert.That(KeyPlayerSearch.Reach(seven, 1, 3).Players, Is.EqualTo(new[] { 3 }));
            Assert.That(KeyPlayerSearch.ReachScore(seven, [2], 2), Is.EqualTo(4.0 / 6).Within(Tolerance));
        });
    }

    [Test]
    public void Directed_graphs_follow_the_arcs()
    {
        // 0→1→2: with m = 2 only 0 reaches both others; with m = 1 every source reaches one of two.
        var chain = new CsrGraphBuilder(3) { Directed = true }.AddEdge(0, 1).AddEdge(1, 2).Build();
        // Directed 4-cycle 0→1→2→3→0: removing any vertex leaves a directed path of 3, reachable ordered pairs (1,2), (1,3),
        // (2,3) = 3 of 6, F = 1/2 (the undirected reading would leave one component: F = 0).
        var cycle = new CsrGraphBuilder(4) { Directed = true }.AddEdge(0, 1).AddEdge(1, 2).AddEdge(2, 3).AddEdge(3, 0).Build();
        Assert.Multiple(() =>
        {
            Assert.That(KeyPlayerSearch.Reach(chain, 1, 2).Players, Is.EqualTo(new[] { 0 }));
            Assert.That(KeyPlayerSearch.ReachScore(chain, [1], 2), Is.EqualTo(0.5));
            Assert.That(KeyPlayerSearch.ReachScore(chain, [2], 2), Is.EqualTo(0));
            Assert.That(KeyPlayerSearch.FragmentationScore(cycle, [0]), Is.EqualTo(0.5).Within(Tolerance));
            Assert.That(KeyPlayerSearch.FragmentationScore(cycle.ToUndirected(), [0]), Is.EqualTo(0).Within(Tolerance));
        });
    }

    public static IEnumerable<TestCaseData> ScoreCases()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(FixturePath()));
        var i = 0;
        foreach (var c in doc.RootElement.GetProperty("scores").EnumerateArray())
        {
            yield return new TestCaseData(i++).SetName($"Objectives_match_networkx({c.GetProperty("graph").GetString()}, |S|={c.GetProperty("set").GetArrayLength()}, m={c.GetProperty("m").GetInt32()})");
        }
    }

    [TestCaseSource(nameof(ScoreCases))]
    public void Objectives_match_networkx_paths(int index)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(FixturePath()));
        var c = doc.RootElement.GetProperty("scores")[index];
        var g = TestGraphs.Load(c.GetProperty("graph").GetString()!);
        var set = c.GetProperty("set").EnumerateArray().Select(x => g.IndexOf(x.GetString()!)).ToArray();
        var m = c.GetProperty("m").GetInt32();
        Assert.Multiple(() =>
        {
            Assert.That(KeyPlayerSearch.FragmentationScore(g, set), Is.EqualTo(c.GetProperty("components").GetDouble()).Within(Tolerance));
            Assert.That(
                KeyPlayerSearch.FragmentationScore(g, set, new FragmentationOptions { Measure = FragmentationMeasure.DistanceWeighted }),
                Is.EqualTo(c.GetProperty("distanceWeighted").GetDouble()).Within(Tolerance));
            if (set.Length > 0)
            {
                Assert.That(KeyPlayerSearch.ReachScore(g, set, m), Is.EqualTo(c.GetProperty("mReach").GetDouble()).Within(Tolerance));
                Assert.That(
                    KeyPlayerSearch.ReachScore(g, set, m, new ReachOptions { Measure = ReachMeasure.DistanceWeighted }),
                    Is.EqualTo(c.GetProperty("distanceWeightedReach").GetDouble()).Within(Tolerance));
            }
        });
    }

    public static IEnumerable<TestCaseData> OptimumCases()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(FixturePath()));
        var i = 0;
        foreach (var c in doc.RootElement.GetProperty("optima").EnumerateArray())
        {
            yield return new TestCaseData(i++).SetName($"Optima_match_networkx_exhaustive({c.GetProperty("graph").GetString()}, k={c.GetProperty("k").GetInt32()})");
        }
    }

    [TestCaseSource(nameof(OptimumCases))]
    public void Exhaustive_and_greedy_reach_the_networkx_optimum(int index)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(FixturePath()));
        var c = doc.RootElement.GetProperty("optima")[index];
        var g = TestGraphs.Load(c.GetProperty("graph").GetString()!);
        var k = c.GetProperty("k").GetInt32();
        var m = c.GetProperty("m").GetInt32();
        Assert.Multiple(() =>
        {
            foreach (var search in new[] { KeyPlayerSearchStrategy.Exhaustive, KeyPlayerSearchStrategy.Greedy })
            {
                Assert.That(
                    KeyPlayerSearch.Fragmentation(g, k, new FragmentationOptions { Search = search }).Score,
                    Is.EqualTo(c.GetProperty("components").GetDouble()).Within(Tolerance), $"{search} F");
                Assert.That(
                    KeyPlayerSearch.Fragmentation(g, k, new FragmentationOptions { Search = search, Measure = FragmentationMeasure.DistanceWeighted }).Score,
                    Is.EqualTo(c.GetProperty("distanceWeighted").GetDouble()).Within(Tolerance), $"{search} D_F");
                Assert.That(
                    KeyPlayerSearch.Reach(g, k, m, new ReachOptions { Search = search }).Score,
                    Is.EqualTo(c.GetProperty("mReach").GetDouble()).Within(Tolerance), $"{search} m-reach");
                Assert.That(
                    KeyPlayerSearch.Reach(g, k, m, new ReachOptions { Search = search, Measure = ReachMeasure.DistanceWeighted }).Score,
                    Is.EqualTo(c.GetProperty("distanceWeightedReach").GetDouble()).Within(Tolerance), $"{search} distance-weighted reach");
            }
        });
    }

    [Test]
    public void Greedy_agrees_with_exhaustive_on_seeded_random_graphs()
    {
        var rng = new Random(77);
        for (var t = 0; t < 12; t++)
        {
            var directed = t % 3 == 2;
            var b = new CsrGraphBuilder(12) { Directed = directed };
            for (var u = 0; u < 12; u++)
            {
                for (var v = directed ? 0 : u + 1; v < 12; v++)
                {
                    if (u != v && rng.NextDouble() < 0.22)
                    {
                        b.AddEdge(u, v);
                    }
                }
            }

            var g = b.Build();
            var k = 1 + (t % 3);
            var exact = KeyPlayerSearch.Fragmentation(g, k, Exhaustive);
            var greedy = KeyPlayerSearch.Fragmentation(g, k);
            Assert.That(greedy.Score, Is.EqualTo(exact.Score).Within(Tolerance), $"graph {t}, k={k}: F");
            Assert.That(KeyPlayerSearch.FragmentationScore(g, greedy.Players), Is.EqualTo(greedy.Score).Within(Tolerance), "reported score is the set's score");
            var exactReach = KeyPlayerSearch.Reach(g, k, 2, new ReachOptions { Search = KeyPlayerSearchStrategy.Exhaustive });
            var greedyReach = KeyPlayerSearch.Reach(g, k, 2);
            Assert.That(greedyReach.Score, Is.EqualTo(exactReach.Score).Within(Tolerance), $"graph {t}, k={k}: 2-reach");
            Assert.That(exact.Evaluations, Is.EqualTo(new[] { 12L, 66, 220 }[k - 1]), "exhaustive scores C(12, k) sets");
        }
    }

    [Test]
    public void Seeded_greedy_is_deterministic_and_thread_independent()
    {
        var g = TestGraphs.Load("karate");
        var options = new FragmentationOptions { Measure = FragmentationMeasure.DistanceWeighted, Restarts = 3, Seed = 5 };
        var a = KeyPlayerSearch.Fragmentation(g, 3, options);
        var b = KeyPlayerSearch.Fragmentation(g, 3, options with { MaxDegreeOfParallelism = 1 });
        var c = KeyPlayerSearch.Fragmentation(g, 3, options);
        Assert.Multiple(() =>
        {
            Assert.That(b.Players, Is.EqualTo(a.Players));
            Assert.That(b.Score, Is.EqualTo(a.Score));
            Assert.That(b.Evaluations, Is.EqualTo(a.Evaluations));
            Assert.That(c.Swaps, Is.EqualTo(a.Swaps));
            Assert.That(a.Players, Is.Ordered.Ascending);
            Assert.That(a.Search, Is.EqualTo(KeyPlayerSearchStrategy.Greedy));
        });
    }

    [Test]
    public void Weights_are_ignored()
    {
        var weighted = TestGraphs.Load("weighted");
        var plain = TestGraphs.Load("weighted", weighted: false);
        var options = new FragmentationOptions { Measure = FragmentationMeasure.DistanceWeighted, Restarts = 2 };
        Assert.That(KeyPlayerSearch.Fragmentation(weighted, 2, options), Is.EqualTo(KeyPlayerSearch.Fragmentation(plain, 2, options)).Using<KeyPlayerResult>(SameResult));
        Assert.That(KeyPlayerSearch.Reach(weighted, 2, 2), Is.EqualTo(KeyPlayerSearch.Reach(plain, 2, 2)).Using<KeyPlayerResult>(SameResult));
    }

    [Test]
    public void Disconnected_graph_with_isolates()
    {
        // path(4) + cycle(5) + star(3) + two isolates (n = 15): the intact graph already has F = 1 − (12 + 20 + 12)/210 > 0,
        // and greedy search must find the exhaustive optimum across components.
        var g = TestGraphs.Load("disconnected");
        var exact = KeyPlayerSearch.Fragmentation(g, 2, Exhaustive);
        var greedy = KeyPlayerSearch.Fragmentation(g, 2);
        Assert.That(greedy.Score, Is.EqualTo(exact.Score).Within(Tolerance));
        Assert.That(KeyPlayerSearch.FragmentationScore(g, []), Is.EqualTo(1 - (44.0 / 210)).Within(Tolerance), "a disconnected graph is already fragmented");
    }

    [Test]
    public void Error_paths()
    {
        var g = PathGraph(5);
        Assert.Multiple(() =>
        {
            Assert.That(() => KeyPlayerSearch.Fragmentation(g, 0), Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(() => KeyPlayerSearch.Fragmentation(g, -1), Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(() => KeyPlayerSearch.Fragmentation(g, 6), Throws.InstanceOf<ArgumentOutOfRangeException>().With.Message.Contains("n − 2"));
            Assert.That(() => KeyPlayerSearch.Fragmentation(g, 4), Throws.InstanceOf<ArgumentOutOfRangeException>(), "one vertex left: no pairs");
            Assert.That(() => KeyPlayerSearch.Reach(g, 6, 1), Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(() => KeyPlayerSearch.Reach(g, 5, 1), Throws.InstanceOf<ArgumentOutOfRangeException>(), "nobody left to reach");
            Assert.That(() => KeyPlayerSearch.Reach(g, 0, 1), Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(() => KeyPlayerSearch.Reach(g, 1, 0), Throws.InstanceOf<ArgumentOutOfRangeException>().With.Message.Contains("m ≥ 1"));
            Assert.That(() => KeyPlayerSearch.Reach(g, 1, -2), Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(() => KeyPlayerSearch.Fragmentation(g, 1, new FragmentationOptions { Restarts = 0 }), Throws.ArgumentException);
            Assert.That(() => KeyPlayerSearch.Fragmentation(g, 1, new FragmentationOptions { MaxDegreeOfParallelism = 0 }), Throws.ArgumentException);
            Assert.That(
                () => KeyPlayerSearch.Fragmentation(TestGraphs.Load("karate"), 10, new FragmentationOptions { Search = KeyPlayerSearchStrategy.Exhaustive }),
                Throws.ArgumentException.With.Message.Contains("MaxExhaustiveSets"));
            Assert.That(() => KeyPlayerSearch.FragmentationScore(g, [1, 1]), Throws.ArgumentException.With.Message.Contains("twice"));
            Assert.That(() => KeyPlayerSearch.FragmentationScore(g, [7]), Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(() => KeyPlayerSearch.FragmentationScore(g, [0, 1, 2, 3]), Throws.ArgumentException);
            Assert.That(() => KeyPlayerSearch.ReachScore(g, [0], 0), Throws.InstanceOf<ArgumentOutOfRangeException>());
        });
    }

    [Test]
    public void Cancellation_is_observed()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.That(() => KeyPlayerSearch.Fragmentation(TestGraphs.Load("karate"), 2, null, cts.Token), Throws.InstanceOf<OperationCanceledException>());
    }

    private static bool SameResult(KeyPlayerResult a, KeyPlayerResult b) =>
        a.Players.SequenceEqual(b.Players) && a.Score == b.Score && a.Evaluations == b.Evaluations;

    private static string FixturePath() => Path.Combine(TestGraphs.DataDirectory, "brokerage", "key_players.json");

    private static CsrGraph PathGraph(int n)
    {
        var b = new CsrGraphBuilder(n);
        for (var i = 0; i + 1 < n; i++)
        {
            b.AddEdge(i, i + 1);
        }

        return b.Build();
    }

    private static CsrGraph Undirected(int n, params (int U, int V)[] edges)
    {
        var b = new CsrGraphBuilder(n);
        foreach (var (u, v) in edges)
        {
            b.AddEdge(u, v);
        }

        return b.Build();
    }
}
