using System.Globalization;
using System.Text;
using Stakeholders.Network.Reports.Charts;
using Stakeholders.Network.Reports.Model;
using Stakeholders.Network.Reports.Text;

namespace Stakeholders.Network.Reports.Rendering;

/// <summary>
/// Renders a <see cref="ReportModel"/> as Markdown (CommonMark with GitHub tables): the same sections as the HTML report,
/// charts as tables, and the network picture as a link to an SVG file written beside the report
/// (<see cref="ReportWriter.Write"/> writes it). Nothing in it needs a browser: no hover or click instructions.
/// </summary>
/// <remarks>
/// Every string from the model goes through <see cref="Escape.Markdown"/> (Markdown punctuation and pipes
/// backslash-escaped, line breaks flattened), so no value can open a link, an HTML tag, a heading or a new table cell.
/// Links are written only for absolute http(s) URLs.
/// </remarks>
public static class MarkdownReportRenderer
{
    /// <summary>Renders the report; the network picture is linked as <paramref name="drawingFile"/> (a relative path) when given.</summary>
    public static string Render(ReportModel model, string? drawingFile = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        var sb = new StringBuilder(16 * 1024);
        sb.Append("# ").Append(Escape.Markdown(model.Title)).Append("\n\n");
        if (!string.IsNullOrWhiteSpace(model.Subtitle))
        {
            sb.Append('*').Append(Escape.Markdown(model.Subtitle)).Append("*\n\n");
        }

        sb.Append("Generated ").Append(Timestamp(model.GeneratedAt)).Append(" by ")
          .Append(Escape.Markdown($"{model.Method.Tool} {model.Method.Version}")).Append(".\n\n");

        WriteFindings(sb, model.Findings);
        WriteSummary(sb, model.Summary);
        if (model.Drawing is not null)
        {
            Heading(sb, ReportTexts.NetworkHeading, ReportTexts.NetworkIntro(model.Drawing, interactive: false));
            var alt = $"Drawing of the network: {model.Drawing.Vertices.Count} stakeholders, {model.Drawing.Edges.Count} connections";
            if (drawingFile is not null && model.Drawing.Vertices.Count > 0)
            {
                sb.Append("![").Append(Escape.Markdown(alt, mayStartLine: false)).Append("](").Append(RelativeTarget(drawingFile)).Append(")\n\n");
            }
            else
            {
                sb.Append(Escape.Markdown(alt + " (not written with this report).")).Append("\n\n");
            }
        }

        WriteKeyActors(sb, model);
        WriteBrokers(sb, model.Brokers);
        WriteClusters(sb, model.Clusters);
        WriteTimeline(sb, model.Timeline);
        if (model.Salience is { } salience)
        {
            sb.Append(SalienceReportSection.Markdown(salience.Result));
        }

        if (model.Charts.Distributions.Count > 0)
        {
            Heading(sb, ReportTexts.ChartsHeading, ReportTexts.ChartsIntro);
            foreach (var d in model.Charts.Distributions)
            {
                var (min, max, counts, nonFinite) = SvgCharts.Bin(d);
                sb.Append("**Distribution of ").Append(Escape.Markdown(d.Measure)).Append("**");
                if (nonFinite > 0)
                {
                    sb.Append(CultureInfo.InvariantCulture, $" ({nonFinite} undefined values left out)");
                }

                sb.Append("\n\n");
                Table(sb, ["From", "To", "Stakeholders"], [false, false, true], counts.Select((c, b) => new[]
                {
                    Escape.Number(min + ((max - min) * b / counts.Length)),
                    Escape.Number(min + ((max - min) * (b + 1) / counts.Length)),
                    c.ToString(CultureInfo.InvariantCulture),
                }));
            }
        }

        WriteEvidence(sb, model.Evidence);
        WriteMethod(sb, model.Method);
        return sb.ToString();
    }

    private static string Timestamp(DateTimeOffset generatedAt) =>
        generatedAt.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    private static void Heading(StringBuilder sb, string heading, string intro) =>
        sb.Append("## ").Append(Escape.Markdown(heading)).Append("\n\n").Append(Escape.Markdown(intro)).Append("\n\n");

