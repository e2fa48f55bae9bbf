using System.Globalization;
using System.Text;
using Stakeholders.Network.Reports.Charts;
using Stakeholders.Network.Reports.Drawing;
using Stakeholders.Network.Reports.Model;
using Stakeholders.Network.Reports.Text;

namespace Stakeholders.Network.Reports.Rendering;

/// <summary>Options of the HTML report.</summary>
public sealed record HtmlReportOptions
{
    /// <summary>Options of the network picture.</summary>
    public DrawingOptions Drawing { get; init; } = new();

    /// <summary>The width of each chart in pixels (default 560).</summary>
    public int ChartWidth { get; init; } = 560;
}

/// <summary>
/// Renders a <see cref="ReportModel"/> as ONE self-contained HTML file: inline CSS, inline SVG, no script, no external
/// request (a Content-Security-Policy meta tag forbids both, as a second line of defence), print-friendly.
/// </summary>
/// <remarks>
/// Every string from the model goes through <see cref="Escape"/>; links are written only for absolute http(s) URLs.
/// The output is a pure function of the model: the same model gives the same bytes, the <see cref="ReportModel.GeneratedAt"/>
/// timestamp being the only field that changes between runs.
/// </remarks>
public static partial class HtmlReportRenderer
{
    /// <summary>Renders the report.</summary>
    public static string Render(ReportModel model, HtmlReportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        options ??= new HtmlReportOptions();
        var sb = new StringBuilder(64 * 1024);
        var drawing = model.Drawing is { Vertices.Count: > 0 } input
            ? NetworkDrawing.Render(input, options.Drawing with { LabelCount = Math.Max(options.Drawing.LabelCount, model.KeyActors.Rows.Count) }, cancellationToken)
            : null;
        var sections = new List<(string Id, string Heading)>();
        if (model.Findings.Count > 0)
        {
            sections.Add((ReportSections.Findings, ReportTexts.FindingsHeading));
        }

        sections.Add(("summary", ReportTexts.SummaryHeading));
        if (model.Drawing is not null)
        {
            sections.Add(("network", ReportTexts.NetworkHeading));
        }

        sections.Add(("key-actors", ReportTexts.KeyActorsHeading));
        sections.Add(("brokers", ReportTexts.BrokersHeading));
        sections.Add(("clusters", ReportTexts.ClustersHeading));
        if (model.Timeline.IsComputed)
        {
            sections.Add((ReportSections.Timeline, ReportTexts.TimelineHeading));
        }

        if (model.Salience is not null)
        {
            sections.Add((SalienceReportSection.Id, SalienceReportSection.Heading));
        }

        if (model.Charts.Distributions.Count > 0)
        {
            sections.Add(("distributions", ReportTexts.ChartsHeading));
        }

        sections.Add(("evidence", ReportTexts.EvidenceHeading));
        sections.Add(("method", ReportTexts.MethodHeading));

        sb.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        sb.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(ContentSecurityPolicy).Append("\">\n");
        sb.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        sb.Append("<meta name=\"generator\" content=\"").Append(Escape.HtmlAttribute($"{model.Method.Tool} {model.Method.Version}")).Append("\">\n");
        sb.Append("<title>").Append(Escape.HtmlText(Escape.Clean(model.Title, singleLine: true))).Append("</title>\n");
        sb.Append("<style>").Append(StyleSheet).Append("</style>\n</head>\n<body>\n");

        sb.Append("<header>\n<h1>").Append(Escape.HtmlText(model.Title)).Append("</h1>\n");
        if (!string.IsNullOrWhiteSpace(model.Subtitle))
        {
            sb.Append("<p class=\"subtitle\">").Append(Escape.HtmlText(model.Subtitle)).Append("</p>\n");
        }

        sb.Append("<p class=\"meta\">Generated ").Append(TimestampHtml(model.GeneratedAt)).Append(" by ")
          .Append(Escape.HtmlText($"{model.Method.Tool} {model.Method.Version}")).Append(".</p>\n");
        sb.Append("<nav aria-label=\"Contents\"><ol>");
        foreach (var (id, heading) in sections)
        {
            sb.Append("<li><a href=\"#").Append(id).Append("\">").Append(Escape.HtmlText(heading)).Append("</a></li>");
        }

        sb.Append("</ol></nav>\n</header>\n<main>\n");
        WriteFindings(sb, model.Findings);
        WriteSummary(sb, model.Summary, model.Salience);
        if (model.Drawing is not null)
        {
            WriteDrawing(sb, model.Drawing, drawing);
        }

        WriteKeyActors(sb, model, options);
        WriteBrokers(sb, model.Brokers);
        WriteClusters(sb, model.Clusters);
        WriteTimeline(sb, model.Timeline);
        if (model.Salience is { } salience)
        {
            sb.Append(SalienceReportSection.Html(salience.Result, salience.Options));
        }

        if (model.Charts.Distributions.Count > 0)
        {
            WriteDistributions(sb, model.Charts, options);
        }

        WriteEvidence(sb, model.Evidence);
        WriteMethod(sb, model.Method);
        sb.Append("</main>\n<footer><p>Made with ").Append(Escape.HtmlText($"{model.Method.Tool} {model.Method.Version}"))
          .Append(". Measures follow NetworkX's definitions unless the method section says otherwise.</p></footer>\n");
        sb.Append("<script type=\"application/json\" id=\"report-data\">").Append(ExplorerData.Build(model, drawing)).Append("</script>\n");
        sb.Append("<script>").Append(Script).Append("</script>\n</body>\n</html>\n");
        return sb.ToString();
    }

