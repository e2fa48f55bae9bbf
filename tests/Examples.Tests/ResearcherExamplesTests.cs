using System.Text;
using System.Text.Json;
using Stakeholders.Network.Analysis;
using Stakeholders.Network.IO;

namespace Stakeholders.Examples.Tests;

/// <summary>Runs the researcher's examples on the example CSV and the seed network; values pinned to NetworkX (expected.json).</summary>
public sealed class ResearcherExamplesTests
{
    private static readonly string[] DataSets = ["forum", "seed"];

    private static Network.Model.StakeholderNetwork Load(string dataSet) =>
        dataSet == "forum" ? ResearcherExamples.LoadCsv(Repository.ForumCsv) : NetworkFile.Read(Repository.SeedJson);

    [Test]
    public void LoadCsvReadsBothSheets()
    {
        var network = ResearcherExamples.LoadCsv(Repository.ForumCsv);
        var expected = Repository.Expected("forum");
        Assert.That(network.Stakeholders, Has.Count.EqualTo(expected.GetProperty("nodes").GetInt32()));
        Assert.That(network.Ties, Has.Count.EqualTo(expected.GetProperty("ties").GetInt32()));
        // The repeated t08 row adds a second piece of evidence from another document.
        Assert.That(network.Ties.Single(t => t.Id == "t08").IndependentSourceCount, Is.EqualTo(2));
        Assert.That(network.GetStakeholder("org.bank").OrganizationType.ToString(), Is.EqualTo("Financial"));
    }

    [TestCaseSource(nameof(DataSets))]
    public void FacadesRankLikeNetworkX(string dataSet)
    {
        var findings = ResearcherExamples.MeasureWithFacades(Load(dataSet));
        var expected = Repository.Expected(dataSet);
        AssertRanking(findings.TopBetweenness, expected.GetProperty("topBetweenness"));
        AssertRanking(findings.TopPageRank, expected.GetProperty("topPageRank"));
        Assert.That(findings.CommunityOf, Has.Count.EqualTo(expected.GetProperty("nodes").GetInt32()));
        Assert.That(findings.Modularity, Is.GreaterThan(0.0).And.LessThan(1.0));
    }

    [TestCaseSource(nameof(DataSets))]
    public void FacadesAreReproducibleWithTheSeed(string dataSet)
    {
        var network = Load(dataSet);
        var first = ResearcherExamples.MeasureWithFacades(network);
        var second = ResearcherExamples.MeasureWithFacades(network);
        Assert.That(second.CommunityOf, Is.EqualTo(first.CommunityOf));
        Assert.That(second.Modularity, Is.EqualTo(first.Modularity));
    }

