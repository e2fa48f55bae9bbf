using System.Text;
using Stakeholders.Network.IO;
using Stakeholders.Network.Model;
using Stakeholders.Network.Tests.Fuzzing;

namespace Stakeholders.Network.Tests.IO;

/// <summary>
/// The streaming GEXF reader (<see cref="GexfStream"/>) reads exactly what the positioned reader reads, and declines
/// (so the positioned reader reports, with file:line:column) everything else.
/// </summary>
public class GexfStreamTests
{
    private const string Head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gexf xmlns=\"http://www.gexf.net/1.2draft\" version=\"1.2\">";

    private static readonly string[] Streamed =
    [
        // Meta after the graph, whitespace and markup in the title, defaults, 'id' for 'for' (GEXF 1.1), extra elements,
        // a second <attvalues>, <nodes> and <graph> ignored, viz data, CDATA, entities, an edge 'weight' over an attvalue.
        Head + """
        <graph defaultedgetype="undirected">
          <attributes class="node"><attribute id="0" title="kind" type="string"><default>organization</default></attribute>
            <attribute id="1" title="note" type="string"/></attributes>
          <attributes class="edge"><attribute id="w" title="weight" type="double"/><attribute id="r" title="role" type="string"><default> x </default></attribute></attributes>
          <nodes>
            <node id="a" label="A &amp; B"><attvalues><attvalue for="1" value="n1"/><attvalue id="0" value="person"/></attvalues><attvalues><attvalue for="1" value="ignored"/></attvalues></node>
            <node id="b"><viz:position xmlns:viz="http://www.gexf.net/1.2draft/viz" x="1" y="2"/><other><node id="nested"/></other></node>
            <!-- a comment --><junk/>
          </nodes>
          <nodes><node id="ignored"/></nodes>
          <edges>
            <edge id="e1" source="a" target="b" weight="2.5" label="KNOWS"><attvalues><attvalue for="w" value="9"/></attvalues></edge>
            <edge source="b" target="a"><attvalues><attvalue for="r" value="chair"/></attvalues></edge>
          </edges>
        </graph>
        <graph><nodes><node id="second-graph"/></nodes></graph>
        <meta><title> T <![CDATA[<x>]]> </title><description>D</description></meta>
        </gexf>
        """,
        Head + "<meta><title>  </title></meta><graph><nodes><node id=\"a\"/></nodes></graph></gexf>\n<!-- after -->\n",
        Head + "<graph/></gexf>",
    ];

    private static readonly string[] Declined =
    [
        Head + "<graph><nodes><node id=\"a\"/></nodes><attributes class=\"node\"/></graph></gexf>", // declarations after the nodes
        Head + "<meta/></gexf>",
        "<graphml><graph/></graphml>",
        "",
        Head + "<graph><nodes><node label=\"no id\"/></nodes></graph></gexf>",
        Head + "<graph><nodes><node id=\"a\"><attvalues><attvalue for=\"9\" value=\"x\"/></attvalues></node></nodes></graph></gexf>",
        Head + "<graph><attributes class=\"graph\"/></graph></gexf>",
        Head + "<graph><attributes class=\"node\"><attribute title=\"t\"/></attributes></graph></gexf>",
        Head + "<graph><nodes><node id=\"a\"/><node id=\"a\"/></nodes></graph></gexf>",
        Head + "<graph><edges><edge source=\"a\"/></edges></graph></gexf>",
        Head + "<graph><nodes><node id=\"a\"/></nodes><edges><edge source=\"a\" target=\"b\"/></edges></graph></gexf>",
        Head + "<graph><nodes><node id=\"a\"/></nodes><edges><edge source=\"a\" target=\"a\" weight=\"x\"/></edges></graph></gexf>",
        Head + "<graph><nodes><node id=\"a\"/></nodes></graph></gexf><extra/>",
        "<!DOCTYPE gexf [<!ENTITY a \"aaaa\">]>" + Head + "<graph/></gexf>",
    ];

    private static string Serialized(StakeholderNetwork network) => NativeJson.Serialize(network);

    private static byte[] Written(StakeholderNetwork network, GexfVersion version)
    {
        using var stream = new MemoryStream();
        GexfFormat.Write(network, stream, version);
        return stream.ToArray();
    }

