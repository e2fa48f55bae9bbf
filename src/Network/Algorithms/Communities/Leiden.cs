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
        var n = graph.VertexCount;
        var level0 = ModularityGraph.FromGraph(graph);
        if (level0.TotalWeight <= 0)
        {
            var singletons = Partition.Singletons(n);
            return new CommunityResult(singletons, double.NaN, [singletons], 0, true) { Graph = graph };
        }

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
            SplitDisconnected(graph, membership);
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
        return new CommunityResult(current, CommunityDetection.Modularity(graph, current, options.Resolution), [current], iterations, converged) { Graph = graph };
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
        var m = g.TotalWeight;
        var refined = new int[n];
        var refinedOut = (double[])g.OutStrength.Clone();
        var refinedIn = g.IsSymmetric ? refinedOut : (double[])g.InStrength.Clone();
        var refinedSize = new int[n];
        var external = new double[n];
        var communityOut = new double[communityCount];
        var communityIn = g.IsSymmetric ? communityOut : new double[communityCount];
        for (var u = 0; u < n; u++)
        {
            refined[u] = u;
            refinedSize[u] = 1;
            communityOut[partition[u]] += g.OutStrength[u];
            if (!g.IsSymmetric)
            {
                communityIn[partition[u]] += g.InStrength[u];
            }

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
            var ku = g.OutStrength[u];
            var kuIn = g.InStrength[u];
            if (external[u] < resolution * ((ku * (communityIn[c] - kuIn)) + (kuIn * (communityOut[c] - ku))) / m)
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
                var rOut = refinedOut[r];
                var rIn = refinedIn[r];
                var wellConnected = external[r] >= resolution * ((rOut * (communityIn[c] - rIn)) + (rIn * (communityOut[c] - rOut))) / m;
                var gain = (neighborWeight[r] - (resolution * ((ku * rIn) + (kuIn * rOut)) / m)) / 2;
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
                refinedOut[chosen] += ku;
                if (!g.IsSymmetric)
                {
                    refinedIn[chosen] += kuIn;
                }

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
