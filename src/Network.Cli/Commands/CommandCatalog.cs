using System.CommandLine;

namespace Stakeholders.Cli.Commands;

/// <summary>The list of subcommands, in the order <c>--help</c> shows them. Each lives in its own file.</summary>
internal static class CommandCatalog
{
    /// <summary>Each subcommand's name and its factory, in help order.</summary>
    private static readonly (string Name, Func<CliContext, Command> Create)[] Entries =
    [
        ("info", InfoCommand.Create),
        ("analyze", AnalyzeCommand.Create),
        ("convert", ConvertCommand.Create),
        ("ego", EgoCommand.Create),
        ("path", PathCommand.Create),
        ("compare", CompareCommand.Create),
        ("stability", StabilityCommand.Create),
        ("layers", LayersCommand.Create),
        ("salience", SalienceCommand.Create),
        ("brokers", BrokersCommand.Create),
        ("keyplayers", KeyPlayersCommand.Create),
        ("report", ReportCommand.Create),
        ("extract", ExtractCommand.Create),
        ("merge", MergeCommand.Create),
        ("neo4j", Neo4jCommand.Create),
    ];

    /// <summary>The names of every subcommand, in help order.</summary>
    public static IEnumerable<string> Names => Entries.Select(e => e.Name);

    /// <summary>Every subcommand, in help order.</summary>
    public static IEnumerable<Command> Create(CliContext context) => Entries.Select(e => e.Create(context));

    /// <summary>
    /// The subcommands a command line can reach: those whose name is one of its arguments (a command is only ever chosen
    /// by its exact name, and no subcommand has an alias). When no argument names a subcommand (<c>--help</c>, a bare
    /// <c>stakeholders</c>, an unknown command) or a response file (<c>@file</c>) may hide one, every subcommand is
    /// built, so the root help lists them all. Building only the one that runs keeps start-up from constructing (and
    /// loading the assemblies behind) the options of fourteen commands that are not used.
    /// </summary>
    public static IEnumerable<Command> CreateFor(CliContext context, IReadOnlyCollection<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Any(a => a.StartsWith('@')) || !Entries.Any(e => args.Contains(e.Name, StringComparer.Ordinal)))
        {
            return Create(context);
        }

        return Entries.Where(e => args.Contains(e.Name, StringComparer.Ordinal)).Select(e => e.Create(context));
    }
}
