using System.Diagnostics;
using System.Text;
using Stakeholders.Network.IO;
using Stakeholders.Network.Model;

namespace Stakeholders.Network.Tests.Fuzzing;

/// <summary>The outcome of one fuzzed read.</summary>
internal enum FuzzOutcome
{
    Network,
    FormatError,
    ValidationError,
}

/// <summary>
/// Mutation fuzzing of every reader: valid files (a slice of the seed network written by each writer, plus files from
/// other tools) are mutated byte-wise and token-wise, and each reader must either return a network or throw its typed
/// error with a position: <see cref="NetworkFormatException"/> with line and column ≥ 1, or
/// <see cref="NetworkValidationException"/> whose every problem names a place in the file. Anything else is a crash.
/// </summary>
internal static class ReaderFuzz
{
    /// <summary>The readers under test, by name.</summary>
    public static readonly string[] Readers = ["json", "node-link", "csv", "edgelist", "graphml", "gexf", "pajek"];

    // Tokens that reach the interesting branches: structure, escapes, surrogates, huge and non-finite numbers,
    // declared sizes, XML markup and entities, CSV quoting, Pajek sections.
    private static readonly string[] Tokens =
    [
        "{", "}", "[", "]", ",", ":", "\"", "\\", "\\u", "\\ud83d", "\\udfff", "\\ude00\\ud83d", "null", "true", "-0", "1e308", "1e999", "-1",
        "NaN", "Infinity", "0x10", "99999999999", "2147483648", "\u0000", "\uFEFF", "\r", "\n", "\t", " ", "'", "#", "%", "=cmd",
        "<", ">", "</", "/>", "<![CDATA[", "]]>", "&amp;", "&#0;", "&#xD800;", "&undefined;", "<?xml version=\"1.0\"?>",
        "<!DOCTYPE x [<!ENTITY a \"aaaa\">]>", "<graph>", "<node id=\"z\"/>", "<edge source=\"z\" target=\"q\"/>", "<data key=\"k\">",
        "*Vertices 3", "*Vertices 99999999", "*Arcs", "*Edges", "*Arcslist", "*Matrix", "*Network x",
        "\"id\"", "\"source\"", "\"target\"", "\"links\":5", "\"nodes\":{}", "\"version\":2", "\"kind\":\"alien\"",
        "2023-13-45", "2023-02-30", "0000-00", "9999-12-31", "-5", "1.5", ",,,", "\"\"\"", "a b c d",
    ];

    private static readonly Lazy<Dictionary<string, byte[][]>> CorpusCache = new(BuildCorpus);

    /// <summary>The valid starting files per reader.</summary>
    public static Dictionary<string, byte[][]> Corpus => CorpusCache.Value;

    /// <summary>
    /// Applies the mutations encoded by <paramref name="ops"/> (four ints per mutation: kind, position, length, token)
    /// to a copy of <paramref name="seed"/>. Deterministic in its arguments, so CsCheck can shrink the ints.
    /// </summary>
    public static byte[] Mutate(byte[] seed, int[] ops)
    {
        var data = new List<byte>(seed);
        for (var i = 0; i + 3 < ops.Length; i += 4)
        {
            var kind = Math.Abs(ops[i] % 9);
            var at = data.Count == 0 ? 0 : (int)((uint)ops[i + 1] % (uint)(data.Count + 1));
            var length = 1 + (int)((uint)ops[i + 2] % 64);
            var token = Encoding.UTF8.GetBytes(Tokens[(int)((uint)ops[i + 3] % (uint)Tokens.Length)]);
            switch (kind)
            {
                case 0: // flip a byte
                    if (at < data.Count)
                    {
                        data[at] ^= (byte)(1 << (ops[i + 3] & 7));
                    }

                    break;
                case 1: // a random byte, possibly invalid UTF-8
                    if (at < data.Count)
                    {
                        data[at] = (byte)ops[i + 3];
                    }

                    break;
                case 2: // delete a range
                    data.RemoveRange(Math.Min(at, data.Count), Math.Min(length, data.Count - Math.Min(at, data.Count)));
                    break;
                case 3: // duplicate a range
                {
                    var start = Math.Min(at, data.Count);
                    var slice = data.GetRange(start, Math.Min(length, data.Count - start));
                    data.InsertRange(start, slice);
                    break;
                }

                case 4: // truncate
                    data.RemoveRange(at, data.Count - at);
                    break;
                case 5 or 6 or 7: // insert a token
                    data.InsertRange(at, token);
                    break;
                default: // replace a range by a token
                {
                    var start = Math.Min(at, data.Count);
                    data.RemoveRange(start, Math.Min(length, data.Count - start));
                    data.InsertRange(start, token);
                    break;
                }
            }
        }

        return data.ToArray();
    }

