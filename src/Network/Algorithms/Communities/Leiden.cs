using Stakeholders.Network.Graphs;

namespace Stakeholders.Network.Algorithms.Communities;

/// <summary>
/// The Leiden algorithm (Traag, Waltman &amp; van Eck 2019, doi:10.1038/s41598-019-41695-z) optimising modularity with a
/// resolution: fast local moving (a queue of vertices whose neighbourhood changed), refinement of each community into
/// well-connected sub-communities (a singleton joins a refined community T with probability ∝ exp(ΔH/θ) among those with
/// ΔH ≥ 0 and a positive link to T), and aggregation of the refined partition with the unrefined one as the starting
/// point. Each refined community is connected by construction; as a final guard, any community of the result that is
/// not (weakly) connected is split into its components, which strictly raises modularity. Directed graphs use directed
/// modularity, as <see cref="LouvainAlgorithm"/>. An iteration costs O(m) per level.
/// </summary>
internal static class LeidenAlgorithm
{
    public static CommunityResult Run(CsrGraph graph, LeidenOptions options, CancellationToken cancellationToken)
    {
        var level0 = ModularityGraph.FromGraph(graph);
        if (level0.TotalWeight <= 0)
        {
            var singletons = Partition.Singletons(graph.VertexCount);
            return new CommunityResult(singletons, double.NaN, [singletons], 0, true);
        }

        var (partition, iterations, converged) = Optimise(level0, graph, options, cancellationToken);
        return new CommunityResult(partition, CommunityDetection.Modularity(graph, partition, options.Resolution), [partition], iterations, converged);
    }

    /// <summary>
    /// Leiden iterations on a level-0 graph (single or combined multiplex, see <see cref="ModularityGraph"/>) until the
    /// partition stops changing or the iterations run out; communities are split into the components of
    /// <paramref name="connectivity"/> after each iteration.
    /// </summary>
    internal static (Partition Partition, int Iterations, bool Converged) Optimise(ModularityGraph level0, CsrGraph connectivity, LeidenOptions options, CancellationToken cancellationToken)
    {
        var n = level0.NodeCount;
        var random = new Random(options.Seed);
        var membership = new int[n];
        for (var v = 0; v < n; v++)
        {
            membership[v] = v;
        }

        var wanted = options.Iterations > 0 ? options.Iterations : options.MaxIterations;
        var iterations = 0;
        var converged = false;
        Partition? current = null;
        while (iterations < wanted)
        {
            cancellationToken.ThrowIfCancellationRequested();
            iterations++;
            var changed = Iterate(level0, membership, options, random, cancellationToken);
            SplitDisconnected(connectivity, membership);
            var next = Partition.FromDenseLabels(membership, n);
            if (!changed || (current is not null && next.Equals(current)))
            {
                current = next;
                converged = true;
                break;
            }

            current = next;
            Array.Copy(current.ToArray(), membership, n);
        }

        current ??= Partition.FromDenseLabels(membership, n);
        return (current, iterations, converged);
    }

    /// <summary>One Leiden iteration from <paramref name="membership"/> (dense labels &lt; n) on level 0; updates it in place.</summary>
    private static bool Iterate(ModularityGraph level0, int[] membership, LeidenOptions options, Random random, CancellationToken cancellationToken)
    {
        var n = membership.Length;
        var vertexToNode = new int[n];
        for (var v = 0; v < n; v++)
        {
            vertexToNode[v] = v;
        }

        var g = level0;
        var partition = (int[])membership.Clone();
        var changed = false;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            changed |= LocalMoving.QueueMove(g, partition, options.Resolution, random, allowEmptyCommunity: true, out _);
            var communityCount = LocalMoving.Renumber(partition);
            if (communityCount == g.NodeCount)
            {
                break;
            }

            var refined = Refine(g, partition, communityCount, options.Resolution, options.Randomness, random);
            var refinedCount = LocalMoving.Renumber(refined);
            if (refinedCount == g.NodeCount)
            {
                // Nothing merged in refinement: aggregate the unrefined partition so the level still shrinks.
                refined = (int[])partition.Clone();
                refinedCount = communityCount;
            }

            var aggregate = g.Aggregate(refined, refinedCount);
            var nextPartition = new int[refinedCount];
            for (var u = 0; u < g.NodeCount; u++)
            {
                nextPartition[refined[u]] = partition[u];
            }

            for (var v = 0; v < n; v++)
            {
                vertexToNode[v] = refined[vertexToNode[v]];
            }

            g = aggregate;
            partition = nextPartition;
        }

        for (var v = 0; v < n; v++)
        {
            membership[v] = partition[vertexToNode[v]];
        }

