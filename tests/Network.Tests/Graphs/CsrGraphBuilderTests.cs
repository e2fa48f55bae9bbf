using Stakeholders.Network.Graphs;

namespace Stakeholders.Network.Tests.Graphs;

public class CsrGraphBuilderTests
{
    [Test]
    public void Undirected_graph_stores_each_edge_both_ways_with_sorted_rows()
    {
        var g = new CsrGraphBuilder(4) { Weighted = true }
            .AddEdge(2, 0, 1.5).AddEdge(0, 1, 2).AddEdge(3, 0).AddEdge(1, 0, 0.5).AddEdge(3, 3, 4)
            .Build();
        Assert.Multiple(() =>
        {
            Assert.That(g.EdgeCount, Is.EqualTo(4));
            Assert.That(g.OutNeighbors(0).ToArray(), Is.EqualTo(new[] { 1, 2, 3 }));
            Assert.That(g.OutWeights(0).ToArray(), Is.EqualTo(new[] { 2.5, 1.5, 1.0 }), "parallel edges are summed");
            Assert.That(g.OutNeighbors(3).ToArray(), Is.EqualTo(new[] { 0, 3 }));
            Assert.That(g.Degree(3), Is.EqualTo(3), "a self-loop counts twice, as in NetworkX");
            Assert.That(g.SelfLoopCount, Is.EqualTo(1));
            Assert.That(g.TotalWeight(), Is.EqualTo(2.5 + 1.5 + 1 + 4));
            Assert.That(g.EdgeWeight(1, 0), Is.EqualTo(2.5));
            Assert.That(g.HasEdge(1, 2), Is.False);
        });
    }

    [Test]
    public void Directed_graph_has_reverse_adjacency()
    {
        var g = new CsrGraphBuilder(["a", "b", "c"]) { Directed = true, Weighted = true, ParallelEdges = ParallelEdgePolicy.Max }
            .AddEdge("a", "b", 1).AddEdge("c", "b", 3).AddEdge("a", "b", 5).AddEdge("b", "a", 2)
            .Build();
        Assert.Multiple(() =>
        {
            Assert.That(g.EdgeCount, Is.EqualTo(3));
            Assert.That(g.InNeighbors(g.IndexOf("b")).ToArray(), Is.EqualTo(new[] { 0, 2 }));
            Assert.That(g.InArcWeights(1).ToArray(), Is.EqualTo(new[] { 5.0, 3.0 }));
            Assert.That(g.OutDegree(0), Is.EqualTo(1));
            Assert.That(g.Degree(1), Is.EqualTo(3));
            Assert.That(g.EdgeWeight(0, 1), Is.EqualTo(5.0));
        });
    }

    [Test]
    public void Strength_weights_become_inverse_costs_and_distances_stay()
    {
        var strength = new CsrGraphBuilder(2) { Weighted = true }.AddEdge(0, 1, 4).Build();
        var distance = new CsrGraphBuilder(2) { Weighted = true, WeightMeaning = WeightMeaning.Distance }.AddEdge(0, 1, 4).Build();
        Assert.That(strength.GetArcCosts().ToArray(), Is.EqualTo(new[] { 0.25, 0.25 }));
        Assert.That(distance.GetArcCosts().ToArray(), Is.EqualTo(new[] { 4.0, 4.0 }));
    }

    [Test]
    public void Bad_edges_are_refused()
    {
        var builder = new CsrGraphBuilder(2);
        Assert.Throws<ArgumentOutOfRangeException>(() => builder.AddEdge(0, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => builder.AddEdge(0, 1, double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => builder.AddEdge(0, 1, -1));
        Assert.Throws<ArgumentException>(() => _ = new CsrGraphBuilder(["x", "x"]));
    }
}
