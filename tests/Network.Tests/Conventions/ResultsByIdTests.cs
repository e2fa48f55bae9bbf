using Stakeholders.Network.Algorithms.Brokerage;
using Stakeholders.Network.Algorithms.Centrality;
using Stakeholders.Network.Algorithms.Communities;
using Stakeholders.Network.Algorithms.KeyPlayers;
using Stakeholders.Network.Algorithms.Paths;
using Stakeholders.Network.Analysis;
using Stakeholders.Network.Graphs;
using Stakeholders.Network.Tests.Analytics;

namespace Stakeholders.Network.Tests.Conventions;

/// <summary>Every vertex-indexed result reads by stakeholder id next to its arrays; unknown ids throw one exception type.</summary>
public sealed class ResultsByIdTests
{
    private static NetworkProjection Seed() => NetworkProjection.Project(AnalyticsFixtures.Seed, new ProjectionOptions { WeightSource = WeightSource.None });

    [Test]
    public void Centrality_scores_read_by_id_equal_the_array_at_that_vertex()
    {
        var projection = Seed();
        var g = projection.Graph;
        var pagerank = CentralityMeasures.PageRank(g);
        var betweenness = CentralityMeasures.Betweenness(g);
        Assert.Multiple(() =>
        {
            for (var v = 0; v < g.VertexCount; v++)
            {
                var id = g.IdOf(v);
                Assert.That(pagerank.ScoreOf(id), Is.EqualTo(pagerank.Scores[v]), id);
                Assert.That(betweenness.ScoreOf(id), Is.EqualTo(betweenness.Scores[v]), id);
                Assert.That(pagerank.TryScoreOf(id, out var s) && s == pagerank.Scores[v], Is.True, id);
                Assert.That(pagerank.ScoresById[id], Is.EqualTo(pagerank.Scores[v]), id);
                Assert.That(projection.IndexOf(id), Is.EqualTo(v));
            }

            Assert.That(pagerank.ScoresById.Count, Is.EqualTo(g.VertexCount));
            Assert.That(pagerank.ScoresById.Keys, Is.EqualTo(g.VertexIds));
            Assert.That(pagerank.ScoresById.Select(kv => kv.Value), Is.EqualTo(pagerank.Scores));
        });
    }

    [Test]
    public void Unknown_ids_throw_UnknownStakeholderException_and_the_Try_forms_return_false()
    {
        var projection = Seed();
        var g = projection.Graph;
        var pagerank = CentralityMeasures.PageRank(g);
        var holes = BrokerageMeasures.StructuralHoles(g);
        var hits = CentralityMeasures.Hits(g);
        var louvain = CommunityDetection.Louvain(g);
        Assert.Multiple(() =>
        {
            var e = Assert.Throws<UnknownStakeholderException>(() => pagerank.ScoreOf("nobody"));
            Assert.That(e!.StakeholderId, Is.EqualTo("nobody"));
            Assert.That(e.Message, Does.Contain("nobody"));
            Assert.Throws<UnknownStakeholderException>(() => _ = pagerank.ScoresById["nobody"]);
            Assert.Throws<UnknownStakeholderException>(() => g.IndexOf("nobody"));
            Assert.Throws<UnknownStakeholderException>(() => holes.ConstraintOf("nobody"));
            Assert.Throws<UnknownStakeholderException>(() => hits.HubOf("nobody"));
            Assert.Throws<UnknownStakeholderException>(() => louvain.CommunityOf("nobody"));
            Assert.That(pagerank.TryScoreOf("nobody", out _), Is.False);
            Assert.That(pagerank.ScoresById.ContainsKey("nobody"), Is.False);
            Assert.That(g.TryGetIndex("nobody", out var v) ? v : v, Is.EqualTo(-1));
            Assert.That(projection.TryGetIndex("nobody", out _), Is.False);
            Assert.That(louvain.TryCommunityOf("nobody", out var c) ? c : c, Is.EqualTo(-1));
            var byProjection = Assert.Throws<UnknownStakeholderException>(() => projection.IndexOf("nobody"));
            Assert.That(byProjection!.Message, Does.Contain("no stakeholder has the id 'nobody'"));
        });
    }

    [Test]
    public void A_filtered_out_stakeholder_is_told_apart_from_an_unknown_one()
    {
        var people = NetworkProjection.Project(AnalyticsFixtures.Seed, new ProjectionOptions { Kinds = [Stakeholders.Network.Model.StakeholderKind.Person] });
        var organisation = AnalyticsFixtures.Seed.Stakeholders.First(s => s.Kind != Stakeholders.Network.Model.StakeholderKind.Person).Id;
        var e = Assert.Throws<UnknownStakeholderException>(() => people.IndexOf(organisation));
        Assert.That(e!.Message, Does.Contain("filters leave it out"));
        Assert.That(e, Is.InstanceOf<KeyNotFoundException>(), "a dictionary-style lookup failure");
    }

