using Stakeholders.Network.Model;

namespace Stakeholders.Network.Tests.IO;

/// <summary>Networks shared by the format tests.</summary>
internal static class SampleNetworks
{
    /// <summary>Strings that break naive writers: quotes, markup, separators, newlines, formula prefixes, non-ASCII.</summary>
    public static readonly string[] Hostile =
    [
        "He said \"hello\", then left",
        "<script>alert('x')</script> & </graphml>",
        "line one\nline two\r\nline three",
        "=cmd|' /C calc'!A0",
        "+SUM(A1:A2)",
        "-2+3",
        "@import",
        "石景山区 — Shijingshan «quoted» 🚀",
        "tab\there; semi; pipe | comma, backslash \\ end",
        "  leading and trailing spaces  ",
    ];

    /// <summary>A network that uses every part of the model, with hostile strings in every text field.</summary>
    public static StakeholderNetwork Rich()
    {
        var b = new StakeholderNetworkBuilder
        {
            Title = "Forum \"2023\" <b>test</b>",
            Description = Hostile[2],
        };
        b.AddDocument(new SourceDocument("doc-1", "Press release, \"Forum\"", new Uri("https://example.org/a?b=1&c=<2>"), PartialDate.Parse("2023-09-05"), "seeds/doc 1.txt"));
        b.AddDocument(new SourceDocument("doc-2"));
        b.AddStakeholder(new Stakeholder("xia", Hostile[0], StakeholderKind.Person)
        {
            Aliases = [Hostile[1], "Xia, L."],
            Description = Hostile[2],
            Attributes = new Dictionary<string, string> { ["country"] = "CN", ["note"] = Hostile[3], ["z-last"] = Hostile[8] },
        });
        b.AddStakeholder(new Stakeholder("shougang", "Shougang Group", StakeholderKind.Organization)
        {
            OrganizationType = OrganizationType.StateOwnedEnterprise,
            Aliases = ["Shougang", Hostile[7]],
            Attributes = new Dictionary<string, string> { ["formula"] = Hostile[4], ["minus"] = Hostile[5], ["at"] = Hostile[6] },
        });
        b.AddStakeholder(new Stakeholder("forum", Hostile[7], StakeholderKind.Event) { Description = Hostile[9] });
        b.AddStakeholder(new Stakeholder("park", "Park", StakeholderKind.Place));
        b.AddStakeholder(new Stakeholder("zone", Hostile[3], StakeholderKind.Initiative));
        b.AddStakeholder(new Stakeholder("isolated <id> \"q\"", "Isolated", StakeholderKind.Organization) { OrganizationType = OrganizationType.Media });
        b.AddTie(new Tie("xia", "shougang", TieType.HoldsPosition)
        {
            Id = "t-1",
            Role = Hostile[1],
            Period = new DatePeriod(PartialDate.Parse("2023-09"), null),
            Strength = 2.5,
            Confidence = 0.8,
            Evidence =
            [
                new Evidence("doc-1", Hostile[0], new Uri("https://example.org/q?x=\"1\""), 812),
                new Evidence("doc-2", Hostile[2]),
            ],
            Attributes = new Dictionary<string, string> { ["source-sheet"] = Hostile[4] },
        });
        b.AddTie(new Tie("xia", "forum", TieType.SpokeAt) { Period = DatePeriod.On(PartialDate.Parse("2023-09-03")), Evidence = [new Evidence("doc-1", Hostile[3], null, 0)] });
        b.AddTie(new Tie("shougang", "forum", TieType.Hosted) { Period = new DatePeriod(null, PartialDate.Parse("2024")), Strength = 0.1 + 0.2 });
        b.AddTie(new Tie("shougang", "forum", TieType.Hosted) { Role = Hostile[8], Period = DatePeriod.Always });
        b.AddTie(new Tie("forum", "park", TieType.LocatedIn) { Id = Hostile[4], Confidence = 0 });
        b.AddTie(new Tie("zone", "zone", new TieType("SELF_LOOP")) { Strength = 0 });
        b.AddTie(new Tie("shougang", "zone", new TieType("a \"weird\" <type>, x")) { Strength = 1e-12, Confidence = 1.0 / 3 });
        return b.Build();
    }

    /// <summary>A fresh temporary directory, deleted by the caller.</summary>
    public static string TempDirectory()
    {
        var path = Path.Combine(Path.GetTempPath(), "stakeholders-io-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>Asserts two networks are equal member by member, with a readable message on failure.</summary>
    public static void AssertSame(StakeholderNetwork actual, StakeholderNetwork expected)
    {
        Assert.Multiple(() =>
        {
            Assert.That(actual.Title, Is.EqualTo(expected.Title), "title");
            Assert.That(actual.Description, Is.EqualTo(expected.Description), "description");
            Assert.That(actual.Documents, Is.EqualTo(expected.Documents), "documents");
            Assert.That(actual.Stakeholders.Count, Is.EqualTo(expected.Stakeholders.Count), "stakeholder count");
            Assert.That(actual.Ties.Count, Is.EqualTo(expected.Ties.Count), "tie count");
        });
        for (var i = 0; i < expected.Stakeholders.Count; i++)
        {
            Assert.That(actual.Stakeholders[i], Is.EqualTo(expected.Stakeholders[i]), $"stakeholder #{i} '{expected.Stakeholders[i].Id}'");
        }

        for (var i = 0; i < expected.Ties.Count; i++)
        {
            Assert.That(actual.Ties[i], Is.EqualTo(expected.Ties[i]), $"tie #{i} '{expected.Ties[i].Id}'");
        }
    }
}
