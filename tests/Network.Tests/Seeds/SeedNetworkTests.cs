using System.Globalization;
using System.Text.Json;
using Stakeholders.Network.Model;

namespace Stakeholders.Network.Tests.Seeds;

/// <summary>
/// Checks each curated seed network against its source documents (the forum press release; the two CGIAR pages). Reads
/// the JSON with <see cref="JsonDocument"/> directly, so these tests stay independent of the library's own JSON reader.
/// </summary>
[TestFixture(ShijingshanSeed)]
[TestFixture(CgiarSeed)]
public class SeedNetworkTests
{
    private const string ShijingshanSeed = "shijingshan-forum-2023.json";
    private const string CgiarSeed = "cgiar-consortium-2009.json";
    private const string PressReleaseId = "000_73dc534532c0e7b6";

    private readonly string _seedFile;

    public SeedNetworkTests(string seedFile) => _seedFile = seedFile;

    private static readonly string SeedDirectory = Path.Combine(TestContext.CurrentContext.TestDirectory, "seeds");

    private JsonDocument _json = null!;
    private Dictionary<string, string> _documentTexts = null!;

    private JsonElement Root => _json.RootElement;

    private IEnumerable<JsonElement> Stakeholders => Root.GetProperty("stakeholders").EnumerateArray();

    private IEnumerable<JsonElement> Ties => Root.GetProperty("ties").EnumerateArray();

