using Stakeholders.Network.Algorithms;
using Stakeholders.Network.Algorithms.Centrality;
using Stakeholders.Network.Graphs;

namespace Stakeholders.Network.Tests.CentralityTests;

/// <summary>Validation, refusal, cancellation and non-convergence.</summary>
[TestFixture]
public sealed class ErrorPathTests
{
    private static CsrGraph Karate => TestGraphs.Load("karate");

    [Test]
    public void Invalid_options_are_refused_with_the_setting_named()
    {
        var g = Karate;
        AssertBad(() => CentralityMeasures.Betweenness(g, new BetweennessOptions { MaxDegreeOfParallelism = 0 }), "MaxDegreeOfParallelism");
        AssertBad(() => CentralityMeasures.Closeness(g, new ClosenessOptions { MaxDegreeOfParallelism = -2 }), "MaxDegreeOfParallelism");
        AssertBad(() => CentralityMeasures.Betweenness(g, new BetweennessOptions { SampleSize = 0 }), "SampleSize");
        AssertBad(() => CentralityMeasures.Betweenness(g, new BetweennessOptions { SampleSize = 35 }), "options");
        AssertBad(() => CentralityMeasures.Betweenness(g, new BetweennessOptions { Sources = [1, 2, 1] }), "options");
        AssertBad(() => CentralityMeasures.Betweenness(g, new BetweennessOptions { Sources = [1, 34] }), "options");
        AssertBad(() => CentralityMeasures.Betweenness(g, new BetweennessOptions { Sources = [] }), "Sources");
        AssertBad(() => CentralityMeasures.Betweenness(g, new BetweennessOptions { Sources = [1, 2], SampleSize = 3 }), "SampleSize");
        AssertBad(() => CentralityMeasures.EdgeBetweenness(g, new EdgeBetweennessOptions { SampleSize = -1 }), "SampleSize");
        AssertBad(() => CentralityMeasures.PageRank(g, new PageRankOptions { Damping = 1.0 }), "Damping");
        AssertBad(() => CentralityMeasures.PageRank(g, new PageRankOptions { Damping = double.NaN }), "Damping");
        AssertBad(() => CentralityMeasures.PageRank(g, new PageRankOptions { Tolerance = 0 }), "Tolerance");
        AssertBad(() => CentralityMeasures.PageRank(g, new PageRankOptions { MaxIterations = 0 }), "MaxIterations");
        AssertBad(() => CentralityMeasures.PageRank(g, new PageRankOptions { Personalization = new double[34] }), "Personalization");
        AssertBad(() => CentralityMeasures.PageRank(g, new PageRankOptions { Personalization = [1, -1] }), "Personalization");
        AssertBad(() => CentralityMeasures.PageRank(g, new PageRankOptions { Personalization = [1, 2] }), "options");
        AssertBad(() => CentralityMeasures.PageRank(g, new PageRankOptions { Dangling = [1, 2, 3] }), "options");
        AssertBad(() => CentralityMeasures.Katz(g, new KatzOptions { Alpha = 0 }), "Alpha");
        AssertBad(() => CentralityMeasures.Katz(g, new KatzOptions { Beta = double.PositiveInfinity }), "Beta");
        AssertBad(() => CentralityMeasures.Eigenvector(g, new EigenvectorOptions { Tolerance = -1 }), "Tolerance");
        AssertBad(() => CentralityMeasures.Hits(g, new HitsOptions { MaxIterations = -5 }), "MaxIterations");
    }

    [Test]
    public void Betweenness_refuses_zero_length_edges()
    {
        var g = new CsrGraphBuilder(["a", "b", "c"]) { Weighted = true, WeightMeaning = WeightMeaning.Distance }
            .AddEdge("a", "b", 0).AddEdge("b", "c", 1).Build();
        var error = Assert.Throws<ArgumentException>(() => CentralityMeasures.Betweenness(g));
        Assert.That(error!.Message, Does.Contain("positive arc costs"));
        Assert.That(CentralityMeasures.Betweenness(g, new BetweennessOptions { IgnoreWeights = true }).Scores[1], Is.EqualTo(1.0));

        // Closeness and harmonic accept zero-length edges; harmonic skips the zero distance as NetworkX does.
        Assert.That(CentralityMeasures.Closeness(g).Scores[0], Is.EqualTo(2.0 / 1.0));
        Assert.That(CentralityMeasures.Harmonic(g).Scores[0], Is.EqualTo(1.0 / 1.0));
    }

