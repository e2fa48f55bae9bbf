using Stakeholders.Network.IO;
using Stakeholders.Network.Model;

namespace Stakeholders.Network.Tests.IO;

public class NetworkFileTests
{
    [TestCase("a.json", NetworkFormat.Json)]
    [TestCase("dir.v2/A.JSON", NetworkFormat.Json)]
    [TestCase("a.nodelink.json", NetworkFormat.NodeLink)]
    [TestCase("a.node-link.json", NetworkFormat.NodeLink)]
    [TestCase("a.csv", NetworkFormat.Csv)]
    [TestCase("a.nodes.csv", NetworkFormat.Csv)]
    [TestCase("a.graphml", NetworkFormat.GraphML)]
    [TestCase("a.gexf", NetworkFormat.Gexf)]
    [TestCase("a.edges", NetworkFormat.EdgeList)]
    [TestCase("a.edgelist", NetworkFormat.EdgeList)]
    [TestCase("a.txt", NetworkFormat.EdgeList)]
    [TestCase("a.net", NetworkFormat.Pajek)]
    [TestCase("a.dot", NetworkFormat.Dot)]
    [TestCase("a.gv", NetworkFormat.Dot)]
    public void Format_is_detected_from_the_extension(string path, NetworkFormat expected) =>
        Assert.That(NetworkFormats.Detect(path), Is.EqualTo(expected));

    [Test]
    public void Unknown_extension_asks_for_an_explicit_format()
    {
        Assert.That(NetworkFormats.TryDetect("a.xlsx", out _), Is.False);
        var e = Assert.Throws<ArgumentException>(() => NetworkFormats.Detect("a.xlsx"))!;
        Assert.That(e.Message, Does.Contain("--format").And.Contain("node-link"));
    }

    [Test]
    public void Names_round_trip_and_synonyms_parse()
    {
        Assert.That(NetworkFormats.Names, Is.EqualTo(new[] { "json", "csv", "graphml", "gexf", "edgelist", "node-link", "pajek", "dot", "cytoscape", "graphology" }));
        foreach (var format in Enum.GetValues<NetworkFormat>())
        {
            Assert.That(NetworkFormats.Parse(format.ToName()), Is.EqualTo(format));
        }

        Assert.That(NetworkFormats.Parse("NodeLink"), Is.EqualTo(NetworkFormat.NodeLink));
        Assert.That(NetworkFormats.Parse(" EDGES "), Is.EqualTo(NetworkFormat.EdgeList));
        Assert.Throws<ArgumentException>(() => NetworkFormats.Parse("xlsx"));
        Assert.That(NetworkFormat.Dot.CanRead(), Is.False);
        Assert.That(NetworkFormat.Cytoscape.CanRead(), Is.False);
        Assert.That(NetworkFormat.Graphology.CanRead(), Is.False);
        Assert.That(NetworkFormats.Detect("x.cyjs"), Is.EqualTo(NetworkFormat.Cytoscape));
        Assert.That(NetworkFormats.Detect("x.graphology.json"), Is.EqualTo(NetworkFormat.Graphology));
        Assert.That(NetworkFormat.Pajek.CanRead(), Is.True);
        Assert.That(NetworkFormat.GraphML.CanRead(), Is.True);
        Assert.That(Enum.GetValues<NetworkFormat>().Where(f => f.IsLossless()), Is.EqualTo(new[] { NetworkFormat.Json, NetworkFormat.GraphML, NetworkFormat.NodeLink }));
    }

