using Stakeholders.Network.Algorithms.Multiplex;
using Stakeholders.Network.Analysis;
using Stakeholders.Network.Graphs;
using Stakeholders.Network.Model;

namespace Stakeholders.Network.Tests.MultiplexTests;

public class MultiplexMeasuresTests
{
    [Test]
    public void Participation_and_overlap_of_the_hand_network_equal_hand_computed_values()
    {
        // ADVISES: a-b a-c b-c c-d; FUNDS: a-b a-e e-f; MEETS: a-b b-c f-g g-h c-d (see make_fixtures.py).
        var g = MultiplexFixtures.Hand();
        var result = MultiplexMeasures.Analyze(g);
        int a = g.Layers[0].IndexOf("a"), e = g.Layers[0].IndexOf("e"), d = g.Layers[0].IndexOf("d"), unused = g.Layers[0].IndexOf("h");
        Assert.Multiple(() =>
        {
            // a: degrees 2, 2, 1 → o = 5, P = 3/2 · (1 − (4 + 4 + 1)/25) = 0.96.
            Assert.That(result.OverlappingDegree[a], Is.EqualTo(5));
            Assert.That(result.Participation[a], Is.EqualTo(0.96).Within(1e-12));
            // e: ties in FUNDS only → P = 0; d: 1, 0, 1 → P = 3/2 · (1 − 1/2) = 0.75.
            Assert.That(result.Participation[e], Is.EqualTo(0));
            Assert.That(result.Participation[d], Is.EqualTo(0.75).Within(1e-12));
            Assert.That(result.Participation[unused], Is.EqualTo(0), "h has one MEETS tie");
            // ADVISES ∩ MEETS = {a-b, b-c, c-d}, union 6 pairs → 0.5; ADVISES ∩ FUNDS = {a-b}, union 6 → 1/6.
            var advisesMeets = result.Pairs.Single(p => p.First == "ADVISES" && p.Second == "MEETS");
            Assert.That((advisesMeets.SharedPairs, advisesMeets.EdgeOverlap), Is.EqualTo((3, 0.5)));
            Assert.That(result.Pairs.Single(p => p.First == "ADVISES" && p.Second == "FUNDS").EdgeOverlap, Is.EqualTo(1.0 / 6).Within(1e-15));
        });
    }

