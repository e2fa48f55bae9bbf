using System.Text.Json;
using Stakeholders.Network.Graphs;
using Stakeholders.Network.Model;

namespace Stakeholders.Network.Tests.Graphs;

/// <summary>
/// <see cref="TwoModeProjection"/> against NetworkX's bipartite projections (weighted_projected_graph with and without
/// ratio, collaboration_weighted_projected_graph, overlap_weighted_projected_graph with jaccard) on Davis' Southern Women
/// and on the hand-made stakeholder network (fixtures: TestData/graphs-projection/make_fixtures.py).
/// </summary>
public class TwoModeProjectionTests
{
    private static readonly (AffiliationWeighting Weighting, string Table)[] Weightings =
    [
        (AffiliationWeighting.Count, "count"), (AffiliationWeighting.Ratio, "ratio"),
        (AffiliationWeighting.Collaboration, "collaboration"), (AffiliationWeighting.Jaccard, "jaccard"),
    ];

    private static IEnumerable<TestCaseData> StakeholderCases() =>
        from name in new[] { "people_by_organizations_and_events", "organizations_by_people", "people_by_events_spoke_or_attended", "people_by_anything_as_of_2022" }
        from w in Weightings
        select new TestCaseData(name, w.Weighting, w.Table);

    private static IEnumerable<TestCaseData> DavisCases() =>
        from side in new[] { "women_projection", "events_projection" }
        from w in Weightings
        select new TestCaseData(side, w.Weighting, w.Table);

    [TestCaseSource(nameof(DavisCases))]
    public void Davis_southern_women_matches_networkx(string side, AffiliationWeighting weighting, string table)
    {
        var women = side == "women_projection";
        var options = new TwoModeProjectionOptions
        {
            ActorKinds = [women ? StakeholderKind.Person : StakeholderKind.Event],
            AffiliationKinds = [women ? StakeholderKind.Event : StakeholderKind.Person],
            Weighting = weighting,
        };
        var expected = ProjectionFixtures.Fixtures.GetProperty("davis").GetProperty(side);
        AssertProjection(TwoModeProjection.Project(ProjectionFixtures.LoadDavis(), options), expected, table);
    }

    [TestCaseSource(nameof(StakeholderCases))]
    public void Stakeholder_network_matches_networkx(string name, AffiliationWeighting weighting, string table)
    {
        var expected = ProjectionFixtures.Fixtures.GetProperty("two_mode").GetProperty(name);
        var options = new TwoModeProjectionOptions
        {
            ActorKinds = Kinds(expected.GetProperty("actorKinds")),
            AffiliationKinds = Kinds(expected.GetProperty("affiliationKinds")),
            AffiliationTieTypes = expected.GetProperty("tieTypes").ValueKind == JsonValueKind.Null
                ? null
                : expected.GetProperty("tieTypes").EnumerateArray().Select(t => new TieType(t.GetString()!)).ToArray(),
            AsOf = expected.GetProperty("asOf").ValueKind == JsonValueKind.Null ? null : PartialDate.Parse(expected.GetProperty("asOf").GetString()!),
            Weighting = weighting,
        };
        AssertProjection(TwoModeProjection.Project(ProjectionFixtures.LoadNetwork(), options), expected, table);
    }

    [Test]
    public void Shared_affiliations_and_evidence_explain_each_edge()
    {
        var projection = TwoModeProjection.Project(ProjectionFixtures.LoadNetwork());
        var g = projection.Graph;
        int liXin = g.IndexOf("li-xin"), changWei = g.IndexOf("chang-wei");
        var network = projection.Network;
        Assert.Multiple(() =>
        {
            Assert.That(projection.SharedAffiliations(liXin, changWei).Select(s => s.Id), Is.EqualTo(new[] { "shijingshan-committee", "forum-2023" }));
            Assert.That(g.EdgeWeight(liXin, changWei), Is.EqualTo(2.0));
            Assert.That(
                projection.EvidenceTieIndices(liXin, changWei).Select(i => network.Ties[i].Id),
                Is.EqualTo(new[] { "t03", "t11", "t12", "t17", "t32" }),
                "both SPOKE_AT and ATTENDED of li-xin back the shared forum, and the direct PARTNERS_WITH/SUPPORTS ties do not count");
            Assert.That(projection.AffiliationsOf(liXin).Select(s => s.Id), Is.EqualTo(new[] { "shijingshan-committee", "shijingshan-gov", "forum-2023", "roundtable-2022" }));
            Assert.That(projection.SharedAffiliations(liXin, g.IndexOf("observer")), Is.Empty);
            Assert.That(projection.AffiliationCount, Is.EqualTo(12), "9 organizations and 3 events");
        });
    }

