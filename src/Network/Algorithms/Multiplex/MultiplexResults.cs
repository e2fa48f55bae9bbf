namespace Stakeholders.Network.Algorithms.Multiplex;

/// <summary>The size and shape of one layer.</summary>
/// <param name="Name">The layer name (a tie type or a tie attribute value).</param>
/// <param name="ActiveVertices">Vertices with at least one edge in the layer.</param>
/// <param name="Edges">Edges of the layer (vertex pairs, parallel ties merged).</param>
/// <param name="Density">NetworkX <c>density</c> of the graph of the layer's edges and active vertices (0 below two vertices).</param>
/// <param name="Components">Connected (weakly, when directed) components among the active vertices.</param>
/// <param name="LargestComponent">Vertices in the largest of them (0 for an empty layer).</param>
public sealed record LayerSummary(string Name, int ActiveVertices, int Edges, double Density, int Components, int LargestComponent);

/// <summary>How two layers relate.</summary>
/// <param name="First">The first layer's name.</param>
/// <param name="Second">The second layer's name.</param>
/// <param name="SharedPairs">Vertex pairs tied in both layers (unordered pairs, direction ignored).</param>
/// <param name="EdgeOverlap">The Jaccard index of the two layers' vertex-pair sets, |E₁ ∩ E₂| / |E₁ ∪ E₂| (NaN when both are empty).</param>
/// <param name="DegreeCorrelation">The Pearson correlation of the vertices' degrees in the two layers, over every vertex of the network (NaN when a layer's degrees are constant).</param>
public sealed record LayerPairComparison(string First, string Second, int SharedPairs, double EdgeOverlap, double DegreeCorrelation);

/// <summary>Everything <see cref="MultiplexMeasures.Analyze"/> computes; <see cref="VertexResult.Graph"/> is the first layer (every layer has the same vertices).</summary>
/// <param name="LayerNames">The layer names, in layer order.</param>
/// <param name="Layers">One summary per layer.</param>
/// <param name="Pairs">One comparison per unordered pair of layers (first before second in layer order).</param>
/// <param name="DegreeByLayer">Degree of every vertex in every layer: <c>DegreeByLayer[layer][vertex]</c>.</param>
/// <param name="OverlappingDegree">The overlapping degree o_i = Σ_α k_i^α of every vertex.</param>
/// <param name="Participation">The multiplex participation coefficient of every vertex (NaN for o_i = 0 or a single layer).</param>
public sealed record MultiplexResult(
    IReadOnlyList<string> LayerNames,
    IReadOnlyList<LayerSummary> Layers,
    IReadOnlyList<LayerPairComparison> Pairs,
    IReadOnlyList<double[]> DegreeByLayer,
    double[] OverlappingDegree,
    double[] Participation) : VertexResult
{
    /// <summary>The overlapping degree of the stakeholder with id <paramref name="id"/>.</summary>
    /// <exception cref="UnknownStakeholderException">The network has no vertex with that id.</exception>
    public double OverlappingDegreeOf(string id) => OverlappingDegree[IndexOf(id)];

    /// <summary>The participation coefficient of the stakeholder with id <paramref name="id"/>.</summary>
    /// <exception cref="UnknownStakeholderException">The network has no vertex with that id.</exception>
    public double ParticipationOf(string id) => Participation[IndexOf(id)];

    /// <summary>The degree of the stakeholder with id <paramref name="id"/> in the layer named <paramref name="layer"/>.</summary>
    /// <exception cref="UnknownStakeholderException">The network has no vertex with that id.</exception>
    /// <exception cref="KeyNotFoundException">No layer has that name.</exception>
    public double DegreeOf(string id, string layer)
    {
        var v = IndexOf(id);
        for (var l = 0; l < LayerNames.Count; l++)
        {
            if (string.Equals(LayerNames[l], layer, StringComparison.Ordinal))
            {
                return DegreeByLayer[l][v];
            }
        }

        throw new KeyNotFoundException($"No layer '{layer}'; layers: {string.Join(", ", LayerNames)}.");
    }
}

/// <summary>The overlapping degree of every vertex (<see cref="MultiplexMeasures.OverlappingDegree"/>), by vertex and by stakeholder id.</summary>
/// <param name="Scores">The overlapping degree o_i of each vertex.</param>
public sealed record OverlappingDegreeResult(double[] Scores) : VertexScores<double>(Scores);

/// <summary>The multiplex participation coefficient of every vertex (<see cref="MultiplexMeasures.Participation"/>), by vertex and by stakeholder id.</summary>
/// <param name="Scores">The participation coefficient of each vertex (NaN for o_i = 0 or a single layer).</param>
public sealed record ParticipationResult(double[] Scores) : VertexScores<double>(Scores);
