using System.Text;
using Stakeholders.Network.IO;
using Stakeholders.Network.Model;
using Stakeholders.Network.Tests.Fuzzing;

namespace Stakeholders.Network.Tests.IO;

/// <summary>
/// The streaming node-link reader (<see cref="NodeLinkStream"/>) reads exactly what the positioned reader reads, and
/// declines (so the positioned reader reports, with file:line:column) everything else.
/// </summary>
public class NodeLinkStreamTests
{
    private static readonly string[] Streamed =
    [
        // NetworkX / D3 style: numeric ids, indices, node objects as ends, keys, extras beside the known fields.
        """
        {"directed": false, "multigraph": true, "graph": {"name": "g"},
         "nodes": [{"id": 10, "label": "Ten", "group": 2, "x": 1.5, "y": null}, {"id": "x", "flag": true}, {"id": 2, "off": false}],
         "links": [{"source": 10, "target": "x", "value": 3, "weight": 2, "key": 0},
                   {"source": {"id": "x", "index": 1, "id": "ignored"}, "target": {"id": 10}, "key": "k1"},
                   {"source": 0, "target": 1, "label": "KNOWS", "nested": {"a": [1, "two"]}}, {"source": 2, "target": 2}]}
        """,

        // "edges" instead of "links"; the graph after the nodes; comments and trailing commas; escapes.
        """
        // a comment
        {"nodes": [{"id": "a\u00e9", "name": "A \"q\"", "kind": "organization", "organizationType": "media",
                    "aliases": ["x", "y\n"], "description": null,},
                   {"id": "b", "attributes": {"name": "attr name", "z": 1, "z": 2}, "z": "top", "w": "first", "w": "second"}],
         "edges": [{"source": "aé", "target": "b", "type": "KNOWS", "type": "ignored", "start": null, "end": "2024-03",
                    "evidence": [{"document": "d1", "quote": "q", "url": null, "offset": null}, {"document": "d1", "quote": "r", "url": "https://e.org/?a=1&b", "offset": 7}],
                    "attributes": {"source": "s", "strength": "2"}, "strength": 0.5, "confidence": 1e-1}],
         "graph": {"title": "T", "description": "D", "documents": [{"id": "d1", "title": "Doc", "published": "2023-09"}]},
         "other": [true, {"deep": ["\ud83d\ude00"]}],
        }
        """,

        // Two "links": the first counts; ids given as "id" before "key".
        """
        {"nodes": [{"id": "a"}, {"id": "b"}], "links": [{"source": "a", "target": "b", "key": 3, "id": "t"}], "links": [{"source": "zzz", "target": "b"}]}
        """,
    ];

    private static readonly string[] Declined =
    [
        "{\"links\": [], \"nodes\": [{\"id\": \"a\"}]}", // links before nodes (their ends need the nodes)
        "{\"nodes\": [{\"id\": \"a\"}], \"edges\": [], \"links\": []}", // "links" after a streamed "edges"
        "{\"nodes\": [{\"id\": \"a\"}], \"links\": 5}",
        "{\"nodes\": {}}",
        "{\"links\": []}",
        "[1, 2]",
        "{\"nodes\": [{\"id\": \"a\"}]} {}",
        "{\"nodes\": [{\"id\": \"a\"}, 7]}",
        "{\"nodes\": [{\"name\": \"no id\"}]}",
        "{\"nodes\": [{\"id\": \"a\", \"kind\": \"robot\"}]}",
        "{\"nodes\": [{\"id\": \"a\", \"attributes\": []}]}",
        "{\"nodes\": [{\"id\": \"a\", \"attributes\": {\"k\": null}}]}",
        "{\"nodes\": [{\"id\": \"a\", \"aliases\": [1]}]}",
        "{\"nodes\": [{\"id\": \"a\"}, {\"id\": \"a\"}]}",
        "{\"nodes\": [{\"id\": \"a\"}], \"links\": [{\"source\": \"a\"}]}",
        "{\"nodes\": [{\"id\": \"a\"}], \"links\": [{\"source\": \"a\", \"target\": \"b\"}]}",
        "{\"nodes\": [{\"id\": \"a\"}], \"links\": [{\"source\": \"a\", \"target\": \"a\", \"weight\": \"x\"}]}",
        "{\"nodes\": [{\"id\": \"a\"}], \"links\": [{\"source\": \"a\", \"target\": \"a\", \"start\": \"2023-00\"}]}",
        "{\"nodes\": [{\"id\": \"a\"}], \"links\": [{\"source\": \"a\", \"target\": \"a\", \"evidence\": [{\"document\": \"d\", \"quote\": \"q\", \"page\": 3}]}]}", // a field the evidence has not
        "{\"nodes\": [{\"id\": \"a\"}], \"links\": [{\"source\": \"a\", \"target\": \"a\", \"evidence\": [{\"quote\": \"q\", \"offset\": -1}]}]}",
        "{\"nodes\": [{\"id\": \"a\"}], \"links\": [{\"source\": \"a\", \"target\": \"a\", \"evidence\": [7]}]}",
        "{\"nodes\": [{\"id\": \"a\", \"other\": \"\\ud83d\"}]}",
        "{\"nodes\": [{\"id\": \"a\", \"other\": [\"\\udfff\"]}]}",
        "{\"nodes\": [{\"id\": \"a\"]}",
        "",
    ];

