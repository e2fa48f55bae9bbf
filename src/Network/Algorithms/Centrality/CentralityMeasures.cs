using System.Globalization;
using Stakeholders.Network.Graphs;

namespace Stakeholders.Network.Algorithms.Centrality;

/// <summary>
/// The centrality measures: degree and strength, betweenness (vertex and edge, exact or sampled), closeness, harmonic,
/// eigenvector, PageRank, Katz and HITS. Each equals the NetworkX 2.8 function of the same name with default arguments,
/// except where a remark below says otherwise (chiefly: weights are used when the graph has them).
/// </summary>
/// <remarks>
/// <para>
/// Weights. Path measures (betweenness, closeness, harmonic) traverse an arc at the cost given by
/// <see cref="CsrGraph.GetArcCosts"/>: <c>1/w</c> for <see cref="WeightMeaning.Strength"/> graphs, <c>w</c> for
/// <see cref="WeightMeaning.Distance"/> graphs (NetworkX's <c>weight='weight'</c> reads weights as distances). Strength
/// measures (strength, eigenvector, PageRank, Katz, HITS) read the weights as stored. Set
/// <see cref="CentralityOptionsBase.IgnoreWeights"/> to treat a weighted graph as unweighted.
/// </para>
/// <para>
/// Iterative measures return the number of iterations and whether they converged; <c>TryX</c> returns false when they
/// did not (the result then holds the last iterate) and <c>X</c> throws <see cref="ConvergenceException"/>.
/// </para>
/// <para>All methods are thread-safe; results are identical whatever <see cref="CentralityOptionsBase.MaxDegreeOfParallelism"/> is.</para>
/// </remarks>
public static class CentralityMeasures
{
    /// <summary>
    /// The raw degree of every vertex: incident edges for undirected graphs (a self-loop counts twice), in + out arcs for
    /// directed graphs, or only in- or out-arcs. As NetworkX's <c>G.degree</c>, <c>G.in_degree</c>, <c>G.out_degree</c>. O(n).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="direction"/> is In or Out on an undirected graph.</exception>
    public static CentralityResult Degree(CsrGraph graph, DegreeDirection direction = DegreeDirection.All)
    {
        ArgumentNullException.ThrowIfNull(graph);
        RequireDirectedFor(graph, direction);
        var scores = new double[graph.VertexCount];
        for (var v = 0; v < scores.Length; v++)
        {
            scores[v] = direction switch
            {
                DegreeDirection.In => graph.InDegree(v),
                DegreeDirection.Out => graph.OutDegree(v),
                _ => graph.Degree(v),
            };
        }

        return new CentralityResult(scores);
    }

    /// <summary>
    /// Degree centrality: <c>C_D(v) = deg(v) / (n − 1)</c>, the fraction of the other vertices a vertex is tied to (Freeman
    /// 1978/79, doi:10.1016/0378-8733(78)90021-7). For directed graphs <c>deg</c> is in + out (so it may exceed 1), or the
    /// in- or out-degree for <see cref="DegreeDirection.In"/>/<see cref="DegreeDirection.Out"/>. A graph of one vertex
    /// scores 1, as NetworkX. O(n).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="direction"/> is In or Out on an undirected graph.</exception>
    public static CentralityResult DegreeCentrality(CsrGraph graph, DegreeDirection direction = DegreeDirection.All)
    {
        var degree = Degree(graph, direction).Scores;
        if (degree.Length <= 1)
        {
            Array.Fill(degree, 1.0);
            return new CentralityResult(degree);
        }

        var scale = 1.0 / (degree.Length - 1);
        for (var v = 0; v < degree.Length; v++)
        {
            degree[v] *= scale;
        }

        return new CentralityResult(degree);
    }