    [Test]
    public void Streamed_files_read_as_the_positioned_reader_reads_them()
    {
        var files = Streamed.Select(Encoding.UTF8.GetBytes)
            .Append(Written(SampleNetworks.Rich(), GexfVersion.V1_2Draft))
            .Append(Written(SampleNetworks.Rich(), GexfVersion.V1_3))
            .Append(File.ReadAllBytes(Path.Combine(TestGraphs.DataDirectory, "io", "networkx.gexf")))
            .Concat(ReaderFuzz.Corpus["gexf"]);
        foreach (var bytes in files)
        {
            var streamed = GexfStream.TryRead(bytes);
            Assert.That(streamed, Is.Not.Null, Encoding.UTF8.GetString(bytes));
            Assert.That(Serialized(streamed!), Is.EqualTo(Serialized(GexfFormat.ReadPositioned(bytes, "f"))));
        }

        // The cases above reach the branches they are about.
        var first = GexfStream.TryRead(Encoding.UTF8.GetBytes(Streamed[0]))!;
        Assert.That(first.Stakeholders.Select(s => (s.Id, s.Name, s.Kind)), Is.EqualTo(new[] { ("a", "A & B", StakeholderKind.Person), ("b", "b", StakeholderKind.Organization) }));
        Assert.That(first.GetStakeholder("a").Attributes["note"], Is.EqualTo("n1"));
        Assert.That(first.Ties.Select(t => (t.Type.Name, t.Strength, t.Role)), Is.EqualTo(new[] { ("KNOWS", 2.5, " x "), ("TIE", 1.0, "chair") }));
        Assert.That((first.Title, first.Description), Is.EqualTo((" T <x> ", "D")));
        Assert.That(GexfStream.TryRead(Encoding.UTF8.GetBytes(Streamed[1]))!.Title, Is.EqualTo("  "));
    }

    [Test]
    public void Problems_and_unusual_layouts_are_declined_and_read_by_the_positioned_reader()
    {
        foreach (var xml in Declined)
        {
            Assert.That(GexfStream.TryRead(Encoding.UTF8.GetBytes(xml)), Is.Null, xml);
        }

        Assert.That(GexfFormat.Read(new MemoryStream(Encoding.UTF8.GetBytes(Declined[0])), "d.gexf").Stakeholders.Single().Id, Is.EqualTo("a"));
    }

    [Test]
    public void Depth_limit_declines_wherever_the_deep_element_is()
    {
        var deep = Head + "<meta><title><a><b>x</b></a></title></meta><graph><nodes><node id=\"a\"><x><y><z/></y></x></node></nodes></graph></gexf>";
        var bytes = Encoding.UTF8.GetBytes(deep);
        foreach (var depth in new[] { 3, 4, 5, 6 })
        {
            using var scope = ReadScope.Use(NetworkReadOptions.Default with { MaxDepth = depth });
            Assert.That(GexfStream.TryRead(bytes), Is.Null, $"max depth {depth}");
            Assert.That(() => GexfFormat.Read(new MemoryStream(bytes), "d.gexf"), Throws.TypeOf<NetworkFormatException>());
        }

        // 100,000 nested elements in <meta> (read there as a small tree) decline at once, as the positioned reader refuses them.
        var nested = Encoding.UTF8.GetBytes(Head + "<meta>" + string.Concat(Enumerable.Repeat("<a>", 100_000)) + string.Concat(Enumerable.Repeat("</a>", 100_000))
                                            + "</meta><graph/></gexf>");
        Assert.That(GexfStream.TryRead(nested), Is.Null);

        using (ReadScope.Use(NetworkReadOptions.Default with { MaxDepth = 7 }))
        {
            Assert.That(Serialized(GexfStream.TryRead(bytes)!), Is.EqualTo(Serialized(GexfFormat.ReadPositioned(bytes, "d.gexf"))));
        }
    }

    [Test]
    public void Mutated_files_that_stream_read_as_the_positioned_reader_reads_them()
    {
        var corpus = ReaderFuzz.Corpus["gexf"];
        var random = new Random(16);
        int streamed = 0, declined = 0;
        for (var i = 0; i < 2000; i++)
        {
            var ops = Enumerable.Range(0, 4 * (1 + random.Next(3))).Select(_ => random.Next()).ToArray();
            var bytes = ReaderFuzz.Mutate(corpus[i % corpus.Length], ops);
            if (GexfStream.TryRead(bytes) is not { } network)
            {
                declined++;
                continue;
            }

            streamed++;
            Assert.That(Serialized(network), Is.EqualTo(Serialized(GexfFormat.ReadPositioned(bytes, "fuzz"))), $"input {i}");
        }

        TestContext.Out.WriteLine($"{streamed} streamed, {declined} declined");
        Assert.That(streamed, Is.GreaterThan(100), "the mutations leave many files valid");
    }
}
