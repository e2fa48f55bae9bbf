using Stakeholders.Network.Graphs;

namespace Stakeholders.Network.Algorithms.Communities;

/// <summary>
/// The Louvain method (Blondel, Guillaume, Lambiotte &amp; Lefebvre 2008, doi:10.1088/1742-5468/2008/10/P10008) as
/// NetworkX 2.8's <c>louvain_communities</c>: vertices are visited in a seeded random order (shuffled once per level) and
/// each moves to the neighbouring community with the largest strictly positive modularity gain, in sweeps until no
/// vertex moves; then communities become vertices of the next level. It stops when a level gains no more than the
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
            var (moved, capped) = LocalMoving.Sweep(level, membership, options.Resolution, random, options.MaxSweepsPerLevel, cancellationToken);
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
        return new CommunityResult(last, Communities.Modularity(graph, last, options.Resolution), levels, levels.Count, converged);
    }
}

/// <summary>The local-moving phases shared by Louvain and Leiden.</summary>
internal static class LocalMoving
{
    /// <summary>
    /// Louvain's sweeps from singletons: <paramref name="membership"/> receives the labels (node numbers, not dense).
    /// Returns whether any node moved and whether the sweep cap stopped it.
    /// </summary>
    public static (bool Moved, bool Capped) Sweep(ModularityGraph g, int[] membership, double resolution, Random random, int maxSweeps, CancellationToken cancellationToken)
    {
        var n = g.NodeCount;
        var outTotal = (double[])g.OutStrength.Clone();
        var inTotal = g.IsSymmetric ? outTotal : (double[])g.InStrength.Clone();
        for (var u = 0; u < n; u++)
        {
            membership[u] = u;
        }

        var order = RandomOrder(n, random);
        var neighborWeight = new double[n];
        var touched = new int[n];
        var anyMove = false;
        var sweeps = 0;
        var m = g.TotalWeight;
        while (true)
        {
            if (++sweeps > maxSweeps)
            {
                return (anyMove, true);
            }

            cancellationToken.ThrowIfCancellationRequested();
            var moves = 0;
            foreach (var u in order)
            {
                var current = membership[u];
                var ku = g.OutStrength[u];
                var kuIn = g.InStrength[u];
                var touchedCount = 0;
                for (var i = g.Offsets[u]; i < g.Offsets[u + 1]; i++)
                {
                    var c = membership[g.Targets[i]];
                    if (neighborWeight[c] == 0)
                    {
                        touched[touchedCount++] = c;
                    }

                    neighborWeight[c] += g.LinkWeights[i];
                }

                outTotal[current] -= ku;
                if (!g.IsSymmetric)
                {
                    inTotal[current] -= kuIn;
                }

                var best = current;
                var bestGain = neighborWeight[current] - (resolution * ((ku * inTotal[current]) + (kuIn * outTotal[current])) / m);
                for (var t = 0; t < touchedCount; t++)
                {
                    var c = touched[t];
                    var gain = neighborWeight[c] - (resolution * ((ku * inTotal[c]) + (kuIn * outTotal[c])) / m);
                    if (gain > bestGain)
                    {
                        bestGain = gain;
                        best = c;
                    }

                    neighborWeight[c] = 0;
                }

                neighborWeight[current] = 0;
                outTotal[best] += ku;
                if (!g.IsSymmetric)
                {
                    inTotal[best] += kuIn;
                }

                if (best != current)
                {
                    membership[u] = best;
                    moves++;
                }
            }

            if (moves == 0)
            {
                return (anyMove, false);
            }

            anyMove = true;
        }
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
