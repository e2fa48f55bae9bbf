using QuikGraph;

namespace Stakeholders.Benchmarks.Traversal;

/// <summary>
/// The same generated graphs as QuikGraph graphs with int vertices and struct edges (the fastest QuikGraph setup we know):
/// an undirected edge becomes two arcs, as in the CSR graph.
/// </summary>
internal static class QuikGraphBaselines
{
    public static AdjacencyGraph<int, SEdge<int>> Adjacency(EdgeList edges, bool directed)
    {
        var arcs = directed ? edges.EdgeCount : 2 * edges.EdgeCount;
        var g = new AdjacencyGraph<int, SEdge<int>>(allowParallelEdges: true, vertexCapacity: edges.VertexCount, edgeCapacity: arcs / Math.Max(1, edges.VertexCount));
        for (var v = 0; v < edges.VertexCount; v++)
        {
            g.AddVertex(v);
        }

        for (var i = 0; i < edges.EdgeCount; i++)
        {
            g.AddEdge(new SEdge<int>(edges.Sources[i], edges.Targets[i]));
            if (!directed)
            {
                g.AddEdge(new SEdge<int>(edges.Targets[i], edges.Sources[i]));
            }
        }

        return g;
    }

    public static AdjacencyGraph<int, STaggedEdge<int, double>> WeightedAdjacency(EdgeList edges, double[] weights, bool directed)
    {
        var arcs = directed ? edges.EdgeCount : 2 * edges.EdgeCount;
        var g = new AdjacencyGraph<int, STaggedEdge<int, double>>(allowParallelEdges: true, vertexCapacity: edges.VertexCount, edgeCapacity: arcs / Math.Max(1, edges.VertexCount));
        for (var v = 0; v < edges.VertexCount; v++)
        {
            g.AddVertex(v);
        }

        for (var i = 0; i < edges.EdgeCount; i++)
        {
            g.AddEdge(new STaggedEdge<int, double>(edges.Sources[i], edges.Targets[i], weights[i]));
            if (!directed)
            {
                g.AddEdge(new STaggedEdge<int, double>(edges.Targets[i], edges.Sources[i], weights[i]));
            }
        }

        return g;
    }
}
