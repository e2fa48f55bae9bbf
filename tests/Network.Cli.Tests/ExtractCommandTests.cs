using Stakeholders.Network.IO;

namespace Stakeholders.Cli.Tests;

/// <summary><c>stakeholders extract</c> and <c>stakeholders merge</c>, run in-process as a user would.</summary>
public class ExtractCommandTests
{
    private static string Release => Path.Combine(TestContext.CurrentContext.TestDirectory, "seeds", "000_73dc534532c0e7b6.txt");

    private static string Other => Path.Combine(TestContext.CurrentContext.TestDirectory, "seeds", "releases", "r02-henan-investment-trade-fair.txt");

    [Test]
    public void Extract_then_report_gives_the_forum_network_with_its_provenance()
    {
        var dir = CliRun.TempDirectory();
        var json = Path.Combine(dir, "x.json");
        var (code, _, err) = CliRun.Run("extract", Release, "--out", json);
        Assert.That(code, Is.Zero, err);
        Assert.That(err, Does.Contain("(dated 2023-09-05)"));
        var network = NetworkFile.Read(json);
        Assert.That(network.Title, Does.StartWith("Shijingshan International Open Cooperation Forum 2023"));
        var html = Path.Combine(dir, "x.html");
        var (reportCode, _, reportErr) = CliRun.Run("report", json, "--out", html, "--quiet");
        Assert.That(reportCode, Is.Zero, reportErr);
        var page = File.ReadAllText(html);
        Assert.That(page, Does.Contain("Extracted network:").And.Contain("rules-en/").And.Contain("No extracted tie has been reviewed"));
        var (infoCode, info, _) = CliRun.Run("info", json);
        Assert.That(infoCode, Is.Zero);
        Assert.That(info, Does.Contain("ties found in documents (0 accepted in review)"));
    }

    [Test]
    public void Review_sheet_round_trip_keeps_what_the_analyst_accepted_and_says_what_it_dropped()
    {
        var dir = CliRun.TempDirectory();
        var json = Path.Combine(dir, "x.json");
        var sheet = Path.Combine(dir, "review.csv");
        Assert.That(CliRun.Run("extract", Release, "--out", json, "--review", sheet).Code, Is.Zero);
        var lines = File.ReadAllLines(sheet);
        var total = lines.Length - 1;
        // accept the first two ties (the accept column is the second), leave the rest empty
        lines[1] = lines[1].Insert(lines[1].IndexOf(',', StringComparison.Ordinal) + 1, "yes");
        lines[2] = lines[2].Insert(lines[2].IndexOf(',', StringComparison.Ordinal) + 1, "yes");
        File.WriteAllLines(sheet, lines);
        var reviewed = Path.Combine(dir, "reviewed.json");
        var (code, _, err) = CliRun.Run("extract", Release, "--out", reviewed, "--apply-review", sheet);
        Assert.That(code, Is.Zero, err);
        Assert.That(err, Does.Contain($"kept 2 accepted and 0 corrected ties; dropped {total - 2}"));
        Assert.That(err, Does.Contain("dropped (not reviewed (accept is empty))"));
        Assert.That(NetworkFile.Read(reviewed).Ties, Has.Count.EqualTo(2));
        var (_, info, _) = CliRun.Run("info", reviewed);
        Assert.That(info, Does.Contain("2 ties found in documents (2 accepted in review)"));
    }

    [Test]
    public void Bad_documents_get_a_reason_and_nothing_is_written_when_nothing_was_extracted()
    {
        var dir = CliRun.TempDirectory();
        var empty = Path.Combine(dir, "empty.txt");
        File.WriteAllText(empty, string.Empty);
        var binary = Path.Combine(dir, "photo.txt");
        File.WriteAllBytes(binary, [0xFF, 0xD8, 0xFF, 0x00, 0x10]);
        var chinese = Path.Combine(dir, "zh.txt");
        File.WriteAllText(chinese, "北京市副市长夏林茂出席论坛并致辞。");
        var output = Path.Combine(dir, "x.json");
        var (code, _, err) = CliRun.Run("extract", empty, binary, chinese, "--out", output);
        Assert.That(code, Is.EqualTo(1));
        Assert.That(err, Does.Contain("empty.txt: nothing extracted: the file is empty"));
        Assert.That(err, Does.Contain("photo.txt: nothing extracted: the file is binary"));
        Assert.That(err, Does.Contain("zh.txt: nothing extracted: the text is not English"));
        Assert.That(err, Does.Contain("nothing extracted; " + output + " was not written"));
        Assert.That(File.Exists(output), Is.False);

        var (mixed, _, mixedErr) = CliRun.Run("extract", empty, Release, "--out", output);
        Assert.That(mixed, Is.Zero, mixedErr);
        Assert.That(File.Exists(output), Is.True);
    }

    [Test]
    public void Merge_joins_extracted_networks_and_logs_every_decision()
    {
        var dir = CliRun.TempDirectory();
        var a = Path.Combine(dir, "a.json");
        var b = Path.Combine(dir, "b.json");
        Assert.That(CliRun.Run("extract", Release, "--out", a).Code, Is.Zero);
        Assert.That(CliRun.Run("extract", Other, "--out", b).Code, Is.Zero);
        var merged = Path.Combine(dir, "m.json");
        var log = Path.Combine(dir, "merges.csv");
        var (code, _, err) = CliRun.Run("merge", a, b, "--out", merged, "--log", log);
        Assert.That(code, Is.Zero, err);
        Assert.That(err, Does.Contain("(1 from merges)"));
        Assert.That(File.ReadAllLines(log)[0], Does.StartWith("decision,rule,score"));
        Assert.That(File.ReadAllText(log), Does.Contain("merged,id,1,a.json,ministry-of-commerce,Ministry of Commerce,b.json"));
        var (_, info, _) = CliRun.Run("info", merged);
        Assert.That(info, Does.Contain("1 stakeholders came from merges"));

        Assert.That(CliRun.Run("merge", a, b, "--out", merged, "--log", log, "--keep-apart", "Ministry of Commerce,Ministry of Commerce").Code, Is.Zero);
        Assert.That(File.ReadAllText(log), Does.Contain("kept apart,keep-apart (override)"));

        var (usage, _, usageErr) = CliRun.Run("merge", a, b, "--out", merged, "--same", "only-one");
        Assert.That(usage, Is.EqualTo(2));
        Assert.That(usageErr, Does.Contain("expected two stakeholders"));
        var (unknown, _, unknownErr) = CliRun.Run("merge", a, b, "--out", merged, "--same", "Nobody,Ministry of Commerce");
        Assert.That(unknown, Is.EqualTo(1));
        Assert.That(unknownErr, Does.Contain("Nobody"));
    }

    [TestCase("extract")]
    [TestCase("merge")]
    public void Help_shows_an_example(string command)
    {
        var (code, output, _) = CliRun.Run(command, "--help");
        Assert.That(code, Is.Zero);
        Assert.That(output, Does.Contain("stakeholders " + command));
    }
}
