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
        var directed = new Option<bool>("--directed")
        {
            Description = "Mark the written graph directed (GraphML edgedefault, GEXF defaultedgetype, node-link/graphology type). Default: undirected, as analyze reads it.",
        };
        var seed = new Option<int>("--seed") { Description = "Seed of the layout that gives node-link, cytoscape and graphology output their x/y.", DefaultValueFactory = _ => 42 };
        var export = new ExportCliOptions();
        var command = new Command(
            "convert",
            "Convert a network between formats: native JSON (lossless), CSV, GraphML, GEXF, node-link JSON, edge list, Pajek, DOT,\n"
            + "and the front-end shapes Cytoscape.js (--to cytoscape) and graphology (--to graphology), which are write-only.\n"
            + "The output is written to a temporary file and moved into place, so a failure never leaves a half-written file.\n\n"
            + "Examples:\n"
            + "  stakeholders convert seeds/shijingshan-forum-2023.json network.graphml\n"
            + "  stakeholders convert seeds/shijingshan-forum-2023.json elements.json --to cytoscape --no-evidence\n"
            + "  stakeholders convert seeds/shijingshan-forum-2023.json network.gexf --gexf-version 1.3\n"
            + "  stakeholders convert edges.txt network.json --from edgelist")
        {
            input, output, from, to, directed, seed,
        };
        export.AddTo(command);
        command.SetAction(parse => CommandRunner.Run(context, () =>
        {
            var source = parse.GetValue(input)!;
            var target = parse.GetValue(output)!;
            var targetFormat = InputOptions.ParseFormat(target, parse.GetValue(to), "--to");
            OutputGuard.Check(target, targetFormat, "output", (source, InputOptions.ParseFormat(source, parse.GetValue(from), "--from")));
            var network = InputOptions.Read(parse, source, parse.GetValue(from));
            var options = export.Read(parse, targetFormat, network.Stakeholders, network.Ties, parse.GetValue(seed), parse.GetValue(directed));
            if (NetworkExport.Supports(targetFormat))
            {
                NetworkExport.Write(network, target, targetFormat, options);
            }
            else if (parse.GetValue(directed))
            {
                throw new CliUsageException($"--directed applies to {string.Join(", ", NetworkExport.Formats.Select(f => f.ToName()))}; the {targetFormat.ToName()} output keeps ties as they are");
            }
            else
            {
                NetworkFile.Write(network, target, targetFormat);
            }

            var lost = targetFormat.IsLossless() ? string.Empty : $" ({targetFormat.ToName()} does not keep everything the native format does: see docs/formats.md)";
            context.Error.WriteLine($"wrote {target}: {network.Stakeholders.Count} stakeholders, {network.Ties.Count} ties{lost}");
            return StakeholdersCli.Success;
        }));
        return command;
    }
}
