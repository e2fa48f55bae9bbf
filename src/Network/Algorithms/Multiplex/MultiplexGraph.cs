using Stakeholders.Network.Graphs;

namespace Stakeholders.Network.Algorithms.Multiplex;

/// <summary>
/// A multiplex network: several layers (one graph per kind of tie) over one shared set of vertices. Every layer has the
/// same vertex ids in the same order, the same direction and the same weighting; a vertex without a tie in a layer is an
/// isolate of that layer. Immutable and thread-safe.
/// </summary>
public sealed class MultiplexGraph
{
    private readonly string[] _names;
    private readonly CsrGraph[] _layers;

    /// <summary>Creates a multiplex graph from named layers.</summary>
    /// <exception cref="ArgumentException">No layer, a duplicate or empty name, or layers that differ in vertices, direction or weighting.</exception>
    public MultiplexGraph(IEnumerable<string> layerNames, IEnumerable<CsrGraph> layers)
    {
        ArgumentNullException.ThrowIfNull(layerNames);
        ArgumentNullException.ThrowIfNull(layers);
        _names = layerNames.ToArray();
        _layers = layers.ToArray();
        if (_names.Length != _layers.Length)
        {
            throw new ArgumentException($"{_names.Length} layer names for {_layers.Length} layers.", nameof(layerNames));
        }

        if (_layers.Length == 0)
        {
            throw new ArgumentException("A multiplex graph needs at least one layer.", nameof(layers));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in _names)
        {
            if (string.IsNullOrEmpty(name) || !seen.Add(name))
            {
                throw new ArgumentException($"Layer names must be non-empty and distinct; '{name}' is not.", nameof(layerNames));
            }
        }

        var first = _layers[0];
        for (var l = 1; l < _layers.Length; l++)
        {
            var g = _layers[l];
            if (g.IsDirected != first.IsDirected || g.IsWeighted != first.IsWeighted || g.VertexCount != first.VertexCount
                || !g.VertexIds.SequenceEqual(first.VertexIds, StringComparer.Ordinal))
            {
                throw new ArgumentException($"Layer '{_names[l]}' differs from layer '{_names[0]}' in its vertices, direction or weighting.", nameof(layers));
            }
        }
    }

    /// <summary>The layer names, in layer order.</summary>
    public IReadOnlyList<string> LayerNames => _names;

    /// <summary>The layer graphs, in layer order.</summary>
    public IReadOnlyList<CsrGraph> Layers => _layers;

    /// <summary>The number of layers M.</summary>
    public int LayerCount => _layers.Length;

    /// <summary>The number of vertices shared by every layer.</summary>
    public int VertexCount => _layers[0].VertexCount;

    /// <summary>The vertex ids shared by every layer.</summary>
    public IReadOnlyList<string> VertexIds => _layers[0].VertexIds;

    /// <summary>Whether the layers are directed.</summary>
    public bool IsDirected => _layers[0].IsDirected;

    /// <summary>The layer of a name.</summary>
    /// <exception cref="KeyNotFoundException">No layer has that name.</exception>
    public CsrGraph Layer(string name)
    {
        var l = Array.IndexOf(_names, name);
        return l >= 0 ? _layers[l] : throw new KeyNotFoundException($"No layer '{name}'; layers: {string.Join(", ", _names)}.");
    }

    /// <summary>
    /// The union (aggregate) graph: an edge wherever some layer has one, weighted by the sum of the layers' weights (1 per
    /// layer when unweighted, so the weight counts the layers).
    /// </summary>
    public CsrGraph Union()
    {
        var first = _layers[0];
        var builder = new CsrGraphBuilder(first.VertexIds)
        {
            Directed = first.IsDirected,
            Weighted = first.IsWeighted,
            WeightMeaning = first.WeightMeaning,
            ParallelEdges = ParallelEdgePolicy.Sum,
        };
        foreach (var layer in _layers)
        {
            foreach (var (s, t, w) in layer.Edges())
            {
                builder.AddEdge(s, t, w);
            }
        }

        return builder.Build();
    }
}
