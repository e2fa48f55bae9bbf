using System.Diagnostics;
using System.Globalization;
using Stakeholders.Network.Graphs;
using Stakeholders.Network.IO;

namespace Stakeholders.Benchmarks.IO;

/// <summary>
/// A plain timing loop for <c>benchmarks/peers/reader_peers.py</c>, which alternates it with igraph's and NetworkX's
/// readers in one run: <c>Stakeholders.Benchmarks reader-timing REPEAT FILE...</c> reads each file once to warm up, then
/// <c>REPEAT</c> times, on the plain-graph fast path when the file takes it (<see cref="NetworkFile.TryReadGraph"/>) and
/// always through the full model (<see cref="NetworkFile.Read(string, NetworkFormat?)"/>); for a fast-path file also the
/// parse alone (ids and edge arrays, without the CSR build). One line per file and path:
/// best wall and process CPU milliseconds per read, MB/s by each, and bytes allocated per tie.
/// </summary>
internal static class ReaderTiming
{
    public static int Run(string[] args)
    {
        var repeat = int.Parse(args[1], CultureInfo.InvariantCulture);
        foreach (var path in args.Skip(2))
        {
            var bytes = new FileInfo(path).Length;
            var options = new ProjectionOptions();
            if (NetworkFile.TryReadGraph(path, options, out var warm))
            {
                Report(path, "fast", bytes, warm.EdgeCount, repeat, () => NetworkFile.TryReadGraph(path, options, out var g) ? g.EdgeCount : -1);
                var format = NetworkFormats.Detect(path);
                Report(path, "fast-parse-only", bytes, warm.EdgeCount, repeat, () => PlainGraphSource.TryRead(path, format)!.EdgeCount);
            }

            var ties = NetworkFile.Read(path).Ties.Count;
            Report(path, "full", bytes, ties, repeat, () => NetworkFile.Read(path).Ties.Count);
        }

        return 0;
    }

    private static void Report(string path, string route, long bytes, int ties, int repeat, Func<int> read)
    {
        read(); // warm-up
        GC.Collect();
        var best = double.MaxValue;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (var r = 0; r < repeat; r++)
        {
            var watch = Stopwatch.StartNew();
            read();
            best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
        }

        var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / repeat;
        var perTie = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / (double)repeat / Math.Max(1, ties);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ours file={Path.GetFileName(path)} route={route} mb={bytes / 1e6:0.00} ties={ties} best_ms={best:0.0} cpu_ms={cpuMs:0.0} mbps_wall={bytes / 1e3 / best:0.0} mbps_cpu={bytes / 1e3 / cpuMs:0.0} bytes_per_tie={perTie:0}"));
    }
}
