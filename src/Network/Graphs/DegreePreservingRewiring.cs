namespace Stakeholders.Network.Graphs;

/// <summary>Options of <see cref="DegreePreservingRewiring.Rewire(CsrGraph, RewiringOptions?)"/>.</summary>
public sealed record RewiringOptions
{
    /// <summary>The defaults: 10 swaps per edge, seed 42.</summary>
    public static RewiringOptions Default { get; } = new();

    /// <summary>Successful swaps to make, per edge of the graph. Default 10 (a common choice for mixing).</summary>
    public double SwapsPerEdge { get; init; } = 10;

    /// <summary>Tries allowed per requested swap before giving up (a swap is rejected when it would make a loop or a parallel edge). Default 100, as NetworkX.</summary>
    public int TriesPerSwap { get; init; } = 100;

    /// <summary>The seed of the random choices. Default 42.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>Checks the options.</summary>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public void Validate()
    {
        if (double.IsNaN(SwapsPerEdge) || SwapsPerEdge < 0 || SwapsPerEdge > 1000)
        {
            throw new ArgumentException($"SwapsPerEdge must be in [0, 1000], not {SwapsPerEdge}.", nameof(SwapsPerEdge));
        }

        if (TriesPerSwap < 1)
        {
            throw new ArgumentException($"TriesPerSwap must be at least 1, not {TriesPerSwap}.", nameof(TriesPerSwap));
        }
    }
}

/// <summary>
/// Degree-preserving randomisation by double-edge swaps: the null model that keeps every vertex's degree and scrambles who
/// is tied to whom, so a statistic of the network can be compared with what its degrees alone would give.
/// </summary>
/// <remarks>
/// <para>
/// Undirected graphs: two edges (u, v) and (x, y) chosen uniformly at random become (u, x) and (v, y), or (u, y) and
/// (v, x) with equal chance, as NetworkX's <c>double_edge_swap</c>. Directed graphs: arcs u → v and x → y become u → y and
/// x → v, which keeps every in- and out-degree. A swap that would create a self-loop or a parallel edge is rejected and
/// another tried. Each edge keeps its weight (it travels with the edge's first endpoint), so the multiset of weights is
/// kept; self-loops of the input are kept in place.
/// </para>
/// <para>
/// Reference: S. Maslov, K. Sneppen, "Specificity and stability in topology of protein networks", Science 296 (2002)
/// 910–913, doi:10.1126/science.1065103. Time O(s · log d) for s swap attempts (edge tests in a hash set).
/// </para>
/// </remarks>
public static class DegreePreservingRewiring
{
    /// <summary>
    /// A rewired copy of <paramref name="graph"/> with the same vertices (ids and order), degrees, direction and weight
    /// semantics. Fewer swaps than requested are made when the tries run out (e.g. on a complete graph, where no swap is
    /// possible); the result is still a valid graph with the same degrees.
    /// </summary>
    /// <exception cref="ArgumentException">The options are not valid.</exception>
    public static CsrGraph Rewire(CsrGraph graph, RewiringOptions? options = null) => Rewire(graph, options, out _);

    /// <summary>As <see cref="Rewire(CsrGraph, RewiringOptions?)"/>, also returning how many swaps were made.</summary>
    /// <exception cref="ArgumentException">The options are not valid.</exception>
    public static CsrGraph Rewire(CsrGraph graph, RewiringOptions? options, out int swapsMade)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= RewiringOptions.Default;
        options.Validate();
        var edges = new List<(int S, int T, double W)>(graph.EdgeCount);
        var loops = new List<(int S, int T, double W)>();
        foreach (var e in graph.Edges())
        {
            (e.Source == e.Target ? loops : edges).Add(e);
        }

        var m = edges.Count;
        var present = new HashSet<long>(m * 2);
        foreach (var (s, t, _) in edges)
        {
            present.Add(Key(s, t, graph.IsDirected));
        }

        var random = new Random(options.Seed);
        var wanted = (long)Math.Round(options.SwapsPerEdge * m);
        var maxTries = wanted * options.TriesPerSwap;
        long tries = 0;
        swapsMade = 0;
        while (m >= 2 && swapsMade < wanted && tries < maxTries)
        {
            tries++;
            var i = random.Next(m);
            var j = random.Next(m);
            if (i == j)
            {
                continue;
            }

            var (u, v, w1) = edges[i];
            var (x, y, w2) = edges[j];
            if (!graph.IsDirected && random.Next(2) == 1)
            {
                (x, y) = (y, x);
            }

            // Undirected: (u,v),(x,y) -> (u,x),(v,y). Directed: u->v, x->y -> u->y, x->v.
            var (a1, b1, a2, b2) = graph.IsDirected ? (u, y, x, v) : (u, x, v, y);
            if (a1 == b1 || a2 == b2)
            {
                continue;
            }

            long k1 = Key(a1, b1, graph.IsDirected), k2 = Key(a2, b2, graph.IsDirected);
            if (k1 == k2 || present.Contains(k1) || present.Contains(k2))
            {
                continue;
            }

            present.Remove(Key(u, v, graph.IsDirected));
            present.Remove(Key(edges[j].S, edges[j].T, graph.IsDirected));
            present.Add(k1);
            present.Add(k2);
            edges[i] = (a1, b1, w1);
            edges[j] = (a2, b2, w2);
            swapsMade++;
        }

        var builder = new CsrGraphBuilder(graph.VertexIds)
        {
            Directed = graph.IsDirected,
            Weighted = graph.IsWeighted,
            WeightMeaning = graph.WeightMeaning,
        };
        foreach (var (s, t, w) in edges.Concat(loops))
        {
            builder.AddEdge(s, t, w);
        }

        return builder.Build();
    }

    private static long Key(int a, int b, bool directed)
    {
        if (!directed && a > b)
        {
            (a, b) = (b, a);
        }

        return ((long)a << 32) | (uint)b;
    }
}
