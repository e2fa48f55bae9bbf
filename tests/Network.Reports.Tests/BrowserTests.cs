using Microsoft.Playwright;
using Stakeholders.Network.Reports.Rendering;

namespace Stakeholders.Network.Reports.Tests;

/// <summary>
/// Opens reports in a real headless Chromium (Debian's /usr/bin/chromium, driven by Microsoft.Playwright; never
/// <c>playwright install</c>) and checks what a reader would see.
/// </summary>
[TestFixture]
[NonParallelizable]
public class BrowserTests
{
    private const string ChromiumPath = "/usr/bin/chromium";

    internal static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            Assert.Ignore($"{ChromiumPath} is missing; run .ci/install-browser.sh to install Debian's chromium.");
        }

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        return (playwright, browser);
    }

    internal static string WriteTemp(string html, string name)
    {
        var dir = Path.Combine(TestContext.CurrentContext.WorkDirectory, "browser-artifacts");
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, html);
        return path;
    }

    [Test]
    public async Task Report_opens_cleanly_and_hostile_names_stay_text()
    {
        var html = HtmlReportRenderer.Render(SampleReports.Model());
        var path = WriteTemp(html, "report-sample.html");
        var (playwright, browser) = await LaunchAsync();
        try
        {
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
            var consoleErrors = new List<string>();
            var failedRequests = new List<string>();
            var requests = new List<string>();
            var dialogs = new List<string>();
            page.Console += (_, msg) =>
            {
                if (msg.Type is "error" or "warning")
                {
                    consoleErrors.Add($"{msg.Type}: {msg.Text}");
                }
            };
            page.PageError += (_, error) => consoleErrors.Add($"page error: {error}");
            page.RequestFailed += (_, request) => failedRequests.Add(request.Url);
            page.Request += (_, request) => requests.Add(request.Url);
            page.Dialog += async (_, dialog) =>
            {
                dialogs.Add(dialog.Message);
                await dialog.DismissAsync();
            };

            var response = await page.GotoAsync(new Uri(path).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            Assert.That(response, Is.Not.Null);

            var drawing = await page.QuerySelectorAsync("figure.drawing svg.network");
            Assert.That(drawing, Is.Not.Null, "the network picture is missing");
            var box = await drawing!.BoundingBoxAsync();
            Assert.That(box, Is.Not.Null);
            Assert.That(box!.Width, Is.GreaterThan(300));
            Assert.That(box.Height, Is.GreaterThan(200));

            var tables = await page.QuerySelectorAllAsync("table");
            Assert.That(tables, Has.Count.GreaterThanOrEqualTo(6));
            foreach (var table in tables)
            {
                var tableBox = await table.BoundingBoxAsync();
                Assert.That(tableBox, Is.Not.Null);
                Assert.That(tableBox!.Width * tableBox.Height, Is.GreaterThan(0));
            }

            var circles = await page.EvaluateAsync<int>("document.querySelectorAll('figure.drawing svg.network circle').length");
            Assert.That(circles, Is.EqualTo(SampleReports.Network().Stakeholders.Count));
            Assert.That(await page.EvaluateAsync<int>("document.querySelectorAll('img').length"), Is.Zero, "a hostile name created an <img>");
            Assert.That(await page.EvaluateAsync<int>("document.querySelectorAll('script').length"), Is.EqualTo(2), "a hostile name created a <script> (the page has the data island and the explorer only)");
            Assert.That(await page.EvaluateAsync<int>("document.querySelectorAll('[onerror]').length"), Is.Zero);
            Assert.That(await page.EvaluateAsync<int>("document.querySelectorAll('a[href^=\"javascript\"]').length"), Is.Zero);

            // The hostile names are shown as text, exactly (text content includes the SVG tooltips).
            var bodyText = await page.EvaluateAsync<string>("document.body.textContent");
            Assert.That(bodyText, Does.Contain(SampleReports.ScriptName));
            Assert.That(bodyText, Does.Contain(SampleReports.ImgName));
            Assert.That(bodyText, Does.Contain(SampleReports.AmpersandName));
            Assert.That(bodyText, Does.Contain(SampleReports.QuoteName));
            Assert.That(bodyText, Does.Contain(SampleReports.UnicodeName));
            Assert.That(bodyText, Does.Contain(SampleReports.EmojiName));

            await page.WaitForTimeoutAsync(200);
            Assert.That(dialogs, Is.Empty, "an alert dialog fired");
            Assert.That(consoleErrors, Is.Empty, string.Join("\n", consoleErrors));
            Assert.That(failedRequests, Is.Empty, string.Join("\n", failedRequests));
            Assert.That(requests.Where(u => !u.StartsWith("file:", StringComparison.Ordinal)), Is.Empty, "the report made a network request");

            var screenshot = Path.Combine(Path.GetDirectoryName(path)!, "report-sample.png");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });

            // Print: the table of contents goes, the picture and the tables stay.
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
            Assert.That(await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('nav')).display"), Is.EqualTo("none"));
            var printed = await (await page.QuerySelectorAsync("figure.drawing svg.network"))!.BoundingBoxAsync();
            Assert.That(printed!.Width, Is.GreaterThan(300));
            var pdfLikeHeight = await page.EvaluateAsync<int>("document.body.scrollHeight");
            Assert.That(pdfLikeHeight, Is.GreaterThan(2000));
            TestContext.AddTestAttachment(screenshot, "The sample report in headless Chromium");
            TestContext.AddTestAttachment(path, "The sample report");
        }
        finally
        {
            await browser.CloseAsync();
            playwright.Dispose();
        }
    }

    [Test]
    public async Task Large_network_report_draws_an_aggregated_legible_picture()
    {
        var drawing = NetworkDrawingTests.Synthetic(2000, 8, 3, seed: 2, label: v => v == 7 ? SampleReports.ImgName : $"Stakeholder {v}");
        var model = new Model.ReportModel
        {
            Title = "Large synthetic network (2,000 stakeholders)",
            GeneratedAt = SampleReports.FixedTime,
            Summary = new Model.NetworkSummary(2000, drawing.Edges.Count),
            Drawing = drawing with { GroupNames = Enumerable.Range(1, 8).Select(i => $"Community {i}").ToArray() },
        };
        var path = WriteTemp(HtmlReportRenderer.Render(model), "report-large.html");
        var (playwright, browser) = await LaunchAsync();
        try
        {
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
            var errors = new List<string>();
            page.Console += (_, msg) =>
            {
                if (msg.Type is "error" or "warning")
                {
                    errors.Add(msg.Text);
                }
            };
            page.PageError += (_, error) => errors.Add(error);
            await page.GotoAsync(new Uri(path).AbsoluteUri);
            var svg = await page.QuerySelectorAsync("figure.drawing svg.network");
            var box = await svg!.BoundingBoxAsync();
            Assert.That(box!.Width, Is.GreaterThan(300));
            Assert.That(await page.EvaluateAsync<int>("document.querySelectorAll('figure.drawing svg.network circle').length"), Is.LessThanOrEqualTo(300));
            Assert.That(await page.EvaluateAsync<int>("document.querySelectorAll('figure.drawing svg.network circle[stroke-dasharray]').length"), Is.EqualTo(8));
            Assert.That(await page.InnerTextAsync("figure.drawing figcaption"), Does.Contain("too many to draw legibly"));
            Assert.That(await page.EvaluateAsync<int>("document.querySelectorAll('img').length"), Is.Zero);
            Assert.That(errors, Is.Empty, string.Join("\n", errors));
            var figure = await page.QuerySelectorAsync("figure.drawing");
            var screenshot = Path.Combine(Path.GetDirectoryName(path)!, "report-large-drawing.png");
            await figure!.ScreenshotAsync(new ElementHandleScreenshotOptions { Path = screenshot });
            TestContext.AddTestAttachment(screenshot, "The aggregated drawing of a 2,000-stakeholder network");
        }
        finally
        {
            await browser.CloseAsync();
            playwright.Dispose();
        }
    }
}