    [Test]
    public void Hand_network_equals_networkx_per_layer()
    {
        var hand = MultiplexFixtures.Root.GetProperty("hand");
        var g = MultiplexFixtures.Hand();
        var result = MultiplexMeasures.Analyze(g);
        Assert.Multiple(() =>
        {
            for (var l = 0; l < g.LayerCount; l++)
            {
                var expected = hand.GetProperty("perLayer").GetProperty(g.LayerNames[l]);
                var summary = result.Layers[l];
                Assert.That(summary.ActiveVertices, Is.EqualTo(expected.GetProperty("activeNodes").GetInt32()), g.LayerNames[l]);
                Assert.That(summary.Edges, Is.EqualTo(expected.GetProperty("edges").GetInt32()), g.LayerNames[l]);
                Assert.That(summary.Density, Is.EqualTo(expected.GetProperty("density").GetDouble()).Within(1e-12), g.LayerNames[l]);
                Assert.That(summary.Components, Is.EqualTo(expected.GetProperty("components").GetInt32()), g.LayerNames[l]);
                foreach (var v in expected.GetProperty("degree").EnumerateObject())
                {
                    Assert.That(result.DegreeByLayer[l][g.Layers[l].IndexOf(v.Name)], Is.EqualTo(v.Value.GetDouble()), $"{g.LayerNames[l]} degree {v.Name}");
                    Assert.That(result.DegreeOf(v.Name, g.LayerNames[l]), Is.EqualTo(v.Value.GetDouble()), $"{g.LayerNames[l]} degree of {v.Name} by id");
                }
            }

            foreach (var pair in hand.GetProperty("pairs").EnumerateArray())
            {
                var ours = result.Pairs.Single(p => p.First == pair.GetProperty("a").GetString() && p.Second == pair.GetProperty("b").GetString());
                Assert.That(ours.SharedPairs, Is.EqualTo(pair.GetProperty("shared").GetInt32()));
                Assert.That(ours.EdgeOverlap, Is.EqualTo(pair.GetProperty("jaccard").GetDouble()).Within(1e-12));
                Assert.That(ours.DegreeCorrelation, Is.EqualTo(pair.GetProperty("pearson").GetDouble()).Within(1e-12));
            }

            var participation = MultiplexMeasures.Participation(g);
            var overlapping = MultiplexMeasures.OverlappingDegree(g);
            foreach (var v in hand.GetProperty("participation").EnumerateObject())
            {
                var ours = result.ParticipationOf(v.Name);
                Assert.That(ours, v.Value.ValueKind == System.Text.Json.JsonValueKind.Null ? Is.NaN : Is.EqualTo(v.Value.GetDouble()).Within(1e-12), v.Name);
                Assert.That(participation.ScoreOf(v.Name), Is.EqualTo(ours), v.Name);
                var o = hand.GetProperty("overlappingDegree").GetProperty(v.Name).GetDouble();
                Assert.That(result.OverlappingDegreeOf(v.Name), Is.EqualTo(o));
                Assert.That(overlapping.ScoresById[v.Name], Is.EqualTo(o));
            }

            Assert.That(() => result.ParticipationOf("no such stakeholder"), Throws.TypeOf<UnknownStakeholderException>());
            Assert.That(() => result.DegreeOf(g.VertexIds[0], "no such layer"), Throws.TypeOf<KeyNotFoundException>());
            Assert.That(overlapping.TryScoreOf("no such stakeholder", out _), Is.False);
        });
    }

