using System.Runtime.CompilerServices;

namespace Stakeholders.Network.Algorithms;

/// <summary>
/// What a caller of <see cref="Dijkstra.Run"/> does as the search goes: a struct, so the JIT compiles one copy of the
/// kernel per visitor and inlines these calls (no virtual call in the inner loop).
/// </summary>
internal interface IDijkstraVisitor
{
    /// <summary>
    /// Whether <see cref="Tied"/> is wanted: true when paths as short as the best known must be counted (Brandes'
    /// path counts). A constant per visitor type, so the JIT drops the test where it is false.
    /// </summary>
    static abstract bool CountsTies { get; }

    /// <summary><paramref name="v"/> leaves the heap at its final distance <paramref name="distance"/>.</summary>
    void Settled(int v, double distance);

    /// <summary>The arc <paramref name="from"/>→<paramref name="to"/> lowered the distance of <paramref name="to"/>.</summary>
    void Improved(int from, int to);

    /// <summary>The arc <paramref name="from"/>→<paramref name="to"/> gives a path exactly as long as the best known one (only when <see cref="CountsTies"/>).</summary>
    void Tied(int from, int to);
}

/// <summary>One adjacency to relax: CSR offsets, the arc heads parallel to them and the arcs' costs.</summary>
internal readonly ref struct ArcList
{
    public ArcList(ReadOnlySpan<int> offsets, ReadOnlySpan<int> heads, ReadOnlySpan<double> costs)
    {
        Offsets = offsets;
        Heads = heads;
        Costs = costs;
    }

    public ReadOnlySpan<int> Offsets { get; }

    public ReadOnlySpan<int> Heads { get; }

    public ReadOnlySpan<double> Costs { get; }

    public bool IsEmpty => Offsets.IsEmpty;
}

/// <summary>
/// The one Dijkstra kernel (Dijkstra 1959, doi:10.1007/BF01386390) behind betweenness (Brandes), closeness and
/// harmonic (distance sums) and <c>PathFinding.ShortestPaths</c>: the searches differ only in what their visitor does
/// when a vertex is settled or an arc improves or ties a distance. Arc costs must be non-negative (the callers check).
/// Vertices settle in order of distance, equal distances in order of vertex number (<see cref="IndexedMinHeap"/>), so
/// the settle order is a function of the graph.
/// </summary>
internal static class Dijkstra
{
    private const int CancellationStride = 1 << 14;

    /// <summary>
    /// Searches from <paramref name="source"/> along <paramref name="first"/> and, when not empty, <paramref name="second"/>
    /// (out- and in-arcs for a search that ignores direction). <paramref name="distances"/> must be +∞ for every vertex on
    /// entry and <paramref name="heap"/> empty; on return the reached vertices have their distance, <paramref name="order"/>
    /// holds them in settle order and the heap is empty again. A vertex farther than <paramref name="cutoff"/> is not
    /// reached. Returns the number of vertices settled. Time O((n + m) log n).
    /// </summary>
    public static int Run<TVisitor>(
        ref TVisitor visitor, int source, ArcList first, ArcList second, double[] distances, int[] order,
        IndexedMinHeap heap, double cutoff, CancellationToken cancellationToken)
        where TVisitor : struct, IDijkstraVisitor
    {
        var both = !second.IsEmpty;
        distances[source] = 0;
        heap.InsertOrDecrease(source, 0);
        var settled = 0;
        while (heap.Count > 0)
        {
            if ((settled & (CancellationStride - 1)) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var v = heap.PopMin();
            order[settled++] = v;
            var dv = distances[v];
            visitor.Settled(v, dv);
            Relax(ref visitor, v, dv, first, distances, heap, cutoff);
            if (both)
            {
                Relax(ref visitor, v, dv, second, distances, heap, cutoff);
            }
        }

        return settled;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Relax<TVisitor>(ref TVisitor visitor, int v, double dv, ArcList arcs, double[] distances, IndexedMinHeap heap, double cutoff)
        where TVisitor : struct, IDijkstraVisitor
    {
        var heads = arcs.Heads;
        var costs = arcs.Costs;
        var end = arcs.Offsets[v + 1];
        for (var i = arcs.Offsets[v]; i < end; i++)
        {
            var c = costs[i];
            var w = heads[i];
            var candidate = dv + c;
            var dw = distances[w];
            if (candidate < dw)
            {
                if (candidate <= cutoff)
                {
                    distances[w] = candidate;
                    visitor.Improved(v, w);
                    heap.InsertOrDecrease(w, candidate);
                }
            }
            else if (TVisitor.CountsTies && candidate == dw && !double.IsPositiveInfinity(c))
            {
                // NetworkX compares path lengths exactly; so do we, to count the same tied paths.
                visitor.Tied(v, w);
            }
        }
    }
}
