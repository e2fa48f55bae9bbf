using Stakeholders.Network.Model;

namespace Stakeholders.Network.Tests.Model;

public class StakeholderNetworkBuilderTests
{
    [Test]
    public void Build_reports_every_problem_with_its_location()
    {
        var builder = new StakeholderNetworkBuilder();
        builder.AddStakeholder(new Stakeholder("a", "A", StakeholderKind.Person), "f.json:3:5");
        builder.AddStakeholder(new Stakeholder("a", "A again", StakeholderKind.Person), "f.json:4:5");
        builder.AddStakeholder(new Stakeholder("b", "B", StakeholderKind.Person));
        builder.AddTie(new Tie("a", "nobody", TieType.MemberOf), "f.json:9:5");
        builder.AddTie(new Tie("a", "b", TieType.PartnersWith) { Strength = -1, Confidence = 1.5 }, "f.json:10:5");
        builder.AddTie(new Tie("a", "b", TieType.Attended) { Period = new DatePeriod(PartialDate.Parse("2024"), PartialDate.Parse("2023")) }, "f.json:11:5");
        builder.ReportProblem("f.json:12:20", "'2023-13' is not a valid date");

        var e = Assert.Throws<NetworkValidationException>(() => builder.Build())!;
        var text = e.Problems.Select(p => p.ToString()).ToArray();
        Assert.That(text, Has.Length.EqualTo(6));
        Assert.That(text, Has.Some.StartsWith("f.json:12:20: '2023-13'"));
        Assert.That(text, Has.Some.EqualTo("f.json:4:5: duplicate stakeholder id 'a'"));
        Assert.That(text, Has.Some.StartsWith("f.json:9:5: tie 'a|MEMBER_OF|nobody' ends at unknown stakeholder 'nobody'"));
        Assert.That(text, Has.Some.Contains("strength -1"));
        Assert.That(text, Has.Some.Contains("confidence 1.5"));
        Assert.That(text, Has.Some.StartsWith("f.json:11:5:").And.Contains("ends (2023) before it starts (2024)"));
    }

    [Test]
    public void Build_derives_distinct_tie_ids_and_keeps_input_order()
    {
        var network = new StakeholderNetworkBuilder()
            .AddStakeholder(new Stakeholder("a", "A", StakeholderKind.Person))
            .AddStakeholder(new Stakeholder("b", "B", StakeholderKind.Organization) { OrganizationType = OrganizationType.Company })
            .AddTie(new Tie("a", "b", TieType.MemberOf))
            .AddTie(new Tie("a", "b", TieType.MemberOf) { Role = "chair" })
            .Build();
        Assert.That(network.Ties.Select(t => t.Id), Is.EqualTo(new[] { "a|MEMBER_OF|b", "a|MEMBER_OF|b|2" }));
        Assert.That(network.GetStakeholder("b").OrganizationType, Is.EqualTo(OrganizationType.Company));
        Assert.That(network.IndexOf("b"), Is.EqualTo(1));
        Assert.Throws<KeyNotFoundException>(() => network.GetStakeholder("c"));
    }

    [Test]
    public void Evidence_must_cite_a_declared_document_when_documents_are_declared()
    {
        var builder = new StakeholderNetworkBuilder()
            .AddDocument(new SourceDocument("doc1"))
            .AddStakeholder(new Stakeholder("a", "A", StakeholderKind.Person))
            .AddStakeholder(new Stakeholder("e", "E", StakeholderKind.Event))
            .AddTie(new Tie("a", "e", TieType.SpokeAt) { Evidence = [new Evidence("doc2", "A spoke at E")] });
        Assert.That(builder.TryBuild(out _, out var problems), Is.False);
        Assert.That(problems.Single().Message, Does.Contain("unknown document 'doc2'"));
    }
}

public class ParallelTieTests
{
    /// <summary>
    /// Issue 13 item 4 / issue 16: 100,000 identical <c>a b</c> lines (a contact log) once took minutes because each
    /// derived tie id probed <c>…|2</c>, <c>…|3</c>, … from the start. Linear now; the generous bound only catches a
    /// return of the quadratic behaviour (which needed well over ten minutes at this size), it is not a timing test.
    /// </summary>
    [Test]
    [CancelAfter(120_000)]
    public void Hundred_thousand_identical_edge_list_lines_load_and_project_with_summed_strength(CancellationToken cancellation)
    {
        const int count = 100_000;
        var text = new System.Text.StringBuilder(count * 4);
        for (var i = 0; i < count; i++)
        {
            text.Append("a b\n");
        }

        var network = Stakeholders.Network.IO.EdgeListFormat.Read(new StringReader(text.ToString()), "contacts.edges");
        cancellation.ThrowIfCancellationRequested();
        Assert.That(network.Ties, Has.Count.EqualTo(count));
        Assert.That(network.Ties[0].Id, Is.EqualTo("a|TIE|b"));
        Assert.That(network.Ties[1].Id, Is.EqualTo("a|TIE|b|2"));
        Assert.That(network.Ties[^1].Id, Is.EqualTo($"a|TIE|b|{count}"));
        Assert.That(network.Ties.Select(t => t.Id).Distinct().Count(), Is.EqualTo(count));

        var projection = Stakeholders.Network.Graphs.NetworkProjection.Project(network);
        Assert.That(projection.Graph.EdgeCount, Is.EqualTo(1));
        Assert.That(projection.Graph.EdgeWeight(0, 1), Is.EqualTo((double)count));
    }

    [Test]
    public void Derived_ids_skip_explicit_ids_that_take_a_suffix()
    {
        var network = new StakeholderNetworkBuilder()
            .AddStakeholder(new Stakeholder("a", "A", StakeholderKind.Person))
            .AddStakeholder(new Stakeholder("b", "B", StakeholderKind.Person))
            .AddTie(new Tie("a", "b", TieType.MemberOf))
            .AddTie(new Tie("a", "b", TieType.MemberOf) { Id = "a|MEMBER_OF|b|3" })
            .AddTie(new Tie("a", "b", TieType.MemberOf))
            .AddTie(new Tie("a", "b", TieType.MemberOf))
            .AddTie(new Tie("a", "b", TieType.MemberOf) { Id = "a|MEMBER_OF|b|6" })
            .AddTie(new Tie("a", "b", TieType.MemberOf))
            .AddTie(new Tie("a", "b", TieType.MemberOf))
            .Build();
        Assert.That(network.Ties.Select(t => t.Id), Is.EqualTo(new[]
        {
            "a|MEMBER_OF|b", "a|MEMBER_OF|b|3", "a|MEMBER_OF|b|2", "a|MEMBER_OF|b|4", "a|MEMBER_OF|b|6", "a|MEMBER_OF|b|5", "a|MEMBER_OF|b|7",
        }));
    }
}
