using Stakeholders.Network.Analysis;

namespace Stakeholders.Network.Tests.Analytics;

public class RankStabilityTests
{
    private static RankStabilityResult Run(RankStabilityOptions options) => RankStability.Compute(AnalyticsFixtures.Seed, options);

    [Test]
    public void Without_perturbation_every_interval_is_the_full_data_rank()
    {
        var result = Run(new RankStabilityOptions { DropFraction = 0, Replicates = 10 });
        foreach (var row in result.Stakeholders)
        {
            Assert.That((row.LowerRank, row.MedianRank, row.UpperRank), Is.EqualTo(((double)row.Rank, (double)row.Rank, (double)row.Rank)), row.Id);
        }

        Assert.That(result.MeanWidth, Is.Zero);
    }

    [TestCase("degree")]
    [TestCase("betweenness")]
    public void Intervals_shrink_as_resampling_noise_shrinks(string measure)
    {
        var noisy = Run(new RankStabilityOptions { Measure = measure, DropFraction = 0.4, Replicates = 60 });
        var quiet = Run(new RankStabilityOptions { Measure = measure, DropFraction = 0.05, Replicates = 60 });
        Assert.That(quiet.MeanWidth, Is.LessThan(noisy.MeanWidth));
        Assert.That(quiet.MeanWidth, Is.GreaterThan(0));
    }

    [Test]
    public void Same_seed_same_result_whatever_the_thread_count()
    {
        var a = Run(new RankStabilityOptions { Replicates = 40, Seed = 7, MaxDegreeOfParallelism = 1 });
        var b = Run(new RankStabilityOptions { Replicates = 40, Seed = 7, MaxDegreeOfParallelism = 4 });
        var c = Run(new RankStabilityOptions { Replicates = 40, Seed = 8 });
        Assert.That(b.Stakeholders, Is.EqualTo(a.Stakeholders));
        Assert.That(c.Stakeholders, Is.Not.EqualTo(a.Stakeholders));
    }

    [Test]
    public void Bootstrap_intervals_are_ordered_and_within_range()
    {
        var result = Run(new RankStabilityOptions { Resampling = TieResampling.Bootstrap, Replicates = 50, Level = 0.8 });
        var n = result.Stakeholders.Count;
        Assert.That(n, Is.EqualTo(AnalyticsFixtures.Seed.Stakeholders.Count));
        Assert.That(result.DropFraction, Is.NaN);
        foreach (var row in result.Stakeholders)
        {
            Assert.That(row.LowerRank, Is.LessThanOrEqualTo(row.MedianRank));
            Assert.That(row.MedianRank, Is.LessThanOrEqualTo(row.UpperRank));
            Assert.That(row.LowerRank, Is.GreaterThanOrEqualTo(1));
            Assert.That(row.UpperRank, Is.LessThanOrEqualTo(n));
        }

        Assert.That(result.Stakeholders.Select(r => r.Rank), Is.Ordered);
        Assert.That(result.MeanWidth, Is.GreaterThan(0));
    }

    [Test]
    public void Full_data_ranks_are_competition_ranks_of_the_measure()
    {
        var result = Run(new RankStabilityOptions { Replicates = 1 });
        var analysis = NetworkAnalyzer.Analyze(AnalyticsFixtures.Seed, new AnalysisOptions { Measures = ["degree"], Communities = null });
        var ranks = CompetitionRanking.Ranks(analysis.Nodes.Select(n => n.Scores["degree"]).ToArray());
        var expected = analysis.Nodes.Select((n, i) => (n.Id, ranks[i])).ToDictionary(x => x.Id, x => x.Item2);
        foreach (var row in result.Stakeholders)
        {
            Assert.That(row.Rank, Is.EqualTo(expected[row.Id]), row.Id);
        }
    }

    [Test]
    public void Quantiles_interpolate_like_numpy()
    {
        double[] sorted = [1, 2, 3, 4, 10];
        Assert.That(RankStability.Quantile(sorted, 0.5), Is.EqualTo(3));
        Assert.That(RankStability.Quantile(sorted, 0.05), Is.EqualTo(1.2).Within(1e-12));
        Assert.That(RankStability.Quantile(sorted, 0.95), Is.EqualTo(8.8).Within(1e-12));
    }

    [Test]
    public void Bad_options_are_refused()
    {
        Assert.Throws<InvalidOptionException>(() => Run(new RankStabilityOptions { Measure = "fame" }));
        Assert.Throws<InvalidOptionException>(() => Run(new RankStabilityOptions { DropFraction = 1 }));
        Assert.Throws<InvalidOptionException>(() => Run(new RankStabilityOptions { Level = 1 }));
        Assert.Throws<InvalidOptionException>(() => Run(new RankStabilityOptions { Replicates = 0 }));
    }
}
