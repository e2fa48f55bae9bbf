using Stakeholders.Network.Analysis;
using Stakeholders.Network.IO;
using Stakeholders.Network.Model;
using Stakeholders.Network.Reports.Model;
using Stakeholders.Network.Reports.Rendering;

namespace Stakeholders.Network.Reports.Tests;

/// <summary>
/// The over-time section: each snapshot computed once gives what direct period comparisons give, and long lists of ties
/// begun or ended are shortened with exact counts.
/// </summary>
public class TimelineTests
{
    private static readonly string[] Seeds = ["shijingshan-forum-2023.json", "cgiar-consortium-2009.json"];

    private static StakeholderNetwork Seed(string file) =>
        NetworkFile.Read(Path.Combine(TestContext.CurrentContext.TestDirectory, "seeds", file));

    [TestCaseSource(nameof(Seeds))]
    public void Every_snapshot_and_step_matches_the_direct_period_comparison(string seed)
    {
        var network = Seed(seed);
        var projection = new StakeholderReportOptions().Projection;
        foreach (var measure in new[] { "betweenness", "degree", "pagerank" })
        {
            var options = new PeriodComparisonOptions { Measure = measure };
            var timeline = BriefingBuilder.Timeline(network, projection, null, options, int.MaxValue, CancellationToken.None);
            Assert.That(timeline.IsComputed, Is.True);
            Assert.That(timeline.Steps, Has.Count.EqualTo(timeline.Snapshots.Count - 1));
            foreach (var snapshot in timeline.Snapshots)
            {
                var asOf = PeriodComparison.AsOf(network, PartialDate.Parse(snapshot.Date), projection);
                Assert.That((snapshot.StakeholderCount, snapshot.TieCount), Is.EqualTo((asOf.Graph.VertexCount, asOf.KeptTieIndices.Count)), snapshot.Date);
            }

            for (var i = 0; i < timeline.Steps.Count; i++)
            {
                var step = timeline.Steps[i];
                Assert.That((step.From, step.To), Is.EqualTo((timeline.Snapshots[i].Date, timeline.Snapshots[i + 1].Date)));
                var direct = PeriodComparison.CompareDates(network, PartialDate.Parse(step.From), PartialDate.Parse(step.To), projection, options);
                var at = $"{measure}, {step.From} → {step.To}";
                Assert.That(step.GainedCount, Is.EqualTo(direct.TiesGained.Count), at);
                Assert.That(step.LostCount, Is.EqualTo(direct.TiesLost.Count), at);
                Assert.That(step.Gained.Select(t => t.TieId), Is.SubsetOf(direct.TiesGained.Select(t => t.TieId)), at);
                Assert.That(step.Lost.Select(t => t.TieId), Is.SubsetOf(direct.TiesLost.Select(t => t.TieId)), at);
                Assert.That(step.Gained, Has.Count.EqualTo(Math.Min(direct.TiesGained.Count, BriefingBuilder.TimelineTieLimit)), at);
                Assert.That(step.Lost, Has.Count.EqualTo(Math.Min(direct.TiesLost.Count, BriefingBuilder.TimelineTieLimit)), at);
                if (direct.TiesGained.Count <= BriefingBuilder.TimelineTieLimit)
                {
                    Assert.That(step.Gained.Select(t => t.TieId), Is.EqualTo(direct.TiesGained.Select(t => t.TieId)), at);
                }

                var moves = direct.RankChanges.Where(r => r.Movement != 0).Take(5).Select(r => (r.Id, r.RankBefore, r.RankAfter));
                Assert.That(step.Moves.Select(m => (m.Stakeholder.Id, m.RankBefore, m.RankAfter)), Is.EqualTo(moves), at);
                var later = PeriodComparison.Snapshot(direct.Second, options);
                Assert.That(later.Ranks[direct.Second.Graph.IndexOf(timeline.Snapshots[i + 1].Leader!.Id)], Is.EqualTo(1), $"{at}: the leader ranks first");
            }
        }
    }

