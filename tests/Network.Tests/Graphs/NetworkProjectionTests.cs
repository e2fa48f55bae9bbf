using System.Text.Json;
using Stakeholders.Network.Graphs;
using Stakeholders.Network.Model;

namespace Stakeholders.Network.Tests.Graphs;

/// <summary>
/// <see cref="NetworkProjection"/> against an independent Python projection of the same hand-made network
/// (TestData/graphs-projection/make_fixtures.py), plus the mapping back to stakeholders and ties.
/// </summary>
public class NetworkProjectionTests
{
    private static readonly string[] Cases =
    [
        "default", "directed_strength_times_confidence", "speakers_and_events", "as_of_2023_09", "as_of_2023_09_03",
        "from_2022_to_2022", "from_2024_open", "to_2021_open", "evidence_2_no_isolates", "unweighted", "organizations_only_directed",
    ];

    [TestCaseSource(nameof(Cases))]
    public void Projection_matches_the_oracle(string name)
    {
        var expected = ProjectionFixtures.Fixtures.GetProperty("projection").GetProperty(name);
        var options = ToOptions(expected.GetProperty("options"));
        var network = ProjectionFixtures.LoadNetwork();
        var projection = NetworkProjection.Project(network, options);
        var g = projection.Graph;

        Assert.That(g.VertexIds, Is.EqualTo(ProjectionFixtures.Strings(expected.GetProperty("vertices"))), "vertices in network order");
        Assert.That(g.IsDirected, Is.EqualTo(options.Directed));
        Assert.That(g.IsWeighted, Is.EqualTo(options.WeightSource != WeightSource.None));
        var want = expected.GetProperty("edges").EnumerateArray().ToDictionary(
            e => Key(g.IsDirected, e[0].GetString()!, e[1].GetString()!),
            e => (Weight: e[2].GetDouble(), Ties: ProjectionFixtures.Strings(e[3])));
        Assert.That(g.EdgeCount, Is.EqualTo(want.Count));
        foreach (var (u, v, w) in g.Edges())
        {
            var key = Key(g.IsDirected, g.IdOf(u), g.IdOf(v));
            Assert.That(want.ContainsKey(key), Is.True, $"unexpected edge {key}");
            Assert.That(w, Is.EqualTo(want[key].Weight).Within(1e-12), $"weight of {key}");
            var ties = projection.TiesBetween(u, v).Select(t => t.Id).Order(StringComparer.Ordinal).ToList();
            Assert.That(ties, Is.EqualTo(want[key].Ties), $"ties of {key}");
            if (!g.IsDirected)
            {
                Assert.That(projection.TieIndicesBetween(v, u).ToArray(), Is.EqualTo(projection.TieIndicesBetween(u, v).ToArray()));
            }
        }

        for (var v = 0; v < g.VertexCount; v++)
        {
            Assert.That(projection.StakeholderOf(v).Id, Is.EqualTo(g.IdOf(v)));
            Assert.That(network.Stakeholders[projection.StakeholderIndexOf(v)], Is.SameAs(projection.StakeholderOf(v)));
            Assert.That(projection.IndexOf(g.IdOf(v)), Is.EqualTo(v));
        }

        var tiesOnArcs = Enumerable.Range(0, g.ArcCount).SelectMany(a => projection.TieIndicesOfArc(a).ToArray()).Distinct().Order();
        Assert.That(tiesOnArcs, Is.EqualTo(projection.KeptTieIndices), "every kept tie sits on an arc, and only kept ties");
    }

    [Test]
    public void Defaults_keep_everything_undirected_by_strength()
    {
        var network = ProjectionFixtures.LoadNetwork();
        var projection = NetworkProjection.Project(network);
        Assert.Multiple(() =>
        {
            Assert.That(projection.Graph.VertexCount, Is.EqualTo(network.Stakeholders.Count));
            Assert.That(projection.KeptTieIndices, Has.Count.EqualTo(network.Ties.Count));
            Assert.That(projection.Graph.IsDirected, Is.False);
            Assert.That(projection.Graph.WeightMeaning, Is.EqualTo(WeightMeaning.Strength));
            Assert.That(projection.Graph.TotalWeight(), Is.EqualTo(network.Ties.Sum(t => t.Strength)).Within(1e-12), "weights are summed, never lost");
            Assert.That(projection.IndexOf("observer"), Is.GreaterThanOrEqualTo(0), "isolated stakeholders are kept by default");
        });
    }

