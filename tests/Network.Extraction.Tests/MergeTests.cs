using Stakeholders.Network.Model;

namespace Stakeholders.Network.Extraction.Tests;

/// <summary>Merging networks: matching rules, overrides, provenance, evidence and dates accumulating, the log.</summary>
public class MergeTests
{
    private static StakeholderNetwork Net(string doc, string date, params (Stakeholder S, string? Affiliation)[] people)
    {
        var b = new StakeholderNetworkBuilder { Title = doc };
        b.AddDocument(new SourceDocument(doc));
        var orgs = new HashSet<string>();
        foreach (var (s, _) in people)
        {
            b.AddStakeholder(s);
        }

        var ev = new Stakeholder("forum", "Forum of " + doc, StakeholderKind.Event);
        b.AddStakeholder(ev);
        foreach (var (s, affiliation) in people)
        {
            b.AddTie(new Tie(s.Id, "forum", TieType.Attended)
            {
                Period = DatePeriod.On(PartialDate.Parse(date)),
                Evidence = [new Evidence(doc, s.Name + " attended", null, 0)],
            });
            if (affiliation is not null && people.Any(p => p.S.Id == affiliation))
            {
                b.AddTie(new Tie(s.Id, affiliation, TieType.HoldsPosition) { Evidence = [new Evidence(doc, s.Name + " of " + affiliation, null, 0)] });
            }
        }

        return b.Build();
    }

    private static Stakeholder Person(string id, string name, params string[] aliases) => new(id, name, StakeholderKind.Person) { Aliases = aliases };

    private static Stakeholder Org(string id, string name, params string[] aliases) => new(id, name, StakeholderKind.Organization) { OrganizationType = OrganizationType.Government, Aliases = aliases };

    [Test]
    public void Same_stakeholder_found_by_name_alias_acronym_and_title_stripped_name()
    {
        var a = Net("a", "2023-09-03",
            (Org("ccpit", "China Council for the Promotion of International Trade"), null),
            (Org("ciftis", "China International Fair for Trade in Services", "CIFTIS 2023"), null),
            (Person("li-xin", "Li Xin"), null),
            (Org("rge", "RGE Group"), null));
        var b = Net("b", "2024-05-01",
            (Org("c", "CCPIT"), null),
            (Org("fair", "CIFTIS 2023"), null),
            (Person("mayor-li", "Mayor Li Xin"), null),
            (Org("r", "RGE"), null));
        var result = NetworkMerger.Merge([a, b], ["a.json", "b.json"]);
        var rules = result.Decisions.Where(d => d.Merged).ToDictionary(d => d.FirstId, d => d.Rule);
        Assert.Multiple(() =>
        {
            Assert.That(rules["ccpit"], Is.EqualTo("acronym"));
            Assert.That(rules["ciftis"], Is.EqualTo("alias"));
            Assert.That(rules["li-xin"], Is.EqualTo("title-stripped"));
            Assert.That(rules["rge"], Is.EqualTo("alias"), "RGE Group and RGE: the company suffix is dropped");
        });
        var merged = result.Network;
        var li = merged.GetStakeholder("li-xin");
        Assert.That(li.Aliases, Does.Contain("Mayor Li Xin"));
        Assert.That(li.Attributes[NetworkMerger.MergedFromAttribute], Is.EqualTo("a.json:li-xin; b.json:mayor-li"));
        Assert.That(result.MergedStakeholders, Is.EqualTo(4));
        Assert.That(merged.Documents.Select(d => d.Id), Is.EqualTo(new[] { "a", "b" }));
    }

    [Test]
    public void Ties_keep_evidence_from_every_document_and_dates_accumulate()
    {
        var a = Net("a", "2023-09-03", (Person("li-xin", "Li Xin"), null));
        var b = Net("b", "2024-05-01", (Person("li-xin", "Li Xin"), null));

        // the events differ by name, so make one shared event by overriding
        var result = NetworkMerger.Merge([a, b], null, new MergeOptions { Same = [("Forum of a", "Forum of b")] });
        var tie = result.Network.Ties.Single(t => t.Type == TieType.Attended);
        Assert.That(tie.Evidence.Select(e => e.DocumentId), Is.EqualTo(new[] { "a", "b" }));
        Assert.That(tie.Period!.Start.ToString(), Is.EqualTo("2023-09-03"));
        Assert.That(tie.Period!.End.ToString(), Is.EqualTo("2024-05-01"));
        Assert.That(result.Decisions.Any(d => d.Merged && d.Rule == "same (override)"), Is.True);
        Assert.That(result.Decisions.Any(d => d.Merged && d.Rule == "id" && d.FirstId == "li-xin"), Is.True);
    }

