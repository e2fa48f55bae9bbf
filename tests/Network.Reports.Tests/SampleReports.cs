using Stakeholders.Network.Graphs;
using Stakeholders.Network.Model;
using Stakeholders.Network.Reports.Model;

namespace Stakeholders.Network.Reports.Tests;

/// <summary>A synthetic, seeded stakeholder network with hostile names, and the report model built from it.</summary>
internal static class SampleReports
{
    public const string ScriptName = "<script>alert(1)</script>";
    public const string ImgName = "\"><img src=x onerror=alert(1)>";
    public const string AmpersandName = "Smith & Sons | Partners";
    public const string QuoteName = "Pat O'Brien \"The Fixer\"";
    public const string UnicodeName = "北京市石景山区人民政府";
    public const string EmojiName = "🚀 Rocket Ltd";
    public const string ControlName = "Bell\u0007Corp\u0000\u001B[31m";
    public const string MarkdownName = "**bold** [link](javascript:alert(1)) `code` # not a heading";

    public static readonly string[] HostileNames = [ScriptName, ImgName, AmpersandName, QuoteName, UnicodeName, EmojiName, ControlName, MarkdownName];

    public static readonly DateTimeOffset FixedTime = new(2026, 11, 30, 1, 0, 0, TimeSpan.Zero);

    /// <summary>Four planted clusters (government, business, research, diplomacy) around two events, 44 stakeholders.</summary>
    public static StakeholderNetwork Network()
    {
        var b = new StakeholderNetworkBuilder { Title = "Synthetic district investment network", Description = "A made-up network for tests." };
        b.AddDocument(new SourceDocument("press-1", "District press release on the investment forum", new Uri("https://example.org/press/1?a=1&b=2"), PartialDate.Parse("2023-09")));
        b.AddDocument(new SourceDocument("press-2", "Forum programme <b>with tags</b>", new Uri("javascript:alert(1)"), PartialDate.Parse("2023")));

        string[] clusterTypes = ["government", "company", "academic", "diplomatic"];
        var random = new Random(7);
        var clusterMembers = new List<string>[4];
        for (var c = 0; c < 4; c++)
        {
            clusterMembers[c] = [];
            ModelNames.TryParseOrganizationType(clusterTypes[c], out var type);
            for (var o = 0; o < 3; o++)
            {
                var id = $"org-{c}-{o}";
                var name = (c, o) switch
                {
                    (0, 0) => UnicodeName,
                    (1, 0) => AmpersandName,
                    (1, 1) => EmojiName,
                    (1, 2) => ControlName,
                    (3, 2) => ImgName,
                    _ => $"{Capitalize(clusterTypes[c])} body {o + 1}",
                };
                b.AddStakeholder(new Stakeholder(id, name, StakeholderKind.Organization) { OrganizationType = o == 2 && c == 2 ? OrganizationType.Association : type });
                clusterMembers[c].Add(id);
            }

            for (var p = 0; p < 7; p++)
            {
                var id = $"person-{c}-{p}";
                var name = (c, p) switch
                {
                    (0, 0) => ScriptName,
                    (2, 0) => QuoteName,
                    (3, 0) => MarkdownName,
                    _ => $"{FirstNames[(c * 7) + p]} {LastNames[((c * 7) + p) % LastNames.Length]}",
                };
                b.AddStakeholder(new Stakeholder(id, name, StakeholderKind.Person));
                var org = clusterMembers[c][p % 3];
                b.AddTie(new Tie(id, org, TieType.HoldsPosition)
                {
                    Role = p == 0 ? "Director <general>" : "Officer",
                    Period = new DatePeriod(PartialDate.Parse($"20{18 + p}"), null),
                    Evidence = [new Evidence("press-1", $"{name} serves as {(p == 0 ? "director" : "officer")} of the body \"{org}\" & more.")],
                });
                clusterMembers[c].Add(id);
            }
        }

        // Dense inside clusters, sparse between them.
        for (var c = 0; c < 4; c++)
        {
            var members = clusterMembers[c];
            for (var i = 0; i < members.Count; i++)
            {
                for (var j = i + 1; j < members.Count; j++)
                {
                    if (random.NextDouble() < 0.28)
                    {
                        b.AddTie(new Tie(members[i], members[j], TieType.PartnersWith) { Strength = 1 + random.Next(3) });
                    }
                }
            }
        }

        b.AddStakeholder(new Stakeholder("forum", "Investment Forum 2023", StakeholderKind.Event));
        b.AddStakeholder(new Stakeholder("park", "Science Park", StakeholderKind.Initiative));
        b.AddStakeholder(new Stakeholder("district", "Riverside District", StakeholderKind.Place));
        b.AddStakeholder(new Stakeholder("person-broker", "Alex Broker", StakeholderKind.Person) { Description = "Adviser to the district & the chamber" });
        foreach (var c in Enumerable.Range(0, 4))
        {
            b.AddTie(new Tie(clusterMembers[c][3], "forum", TieType.SpokeAt)
            {
                Period = DatePeriod.On(PartialDate.Parse("2023-09-03")),
                Evidence = [new Evidence("press-1", $"At the forum, {clusterMembers[c][3]} said: \"We welcome <all> investors & partners.\"")],
            });
            b.AddTie(new Tie("person-broker", clusterMembers[c][1], TieType.MemberOf) { Evidence = [new Evidence("press-2", "The adviser sits on every board.")] });
        }

        b.AddTie(new Tie("org-0-0", "forum", TieType.Hosted) { Period = DatePeriod.On(PartialDate.Parse("2023-09-03")), Evidence = [new Evidence("press-1", "The district government hosted the forum.")] });
        b.AddTie(new Tie("org-1-0", "park", TieType.Develops) { Period = new DatePeriod(PartialDate.Parse("2024-01"), PartialDate.Parse("2026")) });
        b.AddTie(new Tie("park", "district", TieType.LocatedIn));
        return b.Build();
    }