    // Cells arrive unescaped; every one is escaped here, so a pipe or a line break in data can never split a row.
    private static void Table(StringBuilder sb, IReadOnlyList<string> headers, IReadOnlyList<bool> numeric, IEnumerable<string[]> rows)
    {
        sb.Append('|');
        foreach (var h in headers)
        {
            sb.Append(' ').Append(Escape.Markdown(h, mayStartLine: false)).Append(" |");
        }

        sb.Append("\n|");
        for (var i = 0; i < headers.Count; i++)
        {
            sb.Append(numeric[i] ? " ---: |" : " --- |");
        }

        sb.Append('\n');
        foreach (var row in rows)
        {
            sb.Append('|');
            foreach (var cell in row)
            {
                sb.Append(' ').Append(cell.Length == 0 ? " " : Escape.Markdown(cell, mayStartLine: false)).Append(" |");
            }

            sb.Append('\n');
        }

        sb.Append('\n');
    }

    private static void WriteSummary(StringBuilder sb, NetworkSummary s)
    {
        Heading(sb, ReportTexts.SummaryHeading, ReportTexts.SummaryIntro);
        var facts = new List<string>
        {
            $"{s.StakeholderCount} stakeholders, {s.TieCount} documented ties ({s.EvidencedTieCount} with a quote)",
        };
        if (s.ComponentCount is { } components)
        {
            facts.Add($"{components} {(components == 1 ? "connected group" : "separate groups")}{(s.LargestComponentSize is { } l ? $", the largest holds {l}" : string.Empty)}");
        }

        if (s.Density is { } density)
        {
            facts.Add($"density {density.ToString("0.0%", CultureInfo.InvariantCulture)} (share of all possible ties that exist)");
        }

        if (s.EarliestTieDate is not null || s.LatestTieDate is not null)
        {
            facts.Add($"period covered {s.EarliestTieDate ?? "?"} to {s.LatestTieDate ?? "?"} ({s.DatedTieCount} dated ties)");
        }

        foreach (var f in facts)
        {
            sb.Append("- ").Append(Escape.Markdown(f)).Append('\n');
        }

        sb.Append('\n');
        foreach (var (caption, header, rows) in new[] { ("Stakeholders by kind", "Kind", s.ByKind), ("Organizations by type", "Type", s.ByOrganizationType), ("Ties by type", "Tie type", s.ByTieType) })
        {
            if (rows.Count == 0)
            {
                continue;
            }

            sb.Append("**").Append(Escape.Markdown(caption)).Append("**\n\n");
            Table(sb, [header, "Count"], [false, true], rows.Select(r => new[] { r.Name, r.Count.ToString(CultureInfo.InvariantCulture) }));
        }

        if (s.Documents.Count > 0)
        {
            sb.Append("**Sources**\n\n");
            sb.Append("| Document | Published | Quotes |\n| --- | --- | ---: |\n");
            foreach (var d in s.Documents)
            {
                sb.Append("| ").Append(LinkOrText(string.IsNullOrWhiteSpace(d.Title) ? d.Id : d.Title, d.Url)).Append(" | ")
                  .Append(Escape.Markdown(d.Published ?? "–")).Append(" | ").Append(d.EvidenceCount.ToString(CultureInfo.InvariantCulture)).Append(" |\n");
            }

            sb.Append('\n');
        }
    }