    [Test]
    public void Parallel_and_reciprocal_ties_merge_into_one_edge_with_summed_weight()
    {
        var projection = NetworkProjection.Project(ProjectionFixtures.LoadNetwork());
        var g = projection.Graph;
        int shougang = g.IndexOf("shougang"), asia = g.IndexOf("asia-digital"), liXin = g.IndexOf("li-xin"), forum = g.IndexOf("forum-2023");
        Assert.Multiple(() =>
        {
            Assert.That(g.EdgeWeight(shougang, asia), Is.EqualTo(1 + 2.0), "t26 + t27, opposite directions");
            Assert.That(projection.TiesBetween("asia-digital", "shougang").Select(t => t.Id), Is.EqualTo(new[] { "t26", "t27" }));
            Assert.That(g.EdgeWeight(liXin, forum), Is.EqualTo(1 + 0.5), "SPOKE_AT + ATTENDED");
        });

        var directed = NetworkProjection.Project(ProjectionFixtures.LoadNetwork(), new ProjectionOptions { Directed = true });
        Assert.That(directed.TiesBetween("shougang", "asia-digital").Select(t => t.Id), Is.EqualTo(new[] { "t26" }));
        Assert.That(directed.TiesBetween("asia-digital", "shougang").Select(t => t.Id), Is.EqualTo(new[] { "t27" }));
        Assert.That(directed.TiesBetween("observer", "shougang"), Is.Empty);
        Assert.That(directed.TiesBetween("nobody", "shougang"), Is.Empty);
    }

    [Test]
    public void Excluded_kinds_are_not_vertices_and_for_day_equals_a_full_partial_date()
    {
        var network = ProjectionFixtures.LoadNetwork();
        var people = NetworkProjection.Project(network, new ProjectionOptions { Kinds = [StakeholderKind.Person] });
        Assert.That(people.Graph.VertexIds.Select(id => network.GetStakeholder(id).Kind), Is.All.EqualTo(StakeholderKind.Person));
        Assert.That(people.TryGetIndex("shougang", out _), Is.False);
        Assert.That(() => people.IndexOf("shougang"), Throws.TypeOf<UnknownStakeholderException>().With.Message.Contains("filters leave it out"));

        var byDay = NetworkProjection.Project(network, ProjectionOptions.Default.ForDay(new DateOnly(2023, 9, 3)));
        var byPartial = NetworkProjection.Project(network, new ProjectionOptions { AsOf = PartialDate.Parse("2023-09-03") });
        Assert.That(byDay.KeptTieIndices, Is.EqualTo(byPartial.KeptTieIndices));
        Assert.That(byDay.KeptTieIndices, Does.Not.Contain(network.Ties.ToList().FindIndex(t => t.Id == "t06")), "t06 ended 2023-06");
    }

    [Test]
    public void Projected_graph_feeds_path_measures_with_inverse_strength()
    {
        var projection = NetworkProjection.Project(ProjectionFixtures.LoadNetwork());
        var g = projection.Graph;
        var arc = g.ArcIndex(g.IndexOf("shougang"), g.IndexOf("forum-2023"));
        Assert.That(g.GetArcCosts()[arc], Is.EqualTo(1.0 / 3.0).Within(1e-15));
    }

