using System.Text;
using Stakeholders.Network.IO;
using Stakeholders.Network.Model;

namespace Stakeholders.Network.Tests.IO;

public class GraphMLFormatTests
{
    private static StakeholderNetwork ReadText(string xml, string name = "g.graphml") =>
        GraphMLFormat.Read(new MemoryStream(Encoding.UTF8.GetBytes(xml)), name);

    private static string WriteText(StakeholderNetwork network)
    {
        using var stream = new MemoryStream();
        GraphMLFormat.Write(network, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private const string Head = "<?xml version=\"1.0\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n";

    [Test]
    public void Rich_network_round_trips_unchanged()
    {
        var network = SampleNetworks.Rich();
        var dir = SampleNetworks.TempDirectory();
        try
        {
            var path = Path.Combine(dir, "n.graphml");
            NetworkFile.Write(network, path);
            SampleNetworks.AssertSame(NetworkFile.Read(path), network);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Test]
    public void Output_is_deterministic_declares_typed_keys_and_escapes_markup()
    {
        var text = WriteText(SampleNetworks.Rich());
        Assert.That(WriteText(ReadText(text)), Is.EqualTo(text));
        Assert.That(text, Does.Contain("<key id=\"e_weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\" />"));
        Assert.That(text, Does.Contain("<key id=\"n_attr0\" for=\"node\" attr.name=\"at\" attr.type=\"string\" />"));
        Assert.That(text, Does.Contain("<graph id=\"G\" edgedefault=\"undirected\">"));
        Assert.That(text, Does.Not.Contain("<script>"));
        Assert.That(text, Does.Contain("&lt;script&gt;"));
        Assert.That(text, Does.Contain("&#xD;"), "carriage returns survive XML's line-break normalisation");
        Assert.That(text, Does.Not.Contain("\r"));
    }

    [Test]
    public void External_entities_are_refused_without_being_resolved()
    {
        var secret = Path.Combine(Path.GetTempPath(), "stakeholders-xxe-" + Guid.NewGuid().ToString("N") + ".txt");
        File.WriteAllText(secret, "SECRET");
        try
        {
            var xml = $"<?xml version=\"1.0\"?>\n<!DOCTYPE graphml [<!ENTITY xxe SYSTEM \"file://{secret}\">]>\n" +
                      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"><graph><node id=\"&xxe;\"/></graph></graphml>";
            var e = Assert.Throws<NetworkFormatException>(() => ReadText(xml, "xxe.graphml"))!;
            Assert.That(e.Message, Does.StartWith("xxe.graphml:2:").And.Contain("DTD").And.Contain("refused"));
            Assert.That(e.Message, Does.Not.Contain("SECRET"));
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Test]
    public void Entity_expansion_bombs_are_refused()
    {
        var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>\n<graphml><graph/></graphml>";
        Assert.That(Assert.Throws<NetworkFormatException>(() => ReadText(xml))!.Message, Does.Contain("DTD"));
    }

    [Test]
    public void Malformed_xml_names_line_and_column()
    {
        var e = Assert.Throws<NetworkFormatException>(() => ReadText(Head + "<graph>\n  <node id=\"a\">\n</graph></graphml>", "m.graphml"))!;
        Assert.That(e.Line, Is.EqualTo(5));
        Assert.That(e.Column, Is.GreaterThan(0));
        Assert.That(e.Message, Does.StartWith("m.graphml:5:").And.Contain("invalid XML"));
    }

    [Test]
    public void Structural_problems_are_fatal()
    {
        Assert.That(Assert.Throws<NetworkFormatException>(() => ReadText("<gexf/>"))!.Message, Does.Contain("expected a <graphml> root"));
        Assert.That(Assert.Throws<NetworkFormatException>(() => ReadText(Head + "</graphml>"))!.Message, Does.Contain("no <graph> element"));
    }

    [Test]
    public void Content_problems_are_all_reported_at_their_element()
    {
        var xml = Head +
            "<key id=\"k\" for=\"node\" attr.name=\"kind\"/>\n" +
            "<key id=\"w\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n" +
            "<key id=\"s\" for=\"edge\" attr.name=\"start\"/>\n" +
            "<graph>\n" +
            "<node id=\"a\"><data key=\"k\">robot</data></node>\n" +
            "<node><data key=\"k\">person</data></node>\n" +
            "<node id=\"b\"><data key=\"nope\">x</data><data key=\"w\">1</data></node>\n" +
            "<edge source=\"a\" target=\"b\"><data key=\"w\">heavy</data><data key=\"s\">2023-02-30</data></edge>\n" +
            "<edge source=\"a\"/>\n" +
            "<edge source=\"a\" target=\"zz\"/>\n" +
            "<hyperedge/>\n" +
            "</graph></graphml>";
        var e = Assert.Throws<NetworkValidationException>(() => ReadText(xml, "c.graphml"))!;
        Assert.That(e.Problems.Select(p => p.ToString()), Is.EquivalentTo(new[]
        {
            "c.graphml:7:15: unknown kind 'robot'; expected one of person, organization, event, place, initiative",
            "c.graphml:8:2: a <node> has no id",
            "c.graphml:9:15: <data> refers to an undeclared key 'nope'",
            "c.graphml:9:40: key 'w' is declared for edge, not node",
            "c.graphml:10:30: weight 'heavy' is not a number",
            "c.graphml:10:56: start: '2023-02-30' is not a valid date: day 30 is outside 1..28 for 2023-02",
            "c.graphml:11:2: an <edge> lacks its source or target attribute",
            "c.graphml:13:2: hyperedges are not supported",
            "c.graphml:12:2: tie 'a|TIE|zz' ends at unknown stakeholder 'zz'",
        }));
    }

    [Test]
    public void Files_written_by_networkx_are_read_with_documented_defaults()
    {
        var network = GraphMLFormat.Read(Path.Combine(TestGraphs.DataDirectory, "io", "networkx.graphml"));
        Assert.That(network.Title, Is.EqualTo("written by networkx"));
        Assert.That(network.Stakeholders.Select(s => (s.Id, s.Name, s.Kind)), Is.EqualTo(new[]
        {
            ("alice", "Alice", StakeholderKind.Person), ("acme", "ACME Ltd.", StakeholderKind.Organization), ("bob", "bob", StakeholderKind.Person),
        }));
        Assert.That(network.GetStakeholder("alice").Attributes, Is.EqualTo(new Dictionary<string, string> { ["age"] = "41" }));
        Assert.That(network.GetStakeholder("acme").OrganizationType, Is.EqualTo(OrganizationType.Company));
        Assert.That(network.Ties.Select(t => (t.Id, t.Type.Name, t.Strength)), Is.EqualTo(new[]
        {
            ("e1", "MEMBER_OF", 2.5), ("e2", "TIE", 1.0), ("e3", "PARTNERS_WITH", 1.0),
        }));
        Assert.That(network.Ties[0].Attributes["since"], Is.EqualTo("2019"));
    }

    [Test]
    public void Key_defaults_apply_to_elements_without_data()
    {
        var xml = Head + "<key id=\"k\" for=\"node\" attr.name=\"kind\"><default>event</default></key>\n<graph><node id=\"a\"/></graph></graphml>";
        Assert.That(ReadText(xml).Stakeholders.Single().Kind, Is.EqualTo(StakeholderKind.Event));
    }

    [Test]
    public void Characters_xml_cannot_hold_are_refused_with_a_clear_error()
    {
        var network = new StakeholderNetworkBuilder().AddStakeholder(new Stakeholder("a", "bell\u0007", StakeholderKind.Person)).Build();
        var dir = SampleNetworks.TempDirectory();
        try
        {
            var path = Path.Combine(dir, "x.graphml");
            File.WriteAllText(path, "old");
            var e = Assert.Throws<NetworkFormatException>(() => GraphMLFormat.Write(network, path))!;
            Assert.That(e.Message, Does.Contain("XML 1.0 cannot represent"));
            Assert.That(File.ReadAllText(path), Is.EqualTo("old"));
            Assert.That(Directory.GetFiles(dir), Has.Length.EqualTo(1));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}
