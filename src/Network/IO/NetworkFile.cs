using Stakeholders.Network.Graphs;
using Stakeholders.Network.Model;

namespace Stakeholders.Network.IO;

/// <summary>
/// The one door to every file format: reads any supported file into a <see cref="StakeholderNetwork"/> and writes a
/// network to any supported format, choosing the format from the file's extension unless told.
/// </summary>
/// <remarks>
/// Reading throws <see cref="NetworkFormatException"/> for a file that cannot be parsed (with file, line and column)
/// and <see cref="NetworkValidationException"/> listing every problem of a file that parses but is not a valid network.
/// Writing is atomic: a failure never leaves a half-written target (see <see cref="AtomicFile"/>).
/// </remarks>
public static class NetworkFile
{
    /// <summary>Reads a network.</summary>
    /// <param name="path">The file (for CSV: <c>x.csv</c>, <c>x.nodes.csv</c> or <c>x.edges.csv</c>; see <see cref="CsvFormat"/>).</param>
    /// <param name="format">The format, or null to detect it from the extension.</param>
    /// <exception cref="ArgumentException">The format cannot be detected, or is write-only.</exception>
    public static StakeholderNetwork Read(string path, NetworkFormat? format = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var chosen = format ?? NetworkFormats.Detect(path);
        return chosen switch
        {
            NetworkFormat.Json => NativeJson.Read(path),
            NetworkFormat.Csv => CsvFormat.Read(path),
            NetworkFormat.GraphML => GraphMLFormat.Read(path),
            NetworkFormat.Gexf => GexfFormat.Read(path),
            NetworkFormat.EdgeList => EdgeListFormat.Read(path),
            NetworkFormat.NodeLink => NodeLinkFormat.Read(path),
            NetworkFormat.Pajek => PajekFormat.Read(path),
            _ => throw new ArgumentException($"The {chosen.ToName()} format can be written but not read.", nameof(format)),
        };
    }

    /// <summary>Reads a network under the given limits and strictness (see <see cref="NetworkReadOptions"/>).</summary>
    /// <param name="path">The file (for CSV: <c>x.csv</c>, <c>x.nodes.csv</c> or <c>x.edges.csv</c>; see <see cref="CsvFormat"/>).</param>
    /// <param name="format">The format, or null to detect it from the extension.</param>
    /// <param name="options">The reader limits, and whether recoverable problems are warnings instead of errors.</param>
    /// <exception cref="NetworkFormatException">The file cannot be parsed, or goes beyond a limit (the message names it and its CLI option).</exception>
    public static StakeholderNetwork Read(string path, NetworkFormat? format, NetworkReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        using var scope = ReadScope.Use(options);
        return Read(path, format);
    }

    /// <summary>Writes a network, atomically.</summary>
    /// <param name="network">The network.</param>
    /// <param name="path">The target (for CSV, <c>x.csv</c> writes <c>x.nodes.csv</c> and <c>x.edges.csv</c>).</param>
    /// <param name="format">The format, or null to detect it from the extension.</param>
    public static void Write(StakeholderNetwork network, string path, NetworkFormat? format = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentException.ThrowIfNullOrEmpty(path);
        var chosen = format ?? NetworkFormats.Detect(path);
        switch (chosen)
        {
            case NetworkFormat.Json:
                NativeJson.Write(network, path);
                break;
            case NetworkFormat.Csv:
                CsvFormat.Write(network, path);
                break;
            case NetworkFormat.GraphML:
                GraphMLFormat.Write(network, path);
                break;
            case NetworkFormat.Gexf:
                GexfFormat.Write(network, path);
                break;
            case NetworkFormat.EdgeList:
                EdgeListFormat.Write(network, path);
                break;
            case NetworkFormat.NodeLink:
                NodeLinkFormat.Write(network, path);
                break;
            case NetworkFormat.Pajek:
                PajekFormat.Write(network, path);
                break;
            case NetworkFormat.Dot:
                DotFormat.Write(network, path);
                break;
            case NetworkFormat.Cytoscape or NetworkFormat.Graphology:
                NetworkExport.Write(network, path, chosen);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), chosen, "Unknown network format.");
        }
    }

    /// <summary>
    /// Reads a plain graph file (an edge list, a Pajek file, or a GraphML file that declares no keys) straight into the graph that
    /// <c>NetworkProjection.Project(NetworkFile.Read(path), options)</c> would give, without building the stakeholder
    /// model; returns false when the file or the options need the model. The model stays available: read it with
    /// <see cref="Read(string, NetworkFormat?)"/>.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="options">The projection; filters on tie types, kinds, dates or evidence need the model.</param>
    /// <param name="graph">The graph, when the fast path applies.</param>
    /// <param name="format">The format, or null to detect it from the extension.</param>
    /// <remarks>A file with problems returns false, so that <see cref="Read(string, NetworkFormat?)"/> reports them with their file, line and column.</remarks>
    public static bool TryReadGraph(string path, ProjectionOptions options, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CsrGraph? graph, NetworkFormat? format = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(options);
        graph = null;
        if (!PlainGraphSource.Supports(options) || !NetworkFormats.TryDetect(path, out var detected) && format is null)
        {
            return false;
        }

        var plain = PlainGraphSource.TryRead(path, format ?? detected);
        graph = plain?.ToGraph(options);
        return graph is not null;
    }

    /// <summary>
    /// Reads a graph-only file (an edge list) straight into an analysis graph, keeping its ids and weights, without
    /// going through the stakeholder model.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="directed">Whether <c>u v</c> is an arc from u to v.</param>
    /// <param name="weightMeaning">What the weights mean for path measures.</param>
    /// <param name="format">The format, or null to detect it; only <see cref="NetworkFormat.EdgeList"/> is graph-only.</param>
    /// <exception cref="ArgumentException">The format is not graph-only: read it with <see cref="Read(string, NetworkFormat?)"/> and project the network.</exception>
    public static CsrGraph ReadGraph(string path, bool directed = false, WeightMeaning weightMeaning = WeightMeaning.Strength, NetworkFormat? format = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var chosen = format ?? NetworkFormats.Detect(path);
        if (chosen != NetworkFormat.EdgeList)
        {
            throw new ArgumentException(
                $"The {chosen.ToName()} format holds a stakeholder network, not a bare graph; read it with NetworkFile.Read and project it.", nameof(format));
        }

        return EdgeListFormat.ReadGraph(path, directed, weightMeaning);
    }
}
