using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Playwright;
using Stakeholders.Network.Model;
using Stakeholders.Network.Reports.Rendering;

namespace Stakeholders.Network.Reports.Tests;

/// <summary>Generated stakeholder networks for size budgets and the explorer's large-network measurements.</summary>
public class LargeReportTests
{
    private static readonly string[] TieTypes = ["PARTNERS_WITH", "MEMBER_OF", "SPOKE_AT", "INVESTS_IN", "HOLDS_POSITION", "SIGNED_AGREEMENT_WITH"];
    private static readonly string[] OrgTypes = ["government", "company", "academic", "association", "financial", "media"];

    /// <summary>
    /// A seeded network of <paramref name="n"/> stakeholders and <paramref name="m"/> ties: a third organizations (six
    /// types), the rest people, events and projects; ties preferential with community structure (20 groups), every tie
    /// with one quote, a third of them dated within 2023.
    /// </summary>
    internal static StakeholderNetwork Generate(int n, int m, int seed)
    {
        var random = new Random(seed);
        var b = new StakeholderNetworkBuilder { Title = $"Generated network ({n.ToString("N0", CultureInfo.InvariantCulture)} stakeholders, {m.ToString("N0", CultureInfo.InvariantCulture)} ties)" };
        b.AddDocument(new SourceDocument("gen-1", "Generated source document", new Uri("https://example.org/generated"), PartialDate.Parse("2023")));
        for (var i = 0; i < n; i++)
        {
            var kind = (i % 10) switch { < 3 => StakeholderKind.Organization, < 9 => StakeholderKind.Person, _ => i % 20 == 9 ? StakeholderKind.Event : StakeholderKind.Initiative };
            var s = new Stakeholder($"s{i}", kind == StakeholderKind.Person ? $"Person {i} {Surname(i)}" : $"{Capital(kind.ToName())} {i} of {Surname(i * 7)}", kind);
            if (kind == StakeholderKind.Organization)
            {
                ModelNames.TryParseOrganizationType(OrgTypes[i % OrgTypes.Length], out var type);
                s = s with { OrganizationType = type, Aliases = [$"ORG{i}"] };
            }

            b.AddStakeholder(s);
        }

        var seen = new HashSet<(int, int, int)>();
        var degree = new int[n];
        var added = 0;
        while (added < m)
        {
            var a = random.Next(n);
            var c = random.NextDouble() < 0.7 ? ((random.Next(n / 20) * 20) + (a % 20)) % n : random.Next(Math.Max(1, n / 10));
            var type = random.Next(TieTypes.Length);
            if (a == c || !seen.Add((Math.Min(a, c), Math.Max(a, c), type)))
            {
                continue;
            }

            var tie = new Tie($"s{a}", $"s{c}", new TieType(TieTypes[type]))
            {
                Evidence = [new Evidence("gen-1", $"Stakeholder {a} and stakeholder {c} were reported together ({TieTypes[type].ToLowerInvariant()}).")],
            };
            if (added % 3 == 0)
            {
                var month = 1 + random.Next(12);
                tie = tie with { Period = new DatePeriod(PartialDate.Parse($"2023-{month:00}"), month < 12 && random.NextDouble() < 0.5 ? PartialDate.Parse($"2023-{month + 1:00}") : null) };
            }

            b.AddTie(tie);
            degree[a]++;
            degree[c]++;
            added++;
        }

        return b.Build();
    }

    private static string Surname(int i) => new[] { "Novak", "Haddad", "Okafor", "Silva", "Tanaka", "Weber", "Zhang", "Kowalski", "Li", "Smith" }[i % 10];

    private static string Capital(string s) => char.ToUpperInvariant(s[0]) + s[1..];

    [Test]
    public void Report_of_a_1000_stakeholder_network_fits_the_size_budget()
    {
        var network = Generate(1000, 4000, seed: 11);
        var html = HtmlReportRenderer.Render(StakeholderReport.Build(network, new StakeholderReportOptions { GeneratedAt = SampleReports.FixedTime }));
        var bytes = Encoding.UTF8.GetByteCount(html);
        BrowserTests.WriteTemp(html, "report-1000.html");
        TestContext.Out.WriteLine($"1,000 stakeholders, 4,000 ties: {bytes / 1024.0:0} KiB");
        Assert.That(bytes, Is.LessThanOrEqualTo(1_500_000), "the budget for a 1,000-stakeholder report is 1.5 MB");
        var data = ExplorerBrowserTests.Island(html);
        Assert.That(data.GetProperty("s").GetArrayLength(), Is.EqualTo(1000), "every stakeholder is searchable, drawn one by one or not");
        Assert.That(data.GetProperty("ties").GetArrayLength(), Is.EqualTo(4000));
    }

