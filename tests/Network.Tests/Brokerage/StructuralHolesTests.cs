using System.Text.Json;
using Stakeholders.Network.Algorithms.Brokerage;
using Stakeholders.Network.Graphs;

namespace Stakeholders.Network.Tests.BrokerageTests;

public class StructuralHolesTests
{
    private const double Tolerance = 1e-9;

    public static IEnumerable<TestCaseData> NetworkXCases()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(FixturePath("structural_holes.json")));
        foreach (var c in doc.RootElement.GetProperty("cases").EnumerateArray())
        {
            var graph = c.GetProperty("graph").GetString()!;
            var useWeights = c.GetProperty("useWeights").GetBoolean();
            yield return new TestCaseData(graph, useWeights).SetName($"Matches_networkx({graph}, weights={useWeights})");
        }
    }

    [TestCaseSource(nameof(NetworkXCases))]
    public void Matches_networkx_fixture(string graphName, bool useWeights)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(FixturePath("structural_holes.json")));
        var fixture = doc.RootElement.GetProperty("cases").EnumerateArray()
            .Single(c => c.GetProperty("graph").GetString() == graphName && c.GetProperty("useWeights").GetBoolean() == useWeights);
        var g = TestGraphs.Load(graphName);
        var burt = BrokerageMeasures.StructuralHoles(g, new StructuralHoleOptions { UseWeights = useWeights });
        var byDegree = BrokerageMeasures.Efficiency(g, new StructuralHoleOptions { UseWeights = useWeights, EfficiencyDenominator = EfficiencyDenominator.Degree });
        Assert.Multiple(() =>
        {
            AssertPerVertex(g, fixture.GetProperty("constraint"), burt.Constraint, "constraint");
            AssertPerVertex(g, fixture.GetProperty("effectiveSize"), burt.EffectiveSize, "effective size");
            AssertPerVertex(g, fixture.GetProperty("efficiencyByContacts"), burt.Efficiency, "efficiency / contacts");
            AssertPerVertex(g, fixture.GetProperty("efficiencyByDegree"), byDegree, "efficiency / degree");
            AssertPerVertex(g, fixture.GetProperty("hierarchy"), burt.Hierarchy, "hierarchy");
            var pairs = 0;
            foreach (var triple in fixture.GetProperty("localConstraint").EnumerateArray())
            {
                var i = g.IndexOf(triple[0].GetString()!);
                var j = g.IndexOf(triple[1].GetString()!);
                var expected = triple[2].GetDouble();
                var at = burt.ContactsOf(i).IndexOf(j);
                Assert.That(at, Is.GreaterThanOrEqualTo(0), $"{g.IdOf(j)} is a contact of {g.IdOf(i)}");
                Assert.That(burt.LocalConstraintsOf(i)[at], Is.EqualTo(expected).Within(Tolerance), $"c({g.IdOf(i)},{g.IdOf(j)})");
                Assert.That(BrokerageMeasures.LocalConstraint(g, i, j, new StructuralHoleOptions { UseWeights = useWeights }), Is.EqualTo(expected).Within(Tolerance));
                pairs++;
            }

            Assert.That(pairs, Is.EqualTo(burt.Contacts.Length), "every contact pair is pinned");
        });
    }

    [Test]
    public void Star_centre_and_leaves_by_hand()
    {
        // Centre 0 with leaves 1, 2, 3. Centre: p_0j = 1/3, no indirect paths, c_0j = 1/9, C = 3/9 = 1/3;
        // effective size = 3 − 2·0/3 = 3, efficiency 3/3 = 1, hierarchy 0 (equal c_0j).
        // Leaf: one contact, p = 1, indirect p_l0·p_00 = 0, C = 1, effective size 1 − 0 = 1, hierarchy 0 (one contact).
        var g = Undirected(4, (0, 1), (0, 2), (0, 3));
        var r = BrokerageMeasures.StructuralHoles(g);
        Assert.Multiple(() =>
        {
            Assert.That(r.Constraint[0], Is.EqualTo(1.0 / 3).Within(Tolerance));
            Assert.That(r.EffectiveSize[0], Is.EqualTo(3).Within(Tolerance));
            Assert.That(r.Efficiency[0], Is.EqualTo(1).Within(Tolerance));
            Assert.That(r.Hierarchy[0], Is.EqualTo(0).Within(Tolerance));
            Assert.That(r.Constraint[1], Is.EqualTo(1).Within(Tolerance));
            Assert.That(r.EffectiveSize[1], Is.EqualTo(1).Within(Tolerance));
            Assert.That(r.Hierarchy[1], Is.EqualTo(0), "one contact: hierarchy defined as 0");
        });
    }

    [Test]
    public void Triangle_by_hand()
    {
        // Each vertex: p = 1/2 to both contacts; indirect via the other contact 1/2·1/2 = 1/4;
        // c_ij = (1/2 + 1/4)² = 9/16, C = 2·9/16 = 9/8. Effective size N − 2t/N = 2 − 2·1/2 = 1, efficiency 1/2.
        var r = BrokerageMeasures.StructuralHoles(Undirected(3, (0, 1), (1, 2), (0, 2)));
        for (var v = 0; v < 3; v++)
        {
            Assert.That(r.Constraint[v], Is.EqualTo(9.0 / 8).Within(Tolerance));
            Assert.That(r.EffectiveSize[v], Is.EqualTo(1).Within(Tolerance));
            Assert.That(r.Efficiency[v], Is.EqualTo(0.5).Within(Tolerance));
            Assert.That(r.Hierarchy[v], Is.EqualTo(0).Within(Tolerance));
        }
    }

    [Test]
    public void Triangle_with_pendant_hierarchy_by_hand()
    {
        // Triangle 0-1-2 and pendant 3 on 0. Vertex 0: p_01 = p_02 = p_03 = 1/3; p_12 = p_21 = 1/2.
        // c_01 = (1/3 + p_02·p_21)² = (1/3 + 1/6)² = 1/4; c_02 = 1/4; c_03 = (1/3)² = 1/9; C = 1/2 + 1/9 = 11/18.
        // Hierarchy: C/N = 11/54, r_1 = r_2 = (1/4)/(11/54) = 27/22, r_3 = (1/9)/(11/54) = 6/11 (Σ r = 3);
        // H = (2·(27/22)·ln(27/22) + (6/11)·ln(6/11)) / (3·ln 3) ≈ (2·1.227273·0.204794 − 0.545455·0.606136) / 3.295837
        //   ≈ (0.502677 − 0.330620) / 3.295837 ≈ 0.0522045.
        // Effective size: N = 3 contacts, t = 1 tie among them (1-2): 3 − 2/3 = 7/3; efficiency 7/9.
        var r = BrokerageMeasures.StructuralHoles(Undirected(4, (0, 1), (0, 2), (1, 2), (0, 3)));
        var expectedH = ((2 * (27.0 / 22) * Math.Log(27.0 / 22)) + ((6.0 / 11) * Math.Log(6.0 / 11))) / (3 * Math.Log(3));
        Assert.Multiple(() =>
        {
            Assert.That(r.Constraint[0], Is.EqualTo(11.0 / 18).Within(Tolerance));
            Assert.That(r.LocalConstraintsOf(0).ToArray(), Is.EqualTo(new[] { 0.25, 0.25, 1.0 / 9 }).Within(Tolerance));
            Assert.That(r.Hierarchy[0], Is.EqualTo(expectedH).Within(Tolerance));
            Assert.That(r.Hierarchy[0], Is.EqualTo(0.0522045).Within(1e-6));
            Assert.That(r.EffectiveSize[0], Is.EqualTo(7.0 / 3).Within(Tolerance));
            Assert.That(r.Efficiency[0], Is.EqualTo(7.0 / 9).Within(Tolerance));
        });
    }

    [Test]
    public void Directed_weighted_mutual_weights_by_hand()
    {
        // a→b (2), b→a (1), a→c (1). Mutual weights of a: b 2+1 = 3, c 1 → p_ab = 3/4, p_ac = 1/4; b and c see only a.
        // No indirect paths (b, c not tied): c_ab = 9/16, c_ac = 1/16, C_a = 10/16 = 0.625.
        // Effective size of a: m_bc = m_cb = 0, so e = (1 − 0) + (1 − 0) = 2; efficiency 2/2 contacts = 1, 2/3 by degree (out 2 + in 1).
        // Hierarchy: C/N = 5/16, r_b = 9/5, r_c = 1/5: H = (1.8 ln 1.8 + 0.2 ln 0.2) / (2 ln 2) ≈ 0.531004.
        var g = new CsrGraphBuilder(["a", "b", "c"]) { Directed = true, Weighted = true }
            .AddEdge("a", "b", 2).AddEdge("b", "a", 1).AddEdge("a", "c", 1).Build();
        var r = BrokerageMeasures.StructuralHoles(g);
        var byDegree = BrokerageMeasures.Efficiency(g, new StructuralHoleOptions { EfficiencyDenominator = EfficiencyDenominator.Degree });
        Assert.Multiple(() =>
        {
            Assert.That(r.Constraint[0], Is.EqualTo(0.625).Within(Tolerance));
            Assert.That(r.EffectiveSize[0], Is.EqualTo(2).Within(Tolerance));
            Assert.That(r.Efficiency[0], Is.EqualTo(1).Within(Tolerance));
            Assert.That(byDegree[0], Is.EqualTo(2.0 / 3).Within(Tolerance));
            Assert.That(r.Hierarchy[0], Is.EqualTo(((1.8 * Math.Log(1.8)) + (0.2 * Math.Log(0.2))) / (2 * Math.Log(2))).Within(Tolerance));
            Assert.That(r.Hierarchy[0], Is.EqualTo(0.531004).Within(1e-6));
            Assert.That(r.Constraint[1], Is.EqualTo(1).Within(Tolerance));
        });

        // Without weights every arc weighs 1: mutual weights b 2, c 1 → p_ab = 2/3, p_ac = 1/3, C_a = 4/9 + 1/9 = 5/9.
        Assert.That(BrokerageMeasures.Constraint(g, new StructuralHoleOptions { UseWeights = false })[0], Is.EqualTo(5.0 / 9).Within(Tolerance));
    }

    [Test]
    public void Vertices_that_only_receive_ties_get_the_formula_value_not_networkx_NaN()
    {
        // a→b only. NetworkX 2.8.8 returns NaN for b (it checks successors); its contacts are {a}: p_ba = 1, C_b = 1, e_b = 1.
        var g = new CsrGraphBuilder(["a", "b"]) { Directed = true }.AddEdge("a", "b").Build();
        var r = BrokerageMeasures.StructuralHoles(g);
        Assert.That(r.Constraint[1], Is.EqualTo(1.0));
        Assert.That(r.EffectiveSize[1], Is.EqualTo(1.0));
    }

    [Test]
    public void Zero_weight_ties_by_hand_and_as_networkx()
    {
        // a-b (0), a-c (0), b-c (2). NetworkX 2.8.8 (weight="weight") gives constraint a 0, b 1, c 1 and effective size 2, 2, 2.
        // a: every mutual weight is 0, so p_ab = p_ac = 0 (NetworkX's 0 for a zero denominator), C_a = 0 and hierarchy 0/0 = NaN;
        //    effective size: m_bc = 4/4 = 1 but p_ac = 0, so each contact keeps 1 − 0: e_a = 2.
        // b: p_ba = 0, p_bc = 1; c_bc = (1 + p_ba·p_ac)² = 1, c_ba = (0 + p_bc·p_ca)² = 0 (p_ca = 0/4): C_b = 1.
        var g = new CsrGraphBuilder(["a", "b", "c"]) { Weighted = true }.AddEdge("a", "b", 0).AddEdge("a", "c", 0).AddEdge("b", "c", 2).Build();
        var r = BrokerageMeasures.StructuralHoles(g);
        Assert.Multiple(() =>
        {
            Assert.That(r.Constraint, Is.EqualTo(new[] { 0.0, 1, 1 }).Within(Tolerance));
            Assert.That(r.EffectiveSize, Is.EqualTo(new[] { 2.0, 2, 2 }).Within(Tolerance));
            Assert.That(r.Hierarchy[0], Is.NaN, "no constraint to spread");
            Assert.That(r.Hierarchy[1], Is.EqualTo(1).Within(Tolerance), "all of b's constraint comes from c");
        });
    }

    [Test]
    public void Isolated_vertices_are_NaN_as_in_networkx()
    {
        var g = new CsrGraphBuilder(3).AddEdge(0, 1).Build();
        var r = BrokerageMeasures.StructuralHoles(g);
        Assert.That(new[] { r.Constraint[2], r.EffectiveSize[2], r.Efficiency[2], r.Hierarchy[2] }, Is.All.NaN);
        Assert.That(r.ContactsOf(2).Length, Is.Zero);
    }

    [Test]
    public void Borgatti_shortcut_agrees_with_the_general_formula()
    {
        // The same karate topology, once unweighted (Borgatti's N − 2t/N) and once "weighted" with every weight 1 (general form).
        var plain = BrokerageMeasures.EffectiveSize(TestGraphs.Load("karate"));
        var general = BrokerageMeasures.EffectiveSize(TestGraphs.Load("karate", weighted: true));
        Assert.That(general, Is.EqualTo(plain).Within(Tolerance));
    }

    [Test]
    public void Ignoring_weights_equals_the_unweighted_graph()
    {
        var options = new StructuralHoleOptions { UseWeights = false };
        var a = BrokerageMeasures.StructuralHoles(TestGraphs.Load("directed_weighted"), options);
        var b = BrokerageMeasures.StructuralHoles(TestGraphs.Load("directed_weighted", weighted: false));
        Assert.Multiple(() =>
        {
            Assert.That(a.Constraint, Is.EqualTo(b.Constraint));
            Assert.That(a.EffectiveSize, Is.EqualTo(b.EffectiveSize));
            Assert.That(a.Hierarchy, Is.EqualTo(b.Hierarchy));
        });
    }

    [Test]
    public void Relabelling_permutes_the_scores()
    {
        var g = TestGraphs.Load("directed_weighted");
        var n = g.VertexCount;
        var perm = Enumerable.Range(0, n).OrderBy(i => (i * 7919) % n).ToArray();
        var builder = new CsrGraphBuilder(Enumerable.Range(0, n).Select(i => "v" + perm[i]).ToArray()) { Directed = true, Weighted = true };
        foreach (var (u, v, w) in g.Edges())
        {
            builder.AddEdge(Array.IndexOf(perm, u), Array.IndexOf(perm, v), w);
        }

        var h = builder.Build();
        var rg = BrokerageMeasures.StructuralHoles(g);
        var rh = BrokerageMeasures.StructuralHoles(h);
        for (var v = 0; v < n; v++)
        {
            var w = h.IndexOf("v" + v);
            Assert.That(rh.Constraint[w], Is.EqualTo(rg.Constraint[v]).Within(Tolerance));
            Assert.That(rh.EffectiveSize[w], Is.EqualTo(rg.EffectiveSize[v]).Within(Tolerance));
            Assert.That(rh.Hierarchy[w], Is.EqualTo(rg.Hierarchy[v]).Within(Tolerance));
        }
    }

    [Test]
    public void Results_do_not_depend_on_thread_count()
    {
        var g = TestGraphs.Load("weighted");
        var one = BrokerageMeasures.StructuralHoles(g, new StructuralHoleOptions { MaxDegreeOfParallelism = 1 });
        var many = BrokerageMeasures.StructuralHoles(g, new StructuralHoleOptions { MaxDegreeOfParallelism = 4 });
        Assert.That(many.Constraint, Is.EqualTo(one.Constraint));
        Assert.That(many.EffectiveSize, Is.EqualTo(one.EffectiveSize));
        Assert.That(many.LocalConstraint, Is.EqualTo(one.LocalConstraint));
    }

    [Test]
    public void Hierarchy_stays_in_unit_interval_and_local_constraints_sum_to_constraint()
    {
        var r = BrokerageMeasures.StructuralHoles(TestGraphs.Load("florentine"));
        for (var v = 0; v < r.Constraint.Length; v++)
        {
            double sum = 0;
            foreach (var c in r.LocalConstraintsOf(v))
            {
                sum += c;
            }

            Assert.That(sum, Is.EqualTo(r.Constraint[v]).Within(Tolerance));
            Assert.That(r.Hierarchy[v], Is.InRange(0.0, 1.0));
        }
    }

    [Test]
    public void Error_paths()
    {
        var g = new CsrGraphBuilder(2) { Weighted = true }.AddEdge(0, 1, 2).Build();
        Assert.Multiple(() =>
        {
            Assert.That(() => BrokerageMeasures.Constraint(g, new StructuralHoleOptions { MaxDegreeOfParallelism = 0 }), Throws.ArgumentException.With.Message.Contains("MaxDegreeOfParallelism"));
            Assert.That(() => BrokerageMeasures.Constraint(g, new StructuralHoleOptions { EfficiencyDenominator = (EfficiencyDenominator)7 }), Throws.ArgumentException);
            Assert.That(() => BrokerageMeasures.LocalConstraint(g, 0, 5), Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(() => BrokerageMeasures.Constraint(null!), Throws.ArgumentNullException);
        });
    }

    [Test]
    public void Cancellation_is_observed()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.That(() => BrokerageMeasures.StructuralHoles(TestGraphs.Load("karate"), null, cts.Token), Throws.InstanceOf<OperationCanceledException>());
    }

    internal static string FixturePath(string file) => Path.Combine(TestGraphs.DataDirectory, "brokerage", file);

    internal static CsrGraph Undirected(int n, params (int U, int V)[] edges)
    {
        var b = new CsrGraphBuilder(n);
        foreach (var (u, v) in edges)
        {
            b.AddEdge(u, v);
        }

        return b.Build();
    }

    private static void AssertPerVertex(CsrGraph g, JsonElement expected, double[] actual, string what)
    {
        var seen = 0;
        foreach (var p in expected.EnumerateObject())
        {
            var v = g.IndexOf(p.Name);
            Assert.That(v, Is.GreaterThanOrEqualTo(0), $"vertex {p.Name}");
            if (p.Value.ValueKind == JsonValueKind.Null)
            {
                Assert.That(actual[v], Is.NaN, $"{what} of {p.Name}");
            }
            else
            {
                Assert.That(actual[v], Is.EqualTo(p.Value.GetDouble()).Within(Tolerance), $"{what} of {p.Name}");
            }

            seen++;
        }

        Assert.That(seen, Is.EqualTo(g.VertexCount), $"{what}: every vertex pinned");
    }
}
