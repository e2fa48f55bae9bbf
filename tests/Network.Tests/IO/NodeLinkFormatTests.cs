using Stakeholders.Network.IO;
using Stakeholders.Network.Model;

namespace Stakeholders.Network.Tests.IO;

public class NodeLinkFormatTests
{
    [Test]
    public void Rich_network_round_trips_unchanged()
    {
        var network = SampleNetworks.Rich();
        var dir = SampleNetworks.TempDirectory();
        try
        {
            var path = Path.Combine(dir, "n.nodelink.json");
            NetworkFile.Write(network, path);
            SampleNetworks.AssertSame(NetworkFile.Read(path), network);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Test]
    public void Output_has_the_networkx_node_link_shape_and_is_deterministic()
    {
        var text = NodeLinkFormat.Serialize(SampleNetworks.Rich());
        Assert.That(NodeLinkFormat.Serialize(NodeLinkFormat.Parse(text)), Is.EqualTo(text));
        Assert.That(text, Does.StartWith("{\n  \"directed\": false,\n  \"multigraph\": true,\n  \"graph\": {"));
        Assert.That(text, Does.Contain("\"links\": [\n    {\n      \"source\": \"xia\",\n      \"target\": \"shougang\",\n      \"id\": \"t-1\","));
        Assert.That(text, Does.Not.Contain("\"key\""), "the tie id is the link id; node_link_graph numbers parallel links itself");
        Assert.That(text, Does.Contain("\"label\": "), "front ends look for label");

        var simple = new StakeholderNetworkBuilder()
            .AddStakeholder(new Stakeholder("a", "A", StakeholderKind.Person))
            .AddStakeholder(new Stakeholder("b", "B", StakeholderKind.Person))
            .AddTie(new Tie("a", "b", TieType.MemberOf))
            .AddTie(new Tie("b", "a", TieType.MemberOf))
            .Build();
        // a→b and b→a are two ties on one pair when undirected (the default), two different arcs when directed.
        Assert.That(NodeLinkFormat.Serialize(simple), Does.Contain("\"directed\": false,\n  \"multigraph\": true"));
        using var buffer = new MemoryStream();
        NetworkExport.Write(simple, buffer, NetworkFormat.NodeLink, new NetworkExportOptions { Directed = true });
        Assert.That(System.Text.Encoding.UTF8.GetString(buffer.ToArray()), Does.Contain("\"directed\": true,\n  \"multigraph\": false"));
    }

    [Test]
    public void Front_end_files_with_numeric_ids_indices_and_d3_objects_are_read()
    {
        const string json = """
            {"nodes": [{"id": 10, "label": "Ten", "group": 2}, {"id": "x"}, {"id": 2}],
             "links": [{"source": 10, "target": "x", "value": 3, "weight": 2},
                       {"source": {"id": "x", "index": 1}, "target": {"id": 10}},
                       {"source": 0, "target": 1, "label": "KNOWS"}]}
            """;
        var network = NodeLinkFormat.Parse(json);
        Assert.That(network.Stakeholders.Select(s => (s.Id, s.Name)), Is.EqualTo(new[] { ("10", "Ten"), ("x", "x"), ("2", "2") }));
        Assert.That(network.GetStakeholder("10").Attributes["group"], Is.EqualTo("2"));
        Assert.That(network.Ties.Select(t => (t.Source, t.Target, t.Type.Name, t.Strength)), Is.EqualTo(new[]
        {
            ("10", "x", "TIE", 2.0), ("x", "10", "TIE", 1.0), ("10", "x", "KNOWS", 1.0),
        }));
        Assert.That(network.Ties[0].Attributes["value"], Is.EqualTo("3"));
    }

    [Test]
    public void Errors_name_line_and_column()
    {
        var e = Assert.Throws<NetworkFormatException>(() => NodeLinkFormat.Parse("{\"links\": []}", "a.json"))!;
        Assert.That(e.Message, Does.StartWith("a.json:1:1: ").And.Contain("\"nodes\" array"));

        const string json = "{\"nodes\": [\n  {\"id\": \"a\", \"kind\": \"robot\"},\n  {\"name\": \"no id\"},\n  7],\n \"links\": [\n  {\"source\": \"a\"},\n  {\"source\": \"a\", \"target\": \"a\", \"start\": \"2023-00\", \"weight\": \"x\", \"attributes\": []}]}";
        var v = Assert.Throws<NetworkValidationException>(() => NodeLinkFormat.Parse(json, "b.json"))!;
        Assert.That(v.Problems.Select(p => p.ToString()), Is.EquivalentTo(new[]
        {
            "b.json:2:23: unknown kind 'robot'; expected one of person, organization, event, place, initiative",
            "b.json:3:3: a node has no \"id\" (a string or number)",
            "b.json:4:3: expected a node (an object), found a number",
            "b.json:6:3: a link needs a \"source\" and a \"target\"",
            "b.json:7:43: start: '2023-00' is not a valid date: month 0 is outside 1..12",
            "b.json:7:64: weight 'x' is not a number",
            "b.json:7:83: \"attributes\" must be an object, found an array",
        }));
    }
}
