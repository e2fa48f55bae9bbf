using System.Globalization;
using System.Text;
using Stakeholders.Network.Reports.Model;
using Stakeholders.Network.Reports.Text;

namespace Stakeholders.Network.Reports.Rendering;

// The briefing sections of the HTML report: the written summary, brokers described by the pairs and groups they link,
// named clusters judged against chance, and the network over time. Every stakeholder name is a
// <span class="stakeholder" data-id="..."> so the interactive layer can open its panel.
public static partial class HtmlReportRenderer
{
    private const string BriefingCss = """
        #findings ol { padding-left: 1.4rem; } #findings li { margin: .35rem 0; line-height: 1.5; }
        #findings li a.see { font-size: .85em; color: var(--muted); margin-left: .3rem; }
        .broker { border-top: 1px solid var(--rule); padding: .6rem 0; } .broker h3 { margin: .2rem 0 .4rem; font-size: 1.05rem; }
        .broker ul, .cluster ul { margin: .3rem 0 .3rem 1.2rem; padding: 0; } .broker p, .cluster p { margin: .3rem 0; }
        .cluster { border-top: 1px solid var(--rule); padding: .6rem 0; } .cluster h3 { margin: .2rem 0 .4rem; font-size: 1.05rem; }
        .cluster.fragment h3 { color: var(--muted); font-weight: normal; }
        ul.members, ul.ties { columns: 2 18rem; } ul.members li, ul.ties li { break-inside: avoid; } .verdict { font-weight: 600; }
        .timeline td, .timeline th { vertical-align: top; }
        dl.measure-key { font-size: .9rem; color: var(--muted); display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
        dl.measure-key dt { font-weight: 600; } dl.measure-key dd { margin: 0; }
        @media print { .broker, .cluster { break-inside: avoid; } }

        """;

    private static void StakeholderName(StringBuilder sb, StakeholderRef who, bool strong = false)
    {
        sb.Append("<span class=\"stakeholder\" data-id=\"").Append(Escape.HtmlAttribute(who.Id)).Append("\">");
        sb.Append(strong ? "<strong>" : string.Empty).Append(Escape.HtmlText(who.Name)).Append(strong ? "</strong>" : string.Empty).Append("</span>");
    }

    private static void WriteFindings(StringBuilder sb, IReadOnlyList<FindingSentence> findings)
    {
        if (findings.Count == 0)
        {
            return;
        }

        sb.Append("<section id=\"").Append(ReportSections.Findings).Append("\">\n<h2>").Append(Escape.HtmlText(ReportTexts.FindingsHeading)).Append("</h2>\n<ol>\n");
        foreach (var f in findings)
        {
            sb.Append("<li>").Append(Escape.HtmlText(f.Text)).Append(" <a class=\"see\" href=\"#").Append(Escape.HtmlAttribute(f.Anchor)).Append("\">(see ")
              .Append(Escape.HtmlText(SectionName(f.Anchor))).Append(")</a></li>\n");
        }

        sb.Append("</ol>\n</section>\n");
    }

    internal static string SectionName(string anchor) => anchor switch
    {
        ReportSections.KeyActors => ReportTexts.KeyActorsHeading.ToLowerInvariant(),
        ReportSections.Brokers => ReportTexts.BrokersHeading.ToLowerInvariant(),
        ReportSections.Clusters => ReportTexts.ClustersHeading.ToLowerInvariant(),
        ReportSections.Timeline => ReportTexts.TimelineHeading.ToLowerInvariant(),
        ReportSections.Evidence => ReportTexts.EvidenceHeading.ToLowerInvariant(),
        ReportSections.Method => "method",
        _ => anchor,
    };

