// A minimal consumer of the Stakeholders.Network package, as a researcher would write it:
// load the seed network, run PageRank and Louvain, print the five highest-ranked stakeholders.
using Stakeholders.Network.Algorithms.Centrality;
using Stakeholders.Network.Algorithms.Communities;
using Stakeholders.Network.Graphs;
using Stakeholders.Network.IO;

var network = NetworkFile.Read(args[0]);
var projection = NetworkProjection.Project(network, new ProjectionOptions { WeightSource = WeightSource.None });
var pagerank = CentralityMeasures.PageRank(projection.Graph);
var communities = CommunityDetection.Louvain(projection.Graph, new LouvainOptions { Seed = 42 });
Console.WriteLine($"{network.Stakeholders.Count} stakeholders, {communities.Partition.CommunityCount} communities, modularity {communities.Modularity:0.000}");
foreach (var v in Enumerable.Range(0, projection.Graph.VertexCount).OrderByDescending(v => pagerank.Scores[v]).ThenBy(v => v).Take(5))
{
    Console.WriteLine($"{projection.StakeholderOf(v).Name}\t{pagerank.Scores[v]:0.0000}\tcommunity {communities.Partition.CommunityOf(v)}");
}
