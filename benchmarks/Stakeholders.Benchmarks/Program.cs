using BenchmarkDotNet.Running;

namespace Stakeholders.Benchmarks;

/// <summary>
/// Runs the suites: <c>dotnet run -c Release --project benchmarks/Stakeholders.Benchmarks -- --filter '*'</c>; or, with
/// <c>pagerank-timing [repeat]</c> or <c>reader-timing REPEAT FILE...</c>, the plain timing loops that
/// <c>benchmarks/peers/pagerank_peers.py</c> and <c>benchmarks/peers/reader_peers.py</c> call.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args is ["pagerank-timing", ..])
        {
            return CentralitySuites.PageRankTiming.Run(args);
        }

        if (args is ["reader-timing", _, ..])
        {
            return IO.ReaderTiming.Run(args);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
