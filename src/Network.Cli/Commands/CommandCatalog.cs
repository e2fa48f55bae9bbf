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
    }
}
