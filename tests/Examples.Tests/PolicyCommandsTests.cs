using System.Text.Json;
using Stakeholders.Cli;
using Stakeholders.Network.IO;

namespace Stakeholders.Examples.Tests;

/// <summary>
/// Runs every <c>stakeholders ...</c> line of examples/cli/policy-team.sh (the commands the policy page quotes) through the
/// CLI in a scratch folder that holds a copy of examples/data, and checks what each writes.
/// </summary>
[NonParallelizable] // the commands use relative paths, so the tests change the process's current directory
public sealed class PolicyCommandsTests
{
    private string _folder = string.Empty;
    private string _previousDirectory = string.Empty;

    [SetUp]
    public void CreateScratchFolder()
    {
        _folder = Repository.NewTempFolder();
        var data = Path.Combine(_folder, "examples", "data");
        Directory.CreateDirectory(data);
        foreach (var file in Directory.EnumerateFiles(Path.GetDirectoryName(Repository.ForumCsv)!))
        {
            File.Copy(file, Path.Combine(data, Path.GetFileName(file)));
        }

        _previousDirectory = Environment.CurrentDirectory;
        Environment.CurrentDirectory = _folder;
    }

    [TearDown]
    public void RemoveScratchFolder()
    {
        Environment.CurrentDirectory = _previousDirectory;
        Directory.Delete(_folder, recursive: true);
    }

    private static IEnumerable<string> SnippetNames() =>
        SnippetsAreInSyncTests.ExtractSnippets().Where(s => s.Language == "sh").Select(s => s.Name);

    [TestCaseSource(nameof(SnippetNames))]
    public void EveryCommandOfTheSnippetSucceeds(string name)
    {
        var commands = Commands(name);
        Assert.That(commands, Is.Not.Empty);
        foreach (var args in commands)
        {
            var (code, output, error) = Run(args);
            Assert.That(code, Is.EqualTo(StakeholdersCli.Success), $"stakeholders {string.Join(' ', args)}\n{error}");
            if (args[0] == "info")
            {
                Assert.That(output, Does.Contain("11").And.Contain("16"), "info reports the stakeholder and tie counts");
            }
        }
    }

    [Test]
    public void TheAnalysesWriteReadableFiles()
    {
        foreach (var args in Commands("policy-analyze").Concat(Commands("policy-filters")))
        {
            Assert.That(Run(args).Code, Is.EqualTo(StakeholdersCli.Success), string.Join(' ', args));
        }

        var csv = File.ReadAllLines("forum-analysis.csv");
        Assert.That(csv[0], Does.Contain("betweenness").And.Contain("pagerank").And.Contain("constraint"));
        Assert.That(csv, Has.Length.EqualTo(12), "header + one row per stakeholder");

        using var all = JsonDocument.Parse(File.ReadAllText("forum-analysis.json"));
        Assert.That(all.RootElement.GetProperty("nodes").GetArrayLength(), Is.EqualTo(11));
        Assert.That(all.RootElement.GetProperty("network").GetProperty("edges").GetInt32(), Is.EqualTo(16));

        // --as-of 2024 drops the 2023 forum ties and Garcia's ended post; --min-evidence 1 keeps only ties with a quote.
        using var filtered = JsonDocument.Parse(File.ReadAllText("forum-2024-evidenced.json"));
        var filteredEdges = filtered.RootElement.GetProperty("network").GetProperty("edges").GetInt32();
        Assert.That(filteredEdges, Is.EqualTo(2), "t01 and t04 are the only evidenced ties valid in 2024");

        using var core = JsonDocument.Parse(File.ReadAllText("forum-core.json"));
        Assert.That(core.RootElement.GetProperty("network").GetProperty("edges").GetInt32(), Is.EqualTo(10), "6 HOLDS_POSITION + 4 SPOKE_AT");
    }

    [Test]
    public void TheConversionsReadBack()
    {
        foreach (var args in Commands("policy-convert"))
        {
            Assert.That(Run(args).Code, Is.EqualTo(StakeholdersCli.Success), string.Join(' ', args));
        }

        Assert.That(NetworkFile.Read("forum.graphml").Ties, Has.Count.EqualTo(16));
        Assert.That(NetworkFile.Read("forum.nodelink.json").Stakeholders, Has.Count.EqualTo(11));
    }

    [Test]
    public void TheReportsAreWritten()
    {
        foreach (var args in Commands("policy-report"))
        {
            Assert.That(Run(args).Code, Is.EqualTo(StakeholdersCli.Success), string.Join(' ', args));
        }

        var html = File.ReadAllText("forum-report.html");
        Assert.That(html, Does.Contain("<html").IgnoreCase.And.Contain("Chen Li"));
        Assert.That(File.ReadAllText("forum-report.md"), Does.Contain("Chen Li"));
    }

    [Test]
    public void TheQuestionsGetTheAnswersThePageShows()
    {
        var outputs = Commands("policy-questions").ToDictionary(a => a[0], a =>
        {
            var (code, output, error) = Run(a);
            Assert.That(code, Is.EqualTo(StakeholdersCli.Success), $"{string.Join(' ', a)}\n{error}");
            return output;
        });

        // The page quotes these findings; they follow from the example data (see docs/getting-started-policy-teams.md).
        Assert.That(outputs["keyplayers"], Does.Contain("ev.forum").And.Contain("ev.summit"));
        Assert.That(outputs["path"], Does.Contain("3 shortest path"));
        Assert.That(outputs["ego"], Does.Contain("org.ministry").And.Contain("org.univ").And.Contain("ev.forum").And.Contain("ev.summit"));
        Assert.That(outputs["brokers"].Split('\n').First(l => l.StartsWith("ev.summit", StringComparison.Ordinal)), Is.Not.Null);
    }

    [Test]
    public void ABrokenSpreadsheetIsReportedWithFileLineAndColumn()
    {
        // What the policy page promises: every problem, located, and no analysis of a broken file.
        File.Copy(Path.Combine("examples", "data", "forum.nodes.csv"), "broken.nodes.csv");
        File.WriteAllText("broken.edges.csv",
            File.ReadAllText(Path.Combine("examples", "data", "forum.edges.csv")) + "t99,p.chen,p.nobody,PARTNERS_WITH,,2023-13,,1,1,,\n");

        foreach (var command in new[] { "info", "analyze" })
        {
            var (code, output, error) = Run([command, "broken.csv"]);
            Assert.That(code, Is.EqualTo(StakeholdersCli.BadInput), command);
            Assert.That(error, Does.Contain("broken.edges.csv:19:36").And.Contain("2023-13"), command);
            Assert.That(error, Does.Contain("broken.edges.csv:19:1").And.Contain("p.nobody"), command);
            Assert.That(output, Does.Not.Contain("\"nodes\""), $"{command} wrote no result");
        }
    }

    private static List<string[]> Commands(string snippet) =>
        SnippetsAreInSyncTests.ExtractSnippets().Single(s => s.Name == snippet).Code.Split('\n')
            .Where(l => l.StartsWith("stakeholders ", StringComparison.Ordinal))
            .Select(l => l["stakeholders ".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToList();

    private static (int Code, string Output, string Error) Run(string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = StakeholdersCli.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