    [Test]
    public void Structural_holes_and_hits_read_by_id()
    {
        var g = Seed().Graph;
        var holes = BrokerageMeasures.StructuralHoles(g);
        var hits = CentralityMeasures.Hits(g);
        var v = g.VertexCount / 2;
        var id = g.IdOf(v);
        Assert.Multiple(() =>
        {
            Assert.That(holes.ConstraintOf(id), Is.EqualTo(holes.Constraint[v]));
            Assert.That(holes.EffectiveSizeOf(id), Is.EqualTo(holes.EffectiveSize[v]));
            Assert.That(holes.EfficiencyOf(id), Is.EqualTo(holes.Efficiency[v]));
            Assert.That(holes.HierarchyOf(id), Is.EqualTo(holes.Hierarchy[v]));
            Assert.That(holes.ConstraintById[id], Is.EqualTo(holes.Constraint[v]));
            Assert.That(hits.HubOf(id), Is.EqualTo(hits.Hubs[v]));
            Assert.That(hits.AuthorityOf(id), Is.EqualTo(hits.Authorities[v]));
            Assert.That(hits.HubsById[id], Is.EqualTo(hits.Hubs[v]));
        });
    }

    [Test]
    public void Edge_betweenness_reads_a_tie_by_its_endpoint_ids()
    {
        var g = Seed().Graph;
        var edges = CentralityMeasures.EdgeBetweenness(g);
        Assert.Multiple(() =>
        {
            foreach (var (u, v, score) in edges.Edges())
            {
                var (a, b) = (g.IdOf(u), g.IdOf(v));
                Assert.That(edges.ScoresById[(a, b)], Is.EqualTo(score), $"{a}-{b}");
                Assert.That(edges.ScoreOf(a, b), Is.EqualTo(score), $"{a}-{b}");
                Assert.That(edges.ScoreOf(b, a), Is.EqualTo(score), $"{b}-{a}: an undirected tie reads in either order");
            }

            Assert.That(edges.ScoresById, Has.Count.EqualTo(edges.Count));
            var (first, _, _) = edges.Edges().First();
            var id = g.IdOf(first);
            Assert.Throws<UnknownStakeholderException>(() => edges.ScoreOf(id, "nobody"));
            Assert.That(edges.TryScoreOf(id, "nobody", out _), Is.False);
            var notTied = Enumerable.Range(0, g.VertexCount).First(v => v != first && g.ArcIndex(first, v) < 0);
            Assert.That(() => edges.ScoreOf(id, g.IdOf(notTied)), Throws.ArgumentException.With.Message.Contains("not tied"));
            Assert.That(edges.TryScoreOf(id, g.IdOf(notTied), out _), Is.False);
        });
    }

    [Test]
    public void Reach_roles_key_players_and_ego_networks_read_by_id()
    {
        var g = Seed().Graph;
        var reach = PathFinding.VertexReach(g);
        var groups = Enumerable.Range(0, g.VertexCount).Select(v => v % 3).ToArray();
        var roles = BrokerageMeasures.GouldFernandez(g, groups);
        var holes = BrokerageMeasures.StructuralHoles(g);
        var players = KeyPlayerSearch.Fragmentation(g, 3);
        var hub = Enumerable.Range(0, g.VertexCount).MaxBy(g.Degree);
        var ego = PathFinding.EgoNetwork(g, hub);
        Assert.Multiple(() =>
        {
            for (var v = 0; v < g.VertexCount; v++)
            {
                var id = g.IdOf(v);
                Assert.That(reach.MReachOf(id), Is.EqualTo(reach.MReach[v]), id);
                Assert.That(reach.ReachOf(id), Is.EqualTo(reach.Reach[v]), id);
                Assert.That(reach.DistanceWeightedReachOf(id), Is.EqualTo(reach.DistanceWeightedReach[v]), id);
                Assert.That(reach.DistanceWeightedReachById[id], Is.EqualTo(reach.DistanceWeightedReach[v]), id);
                foreach (var role in Enum.GetValues<BrokerageRole>())
                {
                    Assert.That(roles.RawOf(id, role), Is.EqualTo(roles.Raw[role, v]), $"{id} {role}");
                    Assert.That(roles.ZOf(id, role), Is.EqualTo(roles.Z[role, v]), $"{id} {role}");
                    Assert.That(roles.RolesOf(id)[role], Is.EqualTo(roles.Raw[role, v]), $"{id} {role}");
                }

                Assert.That(holes.EffectiveSizeById[id], Is.EqualTo(holes.EffectiveSize[v]), id);
                Assert.That(holes.EfficiencyById[id], Is.EqualTo(holes.Efficiency[v]), id);
                Assert.That(holes.HierarchyById[id], Is.EqualTo(holes.Hierarchy[v]), id);
                Assert.That(holes.ContactIdsOf(id), Is.EqualTo(holes.ContactsOf(v).ToArray().Select(g.IdOf)), id);
                Assert.That(players.IsPlayer(id), Is.EqualTo(players.Players.Contains(v)), id);
                Assert.That(ego.Contains(id), Is.EqualTo(ego.Members.Contains(v)), id);
            }

            Assert.That(players.PlayerIds, Is.EqualTo(players.Players.Select(g.IdOf)));
            Assert.That(ego.MemberIds, Is.EqualTo(ego.Members.Select(g.IdOf)));
            for (var i = 0; i < ego.Members.Length; i++)
            {
                Assert.That(ego.DistanceOf(g.IdOf(ego.Members[i])), Is.EqualTo(ego.Distances[i]));
            }

            Assert.That(ego.DistanceOf(g.IdOf(hub)), Is.Zero, "the ego is at distance 0");
            var outsider = Enumerable.Range(0, g.VertexCount).First(v => !ego.Members.Contains(v));
            Assert.Throws<UnknownStakeholderException>(() => ego.DistanceOf(g.IdOf(outsider)));
            Assert.That(ego.TryDistanceOf(g.IdOf(outsider), out var d) ? d : d, Is.EqualTo(-1));
            Assert.Throws<UnknownStakeholderException>(() => reach.ReachOf("nobody"));
            Assert.Throws<UnknownStakeholderException>(() => roles.RolesOf("nobody"));
            Assert.Throws<UnknownStakeholderException>(() => players.IsPlayer("nobody"));
            Assert.Throws<UnknownStakeholderException>(() => holes.ContactIdsOf("nobody"));
        });
    }

