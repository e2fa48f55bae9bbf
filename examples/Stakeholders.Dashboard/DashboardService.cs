using Stakeholders.Network.Algorithms.Paths;
using Stakeholders.Network.Analysis;
using Stakeholders.Network.Graphs;
using Stakeholders.Network.IO;
using Stakeholders.Network.Model;

namespace Stakeholders.Dashboard;

/// <summary>
/// Holds the network loaded at start-up (immutable, shared by every request) and answers the dashboard's questions:
/// the graph with scores in a front-end shape, a stakeholder's scores, an ego network with its links.
/// </summary>
public sealed class DashboardService(StakeholderNetwork network)
{
    /// <summary>The measures the dashboard shows.</summary>
    public static readonly string[] Measures = ["degree", "betweenness", "pagerank", "constraint", "effective-size"];

    /// <summary>Why a score can be null: the measure is not defined for that stakeholder in the filtered graph.</summary>
    public const string UndefinedScoreReason =
        "not defined for this stakeholder in the filtered graph (constraint and effective size need at least one contact)";

    /// <summary>The network served.</summary>
    public StakeholderNetwork Network { get; } = network;

    /// <summary>Projects the network with the filter and analyses it: every request gets its own immutable result.</summary>
    public (NetworkProjection Projection, AnalysisResult Result) Analyze(GraphFilter filter, CancellationToken cancellationToken)
    {
        var projectionOptions = filter.ToProjectionOptions();
        var options = new AnalysisOptions { Measures = Measures, Communities = "louvain", Seed = 42, CancellationToken = cancellationToken };
        var result = NetworkAnalyzer.Analyze(Network, options, projectionOptions);
        return (NetworkProjection.Project(Network, projectionOptions), result);
    }

    /// <summary>The filtered graph with every score and the community, as Cytoscape.js or graphology JSON (NaN scores are null).</summary>
    public string GraphJson(GraphFilter filter, NetworkFormat format, CancellationToken cancellationToken)
    {
        var (projection, result) = Analyze(filter, cancellationToken);
        return NetworkExport.Serialize(projection, result, format, new NetworkExportOptions { IncludeEvidence = false });
    }

    /// <summary>One stakeholder's scores in the filtered graph; a score that is not defined is null, with the reason beside it.</summary>
    public StakeholderScoresView? Scores(string id, GraphFilter filter, CancellationToken cancellationToken)
    {
        var (_, result) = Analyze(filter, cancellationToken);
        var row = result.Nodes.FirstOrDefault(n => n.Id == id);
        if (row is null)
        {
            return null;
        }

        var scores = new SortedDictionary<string, double?>(StringComparer.Ordinal);
        var undefined = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var m in result.Measures)
        {
            var value = row.Scores[m];
            scores[m] = double.IsFinite(value) ? value : null;
            if (!double.IsFinite(value))
            {
                undefined[m] = UndefinedScoreReason;
            }
        }

        return new StakeholderScoresView(row.Id, row.Label, row.Kind, result.Communities?.Membership[row.Vertex], scores, undefined);
    }

    /// <summary>The ego network of a stakeholder in the filtered graph: members, the links among them, density, effective size.</summary>
    public StakeholderEgoNetwork? Ego(string id, int radius, GraphFilter filter, CancellationToken cancellationToken)
    {
        var projection = NetworkProjection.Project(Network, filter.ToProjectionOptions());
        if (!projection.Graph.TryGetIndex(id, out _))
        {
            return null;
        }

        // Links lists the edges among the members; EffectiveSize is null (with EffectiveSizeNote) for an isolated ego.
        return StakeholderEgoNetwork.Of(projection, id, new EgoNetworkOptions { Radius = radius, CancellationToken = cancellationToken });
    }
}

/// <summary>A stakeholder's scores for the dashboard: null where undefined, and the reason in <see cref="Undefined"/>.</summary>
/// <param name="Id">The stakeholder id.</param>
/// <param name="Label">The display name.</param>
/// <param name="Kind">The kind name.</param>
/// <param name="Community">The community number.</param>
/// <param name="Scores">Measure → score, null when undefined.</param>
/// <param name="Undefined">Measure → why its score is null.</param>
public sealed record StakeholderScoresView(
    string Id, string Label, string? Kind, int? Community, IReadOnlyDictionary<string, double?> Scores, IReadOnlyDictionary<string, string> Undefined);