    private static void WriteKeyActors(StringBuilder sb, ReportModel model)
    {
        var section = model.KeyActors;
        Heading(sb, ReportTexts.KeyActorsHeading, ReportTexts.KeyActorsIntro(section));
        if (section.Rows.Count == 0)
        {
            sb.Append("No key actors were computed for this report.\n\n");
            return;
        }

        var columns = section.MeasureColumns();
        var support = section.Support;
        string[] intervalHeaders = support is null ? [] : [ReportTexts.RankRangeHeader(support), ReportTexts.TopShareHeader(support)];
        Table(
            sb,
            ["#", "Stakeholder", "Kind", .. columns, .. intervalHeaders, "Why it matters"],
            [true, false, false, .. columns.Select(_ => true), .. intervalHeaders.Select(_ => true), false],
            section.Rows.Select(r => new[]
            {
                r.Rank.ToString(CultureInfo.InvariantCulture),
                string.IsNullOrWhiteSpace(r.Description) ? r.Name : $"{r.Name} ({r.Description})",
                r.Kind,
            }.Concat(Values(columns, r.Measures))
             .Concat(support is null ? [] : [ReportTexts.RankRange(r.Interval), ReportTexts.Share(r.Interval)])
             .Append(r.Why ?? string.Empty).ToArray()));
        if (support is { Sentence.Length: > 0 })
        {
            sb.Append("**How firm is this order?** ").Append(Escape.Markdown(support.Sentence)).Append("\n\n");
        }

        sb.Append("What the columns mean:\n\n");
        foreach (var c in columns)
        {
            sb.Append("- **").Append(Escape.Markdown(c)).Append("**: ").Append(Escape.Markdown(MeasureGlossary.Define(c))).Append('\n');
        }

        if (support is not null)
        {
            sb.Append("- **").Append(Escape.Markdown(ReportTexts.RankRangeHeader(support))).Append("**: ")
              .Append(Escape.Markdown(ReportTexts.RankRangeMeaning(support))).Append('\n')
              .Append("- **").Append(Escape.Markdown(ReportTexts.TopShareHeader(support))).Append("**: ").Append(Escape.Markdown(ReportTexts.TopShareMeaning(support))).Append('\n');
        }

        sb.Append('\n');
    }

    private static IEnumerable<string> Values(IReadOnlyList<string> columns, IReadOnlyList<MeasureValue> values) =>
        columns.Select(c => values.FirstOrDefault(m => string.Equals(m.Measure, c, StringComparison.Ordinal))?.Value is { } v ? Escape.Number(v) : "–");

    private static void WriteFindings(StringBuilder sb, IReadOnlyList<FindingSentence> findings)
    {
        if (findings.Count == 0)
        {
            return;
        }

        sb.Append("## ").Append(Escape.Markdown(ReportTexts.FindingsHeading)).Append("\n\n");
        var number = 1;
        foreach (var f in findings)
        {
            // Section anchors are the slugs GitHub and most renderers give the section headings.
            sb.Append(number++.ToString(CultureInfo.InvariantCulture)).Append(". ").Append(Escape.Markdown(f.Text, mayStartLine: false))
              .Append(" ([see ").Append(Escape.Markdown(HtmlReportRenderer.SectionName(f.Anchor), mayStartLine: false)).Append("](#").Append(Slug(f.Anchor)).Append("))\n");
        }

        sb.Append('\n');
    }

    private static string Slug(string anchor) => new(anchor.Where(c => char.IsAsciiLetterOrDigit(c) || c == '-').ToArray());

    private static void WriteBrokers(StringBuilder sb, BrokersSection section)
    {
        Heading(sb, ReportTexts.BrokersHeading, ReportTexts.BrokersIntro);
        if (!section.IsComputed)
        {
            sb.Append("> ").Append(Escape.Markdown(ReportTexts.NotComputed(section.Reason))).Append("\n\n");
            return;
        }

        if (!string.IsNullOrWhiteSpace(section.Reason) && section.Rows.Count == 0)
        {
            sb.Append(Escape.Markdown(section.Reason)).Append("\n\n");
        }

        var rank = 1;
        foreach (var row in section.Rows)
        {
            sb.Append("### ").Append(rank++.ToString(CultureInfo.InvariantCulture)).Append(". ").Append(Escape.Markdown(row.Name, mayStartLine: false))
              .Append(" (").Append(Escape.Markdown(row.Kind, mayStartLine: false)).Append(")\n\n");
            foreach (var sentence in row.Sentences.Count > 0 ? row.Sentences : [row.Why ?? string.Empty])
            {
                sb.Append("- ").Append(Escape.Markdown(sentence, mayStartLine: false)).Append('\n');
            }

            sb.Append('\n');
        }

        if (section.Rows.Count > 0)
        {
            if (!string.IsNullOrWhiteSpace(section.Reason))
            {
                sb.Append(Escape.Markdown(section.Reason)).Append("\n\n");
            }

            var columns = section.ValueColumns();
            sb.Append("**The numbers behind the brokers** (pairs: pairs of stakeholders with no tie of their own that it sits between; role columns: brokering paths in each Gould–Fernandez role, groups by organization type; constraint: 0 = contacts unconnected, 1 = one contact it depends on)\n\n");
            Table(
                sb,
                ["Stakeholder", "Pairs", .. columns],
                [false, true, .. columns.Select(_ => true)],
                section.Rows.Select(r => new[] { r.Name, r.PairCount.ToString(CultureInfo.InvariantCulture) }.Concat(Values(columns, r.Values)).ToArray()));
        }
    }

