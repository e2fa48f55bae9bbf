using Stakeholders.Network.Graphs;

namespace Stakeholders.Network.Algorithms.KeyPlayers;

/// <summary>
/// Key-player sets (Borgatti, S. P. 2006, "Identifying sets of key players in a social network", Computational and
/// Mathematical Organization Theory 12:21–34, doi:10.1007/s10588-006-7084-x): the k stakeholders whose removal
/// fragments the network most (KPP-Neg) and the k that reach the most others (KPP-Pos). The public door to the family.
/// </summary>
/// <remarks>
/// <para>
/// Objectives (all in [0, 1], higher is better; d is the hop distance, weights are ignored: a tie is there or not):
/// </para>
/// <list type="bullet">
/// <item>Fragmentation F of the graph without the set, over the n' = n − k vertices left:
/// F = 1 − Σ_{i≠j} r_ij / (n'(n'−1)), r_ij = 1 when j is reachable from i. On undirected graphs this is Borgatti's
/// F = 1 − Σ_c s_c(s_c−1) / (n'(n'−1)) over the component sizes s_c; on directed graphs it follows the arcs (a pair is
/// connected when j can be reached from i).</item>
/// <item>Distance-weighted fragmentation D_F = 1 − Σ_{i≠j} (1/d_ij) / (n'(n'−1)), 1/∞ = 0 (Borgatti's
/// 1 − 2Σ_{i&gt;j} (1/d_ij) / (n(n−1)) on undirected graphs).</item>
/// <item>m-reach: the share of the n − k non-members at distance at most m from the set (along out-arcs on directed graphs).</item>
/// <item>Distance-weighted reach: Σ_{j ∉ S} (1/d(S, j)) / (n − k), d(S, j) the distance from the nearest member.</item>
/// </list>
/// <para>
/// To read a directed graph without direction (Borgatti's setting: symmetric ties), pass <c>graph.ToUndirected()</c>.
/// </para>
/// <para>
/// Search: Borgatti's greedy optimisation — start from a random k-set, score every swap of a member with a non-member,
/// make the best improving swap, repeat until none improves — run from <see cref="KeyPlayerOptions.Restarts"/> seeded
/// random starts (best kept; ties go to the earlier start), or exhaustive enumeration for small problems. Greedy
/// results are deterministic for a given seed and do not depend on the thread count.
/// </para>
/// <para>
/// Cost of one score: O(n + m) for component fragmentation on undirected graphs and for reach; O(n'(n + m)) for
/// fragmentation on directed graphs and for D_F. One greedy pass scores k(n − k) sets; exhaustive search scores C(n, k).
/// </para>
/// </remarks>
public static class KeyPlayerSearch
{
    /// <summary>KPP-Neg: the <paramref name="k"/> vertices whose removal fragments the graph most.</summary>
    /// <param name="graph">The graph; directed, weighted (weights ignored) and disconnected graphs are allowed.</param>
    /// <param name="k">The set size, 1 ≤ k ≤ n − 2 (fragmentation needs two vertices left).</param>
    /// <param name="options">Options; null means <see cref="FragmentationOptions.Default"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">k is out of range.</exception>
    /// <exception cref="ArgumentException">Invalid options, or exhaustive search over more sets than allowed.</exception>
    public static KeyPlayerResult Fragmentation(CsrGraph graph, int k, FragmentationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= FragmentationOptions.Default;
        options.Validate();
        var n = graph.VertexCount;
        if (k < 1 || k > n - 2)
        {
            throw new ArgumentOutOfRangeException(nameof(k), k, $"KPP-Neg needs 1 ≤ k ≤ n − 2 = {n - 2}: fragmentation is measured over the pairs of at least two vertices left after removing k.");
        }

        return Search(graph, k, KeyPlayerObjective.For(graph, options.Measure), options, options.CancellationToken);
    }

