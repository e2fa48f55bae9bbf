using System.Text.Json;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Statistics;
using Stakeholders.Network.Algorithms.Centrality;
using Stakeholders.Network.Analysis;
using Stakeholders.Network.Graphs;

namespace Stakeholders.Network.Tests.CentralityTests;

/// <summary>
/// How far the default stopping rule (NetworkX's: L1 change below n·1e-6) leaves PageRank from the exact vector, on
/// Les Misérables; fixture by tests/TestData/centrality/make_pagerank_exact.py (a dense linear solve in NumPy).
/// docs/measures.md quotes the two distances.
/// </summary>
public sealed class PageRankExactnessTests
{
    private sealed record Fixture(CsrGraph Graph, double[] Exact, double DefaultL1, double DefaultMax);

    private static Fixture Load()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestGraphs.DataDirectory, "centrality", "lesmis_pagerank.json")));
        var root = doc.RootElement;
        var builder = new CsrGraphBuilder { Weighted = true, WeightMeaning = WeightMeaning.Strength };
        foreach (var e in root.GetProperty("edges").EnumerateArray())
        {
            builder.AddEdge(e[0].GetString()!, e[1].GetString()!, e[2].GetDouble());
        }

        var graph = builder.Build();
        var exact = new double[graph.VertexCount];
        foreach (var p in root.GetProperty("exact").EnumerateObject())
        {
            exact[graph.IndexOf(p.Name)] = p.Value.GetDouble();
        }

        return new Fixture(graph, exact, root.GetProperty("default_l1_from_exact").GetDouble(), root.GetProperty("default_max_from_exact").GetDouble());
    }

    private static (double L1, double Max) Distance(double[] a, double[] b) =>
        (a.Zip(b, (x, y) => Math.Abs(x - y)).Sum(), a.Zip(b, (x, y) => Math.Abs(x - y)).Max());

    [Test]
    public void The_default_tolerance_stops_as_far_from_exact_as_NetworkX_does()
    {
        var f = Load();
        var result = CentralityMeasures.PageRank(f.Graph);
        var (l1, max) = Distance(result.Scores, f.Exact);
        Assert.Multiple(() =>
        {
            Assert.That(result.Converged, Is.True);
            Assert.That(f.DefaultL1, Is.EqualTo(2.18e-4).Within(0.01e-4), "the figure docs/measures.md quotes");
            Assert.That(f.DefaultMax, Is.EqualTo(1.94e-5).Within(0.01e-5), "the figure docs/measures.md quotes");
            Assert.That(l1, Is.LessThanOrEqualTo(f.DefaultL1 * 1.001), "no farther than NetworkX's default");
            Assert.That(max, Is.LessThanOrEqualTo(f.DefaultMax * 1.001));
            Assert.That(max, Is.GreaterThan(1e-7), "the default really is approximate, so the tolerance matters");
        });
    }

    [Test]
    public void A_tight_tolerance_reaches_the_exact_vector()
    {
        var f = Load();
        var result = CentralityMeasures.PageRank(f.Graph, new PageRankOptions { Tolerance = 1e-15, MaxIterations = 10_000 });
        var (l1, max) = Distance(result.Scores, f.Exact);
        Assert.Multiple(() =>
        {
            Assert.That(result.Converged, Is.True);
            Assert.That(max, Is.LessThan(1e-12));
            Assert.That(l1, Is.LessThan(1e-11));
        });
    }

    [Test]
    public void The_exact_vector_agrees_with_a_dense_MathNet_solve()
    {
        // An independent check of the fixture: (I - αP)x = (1 - α)/n by MathNet.Numerics' LU solver.
        var f = Load();
        var g = f.Graph;
        var n = g.VertexCount;
        var p = Matrix<double>.Build.Dense(n, n);
        for (var u = 0; u < n; u++)
        {
            var neighbours = g.OutNeighbors(u);
            var weights = g.OutWeights(u);
            var total = 0.0;
            foreach (var w in weights)
            {
                total += w;
            }

            for (var i = 0; i < neighbours.Length; i++)
            {
                p[neighbours[i], u] += weights[i] / total;
            }
        }

        const double alpha = 0.85;
        var system = Matrix<double>.Build.DenseIdentity(n) - (alpha * p);
        var x = system.Solve(Vector<double>.Build.Dense(n, (1 - alpha) / n));
        x /= x.Sum();
        Assert.That(Distance(x.ToArray(), f.Exact).Max, Is.LessThan(1e-14));
    }

    [Test]
    public void The_analysis_tolerance_reaches_the_catalogue_measure()
    {
        var f = Load();
        var loose = NetworkAnalyzer.Analyze(f.Graph, new AnalysisOptions { Measures = ["pagerank"], Communities = null });
        var tight = NetworkAnalyzer.Analyze(f.Graph, new AnalysisOptions { Measures = ["pagerank"], Communities = null, Tolerance = 1e-15, MaxIterations = 10_000 });
        var looseScores = loose.Nodes.Select(r => r.Scores["pagerank"]).ToArray();
        var tightScores = tight.Nodes.Select(r => r.Scores["pagerank"]).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(Distance(looseScores, f.Exact).Max, Is.GreaterThan(1e-7));
            Assert.That(Distance(tightScores, f.Exact).Max, Is.LessThan(1e-12));
        });
        var starved = NetworkAnalyzer.Analyze(f.Graph, new AnalysisOptions { Measures = ["pagerank"], Communities = null, MaxIterations = 2 });
        Assert.That(starved.Warnings, Has.Some.Contains("pagerank did not converge in 2 iterations"));
    }

    [Test]
    public void The_rank_interval_quantile_equals_MathNet_R7()
    {
        var random = new Random(StakeholdersDefaults.Seed);
        for (var trial = 0; trial < 200; trial++)
        {
            var values = Enumerable.Range(0, random.Next(1, 40)).Select(_ => Math.Round(random.NextDouble() * 100)).Order().ToArray();
            foreach (var q in new[] { 0.0, 0.05, 0.25, 0.5, 0.9, 0.95, 1.0, random.NextDouble() })
            {
                Assert.That(RankStability.Quantile(values, q), Is.EqualTo(SortedArrayStatistics.QuantileCustom(values, q, QuantileDefinition.R7)).Within(1e-12), $"n={values.Length} q={q}");
            }
        }
    }
}
