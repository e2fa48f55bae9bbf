using System.Globalization;
using System.Text;
using Stakeholders.Network.Graphs;
using Stakeholders.Network.Model;

namespace Stakeholders.Network.IO;

/// <summary>
/// The plain edge list (<c>.edges</c>, <c>.edgelist</c>, <c>.txt</c>; name <c>edgelist</c>): one edge per line,
/// <c>u v [weight]</c> separated by spaces or tabs; <c>#</c> starts a comment; ids are strings.
/// </summary>
/// <remarks>
/// <para>Read as a network, every vertex becomes a stakeholder of kind <see cref="StakeholderKind.Person"/> whose name is
/// its id (<see cref="VertexKind"/>), and every line a tie of type <see cref="DefaultTieType"/> (<c>TIE</c>) from
/// <c>u</c> to <c>v</c> with strength = weight (1 when absent). Vertices appear in order of first mention.
/// A comment line <c>#! node ID</c> declares a vertex without edges (the writer emits these for isolated stakeholders;
/// other tools see a comment).</para>
/// <para>Written, each tie is a line <c>source target</c>, plus the strength when any tie's strength is not 1. Ids that
/// contain whitespace or <c>#</c>, or are empty, cannot be written and are refused with a clear error. Everything
/// but ids, endpoints and strength is lost.</para>
/// </remarks>
public static class EdgeListFormat
{
    /// <summary>The tie type given to every edge read from an edge list.</summary>
    public static TieType DefaultTieType { get; } = new("TIE");

    /// <summary>The kind given to every vertex read from an edge list.</summary>
    public const StakeholderKind VertexKind = StakeholderKind.Person;

    private const string NodeDirective = "#! node ";

    /// <summary>Reads an edge list file as a network.</summary>
    public static StakeholderNetwork Read(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Read(reader, path);
    }

    /// <summary>Reads an edge list as a network.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="sourceName">The name used in error messages.</param>
    /// <exception cref="NetworkFormatException">A line is malformed (too many fields, a weight that is not a number).</exception>
    /// <exception cref="NetworkValidationException">A weight is negative (every such line is listed).</exception>
    public static StakeholderNetwork Read(TextReader reader, string sourceName = "<stream>")
    {
        var builder = StakeholderNetworkBuilder.ForReading();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in Rows(reader, sourceName))
        {
            AddVertex(row.Source, row.Line);
            if (row.Target is null)
            {
                continue;
            }

            AddVertex(row.Target, row.Line);
            builder.AddTie(new Tie(row.Source, row.Target, DefaultTieType) { Strength = row.Weight ?? 1.0 }, Where(row.Line, row.WeightColumn));
        }

        return builder.Build();

        void AddVertex(string id, int line)
        {
            if (seen.Add(id))
            {
                builder.AddStakeholder(new Stakeholder(id, id, VertexKind), Where(line, 1));
            }
        }

