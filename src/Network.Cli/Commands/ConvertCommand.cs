using System.CommandLine;
using Stakeholders.Network.IO;

namespace Stakeholders.Cli.Commands;

/// <summary><c>stakeholders convert &lt;input&gt; &lt;output&gt;</c>: between every format the library reads and writes.</summary>
internal static class ConvertCommand
{
    public static Command Create(CliContext context)
    {
        var input = InputOptions.InputArgument();
        var output = new Argument<string>("output") { Description = "The file to write; its extension chooses the format unless --to is given." };
        var from = new Option<string?>("--from") { Description = "The input format, when the extension does not say it." };
        var to = new Option<string?>("--to") { Description = $"The output format: {string.Join(", ", NetworkFormats.Names)}." };
        var command = new Command(
            "convert",
            "Convert a network between formats: native JSON (lossless), CSV, GraphML, GEXF, node-link JSON, edge list, Pajek, DOT.\n"
            + "The output is written to a temporary file and moved into place, so a failure never leaves a half-written file.\n\n"
            + "Examples:\n"
            + "  stakeholders convert seeds/shijingshan-forum-2023.json network.graphml\n"
            + "  stakeholders convert edges.txt network.json --from edgelist")
        {
            input, output, from, to,
        };
        command.SetAction(parse => CommandRunner.Run(context, () =>
        {
            var source = parse.GetValue(input)!;
            var target = parse.GetValue(output)!;
            var targetFormat = InputOptions.ParseFormat(target, parse.GetValue(to), "--to");
            OutputGuard.Check(target, targetFormat, "output", (source, InputOptions.ParseFormat(source, parse.GetValue(from), "--from")));
            var network = InputOptions.Read(parse, source, parse.GetValue(from));
            NetworkFile.Write(network, target, targetFormat);
            var lost = targetFormat.IsLossless() ? string.Empty : $" ({targetFormat.ToName()} does not keep everything the native format does: see docs/formats.md)";
            context.Error.WriteLine($"wrote {target}: {network.Stakeholders.Count} stakeholders, {network.Ties.Count} ties{lost}");
            return StakeholdersCli.Success;
        }));
        return command;
    }
}
