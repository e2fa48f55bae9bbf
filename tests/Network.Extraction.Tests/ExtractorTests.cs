using Stakeholders.Network.IO;
using Stakeholders.Network.Model;

namespace Stakeholders.Network.Extraction.Tests;

/// <summary>The rule-based extractor on the seed release, on synthetic sentences for each rule family, and on HTML.</summary>
public class ExtractorTests
{
    private static StakeholderNetwork Seed() => new RuleBasedExtractor().Extract(DocumentReader.Read(TestFiles.SeedRelease)).Network;

    private static Stakeholder ByName(StakeholderNetwork n, string name) =>
        n.Stakeholders.Single(s => s.Name == name || s.Aliases.Contains(name));

    private static Tie? TieOf(StakeholderNetwork n, string source, string type, string target) =>
        n.Ties.FirstOrDefault(t => t.Type.Name == type && t.Source == ByName(n, source).Id && t.Target == ByName(n, target).Id);

    [Test]
    public void Seed_titles_become_positions_in_the_organizations_they_belong_to()
    {
        var n = Seed();
        var xia = TieOf(n, "Xia Linmao", "HOLDS_POSITION", "People's Government of Beijing Municipality");
        Assert.That(xia, Is.Not.Null);
        Assert.That(xia!.Role, Is.EqualTo("Executive Vice Mayor of Beijing"));
        Assert.That(TieOf(n, "Wang Jin", "HOLDS_POSITION", "Bank of Beijing")?.Role, Is.EqualTo("Vice President of Bank of Beijing"));
        Assert.That(TieOf(n, "Lionel CHEN", "HOLDS_POSITION", "ADNRS"), Is.Not.Null);
        Assert.That(TieOf(n, "Wang Dongtang", "HOLDS_POSITION", "Department of Trade in Services and Commercial Services"), Is.Not.Null);
        Assert.That(TieOf(n, "Department of Trade in Services and Commercial Services", "PART_OF", "Ministry of Commerce"), Is.Not.Null);
        Assert.That(TieOf(n, "Yap Cheng Boon", "HOLDS_POSITION", "Enterprise Singapore"), Is.Not.Null);
        Assert.That(ByName(n, "ADNRS").Aliases, Does.Contain("Association Pour le Développement de la Nouvelle Route de la Soie"));
    }

    [Test]
    public void Seed_organizations_carry_their_type()
    {
        var n = Seed();
        Assert.Multiple(() =>
        {
            Assert.That(ByName(n, "Ministry of Commerce").OrganizationType, Is.EqualTo(OrganizationType.Government));
            Assert.That(ByName(n, "Bank of Beijing").OrganizationType, Is.EqualTo(OrganizationType.Financial));
            Assert.That(ByName(n, "Shougang Group").OrganizationType, Is.EqualTo(OrganizationType.StateOwnedEnterprise));
            Assert.That(ByName(n, "All-China Federation of Returned Overseas Chinese").OrganizationType, Is.EqualTo(OrganizationType.Association));
            Assert.That(ByName(n, "Metaverse Future Research Institute").OrganizationType, Is.EqualTo(OrganizationType.Academic));
            Assert.That(ByName(n, "Asia Digital Group").OrganizationType, Is.EqualTo(OrganizationType.Company));
        });
    }

    [Test]
    public void Seed_forum_ties_date_and_dateline()
    {
        var result = new RuleBasedExtractor().Extract(DocumentReader.Read(TestFiles.SeedRelease));
        var n = result.Network;
        Assert.That(result.Document.Published.ToString(), Is.EqualTo("2023-09-05"));
        Assert.That(n.Title, Does.StartWith("Shijingshan International Open Cooperation Forum 2023"));
        var hosted = TieOf(n, "Shougang Group", "HOSTED", "Shijingshan International Open Cooperation Forum 2023");
        Assert.That(hosted, Is.Not.Null);
        Assert.That(hosted!.Period?.Start.ToString(), Is.EqualTo("2023-09-03"), "the forum opened on September 3 (year from the dateline)");
        Assert.That(TieOf(n, "Asia Digital Group", "ORGANIZED", "Shijingshan International Open Cooperation Forum 2023"), Is.Not.Null);
        Assert.That(TieOf(n, "Xia Linmao", "SPOKE_AT", "Shijingshan International Open Cooperation Forum 2023"), Is.Not.Null);
        var roundTable = n.Stakeholders.Single(x => x.Name.StartsWith("Round-table discussion \"Open Cooperation for a Shared Future", StringComparison.Ordinal));
        Assert.That(roundTable.Aliases, Does.Contain("round-table discussion"), "an event named by a common noun takes its theme into its name");
        Assert.That(n.Ties.Any(t => t.Type.Name == "MODERATED" && t.Target == roundTable.Id && t.Source == ByName(n, "Zhang Li").Id), Is.True);
        Assert.That(TieOf(n, "Zheng Chao", "LAUNCHED", "International Open Cooperation Zone"), Is.Not.Null, "the members listed after 'jointly launched'");
        Assert.That(ByName(n, "China International Fair for Trade in Services 2023").Aliases, Does.Contain("CIFTIS"));
    }

