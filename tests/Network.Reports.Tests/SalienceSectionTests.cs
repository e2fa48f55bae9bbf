using System.Xml.Linq;
using Stakeholders.Network.Analysis;
using Stakeholders.Network.Model;
using Stakeholders.Network.Reports.Charts;
using Stakeholders.Network.Reports.Rendering;

namespace Stakeholders.Network.Reports.Tests;

public class SalienceSectionTests
{
    /// <summary>The synthetic network with ratings on every stakeholder, hostile names included.</summary>
    internal static StakeholderNetwork Rated()
    {
        var network = SampleReports.Network();
        var b = new StakeholderNetworkBuilder { Title = network.Title, Description = network.Description };
        foreach (var d in network.Documents)
        {
            b.AddDocument(d);
        }

        var i = 0;
        foreach (var s in network.Stakeholders)
        {
            var x = (i++ % 10) / 9.0;
            b.AddStakeholder(s with
            {
                Attributes = new Dictionary<string, string>(s.Attributes)
                {
                    ["power"] = x.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture),
                    ["legitimacy"] = i % 2 == 0 ? "yes" : "no",
                    ["urgency"] = i % 3 == 0 ? "yes" : "no",
                    ["interest"] = (1 - x).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture),
                },
            });
        }

        foreach (var t in network.Ties)
        {
            b.AddTie(t);
        }

        return b.Build();
    }

    [Test]
    public void A_rated_network_gets_the_section_the_grid_and_a_summary_sentence()
    {
        var model = StakeholderReport.Build(Rated(), new StakeholderReportOptions { GeneratedAt = SampleReports.FixedTime });
        Assert.That(model.Salience, Is.Not.Null);
        var html = HtmlReportRenderer.Render(model);
        Assert.That(html, Does.Contain("<section id=\"salience\">").And.Contain("href=\"#salience\"").And.Contain("class=\"salience-summary\""));
        Assert.That(html, Does.Contain(SalienceReportSection.SummarySentence(model.Salience!.Result).Split(':')[0]));
        foreach (var quadrant in new[] { "manage-closely", "keep-satisfied", "keep-informed", "monitor" })
        {
            Assert.That(html, Does.Contain(quadrant));
        }

        var markdown = MarkdownReportRenderer.Render(model);
        Assert.That(markdown, Does.Contain("## Salience beside structure"));
    }

    [Test]
    public void Hostile_names_are_escaped_in_the_grid_and_the_section()
    {
        var network = Rated();
        var result = SalienceAnalysis.Compute(network);
        var svg = SalienceGridChart.Svg(result, new SalienceOptions());
        Assert.DoesNotThrow(() => XDocument.Parse(svg), "the grid is well-formed XML");
        Assert.That(svg, Does.Not.Contain("<script").And.Not.Contain("<img"));
        var html = SalienceReportSection.Html(result, new SalienceOptions());
        Assert.That(html, Does.Not.Contain("<script").And.Not.Contain("<img"));
        Assert.That(html, Does.Contain("&lt;script&gt;"));
    }

    [Test]
    public void A_network_without_ratings_has_no_salience_section()
    {
        var model = StakeholderReport.Build(SampleReports.Network(), new StakeholderReportOptions { GeneratedAt = SampleReports.FixedTime });
        Assert.That(model.Salience, Is.Null);
        Assert.That(HtmlReportRenderer.Render(model), Does.Not.Contain("id=\"salience\""));
    }

    [Test]
    public void The_summary_sentence_names_both_directions_of_disagreement()
    {
        var row = new StakeholderSalience("a", "A", 0.1, null, null, null, null, null, [], 1);
        SalienceResult Result(params SalienceDisagreement[] d) => new("betweenness", 2, [row], d, []);
        var under = new SalienceDisagreement("a", "Alpha", 0.1, 5, 0.4, 1, 5, "underrated", "x");
        var over = new SalienceDisagreement("b", "Beta", 0.9, 1, 0, 5, 5, "overrated", "y");
        Assert.That(SalienceReportSection.SummarySentence(Result()), Does.Contain("agrees"));
        Assert.That(SalienceReportSection.SummarySentence(Result(under, over)),
            Is.EqualTo("Of 1 stakeholders rated by the analyst, 2 disagree with the network: Alpha holds a stronger position on betweenness than its rated power; Beta is rated more powerful than its position in the recorded ties."));
    }
}
