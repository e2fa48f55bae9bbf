using System.CommandLine;
using Stakeholders.Network.IO;
using Stakeholders.Network.Model;
using Stakeholders.Network.Reports.Drawing;

namespace Stakeholders.Cli.Commands;

/// <summary>
/// The options of commands that write a network for other tools (<c>convert</c>, <c>analyze --out x.graphml</c>):
/// <c>--no-evidence</c>, <c>--gexf-version</c>, and the seeded layout that gives front-end shapes their <c>x</c>/<c>y</c>.
/// </summary>
internal sealed class ExportCliOptions
{
    /// <summary>Above this many stakeholders no layout is computed (the force layout is O(n²) per iteration).</summary>
    public const int MaxLayoutVertices = 2000;

    /// <summary>Layout coordinates are the unit square scaled to this many units (pixels in Cytoscape.js).</summary>
    public const double LayoutScale = 1000;

    private readonly Option<bool> _noEvidence = new("--no-evidence")
    {
        Description = "Leave the ties' evidence quotes out (graphml, gexf, node-link, cytoscape, graphology), for small front-end payloads.",
    };

    private readonly Option<string> _gexfVersion = new("--gexf-version")
    {
        Description = "GEXF version to write: 1.2 (the default; NetworkX and Gephi read it) or 1.3 (Gephi 0.9+).",
        DefaultValueFactory = _ => "1.2",
    };

    private readonly Option<bool> _keepParallelTies = new("--keep-parallel-ties")
    {
        Description = "analyze --out: write one link per tie instead of one per analysed edge (parallel ties merged, the default).",
    };

    private readonly Option<bool> _compact = new("--compact")
    {
        Description = "Write node-link JSON as a front-end payload: one line, without the descriptions and free attributes "
            + "(ids, labels, kinds, positions, scores and the ties' types, roles, periods and weights stay). Cytoscape.js and graphology output is always one line.",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(_compact);
        if (command.Name == "analyze")
        {
            command.Options.Add(_keepParallelTies);
        }

        command.Options.Add(_noEvidence);
        command.Options.Add(_gexfVersion);
    }

    /// <summary>The export options for <paramref name="format"/>; an option that does not apply to the format is a usage error.</summary>
    /// <param name="parse">The parsed command line.</param>
    /// <param name="format">The output format.</param>
    /// <param name="stakeholders">The stakeholders written (laid out for the front-end shapes).</param>
    /// <param name="ties">The ties written.</param>
    /// <param name="seed">The layout seed.</param>
    /// <param name="directed">Whether the written graph is directed.</param>
    public NetworkExportOptions Read(ParseResult parse, NetworkFormat format, IReadOnlyList<Stakeholder> stakeholders, IReadOnlyList<Tie> ties, int seed, bool directed)
    {
        var noEvidence = parse.GetValue(_noEvidence);
        if (noEvidence && !NetworkExport.Supports(format))
        {
            throw new CliUsageException(
                $"--no-evidence applies to {string.Join(", ", NetworkExport.Formats.Select(f => f.ToName()))}; the {format.ToName()} output keeps the network as it is");
        }

        var versionText = parse.GetValue(_gexfVersion);
        var version = versionText switch
        {
            "1.2" or "1.2draft" => GexfVersion.V1_2Draft,
            "1.3" => GexfVersion.V1_3,
            _ => throw new CliUsageException($"--gexf-version must be 1.2 or 1.3, not '{versionText}'"),
        };
        if (format != NetworkFormat.Gexf && parse.GetResult(_gexfVersion) is { Implicit: false })
        {
            throw new CliUsageException($"--gexf-version applies to GEXF output only, not {format.ToName()}");
        }

        var compact = parse.GetValue(_compact);
        if (compact && format is not (NetworkFormat.NodeLink or NetworkFormat.Cytoscape or NetworkFormat.Graphology))
        {
            throw new CliUsageException($"--compact applies to node-link, cytoscape and graphology output, not {format.ToName()}");
        }

        var positions = format is NetworkFormat.NodeLink or NetworkFormat.Cytoscape or NetworkFormat.Graphology && stakeholders.Count <= MaxLayoutVertices
            ? Layout(stakeholders, ties, seed)
            : null;
        if (parse.GetValue(_keepParallelTies) && !NetworkExport.Supports(format))
        {
            throw new CliUsageException($"--keep-parallel-ties applies to analyze --out {string.Join(", ", NetworkExport.Formats.Select(f => f.ToName()))}");
        }

        return new NetworkExportOptions
        {
            Directed = directed, IncludeEvidence = !noEvidence, GexfVersion = version, Positions = positions, Indented = !compact, IncludeDetails = !compact,
            MergeParallelTies = !parse.GetValue(_keepParallelTies),
        };
    }

    /// <summary>The seeded force layout (the report's) of the stakeholders, each pair of tied stakeholders pulled together once.</summary>
    private static Dictionary<string, NodePosition> Layout(IReadOnlyList<Stakeholder> stakeholders, IReadOnlyList<Tie> ties, int seed)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < stakeholders.Count; i++)
        {
            index[stakeholders[i].Id] = i;
        }

        var pairs = new HashSet<(int, int)>();
        foreach (var t in ties)
        {
            if (index.TryGetValue(t.Source, out var s) && index.TryGetValue(t.Target, out var d) && s != d)
            {
                pairs.Add((Math.Min(s, d), Math.Max(s, d)));
            }
        }

        var edges = pairs.Order().ToArray();
        var (x, y) = ForceLayout.Compute(stakeholders.Count, edges, seed);
        var positions = new Dictionary<string, NodePosition>(StringComparer.Ordinal);
        for (var i = 0; i < stakeholders.Count; i++)
        {
            positions[stakeholders[i].Id] = new NodePosition(Math.Round(x[i] * LayoutScale, 2), Math.Round(y[i] * LayoutScale, 2));
        }

        return positions;
    }
}
