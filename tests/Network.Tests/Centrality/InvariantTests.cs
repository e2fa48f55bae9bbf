using Stakeholders.Network.Algorithms.Centrality;
using Stakeholders.Network.Graphs;

namespace Stakeholders.Network.Tests.CentralityTests;

/// <summary>Properties every implementation must have, independent of any oracle.</summary>
[TestFixture]
public sealed class InvariantTests
{
    /// <summary>Each measure as a function from a graph to per-vertex scores (edge betweenness: per-arc, checked separately).</summary>
    private static readonly (string Name, Func<CsrGraph, int, double[]> Run)[] Measures =
    [
        ("degree", (g, _) => CentralityMeasures.Degree(g).Scores),
        ("degree-centrality", (g, _) => CentralityMeasures.DegreeCentrality(g).Scores),
        ("strength", (g, _) => CentralityMeasures.Strength(g).Scores),
        ("betweenness", (g, t) => CentralityMeasures.Betweenness(g, new BetweennessOptions { MaxDegreeOfParallelism = t }).Scores),
        ("betweenness-endpoints", (g, t) => CentralityMeasures.Betweenness(g, new BetweennessOptions { Endpoints = true, Normalized = false, MaxDegreeOfParallelism = t }).Scores),
        ("betweenness-sampled", (g, t) => CentralityMeasures.Betweenness(g, new BetweennessOptions { SampleSize = g.VertexCount / 3, Seed = 5, MaxDegreeOfParallelism = t }).Scores),
        ("closeness", (g, t) => CentralityMeasures.Closeness(g, new ClosenessOptions { MaxDegreeOfParallelism = t }).Scores),
        ("harmonic", (g, t) => CentralityMeasures.Harmonic(g, new HarmonicOptions { MaxDegreeOfParallelism = t }).Scores),
        ("eigenvector", (g, t) => CentralityMeasures.Eigenvector(g, new EigenvectorOptions { MaxDegreeOfParallelism = t, MaxIterations = 1000 }).Scores),
        ("pagerank", (g, t) => CentralityMeasures.PageRank(g, new PageRankOptions { MaxDegreeOfParallelism = t }).Scores),
        ("katz", (g, t) => CentralityMeasures.Katz(g, new KatzOptions { MaxDegreeOfParallelism = t, Alpha = 0.05 }).Scores),
        ("hubs", (g, t) => CentralityMeasures.Hits(g, new HitsOptions { MaxDegreeOfParallelism = t, MaxIterations = 1000 }).Hubs),
        ("authorities", (g, t) => CentralityMeasures.Hits(g, new HitsOptions { MaxDegreeOfParallelism = t, MaxIterations = 1000 }).Authorities),
    ];

    private static IEnumerable<TestCaseData> MeasureCases() => Measures.Select(m => new TestCaseData(m.Name).SetName($"{{m}}({m.Name})"));

    private static Func<CsrGraph, int, double[]> Measure(string name) => Measures.Single(m => m.Name == name).Run;

    [TestCaseSource(nameof(MeasureCases))]
    public void Relabelling_vertices_permutes_the_scores(string measure)
    {
        foreach (var name in new[] { "karate", "directed_weighted", "disconnected" })
        {
            var g = TestGraphs.Load(name);
            var shuffled = Relabelled(g, seed: 17);
            if (measure == "betweenness-sampled")
            {
                continue; // the sample is drawn by vertex number, so relabelling changes which vertices are drawn
            }

            var original = Measure(measure)(g, 1);
            var permuted = Measure(measure)(shuffled, 1);
            for (var v = 0; v < g.VertexCount; v++)
            {
                Assert.That(permuted[shuffled.IndexOf(g.IdOf(v))], Is.EqualTo(original[v]).Within(1e-12), $"{name}: vertex {g.IdOf(v)}");
            }
        }
    }

    [TestCaseSource(nameof(MeasureCases))]
    public void Parallel_and_single_threaded_runs_are_bit_identical(string measure)
    {
        // Large enough to span many source blocks (betweenness) and several vertex blocks (power iterations).
        var isPowerIteration = measure is "eigenvector" or "pagerank" or "katz" or "hubs" or "authorities";
        var g = RandomGraphs.ScaleFree(isPowerIteration ? 20_000 : 700, 3, seed: 11, directed: measure is "pagerank" or "hubs" or "authorities");
        var one = Measure(measure)(g, 1);
        var two = Measure(measure)(g, 2);
        var many = Measure(measure)(g, 7);
        ScoreAssert.Identical(two, one, measure + " with 2 threads");
        ScoreAssert.Identical(many, one, measure + " with 7 threads");
    }

