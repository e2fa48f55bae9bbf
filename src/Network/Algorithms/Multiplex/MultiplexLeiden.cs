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

    /// <summary>Throws <see cref="InvalidOptionException"/> when an option is out of range.</summary>
    public override void Validate()
    {
        base.Validate();
        new LeidenOptions { Resolution = Resolution, Iterations = Iterations, MaxIterations = MaxIterations, Randomness = Randomness }.Validate();
        ArgumentNullException.ThrowIfNull(LayerWeights, nameof(LayerWeights));
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

        var leiden = new LeidenOptions
        {
            Resolution = options.Resolution,
            Iterations = options.Iterations,
            MaxIterations = options.MaxIterations,
            Randomness = options.Randomness * unitScale / weightSum,
            Seed = options.Seed,
        };
        var (partition, iterations, converged) = LeidenAlgorithm.Optimise(combined, union, leiden, cancellationToken);
        return new CommunityResult(partition, Quality(graph, partition, weights, options.Resolution), [partition], iterations, converged) { Graph = union };
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
