using System.Text;
using Stakeholders.Network.IO;
using Stakeholders.Network.Model;

namespace Stakeholders.Network.Tests.IO;

public class GexfFormatTests
{
    private static StakeholderNetwork ReadText(string xml, string name = "g.gexf") =>
        GexfFormat.Read(new MemoryStream(Encoding.UTF8.GetBytes(xml)), name);

    private static string WriteText(StakeholderNetwork network, GexfVersion version = GexfVersion.V1_3)
    {
        using var stream = new MemoryStream();
        GexfFormat.Write(network, stream, version);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The network as GEXF keeps it: no documents list (and no title in 1.2draft).</summary>
    internal static StakeholderNetwork AsGexfKeepsIt(StakeholderNetwork network, bool keepTitle = true)
    {
        var b = new StakeholderNetworkBuilder { Title = keepTitle ? network.Title : null, Description = network.Description };
        foreach (var s in network.Stakeholders)
        {
            b.AddStakeholder(s);
        }

        foreach (var t in network.Ties)
        {
            b.AddTie(t);
        }

        return b.Build();
    }

    [Test]
    public void Rich_network_round_trips_except_for_the_documents_list_and_by_default_the_title()
    {
        var network = SampleNetworks.Rich();
        var dir = SampleNetworks.TempDirectory();
        try
        {
            var path = Path.Combine(dir, "n.gexf");
            NetworkFile.Write(network, path);
            Assert.That(File.ReadAllText(path), Does.Contain("xmlns=\"http://www.gexf.net/1.2draft\"").And.Contain("version=\"1.2\""), "1.2draft is the default");
            SampleNetworks.AssertSame(NetworkFile.Read(path), AsGexfKeepsIt(network, keepTitle: false));
            var v13 = Path.Combine(dir, "n13.gexf");
            GexfFormat.Write(network, v13, GexfVersion.V1_3);
            SampleNetworks.AssertSame(NetworkFile.Read(v13), AsGexfKeepsIt(network));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Test]
    public void Version_1_2draft_round_trips_except_for_documents_and_title()
    {
        var network = SampleNetworks.Rich();
        var text = WriteText(network, GexfVersion.V1_2Draft);
        Assert.That(text, Does.Contain("xmlns=\"http://www.gexf.net/1.2draft\"").And.Contain("version=\"1.2\""));
        SampleNetworks.AssertSame(ReadText(text), AsGexfKeepsIt(network, keepTitle: false));
    }

    [Test]
    public void Output_is_deterministic_1_3_with_weights_labels_and_typed_attributes()
    {
        var text = WriteText(SampleNetworks.Rich());
        Assert.That(WriteText(ReadText(text)), Is.EqualTo(WriteText(AsGexfKeepsIt(SampleNetworks.Rich()))));
        Assert.That(text, Does.Contain("xmlns=\"http://gexf.net/1.3\"").And.Contain("version=\"1.3\""));
        Assert.That(text, Does.Contain("<graph defaultedgetype=\"undirected\" mode=\"static\">"), "undirected, as the default projection");
        Assert.That(text, Does.Contain("title=\"confidence\" type=\"double\""));
        Assert.That(text, Does.Contain("<edge id=\"t-1\" source=\"xia\" target=\"shougang\" label=\"HOLDS_POSITION\" weight=\"2.5\">"));
        Assert.That(text, Does.Not.Contain("<script>"));
    }

    [Test]
    public void Files_written_by_networkx_are_read()
    {
        var network = GexfFormat.Read(Path.Combine(TestGraphs.DataDirectory, "io", "networkx.gexf"));
        Assert.That(network.Stakeholders.Select(s => (s.Id, s.Name, s.Kind)), Is.EqualTo(new[]
        {
            ("alice", "Alice", StakeholderKind.Person), ("acme", "ACME Ltd.", StakeholderKind.Organization), ("bob", "bob", StakeholderKind.Person),
        }));
        Assert.That(network.GetStakeholder("alice").Attributes["age"], Is.EqualTo("41"));
        Assert.That(network.Ties.Select(t => (t.Id, t.Type.Name, t.Strength)), Is.EqualTo(new[] { ("0", "TIE", 2.5), ("1", "TIE", 1.0), ("2", "PARTNERS_WITH", 1.0) }));
        Assert.That(network.Ties[0].Attributes["networkx_key"], Is.EqualTo("e1"));
    }

    [Test]
    public void Dtds_are_refused()
    {
        var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE gexf [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<gexf><graph><nodes><node id=\"&x;\"/></nodes></graph></gexf>";
        var e = Assert.Throws<NetworkFormatException>(() => ReadText(xml, "x.gexf"))!;
        Assert.That(e.Message, Does.StartWith("x.gexf:2:1: ").And.Contain("DTD"));
    }

    [Test]
    public void Content_problems_are_all_reported_at_their_element()
    {
        const string xml = "<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">\n<graph>\n" +
            "<attributes class=\"node\"><attribute id=\"0\" title=\"kind\" type=\"string\"/></attributes>\n" +
            "<attributes class=\"edge\"><attribute id=\"0\" title=\"start\" type=\"string\"/></attributes>\n" +
            "<nodes>\n<node id=\"a\" label=\"A\"><attvalues><attvalue for=\"0\" value=\"robot\"/><attvalue for=\"9\" value=\"x\"/></attvalues></node>\n" +
            "<node id=\"b\"/>\n</nodes>\n<edges>\n" +
            "<edge source=\"a\" target=\"b\" weight=\"heavy\"><attvalues><attvalue for=\"0\" value=\"2023-9\"/></attvalues></edge>\n" +
            "<edge target=\"b\"/>\n</edges>\n</graph></gexf>";
        var e = Assert.Throws<NetworkValidationException>(() => ReadText(xml, "c.gexf"))!;
        Assert.That(e.Problems.Select(p => p.ToString()), Is.EquivalentTo(new[]
        {
            "c.gexf:6:36: unknown kind 'robot'; expected one of person, organization, event, place, initiative",
            "c.gexf:6:69: <attvalue> refers to an undeclared attribute '9'",
            "c.gexf:10:29: weight 'heavy' is not a number",
            "c.gexf:10:56: start: '2023-9' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD",
            "c.gexf:11:2: an <edge> lacks its source or target attribute",
        }));
    }
}
