using System.Globalization;
using System.Text;
using System.Xml;
using Stakeholders.Network.Graphs;
using Stakeholders.Network.Model;

namespace Stakeholders.Network.IO;

/// <summary>
/// The fast path for plain graphs: an edge list, a Pajek file, or a GraphML file without any data keys, read straight into
/// vertex ids and edge arrays, without the per-tie objects, locations and validation of the stakeholder model.
/// </summary>
/// <remarks>
/// <para>The fast readers accept only files they can read exactly as the full readers would; on anything else (a
/// problem, a data key, an encoding or whitespace they do not handle) they give up and return null, and the caller reads
/// the file with the full reader, which reports every problem with its file, line and column. So positions cost nothing
/// on valid input and stay exact on invalid input.</para>
/// <para><see cref="ToGraph(ProjectionOptions)"/> gives the same <see cref="CsrGraph"/> as <see cref="NetworkProjection.Project"/> of the
/// full model with the same options (vertices in stakeholder order, ties in file order, parallel ties summed).</para>
/// </remarks>
internal sealed partial class PlainGraphSource
{
    private static readonly bool[] AsciiWhiteSpace = BuildWhiteSpaceTable();

    private PlainGraphSource(string[] ids, int[] sources, int[] targets, double[]? weights, int edgeCount)
    {
        Ids = ids;
        Sources = sources;
        Targets = targets;
        Weights = weights;
        EdgeCount = edgeCount;
    }

    /// <summary>Vertex ids in stakeholder order.</summary>
    public string[] Ids { get; }

    /// <summary>Edge sources (vertex numbers), in file order; the first <see cref="EdgeCount"/> entries are used.</summary>
    public int[] Sources { get; }

    /// <summary>Edge targets.</summary>
    public int[] Targets { get; }

    /// <summary>Edge weights (tie strengths), or null when no edge has one (every strength is 1).</summary>
    public double[]? Weights { get; }

    /// <summary>The number of edges (ties) read.</summary>
    public int EdgeCount { get; }

    /// <summary>Whether a projection with these options can be built without the stakeholder model: no filter on
    /// tie types, kinds, dates or evidence, isolated vertices kept.</summary>
    public static bool Supports(ProjectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.TieTypes is null && options.Kinds is null && options.AsOf is null && options.From is null && options.To is null
            && options.MinimumEvidence == 0 && options.KeepIsolated;
    }

    /// <summary>Reads a plain graph file in the given format, or returns null when the fast path cannot read it exactly.</summary>
    /// <param name="path">The file.</param>
    /// <param name="format">Its format; edge lists, Pajek and GraphML have a fast path.</param>
    /// <param name="limits">The reader limits (null: the defaults); a file beyond one is left to the full reader, which names the limit.</param>
    public static PlainGraphSource? TryRead(string path, NetworkFormat format, NetworkReadOptions? limits = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        limits ??= ReadScope.Current;
        if (!File.Exists(path))
        {
            return null;
        }

        var plain = format switch
        {
            NetworkFormat.EdgeList => TryReadEdgeList(File.ReadAllBytes(path)),
            NetworkFormat.Pajek => TryReadPajek(File.ReadAllBytes(path), limits.MaxStakeholders),
            NetworkFormat.GraphML => limits.MaxDepth > 3 ? (DeclaresKeys(path) ? null : ScanGraphMLFile(path) ?? TryReadGraphML(path)) : null,
            _ => null,
        };
        return plain is null || plain.Ids.Length > limits.MaxStakeholders || plain.EdgeCount > limits.MaxTies
            || plain.Ids.Any(id => id.Length > limits.MaxStringLength)
            ? null
            : plain;
    }

    // The byte scanner reads the file a chunk at a time (see TryScanGraphML), so its bytes are never all held at once.
    private static PlainGraphSource? ScanGraphMLFile(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        return TryScanGraphML(stream);
    }