    private static void WriteClusters(StringBuilder sb, ClustersSection section)
    {
        Heading(sb, ReportTexts.ClustersHeading, ReportTexts.ClustersIntro);
        if (!section.IsComputed)
        {
            sb.Append("> ").Append(Escape.Markdown(ReportTexts.NotComputed(section.Reason))).Append("\n\n");
            return;
        }

        sb.Append(Escape.Markdown(HtmlReportRenderer.ClusterHeadline(section))).Append("\n\n");
        if (section.Significance is { } sig)
        {
            sb.Append("**").Append(Escape.Markdown(sig.Verdict, mayStartLine: false)).Append("**\n\n");
        }

        if (!string.IsNullOrWhiteSpace(section.Reason))
        {
            sb.Append(Escape.Markdown(section.Reason)).Append("\n\n");
        }

        foreach (var c in section.Clusters)
        {
            sb.Append("### ").Append(c.IsFragment ? "Fragment: " : string.Empty).Append(Escape.Markdown(c.Label, mayStartLine: false)).Append("\n\n");
            if (!string.IsNullOrWhiteSpace(c.Description))
            {
                sb.Append(Escape.Markdown(c.Description)).Append("\n\n");
            }

            if (!c.IsFragment)
            {
                foreach (var m in c.Members)
                {
                    sb.Append("- ").Append(Escape.Markdown(m.Name, mayStartLine: false)).Append('\n');
                }

                if (c.Size > c.Members.Count)
                {
                    sb.Append("- and ").Append((c.Size - c.Members.Count).ToString(CultureInfo.InvariantCulture)).Append(" more\n");
                }

                sb.Append('\n');
            }

            if (c.Bridges.Count > 0)
            {
                sb.Append("Bridges to other clusters: ").Append(string.Join("; ", c.Bridges.Select(b => Escape.Markdown(b.Name, mayStartLine: false)))).Append(".\n\n");
            }
        }
    }

    private static void WriteTimeline(StringBuilder sb, TimelineSection section)
    {
        if (!section.IsComputed)
        {
            return;
        }

        Heading(sb, ReportTexts.TimelineHeading, ReportTexts.TimelineIntro);
        if (!string.IsNullOrWhiteSpace(section.Reason))
        {
            sb.Append(Escape.Markdown(section.Reason)).Append("\n\n");
        }

        Table(
            sb,
            ["As of", "Stakeholders with a tie", "Ties in force", $"Highest by {section.Measure}"],
            [false, true, true, false],
            section.Snapshots.Select(s => new[] { s.Date, s.StakeholderCount.ToString(CultureInfo.InvariantCulture), s.TieCount.ToString(CultureInfo.InvariantCulture), s.Leader?.Name ?? "–" }));
        foreach (var step in section.Steps)
        {
            sb.Append("### From ").Append(Escape.Markdown(step.From, mayStartLine: false)).Append(" to ").Append(Escape.Markdown(step.To, mayStartLine: false)).Append("\n\n")
              .Append(Escape.Markdown(HtmlReportRenderer.TimelineStepSummary(step))).Append("\n\n");
            foreach (var (caption, ties, total) in new[] { ("Began", step.Gained, step.GainedCount), ("Ended", step.Lost, step.LostCount) })
            {
                if (ties.Count == 0)
                {
                    continue;
                }

                sb.Append("**").Append(caption).Append("**\n\n");
                foreach (var t in ties)
                {
                    sb.Append("- ").Append(Escape.Markdown($"{t.Source.Name} {t.TieType} {t.Target.Name}" + (string.IsNullOrWhiteSpace(t.Period) ? string.Empty : $" ({t.Period})"), mayStartLine: false)).Append('\n');
                }

                if (total > ties.Count)
                {
                    sb.Append("- ").Append(Escape.Markdown(HtmlReportRenderer.TimelineMoreTies(ties.Count, total), mayStartLine: false)).Append('\n');
                }

                sb.Append('\n');
            }

            if (step.Moves.Count > 0)
            {
                sb.Append("**Largest rank moves** (1 = highest)\n\n");
                foreach (var m in step.Moves)
                {
                    sb.Append("- ").Append(Escape.Markdown(m.Stakeholder.Name, mayStartLine: false)).Append(": ")
                      .Append(m.RankBefore.ToString(CultureInfo.InvariantCulture)).Append(" → ").Append(m.RankAfter.ToString(CultureInfo.InvariantCulture)).Append('\n');
                }

                sb.Append('\n');
            }
        }
    }

