using Stakeholders.Network.IO;
using Stakeholders.Network.Model;

namespace Stakeholders.Network.Tests.IO;

public class CsvFormatTests
{
    private string _dir = null!;

    [SetUp]
    public void CreateDirectory() => _dir = SampleNetworks.TempDirectory();

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_dir, true);

    private string PathOf(string name) => Path.Combine(_dir, name);

    /// <summary>The rich network as CSV can hold it: no network title or description, an always-period reads as none.</summary>
    internal static StakeholderNetwork AsCsvKeepsIt(StakeholderNetwork network)
    {
        var b = new StakeholderNetworkBuilder();
        foreach (var d in network.Documents)
        {
            b.AddDocument(d);
        }

        foreach (var s in network.Stakeholders)
        {
            b.AddStakeholder(s);
        }

        foreach (var t in network.Ties)
        {
            b.AddTie(t.Period is { Start: null, End: null } ? t with { Period = null } : t);
        }

        return b.Build();
    }

    [Test]
    public void Rich_network_round_trips_except_for_the_documented_losses()
    {
        var network = SampleNetworks.Rich();
        NetworkFile.Write(network, PathOf("net.csv"));
        Assert.That(Directory.GetFiles(_dir).Select(Path.GetFileName).Order(), Is.EqualTo(new[] { "net.documents.csv", "net.edges.csv", "net.nodes.csv" }));
        var expected = AsCsvKeepsIt(network);
        SampleNetworks.AssertSame(NetworkFile.Read(PathOf("net.csv")), expected);
        SampleNetworks.AssertSame(NetworkFile.Read(PathOf("net.nodes.csv")), expected);
        SampleNetworks.AssertSame(NetworkFile.Read(PathOf("net.edges.csv")), expected);
    }

    [Test]
    public void Formula_cells_are_neutralised_on_write_and_restored_on_read()
    {
        Assert.That(CsvCodec.Neutralize("=cmd"), Is.EqualTo("'=cmd"));
        Assert.That(CsvCodec.Neutralize("+1"), Is.EqualTo("'+1"));
        Assert.That(CsvCodec.Neutralize("-1"), Is.EqualTo("'-1"));
        Assert.That(CsvCodec.Neutralize("@x"), Is.EqualTo("'@x"));
        Assert.That(CsvCodec.Neutralize("\tx"), Is.EqualTo("'\tx"));
        Assert.That(CsvCodec.Neutralize("'=x"), Is.EqualTo("''=x"));
        Assert.That(CsvCodec.Neutralize("'plain"), Is.EqualTo("'plain"));
        Assert.That(CsvCodec.Neutralize("a=b"), Is.EqualTo("a=b"));
        foreach (var value in SampleNetworks.Hostile.Concat(["'=x", "''@y", "'", "'plain", "=", ""]))
        {
            Assert.That(CsvCodec.Restore(CsvCodec.Neutralize(value)), Is.EqualTo(value), value);
        }

        var network = SampleNetworks.Rich();
        NetworkFile.Write(network, PathOf("n.csv"));
        var nodes = File.ReadAllText(PathOf("n.nodes.csv"));
        var edges = File.ReadAllText(PathOf("n.edges.csv"));
        Assert.That(nodes, Does.Contain(",'+SUM(A1:A2),").And.Contain(",'=cmd|' /C calc'!A0,"));
        Assert.That(edges, Does.Contain("'+SUM(A1:A2),"));
        foreach (var line in (nodes + edges).Split("\r\n"))
        {
            foreach (var trigger in "=+-@")
            {
                Assert.That(line.Contains("," + trigger, StringComparison.Ordinal) || line.StartsWith(trigger), Is.False, $"unguarded '{trigger}' cell in: {line}");
            }
        }
    }

    [Test]
    public void Quoting_follows_rfc4180()
    {
        var writer = new StringWriter();
        CsvCodec.WriteRecord(writer, ["plain", "a,b", "say \"hi\"", "two\nlines", " padded", "", null]);
        Assert.That(writer.ToString(), Is.EqualTo("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\" padded\",,\r\n"));
        var records = CsvCodec.Parse(writer.ToString(), "x");
        Assert.That(records.Single().Select(f => f.Text), Is.EqualTo(new[] { "plain", "a,b", "say \"hi\"", "two\nlines", " padded", "", "" }));
    }

    [Test]
    public void Parser_tracks_lines_through_quoted_line_breaks_and_skips_bom_and_blank_lines()
    {
        var records = CsvCodec.Parse("\uFEFFid,name\r\n\r\na,\"x\r\ny\"\nb,z", "f.csv");
        Assert.That(records.Select(r => r.Select(f => f.Text).ToArray()), Is.EqualTo(new[] { new[] { "id", "name" }, ["a", "x\r\ny"], ["b", "z"] }));
        Assert.That(records[2][1], Is.EqualTo(new CsvField("z", 5, 3)));
        Assert.That(records[0][0].Column, Is.EqualTo(1), "the BOM does not count as a column");
    }

    [TestCase("id,name\na,\"open", 2, 3, "never closed")]
    [TestCase("id,name\na,\"x\"y\n", 2, 6, "after a closing quote")]
    [TestCase("id,name\na,x\"y\n", 2, 4, "quote inside an unquoted field")]
    [TestCase("", 1, 1, "the sheet is empty")]
    [TestCase("name,kind\nA,person\n", 1, 1, "lacks the required column 'id'")]
    [TestCase("id,name,Name\n", 1, 9, "column 'Name' appears twice")]
    [TestCase("id,,name\n", 1, 4, "has no name")]
    public void Malformed_nodes_sheets_are_refused_with_a_position(string text, int line, int column, string reason)
    {
        var e = Assert.Throws<NetworkFormatException>(() => CsvFormat.Read(text, "n.nodes.csv", null, null))!;
        Assert.That(e.Message, Does.StartWith($"n.nodes.csv:{line}:{column}: ").And.Contain(reason));
    }

    [Test]
    public void Content_problems_of_both_sheets_are_reported_together_with_file_line_column()
    {
        const string nodes = "id,name,kind,organization_type\na,A,person,\nb,B,robot,\nc,C,person,government\nd,D,organization,pirate\ne,E,person,,extra\n";
        const string edges = "id,source,target,type,start,strength,confidence,evidence_offset\nt1,a,b,KNOWS,2023-13,,,\nt2,a,zz,KNOWS,,heavy,,\nt3,a,b,KNOWS,,,2,-1\nt1,b,a,KNOWS,,,,\n";
        var e = Assert.Throws<NetworkValidationException>(() => CsvFormat.Read(nodes, "n.csv", edges, "e.csv"))!;
        Assert.That(e.Problems.Select(p => p.ToString()), Is.EquivalentTo(new[]
        {
            "n.csv:3:5: unknown kind 'robot'; expected one of person, organization, event, place, initiative",
            "n.csv:5:18: unknown organization type 'pirate'; expected one of unspecified, government, state-owned-enterprise, company, financial, academic, association, diplomatic, media, other",
            "n.csv:6:13: the row has 5 fields but the header has 4",
            "e.csv:2:14: start: '2023-13' is not a valid date: month 13 is outside 1..12",
            "e.csv:3:16: strength 'heavy' is not a number",
            "e.csv:4:18: evidence_offset '-1' is not a non-negative integer",
            "e.csv:5:1: tie id 't1' is repeated with a different source, target or type (a repeated id adds evidence to the tie of its first row)",
            "n.csv:4:1: stakeholder 'c' is a person but has organization type 'government'",
            "e.csv:3:1: tie 't2' ends at unknown stakeholder 'zz'",
            "e.csv:4:1: tie 't3' has confidence 2; it must be between 0 and 1",
            "e.csv:4:1: tie 't3' evidence #1 has no quote",
            "e.csv:4:1: tie 't3' evidence #1 names no document",
        }));
    }

    [Test]
    public void Spreadsheet_exports_with_synonyms_extra_columns_and_no_nodes_sheet_are_read()
    {
        const string edges = "From,To,Weight,Sector\nAlice,Shougang,2,steel\nBob,Shougang,,\n";
        File.WriteAllText(PathOf("export.csv"), edges);
        var network = NetworkFile.Read(PathOf("export.csv"));
        Assert.That(network.Stakeholders.Select(s => (s.Id, s.Name, s.Kind)), Is.EqualTo(new[]
        {
            ("Alice", "Alice", StakeholderKind.Person), ("Shougang", "Shougang", StakeholderKind.Person), ("Bob", "Bob", StakeholderKind.Person),
        }));
        Assert.That(network.Ties[0].Strength, Is.EqualTo(2.0));
        Assert.That(network.Ties[0].Type.Name, Is.EqualTo("TIE"));
        Assert.That(network.Ties[0].Attributes["Sector"], Is.EqualTo("steel"));
        Assert.That(network.Ties[1].Attributes, Is.Empty);
    }

    [Test]
    public void Blank_kind_is_person_unless_an_organization_type_is_given_and_aliases_unescape()
    {
        const string nodes = "ID,Label,organization_type,aliases\nx,X,,A;B\\;C; \\\\D \ny,Y,soe,\n";
        var network = CsvFormat.Read(nodes, "n.csv", null, null);
        Assert.That(network.GetStakeholder("x").Kind, Is.EqualTo(StakeholderKind.Person));
        Assert.That(network.GetStakeholder("x").Aliases, Is.EqualTo(new[] { "A", "B;C", "\\D" }));
        Assert.That(network.GetStakeholder("y").Kind, Is.EqualTo(StakeholderKind.Organization));
        Assert.That(network.GetStakeholder("y").OrganizationType, Is.EqualTo(OrganizationType.StateOwnedEnterprise));
    }

    [Test]
    public void Attributes_named_like_columns_are_prefixed_and_read_back()
    {
        var network = new StakeholderNetworkBuilder()
            .AddStakeholder(new Stakeholder("a", "A", StakeholderKind.Person)
            {
                Attributes = new Dictionary<string, string> { ["name"] = "n", ["attr:x"] = "y", ["label"] = "l", [" spaced "] = "s" },
            })
            .Build();
        var writer = new StringWriter();
        CsvFormat.WriteNodes(network, writer);
        Assert.That(writer.ToString(), Does.StartWith("id,name,kind,organization_type,aliases,description,\"attr: spaced \",attr:attr:x,attr:label,attr:name\r\n"));
        var back = CsvFormat.Read(writer.ToString(), "n.csv", null, null);
        Assert.That(back.Stakeholders.Single(), Is.EqualTo(network.Stakeholders.Single()));
    }

    [Test]
    public void Missing_sheets_are_reported_by_name()
    {
        var e = Assert.Throws<FileNotFoundException>(() => NetworkFile.Read(PathOf("none.csv")))!;
        Assert.That(e.Message, Does.Contain("none.nodes.csv").And.Contain("none.edges.csv"));
    }

    [Test]
    public void A_failing_sheet_leaves_every_old_sheet_intact()
    {
        File.WriteAllText(PathOf("n.nodes.csv"), "old nodes");
        File.WriteAllText(PathOf("n.edges.csv"), "old edges");
        Assert.Throws<InvalidOperationException>(() => AtomicFile.WriteAll(
        [
            (PathOf("n.nodes.csv"), s => s.Write("new nodes"u8)),
            (PathOf("n.edges.csv"), _ => throw new InvalidOperationException("fails half-way")),
        ]));
        Assert.That(File.ReadAllText(PathOf("n.nodes.csv")), Is.EqualTo("old nodes"));
        Assert.That(File.ReadAllText(PathOf("n.edges.csv")), Is.EqualTo("old edges"));
        Assert.That(Directory.GetFiles(_dir), Has.Length.EqualTo(2));
    }
}