    [Test]
    public void Seed_network_by_tie_type_equals_networkx_per_layer()
    {
        var seed = MultiplexFixtures.Root.GetProperty("seed");
        var layered = MultiplexProjection.Project(MultiplexFixtures.Seed, MultiplexProjection.ByTieType);
        var g = layered.Graph;
        var result = MultiplexMeasures.Analyze(g);
        var analysis = NetworkAnalyzer.Analyze(MultiplexFixtures.Seed, new AnalysisOptions { Measures = ["degree", "betweenness", "participation", "overlapping-degree"], Communities = null, Layers = "tie-type" });
        Assert.That(g.LayerNames, Is.EqualTo(seed.GetProperty("perLayer").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)));
        Assert.Multiple(() =>
        {
            foreach (var layer in seed.GetProperty("perLayer").EnumerateObject())
            {
                foreach (var v in layer.Value.GetProperty("betweenness").EnumerateObject())
                {
                    var row = analysis.Nodes.Single(r => r.Id == v.Name);
                    Assert.That(row.Scores["betweenness@" + layer.Name], Is.EqualTo(v.Value.GetDouble()).Within(1e-12), $"{layer.Name} {v.Name}");
                    Assert.That(row.Scores["degree@" + layer.Name], Is.EqualTo(layer.Value.GetProperty("degree").GetProperty(v.Name).GetDouble()), $"{layer.Name} {v.Name}");
                }
            }

            foreach (var v in seed.GetProperty("participation").EnumerateObject())
            {
                var row = analysis.Nodes.Single(r => r.Id == v.Name);
                var expected = v.Value.ValueKind == System.Text.Json.JsonValueKind.Null ? double.NaN : v.Value.GetDouble();
                Assert.That(row.Scores["participation"], double.IsNaN(expected) ? Is.NaN : Is.EqualTo(expected).Within(1e-12), v.Name);
                Assert.That(result.Participation[g.Layers[0].IndexOf(v.Name)], double.IsNaN(expected) ? Is.NaN : Is.EqualTo(expected).Within(1e-12), v.Name);
                Assert.That(row.Scores["overlapping-degree"], Is.EqualTo(seed.GetProperty("overlappingDegree").GetProperty(v.Name).GetDouble()), v.Name);
            }
        });
    }

    [TestCase("betweenness")]
    [TestCase("closeness")]
    [TestCase("pagerank")]
    public void Per_layer_columns_equal_the_single_layer_run_on_each_layers_subgraph(string measure)
    {
        var network = MultiplexFixtures.Seed;
        var layered = NetworkAnalyzer.Analyze(network, new AnalysisOptions { Measures = [measure], Communities = null, Layers = "tie-type" });
        var types = network.Ties.Select(t => t.Type).Distinct().ToArray();
        Assert.That(layered.Measures, Has.Count.EqualTo(1 + types.Length));
        foreach (var type in types)
        {
            var single = NetworkAnalyzer.Analyze(network, new AnalysisOptions { Measures = [measure], Communities = null }, new ProjectionOptions { TieTypes = [type], WeightSource = WeightSource.None });
            for (var v = 0; v < single.Nodes.Count; v++)
            {
                Assert.That(layered.Nodes[v].Id, Is.EqualTo(single.Nodes[v].Id));
                Assert.That(layered.Nodes[v].Scores[$"{measure}@{type.Name}"], Is.EqualTo(single.Nodes[v].Scores[measure]), $"{type.Name} {single.Nodes[v].Id}");
            }
        }
    }

    [Test]
    public void Layers_by_a_tie_attribute_put_ties_without_it_in_the_none_layer()
    {
        var b = new StakeholderNetworkBuilder();
        foreach (var id in new[] { "a", "b", "c" })
        {
            b.AddStakeholder(new Stakeholder(id, id, StakeholderKind.Person));
        }

        b.AddTie(new Tie("a", "b", TieType.MemberOf) { Id = "t1", Attributes = new Dictionary<string, string> { ["channel"] = "formal" } });
        b.AddTie(new Tie("b", "c", TieType.MemberOf) { Id = "t2", Attributes = new Dictionary<string, string> { ["channel"] = "informal" } });
        b.AddTie(new Tie("a", "c", TieType.MemberOf) { Id = "t3" });
        var layered = MultiplexProjection.Project(b.Build(), "channel");
        Assert.That(layered.Graph.LayerNames, Is.EqualTo(new[] { "(none)", "formal", "informal" }));
        Assert.That(layered.Graph.Layers.Select(l => l.EdgeCount), Is.EqualTo(new[] { 1, 1, 1 }));
        Assert.Throws<ArgumentException>(() => MultiplexProjection.Project(b.Build(), "no-such-attribute"));
    }

    [Test]
    public void Multiplex_measures_and_multiplex_leiden_need_layers()
    {
        Assert.Throws<InvalidOptionException>(() => new AnalysisOptions { Measures = ["participation"] }.Validate());
        Assert.Throws<InvalidOptionException>(() => new AnalysisOptions { Measures = ["degree"], Communities = "multiplex-leiden" }.Validate());
        Assert.DoesNotThrow(() => new AnalysisOptions { Measures = ["participation"], Communities = "multiplex-leiden", Layers = "tie-type" }.Validate());
    }

    [Test]
    public void Layers_must_share_vertices_and_be_named_once()
    {
        var ab = new CsrGraphBuilder(["a", "b"]).Build();
        var abc = new CsrGraphBuilder(["a", "b", "c"]).Build();
        Assert.Throws<ArgumentException>(() => _ = new MultiplexGraph(["x", "y"], [ab, abc]));
        Assert.Throws<ArgumentException>(() => _ = new MultiplexGraph(["x", "x"], [ab, ab]));
        Assert.Throws<ArgumentException>(() => _ = new MultiplexGraph([], Array.Empty<CsrGraph>()));
    }

    [Test]
    public void A_single_layer_has_no_participation_coefficient()
    {
        var g = new MultiplexGraph(["only"], [new CsrGraphBuilder(["a", "b"]).AddEdge(0, 1).Build()]);
        Assert.That(MultiplexMeasures.Participation(g).Scores, Is.All.NaN);
    }
}
