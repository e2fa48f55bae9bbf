using Stakeholders.Network.Graphs;

namespace Stakeholders.Network.Tests.Paths;

using Stakeholders.Network.Algorithms.Paths;

/// <summary>Properties every traversal result must have, checked on the classic graphs and on large generated ones.</summary>
public class TraversalInvariantTests
{
    private static readonly string[] AllGraphs = ["karate", "florentine", "kite", "directed", "weighted", "directed_weighted", "disconnected"];

    [TestCaseSource(nameof(AllGraphs))]
    public void Bfs_parents_and_paths_follow_arcs_one_hop_closer(string name)
    {
        var g = TestGraphs.Load(name);
        for (var s = 0; s < g.VertexCount; s++)
        {
            var r = PathFinding.Bfs(g, s);
            Assert.That(r.Order[0], Is.EqualTo(s));
            Assert.That(r.Parents[s], Is.EqualTo(-1));
            for (var i = 1; i < r.Order.Length; i++)
            {
                Assert.That(r.Distances[r.Order[i]], Is.GreaterThanOrEqualTo(r.Distances[r.Order[i - 1]]), "discovery order is by distance");
            }

            for (var v = 0; v < g.VertexCount; v++)
            {
                var path = r.PathTo(v);
                if (!r.IsReached(v))
                {
                    Assert.That(path, Is.Empty);
                    continue;
                }

                Assert.That(path, Has.Length.EqualTo(r.Distances[v] + 1));
                Assert.That(path[0], Is.EqualTo(s));
                Assert.That(path[^1], Is.EqualTo(v));
                for (var k = 1; k < path.Length; k++)
                {
                    Assert.That(g.HasEdge(path[k - 1], path[k]), Is.True, $"{path[k - 1]}->{path[k]} is an arc");
                }
            }
        }
    }

    [TestCaseSource(nameof(AllGraphs))]
    public void Dijkstra_distances_are_path_costs_and_satisfy_every_arc(string name)
    {
        var g = TestGraphs.Load(name);
        var costs = g.GetArcCosts();
        for (var s = 0; s < g.VertexCount; s++)
        {
            var r = PathFinding.ShortestPaths(g, s, new ShortestPathOptions { UseWeights = true });
            for (var u = 0; u < g.VertexCount; u++)
            {
                if (!r.IsReached(u))
                {
                    continue;
                }

                for (var i = g.Offsets[u]; i < g.Offsets[u + 1]; i++)
                {
                    Assert.That(r.Distances[g.Targets[i]], Is.LessThanOrEqualTo(r.Distances[u] + costs[i] + 1e-12), "no arc shortens a distance");
                }

                var path = r.PathTo(u);
                double length = 0;
                for (var k = 1; k < path.Length; k++)
                {
                    length += costs[g.ArcIndex(path[k - 1], path[k])];
                }

                Assert.That(length, Is.EqualTo(r.Distances[u]).Within(1e-9), "the reconstructed path has the reported length");
            }

            for (var i = 1; i < r.Order.Length; i++)
            {
                Assert.That(r.Distances[r.Order[i]], Is.GreaterThanOrEqualTo(r.Distances[r.Order[i - 1]]), "settled in distance order");
            }
        }
    }

    [Test]
    public void Dijkstra_on_an_unweighted_graph_counts_hops()
    {
        var g = TestGraphs.Load("karate");
        for (var s = 0; s < g.VertexCount; s++)
        {
            var hops = PathFinding.Bfs(g, s);
            var dijkstra = PathFinding.ShortestPaths(g, s, new ShortestPathOptions { UseWeights = true });
            Assert.That(dijkstra.UsedWeights, Is.True);
            Assert.That(dijkstra.Distances, Is.EqualTo(hops.Distances.Select(d => (double)d).ToArray()));
        }
    }

    [Test]
    public void Strength_weights_are_read_as_inverse_costs()
    {
        var strength = TestGraphs.Load("weighted", meaning: WeightMeaning.Strength);
        var builder = new CsrGraphBuilder(strength.VertexIds) { Weighted = true, WeightMeaning = WeightMeaning.Distance };
        foreach (var (u, v, w) in strength.Edges())
        {
            builder.AddEdge(u, v, 1.0 / w);
        }

        var inverted = builder.Build();
        for (var s = 0; s < strength.VertexCount; s++)
        {
            var a = PathFinding.ShortestPaths(strength, s).Distances;
            var b = PathFinding.ShortestPaths(inverted, s).Distances;
            Assert.That(a, Is.EqualTo(b).Within(1e-12));
        }
    }