    /// <summary>The HTML of the timestamp line's variable part: a <c>&lt;time&gt;</c> element in UTC.</summary>
    internal static string TimestampHtml(DateTimeOffset generatedAt)
    {
        var utc = generatedAt.ToUniversalTime();
        return $"<time datetime=\"{utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)}\">{utc.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)}</time>";
    }

    private static void SectionStart(StringBuilder sb, string id, string heading, string intro)
    {
        sb.Append("<section id=\"").Append(id).Append("\">\n<h2>").Append(Escape.HtmlText(heading)).Append("</h2>\n<p class=\"intro\">")
          .Append(Escape.HtmlText(intro)).Append("</p>\n");
    }

    private static void WriteSummary(StringBuilder sb, NetworkSummary s, SalienceSection? salience = null)
    {
        SectionStart(sb, "summary", ReportTexts.SummaryHeading, ReportTexts.SummaryIntro);
        sb.Append("<div class=\"cards\">\n");
        Card(sb, Escape.Number(s.StakeholderCount), "stakeholders");
        Card(sb, Escape.Number(s.TieCount), "documented ties");
        if (s.ComponentCount is { } components)
        {
            Card(sb, Escape.Number(components), components == 1 ? "connected group" : "separate groups", s.LargestComponentSize is { } largest ? $"the largest holds {largest}" : null);
        }

        if (s.Density is { } density)
        {
            Card(sb, density.ToString("0.0%", CultureInfo.InvariantCulture), "density", "share of all possible ties that exist");
        }

        if (s.EarliestTieDate is not null || s.LatestTieDate is not null)
        {
            Card(sb, $"{s.EarliestTieDate ?? "?"} – {s.LatestTieDate ?? "?"}", "period covered", $"{s.DatedTieCount} dated ties");
        }

        Card(sb, Escape.Number(s.Documents.Count), s.Documents.Count == 1 ? "source document" : "source documents", $"{s.EvidencedTieCount} of {s.TieCount} ties quoted");
        sb.Append("</div>\n<div class=\"grid\">\n");
        CountTable(sb, "Stakeholders by kind", "Kind", s.ByKind);
        CountTable(sb, "Organizations by type", "Type", s.ByOrganizationType);
        CountTable(sb, "Ties by type", "Tie type", s.ByTieType);
        sb.Append("</div>\n");
        if (s.Documents.Count > 0)
        {
            sb.Append("<h3>Sources</h3>\n<div class=\"scroll\"><table>\n<thead><tr><th>Document</th><th>Published</th><th class=\"num\">Quotes</th></tr></thead>\n<tbody>\n");
            foreach (var d in s.Documents)
            {
                sb.Append("<tr><td>");
                Link(sb, string.IsNullOrWhiteSpace(d.Title) ? d.Id : d.Title, d.Url);
                if (!string.IsNullOrWhiteSpace(d.Title))
                {
                    sb.Append(" <span class=\"id\">").Append(Escape.HtmlText(d.Id)).Append("</span>");
                }

                sb.Append("</td><td>").Append(Escape.HtmlText(d.Published ?? "–")).Append("</td><td class=\"num\">")
                  .Append(d.EvidenceCount.ToString(CultureInfo.InvariantCulture)).Append("</td></tr>\n");
            }

            sb.Append("</tbody>\n</table></div>\n");
        }

        if (salience is not null)
        {
            sb.Append("<p class=\"salience-summary\">").Append(Escape.HtmlText(SalienceReportSection.SummarySentence(salience.Result)))
              .Append(" <a href=\"#").Append(SalienceReportSection.Id).Append("\">").Append(Escape.HtmlText(SalienceReportSection.Heading)).Append("</a></p>\n");
        }

        sb.Append("</section>\n");
    }