    /// <summary>The graph <see cref="NetworkProjection.Project"/> would build from the full model with these options.</summary>
    /// <exception cref="ArgumentException">The options need the model (see <see cref="Supports"/>) or are invalid.</exception>
    public CsrGraph ToGraph(ProjectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (!Supports(options))
        {
            throw new ArgumentException("These projection options filter ties or stakeholders; read the full network and project it.", nameof(options));
        }

        // Confidence is 1 for every tie of a plain graph, so strength × confidence is the strength.
        var strengthMatters = options.WeightSource is WeightSource.Strength or WeightSource.StrengthTimesConfidence;
        return Build(options.Directed, options.WeightSource != WeightSource.None, strengthMatters, options.WeightMeaning, ParallelEdgePolicy.Sum);
    }

    /// <summary>The graph with the weights as read (1 where a line has none), as <see cref="EdgeListFormat.ReadGraph(string, bool, WeightMeaning, ParallelEdgePolicy)"/> builds it.</summary>
    public CsrGraph ToGraph(bool directed, bool weighted, WeightMeaning weightMeaning, ParallelEdgePolicy parallelEdges) =>
        Build(directed, weighted, useWeights: true, weightMeaning, parallelEdges);

    // The ids are distinct and the edges checked as they were read, so the arrays go to the CSR build as they are.
    private CsrGraph Build(bool directed, bool weighted, bool useWeights, WeightMeaning weightMeaning, ParallelEdgePolicy parallelEdges) =>
        CsrGraphBuilder.Build(Ids, Sources, Targets, useWeights ? Weights : null, EdgeCount, directed, weighted, weightMeaning, parallelEdges, indexById: null);

    /// <summary>Reads the bytes of an edge list (see <see cref="EdgeListFormat"/>).</summary>
    internal static PlainGraphSource? TryReadEdgeList(ReadOnlySpan<byte> text)
    {
        if (text.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            text = text[3..];
        }
        else if (text.Length >= 2 && ((text[0] == 0xFE && text[1] == 0xFF) || (text[0] == 0xFF && text[1] == 0xFE)))
        {
            return null; // UTF-16 or UTF-32: the full reader decodes it.
        }

        var ids = new Utf8IdTable();
        var edges = new EdgeArrays();
        var directive = "#! node "u8;
        Span<Range> fields = stackalloc Range[4];
        while (text.Length > 0)
        {
            // The common line, two plain numbers ("12 345"), read in one pass; any other line takes the general path below.
            var pair = NumericPair(text, out var first, out var second);
            if (pair > 0)
            {
                edges.Add(ids.GetOrAdd(first), ids.GetOrAdd(second));
                text = text[pair..];
                continue;
            }

            var end = text.IndexOfAny((byte)'\n', (byte)'\r');
            var line = end < 0 ? text : text[..end];
            text = end < 0 ? [] : text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? text[(end + 2)..] : text[(end + 1)..];
            if (MayHoldUnicodeWhiteSpace(line))
            {
                return null;
            }

            if (line.StartsWith(directive))
            {
                var id = Trim(line[directive.Length..]);
                if (id.Length > 0)
                {
                    ids.GetOrAdd(id);
                }

                continue;
            }

            var hash = line.IndexOf((byte)'#');
            var content = hash >= 0 ? line[..hash] : line;
            var count = Split(content, fields);
            if (count == 0)
            {
                continue;
            }

            if (count is 1 or > 3)
            {
                return null;
            }

            var u = ids.GetOrAdd(content[fields[0]]);
            var v = ids.GetOrAdd(content[fields[1]]);
            if (count == 3)
            {
                if (!double.TryParse(content[fields[2]], NumberStyles.Float, CultureInfo.InvariantCulture, out var w) || !double.IsFinite(w) || w < 0)
                {
                    return null;
                }

                edges.Add(u, v, w);
            }
            else
            {
                edges.Add(u, v);
            }
        }

        return new PlainGraphSource(ids.ToStrings(), edges.Sources, edges.Targets, edges.Weights, edges.Count);
    }

