using Stakeholders.Network.Analysis;
using Stakeholders.Network.Graphs;
using Stakeholders.Network.Model;

namespace Stakeholders.Network.Tests.Analytics;

public class PeriodComparisonTests
{
    private static readonly string[] Dates =
        ["2020", "2021", "2021-03", "2021-03-04", "2021-03-05", "2022-06-15", "2023", "2023-05", "2023-05-31", "2023-06", "2023-06-15", "2023-07", "2024", "2024-12-31", "2025"];

    /// <summary>Persons a–e and organization o; ties dated by year, month, day, open-ended and undated.</summary>
    internal static StakeholderNetwork Dated()
    {
        var b = new StakeholderNetworkBuilder { Title = "dated" };
        foreach (var id in new[] { "a", "b", "c", "d", "e" })
        {
            b.AddStakeholder(new Stakeholder(id, id.ToUpperInvariant(), StakeholderKind.Person));
        }

        b.AddStakeholder(new Stakeholder("o", "Org", StakeholderKind.Organization) { OrganizationType = OrganizationType.Company });
        Tie T(string id, string s, string t, string? start, string? end) => new(s, t, TieType.MemberOf)
        {
            Id = id,
            Period = start is null && end is null ? null : new DatePeriod(start is null ? null : PartialDate.Parse(start), end is null ? null : PartialDate.Parse(end)),
        };
        b.AddTie(T("t1", "a", "o", "2023", "2023"));
        b.AddTie(T("t2", "b", "o", "2022-01", "2023-05"));
        b.AddTie(T("t3", "c", "o", "2023-07-01", null));
        b.AddTie(T("t4", "d", "o", null, null));
        b.AddTie(T("t5", "a", "b", "2021-03-04", "2021-03-04"));
        b.AddTie(T("t6", "e", "c", "2024", "2024"));
        b.AddTie(T("t7", "a", "d", null, null));
        b.AddTie(T("t8", "d", "c", "2023-07", null));
        return b.Build();
    }

    [TestCaseSource(nameof(Dates))]
    public void The_network_as_of_a_date_holds_exactly_the_ties_valid_then(string date)
    {
        var network = Dated();
        var day = PartialDate.Parse(date);
        var projection = PeriodComparison.AsOf(network, day);
        var kept = projection.KeptTieIndices.Select(i => network.Ties[i].Id).ToHashSet();
        foreach (var tie in network.Ties)
        {
            Assert.That(kept.Contains(tie.Id), Is.EqualTo(ValidSomeDayOf(tie, day)), $"{tie.Id} as of {date}");
        }

        foreach (var v in Enumerable.Range(0, projection.Graph.VertexCount))
        {
            Assert.That(projection.Graph.Degree(v), Is.GreaterThan(0), "only stakeholders with a valid tie are present");
        }
    }

    [Test]
    public void Partial_dates_cover_every_day_they_stand_for()
    {
        var network = Dated();
        Assert.That(PeriodComparison.AsOf(network, PartialDate.Parse("2023-06-15")).KeptTieIndices.Select(i => network.Ties[i].Id), Does.Contain("t1"), "a tie dated 2023 holds on 2023-06-15");
        Assert.That(PeriodComparison.AsOf(network, PartialDate.Parse("2023-06")).KeptTieIndices.Select(i => network.Ties[i].Id), Does.Not.Contain("t2"), "a tie ending 2023-05 does not hold as of 2023-06");
        Assert.That(PeriodComparison.AsOf(network, PartialDate.Parse("2023-05-31")).KeptTieIndices.Select(i => network.Ties[i].Id), Does.Contain("t2"));
    }

    [Test]
    public void Between_two_dates_keeps_ties_overlapping_the_window()
    {
        var network = Dated();
        var window = PeriodComparison.Between(network, PartialDate.Parse("2021"), PartialDate.Parse("2022-01"));
        Assert.That(window.KeptTieIndices.Select(i => network.Ties[i].Id), Is.EquivalentTo(new[] { "t2", "t4", "t5", "t7" }));
    }