    private static void Card(StringBuilder sb, string value, string label, string? note = null)
    {
        sb.Append("<div class=\"card\"><div class=\"value").Append(value.Length > 12 ? " long" : string.Empty).Append("\">").Append(Escape.HtmlText(value)).Append("</div><div class=\"label\">")
          .Append(Escape.HtmlText(label)).Append("</div>");
        if (note is not null)
        {
            sb.Append("<div class=\"note\">").Append(Escape.HtmlText(note)).Append("</div>");
        }

        sb.Append("</div>\n");
    }

    private static void CountTable(StringBuilder sb, string caption, string header, IReadOnlyList<CountRow> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        sb.Append("<table class=\"counts\">\n<caption>").Append(Escape.HtmlText(caption)).Append("</caption>\n<thead><tr><th>")
          .Append(Escape.HtmlText(header)).Append("</th><th class=\"num\">Count</th></tr></thead>\n<tbody>\n");
        foreach (var r in rows)
        {
            sb.Append("<tr><td>").Append(Escape.HtmlText(r.Name)).Append("</td><td class=\"num\">")
              .Append(r.Count.ToString(CultureInfo.InvariantCulture)).Append("</td></tr>\n");
        }

        sb.Append("</tbody>\n</table>\n");
    }

    private static void WriteDrawing(StringBuilder sb, NetworkDrawingInput input, DrawingResult? result)
    {
        SectionStart(sb, "network", ReportTexts.NetworkHeading, ReportTexts.NetworkIntro(input));
        if (result is null)
        {
            sb.Append("<p class=\"empty\">The network has no stakeholders to draw.</p>\n</section>\n");
            return;
        }

        sb.Append("<p class=\"ui-hint\">").Append(Escape.HtmlText(ExploreHint)).Append("</p>\n");
        sb.Append("<figure class=\"drawing\">\n").Append(result.Svg).Append("\n<figcaption>\n<ul class=\"legend\">\n");
        foreach (var entry in result.Legend)
        {
            sb.Append("<li><svg class=\"swatch\" width=\"12\" height=\"12\" viewBox=\"0 0 12 12\" aria-hidden=\"true\"><circle cx=\"6\" cy=\"6\" r=\"6\" fill=\"").Append(entry.Color).Append("\"/></svg>")
              .Append(Escape.HtmlText(entry.Label)).Append(" <span class=\"count\">(")
              .Append(entry.Count.ToString(CultureInfo.InvariantCulture)).Append(")</span></li>\n");
        }

        sb.Append("<li><svg class=\"size-key\" width=\"26\" height=\"16\" viewBox=\"0 0 26 16\" aria-hidden=\"true\"><circle cx=\"4\" cy=\"10\" r=\"3\" fill=\"none\" stroke=\"#555555\"/><circle cx=\"17\" cy=\"8\" r=\"7\" fill=\"none\" stroke=\"#555555\"/></svg>larger circle = higher ").Append(Escape.HtmlText(input.SizeMeasure)).Append("</li>\n</ul>\n");
        foreach (var note in result.Notes)
        {
            sb.Append("<p class=\"note\">").Append(Escape.HtmlText(note)).Append("</p>\n");
        }

        sb.Append("</figcaption>\n</figure>\n</section>\n");
    }

