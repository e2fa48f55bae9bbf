using System.Diagnostics;
using System.Text.RegularExpressions;
using Stakeholders.Network.Graphs;
using Stakeholders.Network.Model;
using Stakeholders.Network.Reports.Model;
using Stakeholders.Network.Reports.Rendering;

namespace Stakeholders.Network.Reports.Tests;

public partial class ReportRenderingTests
{
    [GeneratedRegex("<time datetime=\"[^\"]*\">[^<]*</time>")]
    private static partial Regex TimeElement();

    [Test]
    public void Same_model_gives_byte_identical_html_markdown_and_json()
    {
        var a = SampleReports.Model();
        var b = SampleReports.Model();
        Assert.That(HtmlReportRenderer.Render(b), Is.EqualTo(HtmlReportRenderer.Render(a)));
        Assert.That(MarkdownReportRenderer.Render(b), Is.EqualTo(MarkdownReportRenderer.Render(a)));
        Assert.That(ReportJson.Serialize(b), Is.EqualTo(ReportJson.Serialize(a)));
    }

    [Test]
    public void Only_the_timestamp_changes_with_the_generation_time()
    {
        var model = SampleReports.Model();
        var later = model with { GeneratedAt = model.GeneratedAt.AddDays(3).AddMinutes(7) };
        var first = HtmlReportRenderer.Render(model);
        var second = HtmlReportRenderer.Render(later);
        Assert.That(second, Is.Not.EqualTo(first));
        Assert.That(TimeElement().Matches(first), Has.Count.EqualTo(1));
        Assert.That(TimeElement().Replace(second, "T"), Is.EqualTo(TimeElement().Replace(first, "T")));
        Assert.That(first, Does.Contain("<time datetime=\"2026-11-30T01:00:00Z\">2026-11-30 01:00 UTC</time>"));

        var md1 = MarkdownReportRenderer.Render(model);
        var md2 = MarkdownReportRenderer.Render(later);
        Assert.That(md2.Replace("2026-12-03 01:07 UTC", "T", StringComparison.Ordinal), Is.EqualTo(md1.Replace("2026-11-30 01:00 UTC", "T", StringComparison.Ordinal)));
    }

    [Test]
    public void Html_is_self_contained_and_has_every_section_with_an_intro()
    {
        var html = HtmlReportRenderer.Render(SampleReports.Model());
        Assert.That(html, Does.StartWith("<!DOCTYPE html>"));
        foreach (var id in new[] { "summary", "network", "key-actors", "brokers", "clusters", "distributions", "evidence", "method" })
        {
            Assert.That(html, Does.Contain($"<section id=\"{id}\">\n<h2>"), id);
            Assert.That(html, Does.Contain($"<a href=\"#{id}\">"), id);
        }

        Assert.That(Regex.Matches(html, "<p class=\"intro\">").Count, Is.EqualTo(8));
        Assert.That(html, Does.Contain("Brokers connect groups that are otherwise apart."));

        // Nothing is fetched: no external script, stylesheet, font or image, and a CSP that forbids them anyway. The one
        // style sheet and the one script are inline and allowed by their SHA-256 hashes, computed from what the page holds.
        Assert.That(html, Does.Not.Contain("<link").And.Not.Contain("<img").And.Not.Contain("@import").And.Not.Contain("url(http"));
        Assert.That(Regex.Matches(html, "<script").Count, Is.EqualTo(2), "the JSON island and the explorer script");
        var style = Regex.Match(html, "<style>(.*?)</style>", RegexOptions.Singleline).Groups[1].Value;
        var script = Regex.Match(html, "<script>(.*?)</script>", RegexOptions.Singleline).Groups[1].Value;
        Assert.That(html, Does.Contain($"Content-Security-Policy\" content=\"default-src 'none'; style-src '{HtmlReportRenderer.Hash(style)}'; script-src '{HtmlReportRenderer.Hash(script)}'; img-src data:; base-uri 'none'; form-action 'none'\""));
        Assert.That(html, Does.Not.Contain("unsafe-inline").And.Not.Contain("unsafe-eval"));
        Assert.That(Regex.Matches(html, "\\sstyle=").Count, Is.Zero, "no style attribute (the CSP would refuse it)");
        Assert.That(Regex.Matches(html, "<[a-zA-Z]+[^<>]*\\ssrc\\s*=").Count, Is.Zero);
        var hrefs = Regex.Matches(html, "href=\"([^\"]*)\"").Select(m => m.Groups[1].Value).ToArray();
        Assert.That(hrefs, Has.All.StartsWith("#").Or.StartsWith("https://example.org/"));
    }

