using System.CommandLine;
using Stakeholders.Network.IO;
using Stakeholders.Network.Model;

namespace Stakeholders.Cli.Commands;

/// <summary>The input argument and <c>--format</c> option every command that reads a network shares.</summary>
internal static class InputOptions
{
    public static Argument<string> InputArgument() => new("input")
    {
        Description = "The network file: native .json, CSV (x.csv = x.nodes.csv + x.edges.csv), .graphml, .gexf, node-link .nodelink.json, or an edge list (.edges/.edgelist/.txt).",
    };

    public static Option<string?> FormatOption() => new("--format")
    {
        Description = $"The input format when the extension does not say it: {string.Join(", ", NetworkFormats.Names.Where(n => NetworkFormats.Parse(n).CanRead()))}.",
    };

    /// <summary>Reads a network, turning a missing file, an unknown format or a write-only format into a one-line input error.</summary>
    public static StakeholderNetwork Read(string path, string? format)
    {
        var chosen = ParseFormat(path, format, "--format");
        if (!chosen.CanRead())
        {
            throw new CliUsageException($"the {chosen.ToName()} format can be written but not read");
        }

        if (!Exists(path, chosen))
        {
            throw new NetworkFormatException(path, 0, 0, "file not found");
        }

        return NetworkFile.Read(path, chosen);
    }

    /// <summary>The format named by an option, or detected from the path's extension.</summary>
    public static NetworkFormat ParseFormat(string path, string? name, string option)
    {
        if (name is not null)
        {
            return NetworkFormats.TryParse(name, out var named)
                ? named
                : throw new CliUsageException($"{option}: unknown format '{name}'; expected one of {string.Join(", ", NetworkFormats.Names)}");
        }

        return NetworkFormats.TryDetect(path, out var detected)
            ? detected
            : throw new CliUsageException($"cannot tell the format of '{path}' from its extension; name it with {option} ({string.Join(", ", NetworkFormats.Names)})");
    }

    /// <summary>The file whose bytes identify the input for provenance (the nodes file of a CSV pair given by its stem).</summary>
    public static string HashPath(string path) =>
        File.Exists(path) ? path : Path.ChangeExtension(path, ".nodes.csv");

    private static bool Exists(string path, NetworkFormat format) =>
        File.Exists(path) || (format == NetworkFormat.Csv && File.Exists(Path.ChangeExtension(path, ".nodes.csv")) && File.Exists(Path.ChangeExtension(path, ".edges.csv")));
}
