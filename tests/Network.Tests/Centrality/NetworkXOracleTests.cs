using Stakeholders.Network.Algorithms;
using Stakeholders.Network.Algorithms.Centrality;

namespace Stakeholders.Network.Tests.CentralityTests;

/// <summary>
/// Every measure against NetworkX 2.8.8 on the seven test graphs (fixtures from <c>tests/TestData/centrality/make_fixtures.py</c>).
/// Exact measures agree to 1e-9, iterative ones to 1e-6. The "_weighted" fixtures are NetworkX's weight='weight'
/// (weights read as distances, the graphs are loaded with WeightMeaning.Distance); the others are NetworkX's default
/// weight=None, which the library gives with UseWeights = false.
/// </summary>
[TestFixture]
public sealed class NetworkXOracleTests
{
    private const double Exact = 1e-9;
    private const double Iterative = 1e-6;

    private static IEnumerable<TestCaseData> PathVariants()
    {
        foreach (var name in CentralityFixture.GraphNames)
        {
            yield return new TestCaseData(name, "").SetName($"{{m}}({name}, unweighted)");
            if (CentralityFixture.WeightedGraphNames.Contains(name))
            {
                yield return new TestCaseData(name, "_weighted").SetName($"{{m}}({name}, weighted)");
            }
        }
    }

    [TestCaseSource(typeof(CentralityFixture), nameof(CentralityFixture.GraphNames))]
    public void Degree_family_matches_networkx(string name)
    {
        var f = CentralityFixture.Load(name);
        var g = f.Graph;
        ScoreAssert.Close(CentralityMeasures.Degree(g).Scores, f.NetworkX("degree"), Exact, "degree");
        ScoreAssert.Close(CentralityMeasures.DegreeCentrality(g).Scores, f.NetworkX("degree_centrality"), Exact, "degree_centrality");
        ScoreAssert.Close(CentralityMeasures.Strength(g).Scores, f.NetworkX("strength"), Exact, "strength");
        if (g.IsDirected)
        {
            ScoreAssert.Close(CentralityMeasures.Degree(g, new DegreeOptions { Direction = DegreeDirection.In }).Scores, f.NetworkX("in_degree"), Exact, "in_degree");
            ScoreAssert.Close(CentralityMeasures.Degree(g, new DegreeOptions { Direction = DegreeDirection.Out }).Scores, f.NetworkX("out_degree"), Exact, "out_degree");
            ScoreAssert.Close(CentralityMeasures.DegreeCentrality(g, new DegreeOptions { Direction = DegreeDirection.In }).Scores, f.NetworkX("in_degree_centrality"), Exact, "in_degree_centrality");
            ScoreAssert.Close(CentralityMeasures.DegreeCentrality(g, new DegreeOptions { Direction = DegreeDirection.Out }).Scores, f.NetworkX("out_degree_centrality"), Exact, "out_degree_centrality");
            ScoreAssert.Close(CentralityMeasures.Strength(g, new DegreeOptions { Direction = DegreeDirection.In }).Scores, f.NetworkX("in_strength"), Exact, "in_strength");
            ScoreAssert.Close(CentralityMeasures.Strength(g, new DegreeOptions { Direction = DegreeDirection.Out }).Scores, f.NetworkX("out_strength"), Exact, "out_strength");
        }
        else
        {
            Assert.Throws<ArgumentException>(() => CentralityMeasures.Degree(g, new DegreeOptions { Direction = DegreeDirection.In }));
            Assert.Throws<ArgumentException>(() => CentralityMeasures.Strength(g, new DegreeOptions { Direction = DegreeDirection.Out }));
        }
    }

    [TestCaseSource(nameof(PathVariants))]
    public void Betweenness_matches_networkx(string name, string suffix)
    {
        var f = CentralityFixture.Load(name);
        var ignore = suffix.Length == 0;
        var cases = new (string Measure, bool Normalized, bool Endpoints)[]
        {
            ("betweenness", true, false), ("betweenness_raw", false, false),
            ("betweenness_endpoints", true, true), ("betweenness_endpoints_raw", false, true),
        };
        foreach (var (measure, normalized, endpoints) in cases)
        {
            var options = new BetweennessOptions { Normalized = normalized, Endpoints = endpoints, UseWeights = !ignore };
            ScoreAssert.Close(CentralityMeasures.Betweenness(f.Graph, options).Scores, f.NetworkX(measure + suffix), Exact, measure + suffix);
        }
    }