    [Test]
    public void Sampled_betweenness_on_snapshots_above_the_limit_is_said_and_with_every_source_ranks_as_the_exact()
    {
        var network = Seed(Seeds[0]);
        var projection = new StakeholderReportOptions().Projection;
        var options = new PeriodComparisonOptions { Measure = "betweenness" };
        var exact = BriefingBuilder.Timeline(network, projection, null, options, int.MaxValue, CancellationToken.None);
        var sampled = BriefingBuilder.Timeline(network, projection, null, options, 3, CancellationToken.None);
        Assert.That(exact.Reason, Does.Not.Contain("estimated"));
        Assert.That(sampled.Reason, Does.Contain("was estimated from 500 sample sources chosen with seed 42 (more than 3 stakeholders then)"));
        Assert.That(sampled.Reason, Does.Contain(sampled.Snapshots.First(s => s.StakeholderCount > 3).Date));

        // Fewer than 500 stakeholders: every vertex is a source, so the estimate is the exact betweenness.
        Assert.That(sampled.Snapshots, Is.EqualTo(exact.Snapshots));
        Assert.That(sampled.Steps.Select(s => s.Moves), Is.EqualTo(exact.Steps.Select(s => s.Moves)));
    }

    /// <summary>
    /// Hub h tied (undated) to x30–x39; ties g00–g39 (x_i–y_i) begin in 2021; ties l00–l29 (y_i–y_i+1) hold in 2020 only.
    /// </summary>
    private static StakeholderNetwork Busy()
    {
        var b = new StakeholderNetworkBuilder { Title = "busy" };
        b.AddStakeholder(new Stakeholder("h", "Hub", StakeholderKind.Person));
        for (var i = 0; i < 40; i++)
        {
            b.AddStakeholder(new Stakeholder($"x{i:00}", $"X{i:00}", StakeholderKind.Person));
            b.AddStakeholder(new Stakeholder($"y{i:00}", $"Y{i:00}", StakeholderKind.Person));
        }

        for (var i = 30; i < 40; i++)
        {
            b.AddTie(new Tie("h", $"x{i:00}", TieType.PartnersWith) { Id = $"h{i:00}" });
        }

        for (var i = 0; i < 40; i++)
        {
            b.AddTie(new Tie($"x{i:00}", $"y{i:00}", TieType.PartnersWith) { Id = $"g{i:00}", Period = new DatePeriod(PartialDate.Parse("2021"), null) });
        }

        for (var i = 0; i < 30; i++)
        {
            b.AddTie(new Tie($"y{i:00}", $"y{i + 1:00}", TieType.PartnersWith) { Id = $"l{i:00}", Period = new DatePeriod(PartialDate.Parse("2020"), PartialDate.Parse("2020")) });
        }

        return b.Build();
    }

    /// <summary>Competition ranks of degree among the ties valid at a date, counted from the tie list (no library code).</summary>
    private static Dictionary<string, int> DegreeRanks(StakeholderNetwork network, int year)
    {
        var valid = network.Ties.Where(t => t.Period is null || ((t.Period.Start?.Year ?? int.MinValue) <= year && year <= (t.Period.End?.Year ?? int.MaxValue))).ToArray();
        var degree = valid.SelectMany(t => new[] { t.Source, t.Target }).GroupBy(id => id).ToDictionary(g => g.Key, g => g.Count());
        return degree.ToDictionary(kv => kv.Key, kv => 1 + degree.Values.Count(d => d > kv.Value));
    }

    private static IEnumerable<string> Expected(StakeholderNetwork network, IEnumerable<string> tieIds, int year)
    {
        var ranks = DegreeRanks(network, year);
        var ties = network.Ties.ToDictionary(t => t.Id);
        return tieIds.OrderBy(id => Math.Min(ranks[ties[id].Source], ranks[ties[id].Target])).ThenBy(id => id, StringComparer.Ordinal).Take(BriefingBuilder.TimelineTieLimit);
    }

