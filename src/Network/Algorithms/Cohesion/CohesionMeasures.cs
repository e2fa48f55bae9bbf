using Stakeholders.Network.Graphs;

namespace Stakeholders.Network.Algorithms.Cohesion;

/// <summary>Options of <see cref="CohesionMeasures.Clustering"/> and <see cref="CohesionMeasures.AverageClustering"/>.</summary>
public sealed record ClusteringOptions : AlgorithmOptions
{
    /// <summary>
    /// Creates the options; <see cref="AlgorithmOptions.UseWeights"/> defaults to false here, as NetworkX's
    /// <c>weight=None</c>. True: geometric mean of weights normalised by the largest (NetworkX <c>weight='weight'</c>).
    /// </summary>
    public ClusteringOptions()
    {
        UseWeights = false;
    }

    /// <summary>Throws <see cref="ArgumentException"/> when an option is out of range.</summary>
    public override void Validate()
    {
        base.Validate();
    }
}

/// <summary>
/// Options of the cohesion measures that only need the shared settings (<see cref="CohesionMeasures.Triangles"/>,
/// <see cref="CohesionMeasures.Transitivity"/>, <see cref="CohesionMeasures.PathStatistics"/>): parallelism and cancellation.
/// </summary>
public sealed record CohesionOptions : AlgorithmOptions
{
    /// <summary>The defaults: all cores, no cancellation.</summary>
    public static CohesionOptions Default { get; } = new();
}

/// <summary>The core number of every vertex (<see cref="CohesionMeasures.CoreNumbers"/>), by vertex and by stakeholder id.</summary>
/// <param name="Scores">The core number of each vertex, <c>Scores[v]</c>.</param>
public sealed record CoreNumbersResult(int[] Scores) : VertexScores<int>(Scores);

/// <summary>The triangles through every vertex (<see cref="CohesionMeasures.Triangles"/>), by vertex and by stakeholder id.</summary>
/// <param name="Scores">The number of triangles through each vertex, <c>Scores[v]</c>.</param>
public sealed record TrianglesResult(int[] Scores) : VertexScores<int>(Scores);

/// <summary>The local clustering coefficient of every vertex (<see cref="CohesionMeasures.Clustering"/>), by vertex and by stakeholder id.</summary>
/// <param name="Scores">The clustering coefficient of each vertex, <c>Scores[v]</c>.</param>
public sealed record ClusteringResult(double[] Scores) : VertexScores<double>(Scores);

/// <summary>The E-I index of a grouping, overall and per group.</summary>
/// <param name="Overall">(E − I)/(E + I) over all edges; NaN when the graph has no edges.</param>
/// <param name="External">E: the number (or weight) of edges between groups.</param>
/// <param name="Internal">I: the number (or weight) of edges inside groups (self-loops count as internal).</param>
/// <param name="PerGroup">For each group label, (E_g − I_g)/(E_g + I_g) with E_g the edges leaving g and I_g those inside; NaN for a group without edges.</param>
public sealed record EIIndexResult(double Overall, double External, double Internal, IReadOnlyDictionary<int, double> PerGroup);

/// <summary>Distances inside one connected component (hops, direction ignored).</summary>
/// <param name="Vertices">The vertices of the component, ascending.</param>
/// <param name="Diameter">The greatest distance between two of its vertices (0 for a single vertex).</param>
/// <param name="AverageShortestPathLength">The mean distance over ordered pairs of distinct vertices (0 for a single vertex).</param>
public sealed record ComponentPathStatistics(int[] Vertices, int Diameter, double AverageShortestPathLength);

/// <summary>
/// Cohesion measures of a whole network or of each vertex: the public door. Semantics follow the NetworkX function of
/// the same name with default arguments unless a method says otherwise; weights are read as strengths.
/// </summary>
public static class CohesionMeasures
{
    /// <summary>
    /// The core number of each vertex: the largest k such that the vertex belongs to a k-core (a maximal subgraph whose
    /// vertices all have degree ≥ k), as NetworkX <c>core_number</c>; directed graphs use in-degree + out-degree.
    /// Batagelj &amp; Zaversnik 2003, doi:10.48550/arXiv.cs/0310049. O(n + m). Self-loops are ignored (NetworkX refuses them).
    /// </summary>
    public static CoreNumbersResult CoreNumbers(CsrGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return new CoreNumbersResult(CoreDecomposition.CoreNumbers(graph)) { Graph = graph };
    }

