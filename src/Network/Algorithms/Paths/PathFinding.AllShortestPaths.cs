using Stakeholders.Network.Graphs;

namespace Stakeholders.Network.Algorithms.Paths;

/// <summary>Options of <see cref="PathFinding.AllShortestPaths"/>.</summary>
public sealed record AllShortestPathsOptions
{
    /// <summary>The defaults: at most 20 paths, out-arcs, weights used when the graph has them.</summary>
    public static AllShortestPathsOptions Default { get; } = new();

    /// <summary>The most paths to list (the count of all of them is still given). Default 20: hub-rich networks have thousands.</summary>
    public int MaxPaths { get; init; } = 20;

    /// <summary>Which arcs to follow on directed graphs. Default <see cref="TraversalDirection.Out"/>.</summary>
    public TraversalDirection Direction { get; init; } = TraversalDirection.Out;

    /// <summary>
    /// Whether path length is the sum of arc costs (<see cref="CsrGraph.GetArcCosts"/>) or the hop count; null (default)
    /// uses costs exactly when the graph is weighted.
    /// </summary>
    public bool? UseWeights { get; init; }

    /// <summary>Checks the options.</summary>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public void Validate()
    {
        if (MaxPaths < 1)
        {
            throw new ArgumentException($"MaxPaths must be >= 1, not {MaxPaths}.", nameof(MaxPaths));
        }

        if (!Enum.IsDefined(Direction))
        {
            throw new ArgumentException($"Unknown traversal direction {(int)Direction}.", nameof(Direction));
        }
    }
}

/// <summary>The shortest paths between two vertices.</summary>
/// <param name="Source">The start vertex.</param>
/// <param name="Target">The end vertex.</param>
/// <param name="Length">The length of every listed path (hops, or the sum of arc costs); +∞ when the target is not reachable.</param>
/// <param name="Paths">The listed paths, each from source to target, in lexicographic order of their vertex numbers; empty when unreachable.</param>
/// <param name="TotalCount">How many shortest paths exist (saturating at <see cref="long.MaxValue"/>); more than <c>Paths.Count</c> when truncated.</param>
/// <param name="UsedWeights">Whether arc costs (Dijkstra) or hops (BFS) measured the length.</param>
public sealed record AllShortestPathsResult(int Source, int Target, double Length, IReadOnlyList<int[]> Paths, long TotalCount, bool UsedWeights)
{
    /// <summary>Whether only part of the shortest paths are listed.</summary>
    public bool IsTruncated => TotalCount > Paths.Count;

    /// <summary>Whether the target can be reached at all.</summary>
    public bool IsReachable => !double.IsPositiveInfinity(Length);
}

/// <summary>Every shortest path between two vertices (Paths family).</summary>
public static partial class PathFinding
{
    /// <summary>
    /// Lists the shortest paths from <paramref name="source"/> to <paramref name="target"/>, at most
    /// <see cref="AllShortestPathsOptions.MaxPaths"/> of them, and counts all.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Distances come from <see cref="PathFinding.ShortestPaths"/> (BFS, or Dijkstra over arc costs). The shortest-path DAG keeps an
    /// arc v→w exactly when <c>d(v) + cost(v, w) == d(w)</c> in floating point — the same exact-equality test NetworkX's
    /// <c>all_shortest_paths</c> uses when it collects predecessors — so the path set equals NetworkX's
    /// <c>all_shortest_paths(G, s, t, weight)</c> (on <c>G.reverse()</c> for <see cref="TraversalDirection.In"/>; for
    /// <see cref="TraversalDirection.Both"/> an arc pair u→v, v→u of different costs counts at the cheaper one).
    /// Paths are enumerated depth-first along ascending vertex numbers, so the listed ones are the lexicographically
    /// first; a vertex never repeats on a path (zero-cost arcs cannot loop). Limitation: with zero-cost arcs (weight 0 read as
    /// a distance) vertices at equal distance may be counted out of order, so <see cref="AllShortestPathsResult.TotalCount"/>
    /// can be low; the listed paths are still shortest.
    /// </para>
    /// <para>Time O((n + m) log n + P·L) for P listed paths of L vertices; memory O(n + m).</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">Source or target is not a vertex.</exception>
    /// <exception cref="ArgumentException">The options are not valid.</exception>
    public static AllShortestPathsResult AllShortestPaths(CsrGraph graph, int source, int target, AllShortestPathsOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= AllShortestPathsOptions.Default;
        options.Validate();
        graph.ThrowIfNotVertex(source);
        graph.ThrowIfNotVertex(target);
        var direction = graph.IsDirected ? options.Direction : TraversalDirection.Out;
        var search = PathFinding.ShortestPaths(graph, source, new ShortestPathOptions { Direction = direction, UseWeights = options.UseWeights }, cancellationToken);
        var d = search.Distances;
        if (!search.IsReached(target))
        {
            return new AllShortestPathsResult(source, target, double.PositiveInfinity, [], 0, search.UsedWeights);
        }

        var n = graph.VertexCount;
        var arcs = new ArcView(graph, direction, search.UsedWeights);

        // Vertices on some shortest source–target path: walk the DAG backwards from the target.
        var onPath = new bool[n];
        onPath[target] = true;
        var order = search.Order;
        for (var i = order.Length - 1; i >= 0; i--)
        {
            var w = order[i];
            if (!onPath[w])
            {
                continue;
            }

            arcs.ForEachBackward(w, (v, cost) =>
            {
                if (v != w && d[v] + cost == d[w])
                {
                    onPath[v] = true;
                }
            });
        }

        // Number of shortest source→v paths, in order of distance; only the DAG restricted to onPath matters for the target.
        var count = new long[n];
        count[source] = 1;
        foreach (var v in order)
        {
            if (!onPath[v] || count[v] == 0)
            {
                continue;
            }

            var cv = count[v];
            arcs.ForEachForward(v, (w, cost) =>
            {
                if (w != v && onPath[w] && d[v] + cost == d[w])
                {
                    count[w] = cv > long.MaxValue - count[w] ? long.MaxValue : count[w] + cv;
                }
            });
        }

        var paths = Enumerate(arcs, d, onPath, source, target, options.MaxPaths, cancellationToken);
        return new AllShortestPathsResult(source, target, d[target], paths, count[target], search.UsedWeights);
    }