    // A relative file name as a link target: characters that could end or break the link are percent-encoded.
    private static string RelativeTarget(string file)
    {
        var sb = new StringBuilder(file.Length);
        foreach (var ch in file.Replace('\\', '/'))
        {
            sb.Append(char.IsAsciiLetterOrDigit(ch) || ch is '-' or '_' or '.' or '/' ? ch.ToString() : Uri.EscapeDataString(ch.ToString()));
        }

        return sb.ToString();
    }

    private static void WriteEvidence(StringBuilder sb, IReadOnlyList<EvidenceItem> evidence)
    {
        Heading(sb, ReportTexts.EvidenceHeading, ReportTexts.EvidenceIntro);
        if (evidence.Count == 0)
        {
            sb.Append("No evidence quotes are attached to the key actors' ties.\n\n");
            return;
        }

        var number = 1;
        foreach (var item in evidence)
        {
            sb.Append(number++.ToString(CultureInfo.InvariantCulture)).Append(". **").Append(Escape.Markdown(item.Source.Name)).Append("** ")
              .Append(Escape.Markdown(item.TieType)).Append(" **").Append(Escape.Markdown(item.Target.Name)).Append("**");
            if (!string.IsNullOrWhiteSpace(item.Role))
            {
                sb.Append(" as ").Append(Escape.Markdown(item.Role));
            }

            if (!string.IsNullOrWhiteSpace(item.Period))
            {
                sb.Append(" (").Append(Escape.Markdown(item.Period)).Append(')');
            }

            sb.Append('\n');
            foreach (var q in item.Quotes)
            {
                sb.Append("    > ").Append(Escape.Markdown(q.Quote)).Append(" — ")
                  .Append(LinkOrText(string.IsNullOrWhiteSpace(q.DocumentTitle) ? q.DocumentId : q.DocumentTitle, q.Url)).Append('\n');
            }

            sb.Append('\n');
        }
    }

    private static void WriteMethod(StringBuilder sb, MethodSection method)
    {
        Heading(sb, ReportTexts.MethodHeading, ReportTexts.MethodIntro);
        foreach (var m in method.Measures)
        {
            sb.Append("- **").Append(Escape.Markdown(m.Measure)).Append("**: ").Append(Escape.Markdown(m.Definition)).Append('\n');
        }

        if (method.Measures.Count > 0)
        {
            sb.Append('\n');
        }

        var rows = new List<string[]>
        {
            new[] { "Tool", $"{method.Tool} {method.Version}" },
            new[] { "Seed", method.Seed?.ToString(CultureInfo.InvariantCulture) ?? "none (no random step)" },
            new[] { "Input SHA-256", method.InputSha256 ?? "not recorded" },
        };
        rows.AddRange(method.Parameters.Select(p => new[] { p.Name, p.Value }));
        Table(sb, ["Parameter", "Value"], [false, false], rows);
        foreach (var note in method.Notes)
        {
            sb.Append("- ").Append(Escape.Markdown(note)).Append('\n');
        }

        if (method.Notes.Count > 0)
        {
            sb.Append('\n');
        }
    }

    // The link target is a canonical absolute http(s) URL; '(' ')' and spaces are percent-encoded so it cannot close the link.
    private static string LinkOrText(string text, string? url)
    {
        var safe = Escape.SafeHttpUrl(url);
        if (safe is null)
        {
            return Escape.Markdown(text);
        }

        var target = safe.Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal)
            .Replace(" ", "%20", StringComparison.Ordinal).Replace("<", "%3C", StringComparison.Ordinal).Replace(">", "%3E", StringComparison.Ordinal);
        return $"[{Escape.Markdown(text)}]({target})";
    }
}
