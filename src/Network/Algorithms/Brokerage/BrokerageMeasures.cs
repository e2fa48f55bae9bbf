using Stakeholders.Network.Graphs;

namespace Stakeholders.Network.Algorithms.Brokerage;

/// <summary>
/// Brokerage measures: Burt's structural holes (constraint, effective size, efficiency, hierarchy) and
/// Gould–Fernandez brokerage roles. The public door to the <c>Brokerage</c> family.
/// </summary>
/// <remarks>
/// <para>
/// <b>Structural holes</b> (Burt, R. S. 1992, <i>Structural Holes: The Social Structure of Competition</i>, Harvard
/// University Press; Burt 2004, "Structural holes and good ideas", AJS 110(2):349–399, doi:10.1086/421787). Every
/// measure follows NetworkX 2.8.8 (<c>constraint</c>, <c>local_constraint</c>, <c>effective_size</c>) on directed,
/// undirected, weighted and unweighted graphs. With a_ij the weight of arc i→j (0 when absent; 1 for every arc when
/// weights are not used), the contacts N(i) are the vertices tied to i in either direction (i itself when it has a
/// self-loop, as NetworkX's <c>all_neighbors</c> reports it), the mutual weight is a_ij + a_ji and
/// </para>
/// <list type="bullet">
/// <item>p_ij = (a_ij + a_ji) / Σ_{k ∈ N(i)} (a_ik + a_ki), the proportion of i's network time and energy invested in j
/// (0 when the denominator is 0);</item>
/// <item>local constraint c_ij = (p_ij + Σ_{q ∈ N(i)} p_iq p_qj)²;</item>
/// <item>constraint C_i = Σ_{j ∈ N(i)} c_ij;</item>
/// <item>effective size e_i = Σ_{j ∈ N(i)} (1 − Σ_{q ∈ N(i)} p_iq m_jq), m_jq = (a_jq + a_qj) / max_k (a_jk + a_kj);
/// on undirected graphs read without weights NetworkX (and this code) use Borgatti (1997, "Structural holes: unpacking
/// Burt's redundancy measures", Connections 20(1):35–38)'s equivalent e_i = N − 2t/N, N the contacts other than i and t
/// the ties among them;</item>
/// <item>efficiency = e_i / |N(i) \ {i}| (Burt), or e_i / degree as in NetworkX's documentation
/// (<see cref="StructuralHoleOptions.EfficiencyDenominator"/>);</item>
/// <item>hierarchy, the Coleman–Theil disorder index of the local constraints (Burt 1992, ch. 2; the "Hierarchy" column
/// of UCINET's Networks › Ego networks › Structural holes routine, which reports undefined values as missing; NetworkX
/// has none): H_i = Σ_{j ∈ N(i)} r_j ln r_j / (N ln N), r_j = c_ij / (C_i / N), N = |N(i)|, with
/// 0 ln 0 = 0. H is 0 when constraint is spread evenly over the contacts and 1 when one contact holds it all. For N = 1
/// the formula is 0/0; this library returns 0 (a single contact cannot hold an uneven share). C_i = 0 (every tie of
/// weight 0) gives NaN.</item>
/// </list>
/// <para>
/// A vertex without contacts gets NaN for every measure, as NetworkX returns for isolated vertices. Deviation: on
/// directed graphs NetworkX 2.8.8 also returns NaN for a vertex that only receives ties (it tests the successors only);
/// here such a vertex gets the formula's value over its in-neighbours (equal to NetworkX's value on the reversed graph,
/// since mutual weights do not depend on direction). A vertex whose only
/// contact is itself (a lone self-loop) gets an effective size of NaN under Borgatti's form, where NetworkX divides by
/// zero and raises. Negative or non-finite weights are refused with <see cref="ArgumentException"/>.
/// </para>
/// <para>
/// Time O(Σ_i Σ_{j ∈ N(i)} |N(j)|) = O(Σ_j |N(j)|²) (at most O(n·d_max²)), memory O(n + m) plus O(n) scratch per thread.
/// Vertices are computed in parallel; each value is computed by one thread in a fixed order, so results do not depend
/// on the number of threads.
/// </para>
/// </remarks>
public static class BrokerageMeasures
{
    /// <summary>Computes all structural-hole measures at once (constraint, effective size, efficiency, hierarchy, local constraints).</summary>
    /// <param name="graph">The graph; directed, weighted and disconnected graphs are allowed.</param>
    /// <param name="options">Options; null means <see cref="StructuralHoleOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the computation.</param>
    /// <exception cref="ArgumentException">Invalid options, or a negative or non-finite weight while weights are used.</exception>
    public static StructuralHolesResult StructuralHoles(CsrGraph graph, StructuralHoleOptions? options = null, CancellationToken cancellationToken = default) =>
        Algorithms.Brokerage.StructuralHoles.Compute(graph, options ?? StructuralHoleOptions.Default, cancellationToken);

