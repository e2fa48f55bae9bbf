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
/// <remarks>
/// <para>
/// The null model is a list of layers, so that one set of optimisers (local moving, Leiden's refinement, aggregation)
/// serves single graphs and multiplex graphs alike. A single graph has one layer with factor 1 and <c>M_l = M</c>. For a
/// multiplex graph with layer weights <c>w_l</c>, the link weights are <c>Σ_l (w_l / M_l) s^l_ij</c> and layer l has factor
/// <c>w_l / M_l</c>, so that the gain of a move is the change of <c>Σ_l w_l Q_l</c> (the quality leidenalg's
/// <c>optimise_partition_multiplex</c> maximises over one shared partition). The penalty of joining node (or
/// community) a with community b is <see cref="Penalty"/>: <c>Σ_l f_l · (γ (k⁺_a,l K⁻_b,l + k⁻_a,l K⁺_b,l) / M_l)</c>; with
/// one layer of factor 1 this is bit for bit the single-graph formula.
/// </para>
/// </remarks>
internal sealed class ModularityGraph
{
    public ModularityGraph(int[] offsets, int[] targets, double[] linkWeights, double[] selfWeight, double[] outStrength, double[] inStrength, double totalWeight)
        : this(offsets, targets, linkWeights, selfWeight, [outStrength], [inStrength], [totalWeight], [1.0], totalWeight)
    {
    }

    public ModularityGraph(
        int[] offsets, int[] targets, double[] linkWeights, double[] selfWeight,
        double[][] layerOut, double[][] layerIn, double[] layerTotal, double[] layerFactor, double totalWeight)
    {
        Offsets = offsets;
        Targets = targets;
        LinkWeights = linkWeights;
        SelfWeight = selfWeight;
        LayerOut = layerOut;
        LayerIn = layerIn;
        LayerTotal = layerTotal;
        LayerFactor = layerFactor;
        TotalWeight = totalWeight;
        var symmetric = true;
        for (var l = 0; l < layerOut.Length; l++)
        {
            symmetric &= ReferenceEquals(layerOut[l], layerIn[l]);
        }

        IsSymmetric = symmetric;
    }

    public int NodeCount => SelfWeight.Length;

    public int[] Offsets { get; }

    public int[] Targets { get; }

    /// <summary><c>s_ij = A_ij + A_ji</c> (combined over layers), parallel to <see cref="Targets"/>.</summary>
    public double[] LinkWeights { get; }

    public double[] SelfWeight { get; }

    /// <summary>The out-strength of every node in every null-model layer, <c>[layer][node]</c>.</summary>
    public double[][] LayerOut { get; }

    /// <summary>The in-strength, the same arrays as <see cref="LayerOut"/> for undirected layers.</summary>
    public double[][] LayerIn { get; }

    /// <summary><c>M_l</c> of every layer.</summary>
    public double[] LayerTotal { get; }

    /// <summary>The factor <c>f_l</c> of every layer's penalty.</summary>
    public double[] LayerFactor { get; }

    public int LayerCount => LayerOut.Length;

    /// <summary>The first layer's out-strength (the only layer of a single graph).</summary>
    public double[] OutStrength => LayerOut[0];

    /// <summary>The first layer's in-strength.</summary>
    public double[] InStrength => LayerIn[0];

    /// <summary><c>M = Σ A_ij</c> (2m for undirected graphs) of a single graph; the sum of the layer weights of a multiplex one.</summary>
    public double TotalWeight { get; }

    public bool IsSymmetric { get; }

    /// <summary>
    /// <c>Σ_l f_l · (γ (aOut_l[i] bIn_l[j] + aIn_l[i] bOut_l[j]) / M_l)</c>: the expected link weight between node or
    /// community i of totals a and community j of totals b; <paramref name="exclude"/> subtracts i's own totals from j's
    /// first (for "the rest of the community").
    /// </summary>
    public double Penalty(double[][] aOut, double[][] aIn, int i, double[][] bOut, double[][] bIn, int j, double resolution, bool exclude = false)
    {
        double total = 0;
        for (var l = 0; l < aOut.Length; l++)
        {
            if (LayerTotal[l] <= 0)
            {
                continue;
            }

            double ao = aOut[l][i], ai = aIn[l][i], bo = bOut[l][j], bi = bIn[l][j];
            if (exclude)
            {
                bo -= ao;
                bi -= ai;
            }

            total += LayerFactor[l] * (resolution * ((ao * bi) + (ai * bo)) / LayerTotal[l]);
        }

        return total;
    }