    /// <summary>
    /// Triangles through each vertex of an undirected graph, as NetworkX <c>triangles</c> (self-loops ignored).
    /// O(m^1.5), parallel.
    /// </summary>
    /// <exception cref="ArgumentException">The graph is directed (as NetworkX, which does not define it there).</exception>
    public static TrianglesResult Triangles(CsrGraph graph, CohesionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= CohesionOptions.Default;
        options.Validate();
        RefuseDirected(graph, "Triangles");
        return new TrianglesResult(ClusteringCoefficients.Triangles(graph, options.MaxDegreeOfParallelism, options.CancellationToken)) { Graph = graph };
    }

    /// <summary>
    /// The local clustering coefficient of each vertex, as NetworkX <c>clustering</c>. Undirected, unweighted:
    /// <c>c_u = 2 T(u) / (d_u (d_u − 1))</c> (Watts &amp; Strogatz 1998, doi:10.1038/30918). Weighted: the geometric mean of
    /// the normalised weights <c>ŵ = w / max(w)</c> replaces the count, <c>c_u = Σ_{vw} (ŵ_uv ŵ_uw ŵ_vw)^{1/3} · 2 / (d_u(d_u − 1))</c>
    /// (Onnela, Saramäki, Kertész &amp; Kaski 2005, doi:10.1103/PhysRevE.71.065103). Directed (Fagiolo 2007,
    /// doi:10.1103/PhysRevE.76.026107): <c>c_u = T(u) / (2 (d^tot_u (d^tot_u − 1) − 2 d^↔_u))</c> with T(u) the directed
    /// triangles through u (weighted by ∛ŵ products when weighted). Degrees exclude self-loops; a vertex of degree &lt; 2 has 0.
    /// O(Σ d²) for weighted/directed, O(m^1.5) for undirected unweighted; parallel, thread-count independent.
    /// </summary>
    public static ClusteringResult Clustering(CsrGraph graph, ClusteringOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= new ClusteringOptions();
        options.Validate();
        var n = graph.VertexCount;
        var result = new double[n];
        if (!graph.IsDirected && !(options.UseWeights && graph.IsWeighted))
        {
            var triangles = ClusteringCoefficients.Triangles(graph, options.MaxDegreeOfParallelism, options.CancellationToken);
            for (var v = 0; v < n; v++)
            {
                var d = graph.OutDegree(v) - (graph.HasSelfLoop(v) ? 1 : 0);
                result[v] = triangles[v] == 0 ? 0 : 2.0 * triangles[v] / ((double)d * (d - 1));
            }

            return new ClusteringResult(result) { Graph = graph };
        }

        var (offsets, targets, values, totalDegree, reciprocal) = ClusteringCoefficients.SymmetricLinks(graph, options.UseWeights && graph.IsWeighted);
        var sums = ClusteringCoefficients.LinkTriangleSums(n, offsets, targets, values, options.MaxDegreeOfParallelism, options.CancellationToken);
        for (var v = 0; v < n; v++)
        {
            if (sums[v] == 0)
            {
                continue;
            }

            double d = totalDegree[v];
            result[v] = graph.IsDirected ? sums[v] / (2 * ((d * (d - 1)) - (2.0 * reciprocal[v]))) : sums[v] / (d * (d - 1));
        }

        return new ClusteringResult(result) { Graph = graph };
    }

    /// <summary>The mean of <see cref="Clustering"/> over all vertices (zeros included), as NetworkX <c>average_clustering</c>; NaN for an empty graph.</summary>
    public static double AverageClustering(CsrGraph graph, ClusteringOptions? options = null)
    {
        var c = Clustering(graph, options).Scores;
        return c.Length == 0 ? double.NaN : c.Sum() / c.Length;
    }

