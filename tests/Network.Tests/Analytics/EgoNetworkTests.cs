using Stakeholders.Network.Algorithms.Paths;
using Stakeholders.Network.Analysis;
using Stakeholders.Network.Graphs;
using Stakeholders.Network.Model;

namespace Stakeholders.Network.Tests.Analytics;

public class EgoNetworkTests
{
    [TestCaseSource(typeof(AnalyticsFixtures), nameof(AnalyticsFixtures.GraphNames))]
    public void Ego_networks_match_networkx_ego_graph(string name)
    {
        var g = TestGraphs.Load(name);
        var cases = 0;
        foreach (var entry in AnalyticsFixtures.Graph(name).GetProperty("ego").EnumerateObject())
        {
            var parts = entry.Name.Split('|');
            var direction = parts[0] switch { "in" => TraversalDirection.In, "both" => TraversalDirection.Both, _ => TraversalDirection.Out };
            var radius = int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
            var ego = g.IndexOf(parts[2]);
            var result = PathFinding.EgoNetwork(g, ego, new EgoNetworkOptions { Radius = radius, Direction = direction });
            var expected = entry.Value;
            var ids = result.Members.Select(g.IdOf).Order(StringComparer.Ordinal).ToArray();
            Assert.That(ids, Is.EqualTo(expected.GetProperty("nodes").EnumerateArray().Select(x => x.GetString()).ToArray()), entry.Name);
            Assert.That(result.Graph.EdgeCount, Is.EqualTo(expected.GetProperty("edges").GetInt32()), entry.Name);
            Assert.That(result.Density, Is.EqualTo(expected.GetProperty("density").GetDouble()).Within(1e-12), entry.Name);
            if (expected.GetProperty("effectiveSize").ValueKind == System.Text.Json.JsonValueKind.Number)
            {
                Assert.That(result.EffectiveSize, Is.EqualTo(expected.GetProperty("effectiveSize").GetDouble()).Within(1e-9), entry.Name);
            }

            cases++;
        }

        Assert.That(cases, Is.GreaterThan(0));
    }

    [Test]
    public void Distances_are_bfs_hops_and_never_exceed_the_radius()
    {
        var g = TestGraphs.Load("karate");
        var result = PathFinding.EgoNetwork(g, g.IndexOf("0"), new EgoNetworkOptions { Radius = 2 });
        var bfs = Network.Algorithms.Paths.PathFinding.Bfs(g, g.IndexOf("0"));
        for (var i = 0; i < result.Members.Length; i++)
        {
            Assert.That(result.Distances[i], Is.EqualTo(bfs.Distances[result.Members[i]]));
            Assert.That(result.Distances[i], Is.LessThanOrEqualTo(2));
        }

        Assert.That(result.Members.Length, Is.EqualTo(bfs.Distances.Count(d => d is >= 0 and <= 2)));
    }

    [Test]
    public void Radius_zero_is_the_ego_alone_and_excluding_the_ego_drops_it()
    {
        var g = TestGraphs.Load("kite");
        var alone = PathFinding.EgoNetwork(g, 0, new EgoNetworkOptions { Radius = 0 });
        Assert.That(alone.Members, Is.EqualTo(new[] { 0 }));
        Assert.That(alone.Density, Is.Zero);
        Assert.That(alone.EffectiveSize, Is.NaN);
        var without = PathFinding.EgoNetwork(g, 0, new EgoNetworkOptions { IncludeEgo = false });
        Assert.That(without.Members, Does.Not.Contain(0));
        Assert.That(without.AlterCount, Is.EqualTo(g.Degree(0)));
    }

