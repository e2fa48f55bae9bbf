using System.Text.RegularExpressions;
using Stakeholders.Network.IO;
using Stakeholders.Network.Model;
using Stakeholders.Network.Reports.Model;
using Stakeholders.Network.Reports.Rendering;

namespace Stakeholders.Network.Reports.Tests;

/// <summary>What the report says, read on the two seed networks: brokers, clusters, the summary, over time, the Markdown file.</summary>
public class BriefingTests
{
    private static readonly Dictionary<string, ReportModel> Models = new(StringComparer.Ordinal);

    private static readonly string[] Seeds = ["shijingshan-forum-2023.json", "cgiar-consortium-2009.json"];

    private static StakeholderNetwork Seed(string file) =>
        NetworkFile.Read(Path.Combine(TestContext.CurrentContext.TestDirectory, "seeds", file));

    private static ReportModel Model(string file)
    {
        lock (Models)
        {
            if (!Models.TryGetValue(file, out var model))
            {
                Models[file] = model = StakeholderReport.Build(Seed(file), new StakeholderReportOptions { GeneratedAt = SampleReports.FixedTime });
            }

            return model;
        }
    }

    [TestCaseSource(nameof(Seeds))]
    public void No_two_broker_rows_share_a_sentence_unless_its_facts_are_the_same(string seed)
    {
        var rows = Model(seed).Brokers.Rows;
        Assert.That(rows, Is.Not.Empty);
        for (var i = 0; i < rows.Count; i++)
        {
            for (var j = i + 1; j < rows.Count; j++)
            {
                foreach (var shared in rows[i].Sentences.Intersect(rows[j].Sentences, StringComparer.Ordinal))
                {
                    var a = rows[i];
                    var b = rows[j];
                    bool Same(string role) => a.Values.Single(v => v.Measure == role).Value == b.Values.Single(v => v.Measure == role).Value;
                    var facts = shared switch
                    {
                        _ when shared.StartsWith("Sits between", StringComparison.Ordinal) => a.PairCount == b.PairCount && a.OnlyLinkCount == b.OnlyLinkCount,
                        _ when shared.StartsWith("By organization type", StringComparison.Ordinal) => a.GroupLinks.Take(3).SequenceEqual(b.GroupLinks.Take(3)),
                        _ when shared.StartsWith("Pairs it links", StringComparison.Ordinal) => a.TopPairs.Take(3).SequenceEqual(b.TopPairs.Take(3)),
                        _ when shared.StartsWith("Gould–Fernandez", StringComparison.Ordinal) => a.OwnGroup == b.OwnGroup
                            && new[] { "coordinator", "itinerant", "gatekeeper", "representative", "liaison" }.All(Same),
                        _ when shared.StartsWith("Burt's constraint", StringComparison.Ordinal) => Same("constraint"),
                        _ => false,
                    };
                    Assert.That(facts, Is.True, $"{rows[i].Name} and {rows[j].Name} share \"{shared}\" with different facts");
                }
            }
        }
    }

    [TestCaseSource(nameof(Seeds))]
    public void Each_broker_names_its_groups_its_pairs_its_roles_and_its_constraint(string seed)
    {
        foreach (var row in Model(seed).Brokers.Rows)
        {
            Assert.That(row.GroupingName, Is.EqualTo("organization type"));
            Assert.That(row.PairCount, Is.GreaterThan(0));
            Assert.That(row.GroupLinks.Sum(l => l.PairCount), Is.EqualTo(row.PairCount));
            Assert.That(row.Why, Does.Contain("By organization type, it links"));
            Assert.That(row.Why, Does.Contain(row.TopPairs[0].First.Name).And.Contain(row.TopPairs[0].Second.Name));
            Assert.That(row.Why, Does.Contain("Gould–Fernandez roles").And.Contain("Burt's constraint"));
            if (row.TopPairs[0].IsOnlyLink)
            {
                Assert.That(row.Why, Does.Contain($"the only link between {row.TopPairs[0].First.Name} and {row.TopPairs[0].Second.Name}"));
            }

            // One meaning of "group" per sentence, and it is named in the sentence.
            foreach (var sentence in row.Sentences.Where(s => s.Contains("group", StringComparison.Ordinal)))
            {
                Assert.That(sentence, Does.Contain("organization type"), sentence);
                Assert.That(sentence, Does.Not.Contain("cluster").And.Not.Contain("communit"), sentence);
            }
        }
    }

