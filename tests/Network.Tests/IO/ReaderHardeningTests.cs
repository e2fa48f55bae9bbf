using System.Text;
using Stakeholders.Network.IO;
using Stakeholders.Network.Model;

namespace Stakeholders.Network.Tests.IO;

/// <summary>Issue 13: the reproducers of every reader defect, each now a typed error with a position (or the right answer).</summary>
public class ReaderHardeningTests
{
    private static NetworkFormatException FormatError(TestDelegate read)
    {
        var e = Assert.Throws<NetworkFormatException>(read)!;
        Assert.That(e.Line, Is.GreaterThanOrEqualTo(1), e.Message);
        Assert.That(e.Column, Is.GreaterThanOrEqualTo(1), e.Message);
        return e;
    }

    private static string TempFile(string name, string content)
    {
        var dir = Path.Combine(TestContext.CurrentContext.WorkDirectory, "tmp", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    private const string NativeHead = "{\"format\":\"stakeholders-network\",\"version\":1,\"stakeholders\":[{\"id\":\"a\",\"name\":";

    [Test]
    public void Invalid_utf8_in_a_json_string_is_a_format_error_at_the_string()
    {
        var quote = Encoding.UTF8.GetByteCount(NativeHead);
        var raw = Encoding.UTF8.GetBytes(NativeHead + "\"AB\",\"kind\":\"person\"}],\"ties\":[]}");
        raw[quote + 2] = 0xFF;
        var e = FormatError(() => NativeJson.Read(raw, "bad.json"));
        Assert.That(e.Message, Does.StartWith($"bad.json:1:{quote + 1}: ").And.Contain("not valid UTF-8"));
        var nodeLink = Encoding.UTF8.GetBytes("{\"nodes\":[{\"id\":\"xx\"}],\"links\":[]}");
        nodeLink[17] = 0xC3;
        e = FormatError(() => NodeLinkFormat.Read(nodeLink, "bad.nodelink.json"));
        Assert.That(e.Reason, Does.Contain("not valid UTF-8"));
    }

    [TestCase("\\ud83d")]
    [TestCase("\\udfff")]
    [TestCase("x\\ud83dy")]
    public void Unpaired_surrogate_escapes_are_format_errors_in_both_json_readers(string escape)
    {
        var e = FormatError(() => NativeJson.Parse(NativeHead + "\"" + escape + "\",\"kind\":\"person\"}],\"ties\":[]}", "s.json"));
        Assert.That(e.Reason, Does.Contain("unpaired surrogate"));
        e = FormatError(() => NodeLinkFormat.Parse("{\"nodes\":[{\"id\":\"" + escape + "\"}],\"links\":[]}", "s.nodelink.json"));
        Assert.That(e.Reason, Does.Contain("unpaired surrogate"));
        Assert.That((e.Line, e.Column), Is.EqualTo((1, 17)));
        e = FormatError(() => NodeLinkFormat.Parse("{\"nodes\":[{\"" + escape + "\":1,\"id\":\"a\"}]}", "s.nodelink.json"));
        Assert.That(e.Reason, Does.Contain("unpaired surrogate"));
    }

    /// <summary>
    /// Found by the reader fuzz: an alias list stored as JSON text inside GraphML or GEXF, holding an unpaired
    /// surrogate escape, parsed but could not be read as a string (InvalidOperationException, a crash). It is now a
    /// validation problem at the attribute, like any other malformed alias list.
    /// </summary>
    [TestCase("graphml")]
    [TestCase("gexf")]
    public void An_unpaired_surrogate_in_an_alias_list_inside_XML_is_a_positioned_problem(string format)
    {
        var builder = new StakeholderNetworkBuilder();
        builder.AddStakeholder(new Stakeholder("sg", "Shougang Group", StakeholderKind.Organization) { Aliases = ["Shougang"] });
        builder.AddStakeholder(new Stakeholder("bj", "Beijing", StakeholderKind.Place));
        builder.AddTie(new Tie("sg", "bj", TieType.LocatedIn));
        var network = builder.Build();
        using var written = new MemoryStream();
        if (format == "graphml")
        {
            GraphMLFormat.Write(network, written);
        }
        else
        {
            GexfFormat.Write(network, written);
        }

        var xml = Encoding.UTF8.GetString(written.ToArray());
        // GraphML keeps the list as element text, GEXF as an attribute value (quotes escaped).
        var stored = format == "graphml" ? "[\"Shougang\"]" : "[&quot;Shougang&quot;]";
        Assert.That(xml, Does.Contain(stored), "the alias list is stored as JSON text");
        var bad = Encoding.UTF8.GetBytes(xml.Replace(stored, stored.Replace("Shougang", "\\ud83d", StringComparison.Ordinal), StringComparison.Ordinal));
        using var input = new MemoryStream(bad);
        var e = Assert.Throws<NetworkValidationException>(() => _ = format == "graphml" ? GraphMLFormat.Read(input, "bad." + format) : GexfFormat.Read(input, "bad." + format))!;
        Assert.That(e.Message, Does.Contain("bad." + format + ":").And.Contain("aliases must be a JSON array of strings"));
    }

    [Test]
    public void Pajek_declared_vertices_allocate_nothing_ahead_of_the_data_and_are_limited()
    {
        // The 22-byte reproducer that once took 20 GB.
        var e = FormatError(() => PajekFormat.Read(new StringReader("*Vertices 100000000\r\n"), "v.net"));
        Assert.That(e.Message, Is.EqualTo("v.net:1:11: *Vertices 100000000 exceeds the reader limit of 2,000,000 (raise it with --max-stakeholders)"));
        var path = TempFile("v.net", "*Vertices 10000000\r\n");
        e = FormatError(() => NetworkFile.Read(path, null, new NetworkReadOptions { MaxStakeholders = 1000 }));
        Assert.That(e.Reason, Does.Contain("limit of 1,000").And.Contain("--max-stakeholders"));
        var small = PajekFormat.Read(new StringReader("*Vertices 4\n2 \"b\"\n*Edges\n1 2\n"), "s.net");
        Assert.That(small.Stakeholders.Select(s => s.Id), Is.EqualTo(new[] { "1", "b", "3", "4" }));
    }

    [Test]
    public void Pajek_vertex_listed_twice_is_an_error_unless_lenient()
    {
        const string text = "*Vertices 2\n1 \"a\"\n1 \"b\"\n*Edges\n1 2\n";
        var e = FormatError(() => PajekFormat.Read(new StringReader(text), "d.net"));
        Assert.That(e.Message, Does.StartWith("d.net:3:1: vertex 1 is listed twice (first on line 2)"));
        var path = TempFile("d.net", text);
        var warnings = new List<string>();
        var network = NetworkFile.Read(path, null, new NetworkReadOptions { Lenient = true, Warning = warnings.Add });
        Assert.That(network.Stakeholders.Select(s => s.Id), Is.EqualTo(new[] { "b", "2" }));
        Assert.That(warnings, Is.EqualTo(new[] { $"{path}:3:1: vertex 1 is listed twice (first on line 2)" }));
    }

    [TestCase("{\"nodes\":[{\"id\":\"a\"}],\"links\":5}", 1, 31, "a number")]
    [TestCase("{\"nodes\":[{\"id\":\"a\"}],\"links\":{}}", 1, 31, "an object")]
    [TestCase("{\"nodes\":[],\n \"edges\":\"x\"}", 2, 10, "a string")]
    public void Node_link_links_of_the_wrong_type_are_errors_with_positions(string json, int line, int column, string found)
    {
        var e = FormatError(() => NodeLinkFormat.Parse(json, "l.nodelink.json"));
        Assert.That((e.Line, e.Column), Is.EqualTo((line, column)));
        Assert.That(e.Reason, Does.Contain($"must be an array of links, found {found}"));
    }

    private const string GraphMLHead = "<?xml version=\"1.0\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n";

    [Test]
    public void GraphML_second_graph_and_unknown_attr_type_are_errors_unless_lenient()
    {
        var two = GraphMLHead + "<graph edgedefault=\"undirected\"><node id=\"a\"/></graph>\n<graph edgedefault=\"undirected\"><node id=\"b\"/></graph>\n</graphml>";
        var e = FormatError(() => GraphMLFormat.Read(new MemoryStream(Encoding.UTF8.GetBytes(two)), "two.graphml"));
        Assert.That((e.Line, e.Column, e.Reason), Is.EqualTo((4, 2, "a second top-level <graph>; only one graph per file is read (--lenient reads past it with a warning)")));
        var quaternion = GraphMLHead + "<key id=\"q\" for=\"node\" attr.name=\"q\" attr.type=\"quaternion\"/>\n<graph edgedefault=\"undirected\"/></graphml>";
        e = FormatError(() => GraphMLFormat.Read(new MemoryStream(Encoding.UTF8.GetBytes(quaternion)), "q.graphml"));
        Assert.That(e.Message, Does.StartWith("q.graphml:3:2: key 'q' has an unknown attr.type 'quaternion'"));
        var warnings = new List<string>();
        var path = TempFile("two.graphml", two);
        var network = NetworkFile.Read(path, null, new NetworkReadOptions { Lenient = true, Warning = warnings.Add });
        Assert.That(network.Stakeholders.Select(s => s.Id), Is.EqualTo(new[] { "a" }));
        Assert.That(warnings, Has.Count.EqualTo(1));
    }

    [TestCase("empty.graphml", "")]
    [TestCase("empty.gexf", "")]
    [TestCase("blank.graphml", "  \n\n")]
    public void Empty_xml_files_are_errors_at_line_one_column_one(string name, string content)
    {
        var path = TempFile(name, content);
        var e = FormatError(() => NetworkFile.Read(path));
        Assert.That((e.Line, e.Column), Is.EqualTo((1, 1)));
        Assert.That(e.Reason, Is.EqualTo("the file is empty; expected an XML document"));
    }

    [Test]
    [CancelAfter(60_000)]
    public void Hundred_thousand_nested_elements_in_graphml_data_are_refused_by_the_depth_limit_quickly()
    {
        var text = new StringBuilder(GraphMLHead + "<key id=\"d\" for=\"node\" attr.name=\"note\" attr.type=\"string\"/>\n<graph edgedefault=\"undirected\"><node id=\"a\"><data key=\"d\">");
        for (var i = 0; i < 100_000; i++)
        {
            text.Append("<x>");
        }

        for (var i = 0; i < 100_000; i++)
        {
            text.Append("</x>");
        }

        text.Append("</data></node></graph></graphml>");
        var e = FormatError(() => GraphMLFormat.Read(new MemoryStream(Encoding.UTF8.GetBytes(text.ToString())), "deep.graphml"));
        Assert.That(e.Reason, Is.EqualTo("the elements nest deeper than the reader limit of 256 (raise it with --max-depth)"));
        Assert.That(e.Line, Is.EqualTo(4));
    }

    [Test]
    public void Json_nesting_beyond_the_limit_names_the_option()
    {
        var e = FormatError(() => NativeJson.Parse(new string('[', 300) + new string(']', 300), "deep.json"));
        Assert.That(e.Reason, Does.Contain("reader limit of 256 (raise it with --max-depth)"));
    }

    [Test]
    public void Tie_and_string_limits_name_their_options_and_the_place_they_are_crossed()
    {
        var path = TempFile("t.edges", "a b\nb c\nc d\n");
        var e = FormatError(() => NetworkFile.Read(path, null, new NetworkReadOptions { MaxTies = 2 }));
        Assert.That(e.Message, Is.EqualTo($"{path}:3:1: the number of ties exceeds the reader limit of 2 (raise it with --max-ties)"));
        var longName = TempFile("s.edges", "a " + new string('b', 40) + "\n");
        e = FormatError(() => NetworkFile.Read(longName, null, new NetworkReadOptions { MaxStringLength = 10 }));
        Assert.That(e.Reason, Does.Contain("--max-string-length"));
        Assert.That(NetworkFile.Read(longName).Stakeholders, Has.Count.EqualTo(2));
        Assert.Throws<ArgumentOutOfRangeException>(() => NetworkFile.Read(path, null, new NetworkReadOptions { MaxTies = 0 }));
    }

    [Test]
    public void Xml_writers_name_the_output_file_not_the_stream()
    {
        var network = new StakeholderNetworkBuilder()
            .AddStakeholder(new Stakeholder("a", "bell\u0007", StakeholderKind.Person))
            .Build();
        var dir = Path.GetDirectoryName(TempFile("x", string.Empty))!;
        foreach (var name in new[] { "out.graphml", "out.gexf" })
        {
            var target = Path.Combine(dir, name);
            var e = Assert.Throws<NetworkFormatException>(() => NetworkFile.Write(network, target))!;
            Assert.That(e.File, Is.EqualTo(target));
            Assert.That(e.Message, Does.Not.Contain("<stream>"));
            Assert.That(File.Exists(target), Is.False);
        }
    }
}
