using Stakeholders.Network.Graphs;
using Stakeholders.Network.Model;
using Stakeholders.Network.Reports.Model;

namespace Stakeholders.Network.Reports.Tests;

public class ReportModelBuilderTests
{
    private static StakeholderNetwork Small()
    {
        var b = new StakeholderNetworkBuilder();
        b.AddDocument(new SourceDocument("d1", "Doc one", new Uri("https://example.org/1")));
        b.AddDocument(new SourceDocument("d2"));
        b.AddStakeholder(new Stakeholder("a", "Ann", StakeholderKind.Person));
        b.AddStakeholder(new Stakeholder("b", "Bank", StakeholderKind.Organization) { OrganizationType = OrganizationType.Financial });
        b.AddStakeholder(new Stakeholder("c", "City", StakeholderKind.Organization) { OrganizationType = OrganizationType.Government });
        b.AddStakeholder(new Stakeholder("d", "Dan", StakeholderKind.Person));
        b.AddStakeholder(new Stakeholder("e", "Expo", StakeholderKind.Event));
        b.AddStakeholder(new Stakeholder("f", "Fay", StakeholderKind.Person) { Description = "Independent consultant" });
        b.AddTie(new Tie("a", "b", TieType.HoldsPosition) { Role = "Chair", Period = new DatePeriod(PartialDate.Parse("2019-05"), null), Evidence = [new Evidence("d1", "Ann chairs the Bank.")] });
        b.AddTie(new Tie("a", "e", TieType.SpokeAt) { Period = DatePeriod.On(PartialDate.Parse("2023-09-03")), Strength = 2, Evidence = [new Evidence("d1", "Ann spoke."), new Evidence("d2", "Ann gave a speech.")] });
        b.AddTie(new Tie("c", "e", TieType.Hosted) { Evidence = [new Evidence("d1", "The City hosted the Expo.")] });
        b.AddTie(new Tie("d", "c", TieType.MemberOf) { Period = new DatePeriod(null, PartialDate.Parse("2024")) });
        b.AddTie(new Tie("a", "e", TieType.Attended));
        return b.Build();
    }

    [Test]
    public void Summary_counts_kinds_types_ties_dates_documents_and_components()
    {
        var network = Small();
        var s = ReportModelBuilder.Summarize(network);
        Assert.That(s.StakeholderCount, Is.EqualTo(6));
        Assert.That(s.TieCount, Is.EqualTo(5));
        Assert.That(s.ByKind, Is.EqualTo(new[] { new CountRow("person", 3), new CountRow("organization", 2), new CountRow("event", 1) }));
        Assert.That(s.ByOrganizationType, Is.EqualTo(new[] { new CountRow("financial", 1), new CountRow("government", 1) }));
        Assert.That(s.ByTieType.First(), Is.EqualTo(new CountRow("ATTENDED", 1)));
        Assert.That(s.ByTieType.Sum(r => r.Count), Is.EqualTo(5));
        Assert.That(s.EarliestTieDate, Is.EqualTo("2019-05"));
        Assert.That(s.LatestTieDate, Is.EqualTo("2024"));
        Assert.That(s.DatedTieCount, Is.EqualTo(3));
        Assert.That(s.EvidencedTieCount, Is.EqualTo(3));

        // Undirected graph of all ties: a-b, a-e (merged), c-e, d-c => 4 edges; f alone => 2 components, largest 5.
        Assert.That(s.EdgeCount, Is.EqualTo(4));
        Assert.That(s.ComponentCount, Is.EqualTo(2));
        Assert.That(s.LargestComponentSize, Is.EqualTo(5));
        Assert.That(s.Density, Is.EqualTo(2.0 * 4 / (6 * 5)).Within(1e-12));
        Assert.That(s.Documents.Select(d => (d.Id, d.EvidenceCount)), Is.EqualTo(new[] { ("d1", 3), ("d2", 1) }));
    }

    [Test]
    public void Density_follows_networkx_for_directed_and_tiny_graphs()
    {
        var directed = new CsrGraphBuilder(["x", "y", "z"]) { Directed = true }.AddEdge("x", "y").AddEdge("y", "x").AddEdge("y", "z").Build();
        Assert.That(ReportModelBuilder.Density(directed), Is.EqualTo(3.0 / 6).Within(1e-12));
        Assert.That(ReportModelBuilder.Density(new CsrGraphBuilder(["x"]).Build()), Is.Zero);
        Assert.That(ReportModelBuilder.Components(directed), Is.EqualTo((1, 3)), "weakly connected");
        Assert.That(ReportModelBuilder.Components(new CsrGraphBuilder().Build()), Is.EqualTo((0, 0)));
    }

