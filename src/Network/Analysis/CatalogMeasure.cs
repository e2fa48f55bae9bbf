using System.Collections.Concurrent;
using Stakeholders.Network.Graphs;

namespace Stakeholders.Network.Analysis;

/// <summary>
/// A per-stakeholder measure the analysis facade can run by name (<c>--measures</c> in the CLI, a column in the JSON and CSV).
/// </summary>
/// <param name="Name">The name used in <c>--measures</c> and as the JSON field, e.g. <c>betweenness</c>.</param>
/// <param name="Definition">One line saying what it measures, for reports and <c>--help</c>.</param>
/// <param name="Equivalent">The NetworkX function (with arguments) it equals, for provenance and docs.</param>
/// <param name="Compute">Computes one score per vertex of the context's graph.</param>
public sealed record CatalogMeasure(string Name, string Definition, string Equivalent, Func<MeasureContext, double[]> Compute)
{
    /// <summary>Whether the measure is a multiplex measure that needs layers (<see cref="MeasureContext.Layers"/>); such a measure has no per-layer columns.</summary>
    public bool RequiresLayers { get; init; }

    /// <summary>
    /// Why the measure has no value (NaN) for a stakeholder, in words (the isolate whose constraint is 0/0, HITS on a
    /// projection without edges); null for a measure that is defined for every stakeholder of every graph. Written beside
    /// a null score as <c>&lt;name&gt;Undefined</c>; see <see cref="MeasureCatalog.UndefinedReason"/>.
    /// </summary>
    public string? Undefined { get; init; }
}

/// <summary>What a measure is computed on: the analysis graph, the seed and cancellation; collects warnings.</summary>
public sealed class MeasureContext
{
    private readonly ConcurrentDictionary<string, object> _shared = new(StringComparer.Ordinal);
    private readonly List<string> _warnings = [];

    /// <summary>Creates a context.</summary>
    public MeasureContext(CsrGraph graph, int seed, CancellationToken cancellationToken)
    {
        Graph = graph;
        Seed = seed;
        CancellationToken = cancellationToken;
    }

    /// <summary>The graph measures run on.</summary>
    public CsrGraph Graph { get; }

    /// <summary>The seed for randomised measures.</summary>
    public int Seed { get; }

    /// <summary>Cancels long computations.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>The layers of the network for the multiplex measures, or null when the network is not layered.</summary>
    public Algorithms.Multiplex.MultiplexGraph? Layers { get; init; }

    /// <summary>The tolerance of the iterative measures, or null for each measure's default.</summary>
    public double? Tolerance { get; init; }

    /// <summary>The iteration limit of the iterative measures, or null for each measure's default.</summary>
    public int? MaxIterations { get; init; }

    /// <summary>A group number per vertex for the brokerage measures, or null when no grouping was given.</summary>
    public int[]? Groups { get; init; }

    /// <summary>Warnings raised while computing (a measure that did not converge), in order.</summary>
    public IReadOnlyList<string> Warnings => _warnings;

    /// <summary>Records a warning.</summary>
    public void Warn(string message) => _warnings.Add(message);

    /// <summary>Computes a value once per context and shares it between measures (HITS gives hubs and authorities at once).</summary>
    public T GetOrCompute<T>(string key, Func<T> compute)
        where T : notnull => (T)_shared.GetOrAdd(key, _ => compute());
}
