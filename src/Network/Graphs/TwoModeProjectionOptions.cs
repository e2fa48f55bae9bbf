using Stakeholders.Network.Model;

namespace Stakeholders.Network.Graphs;

/// <summary>How a <see cref="TwoModeProjection"/> weighs the link between two actors who share affiliations.</summary>
/// <remarks>For actors <c>u</c>, <c>v</c> with affiliation sets <c>N(u)</c>, <c>N(v)</c> in the bipartite graph.</remarks>
public enum AffiliationWeighting
{
    /// <summary>
    /// <c>|N(u) ∩ N(v)|</c>, the number of shared affiliations: NetworkX's
    /// <c>bipartite.weighted_projected_graph(B, nodes)</c>. The default.
    /// </summary>
    Count,

    /// <summary>
    /// <c>|N(u) ∩ N(v)| / A</c> with <c>A</c> the number of stakeholders on the affiliation side (all of them, tied or not):
    /// <c>weighted_projected_graph(B, nodes, ratio=True)</c>.
    /// </summary>
    Ratio,

    /// <summary>
    /// Newman's collaboration weight <c>Σ_{k ∈ N(u) ∩ N(v)} 1/(deg(k) − 1)</c>: an affiliation shared by few actors binds them
    /// more. M. E. J. Newman, "Scientific collaboration networks. II.", Phys. Rev. E 64 (2001) 016132,
    /// doi:10.1103/PhysRevE.64.016132; NetworkX's <c>collaboration_weighted_projected_graph(B, nodes)</c>.
    /// </summary>
    Collaboration,

    /// <summary>
    /// The Jaccard overlap <c>|N(u) ∩ N(v)| / |N(u) ∪ N(v)|</c>: <c>overlap_weighted_projected_graph(B, nodes, jaccard=True)</c>.
    /// </summary>
    Jaccard,
}

/// <summary>
/// Options of <see cref="TwoModeProjection"/>: which stakeholders are the actors, which are the affiliations that link
/// them, which ties count as an affiliation, and how links are weighted. By default people are linked through shared
/// organizations and events, every tie type counts, and the weight is the number of shared affiliations.
/// </summary>
public sealed record TwoModeProjectionOptions
{
    /// <summary>The defaults: people through organizations and events, every tie type, count weighting.</summary>
    public static TwoModeProjectionOptions Default { get; } = new();

    /// <summary>The kinds that become vertices of the projection. Default: <see cref="StakeholderKind.Person"/>.</summary>
    public IReadOnlyCollection<StakeholderKind> ActorKinds { get; init; } = [StakeholderKind.Person];

    /// <summary>
    /// The kinds whose shared membership links actors. Default: <see cref="StakeholderKind.Organization"/> and
    /// <see cref="StakeholderKind.Event"/>. Must not overlap <see cref="ActorKinds"/>.
    /// </summary>
    public IReadOnlyCollection<StakeholderKind> AffiliationKinds { get; init; } = [StakeholderKind.Organization, StakeholderKind.Event];

    /// <summary>
    /// The tie types that make an actor part of an affiliation (in either direction); null (the default) for all.
    /// Ties between two actors or two affiliations never count.
    /// </summary>
    public IReadOnlyCollection<TieType>? AffiliationTieTypes { get; init; }

    /// <summary>Keep only affiliation ties that hold during this date (see <see cref="ProjectionOptions.AsOf"/>). Default null.</summary>
    public PartialDate? AsOf { get; init; }

    /// <summary>Start of a date window for affiliation ties (see <see cref="ProjectionOptions.From"/>). Default null.</summary>
    public PartialDate? From { get; init; }

    /// <summary>End of a date window for affiliation ties (see <see cref="ProjectionOptions.To"/>). Default null.</summary>
    public PartialDate? To { get; init; }

    /// <summary>The least number of distinct documents an affiliation tie's evidence must cite. Default 0.</summary>
    public int MinimumEvidence { get; init; }

    /// <summary>How links are weighted. Default <see cref="AffiliationWeighting.Count"/>.</summary>
    public AffiliationWeighting Weighting { get; init; } = AffiliationWeighting.Count;

    /// <summary>How path measures read the weights. Default <see cref="Graphs.WeightMeaning.Strength"/> (more sharing = closer).</summary>
    public WeightMeaning WeightMeaning { get; init; } = WeightMeaning.Strength;

    /// <summary>Whether actors linked to no other actor stay in the graph. Default true, as NetworkX keeps every node of <c>nodes</c>.</summary>
    public bool KeepIsolated { get; init; } = true;

    /// <summary>Checks the options.</summary>
    /// <exception cref="ArgumentException">A value is out of range or two options contradict each other; the message says which.</exception>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(ActorKinds, nameof(ActorKinds));
        ArgumentNullException.ThrowIfNull(AffiliationKinds, nameof(AffiliationKinds));
        if (ActorKinds.Count == 0)
        {
            throw new InvalidOptionException(nameof(ActorKinds), "ActorKinds is empty: name at least one kind of actor.");
        }

        if (AffiliationKinds.Count == 0)
        {
            throw new InvalidOptionException(nameof(AffiliationKinds), "AffiliationKinds is empty: name at least one kind of affiliation.");
        }

        foreach (var kind in ActorKinds.Concat(AffiliationKinds))
        {
            if (!Enum.IsDefined(kind))
            {
                throw new InvalidOptionException(nameof(ActorKinds), $"Unknown stakeholder kind {(int)kind}.");
            }
        }

        var both = ActorKinds.Intersect(AffiliationKinds).ToArray();
        if (both.Length > 0)
        {
            throw new InvalidOptionException(nameof(AffiliationKinds), $"A kind cannot be on both sides of a two-mode projection: {string.Join(", ", both.Select(k => k.ToName()))}.");
        }

        if (!Enum.IsDefined(Weighting))
        {
            throw new InvalidOptionException(nameof(Weighting), $"Unknown affiliation weighting {(int)Weighting}.");
        }

        AsTieFilter().Validate();
    }

    /// <summary>The tie filters as <see cref="ProjectionOptions"/>, so both projections read dates and evidence the same way.</summary>
    internal ProjectionOptions AsTieFilter() => new()
    {
        TieTypes = AffiliationTieTypes,
        AsOf = AsOf,
        From = From,
        To = To,
        MinimumEvidence = MinimumEvidence,
        WeightMeaning = WeightMeaning,
    };
}