    private static void WriteKeyActors(StringBuilder sb, ReportModel model, HtmlReportOptions options)
    {
        var section = model.KeyActors;
        SectionStart(sb, "key-actors", ReportTexts.KeyActorsHeading, ReportTexts.KeyActorsIntro(section));
        if (section.Rows.Count == 0)
        {
            sb.Append("<p class=\"empty\">No key actors were computed for this report.</p>\n");
        }
        else
        {
            var columns = section.MeasureColumns();
            sb.Append("<div class=\"scroll\"><table class=\"actors\">\n<thead><tr><th class=\"num\">#</th><th>Stakeholder</th><th>Kind</th>");
            foreach (var c in columns)
            {
                sb.Append("<th class=\"num\"><abbr title=\"").Append(Escape.HtmlAttribute(MeasureGlossary.Define(c))).Append("\">")
                  .Append(Escape.HtmlText(c)).Append("</abbr></th>");
            }

            if (section.Support is { } support)
            {
                sb.Append("<th class=\"num wrap\"><abbr title=\"").Append(Escape.HtmlAttribute(ReportTexts.RankRangeMeaning(support) + " " + ReportTexts.TopShareMeaning(support))).Append("\">")
                  .Append(Escape.HtmlText(ReportTexts.RankRangeHeader(support))).Append("</abbr></th>");
            }

            sb.Append("<th>Why it matters</th></tr></thead>\n<tbody>\n");
            foreach (var row in section.Rows)
            {
                sb.Append("<tr><td class=\"num\">").Append(row.Rank.ToString(CultureInfo.InvariantCulture)).Append("</td><td><strong>");
                StakeholderLink(sb, row.Id, row.Name);
                sb.Append("</strong>");
                if (!string.IsNullOrWhiteSpace(row.Description))
                {
                    sb.Append("<div class=\"desc\">").Append(Escape.HtmlText(row.Description)).Append("</div>");
                }

                sb.Append("</td><td class=\"kind\">").Append(Escape.HtmlText(row.Kind)).Append("</td>");
                AppendValueCells(sb, columns, row.Measures);
                if (section.Support is { } shown)
                {
                    sb.Append("<td class=\"num\">").Append(Escape.HtmlText(ReportTexts.RankRange(row.Interval)))
                      .Append("<div class=\"range\">").Append(Escape.HtmlText(ReportTexts.TopShareHeader(shown).ToLowerInvariant())).Append(": ").Append(Escape.HtmlText(ReportTexts.Share(row.Interval))).Append("</div></td>");
                }

                sb.Append("<td class=\"why\">").Append(Escape.HtmlText(row.Why ?? string.Empty)).Append("</td></tr>\n");
            }

            sb.Append("</tbody>\n</table></div>\n");
            if (section.Support is { Sentence.Length: > 0 } supported)
            {
                sb.Append("<p class=\"rank-support\"><strong>How firm is this order?</strong> ").Append(Escape.HtmlText(supported.Sentence)).Append("</p>\n");
            }
        }

        foreach (var ranking in model.Charts.Rankings)
        {
            sb.Append("<figure class=\"chart\">\n").Append(SvgCharts.RankingBars(ranking, options.ChartWidth))
              .Append("\n<figcaption>Top stakeholders by ").Append(Escape.HtmlText(ranking.Measure)).Append(".</figcaption>\n</figure>\n");
        }

        WriteMeasureKey(sb, model.KeyActors);
        sb.Append("</section>\n");
    }

