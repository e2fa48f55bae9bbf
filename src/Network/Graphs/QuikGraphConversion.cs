using QuikGraph;

namespace Stakeholders.Network.Graphs;

/// <summary>
/// Conversion between <see cref="CsrGraph"/> and QuikGraph graphs, so QuikGraph's algorithms and the libraries built on
/// it (GraphShape layouts) can run on our graphs, and graphs built with QuikGraph can be analysed here.
/// </summary>
/// <remarks>
/// Vertices are the string ids, edges are <see cref="TaggedEdge{TVertex, TTag}"/> whose tag is the weight (1 for
/// unweighted graphs). Vertices are added in vertex order and edges in row order, so QuikGraph enumerates them in the
/// same order. QuikGraph graphs carry no weight meaning; say it when converting back. The QuikGraph graphs are created
/// with <c>allowParallelEdges: true</c> only because a CSR graph has no parallel edges to check for (checking costs
/// O(degree) per edge). Time and memory O(n + m).
/// </remarks>
public static class QuikGraphConversion
{
    /// <summary>
    /// A QuikGraph <see cref="AdjacencyGraph{TVertex, TEdge}"/> with the same vertices and arcs. An undirected graph gives one
    /// arc per edge, from the lower to the higher vertex (as <see cref="CsrGraph.Edges"/> lists them): read it back with
    /// <c>directed: false</c>.
    /// </summary>
    public static AdjacencyGraph<string, TaggedEdge<string, double>> ToAdjacencyGraph(CsrGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var result = new AdjacencyGraph<string, TaggedEdge<string, double>>(allowParallelEdges: true, graph.VertexCount);
        Fill(graph, result);
        return result;
    }

    /// <summary>
    /// A QuikGraph <see cref="BidirectionalGraph{TVertex, TEdge}"/> (in- and out-edges) with the same vertices and arcs; an
    /// undirected graph gives one arc per edge, as <see cref="ToAdjacencyGraph"/>.
    /// </summary>
    public static BidirectionalGraph<string, TaggedEdge<string, double>> ToBidirectionalGraph(CsrGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var result = new BidirectionalGraph<string, TaggedEdge<string, double>>(allowParallelEdges: true, graph.VertexCount);
        Fill(graph, result);
        return result;
    }

    /// <summary>A QuikGraph <see cref="UndirectedGraph{TVertex, TEdge}"/> with the same vertices and edges.</summary>
    /// <exception cref="ArgumentException">The graph is directed: call <see cref="CsrGraph.ToUndirected"/> first, which says how reciprocal arcs merge.</exception>
    public static UndirectedGraph<string, TaggedEdge<string, double>> ToUndirectedGraph(CsrGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (graph.IsDirected)
        {
            throw new ArgumentException("The graph is directed; call ToUndirected() first to choose how reciprocal arcs merge.", nameof(graph));
        }

        var result = new UndirectedGraph<string, TaggedEdge<string, double>>(allowParallelEdges: true);
        Fill(graph, result);
        return result;
    }

    /// <summary>
    /// A <see cref="CsrGraph"/> from a QuikGraph graph whose edge tags are weights. Direction follows
    /// <paramref name="directed"/>, or the graph's own <c>IsDirected</c> when null. Vertex order is QuikGraph's enumeration order.
    /// </summary>
    /// <param name="graph">The QuikGraph graph.</param>
    /// <param name="weighted">Whether the tags carry weights (true) or every edge weighs 1 (false).</param>
    /// <param name="meaning">What the weights mean for path measures.</param>
    /// <param name="directed">Direction of the result; null to follow the graph.</param>
    /// <param name="parallelEdges">How parallel edges merge (QuikGraph may hold several between one pair). Default summed.</param>
    /// <exception cref="ArgumentOutOfRangeException">A weight is negative, infinite or NaN.</exception>
    public static CsrGraph FromQuikGraph(
        IEdgeListGraph<string, TaggedEdge<string, double>> graph,
        bool weighted = true,
        WeightMeaning meaning = WeightMeaning.Strength,
        bool? directed = null,
        ParallelEdgePolicy parallelEdges = ParallelEdgePolicy.Sum) =>
        FromQuikGraph(graph, weighted ? e => e.Tag : null, meaning, directed, parallelEdges);

    /// <summary>
    /// A <see cref="CsrGraph"/> from any QuikGraph graph with string vertices, weighted by <paramref name="weight"/>
    /// (unweighted when null). See the other overload for the rest.
    /// </summary>
    public static CsrGraph FromQuikGraph<TEdge>(
        IEdgeListGraph<string, TEdge> graph,
        Func<TEdge, double>? weight,
        WeightMeaning meaning = WeightMeaning.Strength,
        bool? directed = null,
        ParallelEdgePolicy parallelEdges = ParallelEdgePolicy.Sum)
        where TEdge : IEdge<string>
    {
        ArgumentNullException.ThrowIfNull(graph);
        var builder = new CsrGraphBuilder(graph.Vertices)
        {
            Directed = directed ?? graph.IsDirected,
            Weighted = weight is not null,
            WeightMeaning = meaning,
            ParallelEdges = parallelEdges,
        };
        foreach (var edge in graph.Edges)
        {
            builder.AddEdge(edge.Source, edge.Target, weight?.Invoke(edge) ?? 1.0);
        }

        return builder.Build();
    }

    private static void Fill(CsrGraph graph, IMutableVertexAndEdgeSet<string, TaggedEdge<string, double>> target)
    {
        for (var v = 0; v < graph.VertexCount; v++)
        {
            target.AddVertex(graph.IdOf(v));
        }

        foreach (var (u, v, w) in graph.Edges())
        {
            target.AddEdge(new TaggedEdge<string, double>(graph.IdOf(u), graph.IdOf(v), w));
        }
    }
}