    [OneTimeSetUp]
    public void LoadSeed()
    {
        _json = JsonDocument.Parse(File.ReadAllText(Path.Combine(SeedDirectory, _seedFile)));
        _documentTexts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var document in Root.GetProperty("documents").EnumerateArray())
        {
            var path = Path.Combine(SeedDirectory, Text(document, "path")!);
            _documentTexts.Add(Text(document, "id")!, File.ReadAllText(path));
        }
    }

    [OneTimeTearDown]
    public void DisposeSeed() => _json.Dispose();

    [Test]
    public void Declares_the_native_format_version_1_and_the_press_release()
    {
        OnlyFor(ShijingshanSeed);
        Assert.That(Text(Root, "format"), Is.EqualTo("stakeholders-network"));
        Assert.That(Root.GetProperty("version").GetInt32(), Is.EqualTo(1));
        var document = Root.GetProperty("documents").EnumerateArray().Single();
        Assert.That(Text(document, "id"), Is.EqualTo(PressReleaseId));
        Assert.That(Text(document, "published"), Is.EqualTo("2023-09-05"));
        Assert.That(_documentTexts[PressReleaseId], Does.StartWith(Text(document, "dateline") ?? "(no dateline)"));
    }

    [Test]
    public void Every_evidence_quote_occurs_verbatim_in_the_source_at_its_offset()
    {
        var failures = new List<string>();
        var checkedQuotes = 0;
        foreach (var tie in Ties)
        {
            foreach (var evidence in tie.GetProperty("evidence").EnumerateArray())
            {
                var quote = Text(evidence, "quote") ?? string.Empty;
                var document = Text(evidence, "document") ?? string.Empty;
                if (!_documentTexts.TryGetValue(document, out var source))
                {
                    failures.Add($"{TieId(tie)}: cites undeclared document '{document}'");
                    continue;
                }

                if (!evidence.TryGetProperty("offset", out var offsetElement) || offsetElement.ValueKind != JsonValueKind.Number)
                {
                    failures.Add($"{TieId(tie)}: evidence without an offset");
                    continue;
                }

                var offset = offsetElement.GetInt32();
                var fits = quote.Length > 0 && offset >= 0 && offset + quote.Length <= source.Length;
                if (!fits || string.CompareOrdinal(source, offset, quote, 0, quote.Length) != 0)
                {
                    failures.Add(string.Create(CultureInfo.InvariantCulture,
                        $"{TieId(tie)}: '{quote}' is not at offset {offset} (IndexOf gives {source.IndexOf(quote, StringComparison.Ordinal)})"));
                }

                checkedQuotes++;
            }
        }

        Assert.That(failures, Is.Empty);
        Assert.That(checkedQuotes, Is.GreaterThanOrEqualTo(Ties.Count()));
    }

    [Test]
    public void Every_tie_has_evidence()
    {
        var withoutEvidence = Ties
            .Where(t => !t.TryGetProperty("evidence", out var e) || e.GetArrayLength() == 0)
            .Select(TieId)
            .ToList();
        Assert.That(withoutEvidence, Is.Empty);
    }

    [Test]
    public void Every_tie_endpoint_exists()
    {
        var ids = Stakeholders.Select(s => Text(s, "id")).ToHashSet(StringComparer.Ordinal);
        var dangling = Ties
            .SelectMany(t => new[] { Text(t, "source"), Text(t, "target") }.Where(end => !ids.Contains(end!)).Select(end => $"{TieId(t)} -> {end}"))
            .ToList();
        Assert.That(dangling, Is.Empty);
    }

    [Test]
    public void Every_stakeholder_takes_part_in_at_least_one_tie()
    {
        var inTies = Ties.SelectMany(t => new[] { Text(t, "source"), Text(t, "target") }).ToHashSet(StringComparer.Ordinal);
        var isolated = Stakeholders.Select(s => Text(s, "id")).Where(id => !inTies.Contains(id)).ToList();
        Assert.That(isolated, Is.Empty);
    }

    [Test]
    public void Ids_are_unique()
    {
        Assert.That(Stakeholders.Select(s => Text(s, "id")), Is.Unique);
        Assert.That(Ties.Select(TieId), Is.Unique);
        Assert.That(Root.GetProperty("documents").EnumerateArray().Select(d => Text(d, "id")), Is.Unique);
    }

    [Test]
    public void Kinds_and_organization_types_are_known_and_consistent()
    {
        foreach (var s in Stakeholders)
        {
            var id = Text(s, "id");
            Assert.That(ModelNames.TryParseKind(Text(s, "kind"), out var kind), Is.True, $"{id}: kind");
            var typeName = Text(s, "organizationType");
            if (kind == StakeholderKind.Organization)
            {
                Assert.That(ModelNames.TryParseOrganizationType(typeName, out var type) && type != OrganizationType.Unspecified, Is.True,
                    $"{id}: organization type '{typeName}'");
            }
            else
            {
                Assert.That(typeName, Is.Null, $"{id}: a {kind} has no organization type");
            }
        }
    }

    [Test]
    public void Every_person_holds_a_titled_position_in_an_organization()
    {
        var kinds = Stakeholders.ToDictionary(s => Text(s, "id")!, s => Text(s, "kind"), StringComparer.Ordinal);
        var positions = Ties.Where(t => Text(t, "type") == TieType.HoldsPosition.Name).ToList();
        Assert.That(positions.Select(t => kinds[Text(t, "source")!]), Is.All.EqualTo("person"));
        Assert.That(positions.Select(t => kinds[Text(t, "target")!]), Is.All.EqualTo("organization"));
        Assert.That(positions.Select(t => Text(t, "role")), Is.All.Not.Null.And.Not.Empty);
        var holders = positions.Select(t => Text(t, "source")).ToHashSet(StringComparer.Ordinal);
        Assert.That(kinds.Where(kv => kv.Value == "person").Select(kv => kv.Key).Where(id => !holders.Contains(id)), Is.Empty);
    }

    [Test]
    public void Repeated_mentions_are_resolved_so_no_two_stakeholders_share_a_name_or_alias()
    {
        var labels = Stakeholders
            .SelectMany(s => Labels(s).Select(label => (Label: label.ToUpperInvariant(), Id: Text(s, "id"))))
            .Distinct()
            .GroupBy(x => x.Label, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(x => x.Id))}")
            .ToList();
        Assert.That(labels, Is.Empty);
    }

    [Test]
    public void Every_person_and_organization_is_named_as_the_text_writes_it()
    {
        var source = string.Join("\n", _documentTexts.Values);
        var unnamed = Stakeholders
            .Where(s => Text(s, "kind") is "person" or "organization")
            .Where(s => !Labels(s).Any(label => source.Contains(label, StringComparison.Ordinal)))
            .Select(s => Text(s, "id"))
            .ToList();
        Assert.That(unnamed, Is.Empty);
    }

    [Test]
    public void Builds_a_StakeholderNetwork_that_validates_without_problems()
    {
        var builder = ToBuilder();

        var built = builder.TryBuild(out var network, out var problems);

        Assert.That(problems.Select(p => p.ToString()), Is.Empty);
        Assert.That(built, Is.True);
        Assert.That(network!.Stakeholders, Has.Count.EqualTo(Stakeholders.Count()));
        Assert.That(network.Ties, Has.Count.EqualTo(Ties.Count()));
        Assert.That(network.Ties.Select(t => t.Id), Is.EqualTo(Ties.Select(TieId)));
    }

    [Test]
    public void The_built_network_records_the_facts_the_release_states_about_its_key_actors()
    {
        OnlyFor(ShijingshanSeed);
        Assert.That(ToBuilder().TryBuild(out var network, out _), Is.True);

        // A person with two titles holds two positions, each in the organization the title belongs to.
        var yap = network!.Ties.Where(t => t.Source == "yap-cheng-boon" && t.Type == TieType.HoldsPosition).Select(t => t.Target);
        Assert.That(yap, Is.EquivalentTo(new[] { "singapore-embassy", "enterprise-singapore" }));

        // "A group of distinguished individuals has jointly launched the International Open Cooperation Zone": ten members.
        var launchers = network.Ties.Where(t => t.Type == TieType.Launched && t.Target == "international-open-cooperation-zone"
                                               && network.GetStakeholder(t.Source).Kind == StakeholderKind.Person);
        Assert.That(launchers.Select(t => t.Source).Distinct().Count(), Is.EqualTo(10));

        // Hosted by the district government and Shougang Group, organized by Asia Digital Group, on 2023-09-03.
        var forumDay = DatePeriod.On(PartialDate.Parse("2023-09-03"));
        var hosts = network.Ties.Where(t => t.Type == TieType.Hosted && t.Target == "forum-2023"
                                            && network.GetStakeholder(t.Source).Kind == StakeholderKind.Organization);
        Assert.That(hosts.Select(t => t.Source), Is.EquivalentTo(new[] { "shijingshan-district-government", "shougang-group" }));
        Assert.That(hosts.Select(t => t.Period), Is.All.EqualTo(forumDay));
        Assert.That(network.Ties.Single(t => t.Type == TieType.Organized).Source, Is.EqualTo("asia-digital-group"));

        // Four signatories at the ceremony, which is part of the forum.
        Assert.That(network.Ties.Count(t => t.Target == "signing-ceremony" && t.Role == "signatory"), Is.EqualTo(4));
        Assert.That(network.Ties.Any(t => t.Source == "signing-ceremony" && t.Type == TieType.PartOf && t.Target == "forum-2023"), Is.True);

        // Positions are observed at the forum rather than dated.
        Assert.That(network.Ties.Where(t => t.Type == TieType.HoldsPosition).Select(t => t.Period), Is.All.Null);
        Assert.That(network.Ties.Where(t => t.Type == TieType.HoldsPosition).Select(t => t.Attributes.GetValueOrDefault("observed")),
            Is.All.EqualTo("2023-09-03"));
    }

    [Test]
    public void The_cgiar_network_records_both_bodies_and_their_dates()
    {
        OnlyFor(CgiarSeed);
        Assert.That(ToBuilder().TryBuild(out var network, out _), Is.True);
        Assert.That(network!.Stakeholders, Has.Count.InRange(20, 40));
        Assert.That(network.Documents, Has.Count.EqualTo(2));

        // Eleven members of the reference group: six from the Alliance, one resource person, four for the donors.
        var members = network.Ties.Where(t => t.Type == TieType.MemberOf && t.Target == "reference-group").ToArray();
        Assert.That(members, Has.Length.EqualTo(11));
        Assert.That(members.Count(t => t.Role == "member from the donors"), Is.EqualTo(4));

        // The board: a chair and two co-vice chairs selected in December 2009, six members from January 2010, one observer.
        var board = network.Ties.Where(t => t.Type == TieType.HoldsPosition && t.Target == "consortium-board").ToArray();
        Assert.That(board, Has.Length.EqualTo(10));
        Assert.That(board.Count(t => t.Period?.Start == PartialDate.Parse("2009-12")), Is.EqualTo(3));
        Assert.That(board.Count(t => t.Period?.Start == PartialDate.Parse("2010-01")), Is.EqualTo(6));

        // Steve Hall holds two posts: WorldFish DG and chair of the Consortium Planning Team.
        Assert.That(network.Ties.Where(t => t.Source == "steve-hall" && t.Type == TieType.HoldsPosition).Select(t => t.Target),
            Is.EquivalentTo(new[] { "worldfish", "cpt" }));
    }

    // A check of one seed's own facts passes trivially on the other seed.
    private void OnlyFor(string seed)
    {
        if (_seedFile != seed)
        {
            Assert.Pass($"checks facts of {seed} only");
        }
    }

    private StakeholderNetworkBuilder ToBuilder()
    {
        var builder = new StakeholderNetworkBuilder { Title = Text(Root, "title"), Description = Text(Root, "description") };
        foreach (var d in Root.GetProperty("documents").EnumerateArray())
        {
            builder.AddDocument(new SourceDocument(Text(d, "id")!, Text(d, "title"), UriOrNull(d), Date(builder, d, "published"), Text(d, "path")));
        }

        foreach (var s in Stakeholders)
        {
            var id = Text(s, "id") ?? string.Empty;
            if (!ModelNames.TryParseKind(Text(s, "kind"), out var kind))
            {
                builder.ReportProblem(id, $"unknown kind '{Text(s, "kind")}'");
            }

            if (!ModelNames.TryParseOrganizationType(Text(s, "organizationType"), out var type))
            {
                builder.ReportProblem(id, $"unknown organization type '{Text(s, "organizationType")}'");
            }

            builder.AddStakeholder(new Stakeholder(id, Text(s, "name") ?? string.Empty, kind)
            {
                OrganizationType = type,
                Aliases = s.TryGetProperty("aliases", out var aliases) ? aliases.EnumerateArray().Select(a => a.GetString()!).ToArray() : [],
                Description = Text(s, "description"),
                Attributes = Attributes(s),
            });
        }

        foreach (var t in Ties)
        {
            var start = Date(builder, t, "start");
            var end = Date(builder, t, "end");
            builder.AddTie(new Tie(Text(t, "source")!, Text(t, "target")!, new TieType(Text(t, "type")!))
            {
                Id = Text(t, "id") ?? string.Empty,
                Role = Text(t, "role"),
                Period = start is null && end is null ? null : new DatePeriod(start, end),
                Strength = t.TryGetProperty("strength", out var strength) ? strength.GetDouble() : 1.0,
                Confidence = t.TryGetProperty("confidence", out var confidence) ? confidence.GetDouble() : 1.0,
                Evidence = t.GetProperty("evidence").EnumerateArray()
                    .Select(e => new Evidence(Text(e, "document")!, Text(e, "quote")!, UriOrNull(e),
                        e.TryGetProperty("offset", out var offset) && offset.ValueKind == JsonValueKind.Number ? offset.GetInt32() : null))
                    .ToArray(),
                Attributes = Attributes(t),
            });
        }

        return builder;
    }

    private static string TieId(JsonElement tie) => Text(tie, "id") ?? $"{Text(tie, "source")}|{Text(tie, "type")}|{Text(tie, "target")}";

    private static IEnumerable<string> Labels(JsonElement stakeholder)
    {
        yield return Text(stakeholder, "name")!;
        if (stakeholder.TryGetProperty("aliases", out var aliases))
        {
            foreach (var alias in aliases.EnumerateArray())
            {
                yield return alias.GetString()!;
            }
        }
    }

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static Uri? UriOrNull(JsonElement element) => Text(element, "url") is { } url ? new Uri(url) : null;

    private static PartialDate? Date(StakeholderNetworkBuilder builder, JsonElement element, string property)
    {
        var text = Text(element, property);
        if (text is null)
        {
            return null;
        }

        if (PartialDate.TryParse(text, out var date, out var reason))
        {
            return date;
        }

        builder.ReportProblem(Text(element, "id") ?? property, reason);
        return null;
    }

    private static Dictionary<string, string> Attributes(JsonElement element)
    {
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        if (element.TryGetProperty("attributes", out var values))
        {
            foreach (var property in values.EnumerateObject())
            {
                attributes[property.Name] = property.Value.GetString()!;
            }
        }

        return attributes;
    }
}
