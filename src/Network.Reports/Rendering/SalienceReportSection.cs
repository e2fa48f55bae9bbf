using System.Globalization;
using System.Text;
using Stakeholders.Network.Analysis;
using Stakeholders.Network.Reports.Charts;
using Stakeholders.Network.Reports.Text;

namespace Stakeholders.Network.Reports.Rendering;

/// <summary>
/// The report's "Salience beside structure" section: the power–interest grid as an SVG chart, the salience classes, the
/// stakeholders whose attributed power disagrees with the network, and one sentence for the summary. Self-contained so
/// that the HTML and Markdown renderers only call it.
/// </summary>
internal static class SalienceReportSection
{
    /// <summary>The section's anchor id.</summary>
    public const string Id = "salience";

    /// <summary>The section heading.</summary>
    public const string Heading = "Salience beside structure";

    /// <summary>The summary sentence: how many rated stakeholders, and where the ratings and the network disagree.</summary>
    public static string SummarySentence(SalienceResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var rated = result.Stakeholders.Count(s => s.IsRated);
        if (result.Disagreements.Count == 0)
        {
            return string.Create(CultureInfo.InvariantCulture, $"For the {rated} stakeholders rated by the analyst, attributed power agrees with their {result.Measure} in the network (no rank difference of {result.MinimumRankDifference} or more).");
        }

        var under = result.Disagreements.Where(d => d.Direction == "underrated").Select(d => d.Name).ToArray();
        var over = result.Disagreements.Where(d => d.Direction == "overrated").Select(d => d.Name).ToArray();
        var parts = new List<string>();
        if (under.Length > 0)
        {
            parts.Add($"{List(under)} {(under.Length == 1 ? "holds" : "hold")} a stronger position on {result.Measure} than {(under.Length == 1 ? "its" : "their")} rated power");
        }

        if (over.Length > 0)
        {
            parts.Add($"{List(over)} {(over.Length == 1 ? "is" : "are")} rated more powerful than {(over.Length == 1 ? "its" : "their")} position in the recorded ties");
        }

        return string.Create(CultureInfo.InvariantCulture, $"Of {rated} stakeholders rated by the analyst, {result.Disagreements.Count} disagree with the network: {string.Join("; ", parts)}.");
    }

    /// <summary>The HTML section (escaped throughout).</summary>
    public static string Html(SalienceResult result, SalienceOptions options)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(options);
        var sb = new StringBuilder();
        sb.Append("<section id=\"").Append(Id).Append("\">\n<h2>").Append(Escape.HtmlText(Heading)).Append("</h2>\n<p class=\"intro\">")
          .Append(Escape.HtmlText("The analyst's ratings of power, legitimacy, urgency and interest, classified after Mitchell, Agle & Wood (1997) and placed on Mendelow's power–interest grid, set beside each stakeholder's position in the network. Ratings are judgements, not evidence from the sources."))
          .Append("</p>\n<p>").Append(Escape.HtmlText(SummarySentence(result))).Append("</p>\n");
        sb.Append("<figure class=\"chart\">").Append(SalienceGridChart.Svg(result, options)).Append("<figcaption>")
          .Append(Escape.HtmlText(string.Create(CultureInfo.InvariantCulture, $"Power–interest grid; quadrants split at power {options.PowerThreshold:0.##} and interest {options.InterestThreshold:0.##}.")))
          .Append("</figcaption></figure>\n");
        if (result.Disagreements.Count > 0)
        {
            sb.Append("<h3>Where ratings and the network disagree</h3>\n<ul>\n");
            foreach (var d in result.Disagreements)
            {
                sb.Append("<li><strong>").Append(Escape.HtmlText(d.Name)).Append("</strong> (").Append(Escape.HtmlText(d.Direction)).Append("): ")
                  .Append(Escape.HtmlText(d.Reason)).Append("</li>\n");
            }

            sb.Append("</ul>\n");
        }

        sb.Append("<h3>Salience classes</h3>\n<div class=\"scroll\"><table>\n<thead><tr><th>Stakeholder</th><th>Class</th><th>Quadrant</th><th class=\"num\">Power</th><th class=\"num\">Legitimacy</th><th class=\"num\">Urgency</th><th class=\"num\">Interest</th><th>Missing</th></tr></thead>\n<tbody>\n");
        foreach (var s in Rated(result))
        {
            sb.Append("<tr><td>").Append(Escape.HtmlText(s.Name)).Append("</td><td>").Append(Escape.HtmlText(s.Class?.ToName() ?? "–"))
              .Append("</td><td>").Append(Escape.HtmlText(s.Quadrant?.ToName() ?? "–")).Append("</td>");
            foreach (var v in new[] { s.Power, s.Legitimacy, s.Urgency, s.Interest })
            {
                sb.Append("<td class=\"num\">").Append(Escape.HtmlText(Value(v))).Append("</td>");
            }

            sb.Append("<td>").Append(Escape.HtmlText(string.Join(", ", s.Missing))).Append("</td></tr>\n");
        }

        sb.Append("</tbody>\n</table></div>\n");
        var unrated = result.Stakeholders.Count(s => !s.IsRated);
        if (unrated > 0)
        {
            sb.Append("<p class=\"note\">").Append(Escape.HtmlText(string.Create(CultureInfo.InvariantCulture, $"{unrated} stakeholders carry none of the four ratings; they are not classified."))).Append("</p>\n");
        }

        sb.Append("</section>\n");
        return sb.ToString();
    }

    /// <summary>The Markdown section (escaped; the grid is described by its table, since Markdown viewers differ on inline SVG).</summary>
    public static string Markdown(SalienceResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var sb = new StringBuilder();
        sb.Append("## ").Append(Heading).Append("\n\n").Append(Escape.Markdown(SummarySentence(result))).Append("\n\n");
        foreach (var d in result.Disagreements)
        {
            sb.Append("- **").Append(Escape.Markdown(d.Name, mayStartLine: false)).Append("** (").Append(d.Direction).Append("): ")
              .Append(Escape.Markdown(d.Reason, mayStartLine: false)).Append('\n');
        }

        if (result.Disagreements.Count > 0)
        {
            sb.Append('\n');
        }

        sb.Append("| Stakeholder | Class | Quadrant | Power | Legitimacy | Urgency | Interest | Missing |\n|---|---|---|---:|---:|---:|---:|---|\n");
        foreach (var s in Rated(result))
        {
            sb.Append("| ").Append(Escape.Markdown(s.Name, mayStartLine: false)).Append(" | ").Append(s.Class?.ToName() ?? "–").Append(" | ")
              .Append(s.Quadrant?.ToName() ?? "–").Append(" | ").Append(Value(s.Power)).Append(" | ").Append(Value(s.Legitimacy)).Append(" | ")
              .Append(Value(s.Urgency)).Append(" | ").Append(Value(s.Interest)).Append(" | ").Append(string.Join(", ", s.Missing)).Append(" |\n");
        }

        return sb.Append('\n').ToString();
    }

    private static IEnumerable<StakeholderSalience> Rated(SalienceResult result) =>
        result.Stakeholders.Where(s => s.IsRated)
            .OrderBy(s => s.Class is null ? 1 : 0).ThenByDescending(s => s.Class).ThenBy(s => s.Quadrant).ThenBy(s => s.Name, StringComparer.Ordinal);

    private static string Value(double? v) => v is { } x ? x.ToString("0.##", CultureInfo.InvariantCulture) : "–";

    private static string List(string[] names) => names.Length switch
    {
        1 => names[0],
        2 => $"{names[0]} and {names[1]}",
        _ => $"{string.Join(", ", names[..^1])} and {names[^1]}",
    };
}
