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

    /// <summary>
    /// The counting-sort build against a plain reference written from the documented rules (stable sort of the edges by
    /// their endpoints, the smaller first when undirected; each run of parallel edges merged in insertion order; both
    /// arcs of an undirected edge; rows ascending): random multigraphs full of parallel edges, self-loops and weights
    /// (including -0), every policy, both directions, through the builder and through the internal array entry point
    /// (with and without per-edge weights), compared bit for bit.
    /// </summary>
    [Test]
    public void Counting_sort_build_equals_a_reference_merge_bit_for_bit([Values(false, true)] bool directed, [Values] ParallelEdgePolicy policy)
    {
        var random = new Random(16);
        for (var round = 0; round < 40; round++)
        {
            var n = random.Next(1, 12);
            var m = random.Next(0, 60);
            var sources = new int[m];
            var targets = new int[m];
            var weights = new double[m];
            for (var e = 0; e < m; e++)
            {
                sources[e] = random.Next(n);
                targets[e] = random.Next(n);
                weights[e] = random.Next(6) switch { 0 => -0.0, 1 => 1.0, 2 => 0.1, 3 => 1e-17, _ => random.NextDouble() * 10 };
            }

            var ids = Enumerable.Range(0, n).Select(i => "v" + i).ToArray();
            var builder = new CsrGraphBuilder(ids) { Directed = directed, Weighted = true, ParallelEdges = policy };
            for (var e = 0; e < m; e++)
            {
                builder.AddEdge(sources[e], targets[e], weights[e]);
            }

            AssertMatchesReference(builder.Build(), n, sources, targets, weights, directed, policy);
            AssertMatchesReference(
                CsrGraphBuilder.Build(ids, sources, targets, weights, m, directed, weighted: true, WeightMeaning.Strength, policy, indexById: null),
                n, sources, targets, weights, directed, policy);
            var ones = Enumerable.Repeat(1.0, m).ToArray();
            AssertMatchesReference(
                CsrGraphBuilder.Build(ids, sources, targets, weights: null, m, directed, weighted: true, WeightMeaning.Strength, policy, indexById: null),
                n, sources, targets, ones, directed, policy);
            var unweighted = CsrGraphBuilder.Build(ids, sources, targets, weights, m, directed, weighted: false, WeightMeaning.Strength, policy, indexById: null);
            Assert.That(unweighted.Weights.ToArray(), Is.All.EqualTo(1.0));
            Assert.That(unweighted.IndexOf("v" + (n - 1)), Is.EqualTo(n - 1), "the id index is built on first use");
        }
    }

    private static void AssertMatchesReference(CsrGraph g, int n, int[] sources, int[] targets, double[] weights, bool directed, ParallelEdgePolicy policy)
    {
        var merged = Enumerable.Range(0, sources.Length)
            .Select(e => (U: directed ? sources[e] : Math.Min(sources[e], targets[e]), V: directed ? targets[e] : Math.Max(sources[e], targets[e]), W: weights[e], E: e))
            .OrderBy(t => t.U).ThenBy(t => t.V).ThenBy(t => t.E)
            .GroupBy(t => (t.U, t.V))
            .Select(run =>
            {
                var w = run.Select(t => t.W).ToArray();
                var sum = 0.0;
                foreach (var x in w)
                {
                    sum += x;
                }

                return (run.Key.U, run.Key.V, W: policy switch
                {
                    ParallelEdgePolicy.Sum => sum,
                    ParallelEdgePolicy.Max => w.Aggregate(double.NegativeInfinity, Math.Max),
                    ParallelEdgePolicy.Min => w.Aggregate(double.PositiveInfinity, Math.Min),
                    ParallelEdgePolicy.First => w[0],
                    _ => w[^1],
                });
            })
            .ToList();
        var arcs = merged.SelectMany(t => directed || t.U == t.V ? [(From: t.U, To: t.V, t.W)] : new[] { (From: t.U, To: t.V, t.W), (From: t.V, To: t.U, t.W) })
            .OrderBy(a => a.From).ThenBy(a => a.To).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(g.EdgeCount, Is.EqualTo(merged.Count));
            Assert.That(g.SelfLoopVertices.ToArray(), Is.EqualTo(merged.Where(t => t.U == t.V).Select(t => t.U).ToArray()));
            Assert.That(g.Offsets.ToArray(), Is.EqualTo(Enumerable.Range(0, n + 1).Select(v => arcs.Count(a => a.From < v)).ToArray()));
            Assert.That(g.Targets.ToArray(), Is.EqualTo(arcs.Select(a => a.To).ToArray()));
            Assert.That(g.Weights.ToArray().Select(BitConverter.DoubleToInt64Bits), Is.EqualTo(arcs.Select(a => BitConverter.DoubleToInt64Bits(a.W))));
            if (directed)
            {
                var inArcs = arcs.OrderBy(a => a.To).ThenBy(a => a.From).ToList();
                Assert.That(g.InOffsets.ToArray(), Is.EqualTo(Enumerable.Range(0, n + 1).Select(v => inArcs.Count(a => a.To < v)).ToArray()));
                Assert.That(g.InSources.ToArray(), Is.EqualTo(inArcs.Select(a => a.From).ToArray()));
                Assert.That(g.InWeights.ToArray().Select(BitConverter.DoubleToInt64Bits), Is.EqualTo(inArcs.Select(a => BitConverter.DoubleToInt64Bits(a.W))));
            }
        });
    }
}
