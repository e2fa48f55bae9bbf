using System.Text.Json;

namespace Stakeholders.Cli.Tests;

public class ReportCommandTests
{
    [Test]
    public void Report_on_the_seed_network_writes_a_self_contained_page()
    {
        var dir = CliRun.TempDirectory();
        var target = Path.Combine(dir, "report.html");
        var (code, _, error) = CliRun.Run("report", CliRun.Seed, "--out", target, "--quiet");
        Assert.That(code, Is.EqualTo(0), error);
        var html = File.ReadAllText(target);
        Assert.Multiple(() =>
        {
            Assert.That(html, Does.StartWith("<!DOCTYPE html>").IgnoreCase);
            Assert.That(html, Does.Contain("<svg"));
            Assert.That(html, Does.Contain("Shijingshan International Open Cooperation Forum 2023"));
            Assert.That(html, Does.Contain("Key actors"));
            Assert.That(html, Does.Contain("Brokers"));
            Assert.That(html.Replace("xmlns=\"http://www.w3.org/2000/svg\"", string.Empty, StringComparison.Ordinal), Does.Not.Contain("http://").And.Not.Contain("https://"), "the page loads nothing from outside");
        });
    }

    [Test]
    public void Same_input_and_seed_give_the_same_report_apart_from_the_timestamp()
    {
        var dir = CliRun.TempDirectory();
        string Render(string name)
        {
            var path = Path.Combine(dir, name);
            Assert.That(CliRun.Run("report", CliRun.Seed, "--out", path, "--seed", "5", "--quiet").Code, Is.EqualTo(0));
            return System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(path), @"\d{4}-\d{2}-\d{2} \d{2}:\d{2}(:\d{2})? UTC|\d{4}-\d{2}-\d{2}T[0-9:.]+(Z|[+-]\d{2}:\d{2})", "<time>");
        }

