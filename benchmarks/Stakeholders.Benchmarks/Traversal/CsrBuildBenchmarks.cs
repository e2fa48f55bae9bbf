using BenchmarkDotNet.Attributes;
using QuikGraph;
using Stakeholders.Network.Graphs;

namespace Stakeholders.Benchmarks.Traversal;

/// <summary>Building the analysis graph from an edge list, against filling a QuikGraph adjacency graph with the same arcs.</summary>
[MemoryDiagnoser]
public class CsrBuildBenchmarks
{
    private EdgeList _edges = null!;

    [Params("BA-10k", "BA-100k", "Gnm-1M")]
    public string Graph { get; set; } = "BA-10k";

    [GlobalSetup]
    public void Setup() => _edges = GraphGenerators.Named(Graph);

    [Benchmark(Baseline = true, Description = "QuikGraph AdjacencyGraph fill")]
    public AdjacencyGraph<int, SEdge<int>> QuikGraphBuild() => QuikGraphBaselines.Adjacency(_edges, directed: false);

    [Benchmark(Description = "CsrGraphBuilder.Build")]
    public CsrGraph CsrBuild() => GraphGenerators.ToCsr(_edges, directed: false);
}