    /// <summary>KPP-Pos: the <paramref name="k"/> vertices that together reach the most others (within <paramref name="m"/> steps for m-reach).</summary>
    /// <param name="graph">The graph; directed (reach follows out-arcs), weighted (weights ignored) and disconnected graphs are allowed.</param>
    /// <param name="k">The set size, 1 ≤ k ≤ n − 1 (someone must be left to reach).</param>
    /// <param name="m">The step limit of m-reach, m ≥ 1 (not used by distance-weighted reach, but still checked).</param>
    /// <param name="options">Options; null means <see cref="ReachOptions.Default"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">k or m is out of range.</exception>
    /// <exception cref="ArgumentException">Invalid options, or exhaustive search over more sets than allowed.</exception>
    public static KeyPlayerResult Reach(CsrGraph graph, int k, int m, ReachOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= ReachOptions.Default;
        options.Validate();
        var n = graph.VertexCount;
        if (k < 1 || k > n - 1)
        {
            throw new ArgumentOutOfRangeException(nameof(k), k, $"KPP-Pos needs 1 ≤ k ≤ n − 1 = {n - 1}: reach is measured over the vertices outside the set.");
        }

        ThrowIfBadSteps(m);
        return Search(graph, k, KeyPlayerObjective.For(graph, options.Measure, m), options, options.CancellationToken);
    }

    /// <summary>The fragmentation objective (F or D_F by <see cref="FragmentationOptions.Measure"/>) of a given set; the empty set scores the intact graph.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="set">Distinct vertices, at most n − 2 of them.</param>
    /// <param name="options">Only <see cref="FragmentationOptions.Measure"/> is read; null means the default.</param>
    /// <exception cref="ArgumentException">The set repeats a vertex, names one outside the graph, or leaves fewer than two vertices.</exception>
    public static double FragmentationScore(CsrGraph graph, IEnumerable<int> set, FragmentationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= FragmentationOptions.Default;
        options.Validate();
        var members = CheckSet(graph, set, graph.VertexCount - 2, "fragmentation needs at least two vertices left");
        return KeyPlayerSearcher.ScoreOf(graph.VertexCount, KeyPlayerObjective.For(graph, options.Measure), members);
    }

    /// <summary>The reach objective (m-reach or distance-weighted by <see cref="ReachOptions.Measure"/>) of a given set.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="set">Distinct vertices, at most n − 1 of them.</param>
    /// <param name="m">The step limit of m-reach, m ≥ 1.</param>
    /// <param name="options">Only <see cref="ReachOptions.Measure"/> is read; null means the default.</param>
    /// <exception cref="ArgumentException">Bad set or m.</exception>
    public static double ReachScore(CsrGraph graph, IEnumerable<int> set, int m, ReachOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= ReachOptions.Default;
        options.Validate();
        ThrowIfBadSteps(m);
        var members = CheckSet(graph, set, graph.VertexCount - 1, "reach needs at least one vertex outside the set");
        return KeyPlayerSearcher.ScoreOf(graph.VertexCount, KeyPlayerObjective.For(graph, options.Measure, m), members);
    }

    private static KeyPlayerResult Search(CsrGraph graph, int k, KeyPlayerObjective objective, KeyPlayerOptions options, CancellationToken cancellationToken)
    {
        if (options.Search == KeyPlayerSearchStrategy.Exhaustive)
        {
            var sets = KeyPlayerSearcher.CountSets(graph.VertexCount, k, options.MaxExhaustiveSets);
            if (sets > options.MaxExhaustiveSets)
            {
                throw new ArgumentException(
                    $"Exhaustive search over C({graph.VertexCount}, {k}) sets exceeds MaxExhaustiveSets = {options.MaxExhaustiveSets}; use greedy search or raise the limit.",
                    nameof(options));
            }
        }

        return new KeyPlayerSearcher(graph, k, objective, options, cancellationToken).Run();
    }

    private static void ThrowIfBadSteps(int m)
    {
        if (m < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(m), m, "m-reach needs m ≥ 1 steps.");
        }
    }

    private static int[] CheckSet(CsrGraph graph, IEnumerable<int> set, int maxSize, string why)
    {
        ArgumentNullException.ThrowIfNull(set);
        var members = set.ToArray();
        var seen = new HashSet<int>();
        foreach (var v in members)
        {
            graph.ThrowIfNotVertex(v, nameof(set));
            if (!seen.Add(v))
            {
                throw new ArgumentException($"Vertex {v} appears twice in the set.", nameof(set));
            }
        }

        if (members.Length > maxSize)
        {
            throw new ArgumentException($"A set of {members.Length} vertices is too large for a graph of {graph.VertexCount}: {why}.", nameof(set));
        }

        return members;
    }
}