    [Test]
    public void Comparison_lists_gained_and_lost_ties_entries_exits_and_rank_moves()
    {
        var result = PeriodComparison.CompareDates(Dated(), PartialDate.Parse("2023-05"), PartialDate.Parse("2023-07"));
        Assert.That(result.TiesGained.Select(t => t.TieId), Is.EqualTo(new[] { "t3", "t8" }));
        Assert.That(result.TiesLost.Select(t => t.TieId), Is.EqualTo(new[] { "t2" }));
        Assert.That(result.Entered, Is.EqualTo(new[] { "c" }));
        Assert.That(result.Left, Is.EqualTo(new[] { "b" }));

        // Degree before: o 3, a 2, d 2, b 1 → ranks o 1, a 2, d 2, b 4. After: o 3, d 3, a 2, c 2 → o 1, d 1, a 3, c 3.
        var byId = result.RankChanges.ToDictionary(r => r.Id);
        Assert.That(byId.Keys, Is.EquivalentTo(new[] { "a", "d", "o" }));
        Assert.That((byId["a"].RankBefore, byId["a"].RankAfter, byId["a"].Movement), Is.EqualTo((2, 3, -1)));
        Assert.That((byId["d"].RankBefore, byId["d"].RankAfter, byId["d"].Movement), Is.EqualTo((2, 1, 1)));
        Assert.That((byId["o"].RankBefore, byId["o"].RankAfter), Is.EqualTo((1, 1)));
        Assert.That(result.RankChanges.Select(r => r.Id), Is.EqualTo(new[] { "a", "d", "o" }), "largest moves first, then by id");
    }

    [Test]
    public void Comparing_a_period_with_itself_changes_nothing()
    {
        var network = AnalyticsFixtures.Seed;
        var result = PeriodComparison.CompareDates(network, PartialDate.Parse("2023-09-03"), PartialDate.Parse("2023-09-03"), options: new PeriodComparisonOptions { Measure = "betweenness" });
        Assert.That(result.TiesGained, Is.Empty);
        Assert.That(result.TiesLost, Is.Empty);
        Assert.That(result.Entered, Is.Empty);
        Assert.That(result.RankChanges.All(r => r.Movement == 0), Is.True);
    }

    [Test]
    public void Seed_network_before_the_forum_loses_its_forum_day_ties()
    {
        var network = AnalyticsFixtures.Seed;
        var result = PeriodComparison.CompareDates(network, PartialDate.Parse("2023-09-01"), PartialDate.Parse("2023-09-03"));
        var forumDay = network.Ties.Where(t => t.Period is { } p && p.Contains(new DateOnly(2023, 9, 3)) && !p.Contains(new DateOnly(2023, 9, 1))).Select(t => t.Id);
        Assert.That(result.TiesGained.Select(t => t.TieId), Is.EquivalentTo(forumDay));
        Assert.That(result.TiesLost, Is.Empty);
    }

    [Test]
    public void Competition_ranking_is_1224_with_nan_last()
    {
        Assert.That(CompetitionRanking.Ranks([3, 2, 2, 1]), Is.EqualTo(new[] { 1, 2, 2, 4 }));
        Assert.That(CompetitionRanking.Ranks([5, 3, 5, 1, 3, double.NaN]), Is.EqualTo(new[] { 1, 3, 1, 5, 3, 6 }));
        Assert.That(CompetitionRanking.Ranks([0.1 + 0.2, 0.3]), Is.EqualTo(new[] { 1, 1 }), "last-bit differences do not split ties");
        Assert.That(CompetitionRanking.Ranks([]), Is.Empty);
    }

    [Test]
    public void Unknown_measure_is_refused_and_networks_must_match()
    {
        var network = Dated();
        Assert.Throws<InvalidOptionException>(() => PeriodComparison.CompareDates(network, PartialDate.Parse("2023"), PartialDate.Parse("2024"), options: new PeriodComparisonOptions { Measure = "fame" }));
        Assert.Throws<ArgumentException>(() => PeriodComparison.Compare(PeriodComparison.AsOf(network, PartialDate.Parse("2023")), PeriodComparison.AsOf(Dated(), PartialDate.Parse("2023"))));
    }

