using Stakeholders.Network.Graphs;

namespace Stakeholders.Network.Algorithms.Brokerage;

/// <summary>The engine behind <see cref="BrokerageMeasures.GouldFernandez"/>; see the facade for the definitions.</summary>
internal static class GouldFernandez
{
    private const int Roles = 6;

    public static GouldFernandezResult Compute(CsrGraph graph, ReadOnlySpan<int> groups, GouldFernandezOptions options)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var n = graph.VertexCount;
        if (groups.Length != n)
        {
            throw new ArgumentException($"The grouping has {groups.Length} entries but the graph has {n} vertices; give one group id per vertex.", nameof(groups));
        }

        var (groupOf, sizes) = DenseGroups(groups);
        var raw = new BrokerageRoleTable(n);
        CountRoles(graph, groupOf, raw, options, options.CancellationToken);

        // The null model is a Bernoulli digraph of the observed density (self-loops and both arcs of an undirected edge
        // count, as in sna, which reads an undirected graph as a symmetric adjacency matrix).
        var total = (double)n;
        var density = n > 1 ? graph.ArcCount / (total * (total - 1)) : double.NaN;
        var (groupExpected, groupVariance) = GroupMoments(sizes, total, density);

        var expected = new BrokerageRoleTable(n);
        var deviation = new BrokerageRoleTable(n);
        var z = new BrokerageRoleTable(n);
        for (var role = 0; role < Roles; role++)
        {
            var r = raw.Column(role);
            var e = expected.Column(role);
            var s = deviation.Column(role);
            var zs = z.Column(role);
            for (var v = 0; v < n; v++)
            {
                e[v] = groupExpected[groupOf[v], role];
                s[v] = Math.Sqrt(groupVariance[groupOf[v], role]);
                zs[v] = (r[v] - e[v]) / s[v];
            }
        }

        var globalRaw = new double[Roles];
        for (var role = 0; role < Roles; role++)
        {
            double sum = 0;
            foreach (var x in raw.Column(role))
            {
                sum += x;
            }

            globalRaw[role] = sum;
        }

        var (globalExpected, globalVariance) = GlobalMoments(sizes, total, density);
        var globalSd = new double[Roles];
        var globalZ = new double[Roles];
        for (var role = 0; role < Roles; role++)
        {
            globalSd[role] = Math.Sqrt(globalVariance[role]);
            globalZ[role] = (globalRaw[role] - globalExpected[role]) / globalSd[role];
        }

