using System.Text;
using Stakeholders.Network.IO;
using Stakeholders.Network.Model;
using Stakeholders.Network.Tests.Fuzzing;

namespace Stakeholders.Network.Tests.IO;

/// <summary>
/// The streaming native JSON reader (<see cref="NativeJsonStream"/>) reads exactly what the positioned reader reads,
/// and declines (so the positioned reader reports, with file:line:column) everything else.
/// </summary>
public class NativeJsonStreamTests
{
    private const string Head = "{\"format\": \"stakeholders-network\", \"version\": 1, ";

    private static readonly string[] Streamed =
    [
        // Fields in any order, nulls for optional values, comments, trailing commas, escapes, "-0" as an offset.
        """
        /* c */ {"ties": [{"source": "a", "target": "b", "type": "KNOWS", "start": null, "end": "2024-03", "strength": 2e0, "confidence": null,
                 "evidence": [{"quote": "q \u00e9", "document": "d1", "url": null, "offset": -0}, {"document": "d1", "quote": "r", "url": "https://e.org/?a=1&b", "offset": 7}],
                 "attributes": {"n": 1, "b": true, "s": "x"}, "role": null, "id": null},
                {"id": "t2", "source": "b", "target": "a", "type": "KNOWS", "evidence": null, "attributes": null,}],
         "stakeholders": [{"id": "a", "name": "A", "kind": "organization", "organizationType": "media", "aliases": ["x", "y\n"], "description": null},
                          {"id": "b", "name": "B", "kind": "person", "aliases": null, "organizationType": null, "attributes": {}}],
         "version": 1, "title": "T", "description": null,
         "documents": [{"id": "d1", "title": "Doc", "url": "https://e.org/d", "published": "2023-09", "path": null}],
         "format": "stakeholders-network"}
        """,
        Head + "\"documents\": null, \"stakeholders\": [], \"ties\": []}",

        // Fields the reader does not use are ignored, at every level.
        Head + "\"generator\": {\"name\": [1, null]}, \"documents\": [{\"id\": \"d\", \"publisher\": \"P\"}], \"stakeholders\": [{\"id\": \"a\", \"name\": \"A\", \"kind\": \"person\", \"x\": 1, \"y\": 2}],"
            + " \"ties\": [{\"source\": \"a\", \"target\": \"a\", \"type\": \"T\", \"note\": \"n\", \"evidence\": [{\"document\": \"d\", \"quote\": \"q\", \"page\": 3}]}]}",
    ];

    private static readonly string[] Declined =
    [
        Head + "\"stakeholders\": [], \"ties\": [], \"extra\": 1, \"extra\": 2}", // a field it does not use, twice
        Head + "\"stakeholders\": [{\"id\": \"a\", \"name\": \"A\", \"kind\": \"person\", \"x\": 1, \"x\": {}}], \"ties\": []}",
        Head + "\"stakeholders\": [{\"id\": \"a\", \"name\": \"A\", \"kind\": \"person\", \"x\": [\"\\udfff\"]}], \"ties\": []}",
        "{\"version\": 1, \"stakeholders\": [], \"ties\": []}",
        "{\"format\": \"other\", \"version\": 1, \"stakeholders\": [], \"ties\": []}",
        "{\"format\": \"stakeholders-network\", \"version\": 2, \"stakeholders\": [], \"ties\": []}",
        "{\"format\": \"stakeholders-network\", \"version\": 1.0, \"stakeholders\": [], \"ties\": []}",
        "{\"format\": \"stakeholders-network\", \"stakeholders\": [], \"ties\": []}",
        Head + "\"ties\": []}",
        Head + "\"stakeholders\": null, \"ties\": []}",
        Head + "\"stakeholders\": [], \"ties\": [], \"ties\": []}",
        Head + "\"stakeholders\": [7], \"ties\": []}",
        Head + "\"stakeholders\": [{\"id\": \"a\", \"kind\": \"person\"}], \"ties\": []}",
        Head + "\"stakeholders\": [{\"id\": \"a\", \"name\": \"A\", \"kind\": \"robot\"}], \"ties\": []}",
        Head + "\"stakeholders\": [{\"id\": \"a\", \"name\": \"A\", \"kind\": \"person\", \"organizationType\": \"media\"}], \"ties\": []}",
        Head + "\"stakeholders\": [{\"id\": \"a\", \"name\": \"A\", \"name\": \"B\", \"kind\": \"person\"}], \"ties\": []}",
        Head + "\"stakeholders\": [{\"id\": \"a\", \"name\": \"A\", \"kind\": \"person\", \"aliases\": [1]}], \"ties\": []}",
        Head + "\"stakeholders\": [{\"id\": \"a\", \"name\": \"A\", \"kind\": \"person\", \"attributes\": {\"k\": 1, \"k\": 2}}], \"ties\": []}",
        Head + "\"stakeholders\": [{\"id\": \"a\", \"name\": \"A\", \"kind\": \"person\", \"attributes\": {\"k\": null}}], \"ties\": []}",
        Head + "\"stakeholders\": [{\"id\": \"a\", \"name\": \"A\", \"kind\": \"person\"}, {\"id\": \"a\", \"name\": \"A\", \"kind\": \"person\"}], \"ties\": []}",
        Head + "\"stakeholders\": [], \"ties\": [{\"source\": \"a\", \"target\": \"b\", \"type\": \"T\"}]}",
        Head + "\"stakeholders\": [{\"id\": \"a\", \"name\": \"A\", \"kind\": \"person\"}], \"ties\": [{\"source\": \"a\", \"type\": \"T\"}]}",
        Head + "\"stakeholders\": [{\"id\": \"a\", \"name\": \"A\", \"kind\": \"person\"}], \"ties\": [{\"source\": \"a\", \"target\": \"a\", \"type\": \"T\", \"strength\": \"2\"}]}",
        Head + "\"stakeholders\": [{\"id\": \"a\", \"name\": \"A\", \"kind\": \"person\"}], \"ties\": [{\"source\": \"a\", \"target\": \"a\", \"type\": \"T\", \"strength\": 1e999}]}",
        Head + "\"stakeholders\": [{\"id\": \"a\", \"name\": \"A\", \"kind\": \"person\"}], \"ties\": [{\"source\": \"a\", \"target\": \"a\", \"type\": \"T\", \"start\": \"2023-00\"}]}",
        Head + "\"stakeholders\": [{\"id\": \"a\", \"name\": \"A\", \"kind\": \"person\"}], \"ties\": [{\"source\": \"a\", \"target\": \"a\", \"type\": \"T\", \"evidence\": [{\"document\": \"d\", \"quote\": \"q\", \"offset\": 1.5}]}]}",
        Head + "\"stakeholders\": [{\"id\": \"a\", \"name\": \"A\", \"kind\": \"person\"}], \"ties\": [{\"source\": \"a\", \"target\": \"a\", \"type\": \"T\", \"evidence\": [{\"quote\": \"q\"}]}]}",
        Head + "\"stakeholders\": [{\"id\": \"a\", \"name\": \"A\", \"kind\": \"person\"}], \"ties\": [{\"source\": \"a\", \"target\": \"a\", \"type\": \"T\", \"evidence\": {}}]}",
        Head + "\"documents\": [{\"title\": \"no id\"}], \"stakeholders\": [], \"ties\": []}",
        Head + "\"stakeholders\": [], \"ties\": []} []",
        Head + "\"stakeholders\": [{\"id\": \"\\ud83d\", \"name\": \"A\", \"kind\": \"person\"}], \"ties\": []}",
        "[]",
        "",
    ];

