using Stakeholders.Cli.Commands;

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

    private static void HardLink(string existing, string link)
    {
        using var ln = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("ln", [existing, link]) { RedirectStandardError = true })!;
        ln.WaitForExit();
        Assert.That(ln.ExitCode, Is.Zero, ln.StandardError.ReadToEnd());
    }

    [Test]
    public void A_hard_link_has_the_identity_of_its_file_and_a_copy_does_not()
    {
        Assume.That(OperatingSystem.IsWindows(), Is.False, "the links are made with ln");
        var dir = CliRun.TempDirectory();
        var seed = CopyOfSeed(dir);
        var copy = CopyOfSeed(dir, "copy.json");
        var link = Path.Combine(dir, "link.json");
        HardLink(seed, link);
        Assert.That(FileIdentity.Of(seed), Is.Not.Null);
        Assert.That(FileIdentity.Of(link), Is.EqualTo(FileIdentity.Of(seed)));
        Assert.That(FileIdentity.Of(copy), Is.Not.EqualTo(FileIdentity.Of(seed)));
        Assert.That(FileIdentity.Of(Path.Combine(dir, "missing.json")), Is.Null);
    }

    [Test]
    public void The_file_status_layout_matches_the_runtimes()
    {
        // FileIdentity calls the runtime's SystemNative_Stat with its own copy of the runtime's FileStatus structure; if a
        // runtime changes that structure, this fails before a wrong inode could be read.
        var runtime = typeof(object).Assembly.GetType("Interop+Sys+FileStatus");
        Assume.That(runtime, Is.Not.Null, "this runtime has no Interop.Sys.FileStatus");
        var ours = typeof(FileIdentity.FileStatus);
        Assert.That(System.Runtime.InteropServices.Marshal.SizeOf(ours), Is.EqualTo(System.Runtime.InteropServices.Marshal.SizeOf(runtime!)));
        foreach (var field in new[] { "Dev", "Ino" })
        {
            Assert.That(System.Runtime.InteropServices.Marshal.OffsetOf(ours, field), Is.EqualTo(System.Runtime.InteropServices.Marshal.OffsetOf(runtime!, field)), field);
        }
    }

    [Test]
    public void A_hard_link_to_the_input_is_the_input_for_every_command_that_writes()
    {
        Assume.That(OperatingSystem.IsWindows(), Is.False, "the links are made with ln");
        var dir = CliRun.TempDirectory();
        var seed = CopyOfSeed(dir, "input.json");
        var other = CopyOfSeed(dir, "other.json");
        var document = Path.Combine(dir, "release.txt");
        File.WriteAllText(document, "Li Wei, chairman of Acme Group, attended the forum in Beijing.");
        var csv = Path.Combine(dir, "x.csv");
        Assert.That(CliRun.Run("convert", seed, csv).Code, Is.Zero);
        var inputs = new[] { seed, other, document, Path.Combine(dir, "x.nodes.csv") };
        var before = inputs.Select(File.ReadAllBytes).ToArray();
        string Link(string target, string name)
        {
            var link = Path.Combine(dir, name);
            File.Delete(link);
            HardLink(target, link);
            return link;
        }

        foreach (var args in new Func<string[]>[]
        {
            () => ["analyze", seed, "--out", Link(seed, "out.json")],
            () => ["analyze", seed, "--out", Link(seed, "out.csv")],
            () => ["report", seed, "--out", Link(seed, "out.html")],
            () => ["convert", seed, Link(seed, "out.json")],
            () => ["convert", seed, Link(seed, "out.graphml"), "--to", "graphml"],
            () =>
            {
                // y.csv writes y.nodes.csv, a hard link to the input's side sheet x.nodes.csv.
                Link(Path.Combine(dir, "x.nodes.csv"), "y.nodes.csv");
                return ["convert", csv, Path.Combine(dir, "y.csv")];
            },
            () => ["merge", seed, other, "--out", Link(other, "out.json")],
            () => ["merge", seed, other, "--out", Path.Combine(dir, "merged.json"), "--log", Link(seed, "out.csv")],
            () => ["extract", document, "--out", Link(document, "out.json")],
        })
        {
            var line = args();
            var (code, output, error) = CliRun.Run(line);
            var shown = string.Join(' ', line);
            Assert.That(code, Is.EqualTo(2), shown + "\n" + error);
            Assert.That(error.TrimEnd().Split('\n'), Has.Length.EqualTo(1), error);
            Assert.That(error, Does.Contain("would overwrite the input"), shown);
            Assert.That(output, Is.Empty, shown);
            Assert.That(inputs.Select(File.ReadAllBytes), Is.EqualTo(before), shown);
        }
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