    [Test]
    public void Hostile_strings_never_appear_raw_in_html()
    {
        var html = HtmlReportRenderer.Render(SampleReports.Model());
        Assert.That(html, Does.Not.Contain("<script>alert(1)</script>"));
        Assert.That(html, Does.Not.Contain("<img src=x"));
        Assert.That(html, Does.Not.Contain("javascript:alert(1)\""));
        Assert.That(html, Does.Not.Contain("<b>with tags</b>"));
        Assert.That(html, Does.Contain("&lt;script&gt;alert(1)&lt;/script&gt;"));
        Assert.That(html, Does.Contain("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
        Assert.That(html, Does.Contain("Smith &amp; Sons | Partners"));
        Assert.That(html, Does.Contain("Pat O&#39;Brien &quot;The Fixer&quot;"));
        Assert.That(html, Does.Contain(SampleReports.UnicodeName));
        Assert.That(html, Does.Contain(SampleReports.EmojiName));
        Assert.That(html.Any(c => c < 0x20 && c is not '\n' and not '\t' and not '\r'), Is.False, "a control character reached the output");

        // Only the elements the renderer writes exist: no tag name from the data (the script's own text set aside).
        var markup = Regex.Replace(html, "(<script[^>]*>).*?</script>", "$1</script>", RegexOptions.Singleline);
        var tags = Regex.Matches(markup, "<([a-zA-Z][a-zA-Z0-9]*)").Select(m => m.Groups[1].Value.ToLowerInvariant()).ToHashSet();
        Assert.That(tags, Is.SubsetOf(new[]
        {
            "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3", "p", "nav", "ol", "ul", "li", "a", "main", "section",
            "div", "table", "caption", "thead", "tbody", "tr", "th", "td", "span", "strong", "abbr", "figure", "figcaption", "svg", "g",
            "line", "circle", "text", "rect", "blockquote", "footer", "dl", "dt", "dd", "code", "time", "defs", "marker", "path",
            "script", "details", "summary",
        }));
    }

    [Test]
    public void Not_computed_sections_show_their_reason()
    {
        var model = SampleReports.Model() with
        {
            Brokers = BrokersSection.NotComputed("brokerage needs <a partition> & was skipped"),
            Clusters = ClustersSection.NotComputed("no communities requested"),
            Drawing = null,
            Charts = ChartsSection.Empty,
        };
        var html = HtmlReportRenderer.Render(model);
        Assert.That(html, Does.Contain("<p class=\"not-computed\">Not computed for this report: brokerage needs &lt;a partition&gt; &amp; was skipped</p>"));
        Assert.That(html, Does.Contain("Not computed for this report: no communities requested"));
        Assert.That(html, Does.Not.Contain("<section id=\"network\">").And.Not.Contain("<section id=\"distributions\">"));
        var md = MarkdownReportRenderer.Render(model);
        Assert.That(md, Does.Contain("> Not computed for this report: brokerage needs \\<a partition\\> \\& was skipped"));
    }

    [Test]
    public void An_empty_network_still_renders()
    {
        var model = new ReportModel { Title = "Empty", Summary = ReportModelBuilder.Summarize(StakeholderNetwork.Empty), Drawing = new NetworkDrawingInput([], []) };
        var html = HtmlReportRenderer.Render(model);
        Assert.That(html, Does.Contain("The network has no stakeholders to draw."));
        Assert.That(html, Does.Contain("No key actors were computed"));
        Assert.That(MarkdownReportRenderer.Render(model), Does.Contain("# Empty"));
    }

    [Test]
    public void Markdown_tables_keep_their_shape_whatever_the_data()
    {
        var md = MarkdownReportRenderer.Render(SampleReports.Model());
        File.WriteAllText(Path.Combine(TestContext.CurrentContext.WorkDirectory, "report-sample.md"), md);
        var lines = md.Split('\n');
        var tableBlocks = new List<List<string>>();
        List<string>? current = null;
        foreach (var line in lines)
        {
            if (line.StartsWith('|'))
            {
                current ??= [];
                current.Add(line);
            }
            else if (current is not null)
            {
                tableBlocks.Add(current);
                current = null;
            }
        }

        Assert.That(tableBlocks, Has.Count.GreaterThanOrEqualTo(8));
        foreach (var block in tableBlocks)
        {
            var widths = block.Select(UnescapedPipes).Distinct().ToArray();
            Assert.That(widths, Has.Length.EqualTo(1), $"a row has a different number of cells:\n{string.Join("\n", block)}");
        }

        Assert.That(md, Does.Contain("\\<script\\>alert(1)\\</script\\>"));
        Assert.That(Regex.IsMatch(md, @"(?<!\\)\]\(javascript"), Is.False, "an unescaped ](javascript: link");
        Assert.That(md, Does.Contain("\\](javascript"));
        Assert.That(md, Does.Contain("[District press release on the investment forum](https://example.org/press/1?a=1&b=2)"));
        Assert.That(md, Does.Contain("Smith \\& Sons \\| Partners"));
        Assert.That(Regex.Matches(md, "^#{1,2} ", RegexOptions.Multiline).Count, Is.EqualTo(1 + 8), "one title and eight section headings, none from data");
    }

    private static int UnescapedPipes(string line)
    {
        var count = 0;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '|')
            {
                var slashes = 0;
                for (var j = i - 1; j >= 0 && line[j] == '\\'; j--)
                {
                    slashes++;
                }

                if (slashes % 2 == 0)
                {
                    count++;
                }
            }
        }

        return count;
    }