    [Test]
    public void Describe_prefers_description_then_position_then_type()
    {
        var network = Small();
        Assert.That(ReportModelBuilder.Describe(network, "f"), Is.EqualTo("Independent consultant"));
        Assert.That(ReportModelBuilder.Describe(network, "a"), Is.EqualTo("Chair, Bank"));
        Assert.That(ReportModelBuilder.Describe(network, "d"), Is.EqualTo("City"));
        Assert.That(ReportModelBuilder.Describe(network, "b"), Is.EqualTo("financial"));
        Assert.That(ReportModelBuilder.Describe(network, "e"), Is.Null);
        Assert.That(ReportModelBuilder.Describe(network, "nobody"), Is.Null);
    }

    [Test]
    public void Evidence_for_actors_takes_strongest_evidenced_ties_once_each()
    {
        var network = Small();
        var items = ReportModelBuilder.EvidenceForActors(network, ["a", "e"], tiesPerActor: 1);
        Assert.That(items.Select(i => (i.Source.Id, i.TieType, i.Target.Id)), Is.EqualTo(new[] { ("a", "SPOKE_AT", "e"), ("c", "HOSTED", "e") }));
        Assert.That(items[0].Quotes.Select(q => q.Quote), Is.EqualTo(new[] { "Ann spoke.", "Ann gave a speech." }));
        Assert.That(items[0].Quotes[0].DocumentTitle, Is.EqualTo("Doc one"));
        Assert.That(items[0].Quotes[0].Url, Is.EqualTo("https://example.org/1"));
        Assert.That(items[0].Quotes[1].DocumentTitle, Is.Null, "d2 has no title");
        Assert.That(items[0].Period, Is.EqualTo("2023-09-03"));
        Assert.That(items[1].Source.Name, Is.EqualTo("City"));

        var all = ReportModelBuilder.EvidenceForActors(network, ["a", "a"], tiesPerActor: 5, maxQuotesPerTie: 1);
        Assert.That(all, Has.Count.EqualTo(2), "ties without evidence are skipped and no tie repeats");
        Assert.That(all.All(i => i.Quotes.Count == 1));
    }

    [TestCase("2023-09-03", "2023-09-03", "2023-09-03")]
    [TestCase("2018", null, "since 2018")]
    [TestCase(null, "2026", "until 2026")]
    [TestCase("2024-01", "2026", "2024-01 to 2026")]
    [TestCase(null, null, null)]
    public void Periods_read_as_words(string? start, string? end, string? expected)
    {
        var period = new DatePeriod(start is null ? null : PartialDate.Parse(start), end is null ? null : PartialDate.Parse(end));
        Assert.That(ReportModelBuilder.FormatPeriod(period), Is.EqualTo(expected));
        Assert.That(ReportModelBuilder.FormatPeriod(null), Is.Null);
    }

    [Test]
    public void Key_actors_rank_by_the_chosen_measure_with_index_tie_break_and_explain_ranks()
    {
        var network = Small();
        var g = SampleReports.Graph(network);
        double[] first = [3, 1, 2, 1, 3, 0];
        double[] second = [0, 5, double.NaN, 1, 2, 9];
        var section = ReportModelBuilder.KeyActors(g, [("first", first), ("second", second)], "first", 4, network);
        Assert.That(section.RankedBy, Is.EqualTo("first"));
        Assert.That(section.Rows.Select(r => r.Id), Is.EqualTo(new[] { "a", "e", "c", "b" }));
        Assert.That(section.Rows.Select(r => r.Rank), Is.EqualTo(new[] { 1, 2, 3, 4 }));
        Assert.That(section.MeasureColumns(), Is.EqualTo(new[] { "first", "second" }));
        Assert.That(section.Rows[0].Why, Is.EqualTo("1st of 6 by first, 5th by second."));
        Assert.That(section.Rows[1].Why, Is.EqualTo("1st of 6 by first, 3rd by second."), "equal scores share the better rank");
        Assert.That(section.Rows[2].Measures[1].Value, Is.Null, "NaN becomes null");
        Assert.That(section.Rows[2].Why, Is.EqualTo("3rd of 6 by first."));
        Assert.That(section.Rows[0].Name, Is.EqualTo("Ann"));
        Assert.That(section.Rows[0].Description, Is.EqualTo("Chair, Bank"));

        Assert.That(() => ReportModelBuilder.KeyActors(g, [("first", first)], "missing", 3), Throws.ArgumentException.With.Message.Contains("'missing'"));
        Assert.That(() => ReportModelBuilder.KeyActors(g, [("short", new double[2])], "short", 3), Throws.ArgumentException.With.Message.Contains("2 entries"));
    }

