namespace Stakeholders.Network.Algorithms.Brokerage;

/// <summary>What Burt's efficiency divides the effective size by.</summary>
public enum EfficiencyDenominator
{
    /// <summary>The number of distinct contacts (neighbours in either direction, ego excluded): Burt (1992)'s definition.</summary>
    Contacts,

    /// <summary>
    /// The NetworkX degree (in + out for directed graphs, a self-loop counted twice): the recipe in NetworkX's
    /// <c>effective_size</c> documentation. Equal to <see cref="Contacts"/> on undirected graphs without self-loops.
    /// </summary>
    Degree,
}

/// <summary>Options for Burt's structural-hole measures (constraint, effective size, efficiency, hierarchy).</summary>
public sealed record StructuralHoleOptions
{
    /// <summary>The defaults: weights used when the graph has them, efficiency over contacts, all cores.</summary>
    public static StructuralHoleOptions Default { get; } = new();

    /// <summary>
    /// Whether edge weights are read as tie strengths (investment). Default true; it only matters on weighted graphs
    /// (<c>CsrGraph.IsWeighted</c>). True gives NetworkX's <c>weight="weight"</c>, false its default <c>weight=None</c>.
    /// Weights are read raw, whatever the graph's <c>WeightMeaning</c> says, and must be finite and non-negative.
    /// </summary>
    public bool UseWeights { get; init; } = true;

    /// <summary>What efficiency divides by. Default <see cref="EfficiencyDenominator.Contacts"/> (Burt).</summary>
    public EfficiencyDenominator EfficiencyDenominator { get; init; } = EfficiencyDenominator.Contacts;

    /// <summary>The most threads to use; -1 (default) lets the runtime decide. Results do not depend on it.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>Checks the options.</summary>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public void Validate()
    {
        if (!Enum.IsDefined(EfficiencyDenominator))
        {
            throw new ArgumentException($"Unknown efficiency denominator {EfficiencyDenominator}.", nameof(EfficiencyDenominator));
        }

        if (MaxDegreeOfParallelism == 0 || MaxDegreeOfParallelism < -1)
        {
            throw new ArgumentException(
                $"MaxDegreeOfParallelism must be -1 (automatic) or at least 1, not {MaxDegreeOfParallelism}.", nameof(MaxDegreeOfParallelism));
        }
    }
}
