using Stakeholders.Network.Algorithms.Communities;
using Stakeholders.Network.Graphs;

namespace Stakeholders.Network.Tests.CommunityTests;

public class DetectionTests
{
    private static readonly string[] Names = CommunityFixtures.GraphNames;

    private static IEnumerable<TestCaseData> Methods()
    {
        foreach (var name in Names)
        {
            yield return new TestCaseData(name, "louvain").SetName($"{{m}}({name}, louvain)");
            yield return new TestCaseData(name, "leiden").SetName($"{{m}}({name}, leiden)");
            yield return new TestCaseData(name, "lpa").SetName($"{{m}}({name}, lpa)");
            yield return new TestCaseData(name, "components").SetName($"{{m}}({name}, components)");
        }
    }

    private static CommunityResult Run(CsrGraph g, string method, int seed = 0, double resolution = 1.0) => method switch
    {
        "louvain" => CommunityDetection.Louvain(g, new LouvainOptions { Seed = seed, Resolution = resolution }),
        "leiden" => CommunityDetection.Leiden(g, new LeidenOptions { Seed = seed, Resolution = resolution, Iterations = -1 }),
        "lpa" => CommunityDetection.LabelPropagation(g, new LabelPropagationOptions { Seed = seed }),
        _ => CommunityDetection.Components(g),
    };

    [TestCaseSource(nameof(Methods))]
    public void Result_covers_every_vertex_once_and_reports_its_own_modularity(string graphName, string method)
    {
        var g = TestGraphs.Load(graphName);
        var result = Run(g, method, seed: 3);
        var p = result.Partition;
        Assert.Multiple(() =>
        {
            Assert.That(p.VertexCount, Is.EqualTo(g.VertexCount));
            Assert.That(p.Members.Sum(m => m.Length), Is.EqualTo(g.VertexCount));
            Assert.That(p.Members.SelectMany(m => m).Order(), Is.EqualTo(Enumerable.Range(0, g.VertexCount)));
            Assert.That(p.Members.Select(m => m[0]), Is.Ordered, "communities are numbered by smallest vertex");
            Assert.That(result.Modularity, Is.EqualTo(CommunityDetection.Modularity(g, p)).Within(1e-12));
            Assert.That(result.Converged, Is.True);
        });
    }

    [TestCaseSource(nameof(Methods))]
    public void Same_seed_gives_the_same_partition(string graphName, string method)
    {
        var g = TestGraphs.Load(graphName);
        var first = Run(g, method, seed: 11).Partition;
        var second = Run(g, method, seed: 11).Partition;
        Assert.That(second, Is.EqualTo(first));
    }

    [TestCaseSource(nameof(Names))]
    public void Leiden_communities_are_connected(string graphName)
    {
        var g = TestGraphs.Load(graphName);
        foreach (var seed in Enumerable.Range(0, 10))
        {
            foreach (var resolution in new[] { 0.5, 1.0, 2.0 })
            {
                AssertConnected(g, CommunityDetection.Leiden(g, new LeidenOptions { Seed = seed, Resolution = resolution }).Partition);
            }
        }
    }

    [Test]
    public void Leiden_communities_are_connected_on_lfr_graphs()
    {
        foreach (var name in CommunityFixtures.LfrNames)
        {
            var g = CommunityFixtures.LoadLfr(name);
            AssertConnected(g, CommunityDetection.Leiden(g, new LeidenOptions { Seed = 5, Iterations = 1 }).Partition);
        }
    }

    [TestCaseSource(nameof(Names))]
    public void Louvain_levels_are_nested_and_improve_modularity(string graphName)
    {
        var g = TestGraphs.Load(graphName);
        var result = CommunityDetection.Louvain(g, new LouvainOptions { Seed = 2 });
        Assert.That(result.Levels[^1], Is.EqualTo(result.Partition));
        Assert.That(result.Iterations, Is.EqualTo(result.Levels.Count));
        for (var l = 1; l < result.Levels.Count; l++)
        {
            var finer = result.Levels[l - 1];
            var coarser = result.Levels[l];
            Assert.That(coarser.CommunityCount, Is.LessThan(finer.CommunityCount));
            for (var v = 0; v < g.VertexCount; v++)
            {
                var first = finer.Members[finer.CommunityOf(v)][0];
                Assert.That(coarser.CommunityOf(v), Is.EqualTo(coarser.CommunityOf(first)), $"level {l} merges whole communities of level {l - 1}");
            }

            Assert.That(CommunityDetection.Modularity(g, coarser), Is.GreaterThan(CommunityDetection.Modularity(g, finer)));
        }
    }

    [TestCaseSource(nameof(Names))]
    public void Louvain_and_Leiden_reach_networkx_louvain_modularity(string graphName)
    {
        var g = TestGraphs.Load(graphName);
        var networkx = CommunityFixtures.For(graphName)["louvain_nx_modularity"]!.GetValue<double>();
        // Best of five seeds: both are randomised heuristics, and so is the NetworkX run (seed 1) we compare with.
        var louvain = Enumerable.Range(0, 5).Max(s => CommunityDetection.Louvain(g, new LouvainOptions { Seed = s }).Modularity);
        var leiden = Enumerable.Range(0, 5).Max(s => CommunityDetection.Leiden(g, new LeidenOptions { Seed = s, Iterations = -1 }).Modularity);
        Assert.Multiple(() =>
        {
            Assert.That(louvain, Is.GreaterThanOrEqualTo(networkx - 1e-9));
            Assert.That(leiden, Is.GreaterThanOrEqualTo(networkx - 1e-9));
        });
    }

