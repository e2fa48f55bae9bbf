using Stakeholders.Network.Algorithms.Cohesion;
using Stakeholders.Network.Graphs;
using Stakeholders.Network.Tests.CommunityTests;

namespace Stakeholders.Network.Tests.CohesionTests;

public class CohesionTests
{
    private static readonly string[] Names = CommunityFixtures.GraphNames;

    private static readonly string[] UndirectedNames = Names.Where(n => !CommunityFixtures.For(n)["directed"]!.GetValue<bool>()).ToArray();

    private static readonly string[] WeightedNames = Names.Where(n => CommunityFixtures.For(n)["weighted"]!.GetValue<bool>()).ToArray();

    [TestCaseSource(nameof(Names))]
    public void Core_numbers_match_networkx(string name)
    {
        var g = TestGraphs.Load(name);
        var expected = CommunityFixtures.PerVertex(g, CommunityFixtures.For(name)["core_number"]).Select(x => (int)x!.Value);
        Assert.That(CohesionMeasures.CoreNumbers(g).Scores, Is.EqualTo(expected));
    }

    [TestCaseSource(nameof(Names))]
    public void Per_vertex_cohesion_reads_by_stakeholder_id_as_networkx_keys_it(string name)
    {
        // The fixture maps are keyed by node id as NetworkX returns them: read every value through the id, not the index.
        var g = TestGraphs.Load(name);
        var fixture = CommunityFixtures.For(name);
        var cores = CohesionMeasures.CoreNumbers(g);
        var clustering = CohesionMeasures.Clustering(g);
        Assert.Multiple(() =>
        {
            foreach (var (id, value) in fixture["core_number"]!.AsObject())
            {
                Assert.That(cores.ScoreOf(id), Is.EqualTo((int)value!.GetValue<double>()), id);
                Assert.That(cores.ScoresById[id], Is.EqualTo(cores.ScoreOf(id)), id);
            }

            foreach (var (id, value) in fixture["clustering"]!.AsObject())
            {
                Assert.That(clustering.TryScoreOf(id, out var c), Is.True, id);
                Assert.That(c, Is.EqualTo(value!.GetValue<double>()).Within(1e-12), id);
            }

            Assert.That(cores.ScoresById, Has.Count.EqualTo(g.VertexCount));
            Assert.That(() => cores.ScoreOf("no such stakeholder"), Throws.TypeOf<UnknownStakeholderException>());
            Assert.That(clustering.TryScoreOf("no such stakeholder", out _), Is.False);
            if (!g.IsDirected)
            {
                var triangles = CohesionMeasures.Triangles(g);
                foreach (var (id, value) in fixture["triangles"]!.AsObject())
                {
                    Assert.That(triangles.ScoreOf(id), Is.EqualTo((int)value!.GetValue<double>()), id);
                }

                Assert.That(() => triangles.ScoreOf("no such stakeholder"), Throws.TypeOf<UnknownStakeholderException>());
            }
        });
    }

    [TestCaseSource(nameof(Names))]
    public void Clustering_matches_networkx(string name)
    {
        var g = TestGraphs.Load(name);
        var fixture = CommunityFixtures.For(name);
        var expected = CommunityFixtures.PerVertex(g, fixture["clustering"]).Select(x => x!.Value);
        Assert.Multiple(() =>
        {
            Assert.That(CohesionMeasures.Clustering(g).Scores, Is.EqualTo(expected).Within(1e-12));
            Assert.That(CohesionMeasures.AverageClustering(g), Is.EqualTo(fixture["average_clustering"]!.GetValue<double>()).Within(1e-12));
        });
    }

    [TestCaseSource(nameof(WeightedNames))]
    public void Weighted_clustering_matches_networkx(string name)
    {
        var g = TestGraphs.Load(name);
        var expected = CommunityFixtures.PerVertex(g, CommunityFixtures.For(name)["clustering_weighted"]).Select(x => x!.Value);
        Assert.That(CohesionMeasures.Clustering(g, new ClusteringOptions { UseWeights = true }).Scores, Is.EqualTo(expected).Within(1e-12));
    }

    [TestCaseSource(nameof(UndirectedNames))]
    public void Triangles_and_transitivity_match_networkx(string name)
    {
        var g = TestGraphs.Load(name);
        var fixture = CommunityFixtures.For(name);
        var expected = CommunityFixtures.PerVertex(g, fixture["triangles"]).Select(x => (int)x!.Value);
        Assert.Multiple(() =>
        {
            Assert.That(CohesionMeasures.Triangles(g).Scores, Is.EqualTo(expected));
            Assert.That(CohesionMeasures.Transitivity(g), Is.EqualTo(fixture["transitivity"]!.GetValue<double>()).Within(1e-12));
        });
    }