    [Test]
    public void Clusters_are_ordered_by_size_with_members_types_and_bridges()
    {
        var network = Small();
        var g = SampleReports.Graph(network);

        // {a, b, e} = 0, {c, d} = 1, f = 2; bridges: e-c crosses between 0 and 1.
        var membership = new[] { "a", "b", "c", "d", "e", "f" }.Select(id => id switch { "a" or "b" or "e" => 0, "c" or "d" => 1, _ => 2 }).ToArray();
        var order = Enumerable.Range(0, g.VertexCount).Select(v => membership[Array.IndexOf(new[] { "a", "b", "c", "d", "e", "f" }, g.IdOf(v))]).ToArray();
        var importance = Enumerable.Range(0, g.VertexCount).Select(v => (double)g.Degree(v)).ToArray();
        var section = ReportModelBuilder.Clusters(g, order, importance, "test", 0.3, network);
        Assert.That(section.IsComputed);
        Assert.That(section.Clusters.Select(c => c.Size), Is.EqualTo(new[] { 3, 2, 1 }));
        Assert.That(section.Clusters.Select(c => c.Label), Is.All.Not.Match(@"^Community \d+$"));
        Assert.That(section.Clusters[0].Label, Does.StartWith(network.GetStakeholder("a").Name), "named after its most central member");
        Assert.That(section.Clusters.Select(c => c.IsFragment), Is.EqualTo(new[] { false, true, true }));
        Assert.That(ReportModelBuilder.Clusters(g, order, importance, "test").Clusters.Select(c => c.Label), Is.EqualTo(new[] { "Community 1", "Community 2", "Community 3" }), "without a network");
        Assert.That(section.Clusters[0].Members.Select(m => m.Id), Is.EqualTo(new[] { "a", "e", "b" }));
        Assert.That(section.Clusters[0].Bridges.Select(m => m.Id), Is.EqualTo(new[] { "e" }));
        Assert.That(section.Clusters[1].Bridges.Select(m => m.Id), Is.EqualTo(new[] { "c" }));
        Assert.That(section.Clusters[0].DominantOrganizationTypes, Is.EqualTo(new[] { new CountRow("financial", 1) }));
        Assert.That(section.Clusters[2].Bridges, Is.Empty);
        Assert.That(ReportModelBuilder.GroupNames(section), Is.EqualTo(section.Clusters.Select(c => c.Label)));
        Assert.That(() => ReportModelBuilder.Clusters(g, new int[2], importance, "x"), Throws.ArgumentException);
    }

    [Test]
    public void Drawing_input_mirrors_the_graph_with_names_and_tie_types()
    {
        var network = Small();
        var g = SampleReports.Graph(network);
        var size = Enumerable.Range(0, g.VertexCount).Select(v => (double)v).ToArray();
        var group = Enumerable.Repeat(-1, g.VertexCount).ToArray();
        var input = ReportModelBuilder.Drawing(g, size, group, network, "index", layoutSeed: 3);
        Assert.That(input.Vertices, Has.Count.EqualTo(6));
        Assert.That(input.Edges, Has.Count.EqualTo(g.EdgeCount));
        Assert.That(input.Vertices.Select(v => v.Label), Is.EqualTo(g.VertexIds.Select(id => network.GetStakeholder(id).Name)));
        var ae = input.Edges.Single(e => input.Vertices[e.Source].Id == "a" && input.Vertices[e.Target].Id == "e");
        Assert.That(ae.Type, Is.EqualTo("ATTENDED, SPOKE_AT"));
        Assert.That(ae.Weight, Is.EqualTo(3), "parallel ties summed by the CSR builder");
        Assert.That(input.SizeMeasure, Is.EqualTo("index"));
        Assert.That(input.LayoutSeed, Is.EqualTo(3));
        Assert.That(() => ReportModelBuilder.Drawing(g, new double[1], group), Throws.ArgumentException);

        var bare = ReportModelBuilder.Drawing(g, size, group);
        Assert.That(bare.Vertices.Select(v => v.Label), Is.EqualTo(g.VertexIds));
        Assert.That(bare.Vertices.All(v => v.Kind == "unknown"));
    }

    [Test]
    public void Ranking_and_order_break_ties_by_index_and_put_nan_last()
    {
        Assert.That(ReportModelBuilder.Order([1, double.NaN, 3, 1, double.PositiveInfinity]), Is.EqualTo(new[] { 2, 0, 3, 1, 4 }));
        var g = SampleReports.Graph(Small());
        var chart = ReportModelBuilder.Ranking(g, "m", [1, 2, 3, 4, 5, 6], 3, Small());
        Assert.That(chart.Bars.Select(b => b.Value), Is.EqualTo(new[] { 6.0, 5, 4 }));
    }

    [Test]
    public void Glossary_knows_the_contract_measures_and_falls_back()
    {
        foreach (var m in new[] { "degree", "degree-centrality", "strength", "betweenness", "closeness", "harmonic", "eigenvector", "pagerank", "katz", "hubs", "authorities", "clustering", "coreness", "constraint", "effective-size" })
        {
            Assert.That(MeasureGlossary.Define(m), Does.Not.Contain("see the library documentation"), m);
        }

        Assert.That(MeasureGlossary.Define("brand-new"), Does.Contain("brand-new"));
        Assert.That(MeasureGlossary.For(["degree", "Degree", "katz"]).Select(d => d.Measure), Is.EqualTo(new[] { "degree", "katz" }));
    }

    [Test]
    public void Sha256_of_a_file_is_lower_case_hex()
    {
        var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, "sha-input.txt");
        File.WriteAllText(path, "abc");
        Assert.That(ReportModelBuilder.Sha256OfFile(path), Is.EqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }
}
