using Stakeholders.Network.Graphs;

namespace Stakeholders.Network.Algorithms.Communities;

// The community algorithms the analysis facade runs by name.
public static partial class CommunityDetection
{
    /// <summary>
    /// The names: <c>louvain</c>, <c>leiden</c>, <c>label-propagation</c>, <c>components</c>, and <c>multiplex-leiden</c>
    /// (Leiden on the sum of the layers' modularities; it needs layers, so the analysis facade runs it, see
    /// <c>MultiplexMeasures.Leiden</c>).
    /// </summary>
    public static IReadOnlyList<string> Names { get; } = ["louvain", "leiden", "label-propagation", "components", "multiplex-leiden"];

    /// <summary>
    /// Runs the named single-graph algorithm with each algorithm's defaults, except what <paramref name="options"/> sets:
    /// resolution (Louvain, Leiden), seed, cancellation, parallelism and weight use.
    /// </summary>
    /// <exception cref="ArgumentException">The name is not one of <see cref="Names"/>, or is <c>multiplex-leiden</c> (which needs layers).</exception>
    /// <exception cref="InvalidOptionException">An option is out of range.</exception>
    public static CommunityResult Run(string name, CsrGraph graph, CommunityRunOptions? options = null)
    {
        options ??= new CommunityRunOptions();
        options.Validate();
        return name switch
        {
            "louvain" => Louvain(graph, new LouvainOptions { Resolution = options.Resolution, Seed = options.Seed, CancellationToken = options.CancellationToken, MaxDegreeOfParallelism = options.MaxDegreeOfParallelism, UseWeights = options.UseWeights }),
            "leiden" => Leiden(graph, new LeidenOptions { Resolution = options.Resolution, Seed = options.Seed, CancellationToken = options.CancellationToken, MaxDegreeOfParallelism = options.MaxDegreeOfParallelism, UseWeights = options.UseWeights }),
            "label-propagation" => LabelPropagation(graph, new LabelPropagationOptions { Seed = options.Seed, CancellationToken = options.CancellationToken, MaxDegreeOfParallelism = options.MaxDegreeOfParallelism, UseWeights = options.UseWeights && options.LabelPropagationUsesWeights }),
            "components" => Components(graph),
            "multiplex-leiden" => throw new ArgumentException("multiplex-leiden needs layers (--layers tie-type or a tie attribute).", nameof(name)),
            _ => throw new ArgumentException($"Unknown community algorithm '{name}'. Known: {string.Join(", ", Names)}.", nameof(name)),
        };
    }
}

/// <summary>Options of <see cref="CommunityDetection.Run"/>, the by-name runner.</summary>
public sealed record CommunityRunOptions : AlgorithmOptions
{
    /// <summary>The resolution γ of modularity for Louvain and Leiden (label propagation and components have none). Default 1.</summary>
    public double Resolution { get; init; } = 1.0;

    /// <summary>
    /// Whether label propagation weighs its neighbours' labels by edge weight. Default false, NetworkX's
    /// <c>asyn_lpa_communities(weight=None)</c> (as <see cref="LabelPropagationOptions"/>); it takes effect only when
    /// <see cref="AlgorithmOptions.UseWeights"/> is also true. Louvain and Leiden follow <see cref="AlgorithmOptions.UseWeights"/> alone.
    /// </summary>
    public bool LabelPropagationUsesWeights { get; init; }

    /// <inheritdoc />
    public override void Validate()
    {
        base.Validate();
        if (!double.IsFinite(Resolution) || Resolution < 0)
        {
            throw new InvalidOptionException(nameof(Resolution), $"Resolution must be a finite number ≥ 0, not {Resolution}.");
        }
    }
}
