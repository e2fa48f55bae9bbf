using Stakeholders.Network.Graphs;

namespace Stakeholders.Network.Algorithms.Brokerage;

/// <summary>A pair of stakeholders a broker sits between: an open two-path <c>first → broker → second</c> with no tie from first to second.</summary>
/// <param name="First">The first end (for undirected graphs the smaller vertex index).</param>
/// <param name="Second">The second end.</param>
/// <param name="OtherBrokers">How many other vertices also sit on a two-path from <paramref name="First"/> to <paramref name="Second"/>.</param>
public readonly record struct BrokeredPairResult(int First, int Second, int OtherBrokers);

/// <summary>
/// The one ranking of brokers that the <c>brokers</c> command and the report both use, and the pairs each broker sits between.
/// </summary>
/// <remarks>
/// Brokers are ordered by their Gould–Fernandez total (the number of open two-paths through them, counted as
/// <see cref="Brokerage.GouldFernandez(CsrGraph, ReadOnlySpan{int}, GouldFernandezOptions?, CancellationToken)"/> counts
/// them), then by Burt's constraint ascending (less constrained first; undefined constraint last), then by stakeholder id
/// (ordinal), so the order is total and deterministic.
/// </remarks>
public static class BrokerRanking
{
    /// <summary>Every vertex, best broker first (see the class remarks for the order).</summary>
    /// <exception cref="ArgumentException">The arrays do not have one entry per vertex.</exception>
    public static int[] Order(CsrGraph graph, GouldFernandezResult roles, ReadOnlySpan<double> constraint)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(roles);
        var n = graph.VertexCount;
        if (constraint.Length != n)
        {
            throw new ArgumentException($"The constraint array has {constraint.Length} entries, the graph has {n} vertices.", nameof(constraint));
        }

        var total = roles.Raw[BrokerageRole.Total];
        if (total.Length != n)
        {
            throw new ArgumentException($"The roles have {total.Length} entries, the graph has {n} vertices.", nameof(roles));
        }

        var c = constraint.ToArray();
        var order = Enumerable.Range(0, n).ToArray();
        Array.Sort(order, (a, b) =>
        {
            var byTotal = total[b].CompareTo(total[a]);
            if (byTotal != 0)
            {
                return byTotal;
            }

            var ca = double.IsFinite(c[a]) ? c[a] : double.PositiveInfinity;
            var cb = double.IsFinite(c[b]) ? c[b] : double.PositiveInfinity;
            var byConstraint = ca.CompareTo(cb);
            return byConstraint != 0 ? byConstraint : string.CompareOrdinal(graph.IdOf(a), graph.IdOf(b));
        });
        return order;
    }

    /// <summary>
    /// The pairs <paramref name="broker"/> sits between: for undirected graphs every pair of its neighbours with no edge
    /// between them (once per pair); for directed graphs every (in-neighbour a, out-neighbour c), a ≠ c, with no arc a → c.
    /// Each pair carries how many other vertices also link it in two steps. Pairs come in order of (first, second).
    /// </summary>
    /// <remarks>
    /// Time O(Σ over pairs of (deg a + deg c)) for a broker of degree d: each pair's other go-betweens are counted by
    /// merging the two ends' sorted neighbour lists; O(d²) pairs at most.
    /// </remarks>
    public static IReadOnlyList<BrokeredPairResult> Pairs(CsrGraph graph, int broker)
    {
        ArgumentNullException.ThrowIfNull(graph);
        graph.ThrowIfNotVertex(broker);
        var sources = (graph.IsDirected ? graph.InNeighbors(broker) : graph.OutNeighbors(broker)).ToArray().Where(u => u != broker).Distinct().Order().ToArray();
        var targets = graph.OutNeighbors(broker).ToArray().Where(u => u != broker).Distinct().Order().ToArray();
        var pairs = new List<BrokeredPairResult>();
        foreach (var a in sources)
        {
            foreach (var c in targets)
            {
                if (a == c || (!graph.IsDirected && c <= a) || graph.HasEdge(a, c))
                {
                    continue;
                }

                pairs.Add(new BrokeredPairResult(a, c, CountIntermediaries(graph, a, c) - 1));
            }
        }

        return pairs;
    }

    // The number of vertices w ∉ {a, c} with a → w → c: the size of out(a) ∩ in(c), by merging the two sorted lists.
    private static int CountIntermediaries(CsrGraph graph, int a, int c)
    {
        var fromA = graph.OutNeighbors(a);
        var intoC = graph.IsDirected ? graph.InNeighbors(c) : graph.OutNeighbors(c);
        int i = 0, j = 0, count = 0;
        while (i < fromA.Length && j < intoC.Length)
        {
            if (fromA[i] < intoC[j])
            {
                i++;
            }
            else if (fromA[i] > intoC[j])
            {
                j++;
            }
            else
            {
                if (fromA[i] != a && fromA[i] != c)
                {
                    count++;
                }

                i++;
                j++;
            }
        }

        return count;
    }
}