    public static CsrGraph Graph(StakeholderNetwork network)
    {
        var builder = new CsrGraphBuilder(network.Stakeholders.Select(s => s.Id)) { Weighted = true };
        foreach (var t in network.Ties)
        {
            builder.AddEdge(t.Source, t.Target, t.Strength);
        }

        return builder.Build();
    }

    public static double[] Degree(CsrGraph g) => Enumerable.Range(0, g.VertexCount).Select(v => (double)g.Degree(v)).ToArray();

    public static double[] Strength(CsrGraph g)
    {
        var s = new double[g.VertexCount];
        for (var v = 0; v < g.VertexCount; v++)
        {
            foreach (var w in g.OutWeights(v))
            {
                s[v] += w;
            }
        }

        return s;
    }

    /// <summary>Harmonic centrality by BFS (hops), a stand-in measure for filling the model.</summary>
    public static double[] Harmonic(CsrGraph g)
    {
        var result = new double[g.VertexCount];
        var dist = new int[g.VertexCount];
        var queue = new Queue<int>();
        for (var s = 0; s < g.VertexCount; s++)
        {
            Array.Fill(dist, -1);
            dist[s] = 0;
            queue.Enqueue(s);
            while (queue.Count > 0)
            {
                var u = queue.Dequeue();
                foreach (var v in g.OutNeighbors(u))
                {
                    if (dist[v] < 0)
                    {
                        dist[v] = dist[u] + 1;
                        result[s] += 1.0 / dist[v];
                        queue.Enqueue(v);
                    }
                }
            }
        }

        return result;
    }

    /// <summary>The planted cluster of each vertex (from the id), -1 for the four extra stakeholders.</summary>
    public static int[] PlantedClusters(CsrGraph g) =>
        Enumerable.Range(0, g.VertexCount).Select(v =>
        {
            var parts = g.IdOf(v).Split('-');
            return parts.Length == 3 ? int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) : -1;
        }).ToArray();

    public static ReportModel Model(StakeholderNetwork? network = null, int top = 10)
    {
        network ??= Network();
        var g = Graph(network);
        var degree = Degree(g);
        var harmonic = Harmonic(g);
        var strength = Strength(g);
        var clusters = ReportModelBuilder.Clusters(g, PlantedClusters(g), harmonic, "planted (test)", 0.41, network);
        var keyActors = ReportModelBuilder.KeyActors(g, [("harmonic", harmonic), ("degree", degree), ("strength", strength)], "harmonic", top, network);
        var brokerRows = ReportModelBuilder.Order(harmonic).Take(5).Select(v => new BrokerRow(
            g.IdOf(v),
            network.GetStakeholder(g.IdOf(v)).Name,
            network.GetStakeholder(g.IdOf(v)).Kind.ToName(),
            [new MeasureValue("liaison", v % 4), new MeasureValue("gatekeeper", v % 3), new MeasureValue("constraint", 0.1 + (v % 5 / 10.0))],
            "Links clusters that have no other tie.")).ToArray();
        return new ReportModel
        {
            Title = network.Title ?? "Report",
            Subtitle = network.Description,
            GeneratedAt = FixedTime,
            Summary = ReportModelBuilder.Summarize(network, g),
            KeyActors = keyActors,
            Brokers = new BrokersSection(true, null, brokerRows),
            Clusters = clusters,
            Drawing = ReportModelBuilder.Drawing(g, harmonic, PlantedClusters(g), network, "harmonic", ReportModelBuilder.GroupNames(clusters), layoutSeed: 42),
            Charts = new ChartsSection(
                [new DistributionChart("degree", degree), new DistributionChart("harmonic", harmonic)],
                [ReportModelBuilder.Ranking(g, "harmonic", harmonic, 10, network)]),
            Evidence = ReportModelBuilder.EvidenceForActors(network, keyActors.Rows.Take(5).Select(r => r.Id)),
            Method = new MethodSection(
                MeasureGlossary.For(["harmonic", "degree", "strength", "liaison", "gatekeeper", "constraint"]),
                [new ParameterRow("communities", "planted (test)"), new ParameterRow("weights", "tie strength")],
                42,
                "stakeholders",
                ReportModelBuilder.LibraryVersion,
                new string('a', 64))
            {
                Notes = ["Synthetic data <for tests>."],
            },
        };
    }

    private static string Capitalize(string s) => char.ToUpperInvariant(s[0]) + s[1..];

    private static readonly string[] FirstNames =
    [
        "Ana", "Bo", "Chen", "Dana", "Eli", "Fatima", "Goran", "Hana", "Ivan", "Jia", "Kofi", "Lena", "Mateo", "Nia",
        "Omar", "Priya", "Quinn", "Rosa", "Sven", "Tariq", "Uma", "Vera", "Wei", "Xavier", "Yara", "Zhou", "Amir", "Beatriz",
    ];

    private static readonly string[] LastNames = ["Li", "Novak", "Okafor", "Silva", "Tanaka", "Weber", "Zhang", "Haddad", "Kowalski"];
}
