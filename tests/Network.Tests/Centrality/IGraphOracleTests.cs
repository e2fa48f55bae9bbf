using Stakeholders.Network.Algorithms.Centrality;

namespace Stakeholders.Network.Tests.CentralityTests;

/// <summary>
/// A second, independent oracle: igraph 0.10.2 (C code, PRPACK and ARPACK solvers) on the same graphs. Path measures
/// are exact (1e-9). igraph solves the spectral problems to machine precision, so the library is run with a tight
/// tolerance and compared to 1e-8.
/// </summary>
[TestFixture]
public sealed class IGraphOracleTests
{
    private const double Exact = 1e-9;
    private const double Solved = 1e-8;

    [TestCaseSource(typeof(CentralityFixture), nameof(CentralityFixture.GraphNames))]
    public void Path_measures_match_igraph(string name)
    {
        var f = CentralityFixture.Load(name);
        var g = f.Graph;

        // igraph's betweenness is the unnormalised sum with undirected pairs counted once.
        ScoreAssert.Close(CentralityMeasures.Betweenness(g, new BetweennessOptions { Normalized = false }).Scores, f.IGraph("betweenness_raw"), Exact, "betweenness");

        // igraph's normalised closeness has no Wasserman-Faust factor and is NaN where nothing reaches the vertex (we give 0).
        ScoreAssert.Close(
            CentralityMeasures.Closeness(g, new ClosenessOptions { WassermanFaustCorrection = false }).Scores,
            f.IGraph("closeness_no_wf", nullAs: 0.0), Exact, "closeness");
        ScoreAssert.Close(CentralityMeasures.Harmonic(g, new HarmonicOptions { Normalized = true }).Scores, f.IGraph("harmonic_normalized"), Exact, "harmonic");
    }

    [TestCaseSource(typeof(CentralityFixture), nameof(CentralityFixture.GraphNames))]
    public void Spectral_measures_match_igraph_when_solved_tightly(string name)
    {
        var f = CentralityFixture.Load(name);
        var g = f.Graph;
        var pageRank = CentralityMeasures.PageRank(g, new PageRankOptions { Tolerance = 1e-15, MaxIterations = 10_000 });
        ScoreAssert.Close(pageRank.Scores, f.IGraph("pagerank"), Solved, "pagerank");

        var hits = CentralityMeasures.Hits(g, new HitsOptions { Tolerance = 1e-13, MaxIterations = 10_000 });
        ScoreAssert.Close(hits.Hubs, f.IGraph("hubs"), Solved, "hubs");
        ScoreAssert.Close(hits.Authorities, f.IGraph("authorities"), Solved, "authorities");

        if (f.HasIGraph("eigenvector"))
        {
            var eigen = CentralityMeasures.Eigenvector(g, new EigenvectorOptions { Tolerance = 1e-15, MaxIterations = 10_000 });
            ScoreAssert.Close(eigen.Scores, f.IGraph("eigenvector"), Solved, "eigenvector");
        }
    }
}
