using BenchmarkDotNet.Attributes;
using Stakeholders.Network.Graphs;
using Stakeholders.Network.IO;
using Stakeholders.Network.Model;

namespace Stakeholders.Benchmarks.IO;

/// <summary>
/// Every reader on a file of its format, from disk: the plain graphs (edge list, Pajek, GraphML without keys) of
/// <c>Named(Graph)</c>, and the rich formats (native JSON, node-link, GraphML and GEXF with every stakeholder field) of
/// <c>SyntheticStakeholderNetwork(Named(Graph))</c>, with evidence on every tie. MB/s = file size / mean time; bytes
/// per tie = allocated / tie count (both printed by <see cref="Setup"/> so the README can state them).
/// </summary>
[MemoryDiagnoser]
public class ReaderBenchmarks
{
    private readonly Dictionary<string, string> _files = new(StringComparer.Ordinal);

    /// <summary>The named graph (see <see cref="GraphGenerators.Named"/>).</summary>
    [Params("BA-10k")]
    public string Graph { get; set; } = "BA-10k";

    /// <summary>Writes the files once into a temporary folder.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var folder = Path.Combine(Path.GetTempPath(), "stakeholders-reader-bench", Graph);
        Directory.CreateDirectory(folder);
        var edges = GraphGenerators.Named(Graph);
        StakeholderNetwork? plain = null;
        StakeholderNetwork? rich = null;
        foreach (var (name, write) in new (string, Action<string>)[]
        {
            ("plain.edges", p => NetworkFile.Write(plain ??= PlainNetwork(edges), p, NetworkFormat.EdgeList)),
            ("plain.net", p => NetworkFile.Write(plain ??= PlainNetwork(edges), p, NetworkFormat.Pajek)),
            ("plain.graphml", p => File.WriteAllText(p, PlainGraphML(edges))),
            ("rich.json", p => NetworkFile.Write(rich ??= GraphGenerators.SyntheticStakeholderNetwork(edges, seed: 11), p, NetworkFormat.Json)),
            ("rich.nodelink.json", p => NetworkFile.Write(rich ??= GraphGenerators.SyntheticStakeholderNetwork(edges, seed: 11), p, NetworkFormat.NodeLink)),
            ("rich.graphml", p => NetworkFile.Write(rich ??= GraphGenerators.SyntheticStakeholderNetwork(edges, seed: 11), p, NetworkFormat.GraphML)),
            ("rich.gexf", p => NetworkFile.Write(rich ??= GraphGenerators.SyntheticStakeholderNetwork(edges, seed: 11), p, NetworkFormat.Gexf)),
        })
        {
            var path = Path.Combine(folder, name);
            if (!File.Exists(path))
            {
                write(path);
            }

            _files[name] = path;
            Console.WriteLine($"// {name}: {new FileInfo(path).Length / 1e6:F1} MB, {edges.EdgeCount} ties");
        }
    }

    /// <summary>Edge list, fast path (straight to the CSR graph).</summary>
    [Benchmark]
    public int EdgeListToGraph() => Graph_(_files["plain.edges"]);

    /// <summary>Edge list, full model.</summary>
    [Benchmark]
    public int EdgeListToNetwork() => NetworkFile.Read(_files["plain.edges"]).Ties.Count;

    /// <summary>Pajek, fast path (straight to the CSR graph).</summary>
    [Benchmark]
    public int PajekToGraph() => Graph_(_files["plain.net"]);

    /// <summary>Pajek, full model.</summary>
    [Benchmark]
    public int PajekToNetwork() => NetworkFile.Read(_files["plain.net"]).Ties.Count;

    /// <summary>GraphML without keys, fast path.</summary>
    [Benchmark]
    public int PlainGraphMLToGraph() => Graph_(_files["plain.graphml"]);

    /// <summary>Native JSON with evidence, full model.</summary>
    [Benchmark]
    public int NativeJsonToNetwork() => NetworkFile.Read(_files["rich.json"]).Ties.Count;

    /// <summary>Node-link JSON, full model.</summary>
    [Benchmark]
    public int NodeLinkToNetwork() => NetworkFile.Read(_files["rich.nodelink.json"]).Ties.Count;

    /// <summary>GraphML with every field, full model.</summary>
    [Benchmark]
    public int GraphMLToNetwork() => NetworkFile.Read(_files["rich.graphml"]).Ties.Count;

    /// <summary>GEXF with every field, full model.</summary>
    [Benchmark]
    public int GexfToNetwork() => NetworkFile.Read(_files["rich.gexf"]).Ties.Count;

    private static int Graph_(string path) =>
        NetworkFile.TryReadGraph(path, new ProjectionOptions { WeightSource = WeightSource.None }, out var graph)
            ? graph.EdgeCount
            : throw new InvalidOperationException($"{path} did not take the fast path");

    private static StakeholderNetwork PlainNetwork(EdgeList edges)
    {
        var builder = new StakeholderNetworkBuilder();
        var n = edges.VertexCount;
        for (var v = 0; v < n; v++)
        {
            builder.AddStakeholder(new Stakeholder(Id(v), Id(v), StakeholderKind.Person));
        }

        for (var e = 0; e < edges.EdgeCount; e++)
        {
            builder.AddTie(new Tie(Id(edges.Sources[e]), Id(edges.Targets[e]), EdgeListFormat.DefaultTieType));
        }

        return builder.Build();
    }

    private static string PlainGraphML(EdgeList edges)
    {
        var n = edges.VertexCount;
        var text = new System.Text.StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n  <graph id=\"G\" edgedefault=\"undirected\">\n");
        for (var v = 0; v < n; v++)
        {
            text.Append("    <node id=\"n").Append(v).Append("\"/>\n");
        }

        for (var e = 0; e < edges.EdgeCount; e++)
        {
            text.Append("    <edge source=\"n").Append(edges.Sources[e]).Append("\" target=\"n").Append(edges.Targets[e]).Append("\"/>\n");
        }

        return text.Append("  </graph>\n</graphml>\n").ToString();
    }

    private static string Id(int v) => v.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
