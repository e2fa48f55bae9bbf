using Stakeholders.Network.Algorithms.Centrality;
using Stakeholders.Network.Algorithms.Communities;
using Stakeholders.Network.Analysis;
using Stakeholders.Network.Graphs;
using Stakeholders.Network.IO;
using Stakeholders.Network.Model;

namespace Stakeholders.Examples;

/// <summary>A stakeholder's score, with the id and name a reader recognises.</summary>
/// <param name="Id">The stakeholder id.</param>
/// <param name="Name">The display name.</param>
/// <param name="Score">The measure's value.</param>
public sealed record RankedStakeholder(string Id, string Name, double Score);

/// <summary>What <see cref="ResearcherExamples.MeasureWithFacades"/> finds.</summary>
/// <param name="TopBetweenness">The three stakeholders with the highest betweenness, highest first.</param>
/// <param name="TopPageRank">The three with the highest PageRank, highest first.</param>
/// <param name="CommunityOf">Louvain community number per stakeholder id.</param>
/// <param name="Modularity">The modularity of that partition.</param>
public sealed record FacadeFindings(
    IReadOnlyList<RankedStakeholder> TopBetweenness,
    IReadOnlyList<RankedStakeholder> TopPageRank,
    IReadOnlyDictionary<string, int> CommunityOf,
    double Modularity);

/// <summary>Two people and how strongly shared events tie them.</summary>
/// <param name="First">One person's id.</param>
/// <param name="Second">The other's id.</param>
/// <param name="Weight">The number of events both took part in.</param>
/// <param name="SharedEvents">The names of those events.</param>
public sealed record CoAttendance(string First, string Second, double Weight, IReadOnlyList<string> SharedEvents);

/// <summary>The researcher's path: load a spreadsheet, measure, detect communities, record provenance, export.</summary>
public static class ResearcherExamples
{
    /// <summary>Reads the nodes + edges CSV pair that <paramref name="csvPath"/> (<c>x.csv</c>) stands for.</summary>
    public static StakeholderNetwork LoadCsv(string csvPath)
    {
        // begin-snippet: researcher-load-csv
        // "forum.csv" stands for forum.nodes.csv + forum.edges.csv (+ an optional forum.documents.csv).
        StakeholderNetwork network = NetworkFile.Read(csvPath);
        Console.WriteLine($"{network.Stakeholders.Count} stakeholders, {network.Ties.Count} ties");
        // end-snippet
        return network;
    }

    /// <summary>Betweenness, PageRank and Louvain through the algorithm facades.</summary>
    public static FacadeFindings MeasureWithFacades(StakeholderNetwork network)
    {
        // begin-snippet: researcher-facades
        // One undirected, unweighted graph of everyone; the projection keeps the vertex ↔ stakeholder mapping.
        var projection = NetworkProjection.Project(network, new ProjectionOptions { WeightSource = WeightSource.None });
        CsrGraph graph = projection.Graph;

        double[] betweenness = CentralityMeasures.Betweenness(graph).Scores;               // networkx.betweenness_centrality
        double[] pageRank = CentralityMeasures.PageRank(graph, new PageRankOptions { Damping = 0.85 }).Scores; // networkx.pagerank
        CommunityResult louvain = CommunityDetection.Louvain(graph, new LouvainOptions { Seed = 42 }); // seeded: same run, same partition

        RankedStakeholder[] Top(double[] scores) => Enumerable.Range(0, graph.VertexCount)
            .OrderByDescending(v => scores[v]).ThenBy(v => graph.IdOf(v), StringComparer.Ordinal)
            .Take(3)
            .Select(v => new RankedStakeholder(graph.IdOf(v), projection.StakeholderOf(v).Name, scores[v]))
            .ToArray();

        var findings = new FacadeFindings(
            Top(betweenness),
            Top(pageRank),
            Enumerable.Range(0, graph.VertexCount).ToDictionary(graph.IdOf, louvain.Partition.CommunityOf),
            louvain.Modularity);
        // end-snippet
        return findings;
    }

    /// <summary>The same measures through <see cref="NetworkAnalyzer"/>, with provenance, written as JSON.</summary>
    public static AnalysisResult AnalyzeWithProvenance(StakeholderNetwork network, string jsonOutputPath)
    {
        // begin-snippet: researcher-analyzer
        var options = new AnalysisOptions
        {
            Measures = ["betweenness", "pagerank", "constraint"],
            Communities = "louvain",
            Seed = 42,
            // InputSha256 left null: the SHA-256 of the network's canonical JSON, so a change to any sheet changes it.
        };
        AnalysisResult result = NetworkAnalyzer.Analyze(network, options);

        // Provenance: library version, every parameter, the seed and the input hash travel with the numbers.
        Console.WriteLine($"stakeholders {result.Provenance.Version}, seed {result.Provenance.Seed}, " +
                          $"input {result.Network.InputSha256[..12]}…, {result.Communities!.Count} communities");
        AnalysisWriter.WriteFile(result, jsonOutputPath, includeTimings: false); // .json or .csv by extension
        // end-snippet
        return result;
    }

    /// <summary>Writes the network as GraphML for Gephi, R (igraph::read_graph) or NetworkX (read_graphml).</summary>
    public static void ExportGraphML(StakeholderNetwork network, string graphMLPath)
    {
        // begin-snippet: researcher-export-graphml
        // Every stakeholder field, tie type, role, dates, strength, confidence and evidence become GraphML attributes.
        NetworkFile.Write(network, graphMLPath); // format chosen by the extension: .graphml
        // R:        g <- igraph::read_graph("forum.graphml", format = "graphml")
        // Python:   G = networkx.read_graphml("forum.graphml")
        // end-snippet
    }

    /// <summary>People linked by the events they both attended or spoke at, strongest pairs first.</summary>
    public static IReadOnlyList<CoAttendance> PeopleThroughSharedEvents(StakeholderNetwork network)
    {
        // begin-snippet: researcher-two-mode
        var twoMode = TwoModeProjection.Project(network, new TwoModeProjectionOptions
        {
            ActorKinds = [StakeholderKind.Person],
            AffiliationKinds = [StakeholderKind.Event],
            Weighting = AffiliationWeighting.Count, // networkx bipartite.weighted_projected_graph
        });

        List<CoAttendance> pairs = twoMode.Graph.Edges()
            .Select(e => new CoAttendance(
                twoMode.Graph.IdOf(e.Source),
                twoMode.Graph.IdOf(e.Target),
                e.Weight,
                twoMode.SharedAffiliations(e.Source, e.Target).Select(s => s.Name).ToArray()))
            .OrderByDescending(p => p.Weight).ThenBy(p => p.First, StringComparer.Ordinal).ThenBy(p => p.Second, StringComparer.Ordinal)
            .ToList();
        // end-snippet
        return pairs;
    }
}
