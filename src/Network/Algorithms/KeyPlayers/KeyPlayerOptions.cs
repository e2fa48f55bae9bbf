using System.Text.Json.Serialization;
namespace Stakeholders.Network.Algorithms.KeyPlayers;

/// <summary>How a key-player set is searched for.</summary>
public enum KeyPlayerSearchStrategy
{
    /// <summary>
    /// Borgatti (2006)'s greedy swap optimisation from <see cref="KeyPlayerOptions.Restarts"/> seeded random starting sets:
    /// repeatedly make the member/non-member swap that improves the score most, until no swap improves it.
    /// </summary>
    Greedy,

    /// <summary>Every set of size k, in lexicographic order; refused when there are more than <see cref="KeyPlayerOptions.MaxExhaustiveSets"/>.</summary>
    Exhaustive,
}

/// <summary>The KPP-Neg objective: what "fragmenting the network" is measured by.</summary>
public enum FragmentationMeasure
{
    /// <summary>
    /// F = 1 − Σ_{i≠j} r_ij / (n'(n'−1)) over the n' = n − k vertices left, r_ij = 1 when j is reachable from i; on undirected
    /// graphs that is Borgatti's 1 − Σ_c s_c(s_c−1) / (n'(n'−1)) over component sizes s_c.
    /// </summary>
    Components,

    /// <summary>D_F = 1 − Σ_{i≠j} (1/d_ij) / (n'(n'−1)) over the vertices left, d_ij the hop distance (1/∞ = 0).</summary>
    DistanceWeighted,
}

/// <summary>The KPP-Pos objective: what "reaching the others" is measured by.</summary>
public enum ReachMeasure
{
    /// <summary>The share of the n − k non-members within m steps of the set: |{j ∉ S : d(S, j) ≤ m}| / (n − k).</summary>
    MReach,

    /// <summary>
    /// Distance-weighted reach Σ_{j ∉ S} (1 / d(S, j)) / (n − k), 1/∞ = 0; m is not used. Borgatti (2006) divides by n and
    /// counts members as reached at distance 1, i.e. (k + Σ)/n: for a fixed k both rank sets identically; this form is 1
    /// exactly when every non-member is adjacent to the set.
    /// </summary>
    DistanceWeighted,
}

/// <summary>Options shared by the key-player searches.</summary>
public record KeyPlayerOptions : AlgorithmOptions
{
    /// <summary>Greedy (default) or exhaustive search.</summary>
    public KeyPlayerSearchStrategy Search { get; init; } = KeyPlayerSearchStrategy.Greedy;

    /// <summary>The number of greedy runs, each from its own random starting set; the best result is kept. Default 10.</summary>
    public int Restarts { get; init; } = 10;

    /// <summary>The most sets <see cref="KeyPlayerSearchStrategy.Exhaustive"/> may score. Default 2,000,000.</summary>
    public long MaxExhaustiveSets { get; init; } = 2_000_000;

    /// <summary>Checks the options.</summary>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public override void Validate()
    {
        base.Validate();
        if (!Enum.IsDefined(Search))
        {
            throw new InvalidOptionException(nameof(Search), $"Unknown key-player search {Search}.");
        }

        if (Restarts < 1)
        {
            throw new InvalidOptionException(nameof(Restarts), $"Restarts must be at least 1, not {Restarts}.");
        }

        if (MaxExhaustiveSets < 1)
        {
            throw new InvalidOptionException(nameof(MaxExhaustiveSets), $"MaxExhaustiveSets must be at least 1, not {MaxExhaustiveSets}.");
        }
    }
}

/// <summary>Options for <see cref="KeyPlayerSearch.Fragmentation"/> (KPP-Neg).</summary>
public sealed record FragmentationOptions : KeyPlayerOptions
{
    /// <summary>The defaults: component fragmentation, greedy search, 10 restarts, seed 0.</summary>
    public static FragmentationOptions Default { get; } = new();

    /// <summary>The objective. Default <see cref="FragmentationMeasure.Components"/>.</summary>
    public FragmentationMeasure Measure { get; init; } = FragmentationMeasure.Components;

    /// <inheritdoc/>
    public override void Validate()
    {
        base.Validate();
        if (!Enum.IsDefined(Measure))
        {
            throw new InvalidOptionException(nameof(Measure), $"Unknown fragmentation measure {Measure}.");
        }
    }
}

/// <summary>Options for <see cref="KeyPlayerSearch.Reach"/> (KPP-Pos).</summary>
public sealed record ReachOptions : KeyPlayerOptions
{
    /// <summary>The defaults: m-reach, greedy search, 10 restarts, seed 0.</summary>
    public static ReachOptions Default { get; } = new();

    /// <summary>The objective. Default <see cref="ReachMeasure.MReach"/>.</summary>
    public ReachMeasure Measure { get; init; } = ReachMeasure.MReach;

    /// <inheritdoc/>
    public override void Validate()
    {
        base.Validate();
        if (!Enum.IsDefined(Measure))
        {
            throw new InvalidOptionException(nameof(Measure), $"Unknown reach measure {Measure}.");
        }
    }
}

/// <summary>A key-player set and its score; <see cref="PlayerIds"/> names the players.</summary>
/// <param name="Players">The chosen vertices, ascending.</param>
/// <param name="Score">The objective of that set (fragmentation or reach, in [0, 1]; higher is better).</param>
/// <param name="Search">How the set was found.</param>
/// <param name="Evaluations">How many sets were scored.</param>
/// <param name="Swaps">Greedy: the improving swaps made over all restarts; exhaustive: 0.</param>
public sealed record KeyPlayerResult(int[] Players, double Score, KeyPlayerSearchStrategy Search, long Evaluations, int Swaps) : VertexResult
{
    /// <summary>The stakeholder ids of the players, in <see cref="Players"/> order.</summary>
    [JsonIgnore]
    public IReadOnlyList<string> PlayerIds => Players.Select(Graph.IdOf).ToArray();

    /// <summary>Whether the stakeholder with id <paramref name="id"/> is one of the players.</summary>
    /// <exception cref="UnknownStakeholderException">The graph has no vertex with that id.</exception>
    public bool IsPlayer(string id) => Array.BinarySearch(Players, IndexOf(id)) >= 0;
}