    // What each key-actor column means, printed (the column headers' tooltips need a mouse; print and screen readers do not).
    private static void WriteMeasureKey(StringBuilder sb, KeyActorsSection section)
    {
        var columns = section.MeasureColumns();
        if (columns.Count == 0)
        {
            return;
        }

        sb.Append("<dl class=\"measure-key\">\n");
        foreach (var c in columns)
        {
            sb.Append("<dt>").Append(Escape.HtmlText(c)).Append("</dt><dd>").Append(Escape.HtmlText(MeasureGlossary.Define(c))).Append("</dd>\n");
        }

        if (section.Support is { } support)
        {
            sb.Append("<dt>").Append(Escape.HtmlText(ReportTexts.RankRangeHeader(support))).Append("</dt><dd>")
              .Append(Escape.HtmlText(ReportTexts.RankRangeMeaning(support))).Append(" Under it, ").Append(Escape.HtmlText(ReportTexts.TopShareMeaning(support).Replace("The share", "the share", StringComparison.Ordinal))).Append(" Ranks, not values, are compared: with part of the ties missing, every ")
              .Append(Escape.HtmlText(support.Measure)).Append(" value shifts, so only the order is comparable across the networks.</dd>\n");
        }

        sb.Append("</dl>\n");
    }

    private static void WriteBrokers(StringBuilder sb, BrokersSection section)
    {
        SectionStart(sb, ReportSections.Brokers, ReportTexts.BrokersHeading, ReportTexts.BrokersIntro);
        if (!section.IsComputed)
        {
            sb.Append("<p class=\"not-computed\">").Append(Escape.HtmlText(ReportTexts.NotComputed(section.Reason))).Append("</p>\n</section>\n");
            return;
        }

        if (!string.IsNullOrWhiteSpace(section.Reason) && section.Rows.Count == 0)
        {
            sb.Append("<p class=\"note\">").Append(Escape.HtmlText(section.Reason)).Append("</p>\n");
        }

        var rank = 1;
        foreach (var row in section.Rows)
        {
            sb.Append("<div class=\"broker\">\n<h3>").Append(rank++.ToString(CultureInfo.InvariantCulture)).Append(". ");
            StakeholderName(sb, new StakeholderRef(row.Id, row.Name));
            sb.Append(" <span class=\"kind\">(").Append(Escape.HtmlText(row.Kind)).Append(")</span></h3>\n<ul>\n");
            foreach (var sentence in row.Sentences.Count > 0 ? row.Sentences : [row.Why ?? string.Empty])
            {
                sb.Append("<li>").Append(Escape.HtmlText(sentence)).Append("</li>\n");
            }

            sb.Append("</ul>\n</div>\n");
        }

        if (section.Rows.Count > 0)
        {
            var columns = section.ValueColumns();
            if (!string.IsNullOrWhiteSpace(section.Reason))
            {
                sb.Append("<p class=\"note\">").Append(Escape.HtmlText(section.Reason)).Append("</p>\n");
            }

            sb.Append("<h3>The numbers behind the brokers</h3>\n<div class=\"scroll\"><table class=\"brokers\">\n<thead><tr><th>Stakeholder</th><th class=\"num\"><abbr title=\"Pairs of stakeholders with no tie of their own that this stakeholder sits between\">pairs</abbr></th>");
            foreach (var c in columns)
            {
                sb.Append("<th class=\"num\"><abbr title=\"").Append(Escape.HtmlAttribute(MeasureGlossary.Define(c))).Append("\">")
                  .Append(Escape.HtmlText(c)).Append("</abbr></th>");
            }

            sb.Append("</tr></thead>\n<tbody>\n");
            foreach (var row in section.Rows)
            {
                sb.Append("<tr><td>");
                StakeholderName(sb, new StakeholderRef(row.Id, row.Name));
                sb.Append("</td><td class=\"num\">").Append(row.PairCount.ToString(CultureInfo.InvariantCulture)).Append("</td>");
                AppendValueCells(sb, columns, row.Values);
                sb.Append("</tr>\n");
            }

            sb.Append("</tbody>\n</table></div>\n<p class=\"note\">Role columns count brokering paths (a path from one stakeholder through the broker to another with no tie between the two), with groups by organization type; constraint runs from 0 (contacts unconnected: a free broker) to 1 (one contact it depends on).</p>\n");
        }

        sb.Append("</section>\n");
    }

