using Stakeholders.Network.Algorithms.Communities;
using Stakeholders.Network.Graphs;

namespace Stakeholders.Network.Algorithms.Multiplex;

/// <summary>Options of <see cref="MultiplexMeasures.Leiden"/>; the seed and cancellation come from <see cref="AlgorithmOptions"/>.</summary>
public sealed record MultiplexLeidenOptions : AlgorithmOptions
{
    /// <summary>The resolution γ of every layer's modularity. Default 1.</summary>
    public double Resolution { get; init; } = 1.0;

    /// <summary>
    /// The weight w_l of each layer by name; layers not named weigh 1. Default: none named (every layer weighs 1, as
    /// leidenalg's <c>layer_weights=None</c>). Weights must be finite and ≥ 0.
    /// </summary>
    public IReadOnlyDictionary<string, double> LayerWeights { get; init; } = new Dictionary<string, double>();

    /// <summary>How many Leiden iterations; negative (the default, -1) iterates until an iteration changes nothing.</summary>
    public int Iterations { get; init; } = -1;

    /// <summary>Cap on iterations when <see cref="Iterations"/> is negative. Default 1000.</summary>
    public int MaxIterations { get; init; } = 1000;

    /// <summary>
    /// The randomness θ of the refinement step in edge-weight units, as <see cref="LeidenOptions.Randomness"/>; it is
    /// rescaled to the normalised units of the summed quality. Default 0.01.
    /// </summary>
    public double Randomness { get; init; } = 0.01;

    /// <summary>
    /// How many independent runs, each iterated until nothing changes; the partition of highest quality is kept (the
    /// earliest run on a tie). Run r &gt; 0 is seeded from <see cref="AlgorithmOptions.Seed"/> and r, so a result is reproducible per seed.
    /// Default 4; 1 is a single Leiden run as leidenalg's <c>optimise_partition_multiplex(n_iterations=-1)</c>.
    /// </summary>
    public int Restarts { get; init; } = 4;

    /// <summary>Throws <see cref="InvalidOptionException"/> when an option is out of range.</summary>
    public override void Validate()
    {
        base.Validate();
        new LeidenOptions { Resolution = Resolution, Iterations = Iterations, MaxIterations = MaxIterations, Randomness = Randomness }.Validate();
        ArgumentNullException.ThrowIfNull(LayerWeights, nameof(LayerWeights));
        if (Restarts < 1)
        {
            throw new InvalidOptionException(nameof(Restarts), $"Restarts must be at least 1, not {Restarts}.");
        }

        foreach (var (name, w) in LayerWeights)
        {
            if (!double.IsFinite(w) || w < 0)
            {
                throw new InvalidOptionException(nameof(LayerWeights), $"The weight of layer '{name}' must be a finite number ≥ 0, not {w}.");
            }
        }
    }
}

/// <summary>Multiplex Leiden: one shared partition maximising the weighted sum of the layers' modularities.</summary>
internal static class MultiplexLeidenAlgorithm
{
    public static CommunityResult Run(MultiplexGraph graph, MultiplexLeidenOptions options, CancellationToken cancellationToken)
    {
        var weights = WeightsOf(graph, options);
        var levels = graph.Layers.Select(ModularityGraph.FromGraph).ToArray();
        var union = graph.Union();
        var n = graph.VertexCount;
        if (levels.All(l => l.TotalWeight <= 0) || weights.All(w => w == 0))
        {
            var singletons = Partition.Singletons(n);
            return new CommunityResult(singletons, double.NaN, [singletons], 0, true) { Graph = union };
        }

        var combined = ModularityGraph.Combine(levels, weights);
        double unitScale = 0, weightSum = 0;
        for (var l = 0; l < levels.Length; l++)
        {
            if (levels[l].TotalWeight > 0)
            {
                unitScale += weights[l] / levels[l].TotalWeight;
                weightSum += weights[l];
            }
        }

        CommunityResult? best = null;
        for (var run = 0; run < options.Restarts; run++)
        {
            var leiden = new LeidenOptions
            {
                Resolution = options.Resolution,
                Iterations = options.Iterations,
                MaxIterations = options.MaxIterations,
                Randomness = options.Randomness * unitScale / weightSum,
                Seed = RunSeed(options.Seed, run),
            };
            var (partition, iterations, converged) = LeidenAlgorithm.Optimise(combined, union, leiden, cancellationToken);
            var quality = Quality(graph, partition, weights, options.Resolution);
            if (best is null || quality > best.Modularity)
            {
                best = new CommunityResult(partition, quality, [partition], iterations, converged) { Graph = union };
            }
        }

        return best!;
    }

    /// <summary>The seed of run <paramref name="run"/>: the option's seed for run 0, a SplitMix64 mix of both after.</summary>
    internal static int RunSeed(int seed, int run)
    {
        if (run == 0)
        {
            return seed;
        }

        unchecked
        {
            var z = ((ulong)(uint)seed << 32) + (ulong)run + 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return (int)((z ^ (z >> 31)) & 0x7FFFFFFF);
        }
    }

    /// <summary>Σ_l w_l Q_l(γ); a layer without edges contributes 0 (as leidenalg).</summary>
    public static double Quality(MultiplexGraph graph, Partition partition, IReadOnlyList<double> weights, double resolution)
    {
        double q = 0;
        for (var l = 0; l < graph.LayerCount; l++)
        {
            if (weights[l] == 0 || graph.Layers[l].EdgeCount == 0)
            {
                continue;
            }

            var ql = CommunityDetection.Modularity(graph.Layers[l], partition, resolution);
            if (double.IsFinite(ql))
            {
                q += weights[l] * ql;
            }
        }

        return q;
    }

    public static double[] WeightsOf(MultiplexGraph graph, MultiplexLeidenOptions options)
    {
        foreach (var name in options.LayerWeights.Keys)
        {
            if (!graph.LayerNames.Contains(name, StringComparer.Ordinal))
            {
                throw new ArgumentException($"A weight is given for layer '{name}', which does not exist; layers: {string.Join(", ", graph.LayerNames)}.", nameof(options));
            }
        }

        return graph.LayerNames.Select(name => options.LayerWeights.TryGetValue(name, out var w) ? w : 1.0).ToArray();
    }
}