    [Test]
    public void Keep_apart_overrides_a_name_match_and_is_logged()
    {
        var a = Net("a", "2023-09-03", (Person("li-wei", "Li Wei"), null));
        var b = Net("b", "2023-09-04", (Person("li-wei", "Li Wei"), null));
        var result = NetworkMerger.Merge([a, b], ["a.json", "b.json"], new MergeOptions { KeepApart = [("Li Wei", "Li Wei")] });
        Assert.That(result.Network.Stakeholders.Count(s => s.Name == "Li Wei"), Is.EqualTo(2));
        Assert.That(result.Network.Stakeholders.Select(s => s.Id), Does.Contain("li-wei-2"));
        Assert.That(result.Decisions.Any(d => !d.Merged && d.Rule == "keep-apart (override)"), Is.True);
    }

    [Test]
    public void Namesakes_with_different_organizations_are_kept_apart()
    {
        var a = Net("a", "2023-09-03", (Person("li-wei", "Li Wei"), "bank"), (Org("bank", "Bank of Beijing"), null));
        var b = Net("b", "2023-09-04", (Person("li-wei", "Li Wei"), "uni"), (Org("uni", "Hunan University"), null));
        var result = NetworkMerger.Merge([a, b]);
        Assert.That(result.Network.Stakeholders.Count(s => s.Name == "Li Wei"), Is.EqualTo(2));
        Assert.That(result.Decisions.Single(d => d.FirstName == "Li Wei").Rule, Is.EqualTo("namesakes-different-organizations"));
        var same = NetworkMerger.Merge([a, b], null, new MergeOptions { Same = [("Li Wei", "Li Wei")] });
        Assert.That(same.Network.Stakeholders.Count(s => s.Name == "Li Wei"), Is.EqualTo(1));
    }

    [Test]
    public void Generic_event_names_and_different_kinds_are_not_merged()
    {
        var a = new StakeholderNetworkBuilder().AddStakeholder(new Stakeholder("oc", "opening ceremony", StakeholderKind.Event))
            .AddStakeholder(new Stakeholder("beijing", "Beijing", StakeholderKind.Place)).Build();
        var b = new StakeholderNetworkBuilder().AddStakeholder(new Stakeholder("oc2", "opening ceremony", StakeholderKind.Event))
            .AddStakeholder(new Stakeholder("bj", "Beijing", StakeholderKind.Organization)).Build();
        var result = NetworkMerger.Merge([a, b]);
        Assert.That(result.Network.Stakeholders, Has.Count.EqualTo(4));
        Assert.That(result.Decisions.Select(d => d.Rule), Is.SupersetOf(new[] { "generic-event-name", "different-kind" }));
    }

    [Test]
    public void An_override_naming_nobody_is_an_error()
    {
        var a = Net("a", "2023-09-03", (Person("x", "X Y"), null));
        Assert.That(() => NetworkMerger.Merge([a, a], null, new MergeOptions { Same = [("Nobody", "X Y")] }),
            Throws.ArgumentException.With.Message.Contains("Nobody"));
    }

    [Test]
    public void The_log_lists_every_decision_with_rule_and_score_and_neutralises_formulas()
    {
        var a = Net("a", "2023-09-03", (Person("p", "=HYPERLINK(\"x\")"), null));
        var b = Net("b", "2023-09-04", (Person("p", "=HYPERLINK(\"x\")"), null));
        var result = NetworkMerger.Merge([a, b], ["a.json", "b.json"]);
        var path = Path.Combine(TestFiles.TempDirectory(), "merges.csv");
        NetworkMerger.WriteLog(result, path);
        var lines = File.ReadAllLines(path);
        Assert.That(lines[0], Is.EqualTo("decision,rule,score,first_source,first_id,first_name,second_source,second_id,second_name"));
        Assert.That(lines.Skip(1).Any(l => l.StartsWith("merged,id,1,a.json,p,", StringComparison.Ordinal)), Is.True, string.Join("\n", lines));
        Assert.That(lines.Any(l => l.Contains(",=HYPERLINK", StringComparison.Ordinal)), Is.False, "formula cells are prefixed with an apostrophe");
        Assert.That(lines.Any(l => l.Contains("\"'=HYPERLINK", StringComparison.Ordinal)), Is.True);
    }

    [Test]
    public void Extracted_releases_merge_on_shared_stakeholders()
    {
        var extractor = new RuleBasedExtractor();
        var seed = extractor.Extract(DocumentReader.Read(TestFiles.SeedRelease)).Network;
        var henan = extractor.Extract(DocumentReader.Read(TestFiles.Seeds("releases/r02-henan-investment-trade-fair.txt"))).Network;
        var result = NetworkMerger.Merge([seed, henan], ["seed", "henan"]);
        var mofcom = result.Network.Stakeholders.Single(s => s.Name == "Ministry of Commerce");
        Assert.That(mofcom.Attributes[NetworkMerger.MergedFromAttribute], Does.Contain("seed:").And.Contain("henan:"));
        var documents = result.Network.Ties.Where(t => t.Source == mofcom.Id || t.Target == mofcom.Id).SelectMany(t => t.Evidence).Select(e => e.DocumentId).Distinct();
        Assert.That(documents, Is.EquivalentTo(new[] { "000_73dc534532c0e7b6", "r02-henan-investment-trade-fair" }));
    }
}