    [Test]
    public void Parallel_edge_betweenness_is_bit_identical()
    {
        var g = RandomGraphs.ScaleFree(600, 3, seed: 4, directed: false);
        var one = CentralityMeasures.EdgeBetweenness(g, new EdgeBetweennessOptions { MaxDegreeOfParallelism = 1 }).ArcScores.ToArray();
        var many = CentralityMeasures.EdgeBetweenness(g, new EdgeBetweennessOptions { MaxDegreeOfParallelism = 5 }).ArcScores.ToArray();
        ScoreAssert.Identical(many, one, "edge betweenness");
    }

    [TestCaseSource(typeof(CentralityFixture), nameof(CentralityFixture.GraphNames))]
    public void PageRank_sums_to_one(string name)
    {
        var g = TestGraphs.Load(name);
        foreach (var options in new[] { PageRankOptions.Default, new PageRankOptions { IgnoreWeights = true }, new PageRankOptions { Damping = 0.3 } })
        {
            Assert.That(CentralityMeasures.PageRank(g, options).Scores.Sum(), Is.EqualTo(1.0).Within(1e-12));
        }
    }

    [TestCaseSource(typeof(CentralityFixture), nameof(CentralityFixture.GraphNames))]
    public void Weighted_betweenness_with_unit_weights_equals_unweighted(string name)
    {
        var plain = TestGraphs.Load(name, weighted: false);
        var unit = WithWeights(plain, _ => 1.0, WeightMeaning.Distance);
        Assert.That(unit.IsWeighted, Is.True);
        ScoreAssert.Close(CentralityMeasures.Betweenness(unit).Scores, CentralityMeasures.Betweenness(plain).Scores, 1e-12, "betweenness");
        ScoreAssert.Close(
            CentralityMeasures.EdgeBetweenness(unit).ArcScores.ToArray(), CentralityMeasures.EdgeBetweenness(plain).ArcScores.ToArray(), 1e-12, "edge betweenness");
        ScoreAssert.Close(CentralityMeasures.Closeness(unit).Scores, CentralityMeasures.Closeness(plain).Scores, 1e-12, "closeness");
        ScoreAssert.Close(CentralityMeasures.Harmonic(unit).Scores, CentralityMeasures.Harmonic(plain).Scores, 1e-12, "harmonic");
    }

    [Test]
    public void Strength_weights_are_read_as_inverse_costs_by_path_measures()
    {
        var distances = TestGraphs.Load("weighted");
        var strengths = WithWeights(distances, w => 1.0 / w, WeightMeaning.Strength);
        ScoreAssert.Close(CentralityMeasures.Betweenness(strengths).Scores, CentralityMeasures.Betweenness(distances).Scores, 1e-12, "betweenness");
        ScoreAssert.Close(CentralityMeasures.Closeness(strengths).Scores, CentralityMeasures.Closeness(distances).Scores, 1e-12, "closeness");

        // Strength measures read the stored weights, whatever they mean.
        var pr = CentralityMeasures.PageRank(WithWeights(distances, w => w, WeightMeaning.Strength)).Scores;
        ScoreAssert.Close(pr, CentralityMeasures.PageRank(distances).Scores, 0, "pagerank ignores the meaning");
    }

    [TestCaseSource(typeof(CentralityFixture), nameof(CentralityFixture.GraphNames))]
    public void Sampling_every_vertex_equals_the_exact_computation(string name)
    {
        var g = TestGraphs.Load(name);
        var n = g.VertexCount;
        foreach (var endpoints in new[] { false, true })
        {
            var exact = CentralityMeasures.Betweenness(g, new BetweennessOptions { Endpoints = endpoints }).Scores;
            var sampled = CentralityMeasures.Betweenness(g, new BetweennessOptions { Endpoints = endpoints, SampleSize = n, Seed = 3 }).Scores;
            ScoreAssert.Close(sampled, exact, 1e-12, "k = n");
        }

        var edgeExact = CentralityMeasures.EdgeBetweenness(g).Scores.ToArray();
        var edgeSampled = CentralityMeasures.EdgeBetweenness(g, new EdgeBetweennessOptions { SampleSize = n, Seed = 9 }).Scores.ToArray();
        ScoreAssert.Close(edgeSampled, edgeExact, 1e-12, "edge k = n");
    }