    /// <summary>
    /// Transitivity <c>3 × triangles / connected triples</c> = <c>Σ_u 2T(u) / Σ_u d_u (d_u − 1)</c>, as NetworkX
    /// <c>transitivity</c> (0 when there are no triangles). O(m^1.5).
    /// </summary>
    /// <exception cref="ArgumentException">The graph is directed (NetworkX does not define it there).</exception>
    public static double Transitivity(CsrGraph graph, CohesionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= CohesionOptions.Default;
        options.Validate();
        RefuseDirected(graph, "Transitivity");
        var triangles = ClusteringCoefficients.Triangles(graph, options.MaxDegreeOfParallelism, options.CancellationToken);
        long closed = 0, triples = 0;
        for (var v = 0; v < graph.VertexCount; v++)
        {
            long d = graph.OutDegree(v) - (graph.HasSelfLoop(v) ? 1 : 0);
            closed += 2L * triangles[v];
            triples += d * (d - 1);
        }

        return closed == 0 ? 0 : (double)closed / triples;
    }

    /// <summary>
    /// Density as NetworkX <c>density</c>: <c>2m / (n(n − 1))</c> undirected, <c>m / (n(n − 1))</c> directed, self-loops
    /// included in m; 0 when n ≤ 1. O(1).
    /// </summary>
    public static double Density(CsrGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        double n = graph.VertexCount;
        if (n <= 1)
        {
            return 0;
        }

        var m = (double)graph.EdgeCount;
        return (graph.IsDirected ? m : 2 * m) / (n * (n - 1));
    }

    /// <summary>
    /// Degree assortativity (Newman 2002, doi:10.1103/PhysRevLett.89.208701) as NetworkX
    /// <c>degree_assortativity_coefficient</c> with defaults: the Pearson correlation of the degrees at the two ends of
    /// every edge, taken in both directions for undirected graphs (a self-loop once, degrees counting it twice);
    /// directed graphs correlate the source's out-degree with the target's in-degree over arcs. NaN when a variance is 0
    /// or there are no edges. O(m).
    /// </summary>
    public static double DegreeAssortativity(CsrGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        double count = 0, sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0;
        for (var u = 0; u < graph.VertexCount; u++)
        {
            double x = graph.IsDirected ? graph.OutDegree(u) : graph.Degree(u);
            foreach (var v in graph.OutNeighbors(u))
            {
                double y = graph.IsDirected ? graph.InDegree(v) : graph.Degree(v);
                count++;
                sx += x;
                sy += y;
                sxx += x * x;
                syy += y * y;
                sxy += x * y;
            }
        }

        if (count == 0)
        {
            return double.NaN;
        }

        var covariance = (sxy / count) - (sx / count * (sy / count));
        var varianceX = (sxx / count) - (sx / count * (sx / count));
        var varianceY = (syy / count) - (sy / count * (sy / count));
        return varianceX <= 0 || varianceY <= 0 ? double.NaN : covariance / Math.Sqrt(varianceX * varianceY);
    }

    /// <summary>
    /// Attribute (categorical) assortativity (Newman 2003, doi:10.1103/PhysRevE.67.026126) as NetworkX
    /// <c>attribute_assortativity_coefficient</c>: with e the normalised mixing matrix of categories over edge ends
    /// (both directions for undirected graphs, a self-loop once; arcs for directed ones), a and b its marginals,
    /// <c>r = (Σ_i e_ii − Σ_i a_i b_i) / (1 − Σ_i a_i b_i)</c>. <paramref name="categories"/> gives each vertex's category
    /// (e.g. organisation type), any integers. NaN without edges or when every end shares one category. O(m).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="categories"/> does not have one entry per vertex.</exception>
    public static double AttributeAssortativity(CsrGraph graph, ReadOnlySpan<int> categories)
    {
        ArgumentNullException.ThrowIfNull(graph);
        RequirePerVertex(graph, categories.Length, nameof(categories));
        var index = new Dictionary<int, int>();
        var dense = new int[graph.VertexCount];
        for (var v = 0; v < dense.Length; v++)
        {
            if (!index.TryGetValue(categories[v], out var c))
            {
                c = index.Count;
                index.Add(categories[v], c);
            }

            dense[v] = c;
        }

        var k = index.Count;
        var rowSum = new double[k];
        var columnSum = new double[k];
        var diagonal = new double[k];
        double total = 0;
        for (var u = 0; u < graph.VertexCount; u++)
        {
            foreach (var v in graph.OutNeighbors(u))
            {
                rowSum[dense[u]]++;
                columnSum[dense[v]]++;
                if (dense[u] == dense[v])
                {
                    diagonal[dense[u]]++;
                }

                total++;
            }
        }

        if (total == 0)
        {
            return double.NaN;
        }

        double trace = 0, marginal = 0;
        for (var c = 0; c < k; c++)
        {
            trace += diagonal[c] / total;
            marginal += rowSum[c] / total * (columnSum[c] / total);
        }

        return marginal >= 1 ? double.NaN : (trace - marginal) / (1 - marginal);
    }