        Assert.That(Render("b.html"), Is.EqualTo(Render("a.html")));
    }

    [Test]
    public void Json_report_carries_provenance_and_every_section()
    {
        var dir = CliRun.TempDirectory();
        var target = Path.Combine(dir, "report.json");
        var (code, _, error) = CliRun.Run("report", CliRun.Seed, "--out", target, "--measure", "pagerank", "--top", "5", "--communities", "leiden");
        Assert.That(code, Is.EqualTo(0), error);
        using var json = JsonDocument.Parse(File.ReadAllText(target));
        var text = json.RootElement.GetRawText();
        Assert.That(text, Does.Contain("pagerank"));
        Assert.That(text, Does.Contain("leiden"));
        Assert.That(text, Does.Contain("0.1.0"));
    }

    [TestCase("drawing.svg")]
    [TestCase("drawing.png")]
    public void Figure_writes_the_drawing_alone(string name)
    {
        var dir = CliRun.TempDirectory();
        var figure = Path.Combine(dir, name);
        var (code, _, error) = CliRun.Run("report", CliRun.Seed, "--out", Path.Combine(dir, "report.md"), "--figure", figure, "--quiet");
        Assert.That(code, Is.EqualTo(0), error);
        Assert.That(error, Does.Contain($"wrote {figure}"));
        var bytes = File.ReadAllBytes(figure);
        if (name.EndsWith(".png", StringComparison.Ordinal))
        {
            Assert.That(bytes.AsSpan(1, 3).ToArray(), Is.EqualTo("PNG"u8.ToArray()));
        }
        else
        {
            var svg = System.Xml.Linq.XDocument.Parse(System.Text.Encoding.UTF8.GetString(bytes)).Root!;
            Assert.That(svg.Name.LocalName, Is.EqualTo("svg"));
            Assert.That(svg.Value, Does.Contain("Shijingshan International Open Cooperation Forum 2023"), "key actors are labelled in full");
        }
    }

    [Test]
    public void Figure_with_an_unknown_extension_is_a_usage_error()
    {
        var dir = CliRun.TempDirectory();
        var (code, _, error) = CliRun.Run("report", CliRun.Seed, "--out", Path.Combine(dir, "r.html"), "--figure", Path.Combine(dir, "d.jpg"));
        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain(".svg or .png"));
        Assert.That(File.Exists(Path.Combine(dir, "r.html")), Is.False, "nothing is written when an option is wrong");
    }

    [TestCase("--out", "report.pdf")]
    [TestCase("--measure", "charisma")]
    [TestCase("--top", "0")]
    public void Bad_options_are_usage_errors(string option, string value)
    {
        var dir = CliRun.TempDirectory();
        var args = option == "--out"
            ? new[] { "report", CliRun.Seed, "--out", Path.Combine(dir, value) }
            : new[] { "report", CliRun.Seed, "--out", Path.Combine(dir, "r.html"), option, value };
        var (code, _, error) = CliRun.Run(args);
        Assert.That(code, Is.EqualTo(2), error);
    }

    [Test]
    public void As_of_with_several_dates_gives_the_over_time_snapshots_and_keeps_every_tie()
    {
        var dir = CliRun.TempDirectory();
        var target = Path.Combine(dir, "report.json");
        var (code, _, error) = CliRun.Run("report", CliRun.Seed, "--out", target, "--as-of", "2023-09-02,2023-09-03", "--quiet");
        Assert.That(code, Is.EqualTo(0), error);
        using var json = JsonDocument.Parse(File.ReadAllText(target));
        var root = json.RootElement;
        var snapshots = root.GetProperty("timeline").GetProperty("snapshots").EnumerateArray().Select(s => s.GetProperty("date").GetString()).ToArray();
        Assert.That(snapshots, Is.EqualTo(new[] { "2023-09-02", "2023-09-03" }));
        Assert.That(root.GetProperty("summary").GetProperty("tieCount").GetInt32(), Is.EqualTo(127));

        var (bad, _, badError) = CliRun.Run("report", CliRun.Seed, "--out", Path.Combine(dir, "x.html"), "--as-of", "2023-09-02,2023-13");
        Assert.That(bad, Is.EqualTo(2), badError);
        Assert.That(badError, Does.Contain("--as-of"));
    }

    [Test]
    public void Markdown_report_writes_its_drawing_beside_it_and_the_title_is_never_the_file_name()
    {
        var dir = CliRun.TempDirectory();
        var target = Path.Combine(dir, "karate-brief.md");
        var (code, _, error) = CliRun.Run("report", CliRun.Data("graphs/karate.edges"), "--out", target, "--quiet");
        Assert.That(code, Is.EqualTo(0), error);
        Assert.That(File.Exists(Path.Combine(dir, "karate-brief.network.svg")), Is.True);
        var markdown = File.ReadAllText(target);
        Assert.That(markdown, Does.StartWith("# Stakeholder network report\n"));
        Assert.That(markdown, Does.Contain("](karate-brief.network.svg)"));
    }

    [Test]
    public void The_report_and_the_brokers_command_rank_brokers_the_same_way()
    {
        var dir = CliRun.TempDirectory();
        var target = Path.Combine(dir, "report.json");
        Assert.That(CliRun.Run("report", CliRun.Seed, "--out", target, "--quiet").Code, Is.EqualTo(0));
        using var report = JsonDocument.Parse(File.ReadAllText(target));
        var reportIds = report.RootElement.GetProperty("brokers").GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToArray();

        var (code, output, error) = CliRun.Run("brokers", CliRun.Seed, "--group-by", "organization-type", "--json", "--top", reportIds.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.That(code, Is.EqualTo(0), error);
        using var brokers = JsonDocument.Parse(output);
        var commandIds = brokers.RootElement.GetProperty("stakeholders").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToArray();

        Assert.That(reportIds, Has.Length.GreaterThanOrEqualTo(5));
        Assert.That(commandIds, Is.EqualTo(reportIds));
    }
}