    [Test]
    public void Json_round_trips_the_model()
    {
        var model = SampleReports.Model();
        var json = ReportJson.Serialize(model);
        Assert.That(json, Does.Contain("\"title\": \"Synthetic district investment network\""));
        Assert.That(json, Does.Contain("\"colorBy\": \"group\""));
        Assert.That(json, Does.Not.Contain("<script>"), "HTML-significant characters are \\u-escaped");
        Assert.That(json, Does.Contain(SampleReports.UnicodeName), "other Unicode is written as is");
        var back = ReportJson.Deserialize(json);
        Assert.That(ReportJson.Serialize(back), Is.EqualTo(json));
        Assert.That(HtmlReportRenderer.Render(back), Is.EqualTo(HtmlReportRenderer.Render(model)));

        var withNaN = model with { Charts = new ChartsSection([new DistributionChart("x", [1, double.NaN, double.PositiveInfinity])], []) };
        Assert.That(ReportJson.Serialize(withNaN), Does.Contain("\"NaN\"").And.Contain("\"Infinity\""));
    }

    [Test]
    public void Writer_picks_the_format_from_the_extension_and_writes_atomically()
    {
        var dir = Path.Combine(TestContext.CurrentContext.WorkDirectory, "writer-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var model = SampleReports.Model() with { Drawing = null };
        foreach (var (name, start) in new[] { ("r.html", "<!DOCTYPE html>"), ("r.HTM", "<!DOCTYPE html>"), ("r.md", "# "), ("r.json", "{") })
        {
            var path = Path.Combine(dir, name);
            ReportWriter.Write(model, path);
            Assert.That(File.ReadAllText(path), Does.StartWith(start), name);
            Assert.That(File.ReadAllBytes(path).Take(3), Is.Not.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }), "no BOM");
        }

        Assert.That(Directory.GetFiles(dir).Select(Path.GetFileName), Is.EquivalentTo(new[] { "r.html", "r.HTM", "r.md", "r.json" }), "no temp file left");
        Assert.That(() => ReportWriter.Write(model, Path.Combine(dir, "r.pdf")), Throws.ArgumentException.With.Message.Contains(".html, .md or .json"));
    }

    [Test]
    [Explicit("Timing run at 100k edges; prints numbers for docs/reports.md, asserts nothing about speed.")]
    public void Time_full_report_at_100k_edges()
    {
        var sw = Stopwatch.StartNew();
        var random = new Random(11);
        const int n = 20_000;
        var b = new StakeholderNetworkBuilder { Title = "Large synthetic network" };
        b.AddDocument(new SourceDocument("doc"));
        for (var v = 0; v < n; v++)
        {
            b.AddStakeholder(new Stakeholder($"s{v}", $"Stakeholder {v}", v % 4 == 0 ? StakeholderKind.Organization : StakeholderKind.Person));
        }

        var pairs = new HashSet<(int, int)>();
        while (pairs.Count < 100_000)
        {
            var u = random.Next(n);
            var w = random.NextDouble() < 0.5 ? random.Next(200) : ((u / 50 * 50) + random.Next(50)) % n;
            if (u != w)
            {
                pairs.Add((Math.Min(u, w), Math.Max(u, w)));
            }
        }

        foreach (var (u, w) in pairs.Order())
        {
            b.AddTie(new Tie($"s{u}", $"s{w}", TieType.PartnersWith) { Evidence = u % 10 == 0 ? [new Evidence("doc", $"s{u} works with s{w}.")] : [] });
        }

        var network = b.Build();
        var g = SampleReports.Graph(network);
        var buildMs = sw.ElapsedMilliseconds;
        sw.Restart();

        var degree = SampleReports.Degree(g);
        var strength = SampleReports.Strength(g);
        var groups = Enumerable.Range(0, n).Select(v => v / 50 % 30).ToArray();
        var clusters = ReportModelBuilder.Clusters(g, groups, degree, "synthetic", null, network);
        var keyActors = ReportModelBuilder.KeyActors(g, [("degree", degree), ("strength", strength)], "degree", 15, network);
        var model = new ReportModel
        {
            Title = "Large",
            Summary = ReportModelBuilder.Summarize(network, g),
            KeyActors = keyActors,
            Clusters = clusters,
            Drawing = ReportModelBuilder.Drawing(g, degree, groups, network, "degree", ReportModelBuilder.GroupNames(clusters)),
            Charts = new ChartsSection([new DistributionChart("degree", degree)], [ReportModelBuilder.Ranking(g, "degree", degree, 15, network)]),
            Evidence = ReportModelBuilder.EvidenceForActors(network, keyActors.Rows.Select(r => r.Id)),
        };
        var modelMs = sw.ElapsedMilliseconds;
        sw.Restart();
        var html = HtmlReportRenderer.Render(model);
        var htmlMs = sw.ElapsedMilliseconds;
        TestContext.Out.WriteLine($"n={n} m={g.EdgeCount}: network+graph {buildMs} ms, model (builder) {modelMs} ms, HTML {htmlMs} ms, {html.Length / 1024} KiB");
    }
}
