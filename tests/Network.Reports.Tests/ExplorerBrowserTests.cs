using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Stakeholders.Network.IO;
using Stakeholders.Network.Model;
using Stakeholders.Network.Reports.Rendering;

namespace Stakeholders.Network.Reports.Tests;

/// <summary>
/// The interactive layer of the HTML report in Debian's Chromium: search, panel, filters, date slider, URL fragment,
/// keyboard, print, scripting off, hostile names; every page is watched for console errors, dialogs and requests.
/// </summary>
[TestFixture]
[NonParallelizable]
public class ExplorerBrowserTests
{
    public const string ScriptBreaker = "</script><img src=x onerror=alert(1)>";
    public const string JsString = "\"';alert(1)//";
    public const string FragmentBreaker = "#x\" onload=alert(1) x=\"";

    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private string _seedPath = string.Empty;
    private string _hostilePath = string.Empty;
    private JsonElement _seedData;

    [OneTimeSetUp]
    public async Task Start()
    {
        (_playwright, _browser) = await BrowserTests.LaunchAsync();
        var seed = NativeJson.Read(SeedPath);
        var html = HtmlReportRenderer.Render(StakeholderReport.Build(seed, new StakeholderReportOptions { GeneratedAt = SampleReports.FixedTime }));
        _seedPath = BrowserTests.WriteTemp(html, "explore-seed.html");
        _seedData = Island(html);
        _hostilePath = BrowserTests.WriteTemp(HtmlReportRenderer.Render(StakeholderReport.Build(HostileNetwork(), new StakeholderReportOptions { GeneratedAt = SampleReports.FixedTime })), "explore-hostile.html");
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
    }

    internal static string SeedPath => Path.Combine(TestContext.CurrentContext.TestDirectory, "seeds", "shijingshan-forum-2023.json");

    internal static JsonElement Island(string html)
    {
        var json = Regex.Match(html, "<script type=\"application/json\" id=\"report-data\">(.*?)</script>", RegexOptions.Singleline).Groups[1].Value;
        return JsonDocument.Parse(json).RootElement.Clone();
    }

    /// <summary>A small network whose ids and names are HTML, SVG, JavaScript-string and URL-fragment payloads.</summary>
    internal static StakeholderNetwork HostileNetwork()
    {
        var b = new StakeholderNetworkBuilder { Title = "Hostile <b>names</b> & ids" };
        b.AddDocument(new SourceDocument("doc\"><script>alert(1)</script>", "Source </script><script>alert(2)</script>", new Uri("javascript:alert(3)"), null));
        string[] names = [ScriptBreaker, JsString, FragmentBreaker, "<svg onload=alert(1)>", "Plain Person", "\u2028line\u2029break</title>"];
        for (var i = 0; i < names.Length; i++)
        {
            b.AddStakeholder(new Stakeholder(i == 4 ? "plain" : names[i], names[i], i % 2 == 0 ? StakeholderKind.Person : StakeholderKind.Organization) { Aliases = [$"alias {i} <i>"] });
        }

        for (var i = 0; i < names.Length; i++)
        {
            var a = i == 4 ? "plain" : names[i];
            var j = (i + 1) % names.Length;
            var c = j == 4 ? "plain" : names[j];
            b.AddTie(new Tie(a, c, TieType.PartnersWith)
            {
                Role = "<em>role</em>",
                Evidence = [new Evidence("doc\"><script>alert(1)</script>", $"Quote with {names[i]} and </script> inside.")],
            });
        }

        return b.Build();
    }

    private sealed class Watch
    {
        public List<string> Errors { get; } = [];

        public List<string> Requests { get; } = [];

        public List<string> Dialogs { get; } = [];

        public void Verify(string page)
        {
            Assert.That(Dialogs, Is.Empty, "a dialog fired: " + string.Join(", ", Dialogs));
            Assert.That(Errors, Is.Empty, string.Join("\n", Errors));
            Assert.That(Requests, Has.Count.EqualTo(1), "the page made a request besides loading itself: " + string.Join(", ", Requests));
            Assert.That(Requests[0], Does.StartWith("file:").And.Contain(Path.GetFileName(page)));
        }
    }

