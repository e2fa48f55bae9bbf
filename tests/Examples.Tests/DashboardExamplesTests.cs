using System.Globalization;
using System.Text.Json;
using Stakeholders.Network.Algorithms.Brokerage;
using Stakeholders.Network.Algorithms.Centrality;
using Stakeholders.Network.Algorithms.Cohesion;
using Stakeholders.Network.Graphs;
using Stakeholders.Network.IO;
using Stakeholders.Network.Model;

namespace Stakeholders.Examples.Tests;

/// <summary>Runs the dashboard examples: load once, recompute after a change, node-link JSON, measures in parallel.</summary>
public sealed class DashboardExamplesTests
{
    [Test]
    public void LoadOnceScoresEveryStakeholder()
    {
        var dashboard = StakeholderDashboard.Load(Repository.SeedJson);
        Assert.That(dashboard.Network.Stakeholders, Has.Count.EqualTo(83));
        Assert.That(dashboard.PageRank, Has.Count.EqualTo(83));
        Assert.That(dashboard.PageRank.Sum(), Is.EqualTo(1.0).Within(1e-9));
        Assert.That(dashboard.Projection.Graph.IsWeighted, Is.True);
    }

    [Test]
    public void AddingATieRecomputesOnACopyAndLeavesTheOriginalAlone()
    {
        var before = StakeholderDashboard.Load(Repository.ForumCsv);
        var pageRankBefore = before.PageRank.ToArray();

        var after = before.WithTie("p.garcia", "p.sato", TieType.PartnersWith);

        Assert.That(after.Network.Ties, Has.Count.EqualTo(before.Network.Ties.Count + 1));
        Assert.That(after.Projection.Graph.HasEdge(after.Projection.IndexOf("p.garcia"), after.Projection.IndexOf("p.sato")), Is.True);
        Assert.That(after.PageRankOf("p.garcia"), Is.GreaterThan(before.PageRankOf("p.garcia")));
        Assert.That(after.PageRankOf("p.sato"), Is.GreaterThan(before.PageRankOf("p.sato")));
        Assert.That(before.PageRank, Is.EqualTo(pageRankBefore), "the old dashboard is unchanged");
        Assert.That(before.Network.Ties, Has.Count.EqualTo(16));
    }

    [Test]
    public void AddingATieToAnUnknownStakeholderIsRefusedWithTheReason()
    {
        var dashboard = StakeholderDashboard.Load(Repository.ForumCsv);
        var error = Assert.Throws<NetworkValidationException>(() => dashboard.WithTie("p.garcia", "p.nobody", TieType.PartnersWith));
        Assert.That(error!.Message, Does.Contain("p.nobody"));
    }

    [Test]
    public void NodeLinkJsonCarriesTheScoresAndReadsBack()
    {
        var dashboard = StakeholderDashboard.Load(Repository.ForumCsv);
        var folder = Repository.NewTempFolder();
        try
        {
            var path = Path.Combine(folder, "forum.nodelink.json");
            var analysis = dashboard.WriteNodeLink(path);

            using var json = JsonDocument.Parse(File.ReadAllText(path));
            var nodes = json.RootElement.GetProperty("nodes").EnumerateArray().ToArray();
            var links = json.RootElement.GetProperty("links").EnumerateArray().ToArray();
            Assert.That(nodes, Has.Length.EqualTo(11));
            Assert.That(links, Has.Length.EqualTo(16));
            Assert.That(json.RootElement.GetProperty("directed").GetBoolean(), Is.False);
            foreach (var node in nodes)
            {
                var id = node.GetProperty("id").GetString()!;
                var row = analysis.Nodes.Single(n => n.Id == id);
                Assert.That(node.GetProperty("pagerank").ValueKind, Is.EqualTo(JsonValueKind.Number), "a number, not a string");
                Assert.That(node.GetProperty("pagerank").GetDouble(), Is.EqualTo(row.Scores["pagerank"]), id);
                Assert.That(node.GetProperty("pagerank").GetDouble(), Is.EqualTo(dashboard.PageRankOf(id)).Within(1e-9), id);
                Assert.That(node.GetProperty("betweenness").GetDouble(), Is.EqualTo(row.Scores["betweenness"]), id);
                Assert.That(node.GetProperty("community").GetInt32(), Is.EqualTo(analysis.Communities!.Membership[row.Vertex]), id);
                Assert.That(node.GetProperty("label").GetString(), Is.Not.Empty);
            }

            Assert.That(File.ReadAllText(path), Does.Not.Contain("\"quote\""));

            var ids = nodes.Select(n => n.GetProperty("id").GetString()).ToHashSet();
            Assert.That(links.All(l => ids.Contains(l.GetProperty("source").GetString()) && ids.Contains(l.GetProperty("target").GetString())), Is.True);

            var back = NodeLinkFormat.Read(path);
            Assert.That(back.Ties.Select(t => t.Id), Is.EqualTo(dashboard.Network.Ties.Select(t => t.Id)));
            Assert.That(back.Stakeholders.Select(s => s.Id), Is.EquivalentTo(dashboard.Network.Stakeholders.Select(s => s.Id)));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void MeasuresInParallelEqualTheSequentialResultsBitForBit()
    {
        var graph = NetworkProjection.Project(NetworkFile.Read(Repository.SeedJson)).Graph;

        var parallel = DashboardExamples.MeasuresInParallel(graph);

        Assert.That(parallel.Keys, Is.EquivalentTo(new[] { "betweenness", "closeness", "pagerank", "clustering", "constraint" }));
        Assert.That(parallel["betweenness"], Is.EqualTo(CentralityMeasures.Betweenness(graph).Scores));
        Assert.That(parallel["closeness"], Is.EqualTo(CentralityMeasures.Closeness(graph, new ClosenessOptions { MaxDegreeOfParallelism = 1 }).Scores));
        Assert.That(parallel["pagerank"], Is.EqualTo(CentralityMeasures.PageRank(graph).Scores));
        Assert.That(parallel["clustering"], Is.EqualTo(CohesionMeasures.Clustering(graph, new ClusteringOptions { MaxDegreeOfParallelism = 1 }).Scores));
        Assert.That(parallel["constraint"], Is.EqualTo(BrokerageMeasures.StructuralHoles(graph, new StructuralHolesOptions { MaxDegreeOfParallelism = 1 }).Constraint));
    }

    [Test]
    public void ManyThreadsReadingOneGraphGetOneAnswer()
    {
        var graph = NetworkProjection.Project(NetworkFile.Read(Repository.SeedJson)).Graph;
        var reference = DashboardExamples.MeasuresInParallel(graph);
        var runs = new IReadOnlyDictionary<string, double[]>[4];
        Parallel.For(0, runs.Length, i => runs[i] = DashboardExamples.MeasuresInParallel(graph));
        foreach (var run in runs)
        {
            foreach (var (name, scores) in reference)
            {
                Assert.That(run[name], Is.EqualTo(scores), name);
            }
        }
    }
}