    /// <summary>
    /// The length of a leading line that is two runs of ASCII digits separated by spaces or tabs, with nothing else, up to
    /// and including its line break (\n, \r\n or \r) or the end of the text; 0 for any other line. Such a line is an edge
    /// between the two ids exactly as the general line path reads it.
    /// </summary>
    private static int NumericPair(ReadOnlySpan<byte> text, out ReadOnlySpan<byte> first, out ReadOnlySpan<byte> second)
    {
        first = second = default;
        var i = 0;
        while (i < text.Length && (uint)(text[i] - '0') <= 9)
        {
            i++;
        }

        if (i == 0 || i == text.Length || text[i] is not ((byte)' ' or (byte)'\t'))
        {
            return 0;
        }

        first = text[..i];
        while (i < text.Length && text[i] is (byte)' ' or (byte)'\t')
        {
            i++;
        }

        var start = i;
        while (i < text.Length && (uint)(text[i] - '0') <= 9)
        {
            i++;
        }

        if (i == start)
        {
            return 0;
        }

        second = text[start..i];
        if (i == text.Length)
        {
            return i;
        }

        return text[i] == '\n' ? i + 1
            : text[i] != '\r' ? 0
            : i + 1 < text.Length && text[i + 1] == '\n' ? i + 2 : i + 1;
    }

    /// <summary>
    /// Reads the bytes of a Pajek file (see <see cref="PajekFormat"/>) as its full reader would: <c>%</c> comments,
    /// <c>*Vertices n</c> with <c>k "label"</c> lines (an unlisted vertex is named by its number), <c>*Arcs</c> /
    /// <c>*Edges</c> (<c>u v [weight]</c>) and <c>*Arcslist</c> / <c>*Edgeslist</c> sections, case-insensitive section
    /// names. Declines (null) any problem the full reader reports, a <c>*Network</c> title (the model keeps it), and any
    /// byte outside ASCII (the full reader decodes it and knows Unicode white space).
    /// </summary>
    internal static PlainGraphSource? TryReadPajek(ReadOnlySpan<byte> text, int maxStakeholders = int.MaxValue)
    {
        if (text.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            text = text[3..];
        }

        if (text.IndexOfAnyInRange((byte)0x80, (byte)0xFF) >= 0)
        {
            return null;
        }

        var declared = -1;
        string?[] labels = [];
        var section = PajekSection.None;
        var edges = new EdgeArrays();
        while (text.Length > 0)
        {
            // The common tie line, two vertex numbers ("12 345"), read in one pass; any other line takes the general path.
            if (section == PajekSection.Ties && NumericPair(text, out var tailField, out var headField) is > 0 and var pair)
            {
                int u = VertexNumber(tailField, declared), v = VertexNumber(headField, declared);
                if (u > 0 && v > 0)
                {
                    edges.Add(u - 1, v - 1);
                    text = text[pair..];
                    continue;
                }
            }

            var end = text.IndexOfAny((byte)'\n', (byte)'\r');
            var line = Trim(end < 0 ? text : text[..end]);
            text = end < 0 ? [] : text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? text[(end + 2)..] : text[(end + 1)..];
            if (line.Length == 0 || line[0] == '%')
            {
                continue;
            }

            if (line[0] == '*')
            {
                var split = IndexOfWhiteSpace(line);
                var head = split < 0 ? line : line[..split];
                var rest = split < 0 ? [] : Trim(line[split..]);
                section = SectionOf(head);
                switch (section)
                {
                    case PajekSection.Network when rest.Length == 0:
                        break;
                    case PajekSection.Vertices when declared < 0:
                        var countEnd = IndexOfWhiteSpace(rest);
                        if (!int.TryParse(countEnd < 0 ? rest : rest[..countEnd], NumberStyles.None, CultureInfo.InvariantCulture, out declared) || declared > maxStakeholders)
                        {
                            return null;
                        }

                        labels = new string?[declared];
                        break;
                    case PajekSection.Ties or PajekSection.TieLists when declared >= 0:
                        break;
                    default:
                        return null; // a title, a second *Vertices, *Matrix, an unknown section, ties before *Vertices
                }

                continue;
            }

            if (declared < 0 || (line.Contains((byte)'"') && !QuotesClosed(line)))
            {
                return null; // data before *Vertices, or an unclosed quoted label anywhere on the line
            }

            if (section == PajekSection.Vertices)
            {
                var k = NextField(ref line, out var first, out var firstQuoted) && firstQuoted is null ? VertexNumber(first, declared) : 0;
                if (k == 0 || labels[k - 1] is not null)
                {
                    return null; // not a vertex number, or a vertex listed twice
                }

                labels[k - 1] = !NextField(ref line, out var label, out var quotedLabel) ? k.ToString(CultureInfo.InvariantCulture)
                    : quotedLabel ?? Encoding.ASCII.GetString(label);

                continue;
            }

            var from = NextField(ref line, out var fromField, out var fromQuoted) && fromQuoted is null ? VertexNumber(fromField, declared) : 0;
            if (from == 0)
            {
                return null;
            }

            if (section == PajekSection.TieLists)
            {
                while (NextField(ref line, out var field, out var fieldQuoted))
                {
                    var to = fieldQuoted is null ? VertexNumber(field, declared) : 0;
                    if (to == 0)
                    {
                        return null;
                    }

                    edges.Add(from - 1, to - 1);
                }

                continue;
            }

            var target = NextField(ref line, out var toField, out var toQuoted) && toQuoted is null ? VertexNumber(toField, declared) : 0;
            if (target == 0)
            {
                return null;
            }

            if (NextField(ref line, out var weightField, out var weightQuoted))
            {
                if (weightQuoted is not null
                    || !double.TryParse(weightField, NumberStyles.Float, CultureInfo.InvariantCulture, out var weight) || !double.IsFinite(weight) || weight < 0)
                {
                    return null;
                }

                edges.Add(from - 1, target - 1, weight);
            }
            else
            {
                edges.Add(from - 1, target - 1);
            }
        }

        if (declared < 0)
        {
            return null;
        }

        var ids = new string[declared];
        // With no vertex listed, the ids are the numbers 1..n: distinct and not blank, nothing to check.
        var seen = Array.TrueForAll(labels, label => label is null) ? null : new HashSet<string>(declared, StringComparer.Ordinal);
        for (var k = 0; k < declared; k++)
        {
            var id = labels[k] ?? (k + 1).ToString(CultureInfo.InvariantCulture);
            if (seen is not null && (string.IsNullOrWhiteSpace(id) || !seen.Add(id)))
            {
                return null; // a blank or duplicate label: a validation problem for the full reader
            }

            ids[k] = id;
        }

        return new PlainGraphSource(ids, edges.Sources, edges.Targets, edges.Weights, edges.Count);

        static bool QuotesClosed(ReadOnlySpan<byte> rest)
        {
            while (NextField(ref rest, out _, out _))
            {
            }

            return rest.IsEmpty;
        }
    }

