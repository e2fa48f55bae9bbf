using BenchmarkDotNet.Running;

namespace Stakeholders.Benchmarks;

/// <summary>Runs the suites: <c>dotnet run -c Release --project benchmarks/Stakeholders.Benchmarks -- --filter '*'</c>.</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
