using System.Globalization;

namespace Stakeholders.Network.Algorithms;

/// <summary>
/// The settings every algorithm's options record shares: parallelism, cancellation, seed and weight use. Every
/// <c>XOptions</c> record of the library derives from it, so these four read the same everywhere.
/// </summary>
public abstract record AlgorithmOptions
{
    /// <summary>
    /// The most threads the algorithm may use; -1 (the default) lets the runtime decide (one per core). Results do not
    /// depend on it: work is split into fixed blocks combined in a fixed order. Sequential algorithms ignore it.
    /// </summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>Cancels the computation; checked between sources, sweeps or iterations.</summary>
    public CancellationToken CancellationToken { get; init; }

    /// <summary>
    /// The seed of every random choice (visiting orders, samples, starting sets). Default
    /// <see cref="StakeholdersDefaults.Seed"/> (42); equal seeds give equal results. Deterministic algorithms ignore it.
    /// </summary>
    public int Seed { get; init; } = StakeholdersDefaults.Seed;

    /// <summary>
    /// Whether the graph's edge weights are used when it has them (<see cref="Graphs.CsrGraph.IsWeighted"/>). Default
    /// true, except where the NetworkX default ignores weights (label propagation, clustering): those records say so.
    /// False treats every edge as weight 1 (NetworkX's <c>weight=None</c>). On an unweighted graph it changes nothing.
    /// </summary>
    public bool UseWeights { get; init; } = true;

    /// <summary>Checks every setting.</summary>
    /// <exception cref="InvalidOptionException">A setting is out of range; the exception names it.</exception>
    public virtual void Validate()
    {
        if (MaxDegreeOfParallelism is 0 or < -1)
        {
            throw new InvalidOptionException(
                nameof(MaxDegreeOfParallelism),
                string.Create(CultureInfo.InvariantCulture, $"MaxDegreeOfParallelism must be -1 (all cores) or at least 1, not {MaxDegreeOfParallelism}."));
        }
    }

    /// <summary>The thread count to use: the setting, or the number of cores for -1.</summary>
    internal int EffectiveParallelism => MaxDegreeOfParallelism == -1 ? Environment.ProcessorCount : MaxDegreeOfParallelism;

    /// <summary><see cref="ParallelOptions"/> carrying <see cref="MaxDegreeOfParallelism"/> and <see cref="CancellationToken"/>.</summary>
    internal ParallelOptions ToParallelOptions() => new() { MaxDegreeOfParallelism = MaxDegreeOfParallelism, CancellationToken = CancellationToken };

    /// <summary>Throws <see cref="InvalidOptionException"/> for a non-finite or out-of-range number.</summary>
    private protected static void RequireInRange(double value, double min, double max, bool minInclusive, bool maxInclusive, string name)
    {
        var ok = double.IsFinite(value)
            && (minInclusive ? value >= min : value > min)
            && (maxInclusive ? value <= max : value < max);
        if (!ok)
        {
            var range = string.Create(CultureInfo.InvariantCulture, $"{(minInclusive ? '[' : '(')}{min}, {max}{(maxInclusive ? ']' : ')')}");
            throw new InvalidOptionException(name, string.Create(CultureInfo.InvariantCulture, $"{name} must be a finite number in {range}, not {value}."));
        }
    }

    /// <summary>Throws <see cref="InvalidOptionException"/> when <paramref name="value"/> is below 1.</summary>
    private protected static void RequirePositive(long value, string name)
    {
        if (value < 1)
        {
            throw new InvalidOptionException(name, string.Create(CultureInfo.InvariantCulture, $"{name} must be at least 1, not {value}."));
        }
    }
}
