using QuikGraph;
using QuikGraph.Algorithms.Search;
using QuikGraph.Algorithms.ShortestPath;
using Stakeholders.Network.Graphs;

namespace Stakeholders.Network.Tests.Graphs;

using Stakeholders.Network.Algorithms.Paths;

/// <summary>Round trips between <see cref="CsrGraph"/> and QuikGraph, and QuikGraph's own BFS/Dijkstra as a second oracle.</summary>
public class QuikGraphConversionTests
{
    private static readonly string[] AllGraphs = ["karate", "florentine", "kite", "directed", "weighted", "directed_weighted", "disconnected"];

    [TestCaseSource(nameof(AllGraphs))]
    public void Round_trip_through_adjacency_and_bidirectional_graphs_is_exact(string name)
    {
        var g = TestGraphs.Load(name);
        var adjacency = QuikGraphConversion.ToAdjacencyGraph(g);
        var bidirectional = QuikGraphConversion.ToBidirectionalGraph(g);
        Assert.That(adjacency.VertexCount, Is.EqualTo(g.VertexCount));
        Assert.That(adjacency.EdgeCount, Is.EqualTo(g.EdgeCount));
        Assert.That(bidirectional.EdgeCount, Is.EqualTo(g.EdgeCount));
        AssertSame(g, QuikGraphConversion.FromQuikGraph(adjacency, g.IsWeighted, g.WeightMeaning, g.IsDirected));
        AssertSame(g, QuikGraphConversion.FromQuikGraph(bidirectional, g.IsWeighted, g.WeightMeaning, g.IsDirected));
    }

    [TestCaseSource(nameof(AllGraphs))]
    public void Round_trip_through_an_undirected_graph_is_exact(string name)
    {
        var g = TestGraphs.Load(name);
        if (g.IsDirected)
        {
            Assert.That(() => QuikGraphConversion.ToUndirectedGraph(g), Throws.ArgumentException.With.Message.Contains("ToUndirected"));
            g = g.ToUndirected();
        }

        var undirected = QuikGraphConversion.ToUndirectedGraph(g);
        Assert.That(undirected.EdgeCount, Is.EqualTo(g.EdgeCount));
        var back = QuikGraphConversion.FromQuikGraph(undirected, g.IsWeighted, g.WeightMeaning);
        Assert.That(back.IsDirected, Is.False, "direction follows the QuikGraph graph");
        AssertSame(g, back);
    }

    [Test]
    public void Self_loops_isolated_vertices_and_weights_survive()
    {
        var g = new CsrGraphBuilder(["a", "b", "c", "lonely"]) { Weighted = true }
            .AddEdge("a", "a", 2.5).AddEdge("a", "b", 0.25).AddEdge("c", "b", 4).Build();
        var undirected = QuikGraphConversion.ToUndirectedGraph(g);
        Assert.That(undirected.Vertices, Is.EqualTo(new[] { "a", "b", "c", "lonely" }));
        Assert.That(undirected.Edges.Single(e => e.Source == e.Target).Tag, Is.EqualTo(2.5));
        AssertSame(g, QuikGraphConversion.FromQuikGraph(undirected));
    }

    [Test]
    public void Parallel_quikgraph_edges_merge_by_the_chosen_policy()
    {
        var q = new BidirectionalGraph<string, TaggedEdge<string, double>>(allowParallelEdges: true);
        q.AddVerticesAndEdge(new TaggedEdge<string, double>("x", "y", 1));
        q.AddVerticesAndEdge(new TaggedEdge<string, double>("x", "y", 3));
        q.AddVerticesAndEdge(new TaggedEdge<string, double>("y", "x", 5));
        var summed = QuikGraphConversion.FromQuikGraph(q);
        var last = QuikGraphConversion.FromQuikGraph(q, parallelEdges: ParallelEdgePolicy.Last);
        var asUndirected = QuikGraphConversion.FromQuikGraph(q, directed: false);
        var unweighted = QuikGraphConversion.FromQuikGraph(q, weighted: false);
        Assert.Multiple(() =>
        {
            Assert.That(summed.IsDirected, Is.True);
            Assert.That(summed.EdgeWeight(0, 1), Is.EqualTo(4.0));
            Assert.That(summed.EdgeWeight(1, 0), Is.EqualTo(5.0));
            Assert.That(last.EdgeWeight(0, 1), Is.EqualTo(3.0));
            Assert.That(asUndirected.EdgeCount, Is.EqualTo(1));
            Assert.That(asUndirected.EdgeWeight(1, 0), Is.EqualTo(9.0));
            Assert.That(unweighted.IsWeighted, Is.False);
            Assert.That(unweighted.EdgeWeight(0, 1), Is.EqualTo(1.0));
        });
    }

