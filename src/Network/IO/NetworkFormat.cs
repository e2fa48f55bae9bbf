namespace Stakeholders.Network.IO;

/// <summary>The file formats <see cref="NetworkFile"/> reads and writes. See <c>docs/formats.md</c> for each one.</summary>
public enum NetworkFormat
{
    /// <summary>The native, lossless JSON format (<c>.json</c>, name <c>json</c>).</summary>
    Json,

    /// <summary>A nodes sheet and an edges sheet (<c>x.csv</c> = <c>x.nodes.csv</c> + <c>x.edges.csv</c>, name <c>csv</c>).</summary>
    Csv,

    /// <summary>GraphML (<c>.graphml</c>, name <c>graphml</c>).</summary>
    GraphML,

    /// <summary>GEXF 1.3 (<c>.gexf</c>, name <c>gexf</c>).</summary>
    Gexf,

    /// <summary>A whitespace-separated edge list <c>u v [weight]</c> (<c>.edges</c>, <c>.edgelist</c>, <c>.txt</c>, name <c>edgelist</c>).</summary>
    EdgeList,

    /// <summary>Node-link JSON as NetworkX's <c>node_link_data</c> makes it (<c>.nodelink.json</c>, name <c>node-link</c>).</summary>
    NodeLink,

    /// <summary>Pajek (<c>.net</c>, name <c>pajek</c>).</summary>
    Pajek,

    /// <summary>Graphviz DOT (<c>.dot</c>, <c>.gv</c>, name <c>dot</c>); write only.</summary>
    Dot,

    /// <summary>Cytoscape.js elements JSON (<c>.cyjs</c>, name <c>cytoscape</c>); write only.</summary>
    Cytoscape,

    /// <summary>graphology's serialized graph JSON (<c>.graphology.json</c>, name <c>graphology</c>); write only.</summary>
    Graphology,
}

/// <summary>Names, file-extension detection and capabilities of <see cref="NetworkFormat"/> values.</summary>
public static class NetworkFormats
{
    private static readonly Dictionary<string, NetworkFormat> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["json"] = NetworkFormat.Json,
        ["native"] = NetworkFormat.Json,
        ["csv"] = NetworkFormat.Csv,
        ["graphml"] = NetworkFormat.GraphML,
        ["gexf"] = NetworkFormat.Gexf,
        ["edgelist"] = NetworkFormat.EdgeList,
        ["edge-list"] = NetworkFormat.EdgeList,
        ["edges"] = NetworkFormat.EdgeList,
        ["node-link"] = NetworkFormat.NodeLink,
        ["nodelink"] = NetworkFormat.NodeLink,
        ["pajek"] = NetworkFormat.Pajek,
        ["net"] = NetworkFormat.Pajek,
        ["dot"] = NetworkFormat.Dot,
        ["graphviz"] = NetworkFormat.Dot,
        ["cytoscape"] = NetworkFormat.Cytoscape,
        ["cytoscape.js"] = NetworkFormat.Cytoscape,
        ["cyjs"] = NetworkFormat.Cytoscape,
        ["graphology"] = NetworkFormat.Graphology,
    };

    /// <summary>The canonical names, as the CLI's <c>--format</c>, <c>--from</c> and <c>--to</c> take them.</summary>
    public static IReadOnlyList<string> Names { get; } = Enum.GetValues<NetworkFormat>().Select(f => f.ToName()).ToArray();

    /// <summary>The canonical name: <c>json</c>, <c>csv</c>, <c>graphml</c>, <c>gexf</c>, <c>edgelist</c>, <c>node-link</c>, <c>pajek</c>, <c>dot</c>, <c>cytoscape</c>, <c>graphology</c>.</summary>
    public static string ToName(this NetworkFormat format) => format switch
    {
        NetworkFormat.Json => "json",
        NetworkFormat.Csv => "csv",
        NetworkFormat.GraphML => "graphml",
        NetworkFormat.Gexf => "gexf",
        NetworkFormat.EdgeList => "edgelist",
        NetworkFormat.NodeLink => "node-link",
        NetworkFormat.Pajek => "pajek",
        NetworkFormat.Dot => "dot",
        NetworkFormat.Cytoscape => "cytoscape",
        NetworkFormat.Graphology => "graphology",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown network format."),
    };

    /// <summary>Parses a format name (case-insensitive; also <c>native</c>, <c>edges</c>, <c>edge-list</c>, <c>nodelink</c>, <c>net</c>, <c>graphviz</c>, <c>cyjs</c>).</summary>
    public static bool TryParse(string? name, out NetworkFormat format)
    {
        if (name is not null && ByName.TryGetValue(name.Trim(), out format))
        {
            return true;
        }

        format = default;
        return false;
    }

    /// <summary>Parses a format name.</summary>
    /// <exception cref="ArgumentException">The name is not a format; the message lists the names.</exception>
    public static NetworkFormat Parse(string name) =>
        TryParse(name, out var format)
            ? format
            : throw new ArgumentException($"Unknown format '{name}'; expected one of {string.Join(", ", Names)}.", nameof(name));

    /// <summary>Detects the format from a file name's extension (case-insensitive).</summary>
    /// <remarks>
    /// <c>.nodelink.json</c> and <c>.node-link.json</c> are node-link, <c>.graphology.json</c> graphology; any other
