using System.Globalization;
using Stakeholders.Network.Analysis;
using Stakeholders.Network.IO;
using Stakeholders.Network.Model;
using Stakeholders.Network.Reports.Model;
using Stakeholders.Network.Reports.Rendering;
using Stakeholders.Network.Reports.Text;

namespace Stakeholders.Network.Reports.Tests;

/// <summary>The key actors' rank intervals and the sentence on which ranks the evidence supports.</summary>
public class RankSupportTests
{
    private static StakeholderNetwork SeedNetwork() =>
        NetworkFile.Read(Path.Combine(TestContext.CurrentContext.TestDirectory, "seeds", "shijingshan-forum-2023.json"));

    private static ReportModel Build(StakeholderNetwork network, int replicates = 100) =>
        StakeholderReport.Build(network, new StakeholderReportOptions { GeneratedAt = SampleReports.FixedTime, Rewirings = 0, StabilityReplicates = replicates });

    /// <summary>A hub tied to every other stakeholder, the others in pairs: the hub is first whatever ties are dropped.</summary>
    private static StakeholderNetwork Star()
    {
        var b = new StakeholderNetworkBuilder { Title = "Star" };
        b.AddStakeholder(new Stakeholder("hub", "Hub Agency", StakeholderKind.Organization));
        for (var i = 0; i < 14; i++)
        {
            b.AddStakeholder(new Stakeholder($"s{i}", $"Spoke {i}", StakeholderKind.Person));
            b.AddTie(new Tie("hub", $"s{i}", TieType.PartnersWith));
            if (i % 2 == 1)
            {
                b.AddTie(new Tie($"s{i - 1}", $"s{i}", TieType.PartnersWith));
            }
        }

        return b.Build();
    }

    /// <summary>A ring: every stakeholder has the same betweenness, so dropping ties decides who comes first.</summary>
    private static StakeholderNetwork Ring()
    {
        var b = new StakeholderNetworkBuilder { Title = "Ring" };
        const int n = 14;
        for (var i = 0; i < n; i++)
        {
            b.AddStakeholder(new Stakeholder($"r{i}", $"Member {i}", StakeholderKind.Organization));
        }

        for (var i = 0; i < n; i++)
        {
            b.AddTie(new Tie($"r{i}", $"r{(i + 1) % n}", TieType.PartnersWith));
        }

        return b.Build();
    }

    [Test]
    public void On_the_seed_the_leaders_value_lies_outside_its_resampled_value_range_as_the_docs_say()
    {
        // Why the tables compare ranks, not values (docs/reports.md, "How firm is the order?").
        var leader = Build(SeedNetwork()).KeyActors.Rows[0];
        var value = leader.Measures.Single(m => m.Measure == "betweenness").Value!.Value;
        var interval = leader.Interval!;
        Assert.That(value, Is.GreaterThan(interval.UpperScore!.Value));
        var quoted = string.Create(CultureInfo.InvariantCulture, $"betweenness is {value:0.000} on the full network and {interval.LowerScore!.Value:0.000}–{interval.UpperScore.Value:0.000} over the copies");
        Assert.That(File.ReadAllText(RepositoryFile("docs", "reports.md")).ReplaceLineEndings(" ").Replace("  ", " ", StringComparison.Ordinal), Does.Contain(quoted));
    }

    [Test]
    public void Key_actor_intervals_are_the_rank_stability_engines_output()
    {
        var network = SeedNetwork();
        var model = Build(network);
        var engine = RankStability.Compute(network, new RankStabilityOptions { Measure = "betweenness", Replicates = 100, Seed = 42, TopK = 10 });
        var byId = engine.Stakeholders.ToDictionary(s => s.Id, StringComparer.Ordinal);
        Assert.That(model.KeyActors.Rows, Has.Count.EqualTo(10));
        var markdown = MarkdownReportRenderer.Render(model);
        foreach (var row in model.KeyActors.Rows)
        {
            var e = byId[row.Id];
            Assert.That(row.Interval, Is.EqualTo(new KeyActorInterval(e.LowerRank, e.UpperRank, e.LowerScore, e.UpperScore, e.TopShare, e.FirstShare)), row.Id);

            // The Markdown row shows the same numbers: the rank range, the score range and the top-10 share.
            var line = markdown.Split('\n').Single(l => l.StartsWith($"| {row.Rank} | ", StringComparison.Ordinal) && l.Contains(row.Name, StringComparison.Ordinal));
            var (lo, hi) = ((int)Math.Round(e.LowerRank), (int)Math.Round(e.UpperRank));
            var rankRange = lo == hi ? lo.ToString(CultureInfo.InvariantCulture) : $"{lo}–{hi}";
            Assert.That(line, Does.Contain($"| {rankRange} | "), row.Id);
            Assert.That(line, Does.Contain($" | {Math.Round(e.TopShare * 100).ToString(CultureInfo.InvariantCulture)}% | "), row.Id);
        }

        var support = model.KeyActors.Support!;
        Assert.That((support.Measure, support.Replicates, support.Level, support.TopK), Is.EqualTo(("betweenness", 100, 0.9, 10)));
        Assert.That(markdown, Does.Contain("**How firm is this order?** " + support.Sentence));
        Assert.That(model.Method.Notes, Has.Some.StartsWith("Rank intervals: beside each key actor"));
    }

