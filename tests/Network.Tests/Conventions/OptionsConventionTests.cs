using Stakeholders.Network.Algorithms;
using Stakeholders.Network.Algorithms.Brokerage;
using Stakeholders.Network.Algorithms.Centrality;
using Stakeholders.Network.Algorithms.Cohesion;
using Stakeholders.Network.Algorithms.Communities;
using Stakeholders.Network.Algorithms.KeyPlayers;
using Stakeholders.Network.Algorithms.Paths;
using Stakeholders.Network.Analysis;

namespace Stakeholders.Network.Tests.Conventions;

/// <summary>One options base for every algorithm: shared settings, one seed constant, one typed validation error.</summary>
public sealed class OptionsConventionTests
{
    private static IEnumerable<AlgorithmOptions> EveryOptionsRecord() =>
    [
        new DegreeOptions(), new BetweennessOptions(), new EdgeBetweennessOptions(), new ClosenessOptions(), new HarmonicOptions(),
        new EigenvectorOptions(), new PageRankOptions(), new KatzOptions(), new HitsOptions(),
        new LouvainOptions(), new LeidenOptions(), new LabelPropagationOptions(),
        new ClusteringOptions(), new CohesionOptions(),
        new StructuralHolesOptions(), new GouldFernandezOptions(),
        new FragmentationOptions(), new ReachOptions(),
        new BfsOptions(), new ShortestPathOptions(), new ComponentsOptions(), new VertexReachOptions(), new EgoNetworkOptions(), new AllShortestPathsOptions(),
        new RankStabilityOptions(), new Algorithms.Multiplex.MultiplexLeidenOptions(), new PeriodComparisonOptions(), new PartitionSignificanceOptions(), new SalienceOptions(),
    ];

    [TestCaseSource(nameof(EveryOptionsRecord))]
    public void Every_options_record_shares_the_defaults_and_names_a_bad_shared_setting(AlgorithmOptions options)
    {
        Assert.Multiple(() =>
        {
            Assert.That(options.Seed, Is.EqualTo(StakeholdersDefaults.Seed));
            Assert.That(StakeholdersDefaults.Seed, Is.EqualTo(42));
            Assert.That(options.MaxDegreeOfParallelism, Is.EqualTo(-1));
            Assert.That(options.CancellationToken.CanBeCanceled, Is.False);
            Assert.That(options.Validate, Throws.Nothing);
            var bad = Assert.Throws<InvalidOptionException>(() => (options with { MaxDegreeOfParallelism = 0 }).Validate());
            Assert.That(bad!.OptionName, Is.EqualTo(nameof(AlgorithmOptions.MaxDegreeOfParallelism)));
            Assert.That(bad.ParamName, Is.EqualTo(bad.OptionName));
            Assert.That(bad.Message, Is.EqualTo(bad.Reason));
            Assert.That(bad.Message, Does.Not.Contain("(Parameter"));
            Assert.That(bad, Is.InstanceOf<ArgumentException>(), "existing catch (ArgumentException) blocks still see it");
        });
    }

    [Test]
    public void Weight_use_defaults_follow_NetworkX()
    {
        Assert.Multiple(() =>
        {
            Assert.That(new PageRankOptions().UseWeights, Is.True);
            Assert.That(new StructuralHolesOptions().UseWeights, Is.True);
            Assert.That(new LabelPropagationOptions().UseWeights, Is.False, "asyn_lpa_communities(weight=None)");
            Assert.That(new ClusteringOptions().UseWeights, Is.False, "clustering(weight=None)");
        });
    }

    private static IEnumerable<TestCaseData> BadOptions()
    {
        yield return new TestCaseData(new PageRankOptions { Tolerance = 0 }, "Tolerance");
        yield return new TestCaseData(new PageRankOptions { MaxIterations = 0 }, "MaxIterations");
        yield return new TestCaseData(new PageRankOptions { Damping = 1 }, "Damping");
        yield return new TestCaseData(new KatzOptions { Alpha = -1 }, "Alpha");
        yield return new TestCaseData(new HitsOptions { Tolerance = double.NaN }, "Tolerance");
        yield return new TestCaseData(new BetweennessOptions { SampleSize = 0 }, "SampleSize");
        yield return new TestCaseData(new LouvainOptions { Resolution = -1 }, "Resolution");
        yield return new TestCaseData(new LeidenOptions { Randomness = 0 }, "Randomness");
        yield return new TestCaseData(new LabelPropagationOptions { MaxIterations = 0 }, "MaxIterations");
        yield return new TestCaseData(new FragmentationOptions { Restarts = 0 }, "Restarts");
        yield return new TestCaseData(new BfsOptions { MaxDepth = -1 }, "MaxDepth");
        yield return new TestCaseData(new ShortestPathOptions { Cutoff = -1 }, "Cutoff");
        yield return new TestCaseData(new VertexReachOptions { MaxSteps = 0 }, "MaxSteps");
        yield return new TestCaseData(new EgoNetworkOptions { Radius = -1 }, "Radius");
        yield return new TestCaseData(new AllShortestPathsOptions { MaxPaths = 0 }, "MaxPaths");
        yield return new TestCaseData(new RankStabilityOptions { Replicates = 0 }, "Replicates");
        yield return new TestCaseData(new DegreeOptions { Direction = (DegreeDirection)9 }, "Direction");
    }