    [Test]
    public void Read_and_write_dispatch_on_the_extension_and_respect_an_explicit_format()
    {
        var dir = SampleNetworks.TempDirectory();
        try
        {
            var network = SampleNetworks.Rich();
            var json = Path.Combine(dir, "n.json");
            NetworkFile.Write(network, json);
            SampleNetworks.AssertSame(NetworkFile.Read(json), network);

            var odd = Path.Combine(dir, "n.data");
            NetworkFile.Write(network, odd, NetworkFormat.Json);
            SampleNetworks.AssertSame(NetworkFile.Read(odd, NetworkFormat.Json), network);
            Assert.Throws<ArgumentException>(() => NetworkFile.Read(odd));
            Assert.Throws<ArgumentException>(() => NetworkFile.Read(odd, NetworkFormat.Dot));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Test]
    public void ReadGraph_reads_edge_lists_and_refuses_model_formats()
    {
        var karate = Path.Combine(TestGraphs.DataDirectory, "graphs", "karate.edges");
        var graph = NetworkFile.ReadGraph(karate);
        var reference = TestGraphs.Load("karate");
        Assert.That(graph.VertexCount, Is.EqualTo(reference.VertexCount));
        Assert.That(graph.Edges().Count(), Is.EqualTo(reference.Edges().Count()));
        Assert.Throws<ArgumentException>(() => NetworkFile.ReadGraph("x.json"));
    }

    [Test]
    public void Writing_into_a_missing_directory_fails_cleanly()
    {
        var network = new StakeholderNetworkBuilder().AddStakeholder(new Stakeholder("a", "A", StakeholderKind.Person)).Build();
        Assert.Throws<DirectoryNotFoundException>(() => NetworkFile.Write(network, Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "x.json")));
    }
}

public class SeedNetworkFormatTests
{
    private static string SeedPath => Path.Combine(TestContext.CurrentContext.TestDirectory, "seeds", "shijingshan-forum-2023.json");

    [Test]
    public void Seed_network_reads_and_survives_every_lossless_format()
    {
        if (!File.Exists(SeedPath))
        {
            Assert.Ignore("seeds/shijingshan-forum-2023.json is not in this checkout.");
        }

        var seed = NetworkFile.Read(SeedPath);
        Assert.That(seed.Stakeholders, Is.Not.Empty);
        Assert.That(seed.Ties.All(t => t.Evidence.Count > 0), Is.True, "every seed tie carries evidence");
        Assert.That(NativeJson.Serialize(NativeJson.Parse(NativeJson.Serialize(seed))), Is.EqualTo(NativeJson.Serialize(seed)));

        var dir = SampleNetworks.TempDirectory();
        try
        {
            foreach (var name in new[] { "s.json", "s.graphml", "s.nodelink.json" })
            {
                var path = Path.Combine(dir, name);
                NetworkFile.Write(seed, path);
                SampleNetworks.AssertSame(NetworkFile.Read(path), seed);
            }
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}

public class FormatFixtureFileTests
{
    private static string DataFile(string name) => Path.Combine(TestGraphs.DataDirectory, "io", name);

    [Test]
    public void An_xxe_graphml_file_is_refused_through_the_facade()
    {
        var e = Assert.Throws<NetworkFormatException>(() => NetworkFile.Read(DataFile("xxe.graphml")))!;
        Assert.That(e.Line, Is.EqualTo(2));
        Assert.That(e.Reason, Does.Contain("DTD").And.Contain("refused"));
        Assert.That(e.Message, Does.Not.Contain("root:"), "the entity is never expanded");
    }

    [Test]
    public void A_spreadsheet_export_with_bom_crlf_quotes_and_repeated_evidence_rows_reads()
    {
        var network = NetworkFile.Read(DataFile("spreadsheet.csv"));
        var shougang = network.GetStakeholder("shougang");
        Assert.That(shougang.Name, Is.EqualTo("Shougang Group, Ltd."));
        Assert.That(shougang.OrganizationType, Is.EqualTo(OrganizationType.StateOwnedEnterprise));
        Assert.That(shougang.Aliases, Is.EqualTo(new[] { "Shougang", "首钢" }));
        Assert.That(shougang.Description, Is.EqualTo("A \"steel\" maker\r\nin Beijing"));
        Assert.That(shougang.Attributes["country"], Is.EqualTo("CN"));
        Assert.That(network.GetStakeholder("xia").Kind, Is.EqualTo(StakeholderKind.Person));
        Assert.That(network.GetStakeholder("xia").Attributes, Is.Empty);
        var tie = network.Ties.Single();
        Assert.That((tie.Role, tie.Strength, tie.Confidence), Is.EqualTo(("Chair, board", 2.0, 0.9)));
        Assert.That(tie.Period, Is.EqualTo(new DatePeriod(PartialDate.Parse("2023-09"), null)));
        Assert.That(tie.Evidence, Is.EqualTo(new[]
        {
            new Evidence("doc", "first quote", null, 12),
            new Evidence("doc", "second quote", new Uri("https://example.org/x")),
        }));
    }
}
