using Stakeholders.Network.Algorithms.Communities;
using Stakeholders.Network.Analysis;
using Stakeholders.Network.Graphs;
using Stakeholders.Network.Tests.Analytics;

namespace Stakeholders.Network.Tests.Conventions;

/// <summary>The entry points that run several algorithms take cancellation, seed and resolution from their options records.</summary>
public sealed class CancellationInOptionsTests
{
    private static CsrGraph SeedGraph() =>
        NetworkProjection.Project(AnalyticsFixtures.Seed, new ProjectionOptions { WeightSource = WeightSource.None }).Graph;

    [Test]
    public void A_cancelled_token_in_AnalysisOptions_stops_the_analysis()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var options = new AnalysisOptions { Measures = ["betweenness"], Communities = "louvain", CancellationToken = cancelled.Token };
        Assert.Multiple(() =>
        {
            Assert.That(() => NetworkAnalyzer.Analyze(AnalyticsFixtures.Seed, options), Throws.InstanceOf<OperationCanceledException>());
            Assert.That(() => NetworkAnalyzer.Analyze(SeedGraph(), options), Throws.InstanceOf<OperationCanceledException>());
        });
    }

    [Test]
    public void A_token_that_is_never_cancelled_changes_nothing()
    {
        using var live = new CancellationTokenSource();
        var plain = NetworkAnalyzer.Analyze(AnalyticsFixtures.Seed, new AnalysisOptions { Measures = ["pagerank"], Communities = "louvain" });
        var withToken = NetworkAnalyzer.Analyze(AnalyticsFixtures.Seed, new AnalysisOptions { Measures = ["pagerank"], Communities = "louvain", CancellationToken = live.Token });
        Assert.Multiple(() =>
        {
            Assert.That(withToken.Nodes.Select(n => n.Scores["pagerank"]), Is.EqualTo(plain.Nodes.Select(n => n.Scores["pagerank"])));
            Assert.That(withToken.Communities!.Membership, Is.EqualTo(plain.Communities!.Membership));
        });
    }

    [TestCase("louvain")]
    [TestCase("leiden")]
    [TestCase("label-propagation")]
    public void The_by_name_runner_gives_what_the_algorithm_gives_with_the_same_settings(string name)
    {
        var graph = SeedGraph();
        var byName = CommunityDetection.Run(name, graph, new CommunityRunOptions { Resolution = 1.2, Seed = 7 });
        var direct = name switch
        {
            "louvain" => CommunityDetection.Louvain(graph, new LouvainOptions { Resolution = 1.2, Seed = 7 }),
            "leiden" => CommunityDetection.Leiden(graph, new LeidenOptions { Resolution = 1.2, Seed = 7 }),
            _ => CommunityDetection.LabelPropagation(graph, new LabelPropagationOptions { Seed = 7 }),
        };
        Assert.Multiple(() =>
        {
            Assert.That(byName.Partition.ToArray(), Is.EqualTo(direct.Partition.ToArray()));
            Assert.That(byName.Modularity, Is.EqualTo(direct.Modularity));
        });
    }

    [Test]
    public void The_by_name_runner_refuses_bad_options_and_cancels()
    {
        var graph = SeedGraph();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Multiple(() =>
        {
            Assert.That(() => CommunityDetection.Run("louvain", graph, new CommunityRunOptions { Resolution = double.NaN }),
                Throws.InstanceOf<InvalidOptionException>().With.Property(nameof(InvalidOptionException.OptionName)).EqualTo("Resolution"));
            Assert.That(() => CommunityDetection.Run("louvain", graph, new CommunityRunOptions { MaxDegreeOfParallelism = 0 }),
                Throws.InstanceOf<InvalidOptionException>());
            Assert.That(() => CommunityDetection.Run("leiden", graph, new CommunityRunOptions { CancellationToken = cancelled.Token }),
                Throws.InstanceOf<OperationCanceledException>());
            Assert.That(() => CommunityDetection.Run("nope", graph), Throws.ArgumentException);
        });
    }
}