    private static List<int[]> Enumerate(ArcView arcs, double[] d, bool[] onPath, int source, int target, int maxPaths, CancellationToken cancellationToken)
    {
        var paths = new List<int[]>();
        var stack = new List<(int Vertex, int[] Next, int Position)>();
        var onStack = new bool[d.Length];
        void Push(int v)
        {
            var next = new List<int>();
            arcs.ForEachForward(v, (w, cost) =>
            {
                if (onPath[w] && !onStack[w] && w != v && d[v] + cost == d[w])
                {
                    next.Add(w);
                }
            });
            next.Sort();
            stack.Add((v, next.Distinct().ToArray(), 0));
            onStack[v] = true;
        }

        Push(source);
        while (stack.Count > 0 && paths.Count < maxPaths)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var top = stack[^1];
            if (top.Vertex == target)
            {
                paths.Add(stack.Select(s => s.Vertex).ToArray());
                onStack[top.Vertex] = false;
                stack.RemoveAt(stack.Count - 1);
                continue;
            }

            if (top.Position >= top.Next.Length)
            {
                onStack[top.Vertex] = false;
                stack.RemoveAt(stack.Count - 1);
                continue;
            }

            stack[^1] = top with { Position = top.Position + 1 };
            var w = top.Next[top.Position];
            if (!onStack[w])
            {
                Push(w);
            }
        }

        return paths;
    }

    /// <summary>The arcs a traversal in one direction follows, forwards (leaving v) and backwards (entering v), with their costs.</summary>
    private readonly struct ArcView(CsrGraph graph, TraversalDirection direction, bool useWeights)
    {
        private readonly double[] _outCosts = useWeights ? graph.GetArcCosts().ToArray() : [];
        private readonly double[] _inCosts = useWeights && graph.IsDirected ? graph.GetInArcCosts().ToArray() : [];

        public void ForEachForward(int v, Action<int, double> visit)
        {
            if (direction != TraversalDirection.In || !graph.IsDirected)
            {
                Out(v, visit);
            }

            if (graph.IsDirected && direction != TraversalDirection.Out)
            {
                In(v, visit);
            }
        }

        public void ForEachBackward(int w, Action<int, double> visit)
        {
            if (!graph.IsDirected)
            {
                Out(w, visit);
                return;
            }

            if (direction != TraversalDirection.Out)
            {
                Out(w, visit);
            }

            if (direction != TraversalDirection.In)
            {
                In(w, visit);
            }
        }

        private void Out(int v, Action<int, double> visit)
        {
            var offsets = graph.Offsets;
            var targets = graph.Targets;
            for (var i = offsets[v]; i < offsets[v + 1]; i++)
            {
                visit(targets[i], useWeights ? _outCosts[i] : 1.0);
            }
        }

        private void In(int v, Action<int, double> visit)
        {
            var offsets = graph.InOffsets;
            var sources = graph.InSources;
            for (var i = offsets[v]; i < offsets[v + 1]; i++)
            {
                visit(sources[i], useWeights ? _inCosts[i] : 1.0);
            }
        }
    }
}