    /// <summary>
    /// Strength (weighted degree): the sum of the weights of the incident edges, a self-loop counted twice in undirected
    /// graphs; in + out for directed graphs, or only in or out. Equals the degree on unweighted graphs. As NetworkX's
    /// <c>G.degree(weight='weight')</c> (Barrat et al. 2004, doi:10.1073/pnas.0400087101). Weights are read as stored. O(n + m).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="direction"/> is In or Out on an undirected graph.</exception>
    public static CentralityResult Strength(CsrGraph graph, DegreeDirection direction = DegreeDirection.All)
    {
        ArgumentNullException.ThrowIfNull(graph);
        RequireDirectedFor(graph, direction);
        var scores = new double[graph.VertexCount];
        for (var v = 0; v < scores.Length; v++)
        {
            double outSum = 0, inSum = 0;
            foreach (var w in graph.OutWeights(v))
            {
                outSum += w;
            }

            if (graph.IsDirected)
            {
                foreach (var w in graph.InArcWeights(v))
                {
                    inSum += w;
                }
            }
            else if (graph.HasSelfLoop(v))
            {
                inSum = graph.EdgeWeight(v, v) ?? 0;
            }

            scores[v] = direction switch
            {
                DegreeDirection.In => inSum,
                DegreeDirection.Out => outSum,
                _ => outSum + inSum,
            };
        }

        return new CentralityResult(scores);
    }

    /// <summary>
    /// Betweenness centrality: <c>c_B(v) = Σ_{s≠v≠t} σ(s,t|v) / σ(s,t)</c>, the share of shortest s–t paths through
    /// <c>v</c>, summed over ordered pairs, by Brandes' algorithm (Brandes 2001, doi:10.1080/0022250X.2001.9990249; the
    /// endpoint and sampling variants of Brandes 2008, doi:10.1016/j.socnet.2007.11.001; Freeman 1977,
    /// doi:10.2307/3033543). As NetworkX's <c>betweenness_centrality</c>.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Normalisation (default): divide by <c>(n−1)(n−2)</c>, or by <c>n(n−1)</c> with endpoints, for directed and
    /// undirected graphs alike (an undirected pair is counted in both orders, so this is Freeman's normalised score).
    /// Unnormalised: undirected sums are halved, directed sums are left as they are. With a sample of <c>k</c> sources
    /// the scale is multiplied by <c>n/k</c> whenever a scale applies (NetworkX's rule; unnormalised directed sums stay unscaled).
    /// </para>
    /// <para>
    /// Unweighted graphs use BFS; weighted graphs use Dijkstra on the arc costs, and ties between path lengths are
    /// decided by exact floating-point equality, as NetworkX does. Costs must be positive (strength-0 arcs are not traversed).
    /// </para>
    /// <para>Time O(k·m) unweighted, O(k·(m + n log n)) weighted, for k sources (k = n exact); memory O(n) per thread.</para>
    /// </remarks>
    public static CentralityResult Betweenness(CsrGraph graph, BetweennessOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= BetweennessOptions.Default;
        options.Validate();
        var n = graph.VertexCount;
        var sources = ChooseSources(graph, options.SampleSize, options.Seed, options.Sources, out var sampled);
        var useCosts = graph.IsWeighted && !options.IgnoreWeights;
        var scores = Brandes.Accumulate(graph, sources, useCosts, options.Endpoints, perArc: false, options.EffectiveParallelism, options.CancellationToken);

        double? scale;
        if (options.Normalized)
        {
            scale = options.Endpoints
                ? (n < 2 ? null : 1.0 / (n * (double)(n - 1)))
                : (n <= 2 ? null : 1.0 / ((n - 1) * (double)(n - 2)));
        }
        else
        {
            scale = graph.IsDirected ? null : 0.5;
        }

        Rescale(scores, scale, n, sampled ? sources.Length : null);
        return new CentralityResult(scores);
    }