    private async Task<(IPage Page, Watch Watch)> OpenAsync(string path, string fragment = "", bool javaScript = true)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = javaScript, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        var watch = new Watch();
        page.Console += (_, msg) =>
        {
            if (msg.Type is "error" or "warning")
            {
                watch.Errors.Add($"{msg.Type}: {msg.Text}");
            }
        };
        page.PageError += (_, error) => watch.Errors.Add($"page error: {error}");
        page.Request += (_, request) => watch.Requests.Add(request.Url);
        page.Dialog += async (_, dialog) =>
        {
            watch.Dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };
        await page.GotoAsync(new Uri(path).AbsoluteUri + fragment);
        if (javaScript)
        {
            await page.WaitForSelectorAsync("html[data-explore=ready]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
        }

        return (page, watch);
    }

    // A string literal for a Playwright selector (CSS-style escapes).
    private static string Quoted(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static Task<int> CountAsync(IPage page, string selector) =>
        page.EvaluateAsync<int>($"Array.from(document.querySelectorAll({JsonSerializer.Serialize(selector)})).filter(e => getComputedStyle(e).display !== 'none').length");

    [Test]
    public async Task Search_finds_a_stakeholder_and_opens_its_panel_with_a_quote_and_its_neighbourhood()
    {
        var (page, watch) = await OpenAsync(_seedPath);
        Assert.That(await page.GetAttributeAsync("#explore-search", "type"), Is.EqualTo("search"));
        await page.FillAsync("#explore-search", "xia lin");
        await page.WaitForSelectorAsync("#explore-results button.result");
        Assert.That(await page.InnerTextAsync("#explore-results button.result >> nth=0"), Does.StartWith("Xia Linmao"));
        await page.ClickAsync("#explore-results button.result >> nth=0");

        await page.WaitForSelectorAsync("#explore-panel:not([hidden])");
        Assert.That(await page.InnerTextAsync("#explore-panel h2"), Is.EqualTo("Xia Linmao"));
        var panel = await page.InnerTextAsync("#explore-panel");
        Assert.That(panel, Does.Contain("Executive Vice Mayor of Beijing Xia Linmao"), "a quote from the source");
        Assert.That(panel, Does.Contain("Titles and affiliations").And.Contain("Ranks").And.Contain("HOLDS_POSITION"));
        Assert.That(panel, Does.Contain("Stable range"));
        Assert.That(new Uri(page.Url).Fragment, Is.EqualTo("#xia-linmao"));

        // The neighbourhood is highlighted: the stakeholder and everyone it is tied to.
        var neighbours = _seedData.GetProperty("ties").EnumerateArray()
            .Where(t => SeedIndex("xia-linmao") is var i && (t.GetProperty("s").GetInt32() == i || t.GetProperty("t").GetInt32() == i))
            .SelectMany(t => new[] { t.GetProperty("s").GetInt32(), t.GetProperty("t").GetInt32() }).Distinct().Count();
        Assert.That(await page.EvaluateAsync<bool>("document.querySelector('svg.network').classList.contains('focus')"), Is.True);
        Assert.That(await page.EvaluateAsync<int>("document.querySelectorAll('svg.network circle.nb').length"), Is.EqualTo(neighbours));
        Assert.That(await page.EvaluateAsync<int>("document.querySelectorAll('svg.network circle.sel').length"), Is.EqualTo(1));

        // Escape closes it, the fragment goes and focus returns to the search box.
        await page.Keyboard.PressAsync("Escape");
        Assert.That(await page.IsHiddenAsync("#explore-panel"), Is.True);
        Assert.That(new Uri(page.Url).Fragment, Is.Empty);
        Assert.That(await page.EvaluateAsync<string>("document.activeElement.id"), Is.EqualTo("explore-search"));
        watch.Verify(_seedPath);
    }

    private int SeedIndex(string id) =>
        _seedData.GetProperty("s").EnumerateArray().Select((s, i) => (s, i)).Single(x => x.s.GetProperty("id").GetString() == id).i;

    [Test]
    public async Task Search_matches_aliases_and_ids_and_the_keyboard_reaches_everything()
    {
        var (page, watch) = await OpenAsync(_seedPath);
        await page.FocusAsync("#explore-search");
        await page.Keyboard.TypeAsync("xia-linmao");
        await page.WaitForSelectorAsync("#explore-results button.result");
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.That(await page.EvaluateAsync<string>("document.activeElement.className"), Is.EqualTo("result"));
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("#explore-panel:not([hidden])");
        Assert.That(await page.EvaluateAsync<string>("document.activeElement.id"), Is.EqualTo("explore-panel-title"), "focus moves into the panel");

        // A name in the panel is a link to that stakeholder's panel; Tab reaches it and Enter follows it.
        var other = await page.InnerTextAsync("#explore-panel ul.ties a.sh >> nth=0");
        await page.FocusAsync("#explore-panel ul.ties a.sh >> nth=0");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync($"#explore-panel h2:text-is({Quoted(other)})");

        // Names in the report's tables open the panel too (mouse and keyboard).
        await page.Keyboard.PressAsync("Escape");
        var firstKeyActor = page.Locator("#key-actors table a.sh").First;
        var name = (await firstKeyActor.TextContentAsync())!;
        await firstKeyActor.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync($"#explore-panel h2:text-is({Quoted(name)})");
        await page.Keyboard.PressAsync("Escape");
        var broker = page.Locator("#brokers .stakeholder[data-id]").First;
        if (await broker.CountAsync() > 0)
        {
            await broker.ClickAsync();
            await page.WaitForSelectorAsync("#explore-panel:not([hidden])");
        }

        watch.Verify(_seedPath);
    }

    [Test]
    public async Task Fragment_opens_that_stakeholders_panel()
    {
        var (page, watch) = await OpenAsync(_seedPath, "#shougang-group");
        await page.WaitForSelectorAsync("#explore-panel:not([hidden])");
        Assert.That(await page.InnerTextAsync("#explore-panel h2"), Is.EqualTo(_seedData.GetProperty("s")[SeedIndex("shougang-group")].GetProperty("n").GetString()));

        // Changing the fragment (a link from elsewhere) opens another. (Waits use selectors: the page's CSP refuses the
        // string evaluation Playwright's WaitForFunction would need.)
        await page.EvaluateAsync("location.hash = '#xia-linmao'");
        await page.WaitForSelectorAsync("#explore-panel h2:text-is('Xia Linmao')");
        watch.Verify(_seedPath);
    }

    [Test]
    public async Task Each_filter_hides_and_shows_what_it_should()
    {
        var (page, watch) = await OpenAsync(_seedPath);
        await page.ClickAsync("details.filters summary");
        var s = _seedData.GetProperty("s").EnumerateArray().ToArray();
        var ties = _seedData.GetProperty("ties").EnumerateArray().ToArray();
        var circles = await CountAsync(page, "svg.network g.nodes circle");
        var lines = await CountAsync(page, "svg.network g.edges line");
        Assert.That(circles, Is.EqualTo(s.Length));

        async Task Toggle(string legend, string label)
        {
            await page.Locator($"details.filters fieldset:has(legend:text-is({Quoted(legend)})) label:has-text({Quoted(label)}) input").First.ClickAsync();
            await page.WaitForTimeoutAsync(50);
        }

        int VisibleLines(Func<JsonElement, bool> stakeholderOn, Func<JsonElement, bool> tieOn) =>
            ties.Where(t => stakeholderOn(s[t.GetProperty("s").GetInt32()]) && stakeholderOn(s[t.GetProperty("t").GetInt32()]) && tieOn(t))
                .Select(t => t.GetProperty("l").GetInt32()).Where(l => l >= 0).Distinct().Count();

        // Kind: hide people.
        var kinds = _seedData.GetProperty("kinds").EnumerateArray().Select(k => k.GetString()!).ToArray();
        var person = Array.IndexOf(kinds, "person");
        await Toggle("Stakeholder kind", "person");
        Assert.That(await CountAsync(page, "svg.network g.nodes circle"), Is.EqualTo(s.Count(x => x.GetProperty("k").GetInt32() != person)));
        Assert.That(await CountAsync(page, "svg.network g.edges line"), Is.EqualTo(VisibleLines(x => x.GetProperty("k").GetInt32() != person, _ => true)));
        Assert.That(await CountAsync(page, "svg.network g.labels text"), Is.LessThanOrEqualTo(s.Count(x => x.GetProperty("k").GetInt32() != person)));
        await Toggle("Stakeholder kind", "person");
        Assert.That(await CountAsync(page, "svg.network g.nodes circle"), Is.EqualTo(circles));
        Assert.That(await CountAsync(page, "svg.network g.edges line"), Is.EqualTo(lines));

        // Organization type: hide government bodies.
        var orgTypes = _seedData.GetProperty("orgTypes").EnumerateArray().Select(k => k.GetString()!).ToArray();
        var government = Array.IndexOf(orgTypes, "government");
        Assert.That(government, Is.GreaterThanOrEqualTo(0));
        await Toggle("Organization type", "government");
        Assert.That(await CountAsync(page, "svg.network g.nodes circle"), Is.EqualTo(s.Count(x => x.GetProperty("o").GetInt32() != government)));
        await Toggle("Organization type", "government");

        // Tie type: hide HOLDS_POSITION lines; circles stay.
        var tieTypes = _seedData.GetProperty("tieTypes").EnumerateArray().Select(k => k.GetString()!).ToArray();
        var holds = Array.IndexOf(tieTypes, "HOLDS_POSITION");
        await Toggle("Tie type", "HOLDS_POSITION");
        Assert.That(await CountAsync(page, "svg.network g.edges line"), Is.EqualTo(VisibleLines(_ => true, t => t.GetProperty("y").GetInt32() != holds)).And.LessThan(lines));
        Assert.That(await CountAsync(page, "svg.network g.nodes circle"), Is.EqualTo(circles));
        await Toggle("Tie type", "HOLDS_POSITION");

        // Cluster: hide the first cluster by its name.
        var cluster = _seedData.GetProperty("clusters")[0];
        await Toggle("Cluster", cluster.GetProperty("name").GetString()!);
        Assert.That(await CountAsync(page, "svg.network g.nodes circle"), Is.EqualTo(s.Count(x => x.GetProperty("c").GetInt32() != cluster.GetProperty("id").GetInt32())));
        Assert.That(await page.InnerTextAsync(".explore .status"), Does.StartWith($"Showing {s.Length - cluster.GetProperty("size").GetInt32()} of {s.Length} stakeholders"));
        await page.ClickAsync("details.filters button.reset");
        await page.WaitForTimeoutAsync(50);
        Assert.That(await CountAsync(page, "svg.network g.nodes circle"), Is.EqualTo(circles));
        Assert.That(await CountAsync(page, "svg.network g.edges line"), Is.EqualTo(lines));
        watch.Verify(_seedPath);
    }

    [Test]
    public async Task Date_slider_shows_the_network_as_of_that_date()
    {
        var (page, watch) = await OpenAsync(_seedPath);
        var dates = _seedData.GetProperty("dates").EnumerateArray().Select(d => d.GetString()!).ToArray();
        Assert.That(dates, Is.EqualTo(new[] { "2023-09-02", "2023-09-03", "2023-09-05" }));
        var ties = _seedData.GetProperty("ties").EnumerateArray().ToArray();
        var all = await CountAsync(page, "svg.network g.edges line");
        var counts = new List<int>();
        for (var d = 0; d < dates.Length; d++)
        {
            await page.EvalOnSelectorAsync("#explore-date", $"el => {{ el.value = '{d}'; el.dispatchEvent(new Event('input')); }}");
            await page.WaitForTimeoutAsync(50);
            var date = dates[d];
            var valid = ties.Where(t => (!t.TryGetProperty("a", out var a) || string.CompareOrdinal(a.GetString(), date) <= 0) && (!t.TryGetProperty("b", out var b) || string.CompareOrdinal(b.GetString(), date) >= 0)).ToArray();
            var expected = valid.Select(t => t.GetProperty("l").GetInt32()).Where(l => l >= 0).Distinct().Count();
            var seen = await CountAsync(page, "svg.network g.edges line");
            Assert.That(seen, Is.EqualTo(expected), date);
            Assert.That(await page.InnerTextAsync("#explore-date + output"), Is.EqualTo(date));
            counts.Add(seen);
        }

        Assert.That(counts.Distinct().Count(), Is.GreaterThan(1), "the slider changes the visible ties");
        Assert.That(counts.Min(), Is.LessThan(all));
        await page.EvalOnSelectorAsync("#explore-date", $"el => {{ el.value = '{dates.Length}'; el.dispatchEvent(new Event('input')); }}");
        await page.WaitForTimeoutAsync(50);
        Assert.That(await CountAsync(page, "svg.network g.edges line"), Is.EqualTo(all));
        watch.Verify(_seedPath);
    }

    [Test]
    public async Task Zoom_shows_more_labels_and_keeps_them_readable()
    {
        var (page, watch) = await OpenAsync(_seedPath);
        var before = await CountAsync(page, "svg.network g.labels text");
        await page.ClickAsync(".zoom button[aria-label='Zoom in']");
        await page.ClickAsync(".zoom button[aria-label='Zoom in']");
        Assert.That(await page.InnerTextAsync(".zoom-level"), Is.EqualTo("256 %"));
        var after = await CountAsync(page, "svg.network g.labels text");
        Assert.That(after, Is.GreaterThanOrEqualTo(before));
        Assert.That(await page.EvaluateAsync<string>("document.querySelector('svg.network g.labels').getAttribute('font-size')"), Is.EqualTo("4.297"), "text keeps its screen size");
        await page.ClickAsync(".zoom button[aria-label='Show the whole drawing']");
        Assert.That(await page.GetAttributeAsync("svg.network", "viewBox"), Is.EqualTo("0.00 0.00 960.00 640.00"));
        watch.Verify(_seedPath);
    }

    [Test]
    public async Task Without_scripting_every_section_is_present_and_no_control_is_shown()
    {
        var (page, _) = await OpenAsync(_seedPath, javaScript: false);
        var ids = await page.EvaluateAsync<string[]>("Array.from(document.querySelectorAll('main > section')).map(s => s.id)");
        Assert.That(ids, Is.SupersetOf(new[] { "findings", "summary", "network", "key-actors", "brokers", "clusters", "over-time", "distributions", "evidence", "method" }));
        foreach (var id in ids)
        {
            var box = await page.Locator($"section#{id}").BoundingBoxAsync();
            Assert.That(box!.Height, Is.GreaterThan(40), id);
        }

        Assert.That(await page.Locator(".ui").CountAsync(), Is.Zero);
        Assert.That(await page.IsVisibleAsync(".ui-hint"), Is.False, "the hint about clicking needs the script");
        Assert.That(await CountAsync(page, "svg.network g.labels text"), Is.EqualTo(_seedData.GetProperty("s").GetArrayLength() - await page.Locator("svg.network g.labels text:not([data-z='1'])").CountAsync()));
    }

    [Test]
    public async Task Print_keeps_the_drawing_whole_and_drops_the_controls()
    {
        var (page, watch) = await OpenAsync(_seedPath, "#xia-linmao");
        await page.ClickAsync(".zoom button[aria-label='Zoom in']");
        await page.SetViewportSizeAsync(794, 1123); // A4 at 96 dpi
        await page.EvaluateAsync("window.dispatchEvent(new Event('beforeprint'))");
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        var box = await page.Locator("figure.drawing svg.network").BoundingBoxAsync();
        Assert.That(box!.Width, Is.GreaterThan(500).And.LessThanOrEqualTo(794));
        Assert.That(box.Height, Is.LessThanOrEqualTo(230 / 25.4 * 96 + 1), "fits a page");
        Assert.That(await page.GetAttributeAsync("svg.network", "viewBox"), Is.EqualTo("0.00 0.00 960.00 640.00"), "printing shows the whole drawing, not the zoomed part");
        Assert.That(await page.IsVisibleAsync("#explore-panel"), Is.False);
        Assert.That(await page.IsVisibleAsync("#explore-search"), Is.False);
        Assert.That(await page.IsVisibleAsync(".explore"), Is.False);
        var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4" });
        Assert.That(pdf.Length, Is.GreaterThan(10_000));
        watch.Verify(_seedPath);
    }

    [TestCase(ScriptBreaker, "img src")]
    [TestCase(JsString, "alert(1)//")]
    [TestCase(FragmentBreaker, "onload")]
    [TestCase("<svg onload=alert(1)>", "svg onload")]
    public async Task Hostile_names_stay_inert_in_search_results_and_the_panel(string name, string search)
    {
        var (page, watch) = await OpenAsync(_hostilePath);
        await page.FillAsync("#explore-search", search);
        await page.WaitForSelectorAsync("#explore-results button.result");
        var shown = await page.EvaluateAsync<string[]>("Array.from(document.querySelectorAll('#explore-results .name')).map(e => e.textContent)");
        Assert.That(shown, Does.Contain(name));
        await page.Locator("#explore-results button.result").Filter(new LocatorFilterOptions { HasText = name }).First.ClickAsync();
        await page.WaitForSelectorAsync("#explore-panel:not([hidden])");
        Assert.That(await page.EvaluateAsync<string>("document.querySelector('#explore-panel h2').textContent"), Is.EqualTo(name));
        Assert.That(await page.EvaluateAsync<string>("document.querySelector('#explore-panel').textContent"), Does.Contain("Quote with " + name));

        // The fragment round-trips the id and reopens the same panel after a reload.
        var url = page.Url;
        var (again, watch2) = await OpenAsync(_hostilePath, new Uri(url).Fragment);
        await again.WaitForSelectorAsync("#explore-panel:not([hidden])");
        Assert.That(await again.EvaluateAsync<string>("document.querySelector('#explore-panel h2').textContent"), Is.EqualTo(name));

        foreach (var p in new[] { page, again })
        {
            Assert.That(await p.EvaluateAsync<int>("document.querySelectorAll('img, iframe, object, embed, body svg svg, [onload], [onerror]').length"), Is.Zero);
            Assert.That(await p.EvaluateAsync<int>("document.querySelectorAll('script').length"), Is.EqualTo(2));
            Assert.That(await p.EvaluateAsync<int>("document.querySelectorAll('a[href^=\"javascript\"]').length"), Is.Zero);
        }

        await page.WaitForTimeoutAsync(100);
        watch.Verify(_hostilePath);
        watch2.Verify(_hostilePath);
    }

    [Test]
    public void Json_island_escapes_everything_that_could_end_it()
    {
        var html = HtmlReportRenderer.Render(StakeholderReport.Build(HostileNetwork(), new StakeholderReportOptions { GeneratedAt = SampleReports.FixedTime }));
        var island = Regex.Match(html, "<script type=\"application/json\" id=\"report-data\">(.*?)</script>", RegexOptions.Singleline).Groups[1].Value;
        Assert.That(island, Does.Not.Contain("<").And.Not.Contain(">").And.Not.Contain("&").And.Not.Contain("\u2028").And.Not.Contain("\u2029"));
        var data = JsonDocument.Parse(island).RootElement;
        var names = data.GetProperty("s").EnumerateArray().Select(s => s.GetProperty("n").GetString()).ToArray();
        Assert.That(names, Does.Contain(ScriptBreaker).And.Contain(JsString).And.Contain(FragmentBreaker));
        Assert.That(data.GetProperty("docs")[0].TryGetProperty("u", out _), Is.False, "a javascript: URL never reaches the data");
    }
}

/// <summary>Screenshots of the seed report for docs/images (run on demand: <c>--filter Name~Seed_report_screenshots</c>).</summary>
[TestFixture]
[NonParallelizable]
public class ExplorerScreenshots
{
    [Test]
    [Explicit("Writes docs/images/report-*.png; run when the report's look changes.")]
    public async Task Seed_report_screenshots()
    {
        var root = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Stakeholders.sln")))
        {
            root = root.Parent;
        }

        Assert.That(root, Is.Not.Null, "run from inside the repository");
        var images = Path.Combine(root!.FullName, "docs", "images");
        var seed = NativeJson.Read(Path.Combine(root.FullName, "seeds", "shijingshan-forum-2023.json"));
        var html = HtmlReportRenderer.Render(StakeholderReport.Build(seed, new StakeholderReportOptions { GeneratedAt = SampleReports.FixedTime }));
        var path = BrowserTests.WriteTemp(html, "screenshot-seed.html");
        var (playwright, browser) = await BrowserTests.LaunchAsync();
        try
        {
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
            await page.GotoAsync(new Uri(path).AbsoluteUri);
            await page.WaitForSelectorAsync("html[data-explore=ready]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(images, "report-seed.png") });
            await page.Locator("#network").ScrollIntoViewIfNeededAsync();
            await page.Locator("#network").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(images, "report-seed-drawing.png") });

            await page.FillAsync("#explore-search", "shougang");
            await page.WaitForSelectorAsync("#explore-results button.result");
            await page.EvaluateAsync("window.scrollTo(0, 0)");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(images, "report-seed-search.png"), Clip = new Clip { X = 0, Y = 0, Width = 1280, Height = 700 } });
            await page.Locator("#explore-results button.result").Filter(new LocatorFilterOptions { HasText = "Shougang Group" }).ClickAsync();
            await page.WaitForSelectorAsync("#explore-panel:not([hidden])");
            await page.EvaluateAsync("document.querySelector('figure.drawing').scrollIntoView({ block: 'start' })");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(images, "report-seed-panel.png") });
        }
        finally
        {
            await browser.CloseAsync();
            playwright.Dispose();
        }
    }
}
