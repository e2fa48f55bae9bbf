using Stakeholders.Network.Algorithms.Multiplex;
using Stakeholders.Network.Graphs;
using Stakeholders.Network.Model;

namespace Stakeholders.Network.Analysis;

/// <summary>
/// A network seen as layers: one layer per tie type (<c>tie-type</c>) or per value of a tie attribute. The projection's
/// kept ties are split by layer; every layer has every vertex of the projection (so per-layer measures are comparable
/// and equal to projecting the network with only that layer's ties), and parallel ties inside a layer merge as in
/// <see cref="NetworkProjection"/>.
/// </summary>
public sealed class MultiplexProjection
{
    /// <summary>The layering by tie type.</summary>
    public const string ByTieType = "tie-type";

    /// <summary>The layer of ties without the layering attribute.</summary>
    public const string NoValueLayer = "(none)";

    private MultiplexProjection(NetworkProjection union, MultiplexGraph graph, string layerBy, int[] layerOfTie)
    {
        LayerOfTie = layerOfTie;
        Union = union;
        Graph = graph;
        LayerBy = layerBy;
    }

    /// <summary>The projection of all kept ties (the union, or aggregate, graph).</summary>
    public NetworkProjection Union { get; }

    /// <summary>The layers.</summary>
    public MultiplexGraph Graph { get; }

    /// <summary>The layer number of each kept tie, parallel to <see cref="NetworkProjection.KeptTieIndices"/> of <see cref="Union"/>.</summary>
    internal int[] LayerOfTie { get; }

    /// <summary>What the layers are: <see cref="ByTieType"/> or a tie attribute name.</summary>
    public string LayerBy { get; }

    /// <summary>The layer name of a tie: its type name, or the value of the attribute (<see cref="NoValueLayer"/> when it has none).</summary>
    public static string LayerOf(Tie tie, string layerBy)
    {
        ArgumentNullException.ThrowIfNull(tie);
        return layerBy == ByTieType ? tie.Type.Name
            : tie.Attributes.TryGetValue(layerBy, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : NoValueLayer;
    }

    /// <summary>Projects the network and splits its kept ties into layers, named in ordinal order.</summary>
    /// <exception cref="ArgumentException">The layering is empty, names a tie attribute no kept tie carries, or no tie is kept.</exception>
    public static MultiplexProjection Project(StakeholderNetwork network, string layerBy, ProjectionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        if (string.IsNullOrWhiteSpace(layerBy))
        {
            throw new ArgumentException("Say what the layers are: tie-type or a tie attribute name.", nameof(layerBy));
        }

        var union = NetworkProjection.Project(network, options ?? new ProjectionOptions { WeightSource = WeightSource.None });
        var ties = new ProjectedTies(union);
        var layerOfTie = new string[ties.Count];
        for (var i = 0; i < ties.Count; i++)
        {
            layerOfTie[i] = LayerOf(ties.TieAt(i), layerBy);
        }

        if (ties.Count == 0)
        {
            throw new ArgumentException("No tie is left after filtering, so there are no layers.", nameof(layerBy));
        }

        if (layerBy != ByTieType && layerOfTie.All(l => l == NoValueLayer))
        {
            throw new ArgumentException($"No tie has an attribute '{layerBy}' to layer by (use tie-type or a tie attribute name).", nameof(layerBy));
        }

        var names = layerOfTie.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var layers = names.Select(name => ties.Build(i => layerOfTie[i] == name)).ToArray();
        var numbers = layerOfTie.Select(name => Array.IndexOf(names, name)).ToArray();
        return new MultiplexProjection(union, new MultiplexGraph(names, layers), layerBy, numbers);
    }
}
