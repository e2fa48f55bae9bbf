using Stakeholders.Network.Algorithms.Communities;
namespace Stakeholders.Network.Analysis;

/// <summary>The whole result of one analysis run: the network described, provenance, per-stakeholder scores, communities, timings.</summary>
/// <param name="Network">What was analysed.</param>
/// <param name="Provenance">How to reproduce it.</param>
/// <param name="Measures">The measures computed, in the order asked for.</param>
/// <param name="Nodes">One row per vertex, in vertex order.</param>
/// <param name="Communities">The partition found, or null when none was asked for.</param>
/// <param name="TimingsMs">Wall time of each step in milliseconds (<c>load</c> when the caller records it, <c>projection</c>, each measure, <c>communities</c>).</param>
public sealed record AnalysisResult(
    AnalyzedNetwork Network,
    Provenance Provenance,
    IReadOnlyList<string> Measures,
    IReadOnlyList<StakeholderScores> Nodes,
    CommunitySummary? Communities,
    IReadOnlyDictionary<string, double> TimingsMs)
{
    private readonly Algorithms.ResultCache<Dictionary<string, StakeholderScores>> _byId = new();

    /// <summary>Warnings raised during the run (a measure that did not converge), each one line.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>The sampling behind the <c>-mean</c>, <c>-low</c>, <c>-high</c> and <c>-top-k</c> columns, or null when none was asked for.</summary>
    public UncertaintyResult? Uncertainty { get; init; }

    /// <summary>The row of the stakeholder with id <paramref name="id"/>: its vertex, label, kind and every score.</summary>
    /// <exception cref="UnknownStakeholderException">No analysed stakeholder has that id.</exception>
    public StakeholderScores NodeOf(string id) =>
        TryGetNode(id, out var node) ? node : throw new UnknownStakeholderException(id, $"no analysed stakeholder has the id '{id}'");

    /// <summary>The row of the stakeholder with id <paramref name="id"/>: false when no analysed stakeholder has it.</summary>
    public bool TryGetNode(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out StakeholderScores? node)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _byId.Get(() => Nodes.ToDictionary(n => n.Id, StringComparer.Ordinal)).TryGetValue(id, out node);
    }

    /// <summary>The score of one measure for the stakeholder with id <paramref name="id"/>.</summary>
    /// <exception cref="UnknownStakeholderException">No analysed stakeholder has that id.</exception>
    /// <exception cref="KeyNotFoundException">The measure was not computed in this run (see <see cref="Measures"/>).</exception>
    public double ScoreOf(string id, string measure)
    {
        var scores = NodeOf(id).Scores;
        return scores.TryGetValue(measure, out var value)
            ? value
            : throw new KeyNotFoundException($"The measure '{measure}' was not computed; computed: {string.Join(", ", Measures)}.");
    }

    /// <summary>The community of the stakeholder with id <paramref name="id"/>, or null when no communities were computed.</summary>
    /// <exception cref="UnknownStakeholderException">No analysed stakeholder has that id.</exception>
    public int? CommunityOf(string id)
    {
        var node = NodeOf(id);
        return Communities is null ? null : Communities.Membership[node.Vertex];
    }
}

/// <summary>The size and shape of the analysed graph.</summary>
/// <param name="Nodes">Vertex count.</param>
/// <param name="Edges">Edge count (each undirected edge once).</param>
/// <param name="Directed">Whether edges were read with direction.</param>
/// <param name="Weighted">Whether weights were used.</param>
/// <param name="InputSha256">SHA-256 of the input, hex.</param>
public sealed record AnalyzedNetwork(int Nodes, int Edges, bool Directed, bool Weighted, string InputSha256);

/// <summary>What produced a result, so a study can reproduce it.</summary>
/// <param name="Tool">Always <c>stakeholders</c>.</param>
/// <param name="Version">The library version.</param>
/// <param name="Parameters">Every parameter that shaped the result, as text.</param>
/// <param name="Seed">The seed of the randomised steps.</param>
public sealed record Provenance(string Tool, string Version, IReadOnlyDictionary<string, string> Parameters, int Seed);

/// <summary>One stakeholder's row.</summary>
/// <param name="Vertex">The vertex number in the analysis graph.</param>
/// <param name="Id">The stakeholder id.</param>
/// <param name="Label">The display name.</param>
/// <param name="Kind">The kind name (<c>person</c>, ...), or null for graph-only inputs without kinds.</param>
/// <param name="Scores">Measure name → score (NaN when undefined, e.g. constraint of an isolate).</param>
public sealed record StakeholderScores(int Vertex, string Id, string Label, string? Kind, IReadOnlyDictionary<string, double> Scores);

/// <summary>The communities found.</summary>
/// <param name="Algorithm">The algorithm name.</param>
/// <param name="Count">The number of communities.</param>
/// <param name="Modularity">The modularity of the partition at the resolution used.</param>
/// <param name="Membership">Community number per vertex.</param>
public sealed record CommunitySummary(string Algorithm, int Count, double Modularity, IReadOnlyList<int> Membership);