    private static int IndexOfWhiteSpace(ReadOnlySpan<byte> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsWhiteSpace(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private enum PajekSection
    {
        None,
        Network,
        Vertices,
        Ties,
        TieLists,
        Other,
    }

    private static PajekSection SectionOf(ReadOnlySpan<byte> head) =>
        Ascii.EqualsIgnoreCase(head, "*network"u8) ? PajekSection.Network
        : Ascii.EqualsIgnoreCase(head, "*vertices"u8) ? PajekSection.Vertices
        : Ascii.EqualsIgnoreCase(head, "*arcs"u8) || Ascii.EqualsIgnoreCase(head, "*edges"u8) ? PajekSection.Ties
        : Ascii.EqualsIgnoreCase(head, "*arcslist"u8) || Ascii.EqualsIgnoreCase(head, "*edgeslist"u8) ? PajekSection.TieLists
        : PajekSection.Other;

    /// <summary>A vertex number between 1 and <paramref name="count"/> (digits only), or 0.</summary>
    private static int VertexNumber(ReadOnlySpan<byte> text, int count) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var k) && k >= 1 && k <= count ? k : 0;

    /// <summary>
    /// Takes the next Pajek field off the (trimmed, ASCII) line: a bare run of non-white-space bytes, or a double-quoted
    /// label in which a backslash takes the next byte literally (<see cref="PajekFormat"/>). False at the end of the line,
    /// and on an unclosed quote, which leaves the line as it was (not empty).
    /// </summary>
    private static bool NextField(ref ReadOnlySpan<byte> line, out ReadOnlySpan<byte> text, out string? quoted)
    {
        var i = 0;
        while (i < line.Length && IsWhiteSpace(line[i]))
        {
            i++;
        }

        line = line[i..];
        text = default;
        quoted = null;
        if (line.Length == 0)
        {
            return false;
        }

        if (line[0] != '"')
        {
            var end = 0;
            while (end < line.Length && !IsWhiteSpace(line[end]))
            {
                end++;
            }

            text = line[..end];
            line = line[end..];
            return true;
        }

        var label = new StringBuilder();
        var j = 1;
        while (j < line.Length && line[j] != '"')
        {
            if (line[j] == '\\' && j + 1 < line.Length)
            {
                j++;
            }

            label.Append((char)line[j]);
            j++;
        }

        if (j >= line.Length)
        {
            return false;
        }

        text = line[1..j];
        quoted = label.ToString();
        line = line[(j + 1)..];
        return true;
    }

    /// <summary>
    /// Whether the head of a GraphML file declares a key (keys precede the graph): such a file has data, which only the
    /// full reader reads, so the fast path does not load its bytes at all.
    /// </summary>
    private static bool DeclaresKeys(string path)
    {
        Span<byte> head = stackalloc byte[8192];
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.None);
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        head = head[..read];
        var key = head.IndexOf("<key"u8);
        if (key < 0)
        {
            return false;
        }

        var graph = head.IndexOf("<graph "u8);
        var bare = head.IndexOf("<graph>"u8);
        graph = graph < 0 ? bare : bare < 0 ? graph : Math.Min(graph, bare);
        return graph < 0 || key < graph;
    }

