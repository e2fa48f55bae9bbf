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
public sealed record StructuralHolesOptions : AlgorithmOptions
{
    /// <summary>The defaults: weights used when the graph has them, efficiency over contacts, all cores.</summary>
    public static StructuralHolesOptions Default { get; } = new();

    /// <summary>What efficiency divides by. Default <see cref="EfficiencyDenominator.Contacts"/> (Burt).</summary>
    public EfficiencyDenominator EfficiencyDenominator { get; init; } = EfficiencyDenominator.Contacts;

    /// <summary>Checks the options.</summary>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public override void Validate()
    {
        base.Validate();
        if (!Enum.IsDefined(EfficiencyDenominator))
        {
            throw new InvalidOptionException(nameof(EfficiencyDenominator), $"Unknown efficiency denominator {EfficiencyDenominator}.");
        }
    }
}
