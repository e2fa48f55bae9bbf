using Stakeholders.Network.Analysis;
using Stakeholders.Network.Graphs;
using Stakeholders.Network.IO;
using Stakeholders.Network.Model;

namespace Stakeholders.Network.Tests.Analysis;

public class UncertaintyAnalysisTests
{
    private static readonly Lazy<StakeholderNetwork> SeedNetwork = new(() =>
        NativeJson.Read(Path.Combine(TestContext.CurrentContext.TestDirectory, "seeds", "shijingshan-forum-2023.json")));

    private static StakeholderNetwork Seed => SeedNetwork.Value;

    /// <summary>The seed with every tie's confidence set to <paramref name="confidence"/>.</summary>
    private static StakeholderNetwork WithConfidence(double confidence)
    {
        var b = new StakeholderNetworkBuilder();
        foreach (var s in Seed.Stakeholders)
        {
            b.AddStakeholder(s);
        }

        foreach (var d in Seed.Documents)
        {
            b.AddDocument(d);
        }

        foreach (var t in Seed.Ties)
        {
            b.AddTie(t with { Confidence = confidence });
        }

        return b.Build();
    }

    private static AnalysisResult Analyze(StakeholderNetwork network, UncertaintyOptions uncertainty, string[] measures, string? communities = null, ProjectionOptions? projection = null) =>
        NetworkAnalyzer.Analyze(network, new AnalysisOptions { Measures = measures, Communities = communities, Uncertainty = uncertainty }, projection);

    [Test]
    public void Expected_degree_merges_parallel_ties_and_expected_strength_sums_confidence_times_strength()
    {
        var b = new StakeholderNetworkBuilder();
        foreach (var id in new[] { "a", "b", "c" })
        {
            b.AddStakeholder(new Stakeholder(id, id, StakeholderKind.Person));
        }

        b.AddTie(new Tie("a", "b", TieType.MemberOf) { Id = "t1", Confidence = 0.5, Strength = 2 });
        b.AddTie(new Tie("a", "b", TieType.SpokeAt) { Id = "t2", Confidence = 0.5, Strength = 1 });
        b.AddTie(new Tie("a", "c", TieType.MemberOf) { Id = "t3", Confidence = 0.2, Strength = 3 });
        var network = b.Build();
        var unweighted = NetworkProjection.Project(network, new ProjectionOptions { WeightSource = WeightSource.None });
        var weighted = NetworkProjection.Project(network);
        Assert.Multiple(() =>
        {
            // a: the pair a–b exists with probability 1 − 0.5·0.5 = 0.75, a–c with 0.2.
            Assert.That(UncertaintyAnalysis.ExpectedDegree(unweighted).Scores, Is.EqualTo(new[] { 0.95, 0.75, 0.2 }).Within(1e-15));
            // strength: 0.5·2 + 0.5·1 + 0.2·3 = 2.1 for a; 1.5 for b; 0.6 for c.
            Assert.That(UncertaintyAnalysis.ExpectedStrength(weighted).Scores, Is.EqualTo(new[] { 2.1, 1.5, 0.6 }).Within(1e-15));
            Assert.That(UncertaintyAnalysis.ExpectedStrength(unweighted).Scores, Is.EqualTo(new[] { 0.95, 0.75, 0.2 }).Within(1e-15), "unweighted strength is degree");
            Assert.That(UncertaintyAnalysis.ExpectedDegree(unweighted, ConfidenceReading.Ignore).Scores, Is.EqualTo(new[] { 2.0, 1, 1 }));
        });
    }

    [Test]
    public void Sampled_means_are_within_their_monte_carlo_error_of_the_exact_expectations()
    {
        var network = WithConfidence(0.6);
        var result = Analyze(network, new UncertaintyOptions { Replicates = 2000, Seed = 5 }, ["degree", "strength"], projection: new ProjectionOptions());
        foreach (var column in result.Uncertainty!.Columns)
        {
            for (var v = 0; v < column.Exact.Length; v++)
            {
                Assert.That(column.Exact[v], Is.Not.NaN, column.Column);
                // Four standard errors: with 2 × 83 comparisons a false alarm is very unlikely (P ≈ 1e-2 overall).
                Assert.That(Math.Abs(column.SampledMean[v] - column.Exact[v]), Is.LessThanOrEqualTo((4 * column.StandardError[v]) + 1e-12), $"{column.Column} {result.Nodes[v].Id}");
                Assert.That(result.Nodes[v].Scores[column.Column + "-mean"], Is.EqualTo(column.Exact[v]), "the reported mean is the exact one");
            }
        }
    }

