using Stakeholders.Network.Graphs;

namespace Stakeholders.Network.Algorithms.Paths;

/// <summary>
/// The door to traversal and single-source shortest paths on a <see cref="CsrGraph"/>: breadth-first search,
/// Dijkstra, path reconstruction.
/// </summary>
/// <remarks>
/// Everything here is iterative (no recursion), allocates O(n) once per call and nothing per vertex or arc, and is
/// deterministic: rows are sorted, so ties between equally short paths are always broken the same way.
/// </remarks>
public static partial class PathFinding
{
    private const int CancellationStride = 1 << 14;

    /// <summary>
    /// Breadth-first search from <paramref name="source"/>: hop distances, discovery parents and discovery order.
    /// </summary>
    /// <remarks>
    /// The distances equal NetworkX's <c>single_source_shortest_path_length(G, source, cutoff)</c> (on <c>G.reverse()</c> for
    /// <see cref="TraversalDirection.In"/>, on <c>G.to_undirected()</c> for <see cref="TraversalDirection.Both"/>).
    /// Neighbours are visited in ascending vertex order, so the parent of a vertex is its lowest-discovered neighbour one
    /// hop closer. Weights are ignored. Time O(n + m), memory O(n). Reference: E. F. Moore, "The shortest path through a
    /// maze", Proc. Int. Symp. Theory of Switching (1959).
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The source is not a vertex.</exception>
    /// <exception cref="ArgumentException">The options are not valid.</exception>
    public static BfsResult Bfs(CsrGraph graph, int source, BfsOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= BfsOptions.Default;
        options.Validate();
        graph.ThrowIfNotVertex(source);
        var direction = graph.IsDirected ? options.Direction : TraversalDirection.Out;
        var n = graph.VertexCount;
        var distances = new int[n];
        var parents = new int[n];
        var queue = new int[n];
        var reached = RunBfs(graph, source, direction, options.MaxDepth ?? int.MaxValue, distances, parents, queue, options.CancellationToken);
        return new BfsResult(source, distances, parents, queue[..reached], direction);
    }

    /// <summary>
    /// Single-source shortest paths from <paramref name="source"/>: by hop count (BFS) on unweighted graphs, by Dijkstra
    /// over <see cref="CsrGraph.GetArcCosts"/> on weighted ones (see <see cref="AlgorithmOptions.UseWeights"/>).
    /// </summary>
    /// <remarks>
    /// <para>
    /// Weighted: E. W. Dijkstra, "A note on two problems in connexion with graphs", Numerische Mathematik 1 (1959) 269–271,
    /// doi:10.1007/BF01386390, with a binary heap keyed by (distance, vertex): O((n + m) log n) time, O(n) memory. Costs
    /// are <c>1/w</c> for <see cref="WeightMeaning.Strength"/> weights and <c>w</c> for <see cref="WeightMeaning.Distance"/>;
    /// an arc of infinite cost (strength 0) is never used. The distances equal NetworkX's
    /// <c>single_source_dijkstra_path_length(G, source, cutoff, weight='weight')</c> on a graph whose weights are the costs.
    /// </para>
    /// <para>Unweighted: as <see cref="Bfs"/>, distances as doubles.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The source is not a vertex.</exception>
    /// <exception cref="ArgumentException">The options are not valid.</exception>
    public static ShortestPathsResult ShortestPaths(CsrGraph graph, int source, ShortestPathOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= ShortestPathOptions.Default;
        options.Validate();
        graph.ThrowIfNotVertex(source);
        var direction = graph.IsDirected ? options.Direction : TraversalDirection.Out;
        var useWeights = options.UseWeights && graph.IsWeighted;
        var n = graph.VertexCount;
        var parents = new int[n];
        var order = new int[n];
        var distances = new double[n];
        int reached;
        if (useWeights)
        {
            reached = RunDijkstra(graph, source, direction, options.Cutoff, distances, parents, order, options.CancellationToken);
        }
        else
        {
            var hops = new int[n];
            var maxDepth = options.Cutoff >= int.MaxValue ? int.MaxValue : (int)Math.Floor(options.Cutoff);
            reached = RunBfs(graph, source, direction, maxDepth, hops, parents, order, options.CancellationToken);
            for (var v = 0; v < n; v++)
            {
                distances[v] = hops[v] >= 0 ? hops[v] : double.PositiveInfinity;
            }
        }

        return new ShortestPathsResult(source, distances, parents, order[..reached], useWeights, direction);
    }