    [TestCaseSource(nameof(Names))]
    public void Density_and_assortativity_match_networkx(string name)
    {
        var g = TestGraphs.Load(name);
        var fixture = CommunityFixtures.For(name);
        var categories = CommunityFixtures.PerVertex(g, fixture["categories"]).Select(x => (int)x!.Value).ToArray();
        var degree = CommunityFixtures.Number(fixture["degree_assortativity"]);
        var attribute = CommunityFixtures.Number(fixture["attribute_assortativity"]);
        Assert.Multiple(() =>
        {
            Assert.That(CohesionMeasures.Density(g), Is.EqualTo(fixture["density"]!.GetValue<double>()).Within(1e-15));
            Assert.That(CohesionMeasures.DegreeAssortativity(g), degree is null ? Is.NaN : Is.EqualTo(degree.Value).Within(1e-12));
            Assert.That(CohesionMeasures.AttributeAssortativity(g, categories), attribute is null ? Is.NaN : Is.EqualTo(attribute.Value).Within(1e-12));
        });
    }

    [TestCaseSource(nameof(Names))]
    public void EI_index_matches_the_python_count(string name)
    {
        var g = TestGraphs.Load(name);
        var fixture = CommunityFixtures.For(name);
        var categories = CommunityFixtures.PerVertex(g, fixture["categories"]).Select(x => (int)x!.Value).ToArray();
        var result = CohesionMeasures.EIIndex(g, categories);
        var ei = fixture["ei_index"]!;
        Assert.That(result.Overall, Is.EqualTo(ei["overall"]!.GetValue<double>()).Within(1e-12));
        foreach (var (group, value) in ei["per_group"]!.AsObject())
        {
            Assert.That(result.PerGroup[int.Parse(group, System.Globalization.CultureInfo.InvariantCulture)], Is.EqualTo(value!.GetValue<double>()).Within(1e-12), $"group {group}");
        }
    }

