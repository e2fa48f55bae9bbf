using Stakeholders.Network.Graphs;

namespace Stakeholders.Network.Tests.Paths;

using Stakeholders.Network.Algorithms.Paths;

/// <summary>BFS, Dijkstra and components against NetworkX 2.8.8 on the classic graphs (fixture: TestData/paths).</summary>
public class TraversalOracleTests
{
    private static readonly string[] AllGraphs = ["karate", "florentine", "kite", "directed", "weighted", "directed_weighted", "disconnected"];
    private static readonly string[] DirectedGraphs = ["directed", "directed_weighted"];
    private static readonly string[] UndirectedGraphs = ["karate", "florentine", "kite", "weighted", "disconnected"];
    private static readonly string[] WeightedGraphs = ["weighted", "directed_weighted"];

    [TestCaseSource(nameof(AllGraphs))]
    public void Bfs_hop_distances_match_single_source_shortest_path_length(string name)
    {
        var g = TestGraphs.Load(name);
        AssertHops(g, PathFixtures.Distances(name, "hops"), new BfsOptions());
    }

    [TestCaseSource(nameof(AllGraphs))]
    public void Bfs_with_max_depth_matches_cutoff(string name)
    {
        var g = TestGraphs.Load(name);
        AssertHops(g, PathFixtures.Distances(name, "hops_cutoff2"), new BfsOptions { MaxDepth = 2 });
    }

    [TestCaseSource(nameof(DirectedGraphs))]
    public void Bfs_along_in_arcs_matches_the_reversed_graph(string name)
    {
        var g = TestGraphs.Load(name);
        AssertHops(g, PathFixtures.Distances(name, "hops_in"), new BfsOptions { Direction = TraversalDirection.In });
    }

    [TestCaseSource(nameof(DirectedGraphs))]
    public void Bfs_both_ways_matches_the_undirected_graph(string name)
    {
        var g = TestGraphs.Load(name);
        AssertHops(g, PathFixtures.Distances(name, "hops_both"), new BfsOptions { Direction = TraversalDirection.Both });
    }

    [TestCaseSource(nameof(AllGraphs))]
    public void Unweighted_shortest_paths_match_hop_distances(string name)
    {
        var g = TestGraphs.Load(name);
        AssertDistances(g, PathFixtures.Distances(name, "hops"), new ShortestPathOptions { UseWeights = false });
    }

    [TestCaseSource(nameof(WeightedGraphs))]
    public void Dijkstra_matches_single_source_dijkstra_path_length(string name)
    {
        var g = TestGraphs.Load(name);
        Assert.That(g.IsWeighted, Is.True);
        AssertDistances(g, PathFixtures.Distances(name, "dijkstra"), ShortestPathOptions.Default);
    }

    [TestCaseSource(nameof(WeightedGraphs))]
    public void Dijkstra_with_cutoff_matches_networkx_cutoff(string name)
    {
        var g = TestGraphs.Load(name);
        AssertDistances(g, PathFixtures.Distances(name, "dijkstra_cutoff3"), new ShortestPathOptions { Cutoff = 3.0 });
    }

    [Test]
    public void Dijkstra_along_in_arcs_matches_the_reversed_graph()
    {
        var g = TestGraphs.Load("directed_weighted");
        AssertDistances(g, PathFixtures.Distances("directed_weighted", "dijkstra_in"), new ShortestPathOptions { Direction = TraversalDirection.In });
    }

    [TestCaseSource(nameof(UndirectedGraphs))]
    public void Connected_components_match_networkx(string name)
    {
        var g = TestGraphs.Load(name);
        AssertPartition(g, PathFinding.ConnectedComponents(g), PathFixtures.Components(name, "connected"));
        AssertPartition(g, PathFinding.WeaklyConnectedComponents(g), PathFixtures.Components(name, "connected"));
        AssertPartition(g, PathFinding.StronglyConnectedComponents(g), PathFixtures.Components(name, "connected"));
    }

    [TestCaseSource(nameof(DirectedGraphs))]
    public void Strongly_connected_components_match_networkx(string name)
    {
        var g = TestGraphs.Load(name);
        AssertPartition(g, PathFinding.StronglyConnectedComponents(g), PathFixtures.Components(name, "strong"));
    }

    [TestCaseSource(nameof(DirectedGraphs))]
    public void Weakly_connected_components_match_networkx(string name)
    {
        var g = TestGraphs.Load(name);
        AssertPartition(g, PathFinding.WeaklyConnectedComponents(g), PathFixtures.Components(name, "weak"));
    }

    private static void AssertHops(CsrGraph g, Dictionary<string, Dictionary<string, double>> expected, BfsOptions options)
    {
        Assert.That(expected, Has.Count.EqualTo(g.VertexCount));
        foreach (var (sourceId, row) in expected)
        {
            var result = Algorithms.Paths.PathFinding.Bfs(g, g.IndexOf(sourceId), options);
            for (var v = 0; v < g.VertexCount; v++)
            {
                var want = row.TryGetValue(g.IdOf(v), out var d) ? (int)d : -1;
                Assert.That(result.Distances[v], Is.EqualTo(want), $"hops {sourceId} -> {g.IdOf(v)}");
            }

            Assert.That(result.ReachedCount, Is.EqualTo(row.Count));
        }
    }

    private static void AssertDistances(CsrGraph g, Dictionary<string, Dictionary<string, double>> expected, ShortestPathOptions options)
    {
        Assert.That(expected, Has.Count.EqualTo(g.VertexCount));
        foreach (var (sourceId, row) in expected)
        {
            var result = Algorithms.Paths.PathFinding.ShortestPaths(g, g.IndexOf(sourceId), options);
            for (var v = 0; v < g.VertexCount; v++)
            {
                var want = row.TryGetValue(g.IdOf(v), out var d) ? d : double.PositiveInfinity;
                Assert.That(result.Distances[v], Is.EqualTo(want).Within(1e-9), $"distance {sourceId} -> {g.IdOf(v)}");
            }

            Assert.That(result.ReachedCount, Is.EqualTo(row.Count));
        }
    }

    private static void AssertPartition(CsrGraph g, ComponentsResult result, List<List<string>> expected)
    {
        var actual = result.Members()
            .Select(c => c.Select(g.IdOf).Order(StringComparer.Ordinal).ToList())
            .OrderBy(c => c[0], StringComparer.Ordinal)
            .ToList();
        var want = expected.OrderBy(c => c[0], StringComparer.Ordinal).ToList();
        Assert.That(result.Count, Is.EqualTo(want.Count));
        Assert.That(actual, Is.EqualTo(want));
        Assert.That(result.Sizes.Sum(), Is.EqualTo(g.VertexCount));
    }
}
