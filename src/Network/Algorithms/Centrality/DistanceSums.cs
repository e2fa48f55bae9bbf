using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Stakeholders.Network.Graphs;

namespace Stakeholders.Network.Algorithms.Centrality;

/// <summary>
/// For every vertex <c>u</c>: how many vertices reach it, the sum of their distances to it, and the sum of the reciprocals,
/// from one search per vertex over the in-arcs (the incoming distances NetworkX uses for directed closeness and harmonic
/// centrality). Each vertex's sums come from its own search, so the parallel run is bit-identical to the sequential one.
/// </summary>
internal static class DistanceSums
{
    private const int MaxBlocks = 1024;

    public readonly record struct Sums(int Reached, double DistanceSum, double ReciprocalSum);

    public static Sums[] Compute(CsrGraph graph, bool useCosts, int maxDegreeOfParallelism, CancellationToken cancellationToken)
    {
        var n = graph.VertexCount;
        if (useCosts)
        {
            var costs = graph.GetInArcCosts();
            for (var i = 0; i < costs.Length; i++)
            {
                if (!(costs[i] >= 0))
                {
                    throw new ArgumentException(
                        string.Create(CultureInfo.InvariantCulture, $"Shortest paths need non-negative arc costs; in-arc {i} costs {costs[i]}."), "graph");
                }
            }
        }

        var result = new Sums[n];
        if (!useCosts)
        {
            MultiSourceBfs(graph, result, maxDegreeOfParallelism, cancellationToken);
            return result;
        }

        var blockCount = BlockScheduler.BlockCount(n, MaxBlocks);
        var nextBlock = -1;
        BlockScheduler.RunWorkers(blockCount, maxDegreeOfParallelism, cancellationToken, () =>
        {
            var order = new int[n];
            var dist = new double[n];
            var heap = new IndexedMinHeap(n);
            Array.Fill(dist, double.PositiveInfinity);
            int block;
            while ((block = Interlocked.Increment(ref nextBlock)) < blockCount)
            {
                var end = BlockScheduler.BlockStart(block + 1, n, blockCount);
                for (var u = BlockScheduler.BlockStart(block, n, blockCount); u < end; u++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    result[u] = FromSource(graph, u, dist, order, heap, cancellationToken);
                }
            }
        });
        return result;
    }

