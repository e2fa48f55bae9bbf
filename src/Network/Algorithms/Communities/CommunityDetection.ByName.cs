using Stakeholders.Network.Graphs;

namespace Stakeholders.Network.Algorithms.Communities;

// The community algorithms the analysis facade runs by name.
public static partial class CommunityDetection
{
    /// <summary>The names: <c>louvain</c>, <c>leiden</c>, <c>label-propagation</c>, <c>components</c>.</summary>
    public static IReadOnlyList<string> Names { get; } = ["louvain", "leiden", "label-propagation", "components"];

    /// <summary>Runs the named algorithm with the given resolution (Louvain, Leiden) and seed.</summary>
    /// <exception cref="ArgumentException">The name is not one of <see cref="Names"/>.</exception>
    public static CommunityResult Run(string name, CsrGraph graph, double resolution = 1.0, int seed = StakeholdersDefaults.Seed, CancellationToken cancellationToken = default) => name switch
    {
        "louvain" => Louvain(graph, new LouvainOptions { Resolution = resolution, Seed = seed, CancellationToken = cancellationToken }),
        "leiden" => Leiden(graph, new LeidenOptions { Resolution = resolution, Seed = seed, CancellationToken = cancellationToken }),
        "label-propagation" => LabelPropagation(graph, new LabelPropagationOptions { Seed = seed, CancellationToken = cancellationToken }),
        "components" => Components(graph),
        _ => throw new ArgumentException($"Unknown community algorithm '{name}'. Known: {string.Join(", ", Names)}.", nameof(name)),
    };
}