        string Where(int line, int column) => NetworkFormatException.Location(sourceName, line, column);
    }

    /// <summary>Reads an edge list file straight into an analysis graph, without the stakeholder model.</summary>
    /// <param name="path">The file.</param>
    /// <param name="directed">Whether <c>u v</c> is an arc from u to v.</param>
    /// <param name="weightMeaning">What the third column means for path measures.</param>
    /// <param name="parallelEdges">How repeated pairs merge (NetworkX keeps the last weight: <see cref="ParallelEdgePolicy.Last"/>).</param>
    /// <remarks>The graph is weighted when any line has a third column. Vertex ids keep the order of first mention.</remarks>
    public static CsrGraph ReadGraph(string path, bool directed = false, WeightMeaning weightMeaning = WeightMeaning.Strength, ParallelEdgePolicy parallelEdges = ParallelEdgePolicy.Sum)
    {
        // The byte-level reader of the plain-graph fast path; a file it declines is read line by line below, which
        // reports its problems with their positions.
        if (PlainGraphSource.TryRead(path, NetworkFormat.EdgeList) is { } plain)
        {
            return plain.ToGraph(directed, plain.Weights is not null, weightMeaning, parallelEdges);
        }

        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return ReadGraph(reader, path, directed, weightMeaning, parallelEdges);
    }

    /// <summary>Reads an edge list straight into an analysis graph (see <see cref="ReadGraph(string, bool, WeightMeaning, ParallelEdgePolicy)"/>).</summary>
    public static CsrGraph ReadGraph(TextReader reader, string sourceName, bool directed = false, WeightMeaning weightMeaning = WeightMeaning.Strength, ParallelEdgePolicy parallelEdges = ParallelEdgePolicy.Sum)
    {
        var rows = Rows(reader, sourceName).ToList();
        var builder = new CsrGraphBuilder
        {
            Directed = directed,
            Weighted = rows.Any(r => r.Weight is not null),
            WeightMeaning = weightMeaning,
            ParallelEdges = parallelEdges,
        };
        foreach (var row in rows)
        {
            var u = builder.AddVertex(row.Source);
            if (row.Target is not null)
            {
                var v = builder.AddVertex(row.Target);
                builder.AddEdge(u, v, row.Weight ?? 1.0);
            }
        }

        return builder.Build();
    }

    /// <summary>Writes a network as an edge list file, atomically.</summary>
    /// <exception cref="NetworkFormatException">An id cannot be written in this format.</exception>
    public static void Write(StakeholderNetwork network, string path)
    {
        ArgumentNullException.ThrowIfNull(network);
        Check(network, path);
        AtomicFile.Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true);
            Write(network, writer, path);
        });
    }

    /// <summary>Writes a network as an edge list.</summary>
    /// <exception cref="NetworkFormatException">An id cannot be written in this format.</exception>
    public static void Write(StakeholderNetwork network, TextWriter writer, string targetName = "<stream>")
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(writer);
        Check(network, targetName);
        writer.NewLine = "\n";
        var weighted = network.Ties.Any(t => t.Strength != 1.0);
        var linked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in network.Ties)
        {
            linked.Add(t.Source);
            linked.Add(t.Target);
        }

        foreach (var s in network.Stakeholders)
        {
            if (!linked.Contains(s.Id))
            {
                writer.WriteLine(NodeDirective + s.Id);
            }
        }

        foreach (var t in network.Ties)
        {
            writer.WriteLine(weighted
                ? string.Create(CultureInfo.InvariantCulture, $"{t.Source} {t.Target} {t.Strength:R}")
                : $"{t.Source} {t.Target}");
        }
    }

    private static void Check(StakeholderNetwork network, string targetName)
    {
        foreach (var s in network.Stakeholders)
        {
            if (s.Id.Length == 0 || s.Id.Contains('#', StringComparison.Ordinal) || s.Id.Any(char.IsWhiteSpace))
            {
                throw new NetworkFormatException(targetName, 0, 0,
                    $"stakeholder id '{s.Id}' is empty or contains '#' or whitespace, which an edge list cannot hold; use another format");
            }
        }
    }

    private readonly record struct Row(string Source, string? Target, double? Weight, int Line, int WeightColumn);

    private static IEnumerable<Row> Rows(TextReader reader, string sourceName)
    {
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.StartsWith(NodeDirective, StringComparison.Ordinal))
            {
                var id = line[NodeDirective.Length..].Trim();
                if (id.Length > 0)
                {
                    yield return new Row(id, null, null, lineNumber, 1);
                }

                continue;
            }

            var hash = line.IndexOf('#', StringComparison.Ordinal);
            var content = hash >= 0 ? line[..hash] : line;
            var fields = Fields(content);
            if (fields.Count == 0)
            {
                continue;
            }

            if (fields.Count == 1)
            {
                throw new NetworkFormatException(sourceName, lineNumber, fields[0].Column + fields[0].Text.Length,
                    $"expected 'source target [weight]', found only '{fields[0].Text}'");
            }

            if (fields.Count > 3)
            {
                throw new NetworkFormatException(sourceName, lineNumber, fields[3].Column,
                    $"expected 'source target [weight]', found {fields.Count} fields");
            }

            double? weight = null;
            if (fields.Count == 3)
            {
                if (!double.TryParse(fields[2].Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var w) || !double.IsFinite(w))
                {
                    throw new NetworkFormatException(sourceName, lineNumber, fields[2].Column, $"weight '{fields[2].Text}' is not a finite number");
                }

                weight = w;
            }

            yield return new Row(fields[0].Text, fields[1].Text, weight, lineNumber, fields.Count == 3 ? fields[2].Column : 1);
        }
    }

    private static List<(string Text, int Column)> Fields(string content)
    {
        var fields = new List<(string, int)>(3);
        var i = 0;
        while (i < content.Length)
        {
            while (i < content.Length && char.IsWhiteSpace(content[i]))
            {
                i++;
            }

            var start = i;
            while (i < content.Length && !char.IsWhiteSpace(content[i]))
            {
                i++;
            }

            if (i > start)
            {
                fields.Add((content[start..i], start + 1));
            }
        }

        return fields;
    }
}
