using Stakeholders.Network.Algorithms.Communities;
using Stakeholders.Network.Graphs;

namespace Stakeholders.Network.Analysis;

/// <summary>Options of <see cref="PartitionSignificance.Compute"/>; the master seed, parallelism and cancellation come from <see cref="Algorithms.AlgorithmOptions"/>.</summary>
public sealed record PartitionSignificanceOptions : Algorithms.AlgorithmOptions
{
    /// <summary>The defaults: Louvain, resolution 1, 50 rewirings, 10 swaps per edge, seed 42.</summary>
    public static PartitionSignificanceOptions Default { get; } = new();

    /// <summary>The community algorithm, one of <see cref="CommunityDetection.Names"/>. Default <c>louvain</c>.</summary>
    public string Algorithm { get; init; } = "louvain";

    /// <summary>The resolution for Louvain and Leiden. Default 1.</summary>
    public double Resolution { get; init; } = 1.0;

    /// <summary>How many rewired networks to partition. Default 50.</summary>
    public int Rewirings { get; init; } = 50;

    /// <summary>Swaps per edge in each rewiring. Default 10.</summary>
    public double SwapsPerEdge { get; init; } = 10;

    /// <summary>Checks the options (rewiring r and its community detection use a seed derived from <see cref="Algorithms.AlgorithmOptions.Seed"/> and r).</summary>
    /// <exception cref="InvalidOptionException">An option is out of range or the algorithm is unknown.</exception>
    public override void Validate()
    {
        base.Validate();
        if (!CommunityDetection.Names.Contains(Algorithm ?? string.Empty, StringComparer.Ordinal))
        {
            throw new InvalidOptionException(nameof(Algorithm), $"Unknown community algorithm '{Algorithm}'. Known: {string.Join(", ", CommunityDetection.Names)}.");
        }

        if (Rewirings < 2)
        {
            throw new InvalidOptionException(nameof(Rewirings), $"Rewirings must be at least 2, not {Rewirings}.");
        }

        new RewiringOptions { SwapsPerEdge = SwapsPerEdge }.Validate();
    }
}

/// <summary>The modularity of a partition against the modularity the same algorithm finds on degree-preserving rewirings.</summary>
/// <param name="Algorithm">The community algorithm.</param>
/// <param name="Observed">The modularity on the network itself (with the options' seed).</param>
/// <param name="NullModularities">The modularity on each rewired network, in rewiring order.</param>
/// <param name="Seed">The master seed.</param>
public sealed record PartitionSignificanceResult(string Algorithm, double Observed, IReadOnlyList<double> NullModularities, int Seed)
{
    /// <summary>The mean null modularity.</summary>
    public double NullMean => NullModularities.Count == 0 ? double.NaN : NullModularities.Average();

    /// <summary>The sample standard deviation of the null modularities (n − 1 in the denominator).</summary>
    public double NullStandardDeviation
    {
        get
        {
            if (NullModularities.Count < 2)
            {
                return double.NaN;
            }

            var mean = NullMean;
            return Math.Sqrt(NullModularities.Sum(q => (q - mean) * (q - mean)) / (NullModularities.Count - 1));
        }
    }

    /// <summary>(observed − mean) / standard deviation; NaN when the null modularities do not vary.</summary>
    public double Z => NullStandardDeviation > 0 ? (Observed - NullMean) / NullStandardDeviation : double.NaN;

    /// <summary>The share of rewirings whose modularity is strictly below the observed one.</summary>
    public double ShareBeaten => NullModularities.Count == 0 ? double.NaN : NullModularities.Count(q => q < Observed) / (double)NullModularities.Count;
}

/// <summary>
/// Judges a community partition against chance: are the clusters stronger than the degrees alone would produce? The
/// same algorithm is run on seeded degree-preserving rewirings of the graph (<see cref="DegreePreservingRewiring"/>), and
/// the observed modularity is compared with theirs (z-score and share of rewirings beaten), in place of a fixed modularity
/// threshold, which ignores that sparse or small networks reach high modularity by chance.
/// </summary>
/// <remarks>
/// Reference: R. Guimerà, M. Sales-Pardo, L. A. N. Amaral, "Modularity from fluctuations in random graphs and complex
/// networks", Physical Review E 70 (2004) 025101, doi:10.1103/PhysRevE.70.025101. Rewiring r uses the seed
/// <see cref="RankStability.ReplicateSeed"/>(seed, r) for both the swaps and the algorithm, so the result is the same for
/// any thread count. Time O(R · (swaps + cost of the algorithm)).
/// </remarks>
public static class PartitionSignificance
{
    /// <summary>Runs the algorithm on the graph and on <see cref="PartitionSignificanceOptions.Rewirings"/> rewirings of it.</summary>
    /// <exception cref="ArgumentException">The options are not valid.</exception>
    public static PartitionSignificanceResult Compute(CsrGraph graph, PartitionSignificanceOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= PartitionSignificanceOptions.Default;
        options.Validate();
        var cancellationToken = options.CancellationToken;
        var observed = CommunityDetection.Run(options.Algorithm, graph, new CommunityRunOptions { Resolution = options.Resolution, Seed = options.Seed, CancellationToken = cancellationToken }).Modularity;
        var nulls = new double[options.Rewirings];
        Parallel.For(0, options.Rewirings, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = options.MaxDegreeOfParallelism }, r =>
        {
            var seed = RankStability.ReplicateSeed(options.Seed, r);
            var rewired = DegreePreservingRewiring.Rewire(graph, new RewiringOptions { SwapsPerEdge = options.SwapsPerEdge, Seed = seed });
            nulls[r] = CommunityDetection.Run(options.Algorithm, rewired, new CommunityRunOptions { Resolution = options.Resolution, Seed = seed, CancellationToken = cancellationToken }).Modularity;
        });
        return new PartitionSignificanceResult(options.Algorithm, observed, nulls, options.Seed);
    }
}