    [Test]
    public void Strength_zero_edges_are_not_traversed_by_path_measures()
    {
        // a - b - c with the a-b tie at strength 0: cost 1/0 = infinity, so a is cut off.
        var g = new CsrGraphBuilder(["a", "b", "c"]) { Weighted = true, WeightMeaning = WeightMeaning.Strength }
            .AddEdge("a", "b", 0).AddEdge("b", "c", 2).Build();
        Assert.That(CentralityMeasures.Betweenness(g).Scores, Is.EqualTo(new[] { 0.0, 0.0, 0.0 }));
        Assert.That(CentralityMeasures.Harmonic(g).Scores, Is.EqualTo(new[] { 0.0, 2.0, 2.0 }));
    }

    [Test]
    public void Non_convergence_throws_from_X_and_returns_false_from_TryX()
    {
        var g = Karate;
        var limited = new PageRankOptions { MaxIterations = 3 };
        Assert.That(CentralityMeasures.TryPageRank(g, limited, out var pr), Is.False);
        Assert.That(pr.Converged, Is.False);
        Assert.That(pr.Iterations, Is.EqualTo(3));
        Assert.That(pr.Scores, Has.Length.EqualTo(34));
        var error = Assert.Throws<ConvergenceException>(() => CentralityMeasures.PageRank(g, limited));
        Assert.That(error!.Algorithm, Is.EqualTo("PageRank"));
        Assert.That(error.Iterations, Is.EqualTo(3));
        Assert.That(error.LastError, Is.GreaterThan(error.Tolerance));
        Assert.That(error.Message, Does.Contain("3 iterations"));

        Assert.That(CentralityMeasures.TryEigenvector(g, new EigenvectorOptions { MaxIterations = 2 }, out var ev), Is.False);
        Assert.That(ev.Iterations, Is.EqualTo(2));
        Assert.Throws<ConvergenceException>(() => CentralityMeasures.Eigenvector(g, new EigenvectorOptions { MaxIterations = 2 }));
        Assert.That(CentralityMeasures.TryKatz(g, new KatzOptions { Alpha = 0.5 }, out _), Is.False, "alpha above 1/lambda_max diverges");
        Assert.Throws<ConvergenceException>(() => CentralityMeasures.Katz(g, new KatzOptions { Alpha = 0.5 }));
        Assert.That(CentralityMeasures.TryHits(g, new HitsOptions { MaxIterations = 2 }, out var hits), Is.False);
        Assert.That(hits.Iterations, Is.EqualTo(2));
        Assert.Throws<ConvergenceException>(() => CentralityMeasures.Hits(g, new HitsOptions { MaxIterations = 2 }));
    }

    [Test]
    public void Eigenvector_on_a_bipartite_graph_converges_thanks_to_the_shift()
    {
        // A 4-cycle is bipartite: plain power iteration on A would oscillate, A + I does not.
        var g = new CsrGraphBuilder(4).AddEdge(0, 1).AddEdge(1, 2).AddEdge(2, 3).AddEdge(3, 0).Build();
        var result = CentralityMeasures.Eigenvector(g);
        Assert.That(result.Scores, Is.All.EqualTo(0.5).Within(1e-9));
    }

    [Test]
    public void Hits_refuses_a_graph_without_edges()
    {
        var g = new CsrGraphBuilder(3).Build();
        Assert.Throws<ArgumentException>(() => CentralityMeasures.Hits(g));
    }

