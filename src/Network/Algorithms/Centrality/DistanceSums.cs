using System.Globalization;
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
        var blockCount = BlockScheduler.BlockCount(n, MaxBlocks);
        var nextBlock = -1;
        BlockScheduler.RunWorkers(blockCount, maxDegreeOfParallelism, cancellationToken, () =>
        {
            var order = new int[n];
            var hops = useCosts ? [] : new int[n];
            var dist = useCosts ? new double[n] : [];
            var heap = useCosts ? new IndexedMinHeap(n) : null;
            Array.Fill(hops, -1);
            Array.Fill(dist, double.PositiveInfinity);
            int block;
            while ((block = Interlocked.Increment(ref nextBlock)) < blockCount)
            {
                var end = BlockScheduler.BlockStart(block + 1, n, blockCount);
                for (var u = BlockScheduler.BlockStart(block, n, blockCount); u < end; u++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    result[u] = useCosts ? Dijkstra(graph, u, dist, order, heap!) : Bfs(graph, u, hops, order);
                }
            }
        });
        return result;
    }

    private static Sums Bfs(CsrGraph graph, int s, int[] dist, int[] order)
    {
        var offsets = graph.InOffsets;
        var sources = graph.InSources;
        dist[s] = 0;
        order[0] = s;
        int head = 0, tail = 1;
        long distanceSum = 0;
        double reciprocalSum = 0;
        var level = 0;
        var levelCount = 0;
        while (head < tail)
        {
            var v = order[head++];
            var next = dist[v] + 1;
            if (next - 1 != level)
            {
                // A level is complete: its vertices all lie at distance `level` (level 0 is the source itself).
                if (level > 0)
                {
                    reciprocalSum += levelCount / (double)level;
                }

                level = next - 1;
                levelCount = 0;
            }

            levelCount++;
            distanceSum += next - 1;
            var end = offsets[v + 1];
            for (var i = offsets[v]; i < end; i++)
            {
                var w = sources[i];
                if (dist[w] < 0)
                {
                    dist[w] = next;
                    order[tail++] = w;
                }
            }
        }

        if (level > 0)
        {
            reciprocalSum += levelCount / (double)level;
        }

        for (var j = 0; j < tail; j++)
        {
            dist[order[j]] = -1;
        }

        return new Sums(tail, distanceSum, reciprocalSum);
    }

    private static Sums Dijkstra(CsrGraph graph, int s, double[] dist, int[] order, IndexedMinHeap heap)
    {
        var offsets = graph.InOffsets;
        var sources = graph.InSources;
        var costs = graph.GetInArcCosts();
        dist[s] = 0;
        heap.InsertOrDecrease(s, 0);
        var settled = 0;
        double distanceSum = 0;
        double reciprocalSum = 0;
        while (heap.Count > 0)
        {
            var v = heap.PopMin();
            order[settled++] = v;
            var dv = dist[v];
            distanceSum += dv;
            if (dv > 0)
            {
                reciprocalSum += 1.0 / dv;
            }

            var end = offsets[v + 1];
            for (var i = offsets[v]; i < end; i++)
            {
                var candidate = dv + costs[i];
                var w = sources[i];
                if (candidate < dist[w])
                {
                    dist[w] = candidate;
                    heap.InsertOrDecrease(w, candidate);
                }
            }
        }

        for (var j = 0; j < settled; j++)
        {
            dist[order[j]] = double.PositiveInfinity;
        }

        return new Sums(settled, distanceSum, reciprocalSum);
    }
}