    [Test]
    public void Zero_strength_arcs_are_never_traversed()
    {
        var g = new CsrGraphBuilder(3) { Weighted = true }.AddEdge(0, 1, 0).AddEdge(1, 2, 2).Build();
        var r = PathFinding.ShortestPaths(g, 0);
        Assert.Multiple(() =>
        {
            Assert.That(r.Distances, Is.EqualTo(new[] { 0, double.PositiveInfinity, double.PositiveInfinity }));
            Assert.That(r.PathTo(2), Is.Empty);
            Assert.That(PathFinding.Bfs(g, 0).Distances, Is.EqualTo(new[] { 0, 1, 2 }), "BFS ignores weights");
        });
    }

    [Test]
    public void Relabelling_vertices_relabels_distances_and_components()
    {
        var g = TestGraphs.Load("directed_weighted");
        var permutation = Enumerable.Range(0, g.VertexCount).Reverse().ToArray();
        var builder = new CsrGraphBuilder(permutation.Select(g.IdOf).ToArray()) { Directed = true, Weighted = true, WeightMeaning = g.WeightMeaning };
        foreach (var (u, v, w) in g.Edges())
        {
            builder.AddEdge(g.IdOf(u), g.IdOf(v), w);
        }

        var h = builder.Build();
        var strongG = PathFinding.StronglyConnectedComponents(g);
        var strongH = PathFinding.StronglyConnectedComponents(h);
        Assert.That(strongH.Sizes.Order(), Is.EqualTo(strongG.Sizes.Order()));
        for (var s = 0; s < g.VertexCount; s++)
        {
            var dg = PathFinding.ShortestPaths(g, s);
            var dh = PathFinding.ShortestPaths(h, h.IndexOf(g.IdOf(s)));
            for (var v = 0; v < g.VertexCount; v++)
            {
                var hv = h.IndexOf(g.IdOf(v));
                Assert.That(dh.Distances[hv], Is.EqualTo(dg.Distances[v]).Within(1e-12));
                Assert.That(strongH.Membership[hv] == strongH.Membership[h.IndexOf(g.IdOf(s))], Is.EqualTo(strongG.Membership[v] == strongG.Membership[s]));
            }
        }
    }

    [Test]
    public void Strong_components_are_mutual_reachability_classes()
    {
        var g = TestGraphs.Load("directed");
        var strong = PathFinding.StronglyConnectedComponents(g);
        var reach = Enumerable.Range(0, g.VertexCount).Select(s => PathFinding.Bfs(g, s)).ToArray();
        for (var u = 0; u < g.VertexCount; u++)
        {
            for (var v = 0; v < g.VertexCount; v++)
            {
                var mutual = reach[u].IsReached(v) && reach[v].IsReached(u);
                Assert.That(strong.Membership[u] == strong.Membership[v], Is.EqualTo(mutual), $"{u} ~ {v}");
            }
        }
    }

    [TestCaseSource(nameof(AllGraphs))]
    public void Components_are_numbered_by_smallest_vertex(string name)
    {
        var g = TestGraphs.Load(name);
        var results = new List<ComponentsResult> { PathFinding.WeaklyConnectedComponents(g), PathFinding.StronglyConnectedComponents(g) };
        if (!g.IsDirected)
        {
            results.Add(PathFinding.ConnectedComponents(g));
        }

        foreach (var r in results)
        {
            var members = r.Members();
            Assert.That(members.Select(c => c[0]), Is.Ordered.Ascending);
            Assert.That(members.Select(c => c.Length), Is.EqualTo(r.Sizes));
            Assert.That(r.Membership[0], Is.EqualTo(0));
            Assert.That(r.Sizes[r.Largest], Is.EqualTo(r.Sizes.Max()));
        }
    }