    [Test]
    public void Communities_are_sets_of_ids_that_cover_every_stakeholder_once()
    {
        var g = Seed().Graph;
        var louvain = CommunityDetection.Louvain(g);
        var all = louvain.Members.SelectMany(m => m).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(louvain.Members, Has.Count.EqualTo(louvain.Partition.CommunityCount));
            Assert.That(all, Is.Unique);
            Assert.That(all, Is.EquivalentTo(g.VertexIds));
            for (var v = 0; v < g.VertexCount; v++)
            {
                var id = g.IdOf(v);
                var c = louvain.CommunityOf(id);
                Assert.That(c, Is.EqualTo(louvain.Partition.CommunityOf(v)), id);
                Assert.That(louvain.Members[c], Does.Contain(id));
                Assert.That(louvain.MembersWith(id), Is.SameAs(louvain.Members[c]));
                Assert.That(louvain.Members[c].Select(g.IndexOf).Order(), Is.EqualTo(louvain.Partition.Members[c]));
            }
        });
    }

    [Test]
    public void Results_compare_equal_whether_or_not_a_lookup_was_built()
    {
        var g = Seed().Graph;
        var first = CommunityDetection.Louvain(g);
        var second = CommunityDetection.Louvain(g);
        _ = first.Members;
        Assert.That(first.Partition, Is.EqualTo(second.Partition));
        Assert.That(first.Members.Count, Is.EqualTo(second.Members.Count));
    }

    [Test]
    public void AnalysisResult_looks_a_stakeholder_up_by_id()
    {
        var result = NetworkAnalyzer.Analyze(AnalyticsFixtures.Seed, new AnalysisOptions { Measures = ["pagerank", "degree"], Communities = "louvain" });
        var row = result.Nodes[5];
        Assert.Multiple(() =>
        {
            Assert.That(result.NodeOf(row.Id), Is.SameAs(row));
            Assert.That(result.ScoreOf(row.Id, "pagerank"), Is.EqualTo(row.Scores["pagerank"]));
            Assert.That(result.ScoreOf(row.Id, "degree"), Is.EqualTo(row.Scores["degree"]));
            Assert.That(result.CommunityOf(row.Id), Is.EqualTo(result.Communities!.Membership[row.Vertex]));
            Assert.That(result.TryGetNode(row.Id, out var found) && ReferenceEquals(found, row), Is.True);
            Assert.That(result.TryGetNode("nobody", out _), Is.False);
            Assert.Throws<UnknownStakeholderException>(() => result.NodeOf("nobody"));
            Assert.Throws<UnknownStakeholderException>(() => result.ScoreOf("nobody", "pagerank"));
            Assert.That(() => result.ScoreOf(row.Id, "katz"), Throws.TypeOf<KeyNotFoundException>().With.Message.Contains("katz"));
        });
        var none = NetworkAnalyzer.Analyze(AnalyticsFixtures.Seed, new AnalysisOptions { Measures = ["degree"], Communities = null });
        Assert.That(none.CommunityOf(row.Id), Is.Null);
    }
}
