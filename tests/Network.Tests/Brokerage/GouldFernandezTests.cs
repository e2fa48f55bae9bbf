using System.Globalization;
using Stakeholders.Network.Algorithms.Brokerage;
using Stakeholders.Network.Graphs;

namespace Stakeholders.Network.Tests.BrokerageTests;

public class GouldFernandezTests
{
    private const double Tolerance = 1e-9;
    private static readonly BrokerageRole[] AllRoles = Enum.GetValues<BrokerageRole>();

    public static IEnumerable<TestCaseData> SnaCases() =>
        ReadSnaRows().Select(r => (r.Case, r.Graph)).Distinct().Select(c => new TestCaseData(c.Case, c.Graph).SetName($"Matches_sna({c.Case})"));

    [TestCaseSource(nameof(SnaCases))]
    public void Matches_sna_brokerage(string caseName, string graphName)
    {
        var rows = ReadSnaRows().Where(r => r.Case == caseName).ToList();
        var g = TestGraphs.Load(graphName);
        var groups = new int[g.VertexCount];
        foreach (var r in rows.Where(r => r.Vertex.Length > 0))
        {
            groups[g.IndexOf(r.Vertex)] = r.Group;
        }

        var result = BrokerageMeasures.GouldFernandez(g, groups);
        var checkedValues = 0;
        Assert.Multiple(() =>
        {
            foreach (var row in rows)
            {
                for (var role = 0; role < 6; role++)
                {
                    double actual;
                    if (row.Vertex.Length == 0)
                    {
                        actual = row.Stat switch
                        {
                            "raw.gli" => result.Global.Raw[role],
                            "exp.gli" => result.Global.Expected[role],
                            "sd.gli" => result.Global.StandardDeviation[role],
                            _ => result.Global.Z[role],
                        };
                    }
                    else
                    {
                        var table = row.Stat switch
                        {
                            "raw" => result.Raw,
                            "exp" => result.Expected,
                            "sd" => result.StandardDeviation,
                            _ => result.Z,
                        };
                        actual = table[(BrokerageRole)role, g.IndexOf(row.Vertex)];
                    }

                    AssertSame(actual, row.Values[role], $"{caseName} {row.Stat} {(BrokerageRole)role} of '{row.Vertex}'");
                    checkedValues++;
                }
            }
        });
        Assert.That(checkedValues, Is.EqualTo(6 * ((4 * g.VertexCount) + 4)), "every vertex and the global row are pinned");
    }

    [Test]
    public void Three_vertex_gatekeeper_by_hand()
    {
        // 0→1, 1→2 and a loop on 1; groups {0}, {1, 2}. The only two-path is 0→1→2 with 0→2 absent: b = 1 and c = 2
        // share a group, a does not → one gatekeeper count for vertex 1.
        // d = m / (n(n−1)) = 3 / 6 = 1/2 (the loop counts, as in sna); q = d²(1−d) = 1/8.
        // Gatekeeper for a broker in a group of n_g = 2 of N = 3: E = q(N−n_g)(n_g−1) = 1/8,
        // V = E(1−q) + 2((n_g−1)C(1,2) + 1·C(1,2))k3 = 1/8·7/8 + 0 = 7/64, sd = √7/8, z = (1 − 1/8)/(√7/8) = 7/√7 = √7.
        var g = new CsrGraphBuilder(3) { Directed = true }.AddEdge(0, 1).AddEdge(1, 2).AddEdge(1, 1).Build();
        var r = BrokerageMeasures.GouldFernandez(g, [1, 2, 2]);
        Assert.Multiple(() =>
        {
            Assert.That(r.Raw[BrokerageRole.Gatekeeper], Is.EqualTo(new[] { 0.0, 1, 0 }));
            Assert.That(r.Raw[BrokerageRole.Total], Is.EqualTo(new[] { 0.0, 1, 0 }));
            Assert.That(r.Density, Is.EqualTo(0.5));
            Assert.That(r.Expected[BrokerageRole.Gatekeeper, 1], Is.EqualTo(1.0 / 8).Within(Tolerance));
            Assert.That(r.StandardDeviation[BrokerageRole.Gatekeeper, 1], Is.EqualTo(Math.Sqrt(7) / 8).Within(Tolerance));
            Assert.That(r.Z[BrokerageRole.Gatekeeper, 1], Is.EqualTo(Math.Sqrt(7)).Within(Tolerance));
            Assert.That(r.Z[BrokerageRole.Coordinator, 0], Is.NaN, "a vertex alone in its group: 0/0 as in sna");
            Assert.That(r.GroupSizes, Is.EqualTo(new[] { 1, 2 }));
        });
    }

