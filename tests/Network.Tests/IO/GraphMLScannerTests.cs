using System.Text;
using NUnit.Framework;
using Stakeholders.Network.IO;

namespace Stakeholders.Network.Tests.IO;

/// <summary>
/// The byte scanner for plain GraphML (<c>PlainGraphSource.TryScanGraphML</c>) reads exactly what the XmlReader fast path
/// reads, or declines: on the fixtures, on hand-made edge cases and on mutated files; and whatever it accepts, the full
/// reader accepts with the same stakeholders.
/// </summary>
public sealed class GraphMLScannerTests
{
    private static string TestData => Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData");

    private static readonly string NetworkXStyle =
        "<?xml version='1.0' encoding='utf-8'?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
        + "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
        + "  <graph edgedefault=\"undirected\">\n    <node id=\"0\" />\n    <node id=\"1\" />\n    <node id=\"2\" />\n"
        + "    <edge source=\"0\" target=\"1\" />\n    <edge source=\"1\" target=\"2\" />\n    <edge source=\"2\" target=\"0\" />\n  </graph>\n</graphml>\n";

    public static IEnumerable<string> GraphMLFixtures() =>
        Directory.EnumerateFiles(TestData, "*.graphml", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(TestData, f))
            .Order(StringComparer.Ordinal);