    [TestCaseSource(nameof(BadOptions))]
    public void Validate_throws_InvalidOptionException_naming_the_option(AlgorithmOptions options, string name)
    {
        var e = Assert.Throws<InvalidOptionException>(options.Validate);
        Assert.Multiple(() =>
        {
            Assert.That(e!.OptionName, Is.EqualTo(name));
            Assert.That(e.Reason, Does.Contain(name));
        });
    }

    [Test]
    public void Analysis_options_throw_the_typed_exception_too()
    {
        var e = Assert.Throws<InvalidOptionException>(() => new AnalysisOptions { Measures = ["fame"] }.Validate());
        Assert.That(e!.OptionName, Is.EqualTo(nameof(AnalysisOptions.Measures)));
        var tolerance = Assert.Throws<InvalidOptionException>(() => new AnalysisOptions { Tolerance = -1 }.Validate());
        Assert.That(tolerance!.OptionName, Is.EqualTo(nameof(AnalysisOptions.Tolerance)));
        var iterations = Assert.Throws<InvalidOptionException>(() => new AnalysisOptions { MaxIterations = 0 }.Validate());
        Assert.That(iterations!.OptionName, Is.EqualTo(nameof(AnalysisOptions.MaxIterations)));
    }

    [Test]
    public void Cancellation_travels_in_the_options()
    {
        var g = TestGraphs.Load("karate");
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.Multiple(() =>
        {
            Assert.That(() => CentralityMeasures.Betweenness(g, new BetweennessOptions { CancellationToken = cts.Token }), Throws.InstanceOf<OperationCanceledException>());
            Assert.That(() => CommunityDetection.Louvain(g, new LouvainOptions { CancellationToken = cts.Token }), Throws.InstanceOf<OperationCanceledException>());
            Assert.That(() => CohesionMeasures.Triangles(g, new CohesionOptions { CancellationToken = cts.Token }), Throws.InstanceOf<OperationCanceledException>());
            Assert.That(() => PathFinding.VertexReach(g, new VertexReachOptions { CancellationToken = cts.Token }), Throws.InstanceOf<OperationCanceledException>());
            var layers = new Algorithms.Multiplex.MultiplexGraph(["a", "b"], [g, g]);
            Assert.That(() => Algorithms.Multiplex.MultiplexMeasures.Leiden(layers, new Algorithms.Multiplex.MultiplexLeidenOptions { CancellationToken = cts.Token }), Throws.InstanceOf<OperationCanceledException>());
            Assert.That(
                () => PeriodComparison.CompareDates(Analytics.AnalyticsFixtures.Seed, Stakeholders.Network.Model.PartialDate.Parse("2023-09-02"), Stakeholders.Network.Model.PartialDate.Parse("2023-09-03"), null, new PeriodComparisonOptions { Measure = "betweenness", CancellationToken = cts.Token }),
                Throws.InstanceOf<OperationCanceledException>());
        });
    }
}

/// <summary>The Gould–Fernandez role texts live once, in the catalogue.</summary>
public sealed class RoleTextTests
{
    [TestCase(Algorithms.Brokerage.BrokerageRole.Coordinator, "brokerage-coordinator")]
    [TestCase(Algorithms.Brokerage.BrokerageRole.Itinerant, "brokerage-itinerant")]
    [TestCase(Algorithms.Brokerage.BrokerageRole.Representative, "brokerage-representative")]
    [TestCase(Algorithms.Brokerage.BrokerageRole.Gatekeeper, "brokerage-gatekeeper")]
    [TestCase(Algorithms.Brokerage.BrokerageRole.Liaison, "brokerage-liaison")]
    public void A_role_text_is_its_catalogue_definition(Algorithms.Brokerage.BrokerageRole role, string measure)
    {
        Assert.That(MeasureCatalog.TryGet(measure, out var entry), Is.True);
        Assert.That(MeasureCatalog.RoleDefinition(role), Is.EqualTo(entry!.Definition));
    }
}