    /// <summary>Reads a GraphML file that declares no keys (as igraph and NetworkX write a graph without attributes).</summary>
    internal static PlainGraphSource? TryReadGraphML(string path)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = true,
        };
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            using var reader = XmlReader.Create(stream, settings);
            if (reader.MoveToContent() != XmlNodeType.Element || reader.LocalName != "graphml")
            {
                return null;
            }

            var ids = new Utf8IdTable();
            var declared = new List<int>();
            var isDeclared = new List<bool>();
            var edgeIds = new HashSet<string>(StringComparer.Ordinal);
            var edges = new EdgeArrays();
            var graphs = 0;
            var rootDepth = reader.Depth;
            Span<byte> scratch = stackalloc byte[256];
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                var depth = reader.Depth - rootDepth;
                switch (reader.LocalName)
                {
                    case "graph" when depth == 1 && graphs++ == 0:
                        break;
                    case "node" when depth == 2:
                    {
                        var id = reader.GetAttribute("id");
                        if (string.IsNullOrWhiteSpace(id) || !reader.IsEmptyElement && HasChildElements(reader))
                        {
                            return null;
                        }

                        var v = ids.GetOrAdd(Utf8(id, ref scratch));
                        Mark(isDeclared, v);
                        if (isDeclared[v])
                        {
                            return null; // a duplicate id: the full reader reports it
                        }

                        isDeclared[v] = true;
                        declared.Add(v);
                        break;
                    }

                    case "edge" when depth == 2:
                    {
                        var source = reader.GetAttribute("source");
                        var target = reader.GetAttribute("target");
                        var edgeId = reader.GetAttribute("id");
                        if (source is null || target is null || (edgeId is not null && (string.IsNullOrWhiteSpace(edgeId) || !edgeIds.Add(edgeId)))
                            || (!reader.IsEmptyElement && HasChildElements(reader)))
                        {
                            return null;
                        }

                        edges.Add(ids.GetOrAdd(Utf8(source, ref scratch)), ids.GetOrAdd(Utf8(target, ref scratch)));
                        break;
                    }

                    default:
                        // keys, data, hyperedges, nested or second graphs: the full reader handles them.
                        return null;
                }
            }

            if (graphs == 0 || declared.Count != ids.Count)
            {
                return null; // no graph, or an edge names an undeclared node
            }

            return FromDeclared(ids, declared, edges);
        }
        catch (XmlException)
        {
            return null;
        }
    }

    // Vertices in declaration order, as the full reader adds stakeholders; edges renumbered to match.
    private static PlainGraphSource FromDeclared(Utf8IdTable ids, List<int> declared, EdgeArrays edges)
    {
        var names = ids.ToStrings();
        var vertexOf = new int[ids.Count];
        var orderedIds = new string[ids.Count];
        for (var k = 0; k < declared.Count; k++)
        {
            vertexOf[declared[k]] = k;
            orderedIds[k] = names[declared[k]];
        }

        for (var e = 0; e < edges.Count; e++)
        {
            edges.Sources[e] = vertexOf[edges.Sources[e]];
            edges.Targets[e] = vertexOf[edges.Targets[e]];
        }

        return new PlainGraphSource(orderedIds, edges.Sources, edges.Targets, null, edges.Count);
    }

    private static void Mark(List<bool> flags, int index)
    {
        while (flags.Count <= index)
        {
            flags.Add(false);
        }
    }

    /// <summary>Whether a non-empty element has element children (consumes its content up to the end tag).</summary>
    private static bool HasChildElements(XmlReader reader)
    {
        var depth = reader.Depth;
        while (reader.Read() && reader.Depth > depth)
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                return true;
            }
        }

        return false;
    }

    private static ReadOnlySpan<byte> Utf8(string text, ref Span<byte> scratch)
    {
        var max = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (max > scratch.Length)
        {
            scratch = new byte[max];
        }

        return scratch[..Encoding.UTF8.GetBytes(text, scratch)];
    }

    /// <summary>Whether a line may hold a whitespace character outside ASCII (U+0085, U+00A0, U+1680, U+2000–U+205F,
    /// U+3000), which the full reader splits on; such lines go to the full reader.</summary>
    private static bool MayHoldUnicodeWhiteSpace(ReadOnlySpan<byte> line)
    {
        var i = line.IndexOfAnyInRange((byte)0xC2, (byte)0xE3);
        while (i >= 0 && i + 1 < line.Length)
        {
            var (lead, next) = (line[i], line[i + 1]);
            if ((lead == 0xC2 && next is 0x85 or 0xA0) || (lead == 0xE1 && next == 0x9A) || (lead == 0xE2 && next is 0x80 or 0x81) || (lead == 0xE3 && next == 0x80))
            {
                return true;
            }

            var rest = line[(i + 1)..].IndexOfAnyInRange((byte)0xC2, (byte)0xE3);
            i = rest < 0 ? -1 : i + 1 + rest;
        }

        return false;
    }

    private static int Split(ReadOnlySpan<byte> content, Span<Range> fields)
    {
        var count = 0;
        var i = 0;
        while (i < content.Length)
        {
            while (i < content.Length && IsWhiteSpace(content[i]))
            {
                i++;
            }

            var start = i;
            while (i < content.Length && !IsWhiteSpace(content[i]))
            {
                i++;
            }

            if (i > start)
            {
                if (count == fields.Length)
                {
                    return count + 1;
                }

                fields[count++] = new Range(start, i);
            }
        }

        return count;
    }

    private static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return text[start..end];
    }

    private static bool IsWhiteSpace(byte b) => b < 0x80 && AsciiWhiteSpace[b];

    private static bool[] BuildWhiteSpaceTable()
    {
        var table = new bool[0x80];
        for (var c = 0; c < table.Length; c++)
        {
            table[c] = char.IsWhiteSpace((char)c);
        }

        return table;
    }

    /// <summary>Growable edge arrays; weights appear when the first weighted edge does (earlier edges weigh 1).</summary>
    private sealed class EdgeArrays
    {
        public int[] Sources = new int[1024];
        public int[] Targets = new int[1024];
        public double[]? Weights;
        public int Count;

        public void Add(int u, int v)
        {
            Grow();
            Sources[Count] = u;
            Targets[Count] = v;
            if (Weights is not null)
            {
                Weights[Count] = 1.0;
            }

            Count++;
        }

        public void Add(int u, int v, double w)
        {
            if (Weights is null)
            {
                Weights = new double[Sources.Length];
                Weights.AsSpan(0, Count).Fill(1.0);
            }

            Grow();
            Sources[Count] = u;
            Targets[Count] = v;
            Weights[Count] = w;
            Count++;
        }

        private void Grow()
        {
            if (Count < Sources.Length)
            {
                return;
            }

            var size = Sources.Length * 2;
            Array.Resize(ref Sources, size);
            Array.Resize(ref Targets, size);
            if (Weights is not null)
            {
                Array.Resize(ref Weights, size);
            }
        }
    }
}