    [TestCaseSource(nameof(Seeds))]
    public void The_report_and_the_brokers_command_rank_brokers_alike(string seed)
    {
        var network = Seed(seed);
        var projection = Graphs.NetworkProjection.Project(network, new StakeholderReportOptions().Projection);
        var groups = Analysis.NetworkAnalyzer.GroupLabelsOf(projection, "organization-type", new Analysis.AnalysisOptions());
        var roles = Algorithms.Brokerage.BrokerageMeasures.GouldFernandez(projection.Graph, groups);
        var constraint = Algorithms.Brokerage.BrokerageMeasures.StructuralHoles(projection.Graph, new Algorithms.Brokerage.StructuralHolesOptions { UseWeights = false }).Constraint;
        var rows = Model(seed).Brokers.Rows;
        var expected = Algorithms.Brokerage.BrokerRanking.Order(projection.Graph, roles, constraint).Take(rows.Count).Select(projection.Graph.IdOf);

        Assert.That(rows.Select(r => r.Id), Is.EqualTo(expected));
        Assert.That(rows, Has.Count.GreaterThanOrEqualTo(3));
    }

    [TestCaseSource(nameof(Seeds))]
    public void Every_cluster_has_a_name_from_its_content_and_small_ones_are_fragments(string seed)
    {
        var clusters = Model(seed).Clusters;
        Assert.That(clusters.Clusters, Is.Not.Empty);
        Assert.That(clusters.Clusters.Select(c => c.Label), Is.Unique);
        foreach (var c in clusters.Clusters)
        {
            Assert.That(c.Label, Is.Not.Empty.And.Not.Match(@"^Community \d+$").And.Not.Match(@"^Cluster \d+$"));
            Assert.That(c.Label, Does.StartWith(c.Members[0].Name), "named after its most central member");
            Assert.That(c.Members, Has.Count.EqualTo(c.Size), "every member listed");
            Assert.That(c.IsFragment, Is.EqualTo(c.Size <= 2));
            Assert.That(c.Description, Is.Not.Empty);
            if (!c.IsFragment)
            {
                Assert.That(c.BindingTies, Is.Not.Empty, "the ties that bind it");
            }
        }

        Assert.That(clusters.Significance, Is.Not.Null);
        Assert.That(clusters.Significance!.Rewirings, Is.EqualTo(50));
        Assert.That(clusters.Significance.Verdict, Does.Match("stronger than chance|no stronger than chance"));
    }

    [Test]
    public void The_fixed_modularity_threshold_text_is_gone()
    {
        foreach (var seed in Seeds)
        {
            var html = HtmlReportRenderer.Render(Model(seed));
            var markdown = MarkdownReportRenderer.Render(Model(seed));
            Assert.That(html, Does.Not.Contain("above about 0.3"));
            Assert.That(markdown, Does.Not.Contain("above about 0.3"));
        }
    }

    [TestCaseSource(nameof(Seeds))]
    public void The_summary_names_the_top_stakeholder_a_broker_with_its_groups_and_the_clusters_and_links_each_sentence(string seed)
    {
        var model = Model(seed);
        var findings = model.Findings;
        Assert.That(findings, Has.Count.InRange(3, 6));
        var text = string.Join(" ", findings.Select(f => f.Text));
        Assert.That(text, Does.Contain(model.KeyActors.Rows[0].Name));
        var broker = model.Brokers.Rows[0];
        Assert.That(text, Does.Contain(broker.Name));
        var link = broker.GroupLinks[0];
        Assert.That(text, Does.Contain(BriefingBuilder.Plural(link.FirstGroup)).And.Contain(BriefingBuilder.Plural(link.SecondGroup)).And.Contain("groups by organization type"));
        Assert.That(text, Does.Contain(model.Clusters.Clusters.First(c => !c.IsFragment).Label));
        var anchors = new[] { ReportSections.KeyActors, ReportSections.Brokers, ReportSections.Clusters, ReportSections.Timeline, ReportSections.Evidence };
        Assert.That(findings.Select(f => f.Anchor), Is.All.AnyOf(anchors));

        var html = HtmlReportRenderer.Render(model);
        foreach (var f in findings)
        {
            Assert.That(html, Does.Contain($"<section id=\"{f.Anchor}\">"), $"the section {f.Anchor} exists");
        }
    }

