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

    [Test]
    public void Without_perturbation_score_intervals_are_the_scores_and_shares_are_zero_or_one()
    {
        var result = Run(new RankStabilityOptions { Measure = "betweenness", DropFraction = 0, Replicates = 10, TopK = 5 });
        Assert.That(result.TopK, Is.EqualTo(5));
        foreach (var row in result.Stakeholders)
        {
            Assert.That((row.LowerScore, row.UpperScore), Is.EqualTo((row.Score, row.Score)), row.Id);
            Assert.That(row.TopShare, Is.EqualTo(row.Rank <= 5 ? 1.0 : 0.0), row.Id);
            Assert.That(row.FirstShare, Is.EqualTo(row.Rank == 1 ? 1.0 : 0.0), row.Id);
        }
    }

    [Test]
    public void Shares_and_score_intervals_are_consistent_under_resampling()
    {
        var result = Run(new RankStabilityOptions { Measure = "betweenness", DropFraction = 0.3, Replicates = 50, TopK = 3 });
        foreach (var row in result.Stakeholders)
        {
            Assert.That(row.LowerScore, Is.LessThanOrEqualTo(row.UpperScore), row.Id);
            Assert.That(row.FirstShare, Is.LessThanOrEqualTo(row.TopShare), row.Id);
            Assert.That(row.TopShare, Is.InRange(0.0, 1.0));
            Assert.That(row.FirstShare * 50, Is.EqualTo(Math.Round(row.FirstShare * 50)).Within(1e-9), "a share of the 50 replicates");
        }

        // Every replicate has at least one stakeholder ranked first and at least three in its top 3 (more on ties).
        Assert.That(result.Stakeholders.Sum(r => r.FirstShare), Is.GreaterThanOrEqualTo(1 - 1e-9));
        Assert.That(result.Stakeholders.Sum(r => r.TopShare), Is.GreaterThanOrEqualTo(3 - 1e-9));
        Assert.That(result.Stakeholders.Any(r => r.FirstShare is > 0 and < 1), Is.True, "dropping 30% of the ties moves the leader sometimes");
        Assert.Catch<ArgumentException>(() => Run(new RankStabilityOptions { TopK = 0 }));
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