    private static string Serialized(StakeholderNetwork network) => NativeJson.Serialize(network);

    [Test]
    public void Streamed_files_read_as_the_positioned_reader_reads_them()
    {
        var files = Streamed.Select(Encoding.UTF8.GetBytes)
            .Append(Encoding.UTF8.GetBytes(NodeLinkFormat.Serialize(SampleNetworks.Rich())))
            .Append([.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(NodeLinkFormat.Serialize(SampleNetworks.Rich()))])
            .Concat(ReaderFuzz.Corpus["node-link"]);
        foreach (var bytes in files)
        {
            var streamed = NodeLinkStream.TryRead(bytes);
            Assert.That(streamed, Is.Not.Null, Encoding.UTF8.GetString(bytes));
            Assert.That(Serialized(streamed!), Is.EqualTo(Serialized(NodeLinkFormat.ReadPositioned(bytes, "f"))));
        }

        // The cases above reach the branches they are about.
        var first = NodeLinkStream.TryRead(Encoding.UTF8.GetBytes(Streamed[0]))!;
        Assert.That(first.Ties.Select(t => (t.Source, t.Target)), Is.EqualTo(new[] { ("10", "x"), ("x", "10"), ("10", "x"), ("2", "2") }));
        Assert.That(first.Ties.Take(2).Select(t => t.Id), Is.EqualTo(new[] { "0", "k1" }));
        var second = NodeLinkStream.TryRead(Encoding.UTF8.GetBytes(Streamed[1]))!;
        Assert.That(second.GetStakeholder("b").Attributes, Is.EqualTo(new SortedDictionary<string, string> { ["name"] = "attr name", ["w"] = "first", ["z"] = "2" }));
        Assert.That(second.Ties[0].Evidence.Select(e => (e.Quote, e.Offset, e.Url?.OriginalString)), Is.EqualTo(new[] { ("q", (int?)null, (string?)null), ("r", 7, "https://e.org/?a=1&b") }));
        Assert.That((second.Title, second.Documents.Single().Id, second.Ties[0].Strength, second.Ties[0].Type.Name), Is.EqualTo(("T", "d1", 0.5, "KNOWS")));
    }

    [Test]
    public void Problems_and_unusual_layouts_are_declined_and_read_by_the_positioned_reader()
    {
        foreach (var json in Declined)
        {
            var bytes = Encoding.UTF8.GetBytes(json);
            Assert.That(NodeLinkStream.TryRead(bytes), Is.Null, json);
        }

        // Declined layouts that are valid still read, through the positioned reader.
        var network = NodeLinkFormat.Parse(Declined[0]);
        Assert.That(network.Stakeholders.Single().Id, Is.EqualTo("a"));
    }

    [Test]
    public void Mutated_files_that_stream_read_as_the_positioned_reader_reads_them()
    {
        var corpus = ReaderFuzz.Corpus["node-link"];
        var random = new Random(16);
        int streamed = 0, declined = 0;
        for (var i = 0; i < 3000; i++)
        {
            var ops = Enumerable.Range(0, 4 * (1 + random.Next(3))).Select(_ => random.Next()).ToArray();
            var bytes = ReaderFuzz.Mutate(corpus[i % corpus.Length], ops);
            if (NodeLinkStream.TryRead(bytes) is not { } network)
            {
                declined++;
                continue;
            }

            streamed++;
            Assert.That(Serialized(network), Is.EqualTo(Serialized(NodeLinkFormat.ReadPositioned(bytes, "fuzz"))), $"input {i}");
        }

        TestContext.Out.WriteLine($"{streamed} streamed, {declined} declined");
        Assert.That(streamed, Is.GreaterThan(100), "the mutations leave many files valid");
    }
}
