using Stakeholders.Network.Analysis;
using Stakeholders.Network.Graphs;
using Stakeholders.Network.Model;

namespace Stakeholders.Network.Tests.Analytics;

public class RoleWeightedProjectionTests
{
    [Test]
    public void With_every_weight_one_it_is_networkx_weighted_projected_graph()
    {
        var options = new RoleWeightedProjectionOptions { TypeWeights = new Dictionary<TieType, double>(), DefaultWeight = 1 };
        var projection = RoleWeightedProjection.Project(AnalyticsFixtures.Seed, options);
        var g = projection.Graph;
        var actual = g.Edges().Select(e => (A: g.IdOf(e.Source), B: g.IdOf(e.Target), e.Weight))
            .Select(e => string.CompareOrdinal(e.A, e.B) < 0 ? e : (e.B, e.A, e.Weight))
            .OrderBy(e => e.Item1, StringComparer.Ordinal).ThenBy(e => e.Item2, StringComparer.Ordinal).ToArray();
        var expected = AnalyticsFixtures.Root.GetProperty("seedTwoMode").EnumerateArray()
            .Select(e => (e[0].GetString()!, e[1].GetString()!, e[2].GetDouble())).ToArray();
        Assert.That(actual, Has.Length.EqualTo(expected.Length));
        Assert.That(actual, Is.EqualTo(expected));
        Assert.That(g.VertexCount, Is.EqualTo(AnalyticsFixtures.Seed.Stakeholders.Count(s => s.Kind == StakeholderKind.Person)));
    }

    [Test]
    public void Count_weighting_agrees_with_the_two_mode_projection()
    {
        var options = new RoleWeightedProjectionOptions { TypeWeights = new Dictionary<TieType, double>() };
        var roles = RoleWeightedProjection.Project(AnalyticsFixtures.Seed, options).Graph;
        var twoMode = TwoModeProjection.Project(AnalyticsFixtures.Seed, new TwoModeProjectionOptions { AffiliationKinds = [StakeholderKind.Organization, StakeholderKind.Event, StakeholderKind.Initiative] }).Graph;
        Assert.That(roles.Edges().Select(e => (roles.IdOf(e.Source), roles.IdOf(e.Target), e.Weight)), Is.EquivalentTo(twoMode.Edges().Select(e => (twoMode.IdOf(e.Source), twoMode.IdOf(e.Target), e.Weight))));
    }

    /// <summary>p moderated e and holds a post at o; q spoke at and attended e, is a member ("Chair") of o; r attended e.</summary>
    private static StakeholderNetwork Forum()
    {
        var b = new StakeholderNetworkBuilder();
        b.AddStakeholder(new Stakeholder("p", "P", StakeholderKind.Person));
        b.AddStakeholder(new Stakeholder("q", "Q", StakeholderKind.Person));
        b.AddStakeholder(new Stakeholder("r", "R", StakeholderKind.Person));
        b.AddStakeholder(new Stakeholder("e", "Event", StakeholderKind.Event));
        b.AddStakeholder(new Stakeholder("o", "Org", StakeholderKind.Organization));
        b.AddTie(new Tie("p", "e", TieType.Moderated) { Id = "1" });
        b.AddTie(new Tie("q", "e", TieType.SpokeAt) { Id = "2" });
        b.AddTie(new Tie("q", "e", TieType.Attended) { Id = "3" });
        b.AddTie(new Tie("r", "e", TieType.Attended) { Id = "4" });
        b.AddTie(new Tie("p", "o", TieType.HoldsPosition) { Id = "5" });
        b.AddTie(new Tie("q", "o", TieType.MemberOf) { Id = "6", Role = "Chair of the board" });
        b.AddTie(new Tie("p", "q", TieType.PartnersWith) { Id = "7" });
        return b.Build();
    }

    [Test]
    public void Role_weights_hand_computed_product_and_minimum()
    {
        var product = RoleWeightedProjection.Project(Forum());
        var g = product.Graph;
        int p = g.IndexOf("p"), q = g.IndexOf("q"), r = g.IndexOf("r");

        // p–q: event 3 × 2 (q's strongest role there is SPOKE_AT) + org 1.5 × 1 = 7.5; p–r: 3 × 1; q–r: 2 × 1.
        Assert.That(g.EdgeWeight(p, q), Is.EqualTo(7.5));
        Assert.That(g.EdgeWeight(p, r), Is.EqualTo(3.0));
        Assert.That(g.EdgeWeight(q, r), Is.EqualTo(2.0));
        Assert.That(product.SharedBetween(q, p).Select(s => (s.AffiliationId, s.WeightOfFirst, s.WeightOfSecond)), Is.EqualTo(new[] { ("e", 2.0, 3.0), ("o", 1.0, 1.5) }));

        var minimum = RoleWeightedProjection.Project(Forum(), new RoleWeightedProjectionOptions { Combination = RoleCombination.Minimum }).Graph;
        Assert.That(minimum.EdgeWeight(p, q), Is.EqualTo(2 + 1.0));
        Assert.That(minimum.EdgeWeight(p, r), Is.EqualTo(1.0));

        var chair = RoleWeightedProjection.Project(Forum(), new RoleWeightedProjectionOptions { RolePatterns = [new RolePatternWeight("chair|president", 2.5)] }).Graph;
        Assert.That(chair.EdgeWeight(p, q), Is.EqualTo(6 + (1.5 * 2.5)));
    }

    [Test]
    public void Tie_filter_and_isolates()
    {
        var onlyEvents = RoleWeightedProjection.Project(Forum(), new RoleWeightedProjectionOptions { TieFilter = new ProjectionOptions { TieTypes = [TieType.Attended] } }).Graph;
        Assert.That(onlyEvents.EdgeCount, Is.EqualTo(1), "only q and r attended");
        var noIsolates = RoleWeightedProjection.Project(Forum(), new RoleWeightedProjectionOptions { TieFilter = new ProjectionOptions { TieTypes = [TieType.Attended] }, KeepIsolated = false }).Graph;
        Assert.That(noIsolates.VertexIds, Is.EquivalentTo(new[] { "q", "r" }));
    }

    [Test]
    public void Bad_options_are_refused()
    {
        Assert.Throws<InvalidOptionException>(() => RoleWeightedProjection.Project(Forum(), new RoleWeightedProjectionOptions { DefaultWeight = 0 }));
        Assert.Throws<InvalidOptionException>(() => RoleWeightedProjection.Project(Forum(), new RoleWeightedProjectionOptions { RolePatterns = [new RolePatternWeight("(", 2)] }));
        Assert.Throws<InvalidOptionException>(() => RoleWeightedProjection.Project(Forum(), new RoleWeightedProjectionOptions { AffiliationKinds = [StakeholderKind.Person] }));
    }
}
