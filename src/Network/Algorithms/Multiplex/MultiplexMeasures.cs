using Stakeholders.Network.Graphs;
using Stakeholders.Network.Algorithms.Communities;
using Stakeholders.Network.Algorithms.Paths;

namespace Stakeholders.Network.Algorithms.Multiplex;

/// <summary>
/// Measures of a multiplex network (tie types as layers): per-layer size, density and components, edge overlap and degree
/// correlation between layers, per-vertex degree per layer, overlapping degree and the multiplex participation
/// coefficient, and multiplex community detection.
/// </summary>
/// <remarks>
/// Reference: F. Battiston, V. Nicosia, V. Latora, "Structural measures for multiplex networks", Physical Review E 89
/// (2014) 032804, doi:10.1103/PhysRevE.89.032804 (overlapping degree, participation coefficient, edge overlap).
/// Degrees count distinct neighbours (in + out for directed layers, as <c>G.degree()</c> in NetworkX).
/// </remarks>
public static class MultiplexMeasures
{
    /// <summary>Everything at once: layer summaries, layer pairs, degrees per layer, overlapping degree, participation. O(M · (n + m)).</summary>
    public static MultiplexResult Analyze(MultiplexGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var degrees = DegreeByLayer(graph);
        var pairs = new List<LayerPairComparison>();
        for (var a = 0; a < graph.LayerCount; a++)
        {
            for (var b = a + 1; b < graph.LayerCount; b++)
            {
                var (shared, jaccard) = Overlap(graph.Layers[a], graph.Layers[b]);
                pairs.Add(new LayerPairComparison(graph.LayerNames[a], graph.LayerNames[b], shared, jaccard, Pearson(degrees[a], degrees[b])));
            }
        }

        return new MultiplexResult(
            graph.LayerNames,
            graph.LayerNames.Select((name, l) => Summarize(name, graph.Layers[l])).ToArray(),
            pairs,
            degrees,
            OverlappingDegree(graph).Scores,
            Participation(graph).Scores) { Graph = graph.Layers[0] };
    }

    /// <summary>The size, density and components of one layer (see <see cref="LayerSummary"/>). O(n + m).</summary>
    public static LayerSummary Summarize(string name, CsrGraph layer)
    {
        ArgumentNullException.ThrowIfNull(layer);
        var active = 0;
        for (var v = 0; v < layer.VertexCount; v++)
        {
            if (layer.Degree(v) > 0)
            {
                active++;
            }
        }

        var components = layer.IsDirected ? PathFinding.WeaklyConnectedComponents(layer) : PathFinding.ConnectedComponents(layer);
        var activeComponents = 0;
        var largest = 0;
        for (var c = 0; c < components.Count; c++)
        {
            // A component of one vertex is an isolate of this layer unless the vertex has a self-loop.
            var size = components.Sizes[c];
            if (size > 1)
            {
                activeComponents++;
                largest = Math.Max(largest, size);
            }
        }

        foreach (var v in layer.SelfLoopVertices)
        {
            if (components.Sizes[components.Membership[v]] == 1)
            {
                activeComponents++;
                largest = Math.Max(largest, 1);
            }
        }

        double density = 0;
        if (active > 1)
        {
            double m = layer.EdgeCount;
            density = (layer.IsDirected ? m : 2 * m) / ((double)active * (active - 1));
        }

        return new LayerSummary(name, active, layer.EdgeCount, density, activeComponents, largest);
    }

    /// <summary>
    /// The shared vertex pairs and the Jaccard edge overlap |E₁ ∩ E₂| / |E₁ ∪ E₂| of two layers over the same vertices,
    /// pairs taken without direction (a self-loop is the pair (v, v)); NaN when neither layer has an edge. O(m log m).
    /// </summary>
    internal static (int SharedPairs, double Jaccard) Overlap(CsrGraph first, CsrGraph second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var a = PairSet(first);
        var b = PairSet(second);
        var shared = a.Count(b.Contains);
        var union = a.Count + b.Count - shared;
        return (shared, union == 0 ? double.NaN : (double)shared / union);
    }

    /// <summary>The degree of every vertex in every layer, <c>[layer][vertex]</c>. O(M · n).</summary>
    internal static double[][] DegreeByLayer(MultiplexGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var result = new double[graph.LayerCount][];
        for (var l = 0; l < graph.LayerCount; l++)
        {
            var layer = graph.Layers[l];
            var k = new double[graph.VertexCount];
            for (var v = 0; v < k.Length; v++)
            {
                k[v] = layer.Degree(v);
            }

            result[l] = k;
        }

        return result;
    }

