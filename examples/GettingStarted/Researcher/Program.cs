// begin-snippet: researcher-program
using Stakeholders.Network.Algorithms.Centrality;
using Stakeholders.Network.Algorithms.Communities;
using Stakeholders.Network.Analysis;
using Stakeholders.Network.Graphs;
using Stakeholders.Network.IO;
using Stakeholders.Network.Model;

// Usage: dotnet run -- <forum.csv> <output folder>
// "forum.csv" stands for forum.nodes.csv + forum.edges.csv (+ an optional forum.documents.csv).
string csvPath = args[0];
string outputFolder = args[1];

// 1. Load: the reader validates everything and lists every problem with file:line:column.
StakeholderNetwork network = NetworkFile.Read(csvPath);
Console.WriteLine($"{network.Stakeholders.Count} stakeholders, {network.Ties.Count} ties");

// 2. Project: one undirected, unweighted graph of everyone; vertices are dense integers, each with its stakeholder id.
var projection = NetworkProjection.Project(network, new ProjectionOptions { WeightSource = WeightSource.None });
CsrGraph graph = projection.Graph;

// 3. Measures through the facades: scores indexed by vertex (the fast form for your own loops) and by stakeholder id.
double[] betweenness = CentralityMeasures.Betweenness(graph).Scores;                        // networkx.betweenness_centrality
var pageRank = CentralityMeasures.PageRank(graph, new PageRankOptions { Damping = 0.85 });  // networkx.pagerank
Console.WriteLine("Top betweenness:");
foreach (int v in Enumerable.Range(0, graph.VertexCount)
             .OrderByDescending(v => betweenness[v]).ThenBy(v => graph.IdOf(v), StringComparer.Ordinal).Take(3))
{
    Console.WriteLine($"  {projection.StakeholderOf(v).Name} ({graph.IdOf(v)}): {betweenness[v]:0.000}");
}

Console.WriteLine($"PageRank of p.chen: {pageRank.ScoreOf("p.chen"):0.0000}");  // an unknown id throws UnknownStakeholderException

// 4. The same through NetworkAnalyzer: results by stakeholder id, communities, and provenance
//    (library version, every parameter, the seed and the SHA-256 of the input).
AnalysisResult result = NetworkAnalyzer.Analyze(network, new AnalysisOptions
{
    Measures = ["betweenness", "pagerank", "constraint"],
    Communities = "louvain",
    Seed = 42,                                              // seeded: same run, same partition
});
Console.WriteLine($"Louvain: {result.Communities!.Count} communities, modularity {result.Communities.Modularity:0.000}");
Console.WriteLine($"p.chen: betweenness {result.ScoreOf("p.chen", "betweenness"):0.000}, " +
                  $"constraint {result.ScoreOf("p.chen", "constraint"):0.000}, community {result.CommunityOf("p.chen")}");
Console.WriteLine($"seed {result.Provenance.Seed}, input {result.Network.InputSha256[..12]}");

// 5. Write the scores (JSON, the CLI's contract) and the network with every score as typed GraphML attributes,
//    which Gephi, R's igraph and NetworkX read as numbers.
AnalysisWriter.WriteFile(result, Path.Combine(outputFolder, "forum.analysis.json"), includeTimings: false);
NetworkExport.Write(projection, result, Path.Combine(outputFolder, "forum.graphml"));

// 6. Two-mode: people linked by the events they both took part in (networkx bipartite.weighted_projected_graph).
var twoMode = TwoModeProjection.Project(network, new TwoModeProjectionOptions
{
    ActorKinds = [StakeholderKind.Person],
    AffiliationKinds = [StakeholderKind.Event],
    Weighting = AffiliationWeighting.Count,
});
var strongest = twoMode.Graph.Edges()
    .OrderByDescending(e => e.Weight).ThenBy(e => twoMode.Graph.IdOf(e.Source), StringComparer.Ordinal).First();
Console.WriteLine($"Strongest pair: {twoMode.Graph.IdOf(strongest.Source)} and {twoMode.Graph.IdOf(strongest.Target)}, " +
                  $"{strongest.Weight} shared events: " +
                  string.Join(", ", twoMode.SharedAffiliations(strongest.Source, strongest.Target).Select(s => s.Name)));
// end-snippet
