using System.Text;
using Stakeholders.Network.Analysis;
using Stakeholders.Network.Graphs;
using Stakeholders.Network.Model;

namespace Stakeholders.Network.IO;

/// <summary>
/// Writes a network, or the part of it a projection analysed together with the analysis's scores and communities, in the
/// formats other tools and front-end libraries read: GraphML, GEXF, node-link JSON, Cytoscape.js and graphology.
/// </summary>
/// <remarks>
/// <para>Scores are typed numbers, never strings: GraphML keys of <c>attr.type="double"</c> (the community
/// <c>int</c>), GEXF attributes of type <c>double</c>/<c>integer</c>, JSON numbers. An undefined score (NaN, e.g. the
/// constraint of an isolate) is left out in GraphML and GEXF and written as <c>null</c> in JSON. The direction written is
/// the projection's, so NetworkX and igraph rebuild the graph that was analysed. Writing to a path is atomic.</para>
/// </remarks>
public static class NetworkExport
{
    /// <summary>The formats this class writes: GraphML, GEXF, node-link, Cytoscape.js and graphology.</summary>
    public static IReadOnlyList<NetworkFormat> Formats { get; } =
        [NetworkFormat.GraphML, NetworkFormat.Gexf, NetworkFormat.NodeLink, NetworkFormat.Cytoscape, NetworkFormat.Graphology];

    /// <summary>Whether <paramref name="format"/> is one of <see cref="Formats"/> (those that carry scores, positions and evidence).</summary>
    public static bool Supports(NetworkFormat format) => Formats.Contains(format);

    /// <summary>Writes a whole network with the given options, atomically.</summary>
    /// <param name="network">The network.</param>
    /// <param name="path">The target file.</param>
    /// <param name="format">The format, or null to detect it from the extension.</param>
    /// <param name="options">Direction, evidence, GEXF version, positions; the defaults when null.</param>
    /// <exception cref="ArgumentException">The format is not one of <see cref="Formats"/>.</exception>
    public static void Write(StakeholderNetwork network, string path, NetworkFormat? format = null, NetworkExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentException.ThrowIfNullOrEmpty(path);
        WriteFile(ExportView.Of(network, options), path, Choose(path, format));
    }

    /// <summary>
    /// Writes the stakeholders and ties a projection kept, in its direction, with every score of <paramref name="result"/>
    /// and its community as typed numeric node attributes, atomically.
    /// </summary>
    /// <param name="projection">The projection the analysis ran on (project the network with the options the analysis used).</param>
    /// <param name="result">The analysis of <paramref name="projection"/>'s graph, or null to write the projected network alone.</param>
    /// <param name="path">The target file.</param>
    /// <param name="format">The format, or null to detect it from the extension.</param>
    /// <param name="options">Evidence, GEXF version, positions (the direction is the projection's).</param>
    /// <exception cref="ArgumentException">The format is not one of <see cref="Formats"/>, or the result is of another graph.</exception>
    public static void Write(NetworkProjection projection, AnalysisResult? result, string path, NetworkFormat? format = null, NetworkExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(projection);
        ArgumentException.ThrowIfNullOrEmpty(path);
        var chosen = Choose(path, format);
        WriteFile(ExportView.Of(projection, result, options), path, chosen);
    }

    /// <summary>Writes a whole network to a stream (left open), UTF-8.</summary>
    /// <exception cref="ArgumentException">The format is not one of <see cref="Formats"/>.</exception>
    public static void Write(StakeholderNetwork network, Stream stream, NetworkFormat format, NetworkExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        WriteStream(ExportView.Of(network, options), stream, Check(format));
    }

    /// <summary>Writes a projection with an analysis's scores to a stream (left open), UTF-8.</summary>
    /// <exception cref="ArgumentException">The format is not one of <see cref="Formats"/>, or the result is of another graph.</exception>
    public static void Write(NetworkProjection projection, AnalysisResult? result, Stream stream, NetworkFormat format, NetworkExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(projection);
        WriteStream(ExportView.Of(projection, result, options), stream, Check(format));
    }

    /// <summary>The text of <see cref="Write(NetworkProjection, AnalysisResult?, Stream, NetworkFormat, NetworkExportOptions?)"/>, e.g. for an HTTP response.</summary>
    public static string Serialize(NetworkProjection projection, AnalysisResult? result, NetworkFormat format, NetworkExportOptions? options = null)
    {
        using var buffer = new MemoryStream();
        Write(projection, result, buffer, format, options);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static NetworkFormat Choose(string path, NetworkFormat? format) => Check(format ?? NetworkFormats.Detect(path));

    private static NetworkFormat Check(NetworkFormat format) =>
        Supports(format)
            ? format
            : throw new ArgumentException(
                $"The {format.ToName()} format cannot carry scores, positions or evidence options; use one of {string.Join(", ", Formats.Select(f => f.ToName()))}.",
                nameof(format));

    private static void WriteFile(ExportView view, string path, NetworkFormat format)
    {
        switch (format)
        {
            case NetworkFormat.GraphML:
                GraphMLFormat.Write(view, path);
                break;
            case NetworkFormat.Gexf:
                GexfFormat.Write(view, path);
                break;
            default:
                AtomicFile.Write(path, stream => WriteStream(view, stream, format));
                break;
        }
    }

    private static void WriteStream(ExportView view, Stream stream, NetworkFormat format)
    {
        ArgumentNullException.ThrowIfNull(stream);
        switch (format)
        {
            case NetworkFormat.GraphML:
                GraphMLFormat.Write(view, stream);
                break;
            case NetworkFormat.Gexf:
                GexfFormat.Write(view, stream);
                break;
            case NetworkFormat.NodeLink:
                NodeLinkFormat.Write(view, stream);
                break;
            case NetworkFormat.Cytoscape:
                FrontEndJson.WriteCytoscape(view, stream);
                break;
            case NetworkFormat.Graphology:
                FrontEndJson.WriteGraphology(view, stream);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Unsupported export format.");
        }
    }
}
