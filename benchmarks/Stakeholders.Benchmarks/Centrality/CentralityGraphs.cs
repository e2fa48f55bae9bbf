using System.Globalization;
using System.Text;
using Stakeholders.Network.Graphs;

namespace Stakeholders.Benchmarks.CentralitySuites;

/// <summary>
/// The seeded graphs the centrality suites run on, written as edge lists so the peer script
/// (<c>benchmarks/peers/centrality_peers.py</c>) times igraph and graph-tool on exactly the same graphs.
/// </summary>
/// <remarks>
/// Files go to <c>$STAKEHOLDERS_BENCH_DATA</c>, or <c>/tmp/stakeholders-bench</c> when unset: <c>ba_10000_5.edges</c>
/// (undirected) and <c>directed_sf_500000.edges</c> (directed). Each line is <c>u v</c> with vertices numbered
/// <c>0..n-1</c>; the first line is a <c># directed|undirected n=.. m=..</c> comment.
/// </remarks>
public static class CentralityGraphs
{
    public const string BarabasiAlbertFile = "ba_10000_5.edges";
    public const string DirectedScaleFreeFile = "directed_sf_500000.edges";

    public static string DataDirectory =>
        Environment.GetEnvironmentVariable("STAKEHOLDERS_BENCH_DATA") is { Length: > 0 } dir ? dir : Path.Combine(Path.GetTempPath(), "stakeholders-bench");

    /// <summary>
    /// Barabási–Albert preferential attachment (Barabási &amp; Albert 1999, doi:10.1126/science.286.5439.509), as NetworkX's
    /// <c>barabasi_albert_graph</c>: a star on m+1 vertices, then each new vertex joins m distinct earlier vertices drawn
    /// uniformly from the list of edge endpoints (so in proportion to degree). About m·n edges.
    /// </summary>
    public static (int N, List<(int U, int V)> Edges) BarabasiAlbert(int n, int m, int seed)
    {
        var random = new Random(seed);
        var edges = new List<(int, int)>(n * m);
        var endpoints = new List<int>(2 * n * m);
        for (var v = 1; v <= m; v++)
        {
            edges.Add((0, v));
            endpoints.Add(0);
            endpoints.Add(v);
        }

        var chosen = new HashSet<int>();
        var ordered = new List<int>(m);
        for (var v = m + 1; v < n; v++)
        {
            chosen.Clear();
            ordered.Clear();
            while (chosen.Count < m)
            {
                var u = endpoints[random.Next(endpoints.Count)];
                if (chosen.Add(u))
                {
                    ordered.Add(u);
                }
            }

            foreach (var u in ordered)
            {
                edges.Add((u, v));
                endpoints.Add(u);
                endpoints.Add(v);
            }
        }

        return (n, edges);
    }

    /// <summary>
    /// A directed scale-free-ish graph: each new vertex sends <paramref name="outDegree"/> arcs to distinct earlier
    /// vertices, each drawn by in-degree preference (three times in four) or uniformly; then <paramref name="extraArcs"/>
    /// arcs between uniformly drawn vertices add cycles. The first vertex has no out-arcs (a dangling vertex).
    /// </summary>
    public static (int N, List<(int U, int V)> Edges) DirectedScaleFree(int n, int outDegree, int extraArcs, int seed)
    {
        var random = new Random(seed);
        var edges = new List<(int, int)>((n * outDegree) + extraArcs);
        var heads = new List<int>(n * outDegree) { 0 };
        var chosen = new HashSet<int>();
        for (var v = 1; v < n; v++)
        {
            chosen.Clear();
            var want = Math.Min(outDegree, v);
            while (chosen.Count < want)
            {
                var u = random.Next(4) == 0 ? random.Next(v) : heads[random.Next(heads.Count)];
                if (chosen.Add(u))
                {
                    edges.Add((v, u));
                    heads.Add(u);
                }
            }
        }

        var present = new HashSet<long>(edges.Select(e => ((long)e.Item1 << 32) | (uint)e.Item2));
        while (extraArcs > 0)
        {
            var u = random.Next(n);
            var v = random.Next(n);
            if (u != v && present.Add(((long)u << 32) | (uint)v))
            {
                edges.Add((u, v));
                extraArcs--;
            }
        }

        return (n, edges);
    }

    /// <summary>The undirected BA graph with 10,000 vertices and m = 5 (seed 2026), written to its file.</summary>
    public static CsrGraph LoadBarabasiAlbert() => Materialise(BarabasiAlbertFile, false, () => BarabasiAlbert(10_000, 5, 2026));

    /// <summary>The directed graph with 500,000 vertices and 1,100,000 arcs (seed 2026), written to its file.</summary>
    public static CsrGraph LoadDirectedScaleFree() => Materialise(DirectedScaleFreeFile, true, () => DirectedScaleFree(500_000, 2, 100_000, 2026));

    private static CsrGraph Materialise(string file, bool directed, Func<(int N, List<(int U, int V)> Edges)> generate)
    {
        var (n, edges) = generate();
        Directory.CreateDirectory(DataDirectory);
        var path = Path.Combine(DataDirectory, file);
        var text = new StringBuilder(edges.Count * 14);
        text.Append(CultureInfo.InvariantCulture, $"# {(directed ? "directed" : "undirected")} n={n} m={edges.Count}\n");
        foreach (var (u, v) in edges)
        {
            text.Append(CultureInfo.InvariantCulture, $"{u} {v}\n");
        }

        // Write then move, so a peer never reads half a file.
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, text.ToString());
        File.Move(temporary, path, overwrite: true);

        var builder = new CsrGraphBuilder(n) { Directed = directed };
        foreach (var (u, v) in edges)
        {
            builder.AddEdge(u, v);
        }

        return builder.Build();
    }

    /// <summary>Builds the QuikGraph twin of a directed graph, for QuikGraph's PageRank baseline.</summary>
    public static QuikGraph.BidirectionalGraph<int, QuikGraph.Edge<int>> ToQuikGraph(CsrGraph graph)
    {
        var q = new QuikGraph.BidirectionalGraph<int, QuikGraph.Edge<int>>(allowParallelEdges: false, vertexCapacity: graph.VertexCount, edgeCapacity: graph.EdgeCount);
        for (var v = 0; v < graph.VertexCount; v++)
        {
            q.AddVertex(v);
        }

        foreach (var (u, v, _) in graph.Edges())
        {
            q.AddEdge(new QuikGraph.Edge<int>(u, v));
        }

        return q;
    }
}
