using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Stakeholders.Examples.Tests;

/// <summary>
/// The complete programs the getting-started pages quote (examples/GettingStarted/*/Program.cs, built with the solution)
/// run on the example spreadsheet and print what NetworkX 2.8.8 computes (tests/Examples.Tests/make_expected.py).
/// tests/Packaging.Tests runs the pages' own copies against the packed packages.
/// </summary>
public sealed partial class GettingStartedProgramsTests
{
    [Test]
    public void TheResearcherProgramPrintsNetworkXsNumbers()
    {
        var expected = Repository.Expected("forum");
        var folder = Repository.NewTempFolder();
        try
        {
            var (code, output, error) = RunProgram("Researcher", Repository.ForumCsv, folder);
            Assert.That(code, Is.EqualTo(0), error);
            Assert.That(output, Does.Contain($"{expected.GetProperty("nodes").GetInt32()} stakeholders, {expected.GetProperty("ties").GetInt32()} ties"));

            var top = TopLine().Matches(output).Select(m => (Id: m.Groups["id"].Value, Score: double.Parse(m.Groups["score"].Value, CultureInfo.InvariantCulture))).ToArray();
            var networkx = expected.GetProperty("topBetweenness").EnumerateArray().Select(e => (Id: e.GetProperty("id").GetString()!, Score: e.GetProperty("score").GetDouble())).ToArray();
            Assert.That(top.Select(t => t.Id), Is.EqualTo(networkx.Select(t => t.Id)));
            for (var i = 0; i < top.Length; i++)
            {
                Assert.That(top[i].Score, Is.EqualTo(networkx[i].Score).Within(0.0005));
            }

            var pageRank = double.Parse(PageRankLine().Match(output).Groups["score"].Value, CultureInfo.InvariantCulture);
            Assert.That(pageRank, Is.EqualTo(expected.GetProperty("pagerank").GetProperty("p.chen").GetDouble()).Within(0.00005));

            // The scores written beside it equal NetworkX's to 1e-12, and the GraphML export exists beside them.
            using var analysis = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "forum.analysis.json")));
            foreach (var node in analysis.RootElement.GetProperty("nodes").EnumerateArray())
            {
                var id = node.GetProperty("id").GetString()!;
                Assert.That(node.GetProperty("betweenness").GetDouble(), Is.EqualTo(expected.GetProperty("betweenness").GetProperty(id).GetDouble()).Within(1e-12), id);
                Assert.That(node.GetProperty("pagerank").GetDouble(), Is.EqualTo(expected.GetProperty("pagerank").GetProperty(id).GetDouble()).Within(1e-6), id);
            }

            Assert.That(File.ReadAllText(Path.Combine(folder, "forum.graphml")), Does.Contain("edgedefault=\"undirected\"").And.Contain("attr.name=\"betweenness\" attr.type=\"double\""));

            // NetworkX's strongest co-attendance pair (bipartite.weighted_projected_graph) is the program's.
            var pair = expected.GetProperty("coAttendance").EnumerateArray().First();
            var strongest = StrongestLine().Match(output);
            Assert.That(strongest.Success, Is.True, output);
            Assert.That(new[] { strongest.Groups["a"].Value, strongest.Groups["b"].Value },
                Is.EquivalentTo(new[] { pair.GetProperty("first").GetString(), pair.GetProperty("second").GetString() }));
            Assert.That(double.Parse(strongest.Groups["w"].Value, CultureInfo.InvariantCulture), Is.EqualTo(pair.GetProperty("weight").GetDouble()));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void ThePolicyReportProgramWritesASelfContainedReproducibleReport()
    {
        var folder = Repository.NewTempFolder();
        try
        {
            var html = Path.Combine(folder, "forum.html");
            var again = Path.Combine(folder, "forum-again.html");
            var markdown = Path.Combine(folder, "forum.md");
            foreach (var target in new[] { html, again, markdown })
            {
                var (code, output, error) = RunProgram("PolicyReport", Repository.ForumCsv, target);
                Assert.That(code, Is.EqualTo(0), error);
                Assert.That(output, Does.StartWith($"Wrote {Path.GetFileName(target)}: 5 key actors"));
            }

            var page = File.ReadAllText(html);
            Assert.That(page, Does.Contain("Open Cooperation Forum: who matters"));
            // NetworkX's top three by betweenness (ev.summit, p.okafor, p.chen) are among the five key actors shown.
            Assert.That(page, Does.Contain("Green Finance Summit 2024").And.Contain("Emeka Okafor").And.Contain("Chen Li"));
            Assert.That(page, Does.Not.Contain("src=\"http").And.Not.Contain("href=\"http"), "self-contained: nothing fetched");
            Assert.That(File.ReadAllBytes(again), Is.EqualTo(File.ReadAllBytes(html)), "same seed and time, same bytes");
            Assert.That(File.ReadAllText(markdown), Does.StartWith("#").And.Contain("Chen Li"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void TheResearcherProgramFailsWithTheReadersMessageOnAMissingFile()
    {
        var folder = Repository.NewTempFolder();
        try
        {
            var (code, _, error) = RunProgram("Researcher", Path.Combine(folder, "missing.csv"), folder);
            Assert.That(code, Is.Not.EqualTo(0));
            Assert.That(error, Does.Contain("missing"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Runs a getting-started program as built with the solution (same configuration as these tests).</summary>
    private static (int Code, string Output, string Error) RunProgram(string name, params string[] arguments)
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name; // bin/<configuration>/net10.0/
        var dll = Path.Combine(Repository.Root, "examples", "GettingStarted", name, "bin", configuration, "net10.0", $"Stakeholders.GettingStarted.{name}.dll");
        Assert.That(File.Exists(dll), Is.True, $"{dll} is not built (dotnet build Stakeholders.sln builds it)");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            return (-1, output.Result, "timed out");
        }

        return (process.ExitCode, output.Result, error.Result);
    }

    [GeneratedRegex(@"^  .+ \((?<id>[^()]+)\): (?<score>[0-9.]+)$", RegexOptions.Multiline)]
    private static partial Regex TopLine();

    [GeneratedRegex(@"^PageRank of p\.chen: (?<score>[0-9.]+)$", RegexOptions.Multiline)]
    private static partial Regex PageRankLine();

    [GeneratedRegex(@"^Strongest pair: (?<a>\S+) and (?<b>\S+), (?<w>[0-9.]+) shared events", RegexOptions.Multiline)]
    private static partial Regex StrongestLine();
}