    /// <summary>
    /// The path from <paramref name="source"/> to <paramref name="target"/> read off a parent array (as in
    /// <see cref="BfsResult.Parents"/>): the vertices in path order, both ends included; <c>[source]</c> when they are
    /// equal; empty when <paramref name="target"/> has no parent chain to the source.
    /// </summary>
    /// <exception cref="ArgumentException">The parent links form a cycle or run past the vertex count.</exception>
    internal static int[] ReconstructPath(ReadOnlySpan<int> parents, int source, int target)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(source);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(source, parents.Length);
        ArgumentOutOfRangeException.ThrowIfNegative(target);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(target, parents.Length);
        var length = 1;
        var v = target;
        while (v != source)
        {
            v = parents[v];
            if (v < 0)
            {
                return [];
            }

            if (++length > parents.Length)
            {
                throw new ArgumentException("The parent links form a cycle.", nameof(parents));
            }
        }

        var path = new int[length];
        v = target;
        for (var i = length - 1; i >= 0; i--)
        {
            path[i] = v;
            v = i > 0 ? parents[v] : v;
        }

        return path;
    }

    /// <summary>BFS into caller-owned arrays; returns how many vertices <paramref name="queue"/> holds (the order).</summary>
    internal static int RunBfs(
        CsrGraph graph, int source, TraversalDirection direction, int maxDepth,
        int[] distances, int[] parents, int[] queue, CancellationToken cancellationToken)
    {
        Array.Fill(distances, -1);
        Array.Fill(parents, -1);
        var offsets = graph.Offsets;
        var targets = graph.Targets;
        var inOffsets = graph.InOffsets;
        var inSources = graph.InSources;
        var followOut = direction != TraversalDirection.In;
        var followIn = graph.IsDirected && direction != TraversalDirection.Out;
        int head = 0, tail = 0;
        distances[source] = 0;
        queue[tail++] = source;
        while (head < tail)
        {
            if ((head & (CancellationStride - 1)) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var v = queue[head++];
            var next = distances[v] + 1;
            if (next > maxDepth)
            {
                continue;
            }

            if (followOut)
            {
                for (var i = offsets[v]; i < offsets[v + 1]; i++)
                {
                    var w = targets[i];
                    if (distances[w] < 0)
                    {
                        distances[w] = next;
                        parents[w] = v;
                        queue[tail++] = w;
                    }
                }
            }

            if (followIn)
            {
                for (var i = inOffsets[v]; i < inOffsets[v + 1]; i++)
                {
                    var w = inSources[i];
                    if (distances[w] < 0)
                    {
                        distances[w] = next;
                        parents[w] = v;
                        queue[tail++] = w;
                    }
                }
            }
        }

        return tail;
    }

    /// <summary>Dijkstra (the shared kernel) into caller-owned arrays; returns how many vertices <paramref name="order"/> holds.</summary>
    internal static int RunDijkstra(
        CsrGraph graph, int source, TraversalDirection direction, double cutoff,
        double[] distances, int[] parents, int[] order, CancellationToken cancellationToken)
    {
        Array.Fill(distances, double.PositiveInfinity);
        Array.Fill(parents, -1);
        var followOut = direction != TraversalDirection.In;
        var followIn = graph.IsDirected && direction != TraversalDirection.Out;
        var outArcs = followOut ? new ArcList(graph.Offsets, graph.Targets, graph.GetArcCosts()) : default;
        var inArcs = followIn ? new ArcList(graph.InOffsets, graph.InSources, graph.GetInArcCosts()) : default;
        var recorder = new ParentRecorder(parents);
        return followOut
            ? Dijkstra.Run(ref recorder, source, outArcs, inArcs, distances, order, new IndexedMinHeap(graph.VertexCount), cutoff, cancellationToken)
            : Dijkstra.Run(ref recorder, source, inArcs, default, distances, order, new IndexedMinHeap(graph.VertexCount), cutoff, cancellationToken);
    }

    /// <summary>Shortest paths on the shared kernel: remembers the arc that last improved each vertex.</summary>
    private readonly struct ParentRecorder(int[] parents) : IDijkstraVisitor
    {
        public static bool CountsTies => false;

        public void Settled(int v, double distance)
        {
        }

        public void Improved(int from, int to) => parents[to] = from;

        public void Tied(int from, int to)
        {
        }
    }
}