    private static PlainGraphSource? XmlReaderPath(byte[] bytes)
    {
        var path = Path.Combine(Path.GetTempPath(), $"scan-{Guid.NewGuid():N}.graphml");
        File.WriteAllBytes(path, bytes);
        try
        {
            return PlainGraphSource.TryReadGraphML(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static void AssertSame(PlainGraphSource scanned, PlainGraphSource? read, string what)
    {
        Assert.That(read, Is.Not.Null, $"{what}: the scanner accepted a file the XmlReader path declines");
        Assert.Multiple(() =>
        {
            Assert.That(scanned.Ids, Is.EqualTo(read!.Ids), what);
            Assert.That(scanned.EdgeCount, Is.EqualTo(read.EdgeCount), what);
            Assert.That(scanned.Sources.AsSpan(0, scanned.EdgeCount).ToArray(), Is.EqualTo(read.Sources.AsSpan(0, read.EdgeCount).ToArray()), what);
            Assert.That(scanned.Targets.AsSpan(0, scanned.EdgeCount).ToArray(), Is.EqualTo(read.Targets.AsSpan(0, read.EdgeCount).ToArray()), what);
            Assert.That(scanned.Weights, Is.Null, what);
        });
    }

    [TestCaseSource(nameof(GraphMLFixtures))]
    public void Reads_every_fixture_as_the_XmlReader_path_or_declines_it(string relative)
    {
        var bytes = File.ReadAllBytes(Path.Combine(TestData, relative));
        var scanned = PlainGraphSource.TryScanGraphML(bytes);
        var read = XmlReaderPath(bytes);
        if (scanned is null)
        {
            Assert.Pass("declined");
        }

        AssertSame(scanned, read, relative);
    }

    [Test]
    public void Takes_the_files_igraph_and_NetworkX_write_for_a_plain_graph()
    {
        var igraph = File.ReadAllBytes(Path.Combine(TestData, "io", "igraph_karate_plain.graphml"));
        var networkx = Encoding.UTF8.GetBytes(NetworkXStyle);
        var fromIgraph = PlainGraphSource.TryScanGraphML(igraph);
        var fromNetworkX = PlainGraphSource.TryScanGraphML(networkx);
        Assert.That(fromIgraph, Is.Not.Null, "igraph's write_graphml output");
        Assert.That(fromNetworkX, Is.Not.Null, "NetworkX's write_graphml output");
        AssertSame(fromIgraph!, XmlReaderPath(igraph), "igraph");
        AssertSame(fromNetworkX!, XmlReaderPath(networkx), "networkx");
        Assert.That(fromNetworkX!.Ids, Is.EqualTo(new[] { "0", "1", "2" }));
        Assert.That(fromIgraph!.Ids, Has.Length.EqualTo(34));
    }

    [TestCase("\uFEFF<graphml><graph><node id='a'/><node  id = \"b\" ></node><!-- a comment --><edge target='a' source='b' extra=\"x\"/></graph></graphml>", TestName = "a BOM, single quotes, spaces, a comment, an end tag, attribute order, an ignored attribute")]
    [TestCase("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<graphml a=\"line\r\nbreak\"><graph id=\"G\"><node id=\"n 1\"/><edge id=\"e\" source=\"n 1\" target=\"n 1\"/></graph></graphml>\r\n", TestName = "a declaration, CRLF, a line break in a root attribute, a space in an id, a self-loop")]
    [TestCase("<graphml><graph/></graphml>", TestName = "an empty graph")]
    public void Reads_edge_cases_as_the_XmlReader_path(string xml)
    {
        var bytes = Encoding.UTF8.GetBytes(xml);
        var scanned = PlainGraphSource.TryScanGraphML(bytes);
        Assert.That(scanned, Is.Not.Null);
        AssertSame(scanned!, XmlReaderPath(bytes), xml);
    }

    [TestCase("<graphml><graph><node id=\"a&amp;b\"/></graph></graphml>", TestName = "an entity reference")]
    [TestCase("<graphml><graph><node id=\"&#97;\"/></graph></graphml>", TestName = "a character reference")]
    [TestCase("<graphml><graph><node id=\"a\"><![CDATA[x]]></node></graph></graphml>", TestName = "CDATA")]
    [TestCase("<graphml><graph>text<node id=\"a\"/></graph></graphml>", TestName = "text between elements")]
    [TestCase("<graphml><graph><node id=\"a\" y:z=\"1\"/></graph></graphml>", TestName = "an undeclared prefix")]
    [TestCase("<graphml><graph><node id=\"a\" id=\"b\"/></graph></graphml>", TestName = "a repeated attribute")]
    [TestCase("<graphml><graph><node id=\"é\"/></graph></graphml>", TestName = "a non-ASCII id")]
    [TestCase("<graphml><graph><node id=\"a\tb\"/></graph></graphml>", TestName = "a tab in an id (the XmlReader normalises it)")]
    [TestCase("<graphml><!-- a -- b --><graph/></graphml>", TestName = "two dashes inside a comment")]
    [TestCase("<?xml version=\"1.0\" encoding=\"UTF-16\"?><graphml><graph/></graphml>", TestName = "another encoding")]
    [TestCase("<?xml version=\"1.1\"?><graphml><graph/></graphml>", TestName = "XML 1.1")]
    [TestCase("<?xml-stylesheet href=\"x\"?><graphml><graph/></graphml>", TestName = "a processing instruction")]
    [TestCase("<!DOCTYPE graphml><graphml><graph/></graphml>", TestName = "a DOCTYPE")]
    [TestCase("<graphml><graph><node id=\"a\"/></graph></graphml>junk", TestName = "text after the root")]
    [TestCase("<graphml><graph><node id=\"a\"/></graph>", TestName = "an unclosed root")]
    [TestCase("<graphml><graph><node id=\"a\"/></grap></graphml>", TestName = "a mismatched end tag")]
    [TestCase("<graphml><graph/><graph/></graphml>", TestName = "a second graph")]
    [TestCase("<graphml><key id=\"k\"/><graph/></graphml>", TestName = "a key")]
    [TestCase("<graphml><graph><node id=\"a\"><data key=\"k\">1</data></node></graph></graphml>", TestName = "data")]
    [TestCase("<g:graphml xmlns:g=\"urn:x\"><g:graph/></g:graphml>", TestName = "prefixed elements")]
    [TestCase("<graphml><graph><node id=\"a\"/><edge source=\"a\"/></graph></graphml>", TestName = "an edge without a target")]
    [TestCase("<graphml><graph><node id=\" \"/></graph></graphml>", TestName = "a blank id")]
    [TestCase("<graphml><graph><node id=\"a\"/><edge id=\"\" source=\"a\" target=\"a\"/></graph></graphml>", TestName = "an empty edge id")]
    [TestCase("<graphml><graph><node id=\"a\"b=\"c\"/></graph></graphml>", TestName = "attributes not separated by whitespace")]
    [TestCase("<graphml><graph><node id=\"a/></graph></graphml>", TestName = "an unterminated value")]
    public void Declines_what_it_does_not_check(string xml)
    {
        Assert.That(PlainGraphSource.TryScanGraphML(Encoding.UTF8.GetBytes(xml)), Is.Null);
    }

    /// <summary>
    /// Differential check on mutated plain files (igraph's and NetworkX's, a fixed seed): whenever the scanner reads a file,
    /// the XmlReader path reads the same graph and the full reader reads the same stakeholders.
    /// </summary>
    [Test]
    public void Mutated_files_read_the_same_as_the_XmlReader_path_or_are_declined()
    {
        var seeds = new[] { File.ReadAllBytes(Path.Combine(TestData, "io", "igraph_karate_plain.graphml")), Encoding.UTF8.GetBytes(NetworkXStyle) };
        var random = new Random(2027);
        var (taken, declined) = (0, 0);
        foreach (var seed in seeds)
        {
            for (var round = 0; round < 400; round++)
            {
                var ops = Enumerable.Range(0, 4 * (1 + random.Next(3))).Select(_ => random.Next()).ToArray();
                var bytes = Fuzzing.ReaderFuzz.Mutate(seed, ops);
                var scanned = PlainGraphSource.TryScanGraphML(bytes);
                if (scanned is null)
                {
                    declined++;
                    continue;
                }

                taken++;
                AssertSame(scanned, XmlReaderPath(bytes), $"round {round}");
                var path = Path.Combine(Path.GetTempPath(), $"scan-full-{Guid.NewGuid():N}.graphml");
                File.WriteAllBytes(path, bytes);
                try
                {
                    Assert.That(NetworkFile.Read(path).Stakeholders.Select(s => s.Id), Is.EqualTo(scanned.Ids), $"round {round}: the full reader");
                }
                finally
                {
                    File.Delete(path);
                }
            }
        }

        Assert.That(taken, Is.GreaterThan(0), "some mutated files must still be scanned");
        Assert.That(declined, Is.GreaterThan(0));
    }

    // Chunk boundaries everywhere: 1 byte (every token, tag, attribute, comment and the BOM's three bytes split), a few
    // sizes that fall at different offsets, one that holds most elements whole.
    private static readonly int[] TinyChunks = [1, 2, 3, 5, 8, 13, 64];

    private static void AssertSameAtEveryChunkSize(byte[] bytes, string what)
    {
        var whole = PlainGraphSource.TryScanGraphML(bytes, chunkSize: bytes.Length + 1);
        foreach (var chunk in TinyChunks)
        {
            var scanned = PlainGraphSource.TryScanGraphML(bytes, chunk);
            if (whole is null)
            {
                Assert.That(scanned, Is.Null, $"{what}: declined read whole, taken in chunks of {chunk}");
                continue;
            }

            Assert.That(scanned, Is.Not.Null, $"{what}: taken read whole, declined in chunks of {chunk}");
            AssertSame(scanned!, whole, $"{what}, chunks of {chunk}");
        }
    }

    [TestCaseSource(nameof(GraphMLFixtures))]
    public void Reads_every_fixture_the_same_in_tiny_chunks(string relative) =>
        AssertSameAtEveryChunkSize(File.ReadAllBytes(Path.Combine(TestData, relative)), relative);

    [TestCase("\uFEFF<graphml><graph><node id='a'/><node  id = \"b\" ></node><!-- a comment --><edge target='a' source='b' extra=\"x\"/></graph></graphml>")]
    [TestCase("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<graphml a=\"line\r\nbreak\"><graph id=\"G\"><node id=\"n 1\"/><edge id=\"e\" source=\"n 1\" target=\"n 1\"/></graph></graphml>\r\n<!-- after -->  ")]
    [TestCase("<graphml><graph/></graphml>")]
    [TestCase("<graphml><graph><node id=\"é\"/></graph></graphml>", TestName = "a two-byte UTF-8 sequence in an id is declined at every split")]
    [TestCase("<graphml><graph><node id=\"a\"/><!-- 日本 --></graph></graphml>", TestName = "a three-byte UTF-8 sequence in a comment is declined at every split")]
    [TestCase("<graphml><graph><node id=\"a\"/></graph></graphml><!-- a -", TestName = "an unterminated comment after the root")]
    [TestCase("<graphml><graph><node id=\"a\"/></graph></graphml><", TestName = "a lone '<' after the root")]
    [TestCase("<graphml><graph><node id=\"a\"/></graph><graph/></graphml>", TestName = "a second graph")]
    [TestCase("<graphml><graph><node id=\"a\"/><node id=\"a\"/></graph></graphml>", TestName = "a duplicate node id")]
    public void Reads_or_declines_edge_cases_the_same_in_tiny_chunks(string xml) =>
        AssertSameAtEveryChunkSize(Encoding.UTF8.GetBytes(xml), xml);

    [Test]
    public void Reads_mutated_files_the_same_in_tiny_chunks()
    {
        var seeds = new[] { File.ReadAllBytes(Path.Combine(TestData, "io", "igraph_karate_plain.graphml")), Encoding.UTF8.GetBytes(NetworkXStyle) };
        var random = new Random(2028);
        foreach (var seed in seeds)
        {
            for (var round = 0; round < 60; round++)
            {
                var ops = Enumerable.Range(0, 4 * (1 + random.Next(3))).Select(_ => random.Next()).ToArray();
                AssertSameAtEveryChunkSize(Fuzzing.ReaderFuzz.Mutate(seed, ops), $"round {round}");
            }
        }
    }

    [Test]
    public void An_element_or_comment_longer_than_a_chunk_grows_the_buffer_and_is_read()
    {
        var longId = new string('x', 5000);
        var xml = $"<graphml><!-- {new string('c', 3000)} --><graph><node id=\"{longId}\"/><node id=\"b\"/><edge source=\"b\" target=\"{longId}\"/></graph></graphml>";
        var scanned = PlainGraphSource.TryScanGraphML(Encoding.UTF8.GetBytes(xml), chunkSize: 16);
        Assert.That(scanned, Is.Not.Null);
        Assert.That(scanned!.Ids, Is.EqualTo(new[] { longId, "b" }));
        Assert.That((scanned.Sources[0], scanned.Targets[0]), Is.EqualTo((1, 0)));
    }

    /// <summary>The scanner holds a chunk, not the file: reading a 5,000-edge file in chunks of 4 KiB never asks the
    /// stream for more than one buffer's worth at a time, and the buffer never grows (no element is longer than a chunk).</summary>
    [Test]
    public void Reads_a_large_file_without_holding_it()
    {
        var text = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n<graph edgedefault=\"undirected\">\n");
        for (var v = 0; v < 1000; v++)
        {
            text.Append("<node id=\"n").Append(v).Append("\"/>\n");
        }

        for (var e = 0; e < 5000; e++)
        {
            text.Append("<edge source=\"n").Append(e % 1000).Append("\" target=\"n").Append((e * 7 + 3) % 1000).Append("\"/>\n");
        }

        var bytes = Encoding.UTF8.GetBytes(text.Append("</graph>\n</graphml>\n").ToString());
        using var stream = new LargestReadStream(bytes);
        var scanned = PlainGraphSource.TryScanGraphML(stream, chunkSize: 4096);
        Assert.That(scanned, Is.Not.Null);
        Assert.That(scanned!.EdgeCount, Is.EqualTo(5000));
        AssertSame(scanned, XmlReaderPath(bytes), "large file");
        Assert.That(bytes, Has.Length.GreaterThan(100_000));
        Assert.That(stream.LargestRead, Is.LessThanOrEqualTo(4096));
        Assert.That(stream.Position, Is.EqualTo(bytes.Length), "read to the end");
    }

    private sealed class LargestReadStream(byte[] bytes) : MemoryStream(bytes, writable: false)
    {
        public int LargestRead { get; private set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            LargestRead = Math.Max(LargestRead, count);
            return base.Read(buffer, offset, count);
        }
    }
}
