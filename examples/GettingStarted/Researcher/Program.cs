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

// 2. Project: one undirected, unweighted graph of everyone; the projection maps vertices to stakeholders.
var projection = NetworkProjection.Project(network, new ProjectionOptions { WeightSource = WeightSource.None });
CsrGraph graph = projection.Graph;

// 3. Measure through the facades; results are read by stakeholder id.
var betweenness = CentralityMeasures.Betweenness(graph);                           // networkx.betweenness_centrality
var pageRank = CentralityMeasures.PageRank(graph, new PageRankOptions { Damping = 0.85 }); // networkx.pagerank
var louvain = CommunityDetection.Louvain(graph, new LouvainOptions { Seed = 42 }); // seeded: same run, same partition

Console.WriteLine("Top betweenness:");
foreach (var (id, score) in betweenness.Top(3))
{
    Console.WriteLine($"  {network.Stakeholder(id).Name} ({id}) {score:0.000}");
}

Console.WriteLine($"PageRank of Chen Li: {pageRank.ScoreOf("p.chen"):0.0000}");
Console.WriteLine($"Louvain: {louvain.Partition.CommunityCount} communities, modularity {louvain.Modularity:0.000}");
Console.WriteLine($"Chen Li's community: {string.Join(", ", louvain.MembersOf(louvain.CommunityOf("p.chen")))}");

// 4. The same through NetworkAnalyzer, with provenance: library version, parameters, seed and input hash.
var options = new AnalysisOptions
{
    Measures = ["betweenness", "pagerank", "constraint"],
    Communities = "louvain",
    Seed = 42,
};
AnalysisResult result = NetworkAnalyzer.Analyze(network, options);
Console.WriteLine($"seed {result.Provenance.Seed}, {result.Communities!.Count} communities, " +
                  $"constraint of Chen Li {result.ScoresOf("p.chen")["constraint"]:0.000}");
AnalysisWriter.WriteFile(result, Path.Combine(outputFolder, "forum.analysis.json"), includeTimings: false);

// 5. Export the network with every score as typed GraphML attributes, for Gephi, R and NetworkX.
AnalysisWriter.WriteFile(result, Path.Combine(outputFolder, "forum.graphml"), includeTimings: false);

// 6. Two-mode: people linked by the events they both took part in (networkx bipartite.weighted_projected_graph).
var twoMode = TwoModeProjection.Project(network, new TwoModeProjectionOptions
{
    ActorKinds = [StakeholderKind.Person],
    AffiliationKinds = [StakeholderKind.Event],
    Weighting = AffiliationWeighting.Count,
});
var strongest = twoMode.Graph.Edges().OrderByDescending(e => e.Weight).First();
Console.WriteLine($"Strongest pair: {twoMode.Graph.IdOf(strongest.Source)} and {twoMode.Graph.IdOf(strongest.Target)}, " +
                  $"{strongest.Weight} shared events");
// end-snippet
