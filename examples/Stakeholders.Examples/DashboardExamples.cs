using System.Collections.Concurrent;
using Stakeholders.Network.Algorithms.Brokerage;
using Stakeholders.Network.Algorithms.Centrality;
using Stakeholders.Network.Algorithms.Cohesion;
using Stakeholders.Network.Analysis;
using Stakeholders.Network.Graphs;
using Stakeholders.Network.IO;
using Stakeholders.Network.Model;

namespace Stakeholders.Examples;

/// <summary>
/// A dashboard's read model: the network loaded once, projected once, PageRank computed once. Immutable, so one
/// instance serves every request thread; a change builds a new instance and swaps the reference.
/// </summary>
public sealed class StakeholderDashboard
{
    private StakeholderDashboard(StakeholderNetwork network, NetworkProjection projection, double[] pageRank)
    {
        Network = network;
        Projection = projection;
        PageRank = pageRank;
    }

    /// <summary>The network shown.</summary>
    public StakeholderNetwork Network { get; }

    /// <summary>Its analysis graph, with the vertex ↔ stakeholder mapping.</summary>
    public NetworkProjection Projection { get; }

    /// <summary>PageRank per vertex of <see cref="Projection"/>.</summary>
    public IReadOnlyList<double> PageRank { get; }

    /// <summary>PageRank of one stakeholder.</summary>
    public double PageRankOf(string stakeholderId) => PageRank[Projection.IndexOf(stakeholderId)];

    /// <summary>Loads a network file and prepares the dashboard.</summary>
    public static StakeholderDashboard Load(string path)
    {
        // At start-up: read, project and score once. Everything here is immutable and safe to share between requests.
        StakeholderNetwork network = NetworkFile.Read(path);
        var dashboard = StakeholderDashboard.From(network);
        return dashboard;
    }

    /// <summary>Projects a network (undirected, weighted by tie strength) and computes PageRank.</summary>
    public static StakeholderDashboard From(StakeholderNetwork network)
    {
        // Project once: undirected, weighted by tie strength. IndexOf/StakeholderOf map ids <-> the vertex numbers
        // that index every score array.
        var projection = NetworkProjection.Project(network, new ProjectionOptions { WeightSource = WeightSource.Strength });
        if (!CentralityMeasures.TryPageRank(projection.Graph, PageRankOptions.Default, out var pageRank))
        {
            throw new InvalidOperationException($"PageRank did not converge in {pageRank.Iterations} iterations.");
        }

        var dashboard = new StakeholderDashboard(network, projection, pageRank.Scores);
        return dashboard;
    }

    /// <summary>A new dashboard with one tie added (the user linked two stakeholders); this one is left unchanged.</summary>
    public StakeholderDashboard WithTie(string sourceId, string targetId, TieType type)
    {
        // The network is immutable: derive a changed copy, validate it, and recompute on the copy.
        StakeholderNetwork changed = Network.ToBuilder()
            .AddTie(new Tie(sourceId, targetId, type) { Id = $"ui-{sourceId}-{targetId}", Strength = 1.0 })
            .Build(); // throws NetworkValidationException listing every problem (unknown id, duplicate tie id, ...)
        StakeholderDashboard updated = StakeholderDashboard.From(changed);
        // Requests still holding the old dashboard keep consistent numbers; publish the new one atomically:
        // Interlocked.Exchange(ref _current, updated);
        return updated;
    }

    /// <summary>Writes node-link JSON whose nodes carry every score and the community as numbers; returns the analysis written.</summary>
    public AnalysisResult WriteNodeLink(string path)
    {
        // Analyse on the dashboard's projection, then write the graph with each score as a JSON number (null where a
        // measure is undefined) and the community: {"directed": false, "multigraph": ..., "nodes": [{"id", "label",
        // "kind", "pagerank": 0.12, "betweenness": 0.3, "community": 2, ...}], "links": [{"source", "target", "type", "weight", ...}]}
        var analysis = NetworkAnalyzer.Analyze(Network, new AnalysisOptions { Measures = ["pagerank", "betweenness"] }, Projection.Options);
        NetworkExport.Write(Projection, analysis, path, NetworkFormat.NodeLink,
            new NetworkExportOptions { IncludeEvidence = false }); // quotes left out; atomic: a reader never sees half a file
        return analysis;
    }
}

/// <summary>Several measures at once on one shared graph.</summary>
public static class DashboardExamples
{
    /// <summary>Computes betweenness, closeness, PageRank, clustering and constraint in parallel on one graph.</summary>
    public static IReadOnlyDictionary<string, double[]> MeasuresInParallel(CsrGraph graph)
    {
        // A CsrGraph is immutable: any number of threads may read it at once, and every algorithm keeps its scratch
        // buffers per call. Results do not depend on the thread count (sums are reduced in a fixed order).
        var measures = new (string Name, Func<CsrGraph, double[]> Compute)[]
        {
            ("betweenness", g => CentralityMeasures.Betweenness(g, new BetweennessOptions { MaxDegreeOfParallelism = 1 }).Scores),
            ("closeness", g => CentralityMeasures.Closeness(g).Scores),
            ("pagerank", g => CentralityMeasures.PageRank(g).Scores),
            ("clustering", g => CohesionMeasures.Clustering(g).Scores),
            ("constraint", g => BrokerageMeasures.StructuralHoles(g).Constraint),
        };
        var scores = new ConcurrentDictionary<string, double[]>(StringComparer.Ordinal);
        Parallel.For(0, measures.Length, i => scores[measures[i].Name] = measures[i].Compute(graph));
        return scores;
    }
}
