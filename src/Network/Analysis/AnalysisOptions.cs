using Stakeholders.Network.Algorithms.Communities;
using Stakeholders.Network.Graphs;

namespace Stakeholders.Network.Analysis;

/// <summary>
/// What <see cref="NetworkAnalyzer"/> computes. Every default is the one the CLI's <c>analyze</c> uses.
/// </summary>
public sealed record AnalysisOptions
{
    /// <summary>The defaults (the CLI's <c>analyze</c> defaults).</summary>
    public static AnalysisOptions Default { get; } = new();

    /// <summary>The measures used when none are named: degree, degree centrality, strength, betweenness, closeness, eigenvector, PageRank.</summary>
    public static IReadOnlyList<string> DefaultMeasures { get; } =
        ["degree", "degree-centrality", "strength", "betweenness", "closeness", "eigenvector", "pagerank"];

    /// <summary>The measures to compute, by name (see <see cref="MeasureCatalog"/>). Default <see cref="DefaultMeasures"/>.</summary>
    public IReadOnlyList<string> Measures { get; init; } = DefaultMeasures;

    /// <summary>The community algorithm (<c>louvain</c>, <c>leiden</c>, <c>label-propagation</c>, <c>components</c>), or null for none. Default <c>louvain</c>.</summary>
    public string? Communities { get; init; } = "louvain";

    /// <summary>The modularity resolution γ for Louvain and Leiden. Default 1. Must be positive.</summary>
    public double Resolution { get; init; } = 1.0;

    /// <summary>The seed for every randomised step. Default <see cref="StakeholdersDefaults.Seed"/> (42).</summary>
    public int Seed { get; init; } = StakeholdersDefaults.Seed;

    /// <summary>
    /// Cancels the analysis: checked between measures and inside each one (between sources, sweeps, iterations or
    /// samples), as every <see cref="Algorithms.AlgorithmOptions"/> carries it.
    /// </summary>
    public CancellationToken CancellationToken { get; init; }

    /// <summary>
    /// The convergence tolerance of the iterative measures (eigenvector, PageRank, Katz, HITS), in each measure's own
    /// norm; null (the default) keeps each measure's NetworkX default (1e-6; 1e-8 for HITS). See docs/measures.md for
    /// how far the default leaves PageRank from the exact vector.
    /// </summary>
    public double? Tolerance { get; init; }

    /// <summary>The iteration limit of the iterative measures; null (the default) keeps each measure's NetworkX default (100; 1000 for Katz).</summary>
    public int? MaxIterations { get; init; }

    /// <summary>
    /// What groups the Gould–Fernandez brokerage measures (<c>brokerage-*</c>) count between: <c>kind</c>,
    /// <c>organization-type</c> (organizations by type, everyone else by kind), <c>community</c> (Louvain with
    /// <see cref="Seed"/> and <see cref="Resolution"/>), or the name of a stakeholder attribute (stakeholders without it
    /// form the group <c>(none)</c>). Null when no brokerage measure is asked for. Default null.
    /// </summary>
    public string? GroupBy { get; init; }

    /// <summary>
    /// What the network's layers are: <c>tie-type</c> (one layer per tie type) or a tie attribute name (one layer per
    /// value). With layers, every measure also gets one column per layer (<c>betweenness@SPOKE_AT</c>), the multiplex
    /// measures <c>participation</c> and <c>overlapping-degree</c> become available, and so does the community algorithm
    /// <c>multiplex-leiden</c>. Default null (no layers).
    /// </summary>
    public string? Layers { get; init; }

    /// <summary>
    /// When set, N networks are sampled from the tie confidences and every column also gets its mean, interval and
    /// probability of being in the top k (see <see cref="UncertaintyAnalysis"/>). Default null (no sampling).
    /// </summary>
    public UncertaintyOptions? Uncertainty { get; init; }

    /// <summary>The SHA-256 of the input file, hex; computed from the network's canonical form when null.</summary>
    public string? InputSha256 { get; init; }

    /// <summary>Extra parameters to record in the provenance (the CLI records its options here).</summary>
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();

    /// <summary>Throws when an option is out of range or names an unknown measure or algorithm.</summary>
    /// <exception cref="InvalidOptionException">The message names the option and the allowed values.</exception>
    public void Validate()
    {
        foreach (var m in Measures)
        {
            if (!MeasureCatalog.TryGet(m, out _))
            {
                throw new InvalidOptionException(nameof(Measures), $"Unknown measure '{m}'. Known measures: {string.Join(", ", MeasureCatalog.Names)}.");
            }
        }

        if (Communities is not null && !CommunityDetection.Names.Contains(Communities, StringComparer.Ordinal))
        {
            throw new InvalidOptionException(nameof(Communities), $"Unknown community algorithm '{Communities}'. Known: {string.Join(", ", CommunityDetection.Names)}.");
        }

        if (GroupBy is null && Measures.Any(m => m.StartsWith("brokerage-", StringComparison.OrdinalIgnoreCase)))
        {
            throw new InvalidOptionException(nameof(GroupBy), "The brokerage-* measures count paths between groups: say which with GroupBy (--group-by kind, organization-type, community or an attribute).");
        }

        IterationSettings.Validate(Tolerance, MaxIterations);

        if (Layers is null && Measures.Any(m => MeasureCatalog.TryGet(m, out var d) && d.RequiresLayers))
        {
            throw new InvalidOptionException(nameof(Layers), "The measures participation and overlapping-degree need layers: say what they are with Layers (--layers tie-type or a tie attribute).");
        }

        if (Layers is null && Communities == "multiplex-leiden")
        {
            throw new InvalidOptionException(nameof(Layers), "multiplex-leiden needs layers: say what they are with Layers (--layers tie-type or a tie attribute).");
        }

        if (Layers is not null && string.IsNullOrWhiteSpace(Layers))
        {
            throw new InvalidOptionException(nameof(Layers), "Layers must be tie-type or a tie attribute name, not empty.");
        }

        Uncertainty?.Validate();

        if (!(Resolution > 0) || !double.IsFinite(Resolution))
        {
            throw new InvalidOptionException(nameof(Resolution), $"Resolution must be a positive number, not {Resolution}.");
        }
    }
}

/// <summary>
/// The one check of the iteration settings that <see cref="AnalysisOptions"/>, <see cref="RankStabilityOptions"/>,
/// <see cref="PeriodComparisonOptions"/> and the report's options share (<c>--tolerance</c>, <c>--max-iterations</c>).
/// </summary>
internal static class IterationSettings
{
    /// <summary>Throws <see cref="InvalidOptionException"/> for a tolerance that is not positive and finite or a limit below 1.</summary>
    public static void Validate(double? tolerance, int? maxIterations)
    {
        if (tolerance is { } t && !(t > 0 && double.IsFinite(t)))
        {
            throw new InvalidOptionException("Tolerance", $"Tolerance must be a positive finite number, not {t}.");
        }

        if (maxIterations is < 1)
        {
            throw new InvalidOptionException("MaxIterations", $"MaxIterations must be at least 1, not {maxIterations}.");
        }
    }
}