    /// <summary>
    /// Edge betweenness: <c>c_B(e) = Σ_{s,t} σ(s,t|e) / σ(s,t)</c>, the share of shortest paths through each edge (Brandes
    /// 2008, doi:10.1016/j.socnet.2007.11.001, §3.4), as NetworkX's <c>edge_betweenness_centrality</c>. Normalised by
    /// <c>n(n−1)</c> (default), else undirected sums are halved. With a sample of k sources the scale is also multiplied
    /// by <c>n/k</c> (NetworkX 2.8 omits that factor for edges; we apply it so the estimate is unbiased, as for vertices).
    /// Paths and weights as in <see cref="Betweenness"/>. Time O(k·m) unweighted, O(k·(m + n log n)) weighted.
    /// </summary>
    public static EdgeBetweennessResult EdgeBetweenness(CsrGraph graph, EdgeBetweennessOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= EdgeBetweennessOptions.Default;
        options.Validate();
        var n = graph.VertexCount;
        var sources = ChooseSources(graph, options.SampleSize, options.Seed, options.Sources, out var sampled);
        var useCosts = graph.IsWeighted && !options.IgnoreWeights;
        var arcs = Brandes.Accumulate(graph, sources, useCosts, endpoints: false, perArc: true, options.EffectiveParallelism, options.CancellationToken);
        if (!graph.IsDirected)
        {
            // Both arcs of an undirected edge carry the edge's total.
            var offsets = graph.Offsets;
            var targets = graph.Targets;
            for (var u = 0; u < n; u++)
            {
                for (var i = offsets[u]; i < offsets[u + 1]; i++)
                {
                    var v = targets[i];
                    if (v > u)
                    {
                        var j = graph.ArcIndex(v, u);
                        var total = arcs[i] + arcs[j];
                        arcs[i] = total;
                        arcs[j] = total;
                    }
                }
            }
        }

        double? scale = options.Normalized
            ? (n <= 1 ? null : 1.0 / (n * (double)(n - 1)))
            : (graph.IsDirected ? null : 0.5);
        Rescale(arcs, scale, n, sampled ? sources.Length : null);
        return new EdgeBetweennessResult(graph, arcs);
    }

    /// <summary>
    /// Closeness centrality: <c>C(u) = (r−1) / Σ_v d(v,u)</c> over the <c>r−1</c> other vertices <c>v</c> that reach
    /// <c>u</c>, times <c>(r−1)/(n−1)</c> with the Wasserman–Faust correction (default; Wasserman &amp; Faust 1994,
    /// <i>Social Network Analysis</i>, CUP, doi:10.1017/CBO9780511815478; Freeman 1978/79). Directed graphs use incoming
    /// distances <c>d(v,u)</c>, as NetworkX (use a reversed graph for outgoing). A vertex nothing reaches scores 0.
    /// As NetworkX's <c>closeness_centrality</c>; unweighted graphs use BFS, weighted graphs Dijkstra on the arc costs
    /// (NetworkX's <c>distance='weight'</c>). Time O(n·m) unweighted, O(n·(m + n log n)) weighted.
    /// </summary>
    public static CentralityResult Closeness(CsrGraph graph, ClosenessOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= ClosenessOptions.Default;
        options.Validate();
        var n = graph.VertexCount;
        var sums = DistanceSums.Compute(graph, graph.IsWeighted && !options.IgnoreWeights, options.EffectiveParallelism, options.CancellationToken);
        var scores = new double[n];
        for (var u = 0; u < n; u++)
        {
            var (reached, total, _) = sums[u];
            if (total > 0 && n > 1)
            {
                var score = (reached - 1.0) / total;
                if (options.WassermanFaustCorrection)
                {
                    score *= (reached - 1.0) / (n - 1);
                }

                scores[u] = score;
            }
        }

        return new CentralityResult(scores);
    }

    /// <summary>
    /// Harmonic centrality: <c>H(u) = Σ_{v≠u} 1/d(v,u)</c>, with <c>1/∞ = 0</c> so disconnected graphs need no
    /// correction (Marchiori &amp; Latora 2000, doi:10.1016/S0378-4371(00)00311-3; Boldi &amp; Vigna 2014,
    /// doi:10.1080/15427951.2013.865686). Directed graphs use incoming distances, as NetworkX's <c>harmonic_centrality</c>
    /// (not normalised by default; <see cref="HarmonicOptions.Normalized"/> divides by <c>n−1</c>). Zero-length paths are
    /// skipped. Time O(n·m) unweighted, O(n·(m + n log n)) weighted.
    /// </summary>
    public static CentralityResult Harmonic(CsrGraph graph, HarmonicOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= HarmonicOptions.Default;
        options.Validate();
        var n = graph.VertexCount;
        var sums = DistanceSums.Compute(graph, graph.IsWeighted && !options.IgnoreWeights, options.EffectiveParallelism, options.CancellationToken);
        var scores = new double[n];
        for (var u = 0; u < n; u++)
        {
            scores[u] = options.Normalized && n > 1 ? sums[u].ReciprocalSum / (n - 1) : sums[u].ReciprocalSum;
        }

        return new CentralityResult(scores);
    }

