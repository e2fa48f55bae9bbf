namespace Stakeholders.Network.Algorithms.Communities;

/// <summary>Options of <see cref="CommunityDetection.Louvain"/>.</summary>
public sealed record LouvainOptions
{
    /// <summary>The resolution γ of modularity: above 1 favours smaller communities, below 1 larger ones. Default 1.</summary>
    public double Resolution { get; init; } = 1.0;

    /// <summary>The minimum modularity gain of a level for the next level to be built (NetworkX's threshold). Default 1e-7.</summary>
    public double Threshold { get; init; } = 1e-7;

    /// <summary>The seed of the vertex visiting order. Default 0.</summary>
    public int Seed { get; init; }

    /// <summary>Throws <see cref="ArgumentException"/> when an option is out of range.</summary>
    public void Validate()
    {
        if (!double.IsFinite(Resolution) || Resolution < 0)
        {
            throw new ArgumentException($"Resolution must be a finite number ≥ 0, not {Resolution}.", nameof(Resolution));
        }

        if (!double.IsFinite(Threshold) || Threshold < 0)
        {
            throw new ArgumentException($"Threshold must be a finite number ≥ 0, not {Threshold}.", nameof(Threshold));
        }
    }
}

/// <summary>Options of <see cref="CommunityDetection.Leiden"/>.</summary>
public sealed record LeidenOptions
{
    /// <summary>The resolution γ of modularity. Default 1.</summary>
    public double Resolution { get; init; } = 1.0;

    /// <summary>
    /// How many Leiden iterations to run, each starting from the previous partition; a negative value iterates until an
    /// iteration leaves the partition unchanged. Default 2 (igraph's default).
    /// </summary>
    public int Iterations { get; init; } = 2;

    /// <summary>Cap on iterations when <see cref="Iterations"/> is negative. Default 1000.</summary>
    public int MaxIterations { get; init; } = 1000;

    /// <summary>
    /// The randomness θ of the refinement step: a vertex joins a refined community with probability proportional to
    /// <c>exp(ΔH/θ)</c>, ΔH in edge-weight units as igraph. Default 0.01 (igraph's <c>beta</c>).
    /// </summary>
    public double Randomness { get; init; } = 0.01;

    /// <summary>The seed. Default 0.</summary>
    public int Seed { get; init; }

    /// <summary>Throws <see cref="ArgumentException"/> when an option is out of range.</summary>
    public void Validate()
    {
        if (!double.IsFinite(Resolution) || Resolution < 0)
        {
            throw new ArgumentException($"Resolution must be a finite number ≥ 0, not {Resolution}.", nameof(Resolution));
        }

        if (Iterations == 0)
        {
            throw new ArgumentException("Iterations must be positive, or negative for 'until stable'; 0 would do nothing.", nameof(Iterations));
        }

        if (MaxIterations < 1)
        {
            throw new ArgumentException($"MaxIterations must be at least 1, not {MaxIterations}.", nameof(MaxIterations));
        }

        if (!double.IsFinite(Randomness) || Randomness <= 0)
        {
            throw new ArgumentException($"Randomness must be a finite number > 0, not {Randomness}.", nameof(Randomness));
        }
    }
}

/// <summary>Options of <see cref="CommunityDetection.LabelPropagation"/>.</summary>
public sealed record LabelPropagationOptions
{
    /// <summary>The seed of the visiting order and the tie-breaking. Default 0.</summary>
    public int Seed { get; init; }

    /// <summary>Whether edge weights count (NetworkX's <c>weight</c> argument); default false, as NetworkX's default <c>weight=None</c>.</summary>
    public bool UseWeights { get; init; }

    /// <summary>The most rounds before giving up. Default 1000.</summary>
    public int MaxIterations { get; init; } = 1000;

    /// <summary>Throws <see cref="ArgumentException"/> when an option is out of range.</summary>
    public void Validate()
    {
        if (MaxIterations < 1)
        {
            throw new ArgumentException($"MaxIterations must be at least 1, not {MaxIterations}.", nameof(MaxIterations));
        }
    }
}

/// <summary>The result of a community detection.</summary>
/// <param name="Partition">The communities found (the last level for Louvain).</param>
/// <param name="Modularity">The modularity of <paramref name="Partition"/> at the resolution used (NaN for a graph without edge weight).</param>
/// <param name="Levels">Louvain: the partition after each level, first (finest) to last; other methods: just the result.</param>
/// <param name="Iterations">Louvain: levels; Leiden: iterations; label propagation: rounds; components: 1.</param>
/// <param name="Converged">Whether the method stopped because nothing changed any more (false: an iteration cap was reached).</param>
public sealed record CommunityResult(Partition Partition, double Modularity, IReadOnlyList<Partition> Levels, int Iterations, bool Converged);

/// <summary>Thrown when an iterative community method reaches its iteration cap before it settles.</summary>
public sealed class CommunityConvergenceException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CommunityConvergenceException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public CommunityConvergenceException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public CommunityConvergenceException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