        return new GouldFernandezResult(raw, expected, deviation, z, new GlobalBrokerage(globalRaw, globalExpected, globalSd, globalZ), sizes, density) { Graph = graph };
    }

    /// <summary>Maps arbitrary group ids to 0..G-1 in order of first appearance; returns the sizes.</summary>
    private static (int[] GroupOf, int[] Sizes) DenseGroups(ReadOnlySpan<int> groups)
    {
        var index = new Dictionary<int, int>();
        var groupOf = new int[groups.Length];
        var sizes = new List<int>();
        for (var v = 0; v < groups.Length; v++)
        {
            if (!index.TryGetValue(groups[v], out var g))
            {
                g = sizes.Count;
                index.Add(groups[v], g);
                sizes.Add(0);
            }

            groupOf[v] = g;
            sizes[g]++;
        }

        return (groupOf, sizes.ToArray());
    }

    /// <summary>For every broker b: each a→b→c with a ≠ c, both ≠ b and no arc a→c, classified by the groups of a, b, c.</summary>
    private static void CountRoles(CsrGraph graph, int[] groupOf, BrokerageRoleTable raw, GouldFernandezOptions options, CancellationToken cancellationToken)
    {
        var coordinator = raw.Column((int)BrokerageRole.Coordinator);
        var itinerant = raw.Column((int)BrokerageRole.Itinerant);
        var representative = raw.Column((int)BrokerageRole.Representative);
        var gatekeeper = raw.Column((int)BrokerageRole.Gatekeeper);
        var liaison = raw.Column((int)BrokerageRole.Liaison);
        var totals = raw.Column((int)BrokerageRole.Total);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism, CancellationToken = cancellationToken };
        Parallel.For(0, graph.VertexCount, parallel, b =>
        {
            long wI = 0, wO = 0, bIO = 0, bOI = 0, bO = 0;
            var gb = groupOf[b];
            var outRow = graph.OutNeighbors(b);
            foreach (var a in graph.InNeighbors(b))
            {
                if (a == b)
                {
                    continue;
                }

                var ga = groupOf[a];
                foreach (var c in outRow)
                {
                    if (c == b || c == a || graph.HasEdge(a, c))
                    {
                        continue;
                    }

                    var gc = groupOf[c];
                    if (ga == gb)
                    {
                        if (gb == gc)
                        {
                            wI++;
                        }
                        else
                        {
                            bIO++;
                        }
                    }
                    else if (gb == gc)
                    {
                        bOI++;
                    }
                    else if (ga == gc)
                    {
                        wO++;
                    }
                    else
                    {
                        bO++;
                    }
                }
            }

            coordinator[b] = wI;
            itinerant[b] = wO;
            representative[b] = bIO;
            gatekeeper[b] = bOI;
            liaison[b] = bO;
            totals[b] = wI + wO + bIO + bOI + bO;
        });
    }

    /// <summary>
    /// Expected counts and variances for a broker of each group (sna 2.7-1 <c>brokerage</c>, after Gould and Fernandez
    /// 1989): with q = d²(1−d), the chance that a given ordered (a, c) is brokered by b, and k3 = d³(1−d)³, for a broker
    /// in group g of size n_g (N vertices, other groups h):
    /// coordinator E = q(n_g−1)(n_g−2), V = E(1−q) + 2(n_g−1)(n_g−2)(n_g−3)k3;
    /// itinerant E = qΣ_h n_h(n_h−1), V = E(1−q) + 2Σ_h n_h(n_h−1)(n_h−2)k3;
    /// representative = gatekeeper: E = q(N−n_g)(n_g−1), V = E(1−q) + 2((n_g−1)C(N−n_g,2) + (N−n_g)C(n_g−1,2))k3;
    /// liaison E = q((Σ_h n_h)² − Σ_h n_h²), V = E(1−q) + 4Σ_h n_h C(N−n_h−n_g,2)k3;
    /// total E = q(N−1)(N−2), V = E(1−q) + 2(N−1)(N−2)(N−3)k3. O(G).
    /// </summary>
    private static (double[,] Expected, double[,] Variance) GroupMoments(int[] sizes, double total, double d)
    {
        var groupCount = sizes.Length;
        var q = d * d * (1 - d);
        var k3 = Math.Pow(d, 3) * Math.Pow(1 - d, 3);

        // Sums over all groups; each group subtracts its own term to get the sum over the others.
        double sumPairs = 0, sumTriples = 0, sum1 = 0, sum2 = 0, liaisonA = 0, liaisonB = 0;
        foreach (int s in sizes)
        {
            double x = s;
            sumPairs += x * (x - 1);
            sumTriples += x * (x - 1) * (x - 2);
            sum1 += x;
            sum2 += x * x;
            var rest = total - x;
            liaisonA += x * rest * (rest - 1);
            liaisonB += x * ((2 * rest) - 1);
        }

        var expected = new double[groupCount, Roles];
        var variance = new double[groupCount, Roles];
        for (var g = 0; g < groupCount; g++)
        {
            double ng = sizes[g];
            var rest = total - ng;
            var others1 = sum1 - ng;
            var others2 = sum2 - (ng * ng);

            var e = q * (ng - 1) * (ng - 2);
            expected[g, 0] = e;
            variance[g, 0] = (e * (1 - q)) + (2 * (ng - 1) * (ng - 2) * (ng - 3) * k3);

            e = q * (sumPairs - (ng * (ng - 1)));
            expected[g, 1] = e;
            variance[g, 1] = (e * (1 - q)) + (2 * (sumTriples - (ng * (ng - 1) * (ng - 2))) * k3);

            e = q * rest * (ng - 1);
            var v = (e * (1 - q)) + (2 * (((ng - 1) * Choose2(rest)) + (rest * Choose2(ng - 1))) * k3);
            expected[g, 2] = expected[g, 3] = e;
            variance[g, 2] = variance[g, 3] = v;

            e = q * ((others1 * others1) - others2);
            expected[g, 4] = e;

            // Σ_{h≠g} n_h (r_h − n_g)(r_h − n_g − 1) / 2 with r_h = N − n_h, expanded in powers of n_g.
            var ownRest = total - ng;
            var a = liaisonA - (ng * ownRest * (ownRest - 1));
            var b = liaisonB - (ng * ((2 * ownRest) - 1));
            var pairsBeyond = (a - (ng * b) + (ng * ng * others1)) / 2;
            variance[g, 4] = (e * (1 - q)) + (4 * pairsBeyond * k3);

            e = q * (total - 1) * (total - 2);
            expected[g, 5] = e;
            variance[g, 5] = (e * (1 - q)) + (2 * (total - 1) * (total - 2) * (total - 3) * k3);
        }

        return (expected, variance);
    }

    /// <summary>
    /// Network-level expectations and variances (sna 2.7-1 <c>brokerage</c>), with q = d²(1−d), k3 = d³(1−d)³,
    /// k4 = d⁴(1−d)², k5 = d⁵(1−d) and t(x) = (4x−10)k3 − 4(x−3)k4 + (x−3)k5:
    /// coordinator E = qΣ_g n_g(n_g−1)(n_g−2), V = E(1−q) + Σ_g n_g(n_g−1)(n_g−2) t(n_g);
    /// itinerant E = qΣ_g n_g(N−n_g)(n_g−1), V = E(1−q) + Σ_{g≠h} n_g n_h (n_g−1)((2n_g+2n_h−6)k3 + (N−n_g−1)k5);
    /// representative = gatekeeper: E = qΣ_g n_g(N−n_g)(n_g−1), V = E(1−q) + Σ_g n_g(N−n_g)(n_g−1)((N−3)k3 + (n_g−2)k5);
    /// liaison E = qΣ_{g≠h} n_g n_h (N−n_g−n_h), V = E(1−q) + Σ_{g,h,l distinct} n_g n_h n_l ((4(N−n_h) − 2(n_g+n_l+1))k3
    /// − (4(N−n_l) − 2(n_g+n_h+1))k4 + (N−n_g−n_l−1)k5);
    /// total E = qN(N−1)(N−2), V = E(1−q) + N(N−1)(N−2) t(N). The liaison sum is done over ordered pairs (g, l) with the
    /// middle group summed in closed form: O(G²).
    /// </summary>
    private static (double[] Expected, double[] Variance) GlobalMoments(int[] sizes, double total, double d)
    {
        var q = d * d * (1 - d);
        var k3 = Math.Pow(d, 3) * Math.Pow(1 - d, 3);
        var k4 = Math.Pow(d, 4) * Math.Pow(1 - d, 2);
        var k5 = Math.Pow(d, 5) * (1 - d);
        double Tail(double x) => (((4 * x) - 10) * k3) - (4 * (x - 3) * k4) + ((x - 3) * k5);

        double e0 = 0, v0 = 0, e2 = 0, v2 = 0, v1 = 0, sum1 = 0, sum2 = 0;
        foreach (int s in sizes)
        {
            double x = s;
            var triple = x * (x - 1) * (x - 2);
            e0 += triple;
            v0 += triple * Tail(x);
            var cross = x * (total - x) * (x - 1);
            e2 += cross;
            v2 += cross * (((total - 3) * k3) + ((x - 2) * k5));
            sum1 += x;
            sum2 += x * x;
        }

        double e4 = 0, v4 = 0;
        foreach (int si in sizes)
        {
            double x = si;
            var others1 = sum1 - x;
            var others2 = sum2 - (x * x);

            // itinerant: Σ_{y≠x} x y (x−1)((2x+2y−6)k3 + (N−x−1)k5)
            v1 += x * (x - 1) * (((((2 * x) - 6) * k3) + ((total - x - 1) * k5)) * others1 + (2 * k3 * others2));

            // liaison expectation: Σ_{y≠x} x y (N − x − y)
            e4 += x * (((total - x) * others1) - others2);
        }

        // Liaison variance: ordered (i, k), i ≠ k, middle j ∉ {i, k}; the bracket is A_ik + B·n_j.
        var slope = (-4 * k3) + (2 * k4);
        for (var i = 0; i < sizes.Length; i++)
        {
            double ni = sizes[i];
            for (var k = 0; k < sizes.Length; k++)
            {
                if (k == i)
                {
                    continue;
                }

                double nk = sizes[k];
                var intercept = (((4 * total) - (2 * ni) - (2 * nk) - 2) * k3)
                    - (((4 * total) - (4 * nk) - (2 * ni) - 2) * k4)
                    + ((total - ni - nk - 1) * k5);
                var middle1 = sum1 - ni - nk;
                var middle2 = sum2 - (ni * ni) - (nk * nk);
                v4 += ni * nk * ((intercept * middle1) + (slope * middle2));
            }
        }

        var expected = new double[Roles];
        var variance = new double[Roles];
        expected[0] = q * e0;
        variance[0] = (expected[0] * (1 - q)) + v0;
        expected[1] = q * e2;
        variance[1] = (expected[1] * (1 - q)) + v1;
        expected[2] = expected[3] = q * e2;
        variance[2] = variance[3] = (expected[2] * (1 - q)) + v2;
        expected[4] = q * e4;
        variance[4] = (expected[4] * (1 - q)) + v4;
        var all = total * (total - 1) * (total - 2);
        expected[5] = q * all;
        variance[5] = (expected[5] * (1 - q)) + (all * Tail(total));
        return (expected, variance);
    }

    private static double Choose2(double x) => x * (x - 1) / 2;
}
