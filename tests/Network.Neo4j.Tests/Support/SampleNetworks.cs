using Stakeholders.Network.Model;

namespace Stakeholders.Network.Neo4j.Tests.Support;

/// <summary>Networks the tests push and pull.</summary>
internal static class SampleNetworks
{
    /// <summary>A small network using every member of the model: all kinds, organization types, aliases, attributes,
    /// roles, partial and open periods, strengths, confidences, evidence with and without URL and offset, documents.</summary>
    public static StakeholderNetwork Rich()
    {
        var b = new StakeholderNetworkBuilder { Title = "Fair 2023", Description = "Who met whom at the fair." };
        b.AddDocument(new SourceDocument("press-1", "Press release", new Uri("https://example.org/press/1?lang=en"), PartialDate.Parse("2023-09"), "seeds/press-1.txt"));
        b.AddDocument(new SourceDocument("press-2"));
        b.AddStakeholder(new Stakeholder("li-xin", "Li Xin", StakeholderKind.Person) { Aliases = ["Xin Li", "李新"], Description = "Mayor", Attributes = Attrs(("country", "CN"), ("born", "1970")) });
        b.AddStakeholder(new Stakeholder("gov-sjs", "Shijingshan District Government", StakeholderKind.Organization) { OrganizationType = OrganizationType.Government });
        b.AddStakeholder(new Stakeholder("bank-1", "First Bank", StakeholderKind.Organization) { OrganizationType = OrganizationType.Financial, Description = "" });
        b.AddStakeholder(new Stakeholder("fair-2023", "Services Fair 2023", StakeholderKind.Event));
        b.AddStakeholder(new Stakeholder("park", "Industrial Park", StakeholderKind.Place) { Attributes = Attrs(("area_km2", "3.5")) });
        b.AddStakeholder(new Stakeholder("zone", "Cooperation Zone", StakeholderKind.Initiative));
        b.AddTie(new Tie("li-xin", "gov-sjs", TieType.HoldsPosition)
        {
            Role = "Mayor of Shijingshan District",
            Period = new DatePeriod(PartialDate.Parse("2021"), null),
            Evidence = [new Evidence("press-1", "Li Xin, Mayor of Shijingshan District", new Uri("https://example.org/press/1"), 120)],
        });
        b.AddTie(new Tie("li-xin", "fair-2023", TieType.SpokeAt)
        {
            Period = DatePeriod.On(PartialDate.Parse("2023-09-03")),
            Strength = 2.5,
            Confidence = 0.9,
            Evidence =
            [
                new Evidence("press-1", "delivered a speech", null, null),
                new Evidence("press-2", "spoke at the opening", new Uri("relative/page.html", UriKind.Relative), 0),
            ],
            Attributes = Attrs(("session", "opening")),
        });
        b.AddTie(new Tie("gov-sjs", "fair-2023", TieType.Hosted) { Period = DatePeriod.Always, Strength = 1.0 / 3.0 });
        b.AddTie(new Tie("bank-1", "zone", TieType.InvestsIn) { Period = new DatePeriod(null, PartialDate.Parse("2024-02")), Strength = 1e-7, Confidence = 0.0 });
        b.AddTie(new Tie("zone", "park", TieType.LocatedIn));
        b.AddTie(new Tie("bank-1", "gov-sjs", TieType.PartnersWith) { Id = "partner-a", Role = "" });
        b.AddTie(new Tie("bank-1", "gov-sjs", TieType.PartnersWith) { Id = "partner-b", Strength = 3 });
        b.AddTie(new Tie("park", "park", TieType.PartOf) { Id = "self-loop" });
        return b.Build();
    }

    /// <summary>Names, ids, attributes and tie types built to break naive Cypher string building.</summary>
    public static StakeholderNetwork Hostile()
    {
        string[] nasty =
        [
            "back`tick", "``double``", "quote's \"double\"", "brace } {", "comment // here", "/* block */", "semi; MATCH (n) DETACH DELETE n",
            "back\\slash \\u0060", "unicode é 北京 🚀", "$param", "{rows}", "` DETACH DELETE n //",
        ];
        var b = new StakeholderNetworkBuilder { Title = "``}//'\"" };
        b.AddDocument(new SourceDocument("doc`}//", "title with ` and }"));
        for (var i = 0; i < nasty.Length; i++)
        {
            b.AddStakeholder(new Stakeholder("id-" + nasty[i], nasty[i], StakeholderKind.Organization)
            {
                Aliases = [nasty[(i + 1) % nasty.Length]],
                Description = nasty[(i + 2) % nasty.Length],
                Attributes = Attrs((nasty[i], nasty[(i + 3) % nasty.Length])),
            });
        }

        for (var i = 0; i < nasty.Length; i++)
        {
            b.AddTie(new Tie("id-" + nasty[i], "id-" + nasty[(i + 1) % nasty.Length], new TieType(nasty[i]))
            {
                Id = "tie-" + nasty[i],
                Role = nasty[(i + 4) % nasty.Length],
                Evidence = [new Evidence("doc`}//", nasty[i] + " said " + nasty[(i + 5) % nasty.Length])],
                Attributes = Attrs(("k" + nasty[i], nasty[i])),
            });
        }

        return b.Build();
    }

