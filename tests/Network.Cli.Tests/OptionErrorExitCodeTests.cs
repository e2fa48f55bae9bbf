using System.Text.Json;

namespace Stakeholders.Cli.Tests;

/// <summary>
/// An option the library refuses is exit code 2 with one line naming it, in every command, decided by the exception's
/// type (InvalidOptionException) and never by its message; the iteration settings of the iterative measures.
/// </summary>
public sealed class OptionErrorExitCodeTests
{
    private static IEnumerable<TestCaseData> BadOptions()
    {
        yield return new TestCaseData(new[] { "analyze", "{seed}", "--tolerance", "0" }, "Tolerance");
        yield return new TestCaseData(new[] { "analyze", "{seed}", "--tolerance", "-1e-3" }, "Tolerance");
        yield return new TestCaseData(new[] { "analyze", "{seed}", "--max-iterations", "0" }, "MaxIterations");
        yield return new TestCaseData(new[] { "analyze", "{seed}", "--resolution", "-1" }, "Resolution");
        yield return new TestCaseData(new[] { "analyze", "{seed}", "-m", "brokerage-liaison", "--group-by", "zodiac" }, "zodiac");
        yield return new TestCaseData(new[] { "ego", "{seed}", "liang-jie", "--radius", "-1" }, "Radius");
        yield return new TestCaseData(new[] { "stability", "{seed}", "--replicates", "0" }, "Replicates");
        yield return new TestCaseData(new[] { "stability", "{seed}", "--level", "1.5" }, "Level");
        yield return new TestCaseData(new[] { "path", "{seed}", "liang-jie", "tencent", "--max-paths", "0" }, "MaxPaths");
        yield return new TestCaseData(new[] { "keyplayers", "{seed}", "--k", "2", "--restarts", "0" }, "Restarts");
        yield return new TestCaseData(new[] { "report", "{seed}", "--out", "{tmp}/r.html", "--top", "0" }, "Top");
        yield return new TestCaseData(new[] { "compare", "{seed}", "--from", "2022", "--to", "2023", "--measure", "fame" }, "fame");
        yield return new TestCaseData(new[] { "report", "{seed}", "--out", "{tmp}/r.html", "--tolerance", "0" }, "Tolerance");
        yield return new TestCaseData(new[] { "stability", "{seed}", "--max-iterations", "0" }, "MaxIterations");
        yield return new TestCaseData(new[] { "compare", "{seed}", "--from", "2022", "--to", "2023", "--tolerance", "-1" }, "Tolerance");
    }

