using Stakeholders.Network.Graphs;

namespace Stakeholders.Network.Algorithms.Communities;

/// <summary>
/// Community detection: the public door. Every method returns a <see cref="CommunityResult"/> whose
/// <see cref="Partition"/> covers every vertex exactly once, numbered canonically (community 0 holds vertex 0).
/// Weights are read as tie strengths (larger = closer), whatever the graph's <see cref="WeightMeaning"/>.
/// The detection methods run on one thread and draw from <see cref="Random"/> seeded by the options, so the same seed
/// gives the same partition on every run, whatever the number of cores.
/// </summary>
public static partial class CommunityDetection
{
    /// <summary>
    /// Louvain modularity optimisation (Blondel et al. 2008, doi:10.1088/1742-5468/2008/10/P10008), as NetworkX
    /// <c>louvain_communities</c>: seeded, weighted, with resolution; <see cref="CommunityResult.Levels"/> holds the
    /// partition after every level (the dendrogram, finest first). Directed graphs use directed modularity
    /// (Leicht &amp; Newman 2008, doi:10.1103/PhysRevLett.100.118703), as NetworkX does for a DiGraph.
    /// Time: O(m) per sweep, a few sweeps per level, O(log n) levels in practice. A graph without edge weight gives
    /// singletons and NaN modularity.
    /// </summary>
    public static CommunityResult Louvain(CsrGraph graph, LouvainOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= new LouvainOptions();
        options.Validate();
        return LouvainAlgorithm.Run(graph, options, cancellationToken);
    }

    /// <summary>
    /// Leiden modularity optimisation (Traag, Waltman &amp; van Eck 2019, doi:10.1038/s41598-019-41695-z) with the
    /// refinement step, so every community returned is connected (weakly, for directed graphs). Quality function:
    /// modularity with resolution γ (directed modularity for directed graphs). Seeded; runs
    /// <see cref="LeidenOptions.Iterations"/> iterations, or until an iteration changes nothing.
    /// Time: O(m) per level per iteration.
    /// </summary>
    public static CommunityResult Leiden(CsrGraph graph, LeidenOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= new LeidenOptions();
        options.Validate();
        return LeidenAlgorithm.Run(graph, options, cancellationToken);
    }

    /// <summary>
    /// Asynchronous label propagation as NetworkX <c>asyn_lpa_communities</c> (seeded random order and tie-breaking; stops
    /// when every vertex holds a most frequent label of its neighbours). Directed graphs ignore direction.
    /// O(m) per round.
    /// </summary>
    /// <exception cref="CommunityConvergenceException">The round cap was reached first.</exception>
    public static CommunityResult LabelPropagation(CsrGraph graph, LabelPropagationOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (!TryLabelPropagation(graph, out var result, options, cancellationToken))
        {
            throw new CommunityConvergenceException(
                $"Label propagation did not settle within {result.Iterations} rounds; raise MaxIterations or use TryLabelPropagation.");
        }

        return result;
    }

    /// <summary>As <see cref="LabelPropagation"/>, returning false (with the last labelling) instead of throwing at the cap.</summary>
    public static bool TryLabelPropagation(CsrGraph graph, out CommunityResult result, LabelPropagationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= new LabelPropagationOptions();
        options.Validate();
        result = LabelPropagationAlgorithm.Run(graph, options, cancellationToken);
        return result.Converged;
    }

    /// <summary>
    /// Connected components as a partition (weakly connected components for directed graphs, as NetworkX
    /// <c>weakly_connected_components</c>). O(n + m).
    /// </summary>
    public static CommunityResult Components(CsrGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var membership = new int[graph.VertexCount];
        LeidenAlgorithm.SplitDisconnected(graph, membership);
        var partition = Partition.FromDenseLabels(membership, graph.VertexCount);
        return new CommunityResult(partition, Modularity(graph, partition), [partition], 1, true);
    }

    /// <summary>
    /// Modularity of a partition, equal to NetworkX <c>community.modularity(G, communities, weight='weight', resolution)</c>.
    /// Undirected: <c>Q = Σ_c [ L_c/m − γ (d_c / 2m)² ]</c> with L_c the weight of edges inside c, d_c the sum of weighted
    /// degrees (a self-loop counted twice) and m the total edge weight. Directed (Leicht &amp; Newman 2008):
    /// <c>Q = Σ_c [ L_c/m − γ d⁺_c d⁻_c / m² ]</c> with out- and in-strength sums. Unweighted graphs use weight 1.
    /// Newman 2006, doi:10.1073/pnas.0601602103. O(n + m). Returns NaN when the graph has no edge weight (m = 0).
    /// </summary>
    /// <exception cref="ArgumentException">The partition covers a different number of vertices, or γ is negative or not finite.</exception>
    public static double Modularity(CsrGraph graph, Partition partition, double resolution = 1.0)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(partition);
        if (partition.VertexCount != graph.VertexCount)
        {
            throw new ArgumentException($"The partition covers {partition.VertexCount} vertices but the graph has {graph.VertexCount}.", nameof(partition));
        }

        if (!double.IsFinite(resolution) || resolution < 0)
        {
            throw new ArgumentException($"Resolution must be a finite number ≥ 0, not {resolution}.", nameof(resolution));
        }

        var k = partition.CommunityCount;
        var membership = partition.Membership;
        var inside = new double[k];
        var outSum = new double[k];
        var inSum = graph.IsDirected ? new double[k] : outSum;
        double total = 0;
        var offsets = graph.Offsets;
        var targets = graph.Targets;
        var weights = graph.Weights;
        for (var u = 0; u < graph.VertexCount; u++)
        {
            var c = membership[u];
            for (var i = offsets[u]; i < offsets[u + 1]; i++)
            {
                var v = targets[i];
                var w = weights[i];
                var factor = !graph.IsDirected && v == u ? 2.0 : 1.0;
                total += factor * w;
                outSum[c] += factor * w;
                if (graph.IsDirected)
                {
                    inSum[membership[v]] += w;
                }

                if (membership[v] == c)
                {
                    inside[c] += factor * w;
                }
            }
        }

        if (total <= 0)
        {
            return double.NaN;
        }

        double q = 0;
        for (var c = 0; c < k; c++)
        {
            q += (inside[c] / total) - (resolution * (outSum[c] / total) * (inSum[c] / total));
        }

        return q;
    }
}