    /// <summary>Reads <paramref name="bytes"/> with the named reader and classifies the outcome; throws on any other outcome.</summary>
    /// <exception cref="InvalidOperationException">The reader crashed or gave an error without a position.</exception>
    public static FuzzOutcome Read(string reader, byte[] bytes)
    {
        const string name = "fuzz";
        try
        {
            var network = reader switch
            {
                "json" => NativeJson.Read(bytes, name),
                "node-link" => NodeLinkFormat.Read(bytes, name),
                "csv" => ReadCsv(bytes),
                "edgelist" => EdgeListFormat.Read(new StreamReader(new MemoryStream(bytes), Encoding.UTF8), name),
                "graphml" => GraphMLFormat.Read(new MemoryStream(bytes), name),
                "gexf" => GexfFormat.Read(new MemoryStream(bytes), name),
                "pajek" => PajekFormat.Read(new StreamReader(new MemoryStream(bytes), Encoding.UTF8), name),
                _ => throw new ArgumentOutOfRangeException(nameof(reader), reader, "unknown reader"),
            };
            return network is null ? throw new InvalidOperationException("null network") : FuzzOutcome.Network;
        }
        catch (NetworkFormatException e)
        {
            if (e.Line < 1 || e.Column < 1 || !e.File.StartsWith(name, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"{reader}: a format error without a position: {e.Message}", e);
            }

            return FuzzOutcome.FormatError;
        }
        catch (NetworkValidationException e)
        {
            var unplaced = e.Problems.FirstOrDefault(p => !p.Location.StartsWith(name, StringComparison.Ordinal) || NetworkFormatException.ParseLocation(p.Location).Line < 1 || !p.Location.Contains(':', StringComparison.Ordinal));
            if (e.Problems.Count == 0 || unplaced is not null)
            {
                throw new InvalidOperationException($"{reader}: a validation problem without a place: {unplaced}", e);
            }

            return FuzzOutcome.ValidationError;
        }
        catch (Exception e) when (e is not InvalidOperationException { Message: var m } || !m.StartsWith(reader, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{reader}: crashed with {e.GetType().Name}: {e.Message}", e);
        }
    }

    // A CSV input is the nodes and edges sheets separated by a form feed, so one mutation can hit either sheet.
    private static StakeholderNetwork ReadCsv(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var cut = text.IndexOf('\f', StringComparison.Ordinal);
        var nodes = cut < 0 ? null : text[..cut];
        var edges = cut < 0 ? text : text[(cut + 1)..];
        return CsvFormat.Read(nodes, "fuzz.nodes.csv", edges, "fuzz.edges.csv");
    }

    /// <summary>Runs <paramref name="count"/> seeded inputs across the readers outside CsCheck (the long run) and counts the outcomes.</summary>
    public static (long Inputs, Dictionary<string, int[]> Outcomes, List<string> Crashes, TimeSpan Elapsed) Run(long count, int seed)
    {
        var random = new Random(seed);
        var outcomes = Readers.ToDictionary(r => r, _ => new int[3]);
        var crashes = new List<string>();
        var clock = Stopwatch.StartNew();
        for (long i = 0; i < count; i++)
        {
            var reader = Readers[i % Readers.Length];
            var corpus = Corpus[reader];
            var start = corpus[random.Next(corpus.Length)];
            var ops = new int[4 * random.Next(1, 9)];
            for (var k = 0; k < ops.Length; k++)
            {
                ops[k] = random.Next();
            }

            try
            {
                outcomes[reader][(int)Read(reader, Mutate(start, ops))]++;
            }
            catch (InvalidOperationException e)
            {
                crashes.Add($"input {i}: {e.Message}");
            }
        }

        return (count, outcomes, crashes, clock.Elapsed);
    }

    private static Dictionary<string, byte[][]> BuildCorpus()
    {
        var seed = NetworkFile.Read(Path.Combine(TestContext.CurrentContext.TestDirectory, "seeds", "shijingshan-forum-2023.json"));
        var slice = Slice(seed, 12);
        var io = Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", "io");
        byte[] Written(Action<Stream> write)
        {
            using var stream = new MemoryStream();
            write(stream);
            return stream.ToArray();
        }

        byte[] Text(Action<TextWriter> write)
        {
            using var writer = new StringWriter();
            write(writer);
            return Encoding.UTF8.GetBytes(writer.ToString());
        }

        var csv = Text(w =>
        {
            CsvFormat.WriteNodes(slice, w);
            w.Write('\f');
            CsvFormat.WriteEdges(slice, w);
        });
        return new Dictionary<string, byte[][]>
        {
            ["json"] = [Written(s => NativeJson.Write(slice, s)), File.ReadAllBytes(Path.Combine(io, "sample.json"))],
            ["node-link"] = [Written(s => NodeLinkFormat.Write(slice, s)), Encoding.UTF8.GetBytes("{\"directed\":false,\"multigraph\":false,\"graph\":{},\"nodes\":[{\"id\":0},{\"id\":1}],\"links\":[{\"source\":0,\"target\":1,\"weight\":2.5}]}")],
            ["csv"] = [csv, [.. File.ReadAllBytes(Path.Combine(io, "spreadsheet.nodes.csv")), (byte)'\f', .. File.ReadAllBytes(Path.Combine(io, "spreadsheet.edges.csv"))]],
            ["edgelist"] = [Text(w => EdgeListFormat.Write(slice, w)), Encoding.UTF8.GetBytes("# c\n#! node x\na b 2.5\nb c\n")],
            ["graphml"] = [Written(s => GraphMLFormat.Write(slice, s)), File.ReadAllBytes(Path.Combine(io, "networkx.graphml"))],
            ["gexf"] = [Written(s => GexfFormat.Write(slice, s)), File.ReadAllBytes(Path.Combine(io, "networkx.gexf"))],
            ["pajek"] = [Text(w => PajekFormat.Write(slice, w)), File.ReadAllBytes(Path.Combine(io, "karate.net"))],
        };
    }

    // The first n stakeholders and the ties among them, with the documents they cite: small, so each read is fast,
    // but with every field the model has (evidence, dates, attributes, organization types).
    private static StakeholderNetwork Slice(StakeholderNetwork network, int n)
    {
        var keep = network.Stakeholders.Take(n).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var builder = new StakeholderNetworkBuilder { Title = network.Title, Description = network.Description };
        foreach (var d in network.Documents)
        {
            builder.AddDocument(d);
        }

        foreach (var s in network.Stakeholders.Where(s => keep.Contains(s.Id)))
        {
            builder.AddStakeholder(s);
        }

        foreach (var t in network.Ties.Where(t => keep.Contains(t.Source) && keep.Contains(t.Target)))
        {
            builder.AddTie(t);
        }

        return builder.Build();
    }
}