    /// <summary>The curated seed network (seeds/shijingshan-forum-2023.json): real names, roles, partial dates and evidence quotes.</summary>
    public static StakeholderNetwork Seed() =>
        Stakeholders.Network.IO.NativeJson.Read(Path.Combine(TestContext.CurrentContext.TestDirectory, "seeds", "shijingshan-forum-2023.json"));

    /// <summary>A seeded random network with the given numbers of stakeholders and ties (8 tie types, varied periods).</summary>
    public static StakeholderNetwork Generated(int stakeholders, int ties, int seed)
    {
        var random = new Random(seed);
        var b = new StakeholderNetworkBuilder { Title = $"generated {stakeholders}/{ties} seed {seed}" };
        b.AddDocument(new SourceDocument("gen"));
        var kinds = Enum.GetValues<StakeholderKind>();
        for (var i = 0; i < stakeholders; i++)
        {
            var kind = kinds[random.Next(kinds.Length)];
            b.AddStakeholder(new Stakeholder($"s{i:D6}", $"Stakeholder {i}", kind)
            {
                OrganizationType = kind == StakeholderKind.Organization ? (OrganizationType)random.Next(1, 10) : OrganizationType.Unspecified,
                Attributes = i % 3 == 0 ? Attrs(("rank", (i % 17).ToString(System.Globalization.CultureInfo.InvariantCulture))) : Attrs(),
            });
        }

        var types = TieType.WellKnown.Take(8).ToArray();
        for (var i = 0; i < ties; i++)
        {
            var year = 2000 + random.Next(25);
            b.AddTie(new Tie($"s{random.Next(stakeholders):D6}", $"s{random.Next(stakeholders):D6}", types[random.Next(types.Length)])
            {
                Id = $"t{i:D7}",
                Strength = Math.Round(random.NextDouble() * 5, 3),
                Period = (i % 4) switch
                {
                    0 => null,
                    1 => new DatePeriod(PartialDate.FromYear(year), null),
                    2 => new DatePeriod(PartialDate.FromMonth(year, 1 + random.Next(12)), PartialDate.FromYear(year + 1)),
                    _ => DatePeriod.On(PartialDate.FromDate(new DateOnly(year, 1 + random.Next(12), 1 + random.Next(28)))),
                },
                Evidence = i % 10 == 0 ? [new Evidence("gen", $"quote {i}", null, i)] : [],
            });
        }

        return b.Build();
    }

    private static SortedDictionary<string, string> Attrs(params (string Key, string Value)[] pairs)
    {
        var d = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (k, v) in pairs)
        {
            d[k] = v;
        }

        return d;
    }

    /// <summary>Asserts two networks hold the same title, description, documents, stakeholders and ties, whatever their order.</summary>
    public static void AssertSameNetwork(StakeholderNetwork actual, StakeholderNetwork expected)
    {
        Assert.Multiple(() =>
        {
            Assert.That(actual.Title, Is.EqualTo(expected.Title), "title");
            Assert.That(actual.Description, Is.EqualTo(expected.Description), "description");
            Assert.That(actual.Documents.OrderBy(d => d.Id, StringComparer.Ordinal), Is.EqualTo(expected.Documents.OrderBy(d => d.Id, StringComparer.Ordinal)), "documents");
            Assert.That(actual.Stakeholders, Has.Count.EqualTo(expected.Stakeholders.Count), "stakeholder count");
            Assert.That(actual.Ties, Has.Count.EqualTo(expected.Ties.Count), "tie count");
        });
        var stakeholders = actual.Stakeholders.ToDictionary(s => s.Id, StringComparer.Ordinal);
        foreach (var s in expected.Stakeholders)
        {
            Assert.That(stakeholders.TryGetValue(s.Id, out var got), Is.True, $"stakeholder {s.Id} missing");
            Assert.That(got, Is.EqualTo(s), $"stakeholder {s.Id}");
        }

        var ties = actual.Ties.ToDictionary(t => t.Id, StringComparer.Ordinal);
        foreach (var t in expected.Ties)
        {
            Assert.That(ties.TryGetValue(t.Id, out var got), Is.True, $"tie {t.Id} missing");
            Assert.That(got, Is.EqualTo(t), $"tie {t.Id}");
        }
    }
}
