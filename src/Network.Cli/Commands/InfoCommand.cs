using System.CommandLine;

namespace Stakeholders.Cli.Commands;

/// <summary><c>stakeholders info &lt;input&gt;</c>: counts, components, density and validation problems of a network file.</summary>
internal static class InfoCommand
{
    public static Command Create(CliContext context)
    {
        var input = new Argument<FileInfo>("input") { Description = "The network file (native .json, .csv nodes/edges, .graphml, .gexf, edge list)." };
        var command = new Command("info", "Summarise a network: counts by kind and tie type, components, density, validation problems.\n\nExample:\n  stakeholders info seeds/shijingshan-forum-2023.json")
        {
            input,
        };
        command.SetAction(parse => CommandRunner.Run(context, () =>
        {
            var file = parse.GetValue(input)!;
            context.Output.WriteLine($"{file.Name}: not yet implemented");
            return StakeholdersCli.Success;
        }));
        return command;
    }
}