    /// <summary>The overlapping degree o_i = Σ_α k_i^α (Battiston et al. 2014, eq. 4): the degree summed over the layers. O(M · n).</summary>
    public static OverlappingDegreeResult OverlappingDegree(MultiplexGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return new OverlappingDegreeResult(Overlapping(graph)) { Graph = graph.Layers[0] };
    }

    private static double[] Overlapping(MultiplexGraph graph)
    {
        var degrees = DegreeByLayer(graph);
        var o = new double[graph.VertexCount];
        foreach (var k in degrees)
        {
            for (var v = 0; v < o.Length; v++)
            {
                o[v] += k[v];
            }
        }

        return o;
    }

    /// <summary>
    /// The multiplex participation coefficient (Battiston et al. 2014, eq. 9):
    /// P_i = M/(M − 1) · [1 − Σ_α (k_i^α / o_i)²]. P_i = 0 when all of i's ties lie in one layer, 1 when they are spread
    /// evenly over all M layers. NaN when o_i = 0 or M = 1. O(M · n).
    /// </summary>
    public static ParticipationResult Participation(MultiplexGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var degrees = DegreeByLayer(graph);
        var o = Overlapping(graph);
        var m = graph.LayerCount;
        var p = new double[graph.VertexCount];
        for (var v = 0; v < p.Length; v++)
        {
            if (m < 2 || o[v] == 0)
            {
                p[v] = double.NaN;
                continue;
            }

            double sum = 0;
            foreach (var k in degrees)
            {
                var share = k[v] / o[v];
                sum += share * share;
            }

            p[v] = m / (m - 1.0) * (1 - sum);
        }

        return new ParticipationResult(p) { Graph = graph.Layers[0] };
    }

    /// <summary>The Pearson correlation coefficient of two equally long samples; NaN when either is constant or shorter than 2.</summary>
    internal static double Pearson(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        if (x.Length != y.Length)
        {
            throw new InvalidOptionException(nameof(y), "The samples differ in length.");
        }

        var n = x.Length;
        if (n < 2)
        {
            return double.NaN;
        }

        double mx = 0, my = 0;
        for (var i = 0; i < n; i++)
        {
            mx += x[i];
            my += y[i];
        }

        mx /= n;
        my /= n;
        double sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < n; i++)
        {
            double dx = x[i] - mx, dy = y[i] - my;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }

        return sxx == 0 || syy == 0 ? double.NaN : sxy / Math.Sqrt(sxx * syy);
    }

    /// <summary>
    /// Multiplex community detection: the Leiden algorithm (Traag, Waltman &amp; van Eck 2019,
    /// doi:10.1038/s41598-019-41695-z) on one partition shared by all layers, maximising Σ_l w_l Q_l, the weighted sum of
    /// the layers' modularities at resolution γ (what leidenalg's <c>Optimiser.optimise_partition_multiplex</c>
    /// maximises with one <c>ModularityVertexPartition</c> per layer). It runs the same local moving, refinement and
    /// aggregation as <see cref="CommunityDetection.Leiden"/> on a combined graph whose link weights are
    /// Σ_l (w_l / M_l) s^l_ij and whose null model keeps each layer's strengths. Communities are connected in the union
    /// graph (a community that is not is split into its components, which does not lower any layer's modularity).
    /// <see cref="CommunityResult.Modularity"/> holds Σ_l w_l Q_l. An iteration costs O(Σ_l m_l) per level.
    /// </summary>
    /// <exception cref="ArgumentException">The options are out of range or weigh a layer that does not exist.</exception>
    public static CommunityResult Leiden(MultiplexGraph graph, MultiplexLeidenOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= new MultiplexLeidenOptions();
        options.Validate();
        return MultiplexLeidenAlgorithm.Run(graph, options, options.CancellationToken);
    }

    /// <summary>The quality Σ_l w_l Q_l of a partition of the layers' vertices (layer weights as in <paramref name="options"/>).</summary>
    public static double Quality(MultiplexGraph graph, Partition partition, MultiplexLeidenOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(partition);
        options ??= new MultiplexLeidenOptions();
        options.Validate();
        return MultiplexLeidenAlgorithm.Quality(graph, partition, MultiplexLeidenAlgorithm.WeightsOf(graph, options), options.Resolution);
    }

    private static HashSet<long> PairSet(CsrGraph g)
    {
        var set = new HashSet<long>();
        foreach (var (s, t, _) in g.Edges())
        {
            var (u, v) = s <= t ? (s, t) : (t, s);
            set.Add(((long)u << 32) | (uint)v);
        }

        return set;
    }
}