    [TestCaseSource(nameof(Names))]
    public void Path_statistics_per_component_match_networkx(string name)
    {
        var g = TestGraphs.Load(name);
        var expected = CommunityFixtures.For(name)["path_stats"]!.AsArray()
            .Select(c => (Vertices: c!["vertices"]!.AsArray().Select(x => g.IndexOf(x!.GetValue<string>())).Order().ToArray(),
                Diameter: c["diameter"]!.GetValue<int>(), Average: c["average_shortest_path_length"]!.GetValue<double>()))
            .OrderBy(c => c.Vertices[0]).ToList();
        var actual = CohesionMeasures.PathStatistics(g);
        Assert.That(actual, Has.Count.EqualTo(expected.Count));
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Multiple(() =>
            {
                Assert.That(actual[i].Vertices, Is.EqualTo(expected[i].Vertices));
                Assert.That(actual[i].Diameter, Is.EqualTo(expected[i].Diameter));
                Assert.That(actual[i].AverageShortestPathLength, Is.EqualTo(expected[i].Average).Within(1e-12));
            });
        }
    }

    [Test]
    public void EI_index_extremes_and_weights()
    {
        var g = new CsrGraphBuilder(4) { Weighted = true }.AddEdge(0, 1, 3).AddEdge(2, 3, 1).AddEdge(1, 2, 1).Build();
        var byPair = CohesionMeasures.EIIndex(g, [0, 0, 1, 1]);
        var weighted = CohesionMeasures.EIIndex(g, [0, 0, 1, 1], weighted: true);
        Assert.Multiple(() =>
        {
            Assert.That(byPair.Overall, Is.EqualTo((1 - 2) / 3.0).Within(1e-15));
            Assert.That(weighted.Overall, Is.EqualTo((1 - 4) / 5.0).Within(1e-15));
            Assert.That(weighted.PerGroup[0], Is.EqualTo((1 - 3) / 4.0).Within(1e-15));
            Assert.That(CohesionMeasures.EIIndex(g, [0, 1, 2, 3]).Overall, Is.EqualTo(1.0));
            Assert.That(CohesionMeasures.EIIndex(g, [0, 0, 0, 0]).Overall, Is.EqualTo(-1.0));
        });
    }

    [Test]
    public void Core_numbers_agree_with_naive_peeling_on_random_graphs()
    {
        foreach (var directed in new[] { false, true })
        {
            var g = RandomGraph(300, 1500, seed: 9, directed);
            var expected = NaiveCores(g);
            Assert.That(CohesionMeasures.CoreNumbers(g).Scores, Is.EqualTo(expected), directed ? "directed" : "undirected");
        }
    }

    [Test]
    public void Clustering_is_identical_for_any_thread_count_and_vertex_numbering()
    {
        var g = RandomGraph(2000, 12000, seed: 4, directed: false);
        var one = CohesionMeasures.Clustering(g, new ClusteringOptions { MaxDegreeOfParallelism = 1 }).Scores;
        var many = CohesionMeasures.Clustering(g, new ClusteringOptions { MaxDegreeOfParallelism = 4 }).Scores;
        var weightedOne = CohesionMeasures.Clustering(g, new ClusteringOptions { UseWeights = true, MaxDegreeOfParallelism = 1 }).Scores;
        var weightedMany = CohesionMeasures.Clustering(g, new ClusteringOptions { UseWeights = true, MaxDegreeOfParallelism = 4 }).Scores;
        Assert.Multiple(() =>
        {
            Assert.That(many, Is.EqualTo(one));
            Assert.That(weightedMany, Is.EqualTo(weightedOne));
        });

        // Renumber the vertices in reverse: every vertex keeps its coefficient.
        var n = g.VertexCount;
        var builder = new CsrGraphBuilder(n);
        foreach (var (u, v, _) in g.Edges())
        {
            builder.AddEdge(n - 1 - u, n - 1 - v);
        }

        var reversed = CohesionMeasures.Clustering(builder.Build());
        Assert.That(Enumerable.Range(0, n).Select(v => reversed[n - 1 - v]), Is.EqualTo(one).Within(1e-15));
    }

    [Test]
    public void Unweighted_clustering_equals_the_weighted_kernel_with_unit_weights()
    {
        var g = RandomGraph(500, 4000, seed: 12, directed: false, unitWeights: true);
        var fast = CohesionMeasures.Clustering(g).Scores;
        var kernel = CohesionMeasures.Clustering(g, new ClusteringOptions { UseWeights = true }).Scores;
        Assert.That(kernel, Is.EqualTo(fast).Within(1e-12));
    }

    [Test]
    public void Undirected_only_measures_and_bad_arguments_are_refused()
    {
        var directed = TestGraphs.Load("directed");
        var g = TestGraphs.Load("karate");
        Assert.Multiple(() =>
        {
            Assert.That(() => CohesionMeasures.Triangles(directed), Throws.ArgumentException.With.Message.Contains("undirected"));
            Assert.That(() => CohesionMeasures.Transitivity(directed), Throws.ArgumentException.With.Message.Contains("undirected"));
            Assert.That(() => CohesionMeasures.AttributeAssortativity(g, [1, 2]), Throws.ArgumentException.With.Message.Contains("one entry per vertex"));
            Assert.That(() => CohesionMeasures.EIIndex(g, [1]), Throws.ArgumentException.With.Message.Contains("one entry per vertex"));
            Assert.That(() => CohesionMeasures.Clustering(g, new ClusteringOptions { MaxDegreeOfParallelism = 0 }), Throws.TypeOf<InvalidOptionException>());
        });
    }

    [Test]
    public void Tiny_graphs_have_defined_values()
    {
        var single = new CsrGraphBuilder(1).Build();
        var empty = new CsrGraphBuilder(0).Build();
        Assert.Multiple(() =>
        {
            Assert.That(CohesionMeasures.Density(single), Is.Zero);
            Assert.That(CohesionMeasures.CoreNumbers(single).Scores, Is.EqualTo(new[] { 0 }));
            Assert.That(CohesionMeasures.AverageClustering(empty), Is.NaN);
            Assert.That(CohesionMeasures.DegreeAssortativity(single), Is.NaN);
            Assert.That(CohesionMeasures.PathStatistics(single)[0].Diameter, Is.Zero);
        });
    }

    internal static CsrGraph RandomGraph(int n, int m, int seed, bool directed, bool unitWeights = false)
    {
        var random = new Random(seed);
        var builder = new CsrGraphBuilder(n) { Directed = directed, Weighted = true, ParallelEdges = ParallelEdgePolicy.First };
        for (var i = 0; i < m; i++)
        {
            var u = random.Next(n);
            var v = random.Next(n);
            if (u != v)
            {
                builder.AddEdge(u, v, unitWeights ? 2.5 : 1 + random.Next(5));
            }
        }

        return builder.Build();
    }

    private static int[] NaiveCores(CsrGraph g)
    {
        var n = g.VertexCount;
        var degree = Enumerable.Range(0, n).Select(v => g.Degree(v)).ToArray();
        var removed = new bool[n];
        var core = new int[n];
        var k = 0;
        for (var step = 0; step < n; step++)
        {
            var v = Enumerable.Range(0, n).Where(x => !removed[x]).MinBy(x => degree[x]);
            k = Math.Max(k, degree[v]);
            core[v] = k;
            removed[v] = true;
            foreach (var u in g.OutNeighbors(v).ToArray().Concat(g.IsDirected ? g.InNeighbors(v).ToArray() : []))
            {
                if (!removed[u])
                {
                    degree[u]--;
                }
            }
        }

        return core;
    }
}
