using Stakeholders.Network.Graphs;

namespace Stakeholders.Network.Algorithms.Communities;

/// <summary>
/// The weighted graph that the modularity optimisers work on, one per aggregation level, in a form that serves directed
/// and undirected graphs alike. With <c>A</c> the adjacency matrix (an undirected self-loop of weight w gives
/// <c>A_ii = 2w</c>, as in NetworkX), <c>M = Σ A_ij</c>, out-strength <c>k⁺_i = Σ_j A_ij</c> and in-strength
/// <c>k⁻_j = Σ_i A_ij</c>, modularity is <c>Q = (1/M) Σ_c [A_cc − γ K⁺_c K⁻_c / M]</c>; for an undirected graph
/// <c>M = 2m</c> and this is Newman's formula, for a directed one it is Leicht &amp; Newman's (as NetworkX).
/// Neighbour rows hold the symmetric link weight <c>s_ij = A_ij + A_ji</c> (i ≠ j); <see cref="SelfWeight"/> holds <c>A_ii</c>.
/// </summary>
internal sealed class ModularityGraph
{
    public ModularityGraph(int[] offsets, int[] targets, double[] linkWeights, double[] selfWeight, double[] outStrength, double[] inStrength, double totalWeight)
    {
        Offsets = offsets;
        Targets = targets;
        LinkWeights = linkWeights;
        SelfWeight = selfWeight;
        OutStrength = outStrength;
        InStrength = inStrength;
        TotalWeight = totalWeight;
    }

    public int NodeCount => SelfWeight.Length;

    public int[] Offsets { get; }

    public int[] Targets { get; }

    /// <summary><c>s_ij = A_ij + A_ji</c>, parallel to <see cref="Targets"/>.</summary>
    public double[] LinkWeights { get; }

    public double[] SelfWeight { get; }

    public double[] OutStrength { get; }

    /// <summary>The same array as <see cref="OutStrength"/> for undirected graphs.</summary>
    public double[] InStrength { get; }

    /// <summary><c>M = Σ A_ij</c> (2m for undirected graphs).</summary>
    public double TotalWeight { get; }

    public bool IsSymmetric => ReferenceEquals(OutStrength, InStrength);

    /// <summary>Builds level 0 from the analysis graph (weights read as strengths; unweighted graphs use 1).</summary>
    public static ModularityGraph FromGraph(CsrGraph graph)
    {
        var n = graph.VertexCount;
        var offsets = graph.Offsets;
        var targets = graph.Targets;
        var weights = graph.Weights;
        var selfWeight = new double[n];
        var outStrength = new double[n];
        if (!graph.IsDirected)
        {
            var newOffsets = new int[n + 1];
            var newTargets = new int[targets.Length - graph.SelfLoopCount];
            var link = new double[newTargets.Length];
            var k = 0;
            double total = 0;
            for (var u = 0; u < n; u++)
            {
                double strength = 0;
                for (var i = offsets[u]; i < offsets[u + 1]; i++)
                {
                    var v = targets[i];
                    var w = weights[i];
                    if (v == u)
                    {
                        selfWeight[u] = 2 * w;
                        strength += 2 * w;
                    }
                    else
                    {
                        newTargets[k] = v;
                        link[k++] = 2 * w;
                        strength += w;
                    }
                }

                outStrength[u] = strength;
                total += strength;
                newOffsets[u + 1] = k;
            }

            return new ModularityGraph(newOffsets, newTargets, link, selfWeight, outStrength, outStrength, total);
        }

        var inOffsets = graph.InOffsets;
        var inSources = graph.InSources;
        var inWeights = graph.InWeights;
        var inStrength = new double[n];
        var rowOffsets = new int[n + 1];
        var rowTargets = new List<int>(targets.Length);
        var rowLinks = new List<double>(targets.Length);
        double totalDirected = 0;
        for (var u = 0; u < n; u++)
        {
            int i = offsets[u], iEnd = offsets[u + 1], j = inOffsets[u], jEnd = inOffsets[u + 1];
            while (i < iEnd || j < jEnd)
            {
                var a = i < iEnd ? targets[i] : int.MaxValue;
                var b = j < jEnd ? inSources[j] : int.MaxValue;
                var v = Math.Min(a, b);
                double s = 0;
                if (a == v)
                {
                    s += weights[i];
                    outStrength[u] += weights[i];
                    i++;
                }

                if (b == v)
                {
                    s += inWeights[j];
                    inStrength[u] += inWeights[j];
                    j++;
                }

                if (v == u)
                {
                    selfWeight[u] = s / 2;
                }
                else
                {
                    rowTargets.Add(v);
                    rowLinks.Add(s);
                }
            }

            totalDirected += outStrength[u];
            rowOffsets[u + 1] = rowTargets.Count;
        }

        return new ModularityGraph(rowOffsets, rowTargets.ToArray(), rowLinks.ToArray(), selfWeight, outStrength, inStrength, totalDirected);
    }

