using System.CommandLine;
using System.Reflection;
using Stakeholders.Cli.Commands;

namespace Stakeholders.Cli;

/// <summary>
/// Builds the command tree and runs it with the exit-code contract: 0 on success, 1 on bad input (one line on stderr
/// naming the file, line and reason), 2 on bad usage (unknown option, missing argument).
/// </summary>
public static class StakeholdersCli
{
    /// <summary>Exit code for success.</summary>
    public const int Success = 0;

    /// <summary>Exit code for input that cannot be read or is not valid.</summary>
    public const int BadInput = 1;

    /// <summary>Exit code for a command line that does not parse.</summary>
    public const int BadUsage = 2;

    /// <summary>The tool's version, from the assembly's informational version.</summary>
    public static string Version { get; } = InformationalVersion.Split('+')[0];

    /// <summary>The assembly's informational version (with the commit after '+'), as <c>--version</c> prints it.</summary>
    private static string InformationalVersion =>
        typeof(StakeholdersCli).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    /// <summary>Runs the command line against the given writers (the tests pass their own).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        if (args is ["--version"])
        {
            // What the parser's own --version prints, without building the command tree first (start-up, issue 16).
            output.WriteLine(InformationalVersion);
            return Success;
        }

        var context = new CliContext(output, error);
        return Run(BuildRoot(context, args), context, args);
    }

    /// <summary>Parses and runs a command line on the given tree, whose commands write to <paramref name="context"/>.</summary>
    internal static int Run(RootCommand root, CliContext context, string[] args)
    {
        var (output, error) = (context.Output, context.Error);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // One line, whatever the parser says: its messages may span lines (the allowed values of an option).
            var messages = parsed.Errors.Select(e => string.Join(' ', e.Message.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
            var command = parsed.CommandResult.Command is RootCommand ? "stakeholders" : $"stakeholders {parsed.CommandResult.Command.Name}";
            error.WriteLine($"stakeholders: {string.Join("; ", messages)} (see '{command} --help')");
            return BadUsage;
        }

        var config = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        return parsed.Invoke(config);
    }

    /// <summary>The whole command tree: one class per command under <c>Commands/</c>.</summary>
    internal static RootCommand BuildRoot(CliContext context) => BuildRoot(context, null);

    /// <summary>
    /// The command tree for one command line: the root with only the subcommands the arguments can reach
    /// (<see cref="CommandCatalog.CreateFor"/>), or every subcommand when <paramref name="args"/> is null.
    /// </summary>
    internal static RootCommand BuildRoot(CliContext context, IReadOnlyCollection<string>? args)
    {
        var root = new ContextRootCommand(context,
            "stakeholders — analyse who-knows-whom: stakeholder networks, their central actors, brokers and clusters.\n\n"
            + "Examples:\n"
            + "  stakeholders info seeds/shijingshan-forum-2023.json\n"
            + "  stakeholders convert seeds/shijingshan-forum-2023.json network.graphml");
        context.Reader.AddTo(root);
        foreach (var command in args is null ? CommandCatalog.Create(context) : CommandCatalog.CreateFor(context, args))
        {
            root.Subcommands.Add(command);
        }

        return root;
    }
}

/// <summary>The root command, carrying the run's context so shared helpers can reach it from a parse result.</summary>
internal sealed class ContextRootCommand(CliContext context, string description) : RootCommand(description)
{
    public CliContext Context { get; } = context;
}
