using Stakeholders.Network.Algorithms.Paths;
using Stakeholders.Network.Graphs;

namespace Stakeholders.Network.Tests.Analytics;

public class AllShortestPathsTests
{
    [TestCaseSource(typeof(AnalyticsFixtures), nameof(AnalyticsFixtures.GraphNames))]
    public void Path_sets_match_networkx_all_shortest_paths(string name)
    {
        var g = TestGraphs.Load(name);
        var checkedPairs = 0;
        foreach (var entry in AnalyticsFixtures.Graph(name).GetProperty("allShortestPaths").EnumerateObject())
        {
            var parts = entry.Name.Split('|');
            var useWeights = parts[0] == "w";
            int s = g.IndexOf(parts[1]), t = g.IndexOf(parts[2]);
            var expected = entry.Value.EnumerateArray()
                .Select(p => string.Join(" ", p.EnumerateArray().Select(x => x.GetString()))).Order(StringComparer.Ordinal).ToArray();
            var result = PathFinding.AllShortestPaths(g, s, t, new AllShortestPathsOptions { UseWeights = useWeights, MaxPaths = 1000 });
            var actual = result.Paths.Select(p => string.Join(" ", p.Select(g.IdOf))).Order(StringComparer.Ordinal).ToArray();
            Assert.That(actual, Is.EqualTo(expected), entry.Name);
            Assert.That(result.TotalCount, Is.EqualTo(expected.Length), entry.Name);
            Assert.That(result.IsReachable, Is.EqualTo(expected.Length > 0));
            checkedPairs++;
        }

        Assert.That(checkedPairs, Is.GreaterThan(0));
    }

    [Test]
    public void Listing_is_lexicographic_and_truncation_keeps_the_count()
    {
        var g = TestGraphs.Load("karate");
        int s = g.IndexOf("16"), t = g.IndexOf("23");
        var all = PathFinding.AllShortestPaths(g, s, t, new AllShortestPathsOptions { MaxPaths = 1000 });
        Assert.That(all.Paths, Has.Count.EqualTo(18), "NetworkX lists 18");
        var sorted = all.Paths.OrderBy(p => p, Comparer<int[]>.Create((a, b) =>
        {
            for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
            {
                if (a[i] != b[i])
                {
                    return a[i].CompareTo(b[i]);
                }
            }

            return a.Length.CompareTo(b.Length);
        })).ToArray();
        Assert.That(all.Paths, Is.EqualTo(sorted));
        var two = PathFinding.AllShortestPaths(g, s, t, new AllShortestPathsOptions { MaxPaths = 2 });
        Assert.That(two.Paths, Is.EqualTo(all.Paths.Take(2)));
        Assert.That(two.TotalCount, Is.EqualTo(all.TotalCount));
        Assert.That(two.IsTruncated, Is.True);
    }

    [Test]
    public void Every_path_has_the_shortest_length()
    {
        var g = TestGraphs.Load("weighted");
        var costs = g.GetArcCosts().ToArray();
        for (var t = 1; t < g.VertexCount; t++)
        {
            var result = PathFinding.AllShortestPaths(g, 0, t);
            foreach (var path in result.Paths)
            {
                var length = 0.0;
                for (var i = 0; i + 1 < path.Length; i++)
                {
                    length += costs[g.ArcIndex(path[i], path[i + 1])];
                }

                Assert.That(length, Is.EqualTo(result.Length).Within(1e-9));
                Assert.That(path.Distinct().Count(), Is.EqualTo(path.Length), "simple path");
            }
        }
    }

    [Test]
    public void Source_equal_to_target_is_one_path_of_length_zero()
    {
        var g = TestGraphs.Load("kite");
        var result = PathFinding.AllShortestPaths(g, 3, 3);
        Assert.That(result.Paths, Has.Count.EqualTo(1));
        Assert.That(result.Paths[0], Is.EqualTo(new[] { 3 }));
        Assert.That(result.Length, Is.Zero);
    }

    [Test]
    public void Unreachable_target_gives_no_path()
    {
        var g = TestGraphs.Load("disconnected");
        var result = PathFinding.AllShortestPaths(g, g.IndexOf("0"), g.IndexOf("13"));
        Assert.That(result.Paths, Is.Empty);
        Assert.That(result.TotalCount, Is.Zero);
        Assert.That(result.IsReachable, Is.False);
    }

    [Test]
    public void Direction_both_follows_arcs_backwards()
    {
        var b = new CsrGraphBuilder { Directed = true };
        b.AddEdge("a", "b");
        b.AddEdge("c", "b");
        var g = b.Build();
        Assert.That(PathFinding.AllShortestPaths(g, g.IndexOf("a"), g.IndexOf("c")).IsReachable, Is.False);
        var both = PathFinding.AllShortestPaths(g, g.IndexOf("a"), g.IndexOf("c"), new AllShortestPathsOptions { Direction = TraversalDirection.Both });
        Assert.That(both.Paths.Single().Select(g.IdOf), Is.EqualTo(new[] { "a", "b", "c" }));
        var reverse = PathFinding.AllShortestPaths(g, g.IndexOf("b"), g.IndexOf("a"), new AllShortestPathsOptions { Direction = TraversalDirection.In });
        Assert.That(reverse.Paths.Single().Select(g.IdOf), Is.EqualTo(new[] { "b", "a" }));
    }

    [Test]
    public void Bad_options_are_refused()
    {
        var g = TestGraphs.Load("kite");
        Assert.Throws<ArgumentException>(() => PathFinding.AllShortestPaths(g, 0, 1, new AllShortestPathsOptions { MaxPaths = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => PathFinding.AllShortestPaths(g, 0, 100));
    }
}