    /// <summary>Burt's constraint C_i of every vertex (NetworkX <c>constraint</c>); see <see cref="BrokerageMeasures"/> for the formula.</summary>
    /// <inheritdoc cref="StructuralHoles" path="/param"/>
    /// <returns>Constraint per vertex; NaN for vertices without contacts.</returns>
    public static double[] Constraint(CsrGraph graph, StructuralHoleOptions? options = null, CancellationToken cancellationToken = default) =>
        StructuralHoles(graph, options, cancellationToken).Constraint;

    /// <summary>Burt's effective size of every vertex (NetworkX <c>effective_size</c>); see <see cref="BrokerageMeasures"/>.</summary>
    /// <inheritdoc cref="StructuralHoles" path="/param"/>
    /// <returns>Effective size per vertex; NaN for vertices without contacts.</returns>
    public static double[] EffectiveSize(CsrGraph graph, StructuralHoleOptions? options = null, CancellationToken cancellationToken = default) =>
        StructuralHoles(graph, options, cancellationToken).EffectiveSize;

    /// <summary>Burt's efficiency, effective size over contacts (or degree, by option), of every vertex; see <see cref="BrokerageMeasures"/>.</summary>
    /// <inheritdoc cref="StructuralHoles" path="/param"/>
    /// <returns>Efficiency per vertex; NaN for vertices without contacts.</returns>
    public static double[] Efficiency(CsrGraph graph, StructuralHoleOptions? options = null, CancellationToken cancellationToken = default) =>
        StructuralHoles(graph, options, cancellationToken).Efficiency;

    /// <summary>Burt's hierarchy H_i of every vertex; see <see cref="BrokerageMeasures"/> for the formula and the one-contact case.</summary>
    /// <inheritdoc cref="StructuralHoles" path="/param"/>
    /// <returns>Hierarchy per vertex in [0, 1]; NaN for vertices without contacts.</returns>
    public static double[] Hierarchy(CsrGraph graph, StructuralHoleOptions? options = null, CancellationToken cancellationToken = default) =>
        StructuralHoles(graph, options, cancellationToken).Hierarchy;

    /// <summary>
    /// The local constraint on <paramref name="vertex"/> by <paramref name="contact"/>, (p_ij + Σ_q p_iq p_qj)², as NetworkX's
    /// <c>local_constraint(G, i, j)</c>; defined for any pair, adjacent or not. O(n + m) (builds the contact view).
    /// </summary>
    /// <param name="graph">The graph.</param>
    /// <param name="vertex">i, the constrained vertex.</param>
    /// <param name="contact">j, the constraining vertex.</param>
    /// <param name="options">Options (only <see cref="StructuralHoleOptions.UseWeights"/> matters); null means the defaults.</param>
    /// <exception cref="ArgumentOutOfRangeException">A vertex is not in the graph.</exception>
    public static double LocalConstraint(CsrGraph graph, int vertex, int contact, StructuralHoleOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        graph.ThrowIfNotVertex(vertex);
        graph.ThrowIfNotVertex(contact);
        options ??= StructuralHoleOptions.Default;
        options.Validate();
        return Algorithms.Brokerage.StructuralHoles.LocalConstraint(MutualAdjacency.Build(graph, options.UseWeights), vertex, contact);
    }

