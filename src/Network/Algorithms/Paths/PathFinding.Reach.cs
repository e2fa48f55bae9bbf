using Stakeholders.Network.Graphs;

namespace Stakeholders.Network.Algorithms.Paths;

/// <summary>Options of <see cref="PathFinding.VertexReach"/>.</summary>
public sealed record VertexReachOptions : AlgorithmOptions
{
    /// <summary>The defaults: m = 2, out-arcs, all cores.</summary>
    public static VertexReachOptions Default { get; } = new();

    /// <summary>The step limit m of m-reach. Default 2 (friends of friends).</summary>
    public int MaxSteps { get; init; } = 2;

    /// <summary>Which arcs to follow on directed graphs. Default <see cref="TraversalDirection.Out"/> (whom a vertex reaches).</summary>
    public TraversalDirection Direction { get; init; } = TraversalDirection.Out;

    /// <summary>Checks the options.</summary>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public override void Validate()
    {
        base.Validate();
        if (MaxSteps < 1)
        {
            throw new InvalidOptionException(nameof(MaxSteps), $"MaxSteps (m) must be >= 1, not {MaxSteps}.");
        }

        if (!Enum.IsDefined(Direction))
        {
            throw new InvalidOptionException(nameof(Direction), $"Unknown traversal direction {(int)Direction}.");
        }
    }
}

/// <summary>Reach of every vertex; arrays indexed by vertex.</summary>
/// <param name="MaxSteps">The m used for <paramref name="MReach"/>.</param>
/// <param name="MReach">The number of other vertices within m hops.</param>
/// <param name="Reach">The number of other vertices reachable at all.</param>
/// <param name="DistanceWeightedReach">
/// Borgatti's distance-weighted reach: the mean over the n − 1 other vertices of 1/d (0 for unreachable ones), in [0, 1]; 0 when n = 1.
/// </param>
public sealed record VertexReachResult(int MaxSteps, int[] MReach, int[] Reach, double[] DistanceWeightedReach) : VertexResult
{
    /// <summary>The m-reach of the stakeholder with id <paramref name="id"/>.</summary>
    /// <exception cref="UnknownStakeholderException">The graph has no vertex with that id.</exception>
    public int MReachOf(string id) => MReach[IndexOf(id)];

    /// <summary>The reach of the stakeholder with id <paramref name="id"/>.</summary>
    /// <exception cref="UnknownStakeholderException">The graph has no vertex with that id.</exception>
    public int ReachOf(string id) => Reach[IndexOf(id)];

    /// <summary>The distance-weighted reach of the stakeholder with id <paramref name="id"/>.</summary>
    /// <exception cref="UnknownStakeholderException">The graph has no vertex with that id.</exception>
    public double DistanceWeightedReachOf(string id) => DistanceWeightedReach[IndexOf(id)];

    /// <summary>The distance-weighted reach keyed by stakeholder id (a view).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyDictionary<string, double> DistanceWeightedReachById => ById(DistanceWeightedReach);

    /// <summary>m-reach as a share of the n − 1 others (0 when n = 1).</summary>
    public double MReachShare(int v) => MReach.Length <= 1 ? 0 : (double)MReach[v] / (MReach.Length - 1);
}

/// <summary>Reach, m-reach and distance-weighted reach (Paths family).</summary>
public static partial class PathFinding
{
    /// <summary>
    /// For every vertex v: m-reach = |{u ≠ v : d(v, u) ≤ m}|, reach = |{u ≠ v : d(v, u) &lt; ∞}| and distance-weighted reach
    /// = (1/(n − 1)) Σ_{u ≠ v} 1/d(v, u), with d the hop distance along the followed arcs (weights ignored).
    /// </summary>
    /// <remarks>
    /// m-reach equals <c>len(single_source_shortest_path_length(G, v, cutoff=m)) - 1</c> in NetworkX; distance-weighted
    /// reach equals <c>harmonic_centrality(G)[v] / (n - 1)</c> on the graph traversed from v (reversed for
    /// <see cref="TraversalDirection.In"/>). Reference: S. P. Borgatti, "Identifying sets of key players in a social
    /// network", Computational and Mathematical Organization Theory 12 (2006) 21–34, doi:10.1007/s10588-006-7084-x.
    /// Time O(n(n + m)) (one BFS per vertex), memory O(n) per thread; each vertex is computed by one thread, so the
    /// result does not depend on the thread count.
    /// </remarks>
    /// <exception cref="ArgumentException">The options are not valid.</exception>
    public static VertexReachResult VertexReach(CsrGraph graph, VertexReachOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= VertexReachOptions.Default;
        options.Validate();
        var n = graph.VertexCount;
        var direction = graph.IsDirected ? options.Direction : TraversalDirection.Out;
        var mReach = new int[n];
        var reach = new int[n];
        var weighted = new double[n];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism, CancellationToken = options.CancellationToken };
        Parallel.For(
            0,
            n,
            parallel,
            () => (Distances: new int[n], Parents: new int[n], Queue: new int[n]),
            (v, _, scratch) =>
            {
                var reached = PathFinding.RunBfs(graph, v, direction, int.MaxValue, scratch.Distances, scratch.Parents, scratch.Queue, options.CancellationToken);
                var within = 0;
                var inverse = 0.0;
                for (var i = 1; i < reached; i++)
                {
                    var d = scratch.Distances[scratch.Queue[i]];
                    within += d <= options.MaxSteps ? 1 : 0;
                    inverse += 1.0 / d;
                }

                mReach[v] = within;
                reach[v] = reached - 1;
                weighted[v] = n > 1 ? inverse / (n - 1) : 0;
                return scratch;
            },
            _ => { });
        return new VertexReachResult(options.MaxSteps, mReach, reach, weighted) { Graph = graph };
    }
}