    [Test]
    public void Every_tie_carries_quote_offset_document_rule_and_calibrated_confidence()
    {
        var lexicon = ExtractorLexicon.Default;
        var n = Seed();
        Assert.That(n.Ties, Is.Not.Empty);
        foreach (var t in n.Ties)
        {
            Assert.That(t.Evidence, Is.Not.Empty, t.Id);
            Assert.That(t.Evidence.All(e => e.DocumentId == "000_73dc534532c0e7b6" && e.Offset is not null), t.Id);
            var rules = t.Attributes["rule"].Split('+');
            Assert.That(t.Confidence, Is.EqualTo(rules.Max(lexicon.ConfidenceOf)), t.Id);
            Assert.That(rules.All(r => lexicon.Confidences.ContainsKey(r)), $"{t.Id}: rule {t.Attributes["rule"]} is not calibrated");
            Assert.That(t.Attributes["extractor"], Does.StartWith("rules-en/"));
        }
    }

    [Test]
    public void Quotes_are_verbatim_at_their_offsets_in_every_document_of_the_development_set()
    {
        int quotes = 0;
        foreach (var path in TestFiles.DevSetDocuments())
        {
            var file = Path.Combine(TestFiles.Root, path);
            var text = File.ReadAllText(file);
            var n = new RuleBasedExtractor().Extract(DocumentReader.Read(file)).Network;
            foreach (var e in n.Ties.SelectMany(t => t.Evidence))
            {
                quotes++;
                Assert.That(text.Substring(e.Offset!.Value, e.Quote.Length), Is.EqualTo(e.Quote), $"{path} at {e.Offset}");
            }
        }

        Assert.That(quotes, Is.GreaterThan(150));
    }

    [Test]
    public void Extraction_is_deterministic()
    {
        var a = NativeJson.Serialize(Seed());
        var b = NativeJson.Serialize(Seed());
        Assert.That(a, Is.EqualTo(b));
    }

    [Test]
    public void Acronyms_short_forms_and_repeated_mentions_resolve_to_one_stakeholder()
    {
        const string text = "SHENZHEN, March 3, 2024 /PRNewswire/ -- The Greater Bay Area Innovation Forum (GBAIF) opened on March 2 in Futian District. "
            + "It was hosted by the Futian District People's Government and organized by Pengcheng Laboratory. "
            + "Mayor of Futian District Huang Wei addressed the forum. The district government will support the GBAIF. "
            + "Huang Wei, Mayor of Futian District, said the forum was a success.";
        var n = TestFiles.Extract(text).Network;
        Assert.That(n.Stakeholders.Count(s => s.Name.Contains("Innovation Forum", StringComparison.Ordinal)), Is.EqualTo(1));
        Assert.That(ByName(n, "GBAIF").Name, Is.EqualTo("Greater Bay Area Innovation Forum"));
        Assert.That(n.Stakeholders.Count(s => s.Name == "Huang Wei"), Is.EqualTo(1));
        var position = TieOf(n, "Huang Wei", "HOLDS_POSITION", "Futian District People's Government");
        Assert.That(position, Is.Not.Null, "the mayor of a place holds a position in that place's government");
        Assert.That(position!.Evidence, Has.Count.EqualTo(2), "two mentions, two quotes");
        Assert.That(TieOf(n, "Futian District People's Government", "HOSTED", "Greater Bay Area Innovation Forum"), Is.Not.Null);
        Assert.That(TieOf(n, "Pengcheng Laboratory", "ORGANIZED", "Greater Bay Area Innovation Forum"), Is.Not.Null);
        Assert.That(TieOf(n, "Greater Bay Area Innovation Forum", "LOCATED_IN", "Futian District"), Is.Not.Null);
        Assert.That(ByName(n, "Pengcheng Laboratory").OrganizationType, Is.EqualTo(OrganizationType.Academic));
    }

