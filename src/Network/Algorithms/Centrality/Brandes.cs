using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Stakeholders.Network.Graphs;

namespace Stakeholders.Network.Algorithms.Centrality;

/// <summary>
/// Brandes' accumulation of pair dependencies (Brandes 2001, doi:10.1080/0022250X.2001.9990249; variants from Brandes 2008,
/// doi:10.1016/j.socnet.2007.11.001): one shortest-path search per source (BFS, or Dijkstra on arc costs) followed by a
/// backward sweep in reverse order of discovery. Sources run in parallel over fixed blocks; each worker owns its scratch
/// arrays; block partial sums are folded in block order, so the result is bit-identical for every thread count.
/// </summary>
/// <remarks>
/// The backward sweep pulls from successors instead of walking predecessor lists: vertex <c>x</c> is a successor of
/// <c>w</c> on the shortest-path DAG when <c>d(x) = d(w) + 1</c> (BFS) or <c>d(x) = d(w) + c(w,x)</c> compared exactly
/// (Dijkstra), which is the same test NetworkX applies to build its predecessor lists. This needs no per-source list
/// storage and reads each adjacency row twice per source.
/// </remarks>
internal static class Brandes
{
    /// <summary>Source blocks are fixed so the fold order is fixed; 512 keeps the fold cheap and the load balanced.</summary>
    private const int MaxBlocks = 512;

    /// <summary>
    /// Sums the dependencies of the given sources: per vertex (<paramref name="perArc"/> false; with
    /// <paramref name="endpoints"/> the endpoint terms of Brandes 2008 §3.1) or per arc (true). Returns raw sums.
    /// </summary>
    public static double[] Accumulate(CsrGraph graph, int[] sources, bool useCosts, bool endpoints, bool perArc, int maxDegreeOfParallelism, CancellationToken cancellationToken)
    {
        var n = graph.VertexCount;
        if (useCosts)
        {
            ValidateCosts(graph.GetArcCosts());
        }

        var blockCount = BlockScheduler.BlockCount(sources.Length, MaxBlocks);
        var reducer = new OrderedBlockReducer(perArc ? graph.ArcCount : n, blockCount);
        var nextBlock = -1;
        BlockScheduler.RunWorkers(blockCount, maxDegreeOfParallelism, cancellationToken, () =>
        {
            var scratch = new Scratch(n, useCosts);
            int block;
            while ((block = Interlocked.Increment(ref nextBlock)) < blockCount)
            {
                var partial = reducer.Rent();
                var end = BlockScheduler.BlockStart(block + 1, sources.Length, blockCount);
                for (var i = BlockScheduler.BlockStart(block, sources.Length, blockCount); i < end; i++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (useCosts)
                    {
                        DijkstraSource(graph, sources[i], scratch, partial, endpoints, perArc, cancellationToken);
                    }
                    else
                    {
                        BfsSource(graph, sources[i], scratch, partial, endpoints, perArc);
                    }
                }

                reducer.Complete(block, partial);
            }
        });
        return reducer.Total;
    }