    [Test]
    public void The_sentence_follows_the_evidence()
    {
        var star = Build(Star()).KeyActors.Support!.Sentence;
        var ring = Build(Ring()).KeyActors.Support!.Sentence;
        TestContext.Out.WriteLine(star);
        TestContext.Out.WriteLine(ring);
        Assert.That(star, Does.StartWith("The evidence supports Hub Agency as the most central stakeholder by betweenness (first in 100 of 100 resampled networks)"));
        Assert.That(ring, Does.Not.Contain("The evidence supports"));
        Assert.That(ring, Does.Contain("first by betweenness"));
        Assert.That(ring, Is.Not.EqualTo(star));
    }

    [Test]
    public void The_summary_and_the_key_actors_agree_on_how_firm_the_leader_is()
    {
        var star = Build(Star());
        var seed = Build(SeedNetwork());
        Assert.That(star.Findings.Select(f => f.Text), Has.Some.StartsWith("That ranking is firm:").And.Some.Contains("Hub Agency is first in 100 of them"));
        Assert.That(star.KeyActors.Support!.Sentence, Does.StartWith("The evidence supports Hub Agency"));
        var leader = seed.KeyActors.Rows[0];
        var count = Math.Round(leader.Interval!.FirstShare * 100);
        Assert.That(seed.Findings.Select(f => f.Text), Has.Some.StartsWith("That ranking is soft:").And.Some.Contains($"{leader.Name} is first in only {count} of them"));
        Assert.That(seed.KeyActors.Support!.Sentence, Does.Contain($"({count} of 100 resampled networks) but not firmly"));
    }

    [Test]
    public void The_sentence_names_contenders_and_counts_from_the_intervals()
    {
        // Built by hand: a leader first in 60 of 100, a rival in 40, two interchangeable followers, a fifth apart.
        KeyActorRow Row(int rank, string name, double lo, double hi, double first, double top) =>
            new(rank, name.ToLowerInvariant(), name, "organization", null, [], null) { Interval = new KeyActorInterval(lo, hi, 0, 1, top, first) };
        var rows = new[] { Row(1, "Alpha", 1, 2, 0.6, 1), Row(2, "Beta", 1, 2, 0.4, 1), Row(3, "Gamma", 3, 5, 0, 1), Row(4, "Delta", 3, 4, 0, 1), Row(5, "Eps", 6, 7, 0, 0.3) };
        var stability = new RankStabilityResult("degree", 100, TieResampling.Drop, 0.2, 0.9, 42, 10, [], []) { TopK = 5 };
        Assert.That(
            RankSupportBuilder.Sentence(rows, stability),
            Is.EqualTo("Alpha is most often first by degree (60 of 100 resampled networks) but not firmly (Beta in 40 of 100); places 1–2 are interchangeable (Alpha and Beta); places 3–4 are interchangeable (Gamma and Delta); Eps is 5th, ranked 6th to 7th in 90% of them. Eps falls outside the top 5 in more than half of them."));
    }

    [Test]
    public void Without_resampling_there_are_no_interval_columns()
    {
        var model = Build(Star(), replicates: 0);
        Assert.That(model.KeyActors.Support, Is.Null);
        Assert.That(model.KeyActors.Rows.All(r => r.Interval is null), Is.True);
        Assert.That(MarkdownReportRenderer.Render(model), Does.Not.Contain("Rank range"));
        Assert.That(HtmlReportRenderer.Render(model), Does.Not.Contain("class=\"rank-support\""));
    }