    private static void WriteClusters(StringBuilder sb, ClustersSection section)
    {
        SectionStart(sb, ReportSections.Clusters, ReportTexts.ClustersHeading, ReportTexts.ClustersIntro);
        if (!section.IsComputed)
        {
            sb.Append("<p class=\"not-computed\">").Append(Escape.HtmlText(ReportTexts.NotComputed(section.Reason))).Append("</p>\n</section>\n");
            return;
        }

        sb.Append("<p class=\"note\">").Append(Escape.HtmlText(ClusterHeadline(section))).Append("</p>\n");
        if (section.Significance is { } sig)
        {
            sb.Append("<p class=\"verdict\">").Append(Escape.HtmlText(sig.Verdict)).Append("</p>\n");
        }

        if (!string.IsNullOrWhiteSpace(section.Reason))
        {
            sb.Append("<p class=\"note\">").Append(Escape.HtmlText(section.Reason)).Append("</p>\n");
        }

        foreach (var c in section.Clusters)
        {
            sb.Append("<div class=\"cluster").Append(c.IsFragment ? " fragment" : string.Empty).Append("\" data-cluster=\"").Append(c.Id.ToString(CultureInfo.InvariantCulture)).Append("\">\n<h3>")
              .Append(c.IsFragment ? "Fragment: " : string.Empty).Append(Escape.HtmlText(c.Label)).Append("</h3>\n");
            if (!string.IsNullOrWhiteSpace(c.Description))
            {
                sb.Append("<p>").Append(Escape.HtmlText(c.Description)).Append("</p>\n");
            }

            if (!c.IsFragment)
            {
                sb.Append("<ul class=\"members\">\n");
                foreach (var m in c.Members)
                {
                    sb.Append("<li>");
                    StakeholderName(sb, m);
                    sb.Append("</li>\n");
                }

                sb.Append("</ul>\n");
                if (c.Size > c.Members.Count)
                {
                    sb.Append("<p class=\"more\">and ").Append((c.Size - c.Members.Count).ToString(CultureInfo.InvariantCulture)).Append(" more</p>\n");
                }
            }

            if (c.Bridges.Count > 0)
            {
                sb.Append("<p>Bridges to other clusters: ");
                var first = true;
                foreach (var b in c.Bridges)
                {
                    sb.Append(first ? string.Empty : "; ");
                    StakeholderName(sb, b);
                    first = false;
                }

                sb.Append(".</p>\n");
            }

            sb.Append("</div>\n");
        }

        sb.Append("</section>\n");
    }

    internal static string ClusterHeadline(ClustersSection section)
    {
        var fragments = section.Clusters.Count(c => c.IsFragment);
        var real = section.Clusters.Count - fragments;
        var text = $"{real} {(real == 1 ? "cluster" : "clusters")}{(fragments > 0 ? $" and {fragments} {(fragments == 1 ? "fragment" : "fragments")}" : string.Empty)} found";
        if (!string.IsNullOrWhiteSpace(section.Algorithm))
        {
            text += $" by {section.Algorithm}";
        }

        if (section.Modularity is { } q)
        {
            text += $" (modularity {Escape.Number(q, 3)}: the share of ties inside clusters minus the share expected if ties fell at random; 0 = no clustering, at most 1)";
        }

        return text + ".";
    }

