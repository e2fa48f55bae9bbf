using Stakeholders.Network.Graphs;

namespace Stakeholders.Network.Algorithms.Paths;

/// <summary>
/// The door to connected, weakly connected and strongly connected components of a <see cref="CsrGraph"/>.
/// </summary>
/// <remarks>
/// All three are iterative (an explicit stack, no recursion), so they run on graphs of millions of vertices. Components
/// are numbered 0, 1, ... in increasing order of their smallest vertex, whatever the algorithm, so results compare
/// directly. The vertex sets equal NetworkX's <c>connected_components</c>, <c>weakly_connected_components</c> and
/// <c>strongly_connected_components</c>.
/// </remarks>
public static partial class PathFinding
{

    /// <summary>
    /// The connected components of an undirected graph: maximal vertex sets in which every pair is joined by a path.
    /// </summary>
    /// <remarks>BFS from each vertex not yet labelled, in ascending order. Time O(n + m), memory O(n).</remarks>
    /// <exception cref="ArgumentException">The graph is directed (as NetworkX, which raises <c>NetworkXNotImplemented</c>):
    /// use <see cref="WeaklyConnectedComponents"/> or <see cref="StronglyConnectedComponents"/>.</exception>
    public static ComponentsResult ConnectedComponents(CsrGraph graph, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (graph.IsDirected)
        {
            throw new ArgumentException(
                "Connected components are defined for undirected graphs; this graph is directed. Use WeaklyConnectedComponents or StronglyConnectedComponents, or ToUndirected() first.",
                nameof(graph));
        }

        return LabelComponents(graph, followIn: false, cancellationToken);
    }

    /// <summary>
    /// The weakly connected components: the connected components of the graph with arc directions ignored.
    /// On an undirected graph they are its connected components (NetworkX refuses undirected graphs here; we do not).
    /// </summary>
    /// <remarks>BFS over out- and in-arcs from each vertex not yet labelled. Time O(n + m), memory O(n).</remarks>
    public static ComponentsResult WeaklyConnectedComponents(CsrGraph graph, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return LabelComponents(graph, followIn: graph.IsDirected, cancellationToken);
    }

    /// <summary>
    /// The strongly connected components: maximal vertex sets in which every vertex reaches every other along arcs.
    /// On an undirected graph they are its connected components (NetworkX refuses undirected graphs here; we do not).
    /// </summary>
    /// <remarks>
    /// Tarjan's algorithm with an explicit call stack: R. Tarjan, "Depth-first search and linear graph algorithms",
    /// SIAM J. Comput. 1(2) (1972) 146–160, doi:10.1137/0201010. Time O(n + m), memory O(n); no recursion, so the depth of
    /// the search is bounded only by memory.
    /// </remarks>
    public static ComponentsResult StronglyConnectedComponents(CsrGraph graph, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (!graph.IsDirected)
        {
            return LabelComponents(graph, followIn: false, cancellationToken);
        }

        var n = graph.VertexCount;
        var offsets = graph.Offsets;
        var targets = graph.Targets;
        var index = new int[n];
        var low = new int[n];
        var raw = new int[n];
        var onStack = new bool[n];
        var stack = new int[n];
        var callVertex = new int[n];
        var callArc = new int[n];
        Array.Fill(index, -1);
        int counter = 0, stackTop = 0, rawCount = 0;
        for (var root = 0; root < n; root++)
        {
            if (index[root] >= 0)
            {
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            index[root] = low[root] = counter++;
            stack[stackTop++] = root;
            onStack[root] = true;
            callVertex[0] = root;
            callArc[0] = offsets[root];
            var depth = 1;
            while (depth > 0)
            {
                var v = callVertex[depth - 1];
                var arc = callArc[depth - 1];
                if (arc < offsets[v + 1])
                {
                    callArc[depth - 1] = arc + 1;
                    var w = targets[arc];
                    if (index[w] < 0)
                    {
                        index[w] = low[w] = counter++;
                        stack[stackTop++] = w;
                        onStack[w] = true;
                        callVertex[depth] = w;
                        callArc[depth] = offsets[w];
                        depth++;
                    }
                    else if (onStack[w] && index[w] < low[v])
                    {
                        low[v] = index[w];
                    }

                    continue;
                }

                depth--;
                if (low[v] == index[v])
                {
                    int w;
                    do
                    {
                        w = stack[--stackTop];
                        onStack[w] = false;
                        raw[w] = rawCount;
                    }
                    while (w != v);
                    rawCount++;
                    if ((rawCount & (CancellationStride - 1)) == 0)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                    }
                }

                if (depth > 0)
                {
                    var caller = callVertex[depth - 1];
                    if (low[v] < low[caller])
                    {
                        low[caller] = low[v];
                    }
                }
            }
        }

        return Renumber(raw, rawCount);
    }

    private static ComponentsResult LabelComponents(CsrGraph graph, bool followIn, CancellationToken cancellationToken)
    {
        var n = graph.VertexCount;
        var offsets = graph.Offsets;
        var targets = graph.Targets;
        var inOffsets = graph.InOffsets;
        var inSources = graph.InSources;
        var membership = new int[n];
        Array.Fill(membership, -1);
        var queue = new int[n];
        var sizes = new List<int>();
        var labelled = 0;
        for (var root = 0; root < n; root++)
        {
            if (membership[root] >= 0)
            {
                continue;
            }

            var c = sizes.Count;
            int head = 0, tail = 0;
            membership[root] = c;
            queue[tail++] = root;
            while (head < tail)
            {
                if ((labelled++ & (CancellationStride - 1)) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                var v = queue[head++];
                for (var i = offsets[v]; i < offsets[v + 1]; i++)
                {
                    var w = targets[i];
                    if (membership[w] < 0)
                    {
                        membership[w] = c;
                        queue[tail++] = w;
                    }
                }

                if (followIn)
                {
                    for (var i = inOffsets[v]; i < inOffsets[v + 1]; i++)
                    {
                        var w = inSources[i];
                        if (membership[w] < 0)
                        {
                            membership[w] = c;
                            queue[tail++] = w;
                        }
                    }
                }
            }

            sizes.Add(tail);
        }

        return new ComponentsResult(membership, [.. sizes]);
    }

    /// <summary>Renumbers raw labels so components are numbered by their smallest vertex.</summary>
    private static ComponentsResult Renumber(int[] raw, int count)
    {
        var newOf = new int[count];
        Array.Fill(newOf, -1);
        var sizes = new int[count];
        var next = 0;
        for (var v = 0; v < raw.Length; v++)
        {
            ref var label = ref newOf[raw[v]];
            if (label < 0)
            {
                label = next++;
            }

            raw[v] = label;
            sizes[label]++;
        }

        return new ComponentsResult(raw, sizes);
    }
}