/// <summary>
/// Interns ids given as UTF-8 bytes: an open-addressing hash table over one byte arena, so looking up an id that is
/// already known allocates nothing, and strings are made once per distinct id at the end. Ids written as plain
/// non-negative integers below 2^22 (no sign, no leading zero) skip the hash: a direct array maps their value.
/// </summary>
internal sealed class Utf8IdTable
{
    private const int NumericLimit = 1 << 22;
    private byte[] _arena = new byte[1 << 16];
    private int _arenaLength;
    private long[] _spans = new long[256]; // start << 32 | length, by id
    private long[] _buckets = new long[512]; // hash << 32 | (id + 1); 0 is empty
    private int[] _numeric = new int[1024]; // value -> id + 1; 0 is unknown

    /// <summary>The number of distinct ids.</summary>
    public int Count { get; private set; }

    /// <summary>The number of an id, added when new (numbers in order of first sight).</summary>
    public int GetOrAdd(ReadOnlySpan<byte> key)
    {
        if (TryNumeric(key, out var value))
        {
            if (value >= _numeric.Length)
            {
                Array.Resize(ref _numeric, Math.Min(NumericLimit, Math.Max(value + 1, _numeric.Length * 2)));
            }

            ref var slot = ref _numeric[value];
            if (slot == 0)
            {
                slot = Append(key) + 1;
            }

            return slot - 1;
        }

        var hash = HashOf(key);
        var mask = _buckets.Length - 1;
        for (var b = hash & mask; ; b = (b + 1) & mask)
        {
            var entry = _buckets[b];
            if (entry == 0)
            {
                var id = Append(key);
                _buckets[b] = ((long)hash << 32) | (uint)(id + 1);
                if (Count * 2 > _buckets.Length)
                {
                    Rehash();
                }

                return id;
            }

            if ((int)(entry >> 32) == hash)
            {
                var found = (int)(uint)entry - 1;
                var span = _spans[found];
                if (_arena.AsSpan((int)(span >> 32), (int)(uint)span).SequenceEqual(key))
                {
                    return found;
                }
            }
        }
    }

