using Stakeholders.Cli.Commands;

namespace Stakeholders.Cli.Tests;

/// <summary>The options tables in docs/ are the commands' own options (names, descriptions, defaults), so they cannot disagree with <c>--help</c>.</summary>
public class DocsOptionsTableTests
{
    private const string Start = "<!-- options:report -->";
    private const string End = "<!-- /options -->";

    [Test]
    public void The_report_options_table_in_docs_reports_md_is_generated_from_the_command()
    {
        var page = Path.Combine(RepositoryRoot(), "docs", "reports.md");
        var text = File.ReadAllText(page).ReplaceLineEndings("\n");
        var from = text.IndexOf(Start, StringComparison.Ordinal);
        var to = text.IndexOf(End, StringComparison.Ordinal);
        Assert.That(from, Is.GreaterThanOrEqualTo(0), $"{page} has the {Start} marker");
        Assert.That(to, Is.GreaterThan(from));
        var table = text[(from + Start.Length)..to].Trim('\n') + "\n";

        var expected = OptionsTable.Markdown("report");

        Assert.That(table, Is.EqualTo(expected), "regenerate the table between the markers from OptionsTable.Markdown(\"report\"):\n" + expected);
    }

    [Test]
    public void The_table_shows_the_defaults_help_shows()
    {
        var table = OptionsTable.Markdown("report");
        var (_, help, _) = CliRun.Run("report", "--help");

        Assert.That(table, Does.Contain("| `--out`, `-o` | ").And.Contain("| required |"));
        Assert.That(table, Does.Contain("| `--measure` |").And.Contain("`betweenness`"));
        Assert.That(table, Does.Contain("| `--top` |").And.Contain("| `10` |"));
        Assert.That(help, Does.Contain("[default: betweenness]").And.Contain("[default: 10]"));
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Stakeholders.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Stakeholders.sln not found above the test directory.");
    }
}