    [Test]
    public void Generic_edges_convert_with_a_weight_function()
    {
        var q = new AdjacencyGraph<string, Edge<string>>();
        q.AddVerticesAndEdge(new Edge<string>("p", "q"));
        q.AddVerticesAndEdge(new Edge<string>("q", "r"));
        var unweighted = QuikGraphConversion.FromQuikGraph(q, weight: null);
        var weighted = QuikGraphConversion.FromQuikGraph(q, e => e.Source.Length + 1.0, WeightMeaning.Distance);
        Assert.That(unweighted.VertexIds, Is.EqualTo(new[] { "p", "q", "r" }));
        Assert.That(unweighted.IsWeighted, Is.False);
        Assert.That(weighted.EdgeWeight(1, 2), Is.EqualTo(2.0));
        Assert.That(weighted.WeightMeaning, Is.EqualTo(WeightMeaning.Distance));
        Assert.That(() => QuikGraphConversion.FromQuikGraph(q, _ => -1.0), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [TestCaseSource(nameof(AllGraphs))]
    public void Quikgraph_bfs_on_the_converted_graph_agrees_with_ours(string name)
    {
        var g = TestGraphs.Load(name);
        var q = g.IsDirected ? QuikGraphConversion.ToAdjacencyGraph(g) : QuikGraphConversion.ToAdjacencyGraph(Symmetric(g));
        for (var s = 0; s < g.VertexCount; s++)
        {
            var hops = new Dictionary<string, int> { [g.IdOf(s)] = 0 };
            var bfs = new BreadthFirstSearchAlgorithm<string, TaggedEdge<string, double>>(q);
            bfs.TreeEdge += e => hops[e.Target] = hops[e.Source] + 1;
            bfs.Compute(g.IdOf(s));
            var ours = PathFinding.Bfs(g, s);
            for (var v = 0; v < g.VertexCount; v++)
            {
                Assert.That(ours.Distances[v], Is.EqualTo(hops.TryGetValue(g.IdOf(v), out var d) ? d : -1));
            }
        }
    }

    [TestCaseSource(nameof(AllGraphs))]
    public void Quikgraph_dijkstra_on_the_converted_graph_agrees_with_ours(string name)
    {
        var g = TestGraphs.Load(name);
        var q = g.IsDirected ? QuikGraphConversion.ToAdjacencyGraph(g) : QuikGraphConversion.ToAdjacencyGraph(Symmetric(g));
        for (var s = 0; s < g.VertexCount; s++)
        {
            var dijkstra = new DijkstraShortestPathAlgorithm<string, TaggedEdge<string, double>>(q, e => e.Tag);
            dijkstra.Compute(g.IdOf(s));
            var ours = PathFinding.ShortestPaths(g, s);
            for (var v = 0; v < g.VertexCount; v++)
            {
                // QuikGraph marks unreached vertices with double.MaxValue.
                var expected = dijkstra.TryGetDistance(g.IdOf(v), out var d) && d < double.MaxValue ? d : double.PositiveInfinity;
                Assert.That(ours.Distances[v], Is.EqualTo(expected).Within(1e-9), $"{g.IdOf(s)} -> {g.IdOf(v)}");
            }
        }
    }

    /// <summary>The undirected graph as a directed one with both arcs of every edge, for QuikGraph's directed algorithms.</summary>
    private static CsrGraph Symmetric(CsrGraph g)
    {
        var builder = new CsrGraphBuilder(g.VertexIds) { Directed = true, Weighted = g.IsWeighted, WeightMeaning = g.WeightMeaning };
        foreach (var (u, v, w) in g.Edges())
        {
            builder.AddEdge(u, v, w);
            if (u != v)
            {
                builder.AddEdge(v, u, w);
            }
        }

        return builder.Build();
    }

    private static void AssertSame(CsrGraph expected, CsrGraph actual)
    {
        Assert.Multiple(() =>
        {
            Assert.That(actual.VertexIds, Is.EqualTo(expected.VertexIds));
            Assert.That(actual.IsDirected, Is.EqualTo(expected.IsDirected));
            Assert.That(actual.IsWeighted, Is.EqualTo(expected.IsWeighted));
            Assert.That(actual.WeightMeaning, Is.EqualTo(expected.WeightMeaning));
            Assert.That(actual.Offsets.ToArray(), Is.EqualTo(expected.Offsets.ToArray()));
            Assert.That(actual.Targets.ToArray(), Is.EqualTo(expected.Targets.ToArray()));
            Assert.That(actual.Weights.ToArray(), Is.EqualTo(expected.Weights.ToArray()));
            Assert.That(actual.InSources.ToArray(), Is.EqualTo(expected.InSources.ToArray()));
            Assert.That(actual.SelfLoopVertices.ToArray(), Is.EqualTo(expected.SelfLoopVertices.ToArray()));
        });
    }
}