    /// <summary>
    /// Unweighted distances from 64 sources at a time, one bit per source (multi-source BFS, Then et al. 2014,
    /// doi:10.14778/2735496.2735507): a vertex's frontier word is pushed along each arc once per level for all 64
    /// searches together, so the arcs are scanned about (levels) times per batch instead of 64 times. Distances are
    /// exact integers and each source's sums are built level by level, so the result equals one BFS per source.
    /// </summary>
    private static void MultiSourceBfs(CsrGraph graph, Sums[] result, int maxDegreeOfParallelism, CancellationToken cancellationToken)
    {
        var n = graph.VertexCount;
        var batchCount = (n + 63) / 64;
        var nextBatch = -1;
        BlockScheduler.RunWorkers(batchCount, maxDegreeOfParallelism, cancellationToken, () =>
        {
            var scratch = new BatchScratch(n);
            int batch;
            while ((batch = Interlocked.Increment(ref nextBatch)) < batchCount)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var first = batch * 64;
                var count = Math.Min(64, n - first);
                BfsBatch(graph, first, count, scratch);
                for (var i = 0; i < count; i++)
                {
                    result[first + i] = new Sums(scratch.Reached[i], scratch.DistanceSum[i], scratch.ReciprocalSum[i]);
                }
            }
        });
    }

    private static void BfsBatch(CsrGraph graph, int first, int count, BatchScratch scratch)
    {
        ref var offsets = ref MemoryMarshal.GetReference(graph.InOffsets);
        ref var sources = ref MemoryMarshal.GetReference(graph.InSources);
        var seen = scratch.Seen;
        var frontier = scratch.Frontier;
        var next = scratch.Next;
        var frontierList = scratch.FrontierList;
        var touched = scratch.Touched;
        var visited = scratch.Visited;
        var levelCount = scratch.LevelCount;
        Array.Clear(scratch.Reached);
        Array.Clear(scratch.DistanceSum);
        Array.Clear(scratch.ReciprocalSum);

        var frontierSize = 0;
        var visitedSize = 0;
        for (var i = 0; i < count; i++)
        {
            var s = first + i;
            seen[s] = 1UL << i;
            frontier[s] = 1UL << i;
            frontierList[frontierSize++] = s;
            visited[visitedSize++] = s;
            scratch.Reached[i] = 1;
        }

        var level = 0;
        while (frontierSize > 0)
        {
            level++;
            var touchedSize = 0;
            for (var k = 0; k < frontierSize; k++)
            {
                var v = frontierList[k];
                var bits = frontier[v];
                frontier[v] = 0;
                var end = Unsafe.Add(ref offsets, v + 1);
                for (var i = Unsafe.Add(ref offsets, v); i < end; i++)
                {
                    var w = Unsafe.Add(ref sources, i);
                    ref var slot = ref next[w];
                    if (slot == 0)
                    {
                        touched[touchedSize++] = w;
                    }

                    slot |= bits;
                }
            }

            frontierSize = 0;
            Array.Clear(levelCount);
            for (var k = 0; k < touchedSize; k++)
            {
                var w = touched[k];
                var fresh = next[w] & ~seen[w];
                next[w] = 0;
                if (fresh == 0)
                {
                    continue;
                }

                if (seen[w] == 0)
                {
                    visited[visitedSize++] = w;
                }

                seen[w] |= fresh;
                frontier[w] = fresh;
                frontierList[frontierSize++] = w;
                while (fresh != 0)
                {
                    levelCount[BitOperations.TrailingZeroCount(fresh)]++;
                    fresh &= fresh - 1;
                }
            }

            for (var i = 0; i < count; i++)
            {
                var c = levelCount[i];
                if (c > 0)
                {
                    scratch.Reached[i] += c;
                    scratch.DistanceSum[i] += (double)c * level;
                    scratch.ReciprocalSum[i] += c / (double)level;
                }
            }
        }

        for (var k = 0; k < visitedSize; k++)
        {
            seen[visited[k]] = 0;
        }
    }

    /// <summary>One worker's arrays for <see cref="BfsBatch"/>, allocated once and cleared only where touched.</summary>
    private sealed class BatchScratch(int n)
    {
        public ulong[] Seen { get; } = new ulong[n];

        public ulong[] Frontier { get; } = new ulong[n];

        public ulong[] Next { get; } = new ulong[n];

        public int[] FrontierList { get; } = new int[n];

        public int[] Touched { get; } = new int[n];

        public int[] Visited { get; } = new int[n];

        public int[] LevelCount { get; } = new int[64];

        public int[] Reached { get; } = new int[64];

        public double[] DistanceSum { get; } = new double[64];

        public double[] ReciprocalSum { get; } = new double[64];
    }

    private static Sums FromSource(CsrGraph graph, int s, double[] dist, int[] order, IndexedMinHeap heap, CancellationToken cancellationToken)
    {
        var sums = new DistanceAccumulator();
        var settled = Dijkstra.Run(ref sums, s, new ArcList(graph.InOffsets, graph.InSources, graph.GetInArcCosts()), default, dist, order, heap, double.PositiveInfinity, cancellationToken);
        for (var j = 0; j < settled; j++)
        {
            dist[order[j]] = double.PositiveInfinity;
        }

        return new Sums(settled, sums.DistanceSum, sums.ReciprocalSum);
    }

    /// <summary>Closeness and harmonic on the shared kernel: sums the distances, and their reciprocals, in settle order.</summary>
    private struct DistanceAccumulator : IDijkstraVisitor
    {
        public double DistanceSum;
        public double ReciprocalSum;

        public static bool CountsTies => false;

        public void Settled(int v, double distance)
        {
            DistanceSum += distance;
            if (distance > 0)
            {
                ReciprocalSum += 1.0 / distance;
            }
        }

        public readonly void Improved(int from, int to)
        {
        }

        public readonly void Tied(int from, int to)
        {
        }
    }
}
