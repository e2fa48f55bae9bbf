using System.Text.Json;
using Stakeholders.Network.Analysis;
using Stakeholders.Network.IO;

namespace Stakeholders.Network.Tests.Analysis;

public class NetworkOverviewTests
{
    [Test]
    public void Cohesion_summary_of_karate_equals_networkx()
    {
        // Values from tests/TestData/communities/make_fixtures.py (NetworkX 2.8.8).
        using var fixtures = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestGraphs.DataDirectory, "communities", "fixtures.json")));
        var karate = fixtures.RootElement.GetProperty("karate");
        var network = NetworkFile.Read(Path.Combine(TestGraphs.DataDirectory, "graphs", "karate.edges"));
        var overview = NetworkOverview.Describe(network);
        var paths = karate.GetProperty("path_stats")[0];
        Assert.Multiple(() =>
        {
            Assert.That(overview.Cohesion.Transitivity, Is.EqualTo(karate.GetProperty("transitivity").GetDouble()).Within(1e-12));
            Assert.That(overview.Cohesion.AverageClustering, Is.EqualTo(karate.GetProperty("average_clustering").GetDouble()).Within(1e-12));
            Assert.That(overview.Cohesion.DegreeAssortativity, Is.EqualTo(karate.GetProperty("degree_assortativity").GetDouble()).Within(1e-12));
            Assert.That(overview.Cohesion.Degeneracy, Is.EqualTo(karate.GetProperty("core_number").EnumerateObject().Max(p => p.Value.GetInt32())));
            Assert.That(overview.Cohesion.LargestComponentDiameter, Is.EqualTo(paths.GetProperty("diameter").GetInt32()));
            Assert.That(overview.Cohesion.LargestComponentAveragePathLength, Is.EqualTo(paths.GetProperty("average_shortest_path_length").GetDouble()).Within(1e-12));
            Assert.That(overview.Cohesion.SectorAssortativity, Is.NaN, "every vertex of an edge list is a person: one sector, assortativity undefined");
            Assert.That(overview.Components, Is.EqualTo(1));
            Assert.That(overview.Edges, Is.EqualTo(78));
        });
    }

    [Test]
    public void Seed_network_overview_counts_match_the_manifest()
    {
        var network = NetworkFile.Read(Path.Combine(TestContext.CurrentContext.TestDirectory, "seeds", "shijingshan-forum-2023.json"));
        var overview = NetworkOverview.Describe(network);
        Assert.Multiple(() =>
        {
            Assert.That(overview.Stakeholders, Is.EqualTo(83));
            Assert.That(overview.Ties, Is.EqualTo(127));
            Assert.That(overview.TiesWithEvidence, Is.EqualTo(127));
            Assert.That(overview.ByKind.Sum(k => k.Value), Is.EqualTo(83));
            Assert.That(overview.ByTieType.Sum(k => k.Value), Is.EqualTo(127));
            Assert.That(overview.Isolated, Is.Zero);
            Assert.That(overview.Warnings, Is.Empty);
            Assert.That(overview.EarliestDate?.ToString(), Is.EqualTo("2023-09-02"));
            Assert.That(overview.Cohesion.SectorAssortativity, Is.InRange(-1.0, 1.0));
        });
    }
}