    /// <summary>
    /// Eigenvector centrality (Bonacich 1987, doi:10.1086/228631): the principal eigenvector <c>x = (1/λ) Aᵀ x</c>, found
    /// by power iteration on <c>A + I</c> (the shift keeps bipartite graphs from oscillating) from the uniform vector,
    /// scaled to unit Euclidean norm after each step, until the L1 change is below <c>n·tol</c>. Directed graphs use
    /// in-arcs (the left eigenvector: a vertex is central when central vertices point to it). As NetworkX's
    /// <c>eigenvector_centrality</c>, except that a weighted graph's weights are used unless
    /// <see cref="CentralityOptionsBase.IgnoreWeights"/> is set. Time O(iterations·(n + m)).
    /// </summary>
    /// <exception cref="ConvergenceException">The iteration did not converge within the limit.</exception>
    public static IterativeCentralityResult Eigenvector(CsrGraph graph, EigenvectorOptions? options = null) =>
        ThrowUnlessConverged(TryEigenvector(graph, options ?? EigenvectorOptions.Default, out var result), result, "Eigenvector centrality", options ?? EigenvectorOptions.Default);

    /// <summary>As <see cref="Eigenvector"/>, returning false (with the last iterate) instead of throwing when it does not converge.</summary>
    public static bool TryEigenvector(CsrGraph graph, EigenvectorOptions? options, out IterativeCentralityResult result)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= EigenvectorOptions.Default;
        options.Validate();
        result = PowerIterations.Eigenvector(graph, options);
        return result.Converged;
    }

    /// <summary>
    /// PageRank (Page, Brin, Motwani &amp; Winograd 1999, <i>The PageRank citation ranking</i>, Stanford InfoLab 1999-66):
    /// <c>x ← d·(x·P + (Σ_{dangling} x)·g) + (1−d)·p</c>, where <c>P</c> is the arc-weight matrix with rows divided by
    /// out-strength, <c>p</c> the personalization (uniform by default), <c>g</c> the dangling distribution (default
    /// <c>p</c>) and <c>d</c> the damping (0.85). Undirected edges count in both directions. Starts uniform; stops when the
    /// L1 change is below <c>n·tol</c>. Scores sum to 1. As NetworkX's <c>pagerank</c> (weights used, as its
    /// <c>weight='weight'</c> default). Time O(iterations·(n + m)).
    /// </summary>
    /// <exception cref="ConvergenceException">The iteration did not converge within the limit.</exception>
    public static IterativeCentralityResult PageRank(CsrGraph graph, PageRankOptions? options = null) =>
        ThrowUnlessConverged(TryPageRank(graph, options ?? PageRankOptions.Default, out var result), result, "PageRank", options ?? PageRankOptions.Default);

    /// <summary>As <see cref="PageRank"/>, returning false (with the last iterate) instead of throwing when it does not converge.</summary>
    public static bool TryPageRank(CsrGraph graph, PageRankOptions? options, out IterativeCentralityResult result)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= PageRankOptions.Default;
        options.Validate();
        result = PowerIterations.PageRank(graph, options);
        return result.Converged;
    }

    /// <summary>
    /// Katz centrality (Katz 1953, doi:10.1007/BF02289026): <c>x = α Aᵀ x + β</c>, iterated from zero until the L1 change
    /// is below <c>n·tol</c>, then scaled to unit Euclidean norm (default). Directed graphs use in-arcs. Converges when
    /// <c>α &lt; 1/λ_max</c>. As NetworkX's <c>katz_centrality</c> (α 0.1, β 1, 1000 iterations), except that a weighted
    /// graph's weights are used unless <see cref="CentralityOptionsBase.IgnoreWeights"/> is set. Time O(iterations·(n + m)).
    /// </summary>
    /// <exception cref="ConvergenceException">The iteration did not converge within the limit.</exception>
    public static IterativeCentralityResult Katz(CsrGraph graph, KatzOptions? options = null) =>
        ThrowUnlessConverged(TryKatz(graph, options ?? KatzOptions.Default, out var result), result, "Katz centrality", options ?? KatzOptions.Default);

    /// <summary>As <see cref="Katz"/>, returning false (with the last iterate) instead of throwing when it does not converge.</summary>
    public static bool TryKatz(CsrGraph graph, KatzOptions? options, out IterativeCentralityResult result)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= KatzOptions.Default;
        options.Validate();
        result = PowerIterations.Katz(graph, options);
        return result.Converged;
    }

    /// <summary>
    /// HITS hubs and authorities (Kleinberg 1999, doi:10.1145/324133.324140): from uniform hubs, repeat
    /// <c>a ← Aᵀh</c>, <c>h ← A a</c>, each scaled to maximum 1, until the L1 change of <c>h</c> is below tol (1e-8);
    /// then each vector is scaled to sum 1. Undirected graphs give hubs = authorities. As NetworkX's <c>hits</c> (its
    /// power-iteration form; NetworkX 2.8's default computes the same vectors by SVD). Weights are used as stored.
    /// Time O(iterations·(n + m)).
    /// </summary>
    /// <exception cref="ConvergenceException">The iteration did not converge within the limit.</exception>
    /// <exception cref="ArgumentException">The graph has no edges (every score would be 0/0).</exception>
    public static HitsResult Hits(CsrGraph graph, HitsOptions? options = null)
    {
        options ??= HitsOptions.Default;
        if (!TryHits(graph, options, out var result))
        {
            throw new ConvergenceException("HITS", result.Iterations, result.LastError, options.Tolerance);
        }

        return result;
    }

    /// <summary>As <see cref="Hits"/>, returning false (with the last iterate) instead of throwing when it does not converge.</summary>
    public static bool TryHits(CsrGraph graph, HitsOptions? options, out HitsResult result)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= HitsOptions.Default;
        options.Validate();
        result = PowerIterations.Hits(graph, options);
        return result.Converged;
    }

    private static IterativeCentralityResult ThrowUnlessConverged(bool converged, IterativeCentralityResult result, string name, IterativeCentralityOptions options) =>
        converged ? result : throw new ConvergenceException(name, result.Iterations, result.LastError, options.Tolerance);

    private static void RequireDirectedFor(CsrGraph graph, DegreeDirection direction)
    {
        if (direction != DegreeDirection.All && !graph.IsDirected)
        {
            throw new ArgumentException($"{direction}-degree is defined for directed graphs only (NetworkX refuses it too); use DegreeDirection.All.", nameof(direction));
        }
    }

    private static void Rescale(double[] values, double? scale, int n, int? sampleSize)
    {
        if (scale is not { } s)
        {
            return;
        }

        if (sampleSize is { } k)
        {
            s = s * n / k;
        }

        for (var i = 0; i < values.Length; i++)
        {
            values[i] *= s;
        }
    }

    /// <summary>All vertices, the explicit sources, or a seeded draw of k distinct vertices (partial Fisher–Yates).</summary>
    private static int[] ChooseSources(CsrGraph graph, int? sampleSize, int seed, IReadOnlyList<int>? explicitSources, out bool sampled)
    {
        var n = graph.VertexCount;
        if (explicitSources is not null)
        {
            var seen = new bool[n];
            var result = new int[explicitSources.Count];
            for (var i = 0; i < result.Length; i++)
            {
                var s = explicitSources[i];
                if (!graph.IsVertex(s))
                {
                    throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Source {s} is not a vertex (0..{n - 1})."), "options");
                }

                if (seen[s])
                {
                    throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Source {s} is listed twice."), "options");
                }

                seen[s] = true;
                result[i] = s;
            }

            sampled = true;
            return result;
        }

        var all = new int[n];
        for (var v = 0; v < n; v++)
        {
            all[v] = v;
        }

        if (sampleSize is not { } k)
        {
            sampled = false;
            return all;
        }

        if (k > n)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"SampleSize {k} exceeds the {n} vertices."), "options");
        }

        var random = new Random(seed);
        for (var i = 0; i < k; i++)
        {
            var j = random.Next(i, n);
            (all[i], all[j]) = (all[j], all[i]);
        }

        sampled = true;
        return all[..k];
    }
}