    // The value cells; with a range, the cell of its measure shows the range under the value.
    private static void AppendValueCells(StringBuilder sb, IReadOnlyList<string> columns, IReadOnlyList<MeasureValue> values, (string? Measure, string Text)? range = null)
    {
        foreach (var c in columns)
        {
            var value = values.FirstOrDefault(m => string.Equals(m.Measure, c, StringComparison.Ordinal))?.Value;
            sb.Append("<td class=\"num\">").Append(value is { } v ? Escape.HtmlText(Escape.Number(v)) : "–");
            if (range is { } r && string.Equals(r.Measure, c, StringComparison.Ordinal))
            {
                sb.Append("<div class=\"range\">").Append(Escape.HtmlText(r.Text)).Append("</div>");
            }

            sb.Append("</td>");
        }
    }

    // A stakeholder's name as a link to its panel (#id). Without scripting the link goes nowhere and the name reads as text.
    private static void StakeholderLink(StringBuilder sb, string id, string name)
    {
        sb.Append("<a class=\"sh\" href=\"#").Append(Escape.HtmlAttribute(Uri.EscapeDataString(id))).Append("\">").Append(Escape.HtmlText(name)).Append("</a>");
    }

    private static void NameList(StringBuilder sb, IEnumerable<string> names, int more)
    {
        var first = true;
        foreach (var name in names)
        {
            if (!first)
            {
                sb.Append(", ");
            }

            sb.Append(Escape.HtmlText(name));
            first = false;
        }

        if (first)
        {
            sb.Append('–');
        }

        if (more > 0)
        {
            sb.Append(" <span class=\"more\">and ").Append(more.ToString(CultureInfo.InvariantCulture)).Append(" more</span>");
        }
    }

    private static void WriteDistributions(StringBuilder sb, ChartsSection charts, HtmlReportOptions options)
    {
        SectionStart(sb, "distributions", ReportTexts.ChartsHeading, ReportTexts.ChartsIntro);
        sb.Append("<div class=\"charts\">\n");
        foreach (var d in charts.Distributions)
        {
            sb.Append("<figure class=\"chart\">\n").Append(SvgCharts.Histogram(d, options.ChartWidth))
              .Append("\n<figcaption>Distribution of ").Append(Escape.HtmlText(d.Measure)).Append(": ")
              .Append(Escape.HtmlText(MeasureGlossary.Define(d.Measure))).Append("</figcaption>\n</figure>\n");
        }

        sb.Append("</div>\n</section>\n");
    }

    private static void WriteEvidence(StringBuilder sb, IReadOnlyList<EvidenceItem> evidence)
    {
        SectionStart(sb, "evidence", ReportTexts.EvidenceHeading, ReportTexts.EvidenceIntro);
        if (evidence.Count == 0)
        {
            sb.Append("<p class=\"empty\">No evidence quotes are attached to the key actors' ties.</p>\n</section>\n");
            return;
        }

        sb.Append("<ol class=\"evidence\">\n");
        foreach (var item in evidence)
        {
            sb.Append("<li><p class=\"tie\"><strong>");
            StakeholderLink(sb, item.Source.Id, item.Source.Name);
            sb.Append("</strong> <span class=\"tie-type\">").Append(Escape.HtmlText(item.TieType)).Append("</span> <strong>");
            StakeholderLink(sb, item.Target.Id, item.Target.Name);
            sb.Append("</strong>");
            if (!string.IsNullOrWhiteSpace(item.Role))
            {
                sb.Append(" <span class=\"role\">as ").Append(Escape.HtmlText(item.Role)).Append("</span>");
            }

            if (!string.IsNullOrWhiteSpace(item.Period))
            {
                sb.Append(" <span class=\"period\">(").Append(Escape.HtmlText(item.Period)).Append(")</span>");
            }

            sb.Append("</p>\n");
            foreach (var q in item.Quotes)
            {
                sb.Append("<blockquote><p>").Append(Escape.HtmlText(q.Quote)).Append("</p><footer>— ");
                Link(sb, string.IsNullOrWhiteSpace(q.DocumentTitle) ? q.DocumentId : q.DocumentTitle, q.Url);
                sb.Append("</footer></blockquote>\n");
            }

            if (item.Quotes.Count == 0)
            {
                sb.Append("<p class=\"empty\">No quote recorded for this tie.</p>\n");
            }

            sb.Append("</li>\n");
        }

        sb.Append("</ol>\n</section>\n");
    }