    /// <summary>The ids as strings, by number.</summary>
    public string[] ToStrings()
    {
        var result = new string[Count];
        for (var i = 0; i < Count; i++)
        {
            var span = _spans[i];
            result[i] = Encoding.UTF8.GetString(_arena, (int)(span >> 32), (int)(uint)span);
        }

        return result;
    }

    private static bool TryNumeric(ReadOnlySpan<byte> key, out int value)
    {
        value = 0;
        if (key.Length is 0 or > 7 || (key[0] == '0' && key.Length > 1))
        {
            return false;
        }

        foreach (var b in key)
        {
            var digit = b - '0';
            if ((uint)digit > 9)
            {
                return false;
            }

            value = (value * 10) + digit;
        }

        return value < NumericLimit;
    }

    private static int HashOf(ReadOnlySpan<byte> key)
    {
        var h = default(HashCode);
        h.AddBytes(key);
        return h.ToHashCode() & int.MaxValue;
    }

    private int Append(ReadOnlySpan<byte> key)
    {
        if (_arenaLength + key.Length > _arena.Length)
        {
            Array.Resize(ref _arena, Math.Max(_arena.Length * 2, _arenaLength + key.Length));
        }

        if (Count == _spans.Length)
        {
            Array.Resize(ref _spans, Count * 2);
        }

        var id = Count++;
        key.CopyTo(_arena.AsSpan(_arenaLength));
        _spans[id] = ((long)_arenaLength << 32) | (uint)key.Length;
        _arenaLength += key.Length;
        return id;
    }

    private void Rehash()
    {
        var old = _buckets;
        _buckets = new long[old.Length * 2];
        var mask = _buckets.Length - 1;
        foreach (var entry in old)
        {
            if (entry == 0)
            {
                continue;
            }

            var b = (int)(entry >> 32) & mask;
            while (_buckets[b] != 0)
            {
                b = (b + 1) & mask;
            }

            _buckets[b] = entry;
        }
    }
}
