using Stakeholders.Network.Analysis;
using Stakeholders.Network.Graphs;
using Stakeholders.Network.Model;

namespace Stakeholders.Network.Tests.Analytics;

/// <summary>Analysis restricted to well-sourced ties, or weighted by confidence, on the seed network.</summary>
public class EvidenceFilterTests
{
    private static readonly AnalysisOptions DegreeAndStrength = new() { Measures = ["degree", "strength"], Communities = null };

    [Test]
    public void Minimum_evidence_counts_distinct_documents()
    {
        var seed = AnalyticsFixtures.Seed;
        Assert.That(seed.Ties.All(t => t.IndependentSourceCount == 1), Is.True, "the seed cites one press release throughout");
        var all = NetworkAnalyzer.Analyze(seed, DegreeAndStrength, new ProjectionOptions { WeightSource = WeightSource.None });
        var one = NetworkAnalyzer.Analyze(seed, DegreeAndStrength, new ProjectionOptions { WeightSource = WeightSource.None, MinimumEvidence = 1 });
        var two = NetworkAnalyzer.Analyze(seed, DegreeAndStrength, new ProjectionOptions { WeightSource = WeightSource.None, MinimumEvidence = 2 });
        Assert.That(one.Network.Edges, Is.EqualTo(all.Network.Edges));
        Assert.That(two.Network.Edges, Is.Zero);
        Assert.That(two.Nodes.All(n => n.Scores["degree"] == 0), Is.True);
    }

    [Test]
    public void A_tie_confirmed_by_a_second_document_survives_minimum_evidence_two()
    {
        var seed = AnalyticsFixtures.Seed;
        var confirmed = seed.Ties.First(t => t.Id == "liang-jie|HOLDS_POSITION|shougang-group");
        var b = new StakeholderNetworkBuilder { Title = seed.Title };
        foreach (var d in seed.Documents)
        {
            b.AddDocument(d);
        }

        b.AddDocument(new SourceDocument("second-report", "A second report"));
        foreach (var s in seed.Stakeholders)
        {
            b.AddStakeholder(s);
        }

        foreach (var t in seed.Ties)
        {
            b.AddTie(t.Id == confirmed.Id ? t with { Evidence = [.. t.Evidence, new Evidence("second-report", "Liang Jie of Shougang Group")] } : t);
        }

        var network = b.Build();
        var result = NetworkAnalyzer.Analyze(network, DegreeAndStrength, new ProjectionOptions { WeightSource = WeightSource.None, MinimumEvidence = 2, KeepIsolated = false });
        Assert.That(result.Network.Edges, Is.EqualTo(1));
        Assert.That(result.Nodes.Select(n => n.Id), Is.EquivalentTo(new[] { "liang-jie", "shougang-group" }));
    }

    [Test]
    public void Confidence_weights_make_strength_the_sum_of_tie_confidences()
    {
        var seed = AnalyticsFixtures.Seed;
        Assert.That(seed.Ties.Count(t => t.Confidence < 1), Is.GreaterThan(0));
        var result = NetworkAnalyzer.Analyze(seed, DegreeAndStrength, new ProjectionOptions { WeightSource = WeightSource.Confidence });
        foreach (var row in result.Nodes)
        {
            var expected = seed.Ties.Where(t => t.Source == row.Id || t.Target == row.Id).Sum(t => t.Source == t.Target ? 2 * t.Confidence : t.Confidence);
            Assert.That(row.Scores["strength"], Is.EqualTo(expected).Within(1e-9), row.Id);
        }

        // Every seed tie has strength 1, so the confidence-weighted strength falls short of it exactly where ties are uncertain.
        var byStrength = NetworkAnalyzer.Analyze(seed, DegreeAndStrength, new ProjectionOptions { WeightSource = WeightSource.Strength });
        var uncertain = seed.Ties.Where(t => t.Confidence < 1).SelectMany(t => new[] { t.Source, t.Target }).ToHashSet();
        foreach (var row in result.Nodes)
        {
            var full = byStrength.Nodes.Single(n => n.Id == row.Id).Scores["strength"];
            Assert.That(row.Scores["strength"] < full, Is.EqualTo(uncertain.Contains(row.Id)), row.Id);
        }
    }
}
