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