    private static void WriteTimeline(StringBuilder sb, TimelineSection section)
    {
        if (!section.IsComputed)
        {
            return;
        }

        SectionStart(sb, ReportSections.Timeline, ReportTexts.TimelineHeading, ReportTexts.TimelineIntro);
        if (!string.IsNullOrWhiteSpace(section.Reason))
        {
            sb.Append("<p class=\"note\">").Append(Escape.HtmlText(section.Reason)).Append("</p>\n");
        }

        sb.Append("<div class=\"scroll\"><table class=\"timeline\">\n<thead><tr><th>As of</th><th class=\"num\">Stakeholders with a tie</th><th class=\"num\">Ties in force</th><th>Highest by ")
          .Append(Escape.HtmlText(section.Measure ?? string.Empty)).Append("</th></tr></thead>\n<tbody>\n");
        foreach (var s in section.Snapshots)
        {
            sb.Append("<tr><td>").Append(Escape.HtmlText(s.Date)).Append("</td><td class=\"num\">").Append(s.StakeholderCount.ToString(CultureInfo.InvariantCulture))
              .Append("</td><td class=\"num\">").Append(s.TieCount.ToString(CultureInfo.InvariantCulture)).Append("</td><td>");
            if (s.Leader is { } leader)
            {
                StakeholderName(sb, leader);
            }
            else
            {
                sb.Append('–');
            }

            sb.Append("</td></tr>\n");
        }

        sb.Append("</tbody>\n</table></div>\n");
        foreach (var step in section.Steps)
        {
            sb.Append("<h3>From ").Append(Escape.HtmlText(step.From)).Append(" to ").Append(Escape.HtmlText(step.To)).Append("</h3>\n<p>")
              .Append(Escape.HtmlText(TimelineStepSummary(step))).Append("</p>\n");
            TimelineTies(sb, "Began", step.Gained, step.GainedCount);
            TimelineTies(sb, "Ended", step.Lost, step.LostCount);
            if (step.Moves.Count > 0)
            {
                sb.Append("<p>Largest rank moves (1 = highest):</p>\n<ul>\n");
                foreach (var m in step.Moves)
                {
                    sb.Append("<li>");
                    StakeholderName(sb, m.Stakeholder);
                    sb.Append(": ").Append(m.RankBefore.ToString(CultureInfo.InvariantCulture)).Append(" → ").Append(m.RankAfter.ToString(CultureInfo.InvariantCulture)).Append("</li>\n");
                }

                sb.Append("</ul>\n");
            }
        }

        sb.Append("</section>\n");
    }

    internal static string TimelineStepSummary(TimelineStep step) =>
        string.Create(CultureInfo.InvariantCulture, $"{step.GainedCount} {(step.GainedCount == 1 ? "tie" : "ties")} began and {step.LostCount} ended.");

    /// <summary>The line after a shortened list of ties begun or ended: how many more there are and which were listed.</summary>
    internal static string TimelineMoreTies(int listed, int total) =>
        string.Create(CultureInfo.InvariantCulture, $"and {total - listed} more (the {listed} listed touch the highest-ranked stakeholders)");

    private static void TimelineTies(StringBuilder sb, string caption, IReadOnlyList<TimelineTie> ties, int total)
    {
        if (ties.Count == 0)
        {
            return;
        }

        sb.Append("<p>").Append(Escape.HtmlText(caption)).Append(" (").Append(total.ToString(CultureInfo.InvariantCulture)).Append("):</p>\n<ul class=\"ties\">\n");
        foreach (var t in ties)
        {
            sb.Append("<li>");
            StakeholderName(sb, t.Source);
            sb.Append(' ').Append(Escape.HtmlText(t.TieType)).Append(' ');
            StakeholderName(sb, t.Target);
            if (!string.IsNullOrWhiteSpace(t.Period))
            {
                sb.Append(" (").Append(Escape.HtmlText(t.Period)).Append(')');
            }

            sb.Append("</li>\n");
        }

        sb.Append("</ul>\n");
        if (total > ties.Count)
        {
            sb.Append("<p class=\"more\">").Append(Escape.HtmlText(TimelineMoreTies(ties.Count, total))).Append("</p>\n");
        }
    }
}