    private static void WriteMethod(StringBuilder sb, MethodSection method)
    {
        SectionStart(sb, "method", ReportTexts.MethodHeading, ReportTexts.MethodIntro);
        if (method.Measures.Count > 0)
        {
            sb.Append("<h3>Measures</h3>\n<dl class=\"measures\">\n");
            foreach (var m in method.Measures)
            {
                sb.Append("<dt>").Append(Escape.HtmlText(m.Measure)).Append("</dt><dd>").Append(Escape.HtmlText(m.Definition)).Append("</dd>\n");
            }

            sb.Append("</dl>\n");
        }

        sb.Append("<h3>Provenance</h3>\n<table class=\"provenance\">\n<tbody>\n");
        ProvenanceRow(sb, "Tool", $"{method.Tool} {method.Version}");
        ProvenanceRow(sb, "Seed", method.Seed?.ToString(CultureInfo.InvariantCulture) ?? "none (no random step)");
        ProvenanceRow(sb, "Input SHA-256", method.InputSha256 ?? "not recorded", code: method.InputSha256 is not null);
        foreach (var p in method.Parameters)
        {
            ProvenanceRow(sb, p.Name, p.Value);
        }

        sb.Append("</tbody>\n</table>\n");
        if (method.Notes.Count > 0)
        {
            sb.Append("<ul class=\"notes\">\n");
            foreach (var note in method.Notes)
            {
                sb.Append("<li>").Append(Escape.HtmlText(note)).Append("</li>\n");
            }

            sb.Append("</ul>\n");
        }

        sb.Append("</section>\n");
    }

    private static void ProvenanceRow(StringBuilder sb, string name, string value, bool code = false)
    {
        sb.Append("<tr><th scope=\"row\">").Append(Escape.HtmlText(name)).Append("</th><td>")
          .Append(code ? "<code>" : string.Empty).Append(Escape.HtmlText(value)).Append(code ? "</code>" : string.Empty).Append("</td></tr>\n");
    }

    private static void Link(StringBuilder sb, string text, string? url)
    {
        var safe = Escape.SafeHttpUrl(url);
        if (safe is null)
        {
            sb.Append(Escape.HtmlText(text));
            return;
        }

        sb.Append("<a href=\"").Append(Escape.HtmlAttribute(safe)).Append("\" rel=\"noopener noreferrer\">").Append(Escape.HtmlText(text)).Append("</a>");
    }

    private const string ExploreHint = "Search for a stakeholder above, or click a circle or any name in the report to open its ties, quotes and ranks. Scroll or use + and − to zoom, drag to pan; filters and a date slider sit above the drawing.";

    /// <summary>The report's style sheet (Rendering/Assets/report.css, embedded).</summary>
    internal static string Css { get; } = ReadAsset("report.css");

    /// <summary>The whole &lt;style&gt; element's text: the style sheet and the briefing sections' rules.</summary>
    internal static string StyleSheet { get; } = Css + BriefingCss;

    /// <summary>The report's script (Rendering/Assets/explore.js, embedded; written for this project, no library).</summary>
    internal static string Script { get; } = ReadAsset("explore.js");

    /// <summary>
    /// The page's Content-Security-Policy: nothing may be fetched (<c>default-src 'none'</c>, no connect, no images but
    /// inline data, no frames, forms or base URL), and only the one style sheet and the one script whose SHA-256 hashes
    /// are listed may run, so an injected <c>&lt;script&gt;</c> or <c>style</c> attribute would be refused too.
    /// </summary>
    internal static string ContentSecurityPolicy { get; } =
        $"default-src 'none'; style-src '{Hash(StyleSheet)}'; script-src '{Hash(Script)}'; img-src data:; base-uri 'none'; form-action 'none'";

    internal static string Hash(string text) => "sha256-" + Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static string ReadAsset(string name)
    {
        using var stream = typeof(HtmlReportRenderer).Assembly.GetManifestResourceStream($"Stakeholders.Network.Reports.{name}")
            ?? throw new InvalidOperationException($"The embedded resource {name} is missing from the build.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