    [Test]
    public void Isolated_actors_can_be_dropped()
    {
        var kept = TwoModeProjection.Project(ProjectionFixtures.LoadNetwork());
        var dropped = TwoModeProjection.Project(ProjectionFixtures.LoadNetwork(), new TwoModeProjectionOptions { KeepIsolated = false });
        Assert.That(kept.IndexOf("observer"), Is.GreaterThanOrEqualTo(0));
        Assert.That(dropped.TryGetIndex("observer", out _), Is.False);
        Assert.That(() => dropped.IndexOf("observer"), Throws.TypeOf<UnknownStakeholderException>());
        Assert.That(dropped.Graph.EdgeCount, Is.EqualTo(kept.Graph.EdgeCount));
        for (var v = 0; v < dropped.Graph.VertexCount; v++)
        {
            Assert.That(dropped.Graph.Degree(v), Is.GreaterThan(0));
            Assert.That(dropped.StakeholderOf(v).Id, Is.EqualTo(dropped.Graph.IdOf(v)));
            Assert.That(dropped.AffiliationsOf(v).Select(s => s.Id), Is.EqualTo(kept.AffiliationsOf(kept.IndexOf(dropped.Graph.IdOf(v))).Select(s => s.Id)));
        }
    }

    [Test]
    public void Invalid_options_are_refused_with_clear_messages()
    {
        var network = ProjectionFixtures.LoadNetwork();
        Assert.Multiple(() =>
        {
            Assert.That(() => TwoModeProjection.Project(network, new TwoModeProjectionOptions { AffiliationKinds = [StakeholderKind.Person] }),
                Throws.TypeOf<InvalidOptionException>().With.Message.Contains("both sides"));
            Assert.That(() => TwoModeProjection.Project(network, new TwoModeProjectionOptions { ActorKinds = [] }),
                Throws.TypeOf<InvalidOptionException>().With.Message.Contains("ActorKinds is empty"));
            Assert.That(() => TwoModeProjection.Project(network, new TwoModeProjectionOptions { Weighting = (AffiliationWeighting)9 }),
                Throws.TypeOf<InvalidOptionException>().With.Message.Contains("weighting"));
            Assert.That(() => TwoModeProjection.Project(network, new TwoModeProjectionOptions { MinimumEvidence = -2 }),
                Throws.TypeOf<InvalidOptionException>().With.Message.Contains("MinimumEvidence"));
        });
    }

    private static void AssertProjection(TwoModeProjection projection, JsonElement expected, string table)
    {
        var g = projection.Graph;
        Assert.That(g.VertexIds, Is.EqualTo(ProjectionFixtures.Strings(expected.GetProperty("actors"))));
        Assert.That(g.IsDirected, Is.False);
        var want = expected.GetProperty(table).EnumerateArray().ToDictionary(
            e => Key(e[0].GetString()!, e[1].GetString()!), e => e[2].GetDouble());
        Assert.That(g.EdgeCount, Is.EqualTo(want.Count), $"{table}: edge count");
        foreach (var (u, v, w) in g.Edges())
        {
            var key = Key(g.IdOf(u), g.IdOf(v));
            Assert.That(want.TryGetValue(key, out var weight), Is.True, $"unexpected edge {key}");
            Assert.That(w, Is.EqualTo(weight).Within(1e-12), $"{table}: weight of {key}");
        }
    }

    private static string Key(string u, string v) => string.CompareOrdinal(u, v) <= 0 ? $"{u}|{v}" : $"{v}|{u}";

    private static StakeholderKind[] Kinds(JsonElement names) =>
        names.EnumerateArray().Select(k => ModelNames.TryParseKind(k.GetString(), out var kind) ? kind : throw new FormatException(k.GetString())).ToArray();
}