    [Test]
    public void Bad_options_and_vertices_are_refused()
    {
        var g = TestGraphs.Load("kite");
        Assert.Throws<ArgumentException>(() => PathFinding.EgoNetwork(g, 0, new EgoNetworkOptions { Radius = -1 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => PathFinding.EgoNetwork(g, 99));
    }

    [Test]
    public void Stakeholder_ego_network_counts_alter_kinds_and_organization_types()
    {
        var projection = NetworkProjection.Project(AnalyticsFixtures.Seed, new ProjectionOptions { WeightSource = WeightSource.None });
        var ego = StakeholderEgoNetwork.Of(projection, "liang-jie");
        var alters = ego.Members.Where(m => m.Id != "liang-jie").ToArray();
        Assert.That(ego.Ego.Id, Is.EqualTo("liang-jie"));
        Assert.That(ego.Members[0].Distance, Is.Zero);
        Assert.That(ego.AlterKinds.Values.Sum(), Is.EqualTo(alters.Length));
        foreach (var (kind, count) in ego.AlterKinds)
        {
            Assert.That(alters.Count(a => a.Kind == kind), Is.EqualTo(count), kind);
        }

        foreach (var (type, count) in ego.AlterOrganizationTypes)
        {
            Assert.That(alters.Count(a => a.OrganizationType == type), Is.EqualTo(count), type);
        }

        // Liang Jie holds a post at Shougang Group, a state-owned enterprise.
        Assert.That(alters.Select(a => a.Id), Does.Contain("shougang-group"));
        Assert.That(ego.AlterOrganizationTypes["state-owned-enterprise"], Is.GreaterThanOrEqualTo(1));
        Assert.That(alters.Length, Is.EqualTo(projection.Graph.Degree(projection.VertexOf("liang-jie"))));
    }

    [Test]
    public void Tie_type_filter_restricts_the_ego_network()
    {
        var all = NetworkProjection.Project(AnalyticsFixtures.Seed, new ProjectionOptions { WeightSource = WeightSource.None });
        var positions = NetworkProjection.Project(AnalyticsFixtures.Seed, new ProjectionOptions { WeightSource = WeightSource.None, TieTypes = [TieType.HoldsPosition] });
        var a = StakeholderEgoNetwork.Of(all, "liang-jie");
        var b = StakeholderEgoNetwork.Of(positions, "liang-jie");
        Assert.That(b.Members.Count, Is.LessThan(a.Members.Count));
        Assert.That(b.Members.Select(m => m.Id), Is.SubsetOf(a.Members.Select(m => m.Id)));
    }

    [Test]
    public void Unknown_or_filtered_out_ids_name_the_id()
    {
        var projection = NetworkProjection.Project(AnalyticsFixtures.Seed, new ProjectionOptions { Kinds = [StakeholderKind.Organization] });
        var unknown = Assert.Throws<StakeholderNotFoundException>(() => StakeholderEgoNetwork.Of(projection, "nobody"));
        Assert.That(unknown!.Message, Does.Contain("'nobody'"));
        var filtered = Assert.Throws<StakeholderNotFoundException>(() => StakeholderEgoNetwork.Of(projection, "liang-jie"));
        Assert.That(filtered!.Message, Does.Contain("'liang-jie'").And.Contain("filters"));
    }

    [Test]
    public void Stakeholder_ego_network_lists_its_links_with_the_ties_behind_them()
    {
        var projection = NetworkProjection.Project(AnalyticsFixtures.Seed, new ProjectionOptions { WeightSource = WeightSource.None });
        var ego = StakeholderEgoNetwork.Of(projection, "liang-jie");
        Assert.That(ego.Links, Has.Count.EqualTo(ego.Ties));
        var members = ego.Members.Select(m => m.Id).ToHashSet();
        var expected = new HashSet<(string, string)>();
        foreach (var u in members)
        {
            foreach (var v in members)
            {
                if (string.CompareOrdinal(u, v) < 0 && projection.TiesBetween(u, v).Count > 0)
                {
                    expected.Add((u, v));
                }
            }
        }

        Assert.That(ego.Links.Select(l => string.CompareOrdinal(l.Source, l.Target) < 0 ? (l.Source, l.Target) : (l.Target, l.Source)), Is.EquivalentTo(expected));
        foreach (var link in ego.Links)
        {
            Assert.That(link.TieIds, Is.EqualTo(projection.TiesBetween(link.Source, link.Target).Select(t => t.Id)), $"{link.Source}-{link.Target}");
            Assert.That(link.Weight, Is.EqualTo(1.0), "unweighted projection");
        }

        Assert.That(ego.EffectiveSize, Is.Not.Null);
        Assert.That(ego.EffectiveSizeNote, Is.Null);
    }

    [Test]
    public void An_isolated_ego_has_no_effective_size_and_a_note_and_serialises_to_json()
    {
        var network = new StakeholderNetworkBuilder()
            .AddStakeholder(new Stakeholder("alone", "Alone", StakeholderKind.Person))
            .AddStakeholder(new Stakeholder("a", "A", StakeholderKind.Person))
            .AddStakeholder(new Stakeholder("b", "B", StakeholderKind.Person))
            .AddTie(new Tie("a", "b", TieType.MemberOf))
            .Build();
        var projection = NetworkProjection.Project(network, new ProjectionOptions { KeepIsolated = true });
        var ego = StakeholderEgoNetwork.Of(projection, "alone");
        Assert.That(ego.EffectiveSize, Is.Null);
        Assert.That(ego.EffectiveSizeNote, Does.Contain("no contacts"));
        Assert.That(ego.Links, Is.Empty);
        var json = System.Text.Json.JsonSerializer.Serialize(ego);
        Assert.That(json, Does.Contain("\"EffectiveSize\":null").And.Contain("\"EffectiveSizeNote\":\"undefined"));
    }
}