    [Test]
    public void Signing_between_two_organizations_and_partnership()
    {
        const string text = "The signing of a memorandum of cooperation between the Hangzhou Municipal People's Government and Zhejiang University was held on Monday. "
            + "Alibaba Group, in collaboration with Zhejiang University, launched the Digital Economy Research Platform.";
        var n = TestFiles.Extract(text).Network;
        Assert.That(TieOf(n, "Hangzhou Municipal People's Government", "SIGNED_AGREEMENT_WITH", "Zhejiang University"), Is.Not.Null);
        Assert.That(TieOf(n, "Alibaba Group", "PARTNERS_WITH", "Zhejiang University"), Is.Not.Null);
        Assert.That(TieOf(n, "Alibaba Group", "LAUNCHED", "Digital Economy Research Platform"), Is.Not.Null);
    }

    [Test]
    public void Html_is_read_without_tags_and_offsets_point_into_the_original()
    {
        const string html = "<html><head><title>x</title><script>var a = '<b>Fake Person</b>';</script></head><body>"
            + "<p>The <b>Shanghai Forum</b> was hosted by <a href=\"#\">Fudan University</a> &amp; opened on May 5.</p>"
            + "<p>President of Fudan University Jin Li addressed the forum.</p></body></html>";
        var result = new RuleBasedExtractor().Extract(new ExtractionDocument("page", html) { IsHtml = true });
        var n = result.Network;
        Assert.That(n.Stakeholders.Select(s => s.Name), Does.Not.Contain("Fake Person"));
        var hosted = TieOf(n, "Fudan University", "HOSTED", "Shanghai Forum");
        Assert.That(hosted, Is.Not.Null);
        var position = TieOf(n, "Jin Li", "HOLDS_POSITION", "Fudan University");
        Assert.That(position, Is.Not.Null);
        var e = position!.Evidence[0];
        Assert.That(html.Substring(e.Offset!.Value, e.Quote.Length), Is.EqualTo(e.Quote), "a quote without markup maps to its place in the HTML");
    }

    [Test]
    public void A_user_lexicon_extends_the_default()
    {
        var dir = TestFiles.TempDirectory();
        var extra = Path.Combine(dir, "extra.json");
        File.WriteAllText(extra, """{ "knownOrganizations": { "Zorblax": "company" }, "titleWords": ["Steward"] }""");
        const string text = "Chief Steward of Zorblax Chen Hao addressed the Lunar Expo 2030.";
        var withDefault = TestFiles.Extract(text).Network;
        var extended = new RuleBasedExtractor(ExtractorLexicon.Load([extra])).Extract(new ExtractionDocument("d", text)).Network;
        Assert.That(withDefault.Stakeholders.Any(s => s.Name == "Zorblax"), Is.False);
        Assert.That(TieOf(extended, "Chen Hao", "HOLDS_POSITION", "Zorblax")?.Role, Is.EqualTo("Chief Steward of Zorblax"));
        Assert.That(new RuleBasedExtractor(ExtractorLexicon.Load([extra])).Version, Does.EndWith("+extra"));
    }

    [Test]
    public void A_broken_lexicon_is_reported_with_its_file()
    {
        var dir = TestFiles.TempDirectory();
        var bad = Path.Combine(dir, "bad.json");
        File.WriteAllText(bad, """{ "knownOrganizations": { "X": "castle" } }""");
        var e = Assert.Throws<FormatException>(() => ExtractorLexicon.Load([bad]));
        Assert.That(e!.Message, Does.Contain("bad.json").And.Contain("castle"));
        File.WriteAllText(bad, "{ not json");
        Assert.That(() => ExtractorLexicon.Load([bad]), Throws.TypeOf<FormatException>().With.Message.Contains("bad.json"));
    }
}