    [TestCaseSource(nameof(PathVariants))]
    public void Sampled_betweenness_with_networkx_sources_matches_its_k_estimate(string name, string suffix)
    {
        var f = CentralityFixture.Load(name);
        var sources = f.SampleSources();
        var ignore = suffix.Length == 0;
        var normalized = CentralityMeasures.Betweenness(f.Graph, new BetweennessOptions { Sources = sources, UseWeights = !ignore });
        ScoreAssert.Close(normalized.Scores, f.NetworkX("betweenness_k" + suffix), Exact, "betweenness k");
        var raw = CentralityMeasures.Betweenness(f.Graph, new BetweennessOptions { Sources = sources, Normalized = false, Endpoints = true, UseWeights = !ignore });
        ScoreAssert.Close(raw.Scores, f.NetworkX("betweenness_k_raw_endpoints" + suffix), Exact, "betweenness k raw endpoints");
    }

    [TestCaseSource(nameof(PathVariants))]
    public void Edge_betweenness_matches_networkx(string name, string suffix)
    {
        var f = CentralityFixture.Load(name);
        foreach (var normalized in new[] { true, false })
        {
            var measure = (normalized ? "edge_betweenness" : "edge_betweenness_raw") + suffix;
            var result = CentralityMeasures.EdgeBetweenness(f.Graph, new EdgeBetweennessOptions { Normalized = normalized, UseWeights = suffix.Length != 0 });
            var expected = f.NetworkXEdges(measure);
            Assert.That(result.Count, Is.EqualTo(expected.Length), measure + ": edge count");
            foreach (var (u, v, score) in expected)
            {
                Assert.That(result.ScoreOf(u, v), Is.EqualTo(score).Within(Exact), $"{measure}: edge {u}-{v}");
                var (idU, idV) = (f.Graph.IdOf(u), f.Graph.IdOf(v));
                Assert.That(result.ScoreOf(idU, idV), Is.EqualTo(score).Within(Exact), $"{measure}: edge {idU}-{idV} by id");
                Assert.That(result.TryScoreOf(idU, idV, out var byId) && byId == result.ScoreOf(u, v), Is.True, $"{measure}: Try form");
            }

            Assert.That(result.ScoresById, Has.Count.EqualTo(expected.Length), measure + ": one id pair per edge");
        }
    }

    [TestCaseSource(nameof(PathVariants))]
    public void Closeness_and_harmonic_match_networkx(string name, string suffix)
    {
        var f = CentralityFixture.Load(name);
        var ignore = suffix.Length == 0;
        ScoreAssert.Close(CentralityMeasures.Closeness(f.Graph, new ClosenessOptions { UseWeights = !ignore }).Scores, f.NetworkX("closeness" + suffix), Exact, "closeness");
        ScoreAssert.Close(
            CentralityMeasures.Closeness(f.Graph, new ClosenessOptions { UseWeights = !ignore, WassermanFaustCorrection = false }).Scores,
            f.NetworkX("closeness_no_wf" + suffix), Exact, "closeness without WF");
        ScoreAssert.Close(CentralityMeasures.Harmonic(f.Graph, new HarmonicOptions { UseWeights = !ignore }).Scores, f.NetworkX("harmonic" + suffix), Exact, "harmonic");
    }

    [TestCaseSource(typeof(CentralityFixture), nameof(CentralityFixture.GraphNames))]
    public void Eigenvector_matches_networkx(string name)
    {
        var f = CentralityFixture.Load(name);
        var result = CentralityMeasures.Eigenvector(f.Graph, new EigenvectorOptions { UseWeights = false });
        Assert.That(result.Converged, Is.True);
        Assert.That(result.Iterations, Is.InRange(1, 100));
        ScoreAssert.Close(result.Scores, f.NetworkX("eigenvector"), Iterative, "eigenvector");
        if (f.IsWeighted)
        {
            ScoreAssert.Close(CentralityMeasures.Eigenvector(f.Graph).Scores, f.NetworkX("eigenvector_weighted"), Iterative, "eigenvector weighted");
        }
    }

