using System.CommandLine;

namespace Stakeholders.Cli.Commands;

/// <summary>The list of subcommands, in the order <c>--help</c> shows them. Each lives in its own file.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> Create(CliContext context)
    {
        yield return InfoCommand.Create(context);
        yield return AnalyzeCommand.Create(context);
        yield return ConvertCommand.Create(context);
        yield return EgoCommand.Create(context);
        yield return PathCommand.Create(context);
        yield return CompareCommand.Create(context);
        yield return StabilityCommand.Create(context);
        yield return LayersCommand.Create(context);
        yield return SalienceCommand.Create(context);
        yield return BrokersCommand.Create(context);
        yield return KeyPlayersCommand.Create(context);
        yield return ReportCommand.Create(context);
        yield return ExtractCommand.Create(context);
        yield return MergeCommand.Create(context);
        yield return Neo4jCommand.Create(context);
    }
}