        return changed;
    }

    /// <summary>The refinement phase: returns refined labels (node numbers) nested in <paramref name="partition"/>.</summary>
    private static int[] Refine(ModularityGraph g, int[] partition, int communityCount, double resolution, double randomness, Random random)
    {
        var n = g.NodeCount;
        var refined = new int[n];
        var (refinedOut, refinedIn) = g.NewTotals(n);
        var refinedSize = new int[n];
        var external = new double[n];
        var (communityOut, communityIn) = g.NewTotals(communityCount);
        for (var u = 0; u < n; u++)
        {
            refined[u] = u;
            refinedSize[u] = 1;
            g.Move(refinedOut, refinedIn, u, u, 1);
            g.Move(communityOut, communityIn, u, partition[u], 1);
            var c = partition[u];
            for (var i = g.Offsets[u]; i < g.Offsets[u + 1]; i++)
            {
                if (partition[g.Targets[i]] == c)
                {
                    external[u] += g.LinkWeights[i];
                }
            }
        }

        var order = LocalMoving.RandomOrder(n, random);
        var neighborWeight = new double[n];
        var touched = new int[n];
        var candidates = new int[n];
        var cumulative = new double[n];
        foreach (var u in order)
        {
            if (refinedSize[refined[u]] != 1)
            {
                continue;
            }

            var c = partition[u];
            if (external[u] < g.Penalty(g.LayerOut, g.LayerIn, u, communityOut, communityIn, c, resolution, exclude: true))
            {
                continue;
            }

            var touchedCount = 0;
            for (var i = g.Offsets[u]; i < g.Offsets[u + 1]; i++)
            {
                var v = g.Targets[i];
                if (partition[v] != c)
                {
                    continue;
                }

                var r = refined[v];
                if (neighborWeight[r] == 0)
                {
                    touched[touchedCount++] = r;
                }

                neighborWeight[r] += g.LinkWeights[i];
            }

            // Leaving u alone (ΔH = 0) is always a candidate; others need ΔH ≥ 0 and a well-connected T.
            var own = refined[u];
            var candidateCount = 0;
            var maxGain = 0.0;
            for (var t = 0; t < touchedCount; t++)
            {
                var r = touched[t];
                var wellConnected = external[r] >= g.Penalty(refinedOut, refinedIn, r, communityOut, communityIn, c, resolution, exclude: true);
                var gain = (neighborWeight[r] - g.Penalty(g.LayerOut, g.LayerIn, u, refinedOut, refinedIn, r, resolution)) / 2;
                if (r != own && wellConnected && gain >= 0)
                {
                    candidates[candidateCount] = r;
                    cumulative[candidateCount++] = gain;
                    maxGain = Math.Max(maxGain, gain);
                }
            }

            if (candidateCount == 0)
            {
                for (var t = 0; t < touchedCount; t++)
                {
                    neighborWeight[touched[t]] = 0;
                }

                continue;
            }

            var total = Math.Exp(-maxGain / randomness);
            for (var k = 0; k < candidateCount; k++)
            {
                total += Math.Exp((cumulative[k] - maxGain) / randomness);
                cumulative[k] = total;
            }

            var draw = random.NextDouble() * total;
            var chosen = own;
            for (var k = 0; k < candidateCount; k++)
            {
                if (draw < cumulative[k])
                {
                    chosen = candidates[k];
                    break;
                }
            }

            if (chosen != own)
            {
                var linkToChosen = neighborWeight[chosen];
                refined[u] = chosen;
                refinedSize[chosen]++;
                refinedSize[own] = 0;
                g.Move(refinedOut, refinedIn, u, chosen, 1);

                external[chosen] += external[u] - (2 * linkToChosen);
            }

            for (var t = 0; t < touchedCount; t++)
            {
                neighborWeight[touched[t]] = 0;
            }
        }

        return refined;
    }

    /// <summary>Splits each community that is not weakly connected into its components; labels stay dense.</summary>
    internal static void SplitDisconnected(CsrGraph graph, int[] membership)
    {
        var n = graph.VertexCount;
        var label = new int[n];
        Array.Fill(label, -1);
        var stack = new int[n];
        var next = 0;
        for (var s = 0; s < n; s++)
        {
            if (label[s] >= 0)
            {
                continue;
            }

            var c = membership[s];
            label[s] = next;
            var top = 0;
            stack[top++] = s;
            while (top > 0)
            {
                var u = stack[--top];
                foreach (var v in graph.OutNeighbors(u))
                {
                    if (label[v] < 0 && membership[v] == c)
                    {
                        label[v] = next;
                        stack[top++] = v;
                    }
                }

                if (graph.IsDirected)
                {
                    foreach (var v in graph.InNeighbors(u))
                    {
                        if (label[v] < 0 && membership[v] == c)
                        {
                            label[v] = next;
                            stack[top++] = v;
                        }
                    }
                }
            }

            next++;
        }

        Array.Copy(label, membership, n);
    }
}