    [Test]
    public void A_cancelled_token_stops_every_measure()
    {
        var g = Karate;
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var token = cts.Token;
        Assert.Throws<OperationCanceledException>(() => CentralityMeasures.Betweenness(g, new BetweennessOptions { CancellationToken = token }));
        Assert.Throws<OperationCanceledException>(() => CentralityMeasures.Betweenness(g, new BetweennessOptions { CancellationToken = token, MaxDegreeOfParallelism = 1 }));
        Assert.Throws<OperationCanceledException>(() => CentralityMeasures.EdgeBetweenness(g, new EdgeBetweennessOptions { CancellationToken = token }));
        Assert.Throws<OperationCanceledException>(() => CentralityMeasures.Closeness(g, new ClosenessOptions { CancellationToken = token }));
        Assert.Throws<OperationCanceledException>(() => CentralityMeasures.Harmonic(g, new HarmonicOptions { CancellationToken = token }));
        Assert.Throws<OperationCanceledException>(() => CentralityMeasures.PageRank(g, new PageRankOptions { CancellationToken = token }));
        Assert.Throws<OperationCanceledException>(() => CentralityMeasures.Eigenvector(g, new EigenvectorOptions { CancellationToken = token }));
        Assert.Throws<OperationCanceledException>(() => CentralityMeasures.Katz(g, new KatzOptions { CancellationToken = token }));
        Assert.Throws<OperationCanceledException>(() => CentralityMeasures.Hits(g, new HitsOptions { CancellationToken = token }));
    }

    [Test]
    public void Empty_and_tiny_graphs_give_empty_or_trivial_results()
    {
        var empty = new CsrGraphBuilder().Build();
        Assert.That(CentralityMeasures.Betweenness(empty).Scores, Is.Empty);
        Assert.That(CentralityMeasures.Closeness(empty).Scores, Is.Empty);
        Assert.That(CentralityMeasures.PageRank(empty).Scores, Is.Empty);
        Assert.That(CentralityMeasures.Eigenvector(empty).Scores, Is.Empty);
        Assert.That(CentralityMeasures.Katz(empty).Scores, Is.Empty);
        Assert.That(CentralityMeasures.Hits(empty).Hubs, Is.Empty);
        Assert.That(CentralityMeasures.EdgeBetweenness(empty).Count, Is.Zero);

        var single = new CsrGraphBuilder(1).Build();
        Assert.That(CentralityMeasures.DegreeCentrality(single).Scores, Is.EqualTo(new[] { 1.0 }), "NetworkX gives 1 to a lone vertex");
        Assert.That(CentralityMeasures.Betweenness(single).Scores, Is.EqualTo(new[] { 0.0 }));
        Assert.That(CentralityMeasures.Closeness(single).Scores, Is.EqualTo(new[] { 0.0 }));
        Assert.That(CentralityMeasures.PageRank(single).Scores, Is.EqualTo(new[] { 1.0 }));
    }

    [Test]
    public void Self_loops_count_as_NetworkX_counts_them()
    {
        // Undirected: a self-loop adds 2 to the degree and twice its weight to the strength; it is on no shortest path.
        var g = new CsrGraphBuilder(["a", "b", "c"]) { Weighted = true }.AddEdge("a", "a", 3).AddEdge("a", "b", 1).AddEdge("b", "c", 1).Build();
        Assert.That(CentralityMeasures.Degree(g).Scores, Is.EqualTo(new[] { 3.0, 2.0, 1.0 }));
        Assert.That(CentralityMeasures.Strength(g).Scores, Is.EqualTo(new[] { 7.0, 2.0, 1.0 }));
        Assert.That(CentralityMeasures.Betweenness(g).Scores, Is.EqualTo(new[] { 0.0, 1.0, 0.0 }));
        Assert.That(CentralityMeasures.EdgeBetweenness(g).ScoreOf(0, 0), Is.Zero);
    }

    private static void AssertBad(TestDelegate call, string parameter)
    {
        var error = Assert.Throws<ArgumentException>(call);
        Assert.That(error!.ParamName, Is.EqualTo(parameter), error.Message);
        Assert.That(error.Message, Is.Not.Empty);
    }
}