    [Test]
    [Explicit("Measurement for benchmarks/README.md (5,000 stakeholders, 20,000 ties); prints figures, asserts no speed.")]
    public async Task Measure_the_explorer_on_a_5000_stakeholder_network()
    {
        var watch = Stopwatch.StartNew();
        // The model takes minutes to build at this size; it is kept beside the test's output and reused when present.
        var cache = Path.Combine(TestContext.CurrentContext.WorkDirectory, "browser-artifacts", "explore-5000.model.json");
        Model.ReportModel model;
        if (File.Exists(cache))
        {
            model = ReportJson.Deserialize(File.ReadAllText(cache));
        }
        else
        {
            var network = Generate(5000, 20000, seed: 5);
            model = StakeholderReport.Build(network, new StakeholderReportOptions { GeneratedAt = SampleReports.FixedTime });
            Directory.CreateDirectory(Path.GetDirectoryName(cache)!);
            File.WriteAllText(cache, ReportJson.Serialize(model));
        }

        var buildMs = watch.ElapsedMilliseconds;
        watch.Restart();
        var html = HtmlReportRenderer.Render(model);
        var renderMs = watch.ElapsedMilliseconds;
        var path = BrowserTests.WriteTemp(html, "explore-5000.html");
        TestContext.Out.WriteLine($"model {buildMs} ms, HTML {renderMs} ms, {Encoding.UTF8.GetByteCount(html) / 1024.0 / 1024.0:0.00} MiB");
        var (playwright, browser) = await BrowserTests.LaunchAsync();
        try
        {
            var firstRender = new List<double>();
            var ready = new List<double>();
            var filterScript = new List<double>();
            var sliderScript = new List<double>();
            var searches = new List<double>();
            var searchNoDebounce = new List<double>();
            var filters = new List<double>();
            var slider = new List<double>();
            for (var run = 0; run < 5; run++)
            {
                var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
                await page.GotoAsync(new Uri(path).AbsoluteUri);
                await page.WaitForSelectorAsync("html[data-explore=ready]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
                // First render: navigation start to the first contentful paint; then to the explorer being ready.
                firstRender.Add(await page.EvaluateAsync<double>("performance.getEntriesByName('first-contentful-paint')[0].startTime"));
                ready.Add(await page.EvaluateAsync<double>("performance.getEntriesByName('explore-ready')[0].startTime"));
                searches.Add(await page.EvaluateAsync<double>(@"() => new Promise(resolve => {
                    const input = document.getElementById('explore-search'), list = document.getElementById('explore-results');
                    const t0 = performance.now();
                    new MutationObserver((_, o) => { o.disconnect(); requestAnimationFrame(() => resolve(performance.now() - t0)); }).observe(list, { childList: true });
                    input.value = 'person 4'; input.dispatchEvent(new Event('input'));
                })"));
                searchNoDebounce.Add(await page.EvaluateAsync<double>(@"() => new Promise(resolve => {
                    const input = document.getElementById('explore-search');
                    const t0 = performance.now();
                    input.value = 'smith'; input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
                    requestAnimationFrame(() => resolve(performance.now() - t0));
                })"));
                await page.Keyboard.PressAsync("Escape");
                await page.ClickAsync("details.filters summary");
                filters.Add(await page.EvaluateAsync<double>(@"() => new Promise(resolve => {
                    const cb = document.querySelector('details.filters input[type=checkbox]');
                    const t0 = performance.now();
                    cb.click();
                    requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - t0)));
                })"));
                filterScript.Add(await page.EvaluateAsync<double>("performance.getEntriesByName('explore-filter').at(-1).duration"));
                slider.Add(await page.EvaluateAsync<double>(@"() => new Promise(resolve => {
                    const r = document.getElementById('explore-date');
                    const t0 = performance.now();
                    r.value = String(Math.floor(+r.max / 2)); r.dispatchEvent(new Event('input'));
                    requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - t0)));
                })"));
                sliderScript.Add(await page.EvaluateAsync<double>("performance.getEntriesByName('explore-filter').at(-1).duration"));
                await page.CloseAsync();
            }

            static string Median(List<double> v) => v.Order().ElementAt(v.Count / 2).ToString("0", CultureInfo.InvariantCulture);
            TestContext.Out.WriteLine($"load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}; first contentful paint median {Median(firstRender)} ms; explorer ready {Median(ready)} ms; search (typing, 60 ms debounce included) {Median(searches)} ms; search+open panel (Enter) {Median(searchNoDebounce)} ms; filter {Median(filters)} ms (script {Median(filterScript)} ms); date slider {Median(slider)} ms (script {Median(sliderScript)} ms) (5 runs)");
            TestContext.Out.WriteLine($"runs: ready [{string.Join(", ", ready.Select(x => x.ToString("0", CultureInfo.InvariantCulture)))}], first [{string.Join(", ", firstRender.Select(x => x.ToString("0", CultureInfo.InvariantCulture)))}], search [{string.Join(", ", searches.Select(x => x.ToString("0", CultureInfo.InvariantCulture)))}], filter [{string.Join(", ", filters.Select(x => x.ToString("0", CultureInfo.InvariantCulture)))}], slider [{string.Join(", ", slider.Select(x => x.ToString("0", CultureInfo.InvariantCulture)))}]");
        }
        finally
        {
            await browser.CloseAsync();
            playwright.Dispose();
        }
    }
}
