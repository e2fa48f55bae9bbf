using System.Collections.Concurrent;
using Stakeholders.Network.Graphs;

namespace Stakeholders.Network.Algorithms.Cohesion;

/// <summary>Triangle counts and local clustering, parallel over vertices with per-thread scratch; results do not depend on the thread count.</summary>
internal static class ClusteringCoefficients
{
    /// <summary>
    /// Triangles at each vertex of an undirected graph, self-loops ignored. Edges are oriented from lower to higher
    /// (degree, number) rank so each triangle is found once, from its lowest-ranked corner: O(m^1.5) (Latapy 2008,
    /// doi:10.1016/j.tcs.2008.07.017). Integer counts, so the result is the same for any thread count.
    /// </summary>
    public static int[] Triangles(CsrGraph graph, int maxDegreeOfParallelism, CancellationToken cancellationToken)
    {
        var n = graph.VertexCount;
        var offsets = graph.Offsets.ToArray();
        var targets = graph.Targets.ToArray();
        var degree = new int[n];
        for (var v = 0; v < n; v++)
        {
            degree[v] = offsets[v + 1] - offsets[v];
        }

        // forward[u] = neighbours ranked above u, kept in ascending vertex order
        var forwardOffsets = new int[n + 1];
        for (var u = 0; u < n; u++)
        {
            var count = 0;
            for (var i = offsets[u]; i < offsets[u + 1]; i++)
            {
                if (RanksAbove(targets[i], u, degree))
                {
                    count++;
                }
            }

            forwardOffsets[u + 1] = forwardOffsets[u] + count;
        }

        var forward = new int[forwardOffsets[n]];
        Parallel.For(0, n, Options(maxDegreeOfParallelism, cancellationToken), u =>
        {
            var k = forwardOffsets[u];
            for (var i = offsets[u]; i < offsets[u + 1]; i++)
            {
                if (RanksAbove(targets[i], u, degree))
                {
                    forward[k++] = targets[i];
                }
            }
        });

        var triangles = new int[n];
        if (n == 0)
        {
            return triangles;
        }

        Parallel.ForEach(
            Partitioner.Create(0, n, 2048),
            Options(maxDegreeOfParallelism, cancellationToken),
            () => new int[n],
            (range, _, mark) =>
            {
                for (var u = range.Item1; u < range.Item2; u++)
                {
                    var stamp = u + 1;
                    var start = forwardOffsets[u];
                    var end = forwardOffsets[u + 1];
                    if (end - start < 2)
                    {
                        continue;
                    }

                    for (var i = start; i < end; i++)
                    {
                        mark[forward[i]] = stamp;
                    }

                    var found = 0;
                    for (var i = start; i < end; i++)
                    {
                        var v = forward[i];
                        var local = 0;
                        for (var j = forwardOffsets[v]; j < forwardOffsets[v + 1]; j++)
                        {
                            var w = forward[j];
                            if (mark[w] == stamp)
                            {
                                local++;
                                Interlocked.Increment(ref triangles[w]);
                            }
                        }

                        if (local > 0)
                        {
                            found += local;
                            Interlocked.Add(ref triangles[v], local);
                        }
                    }

                    if (found > 0)
                    {
                        Interlocked.Add(ref triangles[u], found);
                    }
                }

                return mark;
            },
            _ => { });
        return triangles;
    }

    /// <summary>
    /// The generic kernel for weighted and directed clustering: with symmetric link values <c>b_ij</c>, returns
    /// <c>t_i = Σ_j Σ_k b_ij b_ik b_jk</c> over ordered pairs of distinct neighbours, summed in row order.
    /// </summary>
    public static double[] LinkTriangleSums(int n, int[] offsets, int[] targets, double[] values, int maxDegreeOfParallelism, CancellationToken cancellationToken)
    {
        var sums = new double[n];
        if (n == 0)
        {
            return sums;
        }

        Parallel.ForEach(
            Partitioner.Create(0, n, 1024),
            Options(maxDegreeOfParallelism, cancellationToken),
            () => (Stamp: new int[n], Value: new double[n]),
            (range, _, scratch) =>
            {
                var (mark, value) = scratch;
                for (var u = range.Item1; u < range.Item2; u++)
                {
                    var stamp = u + 1;
                    for (var i = offsets[u]; i < offsets[u + 1]; i++)
                    {
                        mark[targets[i]] = stamp;
                        value[targets[i]] = values[i];
                    }

                    double t = 0;
                    for (var i = offsets[u]; i < offsets[u + 1]; i++)
                    {
                        var j = targets[i];
                        double inner = 0;
                        for (var a = offsets[j]; a < offsets[j + 1]; a++)
                        {
                            var k = targets[a];
                            if (mark[k] == stamp)
                            {
                                inner += values[a] * value[k];
                            }
                        }

                        t += values[i] * inner;
                    }

                    sums[u] = t;
                }

                return scratch;
            },
            _ => { });
        return sums;
    }

    /// <summary>
    /// The symmetric neighbourhood without self-loops: <c>b_ij = f(w_ij)·[i→j] + f(w_ji)·[j→i]</c> with
    /// <c>f(w) = ∛(w / max w)</c> when weighted and 1 otherwise (undirected graphs: one term). Also returns, per vertex,
    /// the number of distinct neighbours counted with multiplicity (in + out for directed) and the reciprocated ones.
    /// </summary>
    public static (int[] Offsets, int[] Targets, double[] Values, int[] TotalDegree, int[] Reciprocal) SymmetricLinks(CsrGraph graph, bool weighted)
    {
        var n = graph.VertexCount;
        var maxWeight = 0.0;
        foreach (var w in graph.Weights)
        {
            maxWeight = Math.Max(maxWeight, w);
        }

        double F(double w) => weighted ? (maxWeight > 0 ? Math.Cbrt(w / maxWeight) : 0) : 1.0;
        var offsets = new int[n + 1];
        var targets = new List<int>(graph.ArcCount);
        var values = new List<double>(graph.ArcCount);
        var totalDegree = new int[n];
        var reciprocal = new int[n];
        for (var u = 0; u < n; u++)
        {
            var outRow = graph.OutNeighbors(u);
            var outW = graph.OutWeights(u);
            var inRow = graph.IsDirected ? graph.InNeighbors(u) : [];
            var inW = graph.IsDirected ? graph.InArcWeights(u) : [];
            int i = 0, j = 0;
            while (i < outRow.Length || j < inRow.Length)
            {
                var a = i < outRow.Length ? outRow[i] : int.MaxValue;
                var b = j < inRow.Length ? inRow[j] : int.MaxValue;
                var v = Math.Min(a, b);
                double value = 0;
                var multiplicity = 0;
                if (a == v)
                {
                    value += F(outW[i]);
                    multiplicity++;
                    i++;
                }

                if (b == v)
                {
                    value += F(inW[j]);
                    multiplicity++;
                    j++;
                }

                if (v == u)
                {
                    continue;
                }

                targets.Add(v);
                values.Add(value);
                totalDegree[u] += multiplicity;
                if (multiplicity == 2)
                {
                    reciprocal[u]++;
                }
            }

            offsets[u + 1] = targets.Count;
        }

        return (offsets, targets.ToArray(), values.ToArray(), totalDegree, reciprocal);
    }

    public static ParallelOptions Options(int maxDegreeOfParallelism, CancellationToken cancellationToken) =>
        new() { MaxDegreeOfParallelism = maxDegreeOfParallelism, CancellationToken = cancellationToken };

    private static bool RanksAbove(int v, int u, int[] degree) =>
        v != u && (degree[v] > degree[u] || (degree[v] == degree[u] && v > u));
}
