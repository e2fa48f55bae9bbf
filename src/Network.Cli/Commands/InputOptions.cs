using System.CommandLine;
using Stakeholders.Network.Analysis;
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
        Description = $"The input format when the extension does not say it (auto, the default, detects it): {string.Join(", ", NetworkFormats.Names.Where(n => NetworkFormats.Parse(n).CanRead()))}.",
    };

    /// <summary>Reads a network, turning a missing file, an unknown format or a write-only format into a one-line input error.</summary>
    public static StakeholderNetwork Read(ParseResult parse, string path, string? format)
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

        var context = ((ContextRootCommand)parse.RootCommandResult.Command).Context;
        var options = context.Reader.Read(parse);
        var before = context.Reader.Warnings.Count;
        var network = NetworkFile.Read(path, chosen, options);
        foreach (var warning in context.Reader.Warnings.Skip(before))
        {
            context.Error.WriteLine($"stakeholders: warning: {warning}");
        }

        return network;
    }

    /// <summary>
    /// Reads a plain graph file (edge list, Pajek, GraphML without keys) on the fast path, or returns null when the file must be
    /// read as a network (another format, or anything the fast reader does not take, errors included).
    /// </summary>
    public static PlainGraphSource? TryReadPlain(ParseResult parse, string path, string? format)
    {
        NetworkFormat chosen;
        NetworkReadOptions options;
        try
        {
            chosen = ParseFormat(path, format, "--format");
            options = ((ContextRootCommand)parse.RootCommandResult.Command).Context.Reader.Read(parse);
            options.Validate();
        }
        catch (Exception e) when (e is CliUsageException or ArgumentException)
        {
            return null; // the full path reports it
        }

        return chosen is NetworkFormat.EdgeList or NetworkFormat.Pajek or NetworkFormat.GraphML ? PlainGraphSource.TryRead(path, chosen, options) : null;
    }

    /// <summary>The format named by an option, or detected from the path's extension.</summary>
    public static NetworkFormat ParseFormat(string path, string? name, string option)
    {
        if (name is not null && !string.Equals(name, "auto", StringComparison.OrdinalIgnoreCase))
        {
            return NetworkFormats.TryParse(name, out var named)
                ? named
                : throw new CliUsageException($"{option}: unknown format '{name}'; expected one of {string.Join(", ", NetworkFormats.Names)}");
        }

        return NetworkFormats.TryDetect(path, out var detected)
            ? detected
            : throw new CliUsageException($"cannot tell the format of '{path}' from its extension; name it with {option} ({string.Join(", ", NetworkFormats.Names)})");
    }

    /// <summary>
    /// The SHA-256 (lower-case hex) of the bytes that make up the input, for provenance: the file itself, or for a CSV
    /// network every sheet that exists (nodes, edges, documents, in that order), so editing any sheet changes the hash.
    /// </summary>
    public static string InputSha256(string path, string? format)
    {
        var chosen = ParseFormat(path, format, "--format");
        if (chosen != NetworkFormat.Csv)
        {
            return NetworkAnalyzer.Sha256HexOfFile(path);
        }

        var stem = Path.ChangeExtension(path, null);
        foreach (var suffix in new[] { ".nodes", ".edges", ".documents" })
        {
            if (stem.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                stem = stem[..^suffix.Length];
            }
        }

        var sheets = new[] { ".nodes.csv", ".edges.csv", ".documents.csv" }.Select(s => stem + s).Where(File.Exists).ToList();
        if (sheets.Count == 0)
        {
            sheets.Add(path);
        }

        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        foreach (var sheet in sheets)
        {
            hash.AppendData(File.ReadAllBytes(sheet));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static bool Exists(string path, NetworkFormat format) =>
        File.Exists(path) || (format == NetworkFormat.Csv && CsvFormat.SheetPaths(path) is var (nodes, edges, _) && (File.Exists(nodes) || File.Exists(edges)));
}