    /// <summary>New per-layer totals of <paramref name="count"/> communities, all zero (in arrays shared with out arrays for symmetric layers).</summary>
    public (double[][] Out, double[][] In) NewTotals(int count)
    {
        var outTotals = new double[LayerCount][];
        var inTotals = new double[LayerCount][];
        for (var l = 0; l < LayerCount; l++)
        {
            outTotals[l] = new double[count];
            inTotals[l] = ReferenceEquals(LayerOut[l], LayerIn[l]) ? outTotals[l] : new double[count];
        }

        return (outTotals, inTotals);
    }

    /// <summary>Adds <paramref name="sign"/> × node u's strengths to community c of the totals.</summary>
    public void Move(double[][] outTotals, double[][] inTotals, int u, int c, double sign)
    {
        for (var l = 0; l < LayerCount; l++)
        {
            outTotals[l][c] += sign * LayerOut[l][u];
            if (!ReferenceEquals(outTotals[l], inTotals[l]))
            {
                inTotals[l][c] += sign * LayerIn[l][u];
            }
        }
    }

    /// <summary>
    /// Combines the level-0 graphs of several layers over the same nodes: links <c>Σ_l (w_l / M_l) s^l_ij</c>, one null
    /// layer per graph with factor <c>w_l / M_l</c>. A layer without weight (M_l = 0) or with weight 0 adds nothing.
    /// </summary>
    public static ModularityGraph Combine(IReadOnlyList<ModularityGraph> layers, IReadOnlyList<double> weights)
    {
        var n = layers[0].NodeCount;
        var scale = new double[layers.Count];
        for (var l = 0; l < layers.Count; l++)
        {
            scale[l] = layers[l].TotalWeight > 0 ? weights[l] / layers[l].TotalWeight : 0;
        }

        var offsets = new int[n + 1];
        var targets = new List<int>();
        var links = new List<double>();
        var selfWeight = new double[n];
        var accumulated = new double[n];
        var isTouched = new bool[n];
        var touched = new int[n];
        for (var u = 0; u < n; u++)
        {
            var touchedCount = 0;
            for (var l = 0; l < layers.Count; l++)
            {
                if (scale[l] == 0)
                {
                    // No weight (or no edges): its zero links would only add zero entries that the optimisers cannot tell apart.
                    continue;
                }

                var g = layers[l];
                selfWeight[u] += scale[l] * g.SelfWeight[u];
                for (var i = g.Offsets[u]; i < g.Offsets[u + 1]; i++)
                {
                    var v = g.Targets[i];
                    if (!isTouched[v])
                    {
                        isTouched[v] = true;
                        touched[touchedCount++] = v;
                    }

                    accumulated[v] += scale[l] * g.LinkWeights[i];
                }
            }

            Array.Sort(touched, 0, touchedCount);
            for (var t = 0; t < touchedCount; t++)
            {
                var v = touched[t];
                targets.Add(v);
                links.Add(accumulated[v]);
                accumulated[v] = 0;
                isTouched[v] = false;
            }

            offsets[u + 1] = targets.Count;
        }

        return new ModularityGraph(
            offsets, targets.ToArray(), links.ToArray(), selfWeight,
            layers.Select(g => g.OutStrength).ToArray(),
            layers.Select(g => g.InStrength).ToArray(),
            layers.Select(g => g.TotalWeight).ToArray(),
            scale,
            weights.Sum());
    }

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
        var (layerOut, layerIn) = NewTotals(communityCount);
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
                Move(layerOut, layerIn, u, c, 1);

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
        return new ModularityGraph(newOffsets, newTargets, newLinks, selfWeight, layerOut, layerIn, LayerTotal, LayerFactor, TotalWeight);
    }

    /// <summary>Modularity of a dense labelling of this graph's nodes (a single graph: the first layer). O(nodes + arcs).</summary>
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