    private static readonly string[] Measures = ["degree", "betweenness", "pagerank"];

    [TestCaseSource(nameof(Measures))]
    public void Comparing_computed_snapshots_gives_the_direct_comparison_and_a_snapshot_can_be_reused(string measure)
    {
        var options = new PeriodComparisonOptions { Measure = measure };
        foreach (var (network, dates) in new[] { (Dated(), new[] { "2021-03-04", "2022-06-15", "2023-05", "2023-07", "2024" }), (AnalyticsFixtures.Seed, new[] { "2023-09-01", "2023-09-02", "2023-09-03" }) })
        {
            var snapshots = dates.Select(d => PeriodComparison.Snapshot(PeriodComparison.AsOf(network, PartialDate.Parse(d)), options)).ToArray();
            for (var i = 0; i < dates.Length; i++)
            {
                for (var j = 0; j < dates.Length; j++)
                {
                    var direct = PeriodComparison.CompareDates(network, PartialDate.Parse(dates[i]), PartialDate.Parse(dates[j]), options: options);
                    var cached = PeriodComparison.Compare(snapshots[i], snapshots[j]);
                    var at = $"{measure}, {dates[i]} → {dates[j]}";
                    Assert.That(cached.Measure, Is.EqualTo(direct.Measure), at);
                    Assert.That(cached.TiesGained, Is.EqualTo(direct.TiesGained), at);
                    Assert.That(cached.TiesLost, Is.EqualTo(direct.TiesLost), at);
                    Assert.That(cached.Entered, Is.EqualTo(direct.Entered), at);
                    Assert.That(cached.Left, Is.EqualTo(direct.Left), at);
                    Assert.That(cached.RankChanges, Is.EqualTo(direct.RankChanges), at);
                    Assert.That(cached.First.KeptTieIndices, Is.EqualTo(direct.First.KeptTieIndices), at);
                    Assert.That(cached.Second.KeptTieIndices, Is.EqualTo(direct.Second.KeptTieIndices), at);
                }
            }
        }
    }

    [TestCaseSource(nameof(Measures))]
    public void Snapshot_comparisons_balance_ties_and_stakeholders_and_reverse_exactly(string measure)
    {
        var network = AnalyticsFixtures.Seed;
        var options = new PeriodComparisonOptions { Measure = measure };
        var snapshots = new[] { "2023-09-01", "2023-09-02", "2023-09-03", "2023-09-04" }
            .Select(d => PeriodComparison.Snapshot(PeriodComparison.AsOf(network, PartialDate.Parse(d)), options)).ToArray();
        foreach (var a in snapshots)
        {
            // Competition ranks, counted here: 1 + how many scores are higher (the library also merges last-bit differences, so a bound).
            var scores = a.Scores;
            Assert.That(a.Ranks, Has.Count.EqualTo(a.Projection.Graph.VertexCount));
            for (var v = 0; v < scores.Count; v++)
            {
                var s = scores[v];
                Assert.That(a.Ranks[v], Is.InRange(1 + scores.Count(x => x > s + (1e-6 * Math.Max(1, Math.Abs(s)))), 1 + scores.Count(x => x > s)), $"rank of vertex {v}");
            }

            foreach (var b in snapshots)
            {
                var forward = PeriodComparison.Compare(a, b);
                var backward = PeriodComparison.Compare(b, a);
                var tiesA = a.Projection.KeptTieIndices.Select(t => network.Ties[t].Id).ToHashSet();
                var tiesB = b.Projection.KeptTieIndices.Select(t => network.Ties[t].Id).ToHashSet();
                Assert.That(forward.TiesGained.Select(t => t.TieId), Is.EquivalentTo(tiesB.Except(tiesA)));
                Assert.That(forward.TiesLost.Select(t => t.TieId), Is.EquivalentTo(tiesA.Except(tiesB)));
                Assert.That(tiesA.Count + forward.TiesGained.Count - forward.TiesLost.Count, Is.EqualTo(tiesB.Count));
                var presentA = Enumerable.Range(0, a.Projection.Graph.VertexCount).Select(v => a.Projection.StakeholderOf(v).Id).ToHashSet();
                var presentB = Enumerable.Range(0, b.Projection.Graph.VertexCount).Select(v => b.Projection.StakeholderOf(v).Id).ToHashSet();
                Assert.That(forward.Entered, Is.EquivalentTo(presentB.Except(presentA)));
                Assert.That(forward.Left, Is.EquivalentTo(presentA.Except(presentB)));
                Assert.That(forward.RankChanges.Select(r => r.Id), Is.EquivalentTo(presentA.Intersect(presentB)));
                Assert.That(backward.TiesGained, Is.EqualTo(forward.TiesLost));
                Assert.That(backward.TiesLost, Is.EqualTo(forward.TiesGained));
                Assert.That(backward.Entered, Is.EqualTo(forward.Left));
                var back = backward.RankChanges.ToDictionary(r => r.Id);
                foreach (var r in forward.RankChanges)
                {
                    Assert.That((back[r.Id].RankBefore, back[r.Id].RankAfter, back[r.Id].ScoreBefore), Is.EqualTo((r.RankAfter, r.RankBefore, r.ScoreAfter)), r.Id);
                    Assert.That(r.ScoreBefore, Is.EqualTo(a.Scores[a.Projection.Graph.IndexOf(r.Id)]));
                }
            }
        }
    }

