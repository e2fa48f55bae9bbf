using System.Collections.Concurrent;
using Stakeholders.Network.Graphs;

namespace Stakeholders.Network.Algorithms.Cohesion;

/// <summary>
/// Diameter and mean shortest-path length (hops, direction ignored) of one connected component: exact by a
/// breadth-first search from every vertex, or estimated — a double-sweep lower bound for the diameter and the mean over
/// the distances from a seeded sample of sources — when the exact computation would be expensive.
/// </summary>
internal static class ComponentDistances
{
    /// <summary>
    /// Exact when the component's n·(n + m) is at most this many steps (about a second here; e.g. 10,000 vertices
    /// with 10,000 edges), otherwise estimated.
    /// </summary>
    public const long ExactWorkLimit = 200_000_000;

    /// <summary>The number of sampled sources for the estimated mean distance.</summary>
    public const int Samples = 32;

    /// <summary>The double sweeps for the estimated diameter (from the highest-degree vertex, then from seeded random vertices).</summary>
    public const int Sweeps = 2;

    public static (int Diameter, double MeanDistance, bool Exact) Measure(CsrGraph graph, int[] component, bool exact, int seed, long workLimit = ExactWorkLimit, CancellationToken cancellationToken = default)
    {
        long size = component.Length;
        if (size <= 1)
        {
            return (0, 0, true);
        }

        long arcs = 0;
        foreach (var v in component)
        {
            arcs += graph.OutDegree(v) + (graph.IsDirected ? graph.InDegree(v) : 0);
        }

        if (exact || size * (size + arcs) <= workLimit)
        {
            var (diameter, total) = FromSources(graph, component, cancellationToken);
            return (diameter, (double)total / (size * (size - 1)), true);
        }

        var random = new Random(seed);
        var sources = new int[Samples];
        for (var i = 0; i < sources.Length; i++)
        {
            sources[i] = component[random.Next(component.Length)];
        }

        var (sampledFar, sampledTotal) = FromSources(graph, sources, cancellationToken);
        var mean = (double)sampledTotal / (Samples * (size - 1));

        // Double sweep: the eccentricity of the vertex farthest from a start is a lower bound on the diameter,
        // usually tight on real networks (Magnien, Latapy & Habib 2009, doi:10.1145/1412228.1455266).
        var distance = new int[graph.VertexCount];
        Array.Fill(distance, -1);
        var queue = new int[graph.VertexCount];
        var start = component.MaxBy(v => graph.Degree(v));
        var lower = sampledFar;
        for (var sweep = 0; sweep < Sweeps; sweep++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (far, _, _) = Bfs(graph, start, distance, queue);
            var (_, eccentricity, _) = Bfs(graph, far, distance, queue);
            lower = Math.Max(lower, eccentricity);
            start = component[random.Next(component.Length)];
        }

        return (lower, mean, false);
    }

    // The largest eccentricity among the sources and the sum of all their distances, in parallel, deterministic.
    private static (int Far, long Total) FromSources(CsrGraph graph, int[] sources, CancellationToken cancellationToken)
    {
        var n = graph.VertexCount;
        var far = new int[sources.Length];
        var sums = new long[sources.Length];
        Parallel.ForEach(
            Partitioner.Create(0, sources.Length, 16),
            new ParallelOptions { CancellationToken = cancellationToken },
            () => (Distance: PathLengths.CreateFilled(n), Queue: new int[n]),
            (range, _, scratch) =>
            {
                for (var i = range.Item1; i < range.Item2; i++)
                {
                    var (_, eccentricity, sum) = Bfs(graph, sources[i], scratch.Distance, scratch.Queue);
                    far[i] = eccentricity;
                    sums[i] = sum;
                }

                return scratch;
            },
            _ => { });
        return (far.Length == 0 ? 0 : far.Max(), sums.Sum());
    }

    // A breadth-first search from s: the last vertex reached, its distance (s's eccentricity) and the sum of distances.
    private static (int Last, int Eccentricity, long Sum) Bfs(CsrGraph graph, int s, int[] distance, int[] queue)
    {
        int head = 0, tail = 0;
        queue[tail++] = s;
        distance[s] = 0;
        long sum = 0;
        var last = s;
        while (head < tail)
        {
            var u = queue[head++];
            var du = distance[u];
            sum += du;
            last = u;
            tail = PathLengths.Expand(graph.OutNeighbors(u), du, distance, queue, tail);
            if (graph.IsDirected)
            {
                tail = PathLengths.Expand(graph.InNeighbors(u), du, distance, queue, tail);
            }
        }

        var eccentricity = distance[last];
        for (var i = 0; i < tail; i++)
        {
            distance[queue[i]] = -1;
        }

        return (last, eccentricity, sum);
    }
}
