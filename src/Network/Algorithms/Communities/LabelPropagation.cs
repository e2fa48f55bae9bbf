using Stakeholders.Network.Graphs;

namespace Stakeholders.Network.Algorithms.Communities;

/// <summary>
/// Asynchronous label propagation (Raghavan, Albert &amp; Kumara 2007, doi:10.1103/PhysRevE.76.036106) as NetworkX's
/// <c>asyn_lpa_communities</c>: every vertex starts with its own label; each round visits the vertices in a fresh seeded
/// random order, and a vertex whose label is not among the most frequent (or heaviest) labels of its neighbours takes one
/// of those at random. It stops after a round in which no vertex changed. A self-loop lets a vertex count its own label
/// (as NetworkX). Directed graphs: direction is ignored — in- and out-neighbours both vote, a reciprocated pair twice
/// (NetworkX would use successors only). O(m) per round.
/// </summary>
internal static class LabelPropagationAlgorithm
{
    public static CommunityResult Run(CsrGraph graph, LabelPropagationOptions options, CancellationToken cancellationToken)
    {
        var n = graph.VertexCount;
        var labels = new int[n];
        for (var v = 0; v < n; v++)
        {
            labels[v] = v;
        }

        var random = new Random(options.Seed);
        var order = new int[n];
        var labelWeight = new double[n];
        var touched = new int[n];
        var best = new int[n];
        var rounds = 0;
        var converged = false;
        while (rounds < options.MaxIterations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            rounds++;
            for (var v = 0; v < n; v++)
            {
                order[v] = v;
            }

            random.Shuffle(order);
            var changed = false;
            foreach (var u in order)
            {
                var touchedCount = Tally(graph, u, labels, labelWeight, touched, options.UseWeights, 0);
                if (graph.IsDirected)
                {
                    touchedCount = Tally(graph, u, labels, labelWeight, touched, options.UseWeights, touchedCount, inArcs: true);
                }

                if (touchedCount == 0)
                {
                    continue;
                }

                var max = double.NegativeInfinity;
                for (var t = 0; t < touchedCount; t++)
                {
                    max = Math.Max(max, labelWeight[touched[t]]);
                }

                var bestCount = 0;
                var keeps = false;
                for (var t = 0; t < touchedCount; t++)
                {
                    var l = touched[t];
                    if (labelWeight[l] == max)
                    {
                        best[bestCount++] = l;
                        keeps |= l == labels[u];
                    }

                    labelWeight[l] = 0;
                }

                if (!keeps)
                {
                    labels[u] = best[random.Next(bestCount)];
                    changed = true;
                }
            }

            if (!changed)
            {
                converged = true;
                break;
            }
        }

        var partition = Partition.FromDenseLabels(labels, n);
        return new CommunityResult(partition, CommunityDetection.Modularity(graph, partition), [partition], rounds, converged);
    }

    private static int Tally(CsrGraph graph, int u, int[] labels, double[] labelWeight, int[] touched, bool useWeights, int touchedCount, bool inArcs = false)
    {
        var neighbors = inArcs ? graph.InNeighbors(u) : graph.OutNeighbors(u);
        var weights = inArcs ? graph.InArcWeights(u) : graph.OutWeights(u);
        for (var i = 0; i < neighbors.Length; i++)
        {
            var l = labels[neighbors[i]];
            var w = useWeights ? weights[i] : 1.0;
            if (w == 0)
            {
                continue;
            }

            if (labelWeight[l] == 0)
            {
                touched[touchedCount++] = l;
            }

            labelWeight[l] += w;
        }

        return touchedCount;
    }
}
