using Stakeholders.Network.Algorithms.Brokerage;
using Stakeholders.Network.Analysis;
using Stakeholders.Network.Graphs;

namespace Stakeholders.Network.Tests.Graphs;

public class DegreePreservingRewiringTests
{
    [TestCase("karate")]
    [TestCase("florentine")]
    [TestCase("kite")]
    public void Rewiring_keeps_every_degree_and_a_simple_graph(string name)
    {
        var g = TestGraphs.Load(name, directed: false, weighted: false);

        var r = DegreePreservingRewiring.Rewire(g, new RewiringOptions { Seed = 7 }, out var swaps);

        Assert.That(r.VertexIds, Is.EqualTo(g.VertexIds));
        Assert.That(Enumerable.Range(0, r.VertexCount).Select(r.Degree), Is.EqualTo(Enumerable.Range(0, g.VertexCount).Select(g.Degree)));
        Assert.That(r.EdgeCount, Is.EqualTo(g.EdgeCount));
        Assert.That(r.SelfLoopCount, Is.Zero);
        Assert.That(swaps, Is.GreaterThan(0));
        Assert.That(EdgeSet(r), Is.Not.EquivalentTo(EdgeSet(g)), "the ties were scrambled");
    }

    [Test]
    public void Directed_rewiring_keeps_in_and_out_degrees()
    {
        var g = TestGraphs.Load("directed", directed: true, weighted: false);

        var r = DegreePreservingRewiring.Rewire(g, new RewiringOptions { Seed = 3 });

        Assert.That(r.IsDirected, Is.True);
        Assert.That(Enumerable.Range(0, r.VertexCount).Select(r.OutDegree), Is.EqualTo(Enumerable.Range(0, g.VertexCount).Select(g.OutDegree)));
        Assert.That(Enumerable.Range(0, r.VertexCount).Select(r.InDegree), Is.EqualTo(Enumerable.Range(0, g.VertexCount).Select(g.InDegree)));
    }

    [Test]
    public void Same_seed_same_graph_and_another_seed_another_graph()
    {
        var g = TestGraphs.Load("karate", directed: false, weighted: false);

        var first = EdgeSet(DegreePreservingRewiring.Rewire(g, new RewiringOptions { Seed = 5 }));
        var again = EdgeSet(DegreePreservingRewiring.Rewire(g, new RewiringOptions { Seed = 5 }));
        var other = EdgeSet(DegreePreservingRewiring.Rewire(g, new RewiringOptions { Seed = 6 }));

        Assert.That(again, Is.EquivalentTo(first));
        Assert.That(other, Is.Not.EquivalentTo(first));
    }

    [Test]
    public void A_complete_graph_admits_no_swap_and_comes_back_unchanged()
    {
        var b = new CsrGraphBuilder(5);
        for (var i = 0; i < 5; i++)
        {
            for (var j = i + 1; j < 5; j++)
            {
                b.AddEdge(i, j);
            }
        }

        var g = b.Build();
        var r = DegreePreservingRewiring.Rewire(g, new RewiringOptions { SwapsPerEdge = 1, TriesPerSwap = 5 }, out var swaps);

        Assert.That(swaps, Is.Zero);
        Assert.That(EdgeSet(r), Is.EquivalentTo(EdgeSet(g)));
    }

    [Test]
    public void Bad_options_are_refused()
    {
        var g = TestGraphs.Load("kite", directed: false, weighted: false);
        Assert.Throws<ArgumentException>(() => DegreePreservingRewiring.Rewire(g, new RewiringOptions { SwapsPerEdge = -1 }));
        Assert.Throws<ArgumentException>(() => DegreePreservingRewiring.Rewire(g, new RewiringOptions { TriesPerSwap = 0 }));
    }

    [Test]
    public void Two_planted_cliques_are_clusters_far_stronger_than_chance()
    {
        var b = new CsrGraphBuilder(16);
        for (var c = 0; c < 2; c++)
        {
            for (var i = 0; i < 8; i++)
            {
                for (var j = i + 1; j < 8; j++)
                {
                    if ((i + j) % 3 != 0)
                    {
                        b.AddEdge((c * 8) + i, (c * 8) + j);
                    }
                }
            }
        }

        b.AddEdge(0, 8);
        var result = PartitionSignificance.Compute(b.Build(), new PartitionSignificanceOptions { Rewirings = 30, Seed = 1 });

        Assert.That(result.NullModularities, Has.Count.EqualTo(30));
        Assert.That(result.ShareBeaten, Is.EqualTo(1.0));
        Assert.That(result.Z, Is.GreaterThan(3));
        Assert.That(result.Observed, Is.GreaterThan(result.NullMean));
    }

