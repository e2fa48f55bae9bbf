using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Stakeholders.Network.Extraction.Tests;

/// <summary>The scores the README and docs/extraction.md quote are the ones score.py computes now.</summary>
public class ScoresTests
{
    private static string RepositoryRoot => Path.GetFullPath(Path.Combine(TestFiles.Root, "..", "..", "..", "..", ".."));

    [Test]
    public void Committed_scores_are_reproduced_by_the_scoring_script_and_quoted_in_the_docs()
    {
        var cli = Path.Combine(RepositoryRoot, "src", "Network.Cli", "bin", "Debug", "net10.0", "stakeholders.dll");
        var script = Path.Combine(RepositoryRoot, "tests", "Network.Extraction.Tests", "Scoring", "score.py");
        if (!File.Exists(cli) || !File.Exists("/usr/bin/python3"))
        {
            Assert.Ignore("needs the Debug build of the CLI and /usr/bin/python3");
        }

        var output = Path.Combine(TestFiles.TempDirectory(), "scores.json");
        var start = new ProcessStartInfo("/usr/bin/python3", $"\"{script}\" --cli \"dotnet {cli}\" --json \"{output}\"") { RedirectStandardOutput = true, RedirectStandardError = true };
        using (var process = Process.Start(start)!)
        {
            var stderr = process.StandardError.ReadToEndAsync();
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.That(process.ExitCode, Is.Zero, stderr.Result);
        }

        var committed = File.ReadAllText(Path.Combine(RepositoryRoot, "tests", "Network.Extraction.Tests", "Scoring", "scores.json"));
        Assert.That(File.ReadAllText(output), Is.EqualTo(committed), "re-run score.py --json and update the docs' tables");

        using var scores = JsonDocument.Parse(committed);
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot, "README.md"));
        var page = File.ReadAllText(Path.Combine(RepositoryRoot, "docs", "extraction.md"));
        foreach (var split in new[] { "dev", "test" })
        {
            var s = scores.RootElement.GetProperty(split);
            string F(string part, string measure) => s.GetProperty(part).GetProperty(measure).GetDouble().ToString("0.00", CultureInfo.InvariantCulture);
            Assert.That(s.GetProperty("quotes_verbatim").GetDouble(), Is.EqualTo(1.0));
            var row = $"| {F("entities", "precision")} | {F("entities", "recall")} | {F("entities", "f1")} | {F("pairs", "precision")} | {F("pairs", "recall")} | {F("pairs", "f1")} | {F("typed", "precision")} | {F("typed", "recall")} | {F("typed", "f1")} |";
            Assert.That(page, Does.Contain(row), $"docs/extraction.md, {split}");
            Assert.That(readme, Does.Contain($"{F("entities", "f1")} (P {F("entities", "precision")}, R {F("entities", "recall")})"), $"README, {split}");
            Assert.That(readme, Does.Contain($"{F("pairs", "f1")} (P {F("pairs", "precision")}, R {F("pairs", "recall")})"), $"README, {split}");
        }
    }
}