    [Test]
    public void Each_role_is_recognised()
    {
        // Five separate two-paths a→b→c (no a→c), each with a different group pattern; broker is the middle vertex.
        // Groups: coordinator 0-1-2 all X; itinerant 3(X)→4(Y)→5(X); representative 6(X)→7(X)→8(Y);
        // gatekeeper 9(X)→10(Y)→11(Y); liaison 12(X)→13(Y)→14(Z).
        var g = new CsrGraphBuilder(15) { Directed = true };
        for (var s = 0; s < 15; s += 3)
        {
            g.AddEdge(s, s + 1).AddEdge(s + 1, s + 2);
        }

        int[] groups = [0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 1, 1, 0, 1, 2];
        var r = BrokerageMeasures.GouldFernandez(g.Build(), groups);
        Assert.Multiple(() =>
        {
            Assert.That(r.Raw[BrokerageRole.Coordinator, 1], Is.EqualTo(1));
            Assert.That(r.Raw[BrokerageRole.Itinerant, 4], Is.EqualTo(1));
            Assert.That(r.Raw[BrokerageRole.Representative, 7], Is.EqualTo(1));
            Assert.That(r.Raw[BrokerageRole.Gatekeeper, 10], Is.EqualTo(1));
            Assert.That(r.Raw[BrokerageRole.Liaison, 13], Is.EqualTo(1));
            Assert.That(r.Global.Raw, Is.EqualTo(new double[] { 1, 1, 1, 1, 1, 5 }));
        });
    }

    [Test]
    public void Closed_triads_are_not_brokerage()
    {
        // 0→1→2 with 0→2 present: no brokerage. Adding only 2→0 (reverse) does not close it: sna checks a→c only.
        var closed = new CsrGraphBuilder(3) { Directed = true }.AddEdge(0, 1).AddEdge(1, 2).AddEdge(0, 2).Build();
        var reverse = new CsrGraphBuilder(3) { Directed = true }.AddEdge(0, 1).AddEdge(1, 2).AddEdge(2, 0).Build();
        Assert.That(BrokerageMeasures.GouldFernandez(closed, [0, 0, 0]).Raw[BrokerageRole.Total, 1], Is.Zero);
        Assert.That(BrokerageMeasures.GouldFernandez(reverse, [0, 0, 0]).Raw[BrokerageRole.Total, 1], Is.EqualTo(1));
    }

    [Test]
    public void Undirected_graph_equals_its_symmetric_directed_version()
    {
        var u = TestGraphs.Load("florentine");
        var builder = new CsrGraphBuilder(u.VertexIds) { Directed = true };
        foreach (var (a, b, _) in u.Edges())
        {
            builder.AddEdge(a, b).AddEdge(b, a);
        }

        var groups = Enumerable.Range(0, u.VertexCount).Select(v => v % 3).ToArray();
        var ru = BrokerageMeasures.GouldFernandez(u, groups);
        var rd = BrokerageMeasures.GouldFernandez(builder.Build(), groups);
        foreach (var role in AllRoles)
        {
            Assert.That(ru.Raw[role], Is.EqualTo(rd.Raw[role]));
            Assert.That(ru.Z[role], Is.EqualTo(rd.Z[role]));
        }

        Assert.That(ru.Global.Z, Is.EqualTo(rd.Global.Z));
    }

    [Test]
    public void Group_labels_only_matter_up_to_renaming()
    {
        var g = TestGraphs.Load("directed");
        var groups = Enumerable.Range(0, g.VertexCount).Select(v => v % 4).ToArray();
        var renamed = groups.Select(x => (x * -7) + 1000).ToArray();
        var a = BrokerageMeasures.GouldFernandez(g, groups);
        var b = BrokerageMeasures.GouldFernandez(g, renamed);
        foreach (var role in AllRoles)
        {
            Assert.That(b.Raw[role], Is.EqualTo(a.Raw[role]));
            Assert.That(b.Z[role], Is.EqualTo(a.Z[role]).Within(Tolerance));
        }
    }

    [Test]
    public void Labels_of_any_type_group_like_integers()
    {
        var g = TestGraphs.Load("directed");
        var kinds = Enumerable.Range(0, g.VertexCount).Select(v => v % 3 == 0 ? "company" : v % 3 == 1 ? "ministry" : "ngo").ToArray();
        var byLabel = BrokerageMeasures.GouldFernandez(g, kinds);
        var byInt = BrokerageMeasures.GouldFernandez(g, Enumerable.Range(0, g.VertexCount).Select(v => v % 3).ToArray());
        foreach (var role in AllRoles)
        {
            Assert.That(byLabel.Raw[role], Is.EqualTo(byInt.Raw[role]));
            Assert.That(byLabel.Z[role], Is.EqualTo(byInt.Z[role]));
        }

        Assert.That(() => BrokerageMeasures.GouldFernandez(g, new[] { "a" }), Throws.ArgumentException);
    }