    private static string Serialized(StakeholderNetwork network) => NativeJson.Serialize(network);

    [Test]
    public void Streamed_files_read_as_the_positioned_reader_reads_them()
    {
        var seed = File.ReadAllBytes(Path.Combine(TestContext.CurrentContext.TestDirectory, "seeds", "shijingshan-forum-2023.json"));
        var files = Streamed.Select(Encoding.UTF8.GetBytes)
            .Append(Encoding.UTF8.GetBytes(NativeJson.Serialize(SampleNetworks.Rich())))
            .Append([.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(NativeJson.Serialize(SampleNetworks.Rich()))])
            .Append(seed)
            .Concat(ReaderFuzz.Corpus["json"]);
        foreach (var bytes in files)
        {
            var streamed = NativeJsonStream.TryRead(bytes);
            Assert.That(streamed, Is.Not.Null, Encoding.UTF8.GetString(bytes));
            Assert.That(Serialized(streamed!), Is.EqualTo(Serialized(NativeJson.ReadPositioned(bytes, "f"))));
        }

        var first = NativeJsonStream.TryRead(Encoding.UTF8.GetBytes(Streamed[0]))!;
        Assert.That(first.Ties[0].Evidence.Select(e => (e.Quote, e.Offset, e.Url?.OriginalString)), Is.EqualTo(new[] { ("q é", (int?)0, (string?)null), ("r", 7, "https://e.org/?a=1&b") }));
        Assert.That(first.Ties[0].Attributes, Is.EqualTo(new SortedDictionary<string, string> { ["b"] = "true", ["n"] = "1", ["s"] = "x" }));
        Assert.That((first.Ties[0].Period is not null, first.Ties[1].Period is null, first.Ties[0].Strength), Is.EqualTo((true, true, 2.0)));
    }

    [Test]
    public void Problems_are_declined_and_read_by_the_positioned_reader()
    {
        foreach (var json in Declined)
        {
            Assert.That(NativeJsonStream.TryRead(Encoding.UTF8.GetBytes(json)), Is.Null, json);
        }

        Assert.That(() => NativeJson.Parse(Declined[0], "d.json"), Throws.TypeOf<NetworkValidationException>().With.Message.Contains("d.json:1:"));
    }

    [Test]
    public void Mutated_files_that_stream_read_as_the_positioned_reader_reads_them()
    {
        var corpus = ReaderFuzz.Corpus["json"];
        var random = new Random(16);
        int streamed = 0, declined = 0;
        for (var i = 0; i < 3000; i++)
        {
            var ops = Enumerable.Range(0, 4 * (1 + random.Next(3))).Select(_ => random.Next()).ToArray();
            var bytes = ReaderFuzz.Mutate(corpus[i % corpus.Length], ops);
            if (NativeJsonStream.TryRead(bytes) is not { } network)
            {
                declined++;
                continue;
            }

            streamed++;
            Assert.That(Serialized(network), Is.EqualTo(Serialized(NativeJson.ReadPositioned(bytes, "fuzz"))), $"input {i}");
        }

        TestContext.Out.WriteLine($"{streamed} streamed, {declined} declined");
        Assert.That(streamed, Is.GreaterThan(100), "the mutations leave many files valid");
    }
}