    [Test]
    public async Task The_key_actors_section_reads_well_in_a_browser()
    {
        var model = Build(SeedNetwork());
        var path = BrowserTests.WriteTemp(HtmlReportRenderer.Render(model), "report-seed-key-actors.html");
        var (playwright, browser) = await BrowserTests.LaunchAsync();
        try
        {
            var page = await browser.NewPageAsync(new Microsoft.Playwright.BrowserNewPageOptions { ViewportSize = new Microsoft.Playwright.ViewportSize { Width = 1280, Height = 2400 } });
            await page.GotoAsync(new Uri(path).AbsoluteUri);

            // On a laptop-wide page the table fits without scrolling sideways: the interval column costs no reading.
            var widths = await page.EvaluateAsync<int[]>("(() => { const s = document.querySelector('#key-actors .scroll'); return [s.scrollWidth, s.clientWidth]; })()");
            Assert.That(widths[0], Is.LessThanOrEqualTo(widths[1]), "the key actors table scrolls sideways");
            var headers = await page.EvaluateAsync<string[]>("[...document.querySelectorAll('#key-actors table.actors thead th')].map(th => th.textContent)");
            Assert.That(headers, Does.Contain("Rank range (90%)"));
            var column = Array.IndexOf(headers, "Rank range (90%)");
            var betweenness = Array.IndexOf(headers, "betweenness");
            var cells = await page.EvaluateAsync<string[][]>("[...document.querySelectorAll('#key-actors table.actors tbody tr')].map(tr => [...tr.children].map(td => td.textContent))");
            for (var i = 0; i < model.KeyActors.Rows.Count; i++)
            {
                var interval = model.KeyActors.Rows[i].Interval!;
                var (lo, hi) = ((int)Math.Round(interval.LowerRank), (int)Math.Round(interval.UpperRank));
                Assert.That(cells[i][column], Does.StartWith(lo == hi ? $"{lo}" : $"{lo}–{hi}").And.Contain($"in top 10: {Math.Round(interval.TopShare * 100)}%"));
                // Ranks, not values: the value cell holds the full network's value alone, with no resampled range that could
                // exclude it (with a fifth of the ties dropped the values shift as a whole).
                Assert.That(cells[i][betweenness], Is.EqualTo(model.KeyActors.Rows[i].Measures.Single(m => m.Measure == "betweenness").Value is { } v ? Escape.Number(v) : "–"), "the betweenness value alone");
            }

            var sentence = await page.EvaluateAsync<string>("document.querySelector('#key-actors p.rank-support').textContent");
            Assert.That(sentence, Is.EqualTo("How firm is this order? " + model.KeyActors.Support!.Sentence));
            var section = await page.QuerySelectorAsync("section#key-actors");
            var screenshot = Path.Combine(Path.GetDirectoryName(path)!, "report-seed-key-actors.png");
            await section!.ScreenshotAsync(new Microsoft.Playwright.ElementHandleScreenshotOptions { Path = screenshot });
            TestContext.AddTestAttachment(screenshot, "The seed report's key actors in headless Chromium");
        }
        finally
        {
            await browser.CloseAsync();
            playwright.Dispose();
        }
    }

    internal static string RepositoryFile(params string[] parts)
    {
        var root = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Stakeholders.sln")))
        {
            root = root.Parent;
        }

        Assert.That(root, Is.Not.Null, "run from inside the repository");
        return Path.Combine([root!.FullName, .. parts]);
    }

    [Test]
    public void The_docs_quote_the_seed_sentence_as_the_report_writes_it()
    {
        var sentence = Build(SeedNetwork()).KeyActors.Support!.Sentence;
        Assert.That(File.ReadAllText(RepositoryFile("docs", "reports.md")), Does.Contain("> " + sentence + "\n"));
        var page = File.ReadAllText(RepositoryFile("docs", "multiplex-uncertainty-salience.md"));
        Assert.That(sentence, Does.Contain("(68 of 100 resampled networks) but not firmly").And.Contain("places 1–3 are interchangeable").And.Contain("places 4–10 cannot be told apart"));
        Assert.That(page, Does.Contain("most often first (68 of 100 resampled networks) but not firmly, places 1–3 are").And.Contain("places 4–10 cannot be told apart"));
    }

    [Test]
    [Explicit("Writes docs/images/report-seed-key-actors.png; run when the key actors' look changes.")]
    public async Task Seed_key_actors_screenshot()
    {
        var path = BrowserTests.WriteTemp(HtmlReportRenderer.Render(Build(SeedNetwork())), "screenshot-key-actors.html");
        var (playwright, browser) = await BrowserTests.LaunchAsync();
        try
        {
            var page = await browser.NewPageAsync(new Microsoft.Playwright.BrowserNewPageOptions { ViewportSize = new Microsoft.Playwright.ViewportSize { Width = 1280, Height = 2400 } });
            await page.GotoAsync(new Uri(path).AbsoluteUri);
            var top = await (await page.QuerySelectorAsync("section#key-actors"))!.BoundingBoxAsync();
            var row = await (await page.QuerySelectorAsync("#key-actors table.actors tbody tr:nth-child(4)"))!.BoundingBoxAsync();
            await page.ScreenshotAsync(new Microsoft.Playwright.PageScreenshotOptions
            {
                Path = RepositoryFile("docs", "images", "report-seed-key-actors.png"),
                FullPage = true,
                Clip = new Microsoft.Playwright.Clip { X = top!.X, Y = top.Y, Width = top.Width, Height = row!.Y + row.Height - top.Y },
            });
        }
        finally
        {
            await browser.CloseAsync();
            playwright.Dispose();
        }
    }
}
