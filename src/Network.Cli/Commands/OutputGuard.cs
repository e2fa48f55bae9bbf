using Stakeholders.Network.IO;

namespace Stakeholders.Cli.Commands;

/// <summary>
/// The one check every command that writes a file makes before it reads or computes anything: the output's folder
/// exists, and no file the command writes is a file it reads (compared by full path after following every symbolic
/// link, and, for files that exist, by device and inode, so a hard link to an input is the input too; including the CSV
/// side sheets <c>x.nodes.csv</c>, <c>x.edges.csv</c>, <c>x.documents.csv</c>). Either problem is a usage error (exit
/// code 2, one line).
/// </summary>
internal static class OutputGuard
{
    private const int MaxLinkHops = 40;

    /// <summary>Refuses an output that would overwrite an input or whose folder does not exist.</summary>
    /// <param name="output">The output path as the user gave it.</param>
    /// <param name="outputFormat">Its network format, when the output is a network file (CSV writes several sheets); null for other files.</param>
    /// <param name="option">How the user named the output (<c>--out</c>, <c>output</c>), for the message.</param>
    /// <param name="inputs">The inputs the command reads, each with its network format when it is a network file.</param>
    /// <exception cref="CliUsageException">The output would overwrite an input, or its folder does not exist.</exception>
    public static void Check(string output, NetworkFormat? outputFormat, string option, params (string Path, NetworkFormat? Format)[] inputs)
    {
        ArgumentException.ThrowIfNullOrEmpty(output);
        var folder = Path.GetDirectoryName(Path.GetFullPath(output));
        if (folder is not null && !Directory.Exists(folder))
        {
            var shown = Path.GetDirectoryName(output);
            throw new CliUsageException($"{option} {output}: output folder does not exist: {(string.IsNullOrEmpty(shown) ? folder : shown)}");
        }

        var read = new Dictionary<string, string>(StringComparer.Ordinal);
        var identities = new Dictionary<FileIdentity, string>();
        foreach (var (path, format) in inputs)
        {
            foreach (var file in FilesOf(path, format, reading: true))
            {
                read.TryAdd(Canonical(file), file);
                if (FileIdentity.Of(file) is { } identity)
                {
                    identities.TryAdd(identity, file);
                }
            }
        }

        foreach (var file in FilesOf(output, outputFormat, reading: false))
        {
            if (read.TryGetValue(Canonical(file), out var input)
                || (identities.Count > 0 && FileIdentity.Of(file) is { } identity && identities.TryGetValue(identity, out input)))
            {
                var also = string.Equals(file, output, StringComparison.Ordinal) ? string.Empty : $" (it writes {file})";
                throw new CliUsageException($"{option} {output} would overwrite the input {input}{also}; choose another output file");
            }
        }
    }

    private static IEnumerable<string> FilesOf(string path, NetworkFormat? format, bool reading)
    {
        if (format != NetworkFormat.Csv)
        {
            return [path];
        }

        var (nodes, edges, documents) = CsvFormat.SheetPaths(path);
        return reading ? [path, nodes, edges, documents] : [nodes, edges, documents];
    }

    /// <summary>The full path with every symbolic link (of the file and of each folder above it) resolved, as far as the path exists.</summary>
    internal static string Canonical(string path)
    {
        var full = Path.GetFullPath(path);
        for (var hop = 0; hop < MaxLinkHops; hop++)
        {
            var resolved = ResolveOnce(full);
            if (resolved is null)
            {
                return full;
            }

            full = resolved;
        }

        return full;
    }

    // Resolves the first symbolic link found walking down from the root; null when no component is a link.
    private static string? ResolveOnce(string full)
    {
        var root = Path.GetPathRoot(full) ?? string.Empty;
        var parts = full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        var current = root;
        for (var i = 0; i < parts.Length; i++)
        {
            var next = Path.Combine(current, parts[i]);
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            if (!info.Exists)
            {
                return null;
            }

            if (info.LinkTarget is { } target)
            {
                var resolved = Path.GetFullPath(target, current);
                var rest = parts.Skip(i + 1).ToArray();
                return rest.Length == 0 ? resolved : Path.Combine([resolved, .. rest]);
            }

            current = next;
        }

        return null;
    }
}