    [Test]
    public void A_random_graph_is_not_clustered_beyond_chance_and_the_result_is_reproducible()
    {
        var random = new Random(11);
        var b = new CsrGraphBuilder(60);
        for (var i = 0; i < 60; i++)
        {
            for (var j = i + 1; j < 60; j++)
            {
                if (random.NextDouble() < 0.1)
                {
                    b.AddEdge(i, j);
                }
            }
        }

        var g = b.Build();
        var options = new PartitionSignificanceOptions { Rewirings = 30, Seed = 2 };
        var result = PartitionSignificance.Compute(g, options);

        Assert.That(result.Z, Is.LessThan(2.5), $"observed {result.Observed}, null {result.NullMean} ± {result.NullStandardDeviation}");
        Assert.That(PartitionSignificance.Compute(g, options).NullModularities, Is.EqualTo(result.NullModularities));
    }

    private static HashSet<(int, int)> EdgeSet(CsrGraph g) => g.Edges().Select(e => (e.Source, e.Target)).ToHashSet();
}

public class BrokerRankingTests
{
    [TestCase("karate")]
    [TestCase("florentine")]
    [TestCase("kite")]
    public void Pairs_are_the_open_two_paths_that_Gould_Fernandez_counts_twice_on_an_undirected_graph(string name)
    {
        var g = TestGraphs.Load(name, directed: false, weighted: false);
        var roles = BrokerageMeasures.GouldFernandez(g, new int[g.VertexCount]);

        for (var v = 0; v < g.VertexCount; v++)
        {
            var pairs = BrokerRanking.Pairs(g, v);
            Assert.That(2.0 * pairs.Count, Is.EqualTo(roles.Raw[BrokerageRole.Total, v]), $"vertex {g.IdOf(v)}");
            foreach (var p in pairs)
            {
                Assert.That(g.HasEdge(p.First, p.Second), Is.False);
                Assert.That(p.First, Is.LessThan(p.Second));
                var common = Enumerable.Range(0, g.VertexCount).Count(w => g.HasEdge(p.First, w) && g.HasEdge(w, p.Second));
                Assert.That(p.OtherBrokers, Is.EqualTo(common - 1));
            }
        }
    }

    [Test]
    public void A_star_centre_is_the_only_link_of_every_pair_of_its_leaves()
    {
        var b = new CsrGraphBuilder(5);
        for (var leaf = 1; leaf < 5; leaf++)
        {
            b.AddEdge(0, leaf);
        }

        var pairs = BrokerRanking.Pairs(b.Build(), 0);

        Assert.That(pairs, Has.Count.EqualTo(6));
        Assert.That(pairs.Select(p => p.OtherBrokers), Is.All.Zero);
    }

    [Test]
    public void Order_is_by_brokerage_then_lower_constraint_then_id()
    {
        var g = TestGraphs.Load("florentine", directed: false, weighted: false);
        var roles = BrokerageMeasures.GouldFernandez(g, new int[g.VertexCount]);
        var constraint = BrokerageMeasures.Constraint(g);

        var order = BrokerRanking.Order(g, roles, constraint);

        Assert.That(order, Is.Unique.And.Length.EqualTo(g.VertexCount));
        var total = roles.Raw[BrokerageRole.Total];
        for (var i = 1; i < order.Length; i++)
        {
            int a = order[i - 1], b = order[i];
            Assert.That(total[a], Is.GreaterThanOrEqualTo(total[b]));
            if (total[a] == total[b])
            {
                var ca = double.IsFinite(constraint[a]) ? constraint[a] : double.PositiveInfinity;
                var cb = double.IsFinite(constraint[b]) ? constraint[b] : double.PositiveInfinity;
                Assert.That(ca, Is.LessThanOrEqualTo(cb));
                if (ca.Equals(cb))
                {
                    Assert.That(string.CompareOrdinal(g.IdOf(a), g.IdOf(b)), Is.LessThan(0));
                }
            }
        }

        Assert.That(g.IdOf(order[0]), Is.EqualTo("Medici"));
    }
}