    [Test]
    public void Counts_sum_to_the_open_two_paths_and_do_not_depend_on_threads()
    {
        var g = TestGraphs.Load("directed");
        var groups = Enumerable.Range(0, g.VertexCount).Select(v => v % 5).ToArray();
        var one = BrokerageMeasures.GouldFernandez(g, groups, new GouldFernandezOptions { MaxDegreeOfParallelism = 1 });
        var many = BrokerageMeasures.GouldFernandez(g, groups, new GouldFernandezOptions { MaxDegreeOfParallelism = 4 });
        long openTwoPaths = 0;
        for (var b = 0; b < g.VertexCount; b++)
        {
            foreach (var a in g.InNeighbors(b))
            {
                foreach (var c in g.OutNeighbors(b))
                {
                    if (a != b && c != b && a != c && !g.HasEdge(a, c))
                    {
                        openTwoPaths++;
                    }
                }
            }
        }

        Assert.That(one.Global.Raw[(int)BrokerageRole.Total], Is.EqualTo(openTwoPaths));
        Assert.That(one.Global.Raw.Take(5).Sum(), Is.EqualTo(openTwoPaths));
        foreach (var role in AllRoles)
        {
            Assert.That(many.Raw[role], Is.EqualTo(one.Raw[role]));
        }
    }

    [Test]
    public void Random_grouping_z_scores_centre_on_zero_over_random_graphs()
    {
        // Under the null model (independent arcs) the expected counts are exact for the true density, so over many
        // seeded G(n, p) digraphs with random groupings the mean z of every role is close to 0.
        var rng = new Random(20240601);
        const int graphs = 200;
        const int n = 40;
        var sums = new double[6];
        var counts = new int[6];
        for (var t = 0; t < graphs; t++)
        {
            var b = new CsrGraphBuilder(n) { Directed = true };
            for (var u = 0; u < n; u++)
            {
                for (var v = 0; v < n; v++)
                {
                    if (u != v && rng.NextDouble() < 0.1)
                    {
                        b.AddEdge(u, v);
                    }
                }
            }

            var groups = Enumerable.Range(0, n).Select(_ => rng.Next(4)).ToArray();
            var r = BrokerageMeasures.GouldFernandez(b.Build(), groups);
            foreach (var role in AllRoles)
            {
                foreach (var z in r.Z[role])
                {
                    if (double.IsFinite(z))
                    {
                        sums[(int)role] += z;
                        counts[(int)role]++;
                    }
                }
            }
        }

        foreach (var role in AllRoles)
        {
            var mean = sums[(int)role] / counts[(int)role];
            Assert.That(counts[(int)role], Is.GreaterThan(graphs * n * 9 / 10), $"{role}: enough finite z-scores");
            Assert.That(mean, Is.InRange(-0.1, 0.1), $"{role}: mean z over {counts[(int)role]} vertices");
        }
    }

    [Test]
    public void Error_paths()
    {
        var g = TestGraphs.Load("kite");
        Assert.Multiple(() =>
        {
            Assert.That(() => BrokerageMeasures.GouldFernandez(g, [0, 1]), Throws.ArgumentException.With.Message.Contains("one group id per vertex"));
            Assert.That(() => BrokerageMeasures.GouldFernandez(g, new int[g.VertexCount], new GouldFernandezOptions { MaxDegreeOfParallelism = -3 }), Throws.ArgumentException);
            Assert.That(() => BrokerageMeasures.GouldFernandez(null!, []), Throws.ArgumentNullException);
        });
    }

    private static void AssertSame(double actual, double expected, string what)
    {
        if (double.IsNaN(expected))
        {
            Assert.That(actual, Is.NaN, what);
        }
        else if (double.IsInfinity(expected))
        {
            Assert.That(actual, Is.EqualTo(expected), what);
        }
        else
        {
            Assert.That(actual, Is.EqualTo(expected).Within(Tolerance), what);
        }
    }

    private sealed record SnaRow(string Case, string Graph, string Vertex, int Group, string Stat, double[] Values);

    private static List<SnaRow> ReadSnaRows() =>
        File.ReadAllLines(StructuralHolesTests.FixturePath("sna_brokerage.csv")).Skip(1)
            .Select(l => l.Split(','))
            .Select(f => new SnaRow(
                f[0],
                f[1],
                f[2],
                f[3].Length > 0 ? int.Parse(f[3], CultureInfo.InvariantCulture) : -1,
                f[4],
                f[5..].Select(x => double.Parse(x, CultureInfo.InvariantCulture)).ToArray()))
            .ToList();
}