    [Test]
    public void Snapshots_must_match_in_network_and_measure_and_have_one_score_per_vertex()
    {
        var network = Dated();
        var day = PartialDate.Parse("2023");
        var degree = PeriodComparison.Snapshot(PeriodComparison.AsOf(network, day));
        Assert.That(degree.Measure, Is.EqualTo("degree"));
        var otherNetwork = PeriodComparison.Snapshot(PeriodComparison.AsOf(Dated(), day));
        var pagerank = PeriodComparison.Snapshot(PeriodComparison.AsOf(network, day), new PeriodComparisonOptions { Measure = "pagerank" });
        Assert.Throws<ArgumentException>(() => PeriodComparison.Compare(degree, otherNetwork));
        Assert.Throws<ArgumentException>(() => PeriodComparison.Compare(degree, pagerank));
        Assert.Throws<InvalidOptionException>(() => PeriodComparison.Snapshot(degree.Projection, new PeriodComparisonOptions { Measure = "fame" }));
        var projection = degree.Projection;
        Assert.Throws<ArgumentException>(() => _ = new PeriodSnapshot(projection, "degree", new double[projection.Graph.VertexCount + 1]));
        Assert.Throws<ArgumentException>(() => _ = new PeriodSnapshot(projection, " ", new double[projection.Graph.VertexCount]));
        var own = new PeriodSnapshot(projection, "degree", Enumerable.Range(0, projection.Graph.VertexCount).Select(v => (double)projection.Graph.Degree(v)).ToArray());
        Assert.That(PeriodComparison.Compare(own, degree).RankChanges.All(r => r.Movement == 0 && r.ScoreBefore == r.ScoreAfter), Is.True, "scores computed elsewhere compare like the measure's own");
    }

    /// <summary>Independent of the library: whether the tie holds on at least one day of the date's interval.</summary>
    private static bool ValidSomeDayOf(Tie tie, PartialDate date)
    {
        if (tie.Period is null)
        {
            return true;
        }

        var first = new DateOnly(date.Year, date.Month ?? 1, date.Day ?? 1);
        var last = date.Day is not null ? first : date.Month is { } m ? new DateOnly(date.Year, m, DateTime.DaysInMonth(date.Year, m)) : new DateOnly(date.Year, 12, 31);
        var start = tie.Period.Start is { } s ? new DateOnly(s.Year, s.Month ?? 1, s.Day ?? 1) : DateOnly.MinValue;
        var end = tie.Period.End is { } e
            ? e.Day is not null ? new DateOnly(e.Year, e.Month!.Value, e.Day.Value) : e.Month is { } em ? new DateOnly(e.Year, em, DateTime.DaysInMonth(e.Year, em)) : new DateOnly(e.Year, 12, 31)
            : DateOnly.MaxValue;
        return start <= last && first <= end;
    }
}
