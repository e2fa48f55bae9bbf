using Stakeholders.Cli.Commands;

namespace Stakeholders.Cli.Tests;

/// <summary>
/// Start-up (issue 16): a command line builds only the subcommands it names, and <c>--version</c> answers before any is
/// built. These tests pin that the shortcut changes nothing a user sees: the same help, the same parse errors, the same
/// results as the whole command tree.
/// </summary>
public class StartupCommandTreeTests
{
    private static CliContext Quiet() => new(TextWriter.Null, TextWriter.Null);

    [Test]
    public void A_command_line_naming_a_subcommand_builds_only_that_subcommand()
    {
        var root = StakeholdersCli.BuildRoot(Quiet(), ["info", CliRun.Seed]);
        Assert.That(root.Subcommands.Select(c => c.Name), Is.EqualTo(new[] { "info" }));

        root = StakeholdersCli.BuildRoot(Quiet(), ["--lenient", "convert", "report", "out.json"]);
        Assert.That(root.Subcommands.Select(c => c.Name), Is.EqualTo(new[] { "convert", "report" }), "an input file named like a command only adds that command");
    }

    [TestCase("--help")]
    [TestCase("nosuchcommand", "x.json")]
    [TestCase("@arguments.rsp")]
    [TestCase("info", "@arguments.rsp")]
    public void Without_a_subcommand_name_or_with_a_response_file_every_subcommand_is_built(params string[] args)
    {
        var root = StakeholdersCli.BuildRoot(Quiet(), args);
        Assert.That(root.Subcommands.Select(c => c.Name), Is.EqualTo(CommandCatalog.Names.ToArray()));
        Assert.That(StakeholdersCli.BuildRoot(Quiet()).Subcommands.Select(c => c.Name), Is.EqualTo(CommandCatalog.Names.ToArray()));
    }

    [Test]
    public void Every_subcommand_prints_the_same_help_and_errors_as_in_the_whole_tree()
    {
        foreach (var name in CommandCatalog.Names)
        {
            foreach (var args in new[] { new[] { name, "--help" }, [name], [name, "--no-such-option"] })
            {
                var (wholeCode, wholeOut, wholeErr) = RunWholeTree(args);
                var (code, output, error) = CliRun.Run(args);
                Assert.That(code, Is.EqualTo(wholeCode), string.Join(' ', args));
                Assert.That(output, Is.EqualTo(wholeOut), string.Join(' ', args));
                Assert.That(error, Is.EqualTo(wholeErr), string.Join(' ', args));
            }
        }
    }

    [Test]
    public void Version_prints_the_informational_version_and_exits_0()
    {
        var (code, output, error) = CliRun.Run("--version");
        Assert.That(code, Is.EqualTo(StakeholdersCli.Success));
        Assert.That(error, Is.Empty);
        Assert.That(output.TrimEnd(), Does.StartWith(StakeholdersCli.Version));
        Assert.That(output.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(1));
    }

    /// <summary>Runs a command line on the whole tree, as <see cref="StakeholdersCli.Run"/> did before the shortcut.</summary>
    private static (int Code, string Out, string Err) RunWholeTree(string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CliContext(output, error);
        var code = StakeholdersCli.Run(StakeholdersCli.BuildRoot(context), context, args);
        return (code, output.ToString(), error.ToString());
    }
}
