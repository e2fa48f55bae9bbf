namespace Stakeholders.Cli.Tests;

public class InfoCommandTests
{
    private static string Data(string relative) => Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", relative);

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = StakeholdersCli.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Test]
    public void Info_counts_kinds_types_and_components()
    {
        var (code, output, _) = Run("info", Data("io/sample.json"));
        Assert.That(code, Is.EqualTo(0));
        Assert.That(output, Does.Contain("stakeholders  4"));
        Assert.That(output, Does.Match(@"state-owned-enterprise\s+1"));
        Assert.That(output, Does.Match(@"components\s+2 \(largest 2, isolated 0\)"));
        Assert.That(output, Does.Contain("1 of 2 tie(s) carry no evidence quote"));
    }

    [Test]
    public void Info_lists_every_validation_problem_and_exits_1()
    {
        var (code, _, error) = Run("info", Data("io/invalid-semantics.json"));
        Assert.That(code, Is.EqualTo(1));
        Assert.That(error, Does.Contain("invalid-semantics.json:17:74: field 'start': '2023-13' is not a valid date"));
        Assert.That(error, Does.Contain("duplicate stakeholder id 'a'"));
    }

    [Test]
    public void Missing_file_is_bad_input()
    {
        var (code, _, error) = Run("info", Data("no-such-file.json"));
        Assert.That(code, Is.EqualTo(1));
        Assert.That(error.Trim(), Does.EndWith("no-such-file.json: file not found"));
        Assert.That(error.Trim().Split('\n'), Has.Length.EqualTo(1));
    }

    [Test]
    public void Help_shows_an_example()
    {
        var (code, output, _) = Run("info", "--help");
        Assert.That(code, Is.EqualTo(0));
        Assert.That(output, Does.Contain("stakeholders info seeds/shijingshan-forum-2023.json"));
    }
}

public class InfoCohesionTests
{
    [Test]
    public void Info_prints_the_cohesion_summary()
    {
        var (code, output, _) = CliRun.Run("info", CliRun.Data("graphs/karate.edges"));
        Assert.That(code, Is.EqualTo(0));
        Assert.That(output, Does.Match(@"transitivity\s+0\.2557"));
        Assert.That(output, Does.Match(@"degeneracy \(max k-core\)\s+4"));
        Assert.That(output, Does.Match(@"diameter \(largest comp\.\)\s+5"));
    }

    [Test]
    public void Info_explains_every_number_in_plain_words()
    {
        var (code, output, _) = CliRun.Run("info", CliRun.Seed);
        Assert.That(code, Is.EqualTo(0));
        foreach (var label in new[] { "edges", "components", "density", "dates", "transitivity", "average clustering", "degeneracy", "degree assortativity", "sector assortativity", "diameter", "mean path" })
        {
            var line = output.Split('\n').Single(l => l.TrimStart().StartsWith(label, StringComparison.Ordinal));
            Assert.That(line, Does.Match(@"\d.*  \(.+\)$"), $"'{label}' carries its meaning: {line}");
        }

        Assert.That(output, Does.Contain("(share of all possible pairs that are tied: 3.7%)"));
    }
}