    [TestCaseSource(nameof(DataSets))]
    public void AnalyzerAgreesWithTheFacadesAndRecordsProvenance(string dataSet)
    {
        var network = Load(dataSet);
        var folder = Repository.NewTempFolder();
        try
        {
            var jsonPath = Path.Combine(folder, "analysis.json");
            var result = ResearcherExamples.AnalyzeWithProvenance(network, jsonPath);
            var expected = Repository.Expected(dataSet);

            Assert.That(result.Measures, Is.EqualTo(new[] { "betweenness", "pagerank", "constraint" }));
            Assert.That(result.Provenance.Seed, Is.EqualTo(42));
            Assert.That(result.Network.InputSha256, Is.EqualTo(NetworkAnalyzer.Sha256Hex(Encoding.UTF8.GetBytes(NativeJson.Serialize(network)))));
            Assert.That(result.Network.InputSha256, Has.Length.EqualTo(64));
            foreach (var row in result.Nodes)
            {
                Assert.That(row.Scores["betweenness"], Is.EqualTo(expected.GetProperty("betweenness").GetProperty(row.Id).GetDouble()).Within(1e-9), row.Id);
                Assert.That(row.Scores["pagerank"], Is.EqualTo(expected.GetProperty("pagerank").GetProperty(row.Id).GetDouble()).Within(1e-6), row.Id);
            }

            // Same seed and graph as the facade example: the analyzer's Louvain partition is the facade's.
            var facade = ResearcherExamples.MeasureWithFacades(network);
            var membership = result.Nodes.ToDictionary(r => r.Id, r => result.Communities!.Membership[r.Vertex]);
            Assert.That(membership, Is.EqualTo(facade.CommunityOf));
            Assert.That(result.Communities!.Modularity, Is.EqualTo(facade.Modularity).Within(1e-12));

            using var written = JsonDocument.Parse(File.ReadAllText(jsonPath));
            Assert.That(written.RootElement.GetProperty("nodes").GetArrayLength(), Is.EqualTo(network.Stakeholders.Count));
            Assert.That(written.RootElement.GetProperty("provenance").GetProperty("seed").GetInt32(), Is.EqualTo(42));
            Assert.That(written.RootElement.GetProperty("network").GetProperty("inputSha256").GetString(), Is.EqualTo(result.Network.InputSha256));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [TestCaseSource(nameof(DataSets))]
    public void GraphMLExportReadsBackWithEverything(string dataSet)
    {
        var network = Load(dataSet);
        var folder = Repository.NewTempFolder();
        try
        {
            var path = Path.Combine(folder, "network.graphml");
            ResearcherExamples.ExportGraphML(network, path);
            Assert.That(File.ReadAllText(path), Does.StartWith("<?xml"));
            var back = GraphMLFormat.Read(path);
            Assert.That(back.Stakeholders.Select(s => s.Id), Is.EqualTo(network.Stakeholders.Select(s => s.Id)));
            Assert.That(back.Ties.Select(t => (t.Id, t.Source, t.Target, t.Type.Name, t.Evidence.Count)),
                Is.EqualTo(network.Ties.Select(t => (t.Id, t.Source, t.Target, t.Type.Name, t.Evidence.Count))));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [TestCaseSource(nameof(DataSets))]
    public void TwoModeProjectionMatchesNetworkXWeightedProjection(string dataSet)
    {
        var pairs = ResearcherExamples.PeopleThroughSharedEvents(Load(dataSet));
        var expected = Repository.Expected(dataSet).GetProperty("coAttendance").EnumerateArray()
            .Select(p => (p.GetProperty("first").GetString()!, p.GetProperty("second").GetString()!, p.GetProperty("weight").GetDouble()))
            .OrderBy(p => p.Item1, StringComparer.Ordinal).ThenBy(p => p.Item2, StringComparer.Ordinal).ToArray();
        var actual = pairs.Select(p => string.CompareOrdinal(p.First, p.Second) < 0 ? (p.First, p.Second, p.Weight) : (p.Second, p.First, p.Weight))
            .OrderBy(p => p.Item1, StringComparer.Ordinal).ThenBy(p => p.Item2, StringComparer.Ordinal).ToArray();
        Assert.That(actual, Is.EqualTo(expected));
        Assert.That(pairs.Select(p => p.Weight), Is.Ordered.Descending);
        Assert.That(pairs.All(p => p.SharedEvents.Count == (int)p.Weight), Is.True, "one shared event per unit of weight");
    }

    [Test]
    public void ChenAndOkaforShareBothEvents()
    {
        var strongest = ResearcherExamples.PeopleThroughSharedEvents(ResearcherExamples.LoadCsv(Repository.ForumCsv))[0];
        Assert.That(new[] { strongest.First, strongest.Second }, Is.EquivalentTo(new[] { "p.chen", "p.okafor" }));
        Assert.That(strongest.SharedEvents, Is.EquivalentTo(new[] { "Open Cooperation Forum 2023", "Green Finance Summit 2024" }));
    }

    private static void AssertRanking(IReadOnlyList<RankedStakeholder> actual, JsonElement expected)
    {
        var expectedRows = expected.EnumerateArray().Select(e => (e.GetProperty("id").GetString()!, e.GetProperty("score").GetDouble())).ToArray();
        Assert.That(actual.Select(r => r.Id), Is.EqualTo(expectedRows.Select(e => e.Item1)));
        for (var i = 0; i < actual.Count; i++)
        {
            Assert.That(actual[i].Score, Is.EqualTo(expectedRows[i].Item2).Within(1e-6), actual[i].Id);
            Assert.That(actual[i].Name, Is.Not.Empty);
        }
    }
}