    [Test]
    public void Seeded_runs_are_bit_identical_whatever_the_thread_count()
    {
        string[] measures = ["degree", "betweenness", "pagerank"];
        var one = Analyze(Seed, new UncertaintyOptions { Replicates = 60, Seed = 3, MaxDegreeOfParallelism = 1 }, measures, "louvain");
        var four = Analyze(Seed, new UncertaintyOptions { Replicates = 60, Seed = 3, MaxDegreeOfParallelism = 4 }, measures, "louvain");
        var other = Analyze(Seed, new UncertaintyOptions { Replicates = 60, Seed = 4 }, measures, "louvain");
        Assert.That(AnalysisWriter.ToJson(four, includeTimings: false), Is.EqualTo(AnalysisWriter.ToJson(one, includeTimings: false)));
        Assert.That(AnalysisWriter.ToJson(other, includeTimings: false), Is.Not.EqualTo(AnalysisWriter.ToJson(one, includeTimings: false)));
    }

    [Test]
    public void With_every_confidence_one_the_intervals_collapse_to_the_point_values()
    {
        foreach (var (network, reading) in new[] { (WithConfidence(1), ConfidenceReading.ExistenceProbability), (Seed, ConfidenceReading.Ignore) })
        {
            var result = Analyze(network, new UncertaintyOptions { Replicates = 20, Confidence = reading }, ["degree", "betweenness", "closeness"], "louvain");
            foreach (var row in result.Nodes)
            {
                foreach (var m in new[] { "degree", "betweenness", "closeness" })
                {
                    var point = row.Scores[m];
                    Assert.That((row.Scores[m + "-low"], row.Scores[m + "-high"]), Is.EqualTo((point, point)), $"{m} {row.Id}");
                    Assert.That(row.Scores[m + "-mean"], Is.EqualTo(point).Within(1e-12), $"{m} {row.Id}");
                    Assert.That(row.Scores[m + "-top-k"], Is.EqualTo(0).Or.EqualTo(1), $"{m} {row.Id}");
                }
            }

            Assert.That(result.Uncertainty!.CoMembership.Select(p => p.Probability), Is.All.EqualTo(1.0), "the same network every time: co-membership is certain");
        }
    }

    [Test]
    public void Intervals_shrink_as_confidences_go_to_one()
    {
        double MeanWidth(double confidence)
        {
            var result = Analyze(WithConfidence(confidence), new UncertaintyOptions { Replicates = 200 }, ["betweenness"]);
            return result.Nodes.Average(r => r.Scores["betweenness-high"] - r.Scores["betweenness-low"]);
        }

        var widths = new[] { 0.5, 0.8, 0.95, 1.0 }.Select(MeanWidth).ToArray();
        TestContext.Out.WriteLine(string.Join(", ", widths));
        Assert.That(widths, Is.Ordered.Descending);
        Assert.That(widths[0], Is.GreaterThan(widths[2]));
        Assert.That(widths[^1], Is.Zero);
    }

    [Test]
    public void Top_k_probabilities_and_per_layer_columns_are_reported()
    {
        var result = NetworkAnalyzer.Analyze(Seed, new AnalysisOptions
        {
            Measures = ["degree", "participation"],
            Communities = null,
            Layers = "tie-type",
            Uncertainty = new UncertaintyOptions { Replicates = 50, TopK = 3 },
        });
        Assert.That(result.Measures, Does.Contain("degree@SPOKE_AT-top-k").And.Contain("participation-high").And.Contain("degree-mean"));
        foreach (var m in result.Measures.Where(m => m.EndsWith("-top-k", StringComparison.Ordinal)))
        {
            Assert.That(result.Nodes.Select(r => r.Scores[m]), Is.All.InRange(0.0, 1.0), m);
        }

        // At most k stakeholders can be in the top k of a sample; ties can add more, never fewer than k in total.
        Assert.That(result.Nodes.Sum(r => r.Scores["degree-top-k"]), Is.GreaterThanOrEqualTo(3 - 1e-9));
        var exact = UncertaintyAnalysis.ExpectedDegree(NetworkProjection.Project(Seed, new ProjectionOptions { TieTypes = [TieType.SpokeAt], WeightSource = WeightSource.None })).Scores;
        Assert.That(result.Nodes.Select(r => r.Scores["degree@SPOKE_AT-mean"]), Is.EqualTo(exact).Within(1e-12), "per-layer expected degree is exact too");
    }

    [Test]
    public void Options_are_checked()
    {
        Assert.Throws<InvalidOptionException>(() => new UncertaintyOptions { Replicates = 0 }.Validate());
        Assert.Throws<InvalidOptionException>(() => new UncertaintyOptions { Level = 1 }.Validate());
        Assert.Throws<InvalidOptionException>(() => new UncertaintyOptions { TopK = 0 }.Validate());
        Assert.Throws<InvalidOptionException>(() => new UncertaintyOptions { MaxDegreeOfParallelism = 0 }.Validate());
        Assert.That(ConfidenceReadingNames.TryParse("IGNORE", out var r) && r == ConfidenceReading.Ignore);
        Assert.That(ConfidenceReadingNames.TryParse("sometimes", out _), Is.False);
    }
}
