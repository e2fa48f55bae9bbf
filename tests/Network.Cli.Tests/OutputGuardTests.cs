namespace Stakeholders.Cli.Tests;

/// <summary>Issue 13 items 2, 7 and 8: no command overwrites its input, a missing output folder is one clear line.</summary>
[NonParallelizable]
public class OutputGuardTests
{
    private static string CopyOfSeed(string dir, string name = "seed.json")
    {
        var path = Path.Combine(dir, name);
        File.Copy(CliRun.Seed, path);
        return path;
    }

    [Test]
    public void Analyze_report_and_convert_refuse_to_overwrite_the_input()
    {
        var dir = CliRun.TempDirectory();
        var seed = CopyOfSeed(dir);
        var before = File.ReadAllBytes(seed);
        foreach (var args in new[]
        {
            new[] { "analyze", seed, "--out", seed },
            ["report", seed, "--out", seed],
            ["convert", seed, seed],
            ["convert", seed, Path.Combine(dir, ".", "seed.json"), "--to", "json"],
        })
        {
            var (code, output, error) = CliRun.Run(args);
            Assert.That(code, Is.EqualTo(2), string.Join(' ', args));
            Assert.That(error.TrimEnd().Split('\n'), Has.Length.EqualTo(1), error);
            Assert.That(error, Does.Contain("would overwrite the input").And.Not.Contain("   at "));
            Assert.That(output, Is.Empty);
            Assert.That(File.ReadAllBytes(seed), Is.EqualTo(before), string.Join(' ', args));
        }
    }

    [Test]
    public void A_symbolic_link_to_the_input_is_the_input()
    {
        var dir = CliRun.TempDirectory();
        var seed = CopyOfSeed(dir);
        var link = Path.Combine(dir, "link.json");
        File.CreateSymbolicLink(link, seed);
        var linkedDir = Path.Combine(dir, "alias");
        Directory.CreateSymbolicLink(linkedDir, dir);
        var before = File.ReadAllBytes(seed);
        Assert.That(CliRun.Run("analyze", seed, "--out", link).Code, Is.EqualTo(2));
        Assert.That(CliRun.Run("convert", link, Path.Combine(linkedDir, "seed.json")).Code, Is.EqualTo(2));
        Assert.That(File.ReadAllBytes(seed), Is.EqualTo(before));
    }

    [Test]
    public void Csv_side_sheets_count_as_the_input()
    {
        var dir = CliRun.TempDirectory();
        var csv = Path.Combine(dir, "x.csv");
        Assert.That(CliRun.Run("convert", CliRun.Seed, csv).Code, Is.EqualTo(0));
        var nodes = Path.Combine(dir, "x.nodes.csv");
        var before = File.ReadAllBytes(nodes);
        var (code, _, error) = CliRun.Run("convert", csv, Path.Combine(dir, "x.nodes.csv"), "--to", "csv");
        Assert.That(code, Is.EqualTo(2), error);
        Assert.That(error, Does.Contain("would overwrite the input"));
        (code, _, error) = CliRun.Run("analyze", Path.Combine(dir, "x.edges.csv"), "--out", nodes);
        Assert.That(code, Is.EqualTo(2), error);
        (code, _, error) = CliRun.Run("report", csv, "--out", Path.Combine(dir, "x.documents.csv"));
        Assert.That(code, Is.EqualTo(2), error);
        Assert.That(File.ReadAllBytes(nodes), Is.EqualTo(before));
    }

    [Test]
    public void A_missing_output_folder_is_named_without_dotnet_text_or_temporary_names()
    {
        var dir = CliRun.TempDirectory();
        var previous = Environment.CurrentDirectory;
        Environment.CurrentDirectory = dir;
        try
        {
            foreach (var args in new[]
            {
                new[] { "report", CliRun.Seed, "--out", "nodir/x.html" },
                ["analyze", CliRun.Seed, "--out", "nodir/x.json"],
                ["convert", CliRun.Seed, "nodir/x.graphml"],
                ["neo4j", "pull", "--out", "nodir/x.json", "--uri", "http://127.0.0.1:9"],
            })
            {
                var (code, _, error) = CliRun.Run(args);
                Assert.That(code, Is.EqualTo(2), error);
                Assert.That(error.TrimEnd(), Does.EndWith("output folder does not exist: nodir"));
                Assert.That(error, Does.Not.Contain(".tmp").And.Not.Contain("Could not find"));
            }
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }
    }

    [Test]
    public void Csv_without_a_nodes_sheet_takes_stakeholders_from_the_tie_endpoints()
    {
        var dir = CliRun.TempDirectory();
        File.WriteAllText(Path.Combine(dir, "x.edges.csv"), "source,target,type\na,b,KNOWS\nb,c,KNOWS\n");
        var (code, output, error) = CliRun.Run("info", Path.Combine(dir, "x.csv"));
        Assert.That(code, Is.EqualTo(0), error);
        Assert.That(output, Does.Contain("stakeholders  3"));
    }
}
