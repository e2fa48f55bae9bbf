using Stakeholders.Network.Graphs;

namespace Stakeholders.Network.Algorithms.Communities;

// The community algorithms the analysis facade runs by name.
public static partial class CommunityDetection
{
    /// <summary>
    /// The names: <c>louvain</c>, <c>leiden</c>, <c>label-propagation</c>, <c>components</c>, and <c>multiplex-leiden</c>
    /// (Leiden on the sum of the layers' modularities; it needs layers, so the analysis facade runs it, see
    /// <c>MultiplexMeasures.Leiden</c>).
    /// </summary>
    public static IReadOnlyList<string> Names { get; } = ["louvain", "leiden", "label-propagation", "components", "multiplex-leiden"];

    /// <summary>Runs the named single-graph algorithm with the given resolution (Louvain, Leiden) and seed.</summary>
    /// <exception cref="ArgumentException">The name is not one of <see cref="Names"/>, or is <c>multiplex-leiden</c> (which needs layers).</exception>
    public static CommunityResult Run(string name, CsrGraph graph, double resolution, int seed, CancellationToken cancellationToken = default) => name switch
    {
        "louvain" => Louvain(graph, new LouvainOptions { Resolution = resolution, Seed = seed }, cancellationToken),
        "leiden" => Leiden(graph, new LeidenOptions { Resolution = resolution, Seed = seed }, cancellationToken),
        "label-propagation" => LabelPropagation(graph, new LabelPropagationOptions { Seed = seed }, cancellationToken),
        "components" => Components(graph),
        "multiplex-leiden" => throw new ArgumentException("multiplex-leiden needs layers (--layers tie-type or a tie attribute).", nameof(name)),
        _ => throw new ArgumentException($"Unknown community algorithm '{name}'. Known: {string.Join(", ", Names)}.", nameof(name)),
    };
}
