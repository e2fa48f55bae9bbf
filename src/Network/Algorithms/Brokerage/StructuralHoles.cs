using Stakeholders.Network.Graphs;

namespace Stakeholders.Network.Algorithms.Brokerage;

/// <summary>The engine behind <see cref="BrokerageMeasures"/>'s structural-hole measures; see the facade for formulas.</summary>
internal static class StructuralHoles
{
    public static StructuralHolesResult Compute(CsrGraph graph, StructuralHoleOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var n = graph.VertexCount;
        var adj = MutualAdjacency.Build(graph, options.UseWeights);
        var borgattiShortcut = !graph.IsDirected && !(options.UseWeights && graph.IsWeighted);
        var constraint = new double[n];
        var effectiveSize = new double[n];
        var efficiency = new double[n];
        var hierarchy = new double[n];
        var local = new double[adj.Contacts.Length];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism, CancellationToken = cancellationToken };
        Parallel.For(
            0,
            n,
            parallel,
            () => new Scratch(n),
            (v, _, scratch) =>
            {
                ComputeVertex(graph, adj, v, borgattiShortcut, options.EfficiencyDenominator, scratch, constraint, effectiveSize, efficiency, hierarchy, local);
                return scratch;
            },
            _ => { });
        return new StructuralHolesResult(constraint, effectiveSize, efficiency, hierarchy, adj.Offsets, adj.Contacts, local);
    }

    /// <summary>NetworkX's <c>local_constraint(G, u, v)</c>: (p_uv + Σ_{q ∈ N(u)} p_uq p_qv)², for any pair.</summary>
    public static double LocalConstraint(MutualAdjacency adj, int u, int v)
    {
        var row = adj.Row(u);
        var rowW = adj.RowWeights(u);
        var direct = Proportion(adj, u, v);
        double indirect = 0;
        for (var i = 0; i < row.Length; i++)
        {
            var puq = adj.RowSum[u] == 0 ? 0 : rowW[i] / adj.RowSum[u];
            indirect += puq * Proportion(adj, row[i], v);
        }

        var total = direct + indirect;
        return total * total;
    }

    private static double Proportion(MutualAdjacency adj, int from, int to)
    {
        if (adj.RowSum[from] == 0)
        {
            return 0;
        }

        var start = adj.Offsets[from];
        var i = Array.BinarySearch(adj.Contacts, start, adj.Offsets[from + 1] - start, to);
        return i >= 0 ? adj.Weights[i] / adj.RowSum[from] : 0;
    }

    private static void ComputeVertex(
        CsrGraph graph,
        MutualAdjacency adj,
        int v,
        bool borgattiShortcut,
        EfficiencyDenominator denominator,
        Scratch scratch,
        double[] constraint,
        double[] effectiveSize,
        double[] efficiency,
        double[] hierarchy,
        double[] local)
    {
        var start = adj.Offsets[v];
        var row = adj.Row(v);
        var rowW = adj.RowWeights(v);
        if (row.Length == 0)
        {
            constraint[v] = effectiveSize[v] = efficiency[v] = hierarchy[v] = double.NaN;
            return;
        }

        // p_vj of each contact j; a position marker tells whether a vertex is a contact of v.
        var p = scratch.Proportion;
        var position = scratch.Position;
        var indirect = scratch.Indirect;
        var sum = adj.RowSum[v];
        for (var i = 0; i < row.Length; i++)
        {
            p[row[i]] = sum == 0 ? 0 : rowW[i] / sum;
            position[row[i]] = i + 1;
            indirect[i] = 0;
        }

        // Constraint: indirect_j = Σ_{q ∈ N(v)} p_vq p_qj, gathered by walking the contacts' rows.
        for (var i = 0; i < row.Length; i++)
        {
            var q = row[i];
            if (p[q] == 0 || adj.RowSum[q] == 0)
            {
                continue;
            }

            var scale = p[q] / adj.RowSum[q];
            var qRow = adj.Row(q);
            var qW = adj.RowWeights(q);
            for (var k = 0; k < qRow.Length; k++)
            {
                var at = position[qRow[k]];
                if (at > 0)
                {
                    indirect[at - 1] += scale * qW[k];
                }
            }
        }

        double total = 0;
        for (var i = 0; i < row.Length; i++)
        {
            var c = p[row[i]] + indirect[i];
            c *= c;
            local[start + i] = c;
            total += c;
        }

        constraint[v] = total;
        hierarchy[v] = Hierarchy(local.AsSpan(start, row.Length), total);

        var contacts = row.Length - (position[v] > 0 ? 1 : 0);
        var size = borgattiShortcut ? BorgattiEffectiveSize(adj, v, row, position, contacts) : BurtEffectiveSize(adj, row, p, position);
        effectiveSize[v] = size;
        var divisor = denominator == EfficiencyDenominator.Contacts ? contacts : graph.Degree(v);
        efficiency[v] = divisor > 0 ? size / divisor : double.NaN;

        for (var i = 0; i < row.Length; i++)
        {
            p[row[i]] = 0;
            position[row[i]] = 0;
        }
    }

    /// <summary>Burt's general form: Σ_{u ∈ N(v)} (1 − Σ_{w ∈ N(v)} p_vw m_uw), with m_uw = a_uw / max_x a_ux (mutual weights).</summary>
    private static double BurtEffectiveSize(MutualAdjacency adj, ReadOnlySpan<int> row, double[] p, int[] position)
    {
        double size = 0;
        for (var i = 0; i < row.Length; i++)
        {
            var u = row[i];
            double redundancy = 0;
            var max = adj.RowMax[u];
            if (max > 0)
            {
                var uRow = adj.Row(u);
                var uW = adj.RowWeights(u);
                for (var k = 0; k < uRow.Length; k++)
                {
                    if (position[uRow[k]] > 0)
                    {
                        redundancy += p[uRow[k]] * uW[k] / max;
                    }
                }
            }

            size += 1 - redundancy;
        }

        return size;
    }

    /// <summary>
    /// Borgatti (1997)'s form for undirected, unweighted graphs, as NetworkX uses it there: e = N − 2t/N with N the
    /// contacts (ego excluded) and t the ties among them (a contact's self-loop counts as one tie, as in NetworkX's ego graph).
    /// </summary>
    private static double BorgattiEffectiveSize(MutualAdjacency adj, int v, ReadOnlySpan<int> row, int[] position, int contacts)
    {
        if (contacts == 0)
        {
            return double.NaN;
        }

        long endpoints = 0;
        long loops = 0;
        for (var i = 0; i < row.Length; i++)
        {
            var u = row[i];
            if (u == v)
            {
                continue;
            }

            foreach (var x in adj.Row(u))
            {
                if (x == u)
                {
                    loops++;
                }
                else if (x != v && position[x] > 0)
                {
                    endpoints++;
                }
            }
        }

        var ties = (endpoints / 2) + loops;
        return contacts - (2.0 * ties / contacts);
    }

    /// <summary>
    /// Burt (1992), the Coleman–Theil disorder index: H = Σ_j r_j ln r_j / (N ln N) with r_j = c_ij / (C_i / N), over the N contacts j
    /// (0 ln 0 = 0). One contact gives 0 (constraint cannot be unevenly spread); C_i = 0 gives NaN.
    /// </summary>
    private static double Hierarchy(ReadOnlySpan<double> localConstraints, double total)
    {
        var count = localConstraints.Length;
        if (count == 1)
        {
            return 0;
        }

        if (!(total > 0))
        {
            return double.NaN;
        }

        double s = 0;
        foreach (var c in localConstraints)
        {
            var r = c * count / total;
            if (r > 0)
            {
                s += r * Math.Log(r);
            }
        }

        return s / (count * Math.Log(count));
    }

    private sealed class Scratch(int n)
    {
        public double[] Proportion { get; } = new double[n];

        public int[] Position { get; } = new int[n];

        public double[] Indirect { get; } = new double[n];
    }
}