    [Test]
    public void Higher_resolution_gives_more_communities()
    {
        var g = TestGraphs.Load("karate");
        var low = CommunityDetection.Louvain(g, new LouvainOptions { Resolution = 0.3 }).Partition.CommunityCount;
        var high = CommunityDetection.Louvain(g, new LouvainOptions { Resolution = 3 }).Partition.CommunityCount;
        Assert.That(high, Is.GreaterThan(low));
    }

    [Test]
    public void Label_propagation_ends_with_every_vertex_holding_a_most_frequent_neighbour_label()
    {
        var g = TestGraphs.Load("karate");
        var p = CommunityDetection.LabelPropagation(g, new LabelPropagationOptions { Seed = 4 }).Partition;
        for (var v = 0; v < g.VertexCount; v++)
        {
            var counts = new Dictionary<int, int>();
            foreach (var u in g.OutNeighbors(v))
            {
                counts[p.CommunityOf(u)] = counts.GetValueOrDefault(p.CommunityOf(u)) + 1;
            }

            Assert.That(counts.GetValueOrDefault(p.CommunityOf(v)), Is.EqualTo(counts.Values.Max()), $"vertex {g.IdOf(v)}");
        }
    }

    [Test]
    public void Label_propagation_at_its_round_cap_throws_or_returns_false()
    {
        var g = TestGraphs.Load("karate");
        var options = new LabelPropagationOptions { MaxIterations = 1 };
        Assert.Multiple(() =>
        {
            Assert.That(CommunityDetection.TryLabelPropagation(g, out var result, options), Is.False);
            Assert.That(result.Iterations, Is.EqualTo(1));
            Assert.That(() => CommunityDetection.LabelPropagation(g, options), Throws.TypeOf<CommunityConvergenceException>());
        });
    }

    [Test]
    public void Components_match_networkx_components()
    {
        foreach (var name in Names)
        {
            var g = TestGraphs.Load(name);
            var expected = CommunityFixtures.For(name)["path_stats"]!.AsArray()
                .Select(c => c!["vertices"]!.AsArray().Select(x => g.IndexOf(x!.GetValue<string>())).Order().ToArray())
                .OrderBy(c => c[0]).ToList();
            Assert.That(CommunityDetection.Components(g).Partition.Members, Is.EqualTo(expected), name);
        }
    }

    [Test]
    public void Options_are_validated()
    {
        var g = TestGraphs.Load("kite");
        Assert.Multiple(() =>
        {
            Assert.That(() => CommunityDetection.Louvain(g, new LouvainOptions { Resolution = double.NaN }), Throws.ArgumentException.With.Message.Contains("Resolution"));
            Assert.That(() => CommunityDetection.Louvain(g, new LouvainOptions { Threshold = -1 }), Throws.ArgumentException.With.Message.Contains("Threshold"));
            Assert.That(() => CommunityDetection.Leiden(g, new LeidenOptions { Iterations = 0 }), Throws.ArgumentException.With.Message.Contains("Iterations"));
            Assert.That(() => CommunityDetection.Leiden(g, new LeidenOptions { Randomness = 0 }), Throws.ArgumentException.With.Message.Contains("Randomness"));
            Assert.That(() => CommunityDetection.LabelPropagation(g, new LabelPropagationOptions { MaxIterations = 0 }), Throws.ArgumentException.With.Message.Contains("MaxIterations"));
        });
    }

    [Test]
    public void Edgeless_graph_gives_singletons()
    {
        var g = new CsrGraphBuilder(4).Build();
        Assert.Multiple(() =>
        {
            Assert.That(CommunityDetection.Louvain(g).Partition, Is.EqualTo(Partition.Singletons(4)));
            Assert.That(CommunityDetection.Leiden(g).Partition, Is.EqualTo(Partition.Singletons(4)));
            Assert.That(CommunityDetection.LabelPropagation(g).Partition, Is.EqualTo(Partition.Singletons(4)));
            Assert.That(CommunityDetection.Louvain(g).Modularity, Is.NaN);
        });
    }

    [Test]
    public void Two_cliques_joined_by_one_edge_are_found_by_every_method()
    {
        var builder = new CsrGraphBuilder(12);
        for (var block = 0; block < 2; block++)
        {
            for (var i = 0; i < 6; i++)
            {
                for (var j = i + 1; j < 6; j++)
                {
                    builder.AddEdge((block * 6) + i, (block * 6) + j);
                }
            }
        }

        builder.AddEdge(5, 6);
        var g = builder.Build();
        var expected = Partition.FromLabels([0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1]);
        Assert.Multiple(() =>
        {
            Assert.That(CommunityDetection.Louvain(g).Partition, Is.EqualTo(expected));
            Assert.That(CommunityDetection.Leiden(g).Partition, Is.EqualTo(expected));
            Assert.That(CommunityDetection.LabelPropagation(g).Partition, Is.EqualTo(expected));
        });
    }

    internal static void AssertConnected(CsrGraph g, Partition p)
    {
        foreach (var members in p.Members)
        {
            var inside = members.ToHashSet();
            var seen = new HashSet<int> { members[0] };
            var stack = new Stack<int>([members[0]]);
            while (stack.Count > 0)
            {
                var u = stack.Pop();
                foreach (var v in g.OutNeighbors(u).ToArray().Concat(g.InNeighbors(u).ToArray()))
                {
                    if (inside.Contains(v) && seen.Add(v))
                    {
                        stack.Push(v);
                    }
                }
            }

            Assert.That(seen, Has.Count.EqualTo(members.Length), $"community starting at {g.IdOf(members[0])} is connected");
        }
    }
}