    [Test]
    public void Sampled_betweenness_is_reproducible_and_depends_on_the_seed()
    {
        var g = TestGraphs.Load("karate");
        var a = CentralityMeasures.Betweenness(g, new BetweennessOptions { SampleSize = 10, Seed = 1 }).Scores;
        var b = CentralityMeasures.Betweenness(g, new BetweennessOptions { SampleSize = 10, Seed = 1 }).Scores;
        var c = CentralityMeasures.Betweenness(g, new BetweennessOptions { SampleSize = 10, Seed = 2 }).Scores;
        ScoreAssert.Identical(b, a, "same seed");
        Assert.That(c, Is.Not.EqualTo(a), "another seed draws other sources");
    }

    [TestCaseSource(typeof(CentralityFixture), nameof(CentralityFixture.GraphNames))]
    public void Edge_betweenness_is_consistent_with_vertex_betweenness(string name)
    {
        // Brandes 2008: summing raw edge dependencies into each vertex counts every path through it from both sides,
        // plus the paths that start or end there: Σ_{e∋v} c(e) = 2·c_B(v) + (paths from v) + (paths to v) for raw sums.
        var g = TestGraphs.Load(name);
        var n = g.VertexCount;
        var edges = CentralityMeasures.EdgeBetweenness(g, new EdgeBetweennessOptions { Normalized = false });
        var raw = CentralityMeasures.Betweenness(g, new BetweennessOptions { Normalized = false, Endpoints = true }).Scores;
        var inner = CentralityMeasures.Betweenness(g, new BetweennessOptions { Normalized = false }).Scores;
        var incident = new double[n];
        foreach (var (u, v, score) in edges.Edges())
        {
            if (u != v)
            {
                incident[u] += score;
                incident[v] += score;
            }
        }

        for (var v = 0; v < n; v++)
        {
            // raw-with-endpoints minus inner = paths starting or ending at v; each such path uses one edge at v.
            Assert.That(incident[v], Is.EqualTo((2 * inner[v]) + (raw[v] - inner[v])).Within(1e-9), $"vertex {v}");
        }
    }

    [Test]
    public void Edge_betweenness_reads_edges_and_arcs_consistently()
    {
        var g = TestGraphs.Load("kite");
        var result = CentralityMeasures.EdgeBetweenness(g);
        Assert.That(result.Count, Is.EqualTo(g.EdgeCount));
        Assert.That(result.Edges().Select(e => (e.Source, e.Target)), Is.EqualTo(g.Edges().Select(e => (e.Source, e.Target))));
        foreach (var (u, v, score) in result.Edges())
        {
            Assert.That(result.ScoreOf(v, u), Is.EqualTo(score), "undirected edges read the same both ways");
        }

        Assert.Throws<ArgumentException>(() => result.ScoreOf(0, 9));
        Assert.Throws<ArgumentOutOfRangeException>(() => result.ScoreOf(0, 99));
    }

    [Test]
    public void Iterative_results_report_iterations()
    {
        var g = TestGraphs.Load("karate");
        var pr = CentralityMeasures.PageRank(g);
        Assert.That(pr.Converged, Is.True);
        Assert.That(pr.Iterations, Is.InRange(2, 100));
        Assert.That(pr.LastError, Is.LessThan(g.VertexCount * 1e-6));
        var tighter = CentralityMeasures.PageRank(g, new PageRankOptions { Tolerance = 1e-12 });
        Assert.That(tighter.Iterations, Is.GreaterThan(pr.Iterations));
    }

    internal static CsrGraph Relabelled(CsrGraph g, int seed)
    {
        var ids = g.VertexIds.ToArray();
        new Random(seed).Shuffle(ids);
        var builder = new CsrGraphBuilder(ids) { Directed = g.IsDirected, Weighted = g.IsWeighted, WeightMeaning = g.WeightMeaning };
        foreach (var (u, v, w) in g.Edges())
        {
            builder.AddEdge(g.IdOf(u), g.IdOf(v), w);
        }

        return builder.Build();
    }

    internal static CsrGraph WithWeights(CsrGraph g, Func<double, double> weight, WeightMeaning meaning)
    {
        var builder = new CsrGraphBuilder(g.VertexIds) { Directed = g.IsDirected, Weighted = true, WeightMeaning = meaning };
        foreach (var (u, v, w) in g.Edges())
        {
            builder.AddEdge(u, v, weight(w));
        }

        return builder.Build();
    }
}