    /// <summary>
    /// The E-I index of a grouping (Krackhardt &amp; Stern 1988, doi:10.2307/2786835): <c>(E − I) / (E + I)</c> where E
    /// counts edges between groups and I edges within them; −1 means every tie stays inside its group, +1 every tie
    /// crosses. Per group g: E_g are the edges with one end in g, I_g those with both. Each undirected edge and each arc
    /// counts once; with <paramref name="weighted"/> their weights are summed instead. O(n + m).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="groups"/> does not have one entry per vertex.</exception>
    public static EIIndexResult EIIndex(CsrGraph graph, ReadOnlySpan<int> groups, bool weighted = false)
    {
        ArgumentNullException.ThrowIfNull(graph);
        RequirePerVertex(graph, groups.Length, nameof(groups));
        var external = new Dictionary<int, double>();
        var inside = new Dictionary<int, double>();
        for (var v = 0; v < groups.Length; v++)
        {
            external.TryAdd(groups[v], 0);
            inside.TryAdd(groups[v], 0);
        }

        double e = 0, i = 0;
        foreach (var (u, v, w) in graph.Edges())
        {
            var amount = weighted ? w : 1.0;
            var gu = groups[u];
            var gv = groups[v];
            if (gu == gv)
            {
                i += amount;
                inside[gu] += amount;
            }
            else
            {
                e += amount;
                external[gu] += amount;
                external[gv] += amount;
            }
        }

        var perGroup = new SortedDictionary<int, double>();
        foreach (var (g, eg) in external)
        {
            var ig = inside[g];
            perGroup[g] = eg + ig > 0 ? (eg - ig) / (eg + ig) : double.NaN;
        }

        return new EIIndexResult(e + i > 0 ? (e - i) / (e + i) : double.NaN, e, i, perGroup);
    }

    /// <summary>
    /// Diameter and average shortest path length of each connected component, in hops, direction ignored (weakly
    /// connected components for directed graphs). NetworkX's <c>diameter</c> and <c>average_shortest_path_length</c>
    /// raise on a disconnected graph; this reports each component as NetworkX would on that component's subgraph.
    /// Components are ordered by their smallest vertex. O(n·m) (a breadth-first search per vertex), parallel.
    /// </summary>
    public static IReadOnlyList<ComponentPathStatistics> PathStatistics(CsrGraph graph, CohesionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= CohesionOptions.Default;
        options.Validate();
        return PathLengths.PerComponent(graph, options.MaxDegreeOfParallelism, options.CancellationToken);
    }

    private static void RefuseDirected(CsrGraph graph, string measure)
    {
        if (graph.IsDirected)
        {
            throw new ArgumentException($"{measure} is defined for undirected graphs only (as in NetworkX); use graph.ToUndirected() first.", nameof(graph));
        }
    }

    private static void RequirePerVertex(CsrGraph graph, int length, string name)
    {
        if (length != graph.VertexCount)
        {
            throw new ArgumentException($"Expected one entry per vertex ({graph.VertexCount}), got {length}.", name);
        }
    }
}