    [Test]
    public void Long_lists_of_ties_begun_and_ended_are_shortened_to_the_top_ranked_with_exact_counts()
    {
        var network = Busy();
        var model = StakeholderReport.Build(network, new StakeholderReportOptions
        {
            GeneratedAt = SampleReports.FixedTime,
            AsOfDates = [PartialDate.Parse("2020"), PartialDate.Parse("2022")],
            SizeMeasure = "degree",
            Rewirings = 0,
            StabilityReplicates = 0,
        });

        var step = model.Timeline.Steps.Single();
        Assert.That((step.GainedCount, step.LostCount), Is.EqualTo((40, 30)));
        Assert.That((step.Gained.Count, step.Lost.Count), Is.EqualTo((BriefingBuilder.TimelineTieLimit, BriefingBuilder.TimelineTieLimit)));

        // Gained ties ranked in 2022 (the ten touching x30–x39, tied to the hub, first); lost ties ranked in 2020.
        var gained = Expected(network, Enumerable.Range(0, 40).Select(i => $"g{i:00}"), 2022).ToArray();
        Assert.That(gained.Take(10), Is.EqualTo(Enumerable.Range(30, 10).Select(i => $"g{i:00}")), "the oracle puts the hub's neighbours first");
        Assert.That(step.Gained.Select(t => t.TieId), Is.EqualTo(gained));
        Assert.That(step.Lost.Select(t => t.TieId), Is.EqualTo(Expected(network, Enumerable.Range(0, 30).Select(i => $"l{i:00}"), 2020)));

        var html = HtmlReportRenderer.Render(model);
        Assert.That(html, Does.Contain("40 ties began and 30 ended."));
        Assert.That(html, Does.Contain("<p>Began (40):</p>").And.Contain("<p>Ended (30):</p>"));
        Assert.That(html, Does.Contain("<p class=\"more\">and 20 more (the 20 listed touch the highest-ranked stakeholders)</p>"));
        Assert.That(html, Does.Contain("<p class=\"more\">and 10 more (the 20 listed touch the highest-ranked stakeholders)</p>"));
        var markdown = MarkdownReportRenderer.Render(model);
        Assert.That(markdown, Does.Contain("40 ties began and 30 ended."));
        Assert.That(markdown, Does.Contain("- and 20 more (the 20 listed touch the highest-ranked stakeholders)\n"));
        Assert.That(markdown, Does.Contain("- and 10 more (the 20 listed touch the highest-ranked stakeholders)\n"));
        var json = ReportJson.Serialize(model);
        Assert.That(json, Does.Contain("\"gainedCount\": 40").And.Contain("\"lostCount\": 30"));
    }

    [Test]
    public void A_step_without_change_lists_nothing_and_has_no_more_line()
    {
        var model = StakeholderReport.Build(Busy(), new StakeholderReportOptions
        {
            GeneratedAt = SampleReports.FixedTime,
            AsOfDates = [PartialDate.Parse("2021"), PartialDate.Parse("2022")],
            SizeMeasure = "degree",
            Rewirings = 0,
            StabilityReplicates = 0,
        });

        var step = model.Timeline.Steps.Single();
        Assert.That((step.GainedCount, step.LostCount, step.Gained.Count, step.Lost.Count), Is.EqualTo((0, 0, 0, 0)));
        var html = HtmlReportRenderer.Render(model);
        Assert.That(html, Does.Contain("0 ties began and 0 ended."));
        Assert.That(html, Does.Not.Contain("listed touch the highest-ranked"));
    }

    [Test]
    public void The_reports_documentation_states_the_list_limit_and_the_sampling_rule()
    {
        var docs = File.ReadAllText(RankSupportTests.RepositoryFile("docs", "reports.md"));
        var limit = BriefingBuilder.TimelineTieLimit;
        Assert.That(docs, Does.Contain($"lists at most {limit} ties begun and {limit} ended; when there are more, the {limit} touching the highest-ranked stakeholders"));
        var defaults = new StakeholderReportOptions();
        Assert.That(docs, Does.Contain($"Betweenness of a snapshot with more than {defaults.ExactBetweennessLimit.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} stakeholders is estimated from {StakeholderReport.BetweennessSampleSources} sample sources"));
    }
}