    [TestCaseSource(typeof(CentralityFixture), nameof(CentralityFixture.GraphNames))]
    public void Katz_matches_networkx_or_refuses_as_it_does(string name)
    {
        var f = CentralityFixture.Load(name);
        ScoreAssert.Close(CentralityMeasures.Katz(f.Graph, new KatzOptions { UseWeights = false }).Scores, f.NetworkX("katz"), Iterative, "katz");
        ScoreAssert.Close(CentralityMeasures.Katz(f.Graph, new KatzOptions { UseWeights = false, Normalized = false }).Scores, f.NetworkX("katz_raw"), Iterative, "katz raw");
        if (!f.IsWeighted)
        {
            return;
        }

        if (f.NetworkXRefused("katz_weighted"))
        {
            // alpha = 0.1 exceeds 1/lambda_max of the weighted adjacency: the series diverges, NetworkX raises.
            Assert.That(CentralityMeasures.TryKatz(f.Graph, null, out var failed), Is.False);
            Assert.That(failed.Converged, Is.False);
            Assert.That(failed.Iterations, Is.EqualTo(1000));
            var error = Assert.Throws<ConvergenceException>(() => CentralityMeasures.Katz(f.Graph));
            Assert.That(error!.Iterations, Is.EqualTo(1000));
            Assert.That(error.Algorithm, Is.EqualTo("Katz centrality"));
        }
        else
        {
            ScoreAssert.Close(CentralityMeasures.Katz(f.Graph).Scores, f.NetworkX("katz_weighted"), Iterative, "katz weighted");
        }
    }

    [TestCaseSource(typeof(CentralityFixture), nameof(CentralityFixture.GraphNames))]
    public void PageRank_matches_networkx(string name)
    {
        var f = CentralityFixture.Load(name);
        var g = f.Graph;
        var personalization = f.InputVector("personalization");
        var dangling = f.InputVector("dangling");
        ScoreAssert.Close(CentralityMeasures.PageRank(g).Scores, f.NetworkX("pagerank"), Iterative, "pagerank");
        ScoreAssert.Close(CentralityMeasures.PageRank(g, new PageRankOptions { UseWeights = false }).Scores, f.NetworkX("pagerank_unweighted"), Iterative, "pagerank unweighted");
        ScoreAssert.Close(CentralityMeasures.PageRank(g, new PageRankOptions { Personalization = personalization }).Scores, f.NetworkX("pagerank_personalized"), Iterative, "personalized");
        ScoreAssert.Close(
            CentralityMeasures.PageRank(g, new PageRankOptions { Personalization = personalization, Dangling = dangling }).Scores,
            f.NetworkX("pagerank_dangling"), Iterative, "dangling");
        ScoreAssert.Close(CentralityMeasures.PageRank(g, new PageRankOptions { Damping = 0.5 }).Scores, f.NetworkX("pagerank_alpha_0_5"), Iterative, "alpha 0.5");
    }

    [TestCaseSource(typeof(CentralityFixture), nameof(CentralityFixture.GraphNames))]
    public void Hits_matches_networkx_power_iteration_and_svd(string name)
    {
        var f = CentralityFixture.Load(name);
        var result = CentralityMeasures.Hits(f.Graph);
        Assert.That(result.Converged, Is.True);
        ScoreAssert.Close(result.Hubs, f.NetworkX("hubs"), Iterative, "hubs");
        ScoreAssert.Close(result.Authorities, f.NetworkX("authorities"), Iterative, "authorities");
        ScoreAssert.Close(result.Hubs, f.NetworkX("hubs_svd"), Iterative, "hubs (svd)");
        ScoreAssert.Close(result.Authorities, f.NetworkX("authorities_svd"), Iterative, "authorities (svd)");
    }
}