    [Test]
    public void No_summary_sentence_is_the_same_for_two_different_networks()
    {
        var a = Model(Seeds[0]).Findings;
        var b = Model(Seeds[1]).Findings;
        Assert.That(a.Select(f => f.Text).Intersect(b.Select(f => f.Text)), Is.Empty);
        foreach (var anchor in a.Select(f => f.Anchor).Intersect(b.Select(f => f.Anchor)))
        {
            Assert.That(a.Where(f => f.Anchor == anchor).Select(f => f.Text), Is.Not.EquivalentTo(b.Where(f => f.Anchor == anchor).Select(f => f.Text)));
        }
    }

    [TestCaseSource(nameof(Seeds))]
    public void Dated_networks_get_an_over_time_section_from_the_period_comparison(string seed)
    {
        var network = Seed(seed);
        var timeline = Model(seed).Timeline;
        Assert.That(timeline.IsComputed, Is.True);
        Assert.That(timeline.Snapshots, Has.Count.GreaterThanOrEqualTo(2));
        Assert.That(timeline.Steps, Has.Count.EqualTo(timeline.Snapshots.Count - 1));
        var step = timeline.Steps[0];
        var comparison = Analysis.PeriodComparison.CompareDates(
            network, PartialDate.Parse(step.From), PartialDate.Parse(step.To), new StakeholderReportOptions().Projection,
            new Analysis.PeriodComparisonOptions { Measure = "betweenness" });
        Assert.That((step.GainedCount, step.LostCount), Is.EqualTo((comparison.TiesGained.Count, comparison.TiesLost.Count)));
        Assert.That(step.Gained.Select(t => t.TieId).ToList(), Is.SubsetOf(comparison.TiesGained.Select(t => t.TieId)).And.Count.EqualTo(Math.Min(comparison.TiesGained.Count, BriefingBuilder.TimelineTieLimit)));
        Assert.That(step.Lost.Select(t => t.TieId).ToList(), Is.SubsetOf(comparison.TiesLost.Select(t => t.TieId)).And.Count.EqualTo(Math.Min(comparison.TiesLost.Count, BriefingBuilder.TimelineTieLimit)));
    }

    [Test]
    public void As_of_dates_choose_the_snapshots()
    {
        var model = StakeholderReport.Build(Seed(Seeds[1]), new StakeholderReportOptions
        {
            GeneratedAt = SampleReports.FixedTime,
            AsOfDates = [PartialDate.Parse("2010-01"), PartialDate.Parse("2009-06")],
            Rewirings = 0,
            StabilityReplicates = 0,
        });

        Assert.That(model.Timeline.Snapshots.Select(s => s.Date), Is.EqualTo(new[] { "2009-06", "2010-01" }));
        Assert.That(model.Clusters.Significance, Is.Null);
    }

    [Test]
    public void An_undated_network_has_no_over_time_section()
    {
        var model = StakeholderReport.Build(Undated(), new StakeholderReportOptions { GeneratedAt = SampleReports.FixedTime });

        Assert.That(model.Timeline.IsComputed, Is.False);
        Assert.That(HtmlReportRenderer.Render(model), Does.Not.Contain("id=\"over-time\""));
    }

    [TestCaseSource(nameof(Seeds))]
    public void Every_stakeholder_has_a_profile_with_ties_quotes_ranks_and_cluster(string seed)
    {
        var model = Model(seed);
        var network = Seed(seed);
        Assert.That(model.Stakeholders.Select(p => p.Id), Is.EquivalentTo(network.Stakeholders.Select(s => s.Id)));
        foreach (var p in model.Stakeholders)
        {
            Assert.That(p.Ties.Sum(g => g.Ties.Count), Is.EqualTo(network.Ties.Count(t => t.Source == p.Id || t.Target == p.Id)));
            Assert.That(p.Ties.SelectMany(g => g.Ties).SelectMany(t => t.Quotes), Is.Not.Empty, $"{p.Id} has quotes");
            Assert.That(p.Ranks.Select(r => r.Measure), Is.EqualTo(new StakeholderReportOptions().Measures));
            var byMeasure = p.Ranks.Single(r => r.Measure == "betweenness");
            Assert.That(byMeasure.LowerRank, Is.Not.Null, "rank interval of the ranking measure");
            Assert.That(p.ClusterName, Is.EqualTo(model.Clusters.Clusters.Single(c => c.Id == p.ClusterId).Label));
        }

        var broker = model.Brokers.Rows[0];
        Assert.That(model.Stakeholders.Single(p => p.Id == broker.Id).BrokeredPairCount, Is.EqualTo(broker.PairCount));
    }

