using System.Diagnostics;
using System.Globalization;
using Stakeholders.Network.Algorithms.Centrality;
using Stakeholders.Network.Graphs;

namespace Stakeholders.Benchmarks.CentralitySuites;

/// <summary>
/// A plain timing loop for <c>benchmarks/peers/pagerank_peers.py</c>, which alternates it with graph-tool's PageRank in
/// one run: <c>Stakeholders.Benchmarks pagerank-timing [repeat]</c> builds the 500k-vertex / 1.1M-arc graph of
/// <see cref="SpectralCentralityBenchmarks"/> (writing the edge list the peer reads), warms the code up once, then prints
/// one line per stopping rule and thread count: the best and median wall milliseconds of <c>repeat</c> calls, the
/// process CPU milliseconds per call (all threads), and the iterations.
/// </summary>
internal static class PageRankTiming
{
    public static int Run(string[] args)
    {
        var repeat = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
        var graph = CentralityGraphs.LoadDirectedScaleFree();
        var n = graph.VertexCount;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"graph n={n} arcs={graph.ArcCount} file={Path.Combine(CentralityGraphs.DataDirectory, CentralityGraphs.DirectedScaleFreeFile)}"));
        foreach (var (rule, tolerance) in new[] { ("graph-tool (L1 change < 1e-6)", 1e-6 / n), ("NetworkX (L1 change < n*1e-6)", 1e-6) })
        {
            foreach (var threads in new[] { 1, 2 })
            {
                var options = new PageRankOptions { Tolerance = tolerance, MaxDegreeOfParallelism = threads };
                var result = CentralityMeasures.PageRank(graph, options); // warm-up: JIT and first touch of the arrays
                var walls = new double[repeat];
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                for (var r = 0; r < repeat; r++)
                {
                    var watch = Stopwatch.StartNew();
                    result = CentralityMeasures.PageRank(graph, options);
                    walls[r] = watch.Elapsed.TotalMilliseconds;
                }

                var cpuPerCall = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / repeat;
                Array.Sort(walls);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"ours rule=\"{rule}\" threads={threads} best_ms={walls[0]:0.0} median_ms={walls[repeat / 2]:0.0} cpu_ms_per_call={cpuPerCall:0.0} iterations={result.Iterations} sum={result.Scores.Sum():0.000000}"));
            }
        }

        return 0;
    }
}
