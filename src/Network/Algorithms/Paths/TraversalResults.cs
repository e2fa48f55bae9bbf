namespace Stakeholders.Network.Algorithms.Paths;

/// <summary>
/// What a breadth-first search from one source found.
/// </summary>
/// <param name="Source">The vertex the search started from.</param>
/// <param name="Distances">Hops from the source per vertex; -1 for vertices not reached.</param>
/// <param name="Parents">The vertex each reached vertex was first discovered from; -1 for the source and unreached vertices.</param>
/// <param name="Order">The reached vertices in the order they were discovered, the source first.</param>
/// <param name="Direction">Which arcs were followed (for <see cref="TraversalDirection.In"/> the parent links point against the arcs).</param>
public sealed record BfsResult(int Source, int[] Distances, int[] Parents, int[] Order, TraversalDirection Direction)
{
    /// <summary>The number of vertices reached, the source included.</summary>
    public int ReachedCount => Order.Length;

    /// <summary>Whether the search reached <paramref name="v"/>.</summary>
    public bool IsReached(int v) => Distances[v] >= 0;

    /// <summary>The vertices of a shortest path from the source to <paramref name="target"/>, both included; empty when not reached.</summary>
    public int[] PathTo(int target) => PathFinding.ReconstructPath(Parents, Source, target);
}

/// <summary>
/// What a single-source shortest-path search found.
/// </summary>
/// <param name="Source">The vertex the search started from.</param>
/// <param name="Distances">Path length from the source per vertex (hops, or the sum of arc costs); +∞ for vertices not reached.</param>
/// <param name="Parents">The predecessor of each reached vertex on the shortest path found; -1 for the source and unreached vertices.</param>
/// <param name="Order">The reached vertices in non-decreasing order of distance, the source first (with weights, equal distances in ascending vertex order).</param>
/// <param name="UsedWeights">Whether arc costs were read (Dijkstra) or hops counted (BFS).</param>
/// <param name="Direction">Which arcs were followed.</param>
public sealed record ShortestPathsResult(int Source, double[] Distances, int[] Parents, int[] Order, bool UsedWeights, TraversalDirection Direction)
{
    /// <summary>The number of vertices reached, the source included.</summary>
    public int ReachedCount => Order.Length;

    /// <summary>Whether a path to <paramref name="v"/> was found.</summary>
    public bool IsReached(int v) => !double.IsPositiveInfinity(Distances[v]);

    /// <summary>The vertices of the shortest path found from the source to <paramref name="target"/>, both included; empty when not reached.</summary>
    public int[] PathTo(int target) => PathFinding.ReconstructPath(Parents, Source, target);
}

/// <summary>
/// A partition of the vertices into components.
/// </summary>
/// <param name="Membership">The component of each vertex. Components are numbered 0, 1, ... in increasing order of their smallest vertex.</param>
/// <param name="Sizes">The number of vertices of each component.</param>
public sealed record ComponentsResult(int[] Membership, int[] Sizes)
{
    /// <summary>The number of components.</summary>
    public int Count => Sizes.Length;

    /// <summary>The component with the most vertices (the lowest numbered one on ties), or -1 for an empty graph.</summary>
    public int Largest
    {
        get
        {
            var best = -1;
            for (var c = 0; c < Sizes.Length; c++)
            {
                if (best < 0 || Sizes[c] > Sizes[best])
                {
                    best = c;
                }
            }

            return best;
        }
    }

    /// <summary>The vertices of each component, each list ascending, components in number order.</summary>
    public int[][] Members()
    {
        var members = new int[Sizes.Length][];
        var fill = new int[Sizes.Length];
        for (var c = 0; c < Sizes.Length; c++)
        {
            members[c] = new int[Sizes[c]];
        }

        for (var v = 0; v < Membership.Length; v++)
        {
            var c = Membership[v];
            members[c][fill[c]++] = v;
        }

        return members;
    }
}
