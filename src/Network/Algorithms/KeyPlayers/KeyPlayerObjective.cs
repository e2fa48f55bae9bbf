using Stakeholders.Network.Graphs;

namespace Stakeholders.Network.Algorithms.KeyPlayers;

/// <summary>
/// Scores a vertex set for one key-player objective. Implementations are stateless; all mutable state lives in the
/// caller's <see cref="Workspace"/>, one per thread.
/// </summary>
internal abstract class KeyPlayerObjective(CsrGraph graph)
{
    protected CsrGraph Graph { get; } = graph;

    /// <summary>Scores the set marked in <paramref name="workspace"/>.<see cref="Workspace.InSet"/> of <paramref name="setSize"/> members.</summary>
    public abstract double Score(Workspace workspace, int setSize);

    public static KeyPlayerObjective For(CsrGraph graph, FragmentationMeasure measure) => measure switch
    {
        FragmentationMeasure.Components when !graph.IsDirected => new ComponentFragmentation(graph),
        FragmentationMeasure.Components => new ReachabilityFragmentation(graph, distanceWeighted: false),
        _ => new ReachabilityFragmentation(graph, distanceWeighted: true),
    };

    public static KeyPlayerObjective For(CsrGraph graph, ReachMeasure measure, int maxSteps) =>
        new SetReach(graph, measure == ReachMeasure.DistanceWeighted ? int.MaxValue : maxSteps, measure == ReachMeasure.DistanceWeighted);

    /// <summary>
    /// Breadth-first search from <paramref name="workspace"/>'s queue (already seeded, distances set), skipping vertices in the
    /// set when <paramref name="skipSet"/>, stopping at depth <paramref name="maxDepth"/>. Returns the queue length.
    /// </summary>
    protected int Search(Workspace workspace, int seeded, int maxDepth, bool skipSet)
    {
        var offsets = Graph.Offsets;
        var targets = Graph.Targets;
        var queue = workspace.Queue;
        var distance = workspace.Distance;
        var seen = workspace.Seen;
        var stamp = workspace.Stamp;
        var inSet = workspace.InSet;
        int head = 0, tail = seeded;
        while (head < tail)
        {
            var u = queue[head++];
            var du = distance[u];
            if (du >= maxDepth)
            {
                continue;
            }

            for (var i = offsets[u]; i < offsets[u + 1]; i++)
            {
                var w = targets[i];
                if (seen[w] == stamp || (skipSet && inSet[w]))
                {
                    continue;
                }

                seen[w] = stamp;
                distance[w] = du + 1;
                queue[tail++] = w;
            }
        }

        return tail;
    }

    /// <summary>Undirected F = 1 − Σ_c s_c(s_c − 1) / (n'(n'−1)) over the components of the graph without the set. O(n + m).</summary>
    private sealed class ComponentFragmentation(CsrGraph graph) : KeyPlayerObjective(graph)
    {
        public override double Score(Workspace workspace, int setSize)
        {
            var n = Graph.VertexCount;
            var left = (double)(n - setSize);
            var stamp = workspace.NextStamp();
            long pairs = 0;
            for (var s = 0; s < n; s++)
            {
                if (workspace.InSet[s] || workspace.Seen[s] == stamp)
                {
                    continue;
                }

                workspace.Seen[s] = stamp;
                workspace.Queue[0] = s;
                workspace.Distance[s] = 0;
                long size = Search(workspace, 1, int.MaxValue, skipSet: true);
                pairs += size * (size - 1);
            }

            return 1 - (pairs / (left * (left - 1)));
        }
    }

    /// <summary>
    /// F or D_F by a breadth-first search from every vertex left: 1 − Σ_{i≠j} f(d_ij) / (n'(n'−1)) with f = 1 for
    /// reachable pairs (F) or f = 1/d (D_F). O(n'(n + m)).
    /// </summary>
    private sealed class ReachabilityFragmentation(CsrGraph graph, bool distanceWeighted) : KeyPlayerObjective(graph)
    {
        public override double Score(Workspace workspace, int setSize)
        {
            var n = Graph.VertexCount;
            var left = (double)(n - setSize);
            double sum = 0;
            for (var s = 0; s < n; s++)
            {
                if (workspace.InSet[s])
                {
                    continue;
                }

                var stamp = workspace.NextStamp();
                workspace.Seen[s] = stamp;
                workspace.Queue[0] = s;
                workspace.Distance[s] = 0;
                var reached = Search(workspace, 1, int.MaxValue, skipSet: true);
                if (distanceWeighted)
                {
                    for (var i = 1; i < reached; i++)
                    {
                        sum += 1.0 / workspace.Distance[workspace.Queue[i]];
                    }
                }
                else
                {
                    sum += reached - 1;
                }
            }

            return 1 - (sum / (left * (left - 1)));
        }
    }

    /// <summary>Reach of the set along out-arcs: share within maxSteps, or Σ 1/d, over the n − k non-members. O(n + m).</summary>
    private sealed class SetReach(CsrGraph graph, int maxSteps, bool distanceWeighted) : KeyPlayerObjective(graph)
    {
        public override double Score(Workspace workspace, int setSize)
        {
            var n = Graph.VertexCount;
            var stamp = workspace.NextStamp();
            var seeded = 0;
            for (var v = 0; v < n; v++)
            {
                if (workspace.InSet[v])
                {
                    workspace.Seen[v] = stamp;
                    workspace.Distance[v] = 0;
                    workspace.Queue[seeded++] = v;
                }
            }

            var reached = Search(workspace, seeded, maxSteps, skipSet: false);
            double sum;
            if (distanceWeighted)
            {
                sum = 0;
                for (var i = seeded; i < reached; i++)
                {
                    sum += 1.0 / workspace.Distance[workspace.Queue[i]];
                }
            }
            else
            {
                sum = reached - seeded;
            }

            return sum / (n - setSize);
        }
    }
}

/// <summary>Per-thread scratch for scoring: the set mask and breadth-first-search buffers (stamped, never cleared).</summary>
internal sealed class Workspace(int n)
{
    public bool[] InSet { get; } = new bool[n];

    public int[] Queue { get; } = new int[n];

    public int[] Distance { get; } = new int[n];

    public int[] Seen { get; } = new int[n];

    public int Stamp { get; private set; }

    public int NextStamp()
    {
        if (Stamp == int.MaxValue)
        {
            Array.Clear(Seen);
            Stamp = 0;
        }

        return ++Stamp;
    }

    public void SetMembers(ReadOnlySpan<int> members)
    {
        Array.Clear(InSet);
        foreach (var v in members)
        {
            InSet[v] = true;
        }
    }
}
