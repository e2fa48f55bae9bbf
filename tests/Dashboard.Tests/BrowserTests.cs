using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;

namespace Stakeholders.Dashboard.Tests;

/// <summary>
/// Serves the dashboard on 127.0.0.1 (Kestrel, a free port) and opens its page in Debian's headless Chromium through
/// Microsoft.Playwright: the graph is drawn by Cytoscape.js from our JSON, with no console error and no request leaving
/// the machine. Ignored when Chromium or the vendored Cytoscape.js is missing.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class BrowserTests
{
    private const string ChromiumPath = "/usr/bin/chromium";

    [Test]
    public async Task Page_draws_the_graph_with_cytoscape_and_recomputes_on_filter()
    {
        if (!File.Exists(ChromiumPath))
        {
            Assert.Ignore($"{ChromiumPath} is missing; run .ci/install-browser.sh to install Debian's chromium.");
        }

        using var factory = new WebApplicationFactory<Program>();
        factory.UseKestrel(0);
        factory.StartServer();
        var address = factory.ClientOptions.BaseAddress;
        Assert.That(address.Host, Is.EqualTo("127.0.0.1").Or.EqualTo("localhost"));
        using (var http = new HttpClient { BaseAddress = address })
        {
            using var script = await http.GetAsync(new Uri("/lib/cytoscape.min.js", UriKind.Relative));
            if (!script.IsSuccessStatusCode)
            {
                Assert.Ignore("wwwroot/lib/cytoscape.min.js is not vendored: run .ci/install-node-packages.sh and rebuild");
            }
        }

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1200, Height = 800 } });
        var errors = new List<string>();
        var foreign = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                errors.Add($"{message.Type}: {message.Text}");
            }
        };
        page.PageError += (_, error) => errors.Add($"page error: {error}");
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(address.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal))
            {
                foreign.Add(request.Url);
            }
        };

        await page.GotoAsync(address.AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        await page.WaitForFunctionAsync("() => window.cy && window.cy.nodes().length > 0");
        Assert.That(await page.EvaluateAsync<int>("() => window.cy.nodes().length"), Is.EqualTo(83));
        Assert.That(await page.EvaluateAsync<int>("() => window.cy.edges().length"), Is.EqualTo(127));
        Assert.That(await page.EvaluateAsync<bool>("() => window.cy.nodes().every(n => typeof n.data('pagerank') === 'number')"), Is.True);
        Assert.That(await page.TextContentAsync("#status"), Does.StartWith("83 stakeholders, 127 ties"));
        var canvas = await page.QuerySelectorAsync("#graph canvas");
        Assert.That(canvas, Is.Not.Null, "Cytoscape.js drew on a canvas");
        var box = await canvas!.BoundingBoxAsync();
        Assert.That(box!.Width, Is.GreaterThan(300));

        // Recompute on a filter: only HOSTED ties.
        await page.FillAsync("input[name=tieTypes]", "HOSTED");
        await page.ClickAsync("button[type=submit]");
        await page.WaitForFunctionAsync("() => window.cy && window.cy.edges().length < 127");
        var hosted = await page.EvaluateAsync<string[]>("() => [...new Set(window.cy.edges().map(e => e.data('type')))]");
        Assert.That(hosted, Is.EqualTo(new[] { "HOSTED" }));

        // A bad filter shows the server's reason instead of a broken page.
        await page.FillAsync("input[name=tieTypes]", "NOPE");
        await page.ClickAsync("button[type=submit]");
        await page.WaitForFunctionAsync("() => document.getElementById('status').hasAttribute('data-error')");
        Assert.That(await page.TextContentAsync("#status"), Does.Contain("tieTypes: 'NOPE'"));

        var shot = Path.Combine(TestContext.CurrentContext.WorkDirectory, "dashboard.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = shot });
        TestContext.AddTestAttachment(shot);
        // The failed fetch of the bad filter is a 400 the page handles; Chromium logs it as a console error.
        Assert.That(errors.Where(e => !e.Contains("400", StringComparison.Ordinal)), Is.Empty);
        Assert.That(foreign, Is.Empty, "nothing is fetched from outside the app");
    }
}
