using Stakeholders.Network.Graphs;

namespace Stakeholders.Network.Algorithms.Communities;

/// <summary>
/// The Louvain method (Blondel, Guillaume, Lambiotte &amp; Lefebvre 2008, doi:10.1088/1742-5468/2008/10/P10008) as
/// NetworkX 2.8's <c>louvain_communities</c>: each vertex moves to the neighbouring community with the largest strictly
/// positive modularity gain until no vertex can improve; then communities become vertices of the next level. Where
/// NetworkX sweeps over all vertices (shuffled once per level) until a sweep moves none, this visits them from a queue
/// (seeded random order first, then only neighbours of moved vertices), which stops at the same kind of local optimum
/// with far fewer visits: on a 100k-vertex random graph the sweeps need hundreds of passes for a handful of moves. It stops when a level gains no more than the
/// threshold. Directed graphs use directed modularity (Leicht &amp; Newman, as NetworkX does for DiGraph); weights are
/// strengths. Each sweep is O(m); the number of sweeps and levels is small in practice.
/// </summary>
internal static class LouvainAlgorithm
{
    public static CommunityResult Run(CsrGraph graph, LouvainOptions options, CancellationToken cancellationToken)
    {
        var level = ModularityGraph.FromGraph(graph);
        var n = graph.VertexCount;
        var vertexToNode = new int[n];
        for (var v = 0; v < n; v++)
        {
            vertexToNode[v] = v;
        }

        var levels = new List<Partition>();
        if (level.TotalWeight <= 0)
        {
            var singletons = Partition.Singletons(n);
            return new CommunityResult(singletons, double.NaN, [singletons], 1, true);
        }

        var random = new Random(options.Seed);
        var modularity = level.Modularity(vertexToNode, n, options.Resolution);
        var converged = true;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var membership = new int[level.NodeCount];
            for (var u = 0; u < membership.Length; u++)
            {
                membership[u] = u;
            }

            var moved = LocalMoving.QueueMove(level, membership, options.Resolution, random, allowEmptyCommunity: false, out var capped);
            converged &= !capped;
            if (!moved && levels.Count > 0)
            {
                break;
            }

            var count = LocalMoving.Renumber(membership);
            for (var v = 0; v < n; v++)
            {
                vertexToNode[v] = membership[vertexToNode[v]];
            }

            levels.Add(Partition.FromDenseLabels(vertexToNode, count));
            var newModularity = level.Modularity(membership, count, options.Resolution);
            if (newModularity - modularity <= options.Threshold || count == level.NodeCount)
            {
                modularity = newModularity;
                break;
            }

            modularity = newModularity;
            level = level.Aggregate(membership, count);
        }

        var last = levels[^1];
        return new CommunityResult(last, CommunityDetection.Modularity(graph, last, options.Resolution), levels, levels.Count, converged);
    }
}

/// <summary>The local-moving phases shared by Louvain and Leiden.</summary>
internal static class LocalMoving
{
    /// <summary>
    /// Local moving with a queue (Traag et al.'s fast local move): all nodes in seeded random order, then only the
    /// neighbours of nodes that moved. A node takes the community with the largest modularity gain if it beats staying;
    /// with <paramref name="allowEmptyCommunity"/> it may also leave for an empty community (gain 0). Stops when no node
    /// can improve: the same fixed point as Louvain's full sweeps, with far fewer visits. Labels stay below the node
    /// count. Returns whether a node changed community; <paramref name="capped"/> reports the safety cap of 1000 visits
    /// per node (never reached in practice; moves strictly raise modularity).
    /// </summary>
    public static bool QueueMove(ModularityGraph g, int[] partition, double resolution, Random random, bool allowEmptyCommunity, out bool capped)
    {
        var n = g.NodeCount;
        var (outTotal, inTotal) = g.NewTotals(n);
        var size = new int[n];
        for (var u = 0; u < n; u++)
        {
            g.Move(outTotal, inTotal, u, partition[u], 1);
            size[partition[u]]++;
        }

        var empty = new Stack<int>();
        for (var c = n - 1; c >= 0; c--)
        {
            if (size[c] == 0)
            {
                empty.Push(c);
            }
        }

        var queue = new int[n];
        var order = LocalMoving.RandomOrder(n, random);
        Array.Copy(order, queue, n);
        var inQueue = new bool[n];
        Array.Fill(inQueue, true);
        int head = 0, count = n;
        var neighborWeight = new double[n];
        var touched = new int[n];
        var changed = false;
        var visitsLeft = 1000L * n;
        capped = false;
        while (count > 0)
        {
            if (--visitsLeft < 0)
            {
                capped = true;
                break;
            }

            var u = queue[head];
            head = head + 1 == n ? 0 : head + 1;
            count--;
            inQueue[u] = false;
            var current = partition[u];
            var touchedCount = 0;
            for (var i = g.Offsets[u]; i < g.Offsets[u + 1]; i++)
            {
                var c = partition[g.Targets[i]];
                if (neighborWeight[c] == 0)
                {
                    touched[touchedCount++] = c;
                }

                neighborWeight[c] += g.LinkWeights[i];
            }

            g.Move(outTotal, inTotal, u, current, -1);
            size[current]--;
            var best = current;
            var bestGain = neighborWeight[current] - g.Penalty(g.LayerOut, g.LayerIn, u, outTotal, inTotal, current, resolution);
            for (var t = 0; t < touchedCount; t++)
            {
                var c = touched[t];
                var gain = neighborWeight[c] - g.Penalty(g.LayerOut, g.LayerIn, u, outTotal, inTotal, c, resolution);
                if (gain > bestGain)
                {
                    bestGain = gain;
                    best = c;
                }

                neighborWeight[c] = 0;
            }

            neighborWeight[current] = 0;
            if (allowEmptyCommunity && bestGain < 0 && size[current] > 0)
            {
                // Alone is better than anywhere: take an empty community (its gain is 0).
                best = empty.Pop();
            }

            if (size[current] == 0 && best != current)
            {
                empty.Push(current);
            }

            g.Move(outTotal, inTotal, u, best, 1);
            size[best]++;
            if (best == current)
            {
                continue;
            }

            partition[u] = best;
            changed = true;
            for (var i = g.Offsets[u]; i < g.Offsets[u + 1]; i++)
            {
                var v = g.Targets[i];
                if (!inQueue[v] && partition[v] != best)
                {
                    inQueue[v] = true;
                    var tail = head + count;
                    queue[tail >= n ? tail - n : tail] = v;
                    count++;
                }
            }
        }

        return changed;
    }

    /// <summary>Renumbers labels in place to 0..k-1 in order of first appearance; returns k.</summary>
    public static int Renumber(int[] labels)
    {
        var map = new int[labels.Length];
        Array.Fill(map, -1);
        var next = 0;
        for (var i = 0; i < labels.Length; i++)
        {
            var l = labels[i];
            if (map[l] < 0)
            {
                map[l] = next++;
            }

            labels[i] = map[l];
        }

        return next;
    }

    public static int[] RandomOrder(int n, Random random)
    {
        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            order[i] = i;
        }

        random.Shuffle(order);
        return order;
    }
}
