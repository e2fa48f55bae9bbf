using System.Globalization;
using BenchmarkDotNet.Attributes;
using Stakeholders.Network.IO;
using Stakeholders.Network.Model;

namespace Stakeholders.Benchmarks.IO;

/// <summary>
/// Reading and writing the native JSON and GraphML formats for a seeded Barabási–Albert network (5,000 stakeholders,
/// 19,984 ties, each tie with a role, a date, one evidence quote and an attribute), in memory (no disk).
/// Peer: <c>peer_timing.py</c> does the same with NetworkX's GraphML writer/reader and Python's json module.
/// </summary>
[MemoryDiagnoser]
public class FormatBenchmarks
{
    private StakeholderNetwork _network = null!;
    private byte[] _json = null!;
    private byte[] _graphml = null!;

    /// <summary>Builds the network and its serialised forms.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _network = Generate(5000, 4, 1);
        _json = Write(s => NativeJson.Write(_network, s));
        _graphml = Write(s => GraphMLFormat.Write(_network, s));
    }

    /// <summary>The generated network: stakeholder i is "s{i}", alternately person and organization.</summary>
    public static StakeholderNetwork Generate(int n, int m, int seed)
    {
        var edges = GraphGenerators.BarabasiAlbertEdges(n, m, seed);
        var builder = new StakeholderNetworkBuilder { Title = "benchmark" };
        builder.AddDocument(new SourceDocument("doc"));
        for (var i = 0; i < n; i++)
        {
            builder.AddStakeholder(new Stakeholder(Id(i), $"Stakeholder {i}", i % 2 == 0 ? StakeholderKind.Person : StakeholderKind.Organization)
            {
                Attributes = new Dictionary<string, string> { ["country"] = i % 3 == 0 ? "CN" : "DE" },
            });
        }

        for (var e = 0; e < edges.EdgeCount; e++)
        {
            builder.AddTie(new Tie(Id(edges.Sources[e]), Id(edges.Targets[e]), TieType.PartnersWith)
            {
                Role = "partner",
                Period = new DatePeriod(PartialDate.FromYear(2000 + (e % 24)), null),
                Strength = 1 + (e % 5),
                Evidence = [new Evidence("doc", string.Create(CultureInfo.InvariantCulture, $"{Id(edges.Sources[e])} works with {Id(edges.Targets[e])}."))],
                Attributes = new Dictionary<string, string> { ["sector"] = "energy" },
            });
        }

        return builder.Build();

        static string Id(int i) => string.Create(CultureInfo.InvariantCulture, $"s{i}");
    }

    private static byte[] Write(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return stream.ToArray();
    }

    /// <summary>Native JSON, write.</summary>
    [Benchmark]
    public int JsonWrite() => Write(s => NativeJson.Write(_network, s)).Length;

    /// <summary>Native JSON, read and validate.</summary>
    [Benchmark]
    public int JsonRead() => NativeJson.Read(_json, "bench.json").Ties.Count;

    /// <summary>GraphML, write.</summary>
    [Benchmark]
    public int GraphMLWrite() => Write(s => GraphMLFormat.Write(_network, s)).Length;

    /// <summary>GraphML, read and validate.</summary>
    [Benchmark]
    public int GraphMLRead() => GraphMLFormat.Read(new MemoryStream(_graphml), "bench.graphml").Ties.Count;
}
