using BenchmarkDotNet.Attributes;
using Stakeholders.Network.Graphs;
using Stakeholders.Network.Model;

namespace Stakeholders.Benchmarks.Graphs;

/// <summary>
/// Projecting a synthetic stakeholder network (one tie per edge of the named graph) to the analysis graph. The baseline
/// builds a CSR graph straight from the same edge list, so the ratio is the price of filtering and keeping provenance.
/// </summary>
[MemoryDiagnoser]
public class ProjectionBenchmarks
{
    private static readonly ProjectionOptions Filtered = new()
    {
        AsOf = PartialDate.FromYear(2020),
        TieTypes = [TieType.MemberOf, TieType.HoldsPosition, TieType.SpokeAt, TieType.Attended, TieType.PartnersWith],
        MinimumEvidence = 1,
    };

    private EdgeList _edges = null!;
    private StakeholderNetwork _network = null!;

    [Params("BA-10k", "BA-100k")]
    public string Graph { get; set; } = "BA-10k";

    [GlobalSetup]
    public void Setup()
    {
        _edges = GraphGenerators.Named(Graph);
        _network = GraphGenerators.SyntheticStakeholderNetwork(_edges, seed: 11);
    }

    [Benchmark(Baseline = true, Description = "CsrGraphBuilder from the edge list")]
    public CsrGraph CsrFromEdges() => GraphGenerators.ToCsr(_edges, directed: false);

    [Benchmark(Description = "NetworkProjection, defaults")]
    public NetworkProjection ProjectAll() => NetworkProjection.Project(_network);

    [Benchmark(Description = "NetworkProjection, as of 2020 + 5 types + evidence")]
    public NetworkProjection ProjectFiltered() => NetworkProjection.Project(_network, Filtered);

    [Benchmark(Description = "TwoModeProjection, people via organizations/events")]
    public TwoModeProjection ProjectTwoMode() => TwoModeProjection.Project(_network);
}
