using System.Collections.Concurrent;
using Stakeholders.Network.Graphs;

namespace Stakeholders.Network.Algorithms.Cohesion;

/// <summary>Breadth-first distances per weakly connected component; integer sums so any thread count gives the same result.</summary>
internal static class PathLengths
{
    public static IReadOnlyList<ComponentPathStatistics> PerComponent(CsrGraph graph, int maxDegreeOfParallelism, CancellationToken cancellationToken)
    {
        var n = graph.VertexCount;
        var component = new int[n];
        Array.Fill(component, -1);
        var members = new List<List<int>>();
        var stack = new Stack<int>();
        for (var s = 0; s < n; s++)
        {
            if (component[s] >= 0)
            {
                continue;
            }

            var list = new List<int>();
            component[s] = members.Count;
            stack.Push(s);
            while (stack.Count > 0)
            {
                var u = stack.Pop();
                list.Add(u);
                Visit(graph.OutNeighbors(u), members.Count, component, stack);
                if (graph.IsDirected)
                {
                    Visit(graph.InNeighbors(u), members.Count, component, stack);
                }
            }

            list.Sort();
            members.Add(list);
        }

        var eccentricity = new int[n];
        var distanceSum = new long[n];
        if (n == 0)
        {
            return [];
        }

        Parallel.ForEach(
            Partitioner.Create(0, n, 64),
            new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism, CancellationToken = cancellationToken },
            () => (Distance: CreateFilled(n), Queue: new int[n]),
            (range, _, scratch) =>
            {
                var (distance, queue) = scratch;
                for (var s = range.Item1; s < range.Item2; s++)
                {
                    int head = 0, tail = 0;
                    queue[tail++] = s;
                    distance[s] = 0;
                    long sum = 0;
                    var far = 0;
                    while (head < tail)
                    {
                        var u = queue[head++];
                        var du = distance[u];
                        sum += du;
                        far = du;
                        tail = Expand(graph.OutNeighbors(u), du, distance, queue, tail);
                        if (graph.IsDirected)
                        {
                            tail = Expand(graph.InNeighbors(u), du, distance, queue, tail);
                        }
                    }

                    for (var i = 0; i < tail; i++)
                    {
                        distance[queue[i]] = -1;
                    }

                    eccentricity[s] = far;
                    distanceSum[s] = sum;
                }

                return scratch;
            },
            _ => { });

        var result = new List<ComponentPathStatistics>(members.Count);
        foreach (var list in members)
        {
            var diameter = 0;
            long total = 0;
            foreach (var v in list)
            {
                diameter = Math.Max(diameter, eccentricity[v]);
                total += distanceSum[v];
            }

            long size = list.Count;
            result.Add(new ComponentPathStatistics(list.ToArray(), diameter, size > 1 ? (double)total / (size * (size - 1)) : 0));
        }

        return result;
    }

    /// <summary>A distance array of length n filled with -1 (unvisited); shared with <see cref="ComponentDistances"/>.</summary>
    internal static int[] CreateFilled(int n)
    {
        var a = new int[n];
        Array.Fill(a, -1);
        return a;
    }

    private static void Visit(ReadOnlySpan<int> neighbors, int label, int[] component, Stack<int> stack)
    {
        foreach (var v in neighbors)
        {
            if (component[v] < 0)
            {
                component[v] = label;
                stack.Push(v);
            }
        }
    }

    /// <summary>One BFS step: every unvisited neighbour gets distance du + 1 and joins the queue; returns the new tail.</summary>
    internal static int Expand(ReadOnlySpan<int> neighbors, int du, int[] distance, int[] queue, int tail)
    {
        foreach (var v in neighbors)
        {
            if (distance[v] < 0)
            {
                distance[v] = du + 1;
                queue[tail++] = v;
            }
        }

        return tail;
    }
}