    [Test]
    public void The_title_is_the_network_s_own_never_the_file_name()
    {
        Assert.That(Model(Seeds[1]).Title, Is.EqualTo("Building the Consortium of CGIAR Centers, 2009-2010"));
        var untitled = new StakeholderNetworkBuilder();
        untitled.AddDocument(new SourceDocument("d1", "Board changes at Example Corp", null, null, null));
        untitled.AddStakeholder(new Stakeholder("a", "A", StakeholderKind.Person));
        untitled.AddStakeholder(new Stakeholder("b", "B", StakeholderKind.Organization));
        untitled.AddTie(new Tie("a", "b", TieType.HoldsPosition));
        Assert.That(StakeholderReport.DefaultTitle(untitled.Build()), Is.EqualTo("Stakeholders in “Board changes at Example Corp”"));
        Assert.That(StakeholderReport.DefaultTitle(new StakeholderNetworkBuilder().Build()), Is.EqualTo("Stakeholder network report"));
    }

    [Test]
    public void Markdown_writes_the_drawing_beside_itself_links_it_and_needs_no_browser()
    {
        var directory = Directory.CreateTempSubdirectory("briefing-md-");
        try
        {
            var path = Path.Combine(directory.FullName, "brief (final).md");
            ReportWriter.Write(Model(Seeds[0]), path);

            var svg = ReportWriter.DrawingPathFor(path);
            Assert.That(File.Exists(svg), Is.True);
            Assert.That(File.ReadAllText(svg), Does.StartWith("<?xml").And.Contain("<svg xmlns=\"http://www.w3.org/2000/svg\""));
            var markdown = File.ReadAllText(path);
            Assert.That(markdown, Does.Contain("](brief%20%28final%29.network.svg)"));
            Assert.That(markdown, Does.Not.Match("(?i)hover|click|in the HTML version"));
            Assert.That(Regex.Matches(markdown, @"\]\(#([a-z-]+)\)").Select(m => m.Groups[1].Value), Is.All.AnyOf(
                "key-actors", "brokers", "clusters", "over-time", "evidence"));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Test]
    public void Hostile_names_stay_inert_in_the_new_markdown_sections()
    {
        var model = StakeholderReport.Build(SampleReports.Network(), new StakeholderReportOptions { GeneratedAt = SampleReports.FixedTime, Rewirings = 10, StabilityReplicates = 10 });
        var markdown = MarkdownReportRenderer.Render(model, "x.svg");

        Assert.That(markdown, Does.Contain(@"\<img src=x"), "the name is there, escaped");
        Assert.That(markdown, Does.Not.Match(@"(?<!\\)<(script|img)").And.Not.Match(@"(?<!\\)\]\(javascript:"));
        Assert.That(markdown, Does.Not.Contain("**bold**"), "Markdown punctuation in names is escaped");
        foreach (var line in markdown.Split('\n').Where(l => l.StartsWith("### ", StringComparison.Ordinal) || l.StartsWith("- ", StringComparison.Ordinal)))
        {
            Assert.That(line, Does.Not.Contain("\u0007").And.Not.Contain("\u001B"));
        }

        var html = HtmlReportRenderer.Render(model);
        Assert.That(html, Does.Not.Contain("<script>alert").And.Not.Contain("<img src=x"));
    }

    [Test]
    public void Same_input_and_seed_give_byte_identical_reports_apart_from_the_timestamp()
    {
        var first = StakeholderReport.Build(Seed(Seeds[1]), new StakeholderReportOptions { GeneratedAt = SampleReports.FixedTime });
        var second = StakeholderReport.Build(Seed(Seeds[1]), new StakeholderReportOptions { GeneratedAt = SampleReports.FixedTime });

        Assert.That(HtmlReportRenderer.Render(second), Is.EqualTo(HtmlReportRenderer.Render(first)));
        Assert.That(MarkdownReportRenderer.Render(second), Is.EqualTo(MarkdownReportRenderer.Render(first)));
        Assert.That(ReportJson.Serialize(second), Is.EqualTo(ReportJson.Serialize(first)));
    }

    private static StakeholderNetwork Undated()
    {
        var b = new StakeholderNetworkBuilder { Title = "Undated" };
        foreach (var id in new[] { "a", "b", "c", "d" })
        {
            b.AddStakeholder(new Stakeholder(id, id.ToUpperInvariant(), StakeholderKind.Person));
        }

        b.AddTie(new Tie("a", "b", TieType.PartnersWith));
        b.AddTie(new Tie("b", "c", TieType.PartnersWith));
        b.AddTie(new Tie("c", "d", TieType.PartnersWith));
        return b.Build();
    }
}
