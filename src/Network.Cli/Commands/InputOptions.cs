using System.CommandLine;
using Stakeholders.Network.IO;
using Stakeholders.Network.Model;

namespace Stakeholders.Cli.Commands;

/// <summary>The input argument and <c>--format</c> option every command that reads a network shares.</summary>
internal static class InputOptions
{
    public static Argument<string> InputArgument() => new("input")
    {
        Description = "The network file: native .json, CSV (x.csv = x.nodes.csv + x.edges.csv), .graphml, .gexf, or an edge list (.edges/.txt).",
    };

    public static Option<string?> FormatOption() => new("--format")
    {
        Description = "The input format when the extension does not say it: json, csv, graphml, gexf, edgelist, node-link.",
    };

    public static StakeholderNetwork Read(string path, string? format)
    {
        if (!File.Exists(path) && !File.Exists(Path.ChangeExtension(path, ".nodes.csv")))
        {
            throw new NetworkFormatException(path, 0, 0, "file not found");
        }

        return NativeJson.Read(path);
    }

    /// <summary>The file whose bytes identify the input for provenance (the nodes file of a CSV pair when given the stem).</summary>
    public static string HashPath(string path) =>
        File.Exists(path) ? path : Path.ChangeExtension(path, ".nodes.csv");
}