    [Test]
    public void A_million_vertex_directed_path_and_cycle_do_not_overflow_the_stack()
    {
        const int n = 1_000_000;
        var path = new CsrGraphBuilder(n) { Directed = true };
        var cycle = new CsrGraphBuilder(n) { Directed = true };
        for (var v = 0; v + 1 < n; v++)
        {
            path.AddEdge(v, v + 1);
            cycle.AddEdge(v, v + 1);
        }

        cycle.AddEdge(n - 1, 0);
        var pathGraph = path.Build();
        var cycleGraph = cycle.Build();
        var pathStrong = PathFinding.StronglyConnectedComponents(pathGraph);
        var cycleStrong = PathFinding.StronglyConnectedComponents(cycleGraph);
        Assert.Multiple(() =>
        {
            Assert.That(pathStrong.Count, Is.EqualTo(n));
            Assert.That(pathStrong.Membership[n - 1], Is.EqualTo(n - 1), "numbered by smallest vertex, not by discovery");
            Assert.That(cycleStrong.Count, Is.EqualTo(1));
            Assert.That(PathFinding.WeaklyConnectedComponents(pathGraph).Count, Is.EqualTo(1));
            Assert.That(PathFinding.Bfs(pathGraph, 0).Distances[n - 1], Is.EqualTo(n - 1));
            Assert.That(PathFinding.Bfs(pathGraph, n - 1, new BfsOptions { Direction = TraversalDirection.In }).Distances[0], Is.EqualTo(n - 1));
            Assert.That(PathFinding.ShortestPaths(cycleGraph, 1, new ShortestPathOptions { UseWeights = true }).Distances[0], Is.EqualTo(n - 1));
        });
    }

    [Test]
    public void Empty_and_single_vertex_graphs()
    {
        var empty = new CsrGraphBuilder(0).Build();
        var single = new CsrGraphBuilder(1) { Directed = true }.Build();
        Assert.Multiple(() =>
        {
            Assert.That(PathFinding.ConnectedComponents(empty).Count, Is.Zero);
            Assert.That(PathFinding.StronglyConnectedComponents(empty).Largest, Is.EqualTo(-1));
            Assert.That(PathFinding.StronglyConnectedComponents(single).Sizes, Is.EqualTo(new[] { 1 }));
            Assert.That(PathFinding.Bfs(single, 0).PathTo(0), Is.EqualTo(new[] { 0 }));
        });
    }

    [Test]
    public void Bad_arguments_are_refused_with_clear_errors()
    {
        var undirected = TestGraphs.Load("karate");
        var directed = TestGraphs.Load("directed");
        Assert.Multiple(() =>
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => PathFinding.Bfs(undirected, 34));
            Assert.Throws<ArgumentOutOfRangeException>(() => PathFinding.ShortestPaths(undirected, -1));
            Assert.Throws<ArgumentException>(() => PathFinding.Bfs(undirected, 0, new BfsOptions { MaxDepth = -1 }));
            Assert.Throws<ArgumentException>(() => PathFinding.Bfs(undirected, 0, new BfsOptions { Direction = (TraversalDirection)9 }));
            Assert.Throws<ArgumentException>(() => PathFinding.ShortestPaths(undirected, 0, new ShortestPathOptions { Cutoff = double.NaN }));
            Assert.Throws<ArgumentException>(() => PathFinding.ShortestPaths(undirected, 0, new ShortestPathOptions { Cutoff = -1 }));
            var e = Assert.Throws<ArgumentException>(() => PathFinding.ConnectedComponents(directed));
            Assert.That(e!.Message, Does.Contain("WeaklyConnected"));
            Assert.Throws<ArgumentException>(() => PathFinding.ReconstructPath([1, 0, -1], 2, 0), "a parent cycle is detected");
        });
    }

    [Test]
    public void A_cancelled_token_stops_the_search()
    {
        var g = TestGraphs.Load("karate");
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.Throws<OperationCanceledException>(() => PathFinding.Bfs(g, 0, null, cts.Token));
        Assert.Throws<OperationCanceledException>(() => PathFinding.ShortestPaths(g, 0, null, cts.Token));
        Assert.Throws<OperationCanceledException>(() => PathFinding.ConnectedComponents(g, cts.Token));
        Assert.Throws<OperationCanceledException>(() => PathFinding.StronglyConnectedComponents(TestGraphs.Load("directed"), cts.Token));
    }
}
