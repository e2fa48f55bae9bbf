using BenchmarkDotNet.Running;

namespace Stakeholders.Benchmarks;

/// <summary>
/// Runs the suites: <c>dotnet run -c Release --project benchmarks/Stakeholders.Benchmarks -- --filter '*'</c>; or, with
/// <c>pagerank-timing [repeat]</c>, the plain PageRank timing loop that <c>benchmarks/peers/pagerank_peers.py</c> calls.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args is ["pagerank-timing", ..])
        {
            return CentralitySuites.PageRankTiming.Run(args);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