    /// <summary>Dijkstra-based betweenness needs positive costs: a zero-cost arc makes the shortest-path DAG ill-defined.</summary>
    private static void ValidateCosts(ReadOnlySpan<double> costs)
    {
        for (var i = 0; i < costs.Length; i++)
        {
            var c = costs[i];
            if (!(c > 0))
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Betweenness needs positive arc costs; arc {i} costs {c}. Remove zero-length or negative edges, or set UseWeights = false."),
                    "graph");
            }
        }
    }

    private static void BfsSource(CsrGraph graph, int s, Scratch scratch, double[] partial, bool endpoints, bool perArc)
    {
        // The hot loops index through refs: every index below comes from the CSR arrays themselves (offsets within
        // 0..m, targets within 0..n-1, validated when the graph was built), so bounds checks would only cost time.
        ref var offsets = ref MemoryMarshal.GetReference(graph.Offsets);
        ref var targets = ref MemoryMarshal.GetReference(graph.Targets);
        ref var dist = ref MemoryMarshal.GetArrayDataReference(scratch.Hops);
        ref var sigma = ref MemoryMarshal.GetArrayDataReference(scratch.Sigma);
        ref var coeff = ref MemoryMarshal.GetArrayDataReference(scratch.Coefficient);
        ref var order = ref MemoryMarshal.GetArrayDataReference(scratch.Order);
        ref var acc = ref MemoryMarshal.GetArrayDataReference(partial);

        Unsafe.Add(ref dist, s) = 0;
        Unsafe.Add(ref sigma, s) = 1.0;
        order = s;
        int head = 0, tail = 1;
        while (head < tail)
        {
            var v = Unsafe.Add(ref order, head++);
            var next = Unsafe.Add(ref dist, v) + 1;
            var sv = Unsafe.Add(ref sigma, v);
            var end = Unsafe.Add(ref offsets, v + 1);
            for (var i = Unsafe.Add(ref offsets, v); i < end; i++)
            {
                var w = Unsafe.Add(ref targets, i);
                ref var dw = ref Unsafe.Add(ref dist, w);
                if (dw < 0)
                {
                    dw = next;
                    Unsafe.Add(ref sigma, w) = sv;
                    Unsafe.Add(ref order, tail++) = w;
                }
                else if (dw == next)
                {
                    Unsafe.Add(ref sigma, w) += sv;
                }
            }
        }

        // Reverse discovery order visits every successor before its predecessors; coeff[x] = (1 + delta[x]) / sigma[x].
        var last = perArc ? 0 : 1;
        for (var j = tail - 1; j >= last; j--)
        {
            var w = Unsafe.Add(ref order, j);
            var next = Unsafe.Add(ref dist, w) + 1;
            var end = Unsafe.Add(ref offsets, w + 1);
            var sw = Unsafe.Add(ref sigma, w);
            double sum = 0;
            if (perArc)
            {
                for (var i = Unsafe.Add(ref offsets, w); i < end; i++)
                {
                    var x = Unsafe.Add(ref targets, i);
                    if (Unsafe.Add(ref dist, x) == next)
                    {
                        var c = sw * Unsafe.Add(ref coeff, x);
                        Unsafe.Add(ref acc, i) += c;
                        sum += c;
                    }
                }

                Unsafe.Add(ref coeff, w) = (1.0 + sum) / sw;
            }
            else
            {
                for (var i = Unsafe.Add(ref offsets, w); i < end; i++)
                {
                    // Branch-free: whether a neighbour lies one level deeper is close to a coin toss, so a branch
                    // mispredicts often; coeff is finite for every vertex (0 or a previous value), so 0·coeff = 0.
                    var x = Unsafe.Add(ref targets, i);
                    var isSuccessor = Unsafe.Add(ref dist, x) == next;
                    sum += Unsafe.Add(ref coeff, x) * Unsafe.As<bool, byte>(ref isSuccessor);
                }

                var delta = sw * sum;
                Unsafe.Add(ref acc, w) += endpoints ? delta + 1.0 : delta;
                Unsafe.Add(ref coeff, w) = (1.0 + delta) / sw;
            }
        }

        if (endpoints && !perArc)
        {
            Unsafe.Add(ref acc, s) += tail - 1;
        }

        for (var j = 0; j < tail; j++)
        {
            Unsafe.Add(ref dist, Unsafe.Add(ref order, j)) = -1;
        }
    }

    private static void DijkstraSource(CsrGraph graph, int s, Scratch scratch, double[] partial, bool endpoints, bool perArc, CancellationToken cancellationToken)
    {
        var offsets = graph.Offsets;
        var targets = graph.Targets;
        var costs = graph.GetArcCosts();
        var dist = scratch.Distance;
        var sigma = scratch.Sigma;
        var coeff = scratch.Coefficient;
        var order = scratch.Order;

        sigma[s] = 1.0;
        var counter = new PathCounter(sigma);
        var settled = Dijkstra.Run(ref counter, s, new ArcList(offsets, targets, costs), default, dist, order, scratch.Heap!, double.PositiveInfinity, cancellationToken);

        var last = perArc ? 0 : 1;
        for (var j = settled - 1; j >= last; j--)
        {
            var w = order[j];
            var dw = dist[w];
            var end = offsets[w + 1];
            double sum = 0;
            if (perArc)
            {
                var sw = sigma[w];
                for (var i = offsets[w]; i < end; i++)
                {
                    var x = targets[i];
                    var c = costs[i];
                    if (dw + c == dist[x] && !double.IsPositiveInfinity(c))
                    {
                        var contribution = sw * coeff[x];
                        partial[i] += contribution;
                        sum += contribution;
                    }
                }

                coeff[w] = (1.0 + sum) / sw;
            }
            else
            {
                for (var i = offsets[w]; i < end; i++)
                {
                    var x = targets[i];
                    var c = costs[i];
                    if (dw + c == dist[x] && !double.IsPositiveInfinity(c))
                    {
                        sum += coeff[x];
                    }
                }

                var delta = sigma[w] * sum;
                partial[w] += endpoints ? delta + 1.0 : delta;
                coeff[w] = (1.0 + delta) / sigma[w];
            }
        }

        if (endpoints && !perArc)
        {
            partial[s] += settled - 1;
        }

        for (var j = 0; j < settled; j++)
        {
            dist[order[j]] = double.PositiveInfinity;
        }
    }

    /// <summary>Brandes' forward pass on the shared kernel: σ(w) counts the shortest paths from the source to w.</summary>
    private readonly struct PathCounter(double[] sigma) : IDijkstraVisitor
    {
        public static bool CountsTies => true;

        public void Settled(int v, double distance)
        {
        }

        public void Improved(int from, int to) => sigma[to] = sigma[from];

        public void Tied(int from, int to) => sigma[to] += sigma[from];
    }

    /// <summary>One worker's reusable arrays, allocated once and reset per source by touching only the reached vertices.</summary>
    private sealed class Scratch
    {
        public Scratch(int n, bool weighted)
        {
            Sigma = new double[n];
            Coefficient = new double[n];
            Order = new int[n];
            if (weighted)
            {
                Distance = new double[n];
                Array.Fill(Distance, double.PositiveInfinity);
                Hops = [];
                Heap = new IndexedMinHeap(n);
            }
            else
            {
                Hops = new int[n];
                Array.Fill(Hops, -1);
                Distance = [];
            }
        }

        public int[] Hops { get; }

        public double[] Distance { get; }

        public double[] Sigma { get; }

        public double[] Coefficient { get; }

        public int[] Order { get; }

        public IndexedMinHeap? Heap { get; }
    }
}