    /// <summary>
    /// The graph of communities: node c of the result is community c of <paramref name="membership"/> (labels dense in
    /// 0..<paramref name="communityCount"/>-1). Link weights, self weights and strengths add up. O(nodes + arcs).
    /// </summary>
    public ModularityGraph Aggregate(int[] membership, int communityCount)
    {
        var n = NodeCount;
        var start = new int[communityCount + 1];
        for (var u = 0; u < n; u++)
        {
            start[membership[u] + 1]++;
        }

        for (var c = 0; c < communityCount; c++)
        {
            start[c + 1] += start[c];
        }

        var order = new int[n];
        var fill = (int[])start.Clone();
        for (var u = 0; u < n; u++)
        {
            order[fill[membership[u]]++] = u;
        }

        var selfWeight = new double[communityCount];
        var outStrength = new double[communityCount];
        var inStrength = IsSymmetric ? outStrength : new double[communityCount];
        var newOffsets = new int[communityCount + 1];
        var newTargets = new int[Targets.Length];
        var newLinks = new double[newTargets.Length];
        var accumulated = new double[communityCount];
        var touched = new int[communityCount];
        var k = 0;
        for (var c = 0; c < communityCount; c++)
        {
            var touchedCount = 0;
            double self = 0;
            for (var p = start[c]; p < start[c + 1]; p++)
            {
                var u = order[p];
                self += SelfWeight[u];
                outStrength[c] += OutStrength[u];
                if (!IsSymmetric)
                {
                    inStrength[c] += InStrength[u];
                }

                for (var i = Offsets[u]; i < Offsets[u + 1]; i++)
                {
                    var d = membership[Targets[i]];
                    if (d == c)
                    {
                        self += LinkWeights[i] / 2;
                        continue;
                    }

                    if (accumulated[d] == 0)
                    {
                        touched[touchedCount++] = d;
                    }

                    accumulated[d] += LinkWeights[i];
                }
            }

            selfWeight[c] = self;
            Array.Sort(touched, 0, touchedCount);
            for (var t = 0; t < touchedCount; t++)
            {
                var d = touched[t];
                newTargets[k] = d;
                newLinks[k++] = accumulated[d];
                accumulated[d] = 0;
            }

            newOffsets[c + 1] = k;
        }

        Array.Resize(ref newTargets, k);
        Array.Resize(ref newLinks, k);
        return new ModularityGraph(newOffsets, newTargets, newLinks, selfWeight, outStrength, inStrength, TotalWeight);
    }

    /// <summary>Modularity of a dense labelling of this graph's nodes. O(nodes + arcs).</summary>
    public double Modularity(int[] membership, int communityCount, double resolution)
    {
        if (TotalWeight <= 0)
        {
            return double.NaN;
        }

        var internalWeight = new double[communityCount];
        var outTotal = new double[communityCount];
        var inTotal = new double[communityCount];
        for (var u = 0; u < NodeCount; u++)
        {
            var c = membership[u];
            internalWeight[c] += SelfWeight[u];
            outTotal[c] += OutStrength[u];
            inTotal[c] += InStrength[u];
            for (var i = Offsets[u]; i < Offsets[u + 1]; i++)
            {
                if (membership[Targets[i]] == c)
                {
                    internalWeight[c] += LinkWeights[i] / 2;
                }
            }
        }

        double q = 0;
        var m = TotalWeight;
        for (var c = 0; c < communityCount; c++)
        {
            q += (internalWeight[c] / m) - (resolution * outTotal[c] / m * (inTotal[c] / m));
        }

        return q;
    }
}
