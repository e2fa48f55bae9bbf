namespace Stakeholders.Network.Graphs;

/// <summary>
/// What the edge weights of a <see cref="CsrGraph"/> mean, which decides how path-based measures read them.
/// </summary>
/// <remarks>
/// Stakeholder data records tie <em>strength</em>: a stronger tie brings two stakeholders closer. Shortest-path measures
/// (betweenness, closeness, Dijkstra) need a traversal <em>cost</em>, so they read a strength <c>w</c> as cost <c>1/w</c>.
/// Weights that already are distances (kilometres, hours, NetworkX's <c>weight=</c> on path functions) are read as they are.
/// Strength-based measures (strength, PageRank, eigenvector, clustering, modularity) always read the weight as it is stored.
/// </remarks>
public enum WeightMeaning
{
    /// <summary>Weights are tie strengths; path measures use <c>1/w</c> as the cost of an edge.</summary>
    Strength,

    /// <summary>Weights are distances; path measures use <c>w</c> as the cost of an edge.</summary>
    Distance,
}

/// <summary>How a <see cref="CsrGraphBuilder"/> merges edges added more than once between the same pair.</summary>
public enum ParallelEdgePolicy
{
    /// <summary>One edge whose weight is the sum of the weights (the default: two ties are stronger than one).</summary>
    Sum,

    /// <summary>One edge with the largest weight.</summary>
    Max,

    /// <summary>One edge with the smallest weight.</summary>
    Min,

    /// <summary>One edge with the weight added first.</summary>
    First,

    /// <summary>One edge with the weight added last (NetworkX's behaviour when an edge is added again).</summary>
    Last,
}