    [TestCaseSource(nameof(BadOptions))]
    public void A_refused_option_is_exit_code_2_with_one_line_naming_it(string[] args, string named)
    {
        var dir = CliRun.TempDirectory();
        var (code, output, error) = CliRun.Run(args.Select(a => a.Replace("{seed}", CliRun.Seed, StringComparison.Ordinal).Replace("{tmp}", dir, StringComparison.Ordinal)).ToArray());
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(2), error);
            Assert.That(error, Does.Contain(named));
            Assert.That(error, Does.Not.Contain("(Parameter"), "no exception plumbing in the message");
            Assert.That(error.TrimEnd().Split('\n'), Has.Length.EqualTo(1), "one line");
            Assert.That(output, Is.Empty);
        });
    }

    [Test]
    public void An_unknown_stakeholder_is_bad_input_exit_code_1()
    {
        var (code, _, error) = CliRun.Run("ego", CliRun.Seed, "nobody");
        Assert.That(code, Is.EqualTo(1));
        Assert.That(error, Does.Contain("nobody"));
    }

    private static Dictionary<string, double> PageRank(params string[] extra)
    {
        var (code, output, error) = CliRun.Run(["analyze", CliRun.Data("graphs/karate.edges"), "-m", "pagerank", "--communities", "none", .. extra]);
        Assert.That(code, Is.EqualTo(0), error);
        using var json = JsonDocument.Parse(output);
        return json.RootElement.GetProperty("nodes").EnumerateArray()
            .ToDictionary(n => n.GetProperty("id").GetString()!, n => n.GetProperty("pagerank").GetDouble());
    }

    [Test]
    public void Tolerance_and_max_iterations_reach_the_iterative_measures_and_the_provenance()
    {
        var loose = PageRank();
        var tight = PageRank("--tolerance", "1e-14", "--max-iterations", "5000");
        var tighter = PageRank("--tolerance", "1e-15", "--max-iterations", "5000");
        var gap = loose.Keys.Max(k => Math.Abs(loose[k] - tighter[k]));
        var closeGap = tight.Keys.Max(k => Math.Abs(tight[k] - tighter[k]));
        Assert.Multiple(() =>
        {
            Assert.That(gap, Is.GreaterThan(1e-9), "the default stops early");
            Assert.That(closeGap, Is.LessThan(1e-12), "a tight tolerance converges");
        });

        var (code, output, error) = CliRun.Run("analyze", CliRun.Data("graphs/karate.edges"), "-m", "pagerank", "--communities", "none", "--tolerance", "1e-9", "--max-iterations", "500");
        Assert.That(code, Is.EqualTo(0), error);
        using var json = JsonDocument.Parse(output);
        var parameters = json.RootElement.GetProperty("provenance").GetProperty("parameters");
        Assert.Multiple(() =>
        {
            Assert.That(parameters.GetProperty("tolerance").GetString(), Is.EqualTo("1E-09"));
            Assert.That(parameters.GetProperty("max-iterations").GetString(), Is.EqualTo("500"));
        });
    }

    [Test]
    public void Report_stability_and_compare_hand_the_iteration_settings_to_the_measure()
    {
        var dir = CliRun.TempDirectory();
        var (reportCode, _, reportError) = CliRun.Run("report", CliRun.Seed, "--out", Path.Combine(dir, "r.json"), "--measure", "pagerank", "--communities", "none", "--max-iterations", "2");
        var (stabilityCode, _, stabilityError) = CliRun.Run("stability", CliRun.Seed, "--measure", "pagerank", "--replicates", "3", "--max-iterations", "2");
        Assert.Multiple(() =>
        {
            Assert.That(reportCode, Is.EqualTo(0), reportError);
            Assert.That(File.ReadAllText(Path.Combine(dir, "r.json")), Does.Contain("pagerank did not converge in 2 iterations"), "report");
            Assert.That(stabilityCode, Is.EqualTo(0), stabilityError);
            Assert.That(stabilityError, Does.Contain("pagerank did not converge in 2 iterations"), "stability");
        });

        static double ScoreTo(params string[] extra)
        {
            var (code, output, error) = CliRun.Run(["compare", CliRun.Seed, "--from", "2023-09-02", "--to", "2023-09-03", "--measure", "pagerank", "--json", "--top", "500", .. extra]);
            Assert.That(code, Is.EqualTo(0), error);
            using var json = JsonDocument.Parse(output);
            var row = json.RootElement.GetProperty("rankChanges").EnumerateArray().First(r => r.GetProperty("id").GetString() == "adnrs");
            return row.GetProperty("scoreTo").ValueKind == JsonValueKind.Null ? double.NaN : row.GetProperty("scoreTo").GetDouble();
        }

        var loose = ScoreTo();
        var tight = ScoreTo("--tolerance", "1e-14", "--max-iterations", "5000");
        Assert.Multiple(() =>
        {
            Assert.That(Math.Abs(loose - tight), Is.GreaterThan(1e-9), "compare: a tighter tolerance moves the score");
            Assert.That(ScoreTo("--max-iterations", "2"), Is.NaN, "compare: two iterations do not converge");
        });
    }

    [Test]
    public void Too_few_iterations_leave_the_measure_empty_with_a_warning()
    {
        var (code, output, error) = CliRun.Run("analyze", CliRun.Data("graphs/karate.edges"), "-m", "pagerank,degree", "--communities", "none", "--max-iterations", "2");
        Assert.That(code, Is.EqualTo(0), error);
        Assert.That(output + error, Does.Contain("pagerank did not converge in 2 iterations"));
    }
}