    [Test]
    public void Invalid_options_are_refused_with_clear_messages()
    {
        var network = ProjectionFixtures.LoadNetwork();
        Assert.Multiple(() =>
        {
            Assert.That(() => NetworkProjection.Project(network, new ProjectionOptions { AsOf = PartialDate.FromYear(2023), From = PartialDate.FromYear(2022) }),
                Throws.TypeOf<InvalidOptionException>().With.Message.Contains("either AsOf or From/To"));
            Assert.That(() => NetworkProjection.Project(network, new ProjectionOptions { From = PartialDate.FromYear(2024), To = PartialDate.FromYear(2023) }),
                Throws.TypeOf<InvalidOptionException>().With.Message.Contains("ends"));
            Assert.That(() => NetworkProjection.Project(network, new ProjectionOptions { MinimumEvidence = -1 }),
                Throws.TypeOf<InvalidOptionException>().With.Message.Contains("MinimumEvidence"));
            Assert.That(() => NetworkProjection.Project(network, new ProjectionOptions { WeightSource = (WeightSource)42 }),
                Throws.TypeOf<InvalidOptionException>().With.Message.Contains("weight source"));
            Assert.That(() => NetworkProjection.Project(network, new ProjectionOptions { Kinds = [(StakeholderKind)42] }),
                Throws.TypeOf<InvalidOptionException>().With.Message.Contains("Kinds"));
            Assert.That(() => NetworkProjection.Project(network, new ProjectionOptions { TieTypes = [new TieType(" ")] }),
                Throws.TypeOf<InvalidOptionException>().With.Message.Contains("TieTypes"));
            var projection = NetworkProjection.Project(network);
            Assert.That(() => projection.StakeholderOf(projection.Graph.VertexCount), Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(() => projection.TieIndicesOfArc(-1).ToArray(), Throws.InstanceOf<ArgumentOutOfRangeException>());
        });
    }

    [Test]
    public void Projecting_one_network_repeatedly_and_concurrently_gives_identical_graphs()
    {
        var network = ProjectionFixtures.LoadNetwork();
        var first = NetworkProjection.Project(network);
        var others = Enumerable.Range(0, 8).AsParallel().Select(_ => NetworkProjection.Project(network)).ToArray();
        foreach (var other in others)
        {
            Assert.That(other.Graph.Targets.ToArray(), Is.EqualTo(first.Graph.Targets.ToArray()));
            Assert.That(other.Graph.Weights.ToArray(), Is.EqualTo(first.Graph.Weights.ToArray()));
            Assert.That(other.KeptTieIndices, Is.EqualTo(first.KeptTieIndices));
        }

        var changed = network.WithTies(t => t.Id != "t26");
        Assert.That(NetworkProjection.Project(changed).TiesBetween("shougang", "asia-digital").Select(t => t.Id), Is.EqualTo(new[] { "t27" }),
            "a derived network is indexed on its own, not through the original's cached endpoints");
    }

    [Test]
    public void Empty_network_projects_to_an_empty_graph()
    {
        var projection = NetworkProjection.Project(StakeholderNetwork.Empty);
        Assert.That(projection.Graph.VertexCount, Is.Zero);
        Assert.That(projection.KeptTieIndices, Is.Empty);
    }

    private static string Key(bool directed, string u, string v) =>
        directed || string.CompareOrdinal(u, v) <= 0 ? $"{u}|{v}" : $"{v}|{u}";

    private static ProjectionOptions ToOptions(JsonElement o)
    {
        var options = new ProjectionOptions();
        if (o.TryGetProperty("tieTypes", out var types))
        {
            options = options with { TieTypes = types.EnumerateArray().Select(t => new TieType(t.GetString()!)).ToArray() };
        }

        if (o.TryGetProperty("kinds", out var kinds))
        {
            options = options with
            {
                Kinds = kinds.EnumerateArray().Select(k => ModelNames.TryParseKind(k.GetString(), out var kind) ? kind : throw new FormatException(k.GetString())).ToArray(),
            };
        }

        if (o.TryGetProperty("asOf", out var asOf))
        {
            options = options with { AsOf = PartialDate.Parse(asOf.GetString()!) };
        }

        if (o.TryGetProperty("from", out var from))
        {
            options = options with { From = PartialDate.Parse(from.GetString()!) };
        }

        if (o.TryGetProperty("to", out var to))
        {
            options = options with { To = PartialDate.Parse(to.GetString()!) };
        }

        if (o.TryGetProperty("minimumEvidence", out var evidence))
        {
            options = options with { MinimumEvidence = evidence.GetInt32() };
        }

        if (o.TryGetProperty("directed", out var directed))
        {
            options = options with { Directed = directed.GetBoolean() };
        }

        if (o.TryGetProperty("keepIsolated", out var keep))
        {
            options = options with { KeepIsolated = keep.GetBoolean() };
        }

        if (o.TryGetProperty("weightSource", out var source))
        {
            options = options with
            {
                WeightSource = source.GetString() switch
                {
                    "strength" => WeightSource.Strength,
                    "confidence" => WeightSource.Confidence,
                    "strengthTimesConfidence" => WeightSource.StrengthTimesConfidence,
                    "none" => WeightSource.None,
                    var other => throw new FormatException(other),
                },
            };
        }

        return options;
    }
}