    /// <summary>
    /// Gould–Fernandez brokerage roles of every vertex for a grouping of the vertices, with expected counts, standard
    /// deviations and z-scores under a random-graph null model, equal to R's <c>sna::brokerage(g, cl)</c> (sna 2.7-1).
    /// </summary>
    /// <remarks>
    /// <para>
    /// Gould, R. V. and Fernandez, R. M. (1989), "Structures of mediation: a formal approach to brokerage in transaction
    /// networks", Sociological Methodology 19:89–126, doi:10.2307/270949. For each broker b the two-paths a→b→c are
    /// counted with a ≠ c, a ≠ b ≠ c and the arc a→c absent, by role: coordinator (a, b, c in one group), itinerant or
    /// consultant (a and c in one group, b in another), representative (a and b together, c elsewhere), gatekeeper
    /// (b and c together, a elsewhere) and liaison (three groups). The group of a vertex can be anything that partitions
    /// stakeholders: kind, organisation type, a community partition, an attribute.
    /// </para>
    /// <para>
    /// Null model (as sna): each arc present independently with the observed density d = m / (n(n−1)), so a given
    /// (a, b, c) is a brokerage with probability d²(1−d); expectations and variances depend only on the group sizes
    /// (formulas on the internal GroupMoments/GlobalMoments, transcribed from sna 2.7-1 as its documentation cites
    /// Gould and Fernandez). z = (raw − expected) / sd, giving NaN (0/0) or ±∞ exactly where sna does, e.g. for a vertex
    /// alone in its group. Undirected graphs are read as sna reads a symmetric matrix: both arcs of every edge exist, so
    /// m counts each edge twice, and a path a–b–c is brokered in both directions. Self-loops count in m (as in sna) but
    /// never form a two-path. Weights are ignored: a tie is present or absent. Disconnected graphs need nothing special.
    /// </para>
    /// <para>Time O(Σ_b indeg(b)·outdeg(b)·log d_max + G²) for G groups, memory O(n + G); the counting runs in parallel
    /// over brokers with every count made by one thread, so results do not depend on the thread count.</para>
    /// </remarks>
    /// <param name="graph">The graph (directed or undirected).</param>
    /// <param name="groups">One group id per vertex (any integers; groups are compared for equality only).</param>
    /// <param name="options">Options; null means <see cref="GouldFernandezOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the counting.</param>
    /// <exception cref="ArgumentException">The grouping does not have one entry per vertex, or invalid options.</exception>
    public static GouldFernandezResult GouldFernandez(CsrGraph graph, ReadOnlySpan<int> groups, GouldFernandezOptions? options = null, CancellationToken cancellationToken = default) =>
        Algorithms.Brokerage.GouldFernandez.Compute(graph, groups, options ?? GouldFernandezOptions.Default, cancellationToken);

    /// <summary>
    /// <see cref="GouldFernandez(CsrGraph, ReadOnlySpan{int}, GouldFernandezOptions?, CancellationToken)"/> with groups given as
    /// any values compared for equality (a stakeholder kind, an organisation type, an attribute string), one per vertex.
    /// </summary>
    /// <typeparam name="TGroup">The group label type.</typeparam>
    /// <param name="graph">The graph.</param>
    /// <param name="groups">One label per vertex; equal labels (default equality) form a group.</param>
    /// <param name="options">Options; null means the defaults.</param>
    /// <param name="cancellationToken">Cancels the counting.</param>
    /// <exception cref="ArgumentException">The grouping does not have one entry per vertex, or invalid options.</exception>
    public static GouldFernandezResult GouldFernandez<TGroup>(CsrGraph graph, IReadOnlyList<TGroup> groups, GouldFernandezOptions? options = null, CancellationToken cancellationToken = default)
        where TGroup : notnull
    {
        ArgumentNullException.ThrowIfNull(groups);
        var ids = new Dictionary<TGroup, int>();
        var dense = new int[groups.Count];
        for (var v = 0; v < dense.Length; v++)
        {
            if (!ids.TryGetValue(groups[v], out var id))
            {
                id = ids.Count;
                ids.Add(groups[v], id);
            }

            dense[v] = id;
        }

        return GouldFernandez(graph, dense, options, cancellationToken);
    }
}