/// <c>.json</c> is native; <c>.cyjs</c> is Cytoscape.js.
    /// <c>.csv</c> (including <c>.nodes.csv</c>/<c>.edges.csv</c>) is CSV; <c>.edges</c>, <c>.edgelist</c> and <c>.txt</c>
    /// are edge lists; <c>.net</c> and <c>.paj</c> Pajek; <c>.dot</c> and <c>.gv</c> DOT.
    /// </remarks>
    public static bool TryDetect(string path, out NetworkFormat format)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = Path.GetFileName(path).ToLowerInvariant();
        format = default;
        if (name.EndsWith(".nodelink.json", StringComparison.Ordinal) || name.EndsWith(".node-link.json", StringComparison.Ordinal))
        {
            format = NetworkFormat.NodeLink;
            return true;
        }

        if (name.EndsWith(".graphology.json", StringComparison.Ordinal))
        {
            format = NetworkFormat.Graphology;
            return true;
        }

        switch (Path.GetExtension(name))
        {
            case ".json":
                format = NetworkFormat.Json;
                return true;
            case ".csv":
                format = NetworkFormat.Csv;
                return true;
            case ".graphml":
                format = NetworkFormat.GraphML;
                return true;
            case ".gexf":
                format = NetworkFormat.Gexf;
                return true;
            case ".edges" or ".edgelist" or ".txt":
                format = NetworkFormat.EdgeList;
                return true;
            case ".net" or ".paj":
                format = NetworkFormat.Pajek;
                return true;
            case ".dot" or ".gv":
                format = NetworkFormat.Dot;
                return true;
            case ".cyjs":
                format = NetworkFormat.Cytoscape;
                return true;
            default:
                return false;
        }
    }

    /// <summary>Detects the format from a file name's extension.</summary>
    /// <exception cref="ArgumentException">The extension is not known; the message says how to name the format.</exception>
    public static NetworkFormat Detect(string path) =>
        TryDetect(path, out var format)
            ? format
            : throw new ArgumentException(
                $"Cannot tell the format of '{path}' from its extension; name it with --format ({string.Join(", ", Names)}).", nameof(path));

    /// <summary>Whether <see cref="NetworkFile.Read(string, NetworkFormat?)"/> can read the format (DOT, Cytoscape.js and graphology are write-only).</summary>
    public static bool CanRead(this NetworkFormat format) => format is not (NetworkFormat.Dot or NetworkFormat.Cytoscape or NetworkFormat.Graphology);

    /// <summary>Whether <see cref="NetworkFile.Write"/> can write the format (all can).</summary>
    public static bool CanWrite(this NetworkFormat format) => Enum.IsDefined(format);

    /// <summary>Whether the format keeps everything in the model: native JSON, GraphML and node-link (see <c>docs/formats.md</c>).</summary>
    public static bool IsLossless(this NetworkFormat format) => format is NetworkFormat.Json or NetworkFormat.GraphML or NetworkFormat.NodeLink;
}
