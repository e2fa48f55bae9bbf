using System.Diagnostics;
using System.Text.Json;
using Stakeholders.Network.Analysis;
using Stakeholders.Network.Graphs;
using Stakeholders.Network.IO;
using Stakeholders.Network.Model;

namespace Stakeholders.Network.Tests.IO;

/// <summary>
/// Loads our Cytoscape.js and graphology exports of the seed network, with analysis scores, in the libraries themselves
/// (cytoscape 3.35.0 and graphology 0.26.0 under node, installed by <c>.ci/install-node-packages.sh</c>; the loader is
/// <c>tests/interop/node/load_export.js</c>) and checks node and edge counts, ids, end points, numbers and positions.
/// Ignored, with the reason, where node or the packages are missing.
/// </summary>
public sealed class FrontEndInteropTests
{
    private static readonly string SeedPath = Path.Combine(TestContext.CurrentContext.TestDirectory, "seeds", "shijingshan-forum-2023.json");

    private static (NetworkProjection Projection, AnalysisResult Result, Dictionary<string, NodePosition> Positions) Analysed(bool directed)
    {
        var network = NetworkFile.Read(SeedPath);
        var projectionOptions = new ProjectionOptions { Directed = directed, WeightSource = WeightSource.None };
        var result = NetworkAnalyzer.Analyze(network, new AnalysisOptions { Measures = ["degree", "betweenness", "pagerank", "constraint"], Communities = "louvain" }, projectionOptions);
        var projection = NetworkProjection.Project(network, projectionOptions);
        var positions = Enumerable.Range(0, projection.Graph.VertexCount)
            .ToDictionary(v => projection.Graph.IdOf(v), v => new NodePosition(v * 10.5, 1000 - v), StringComparer.Ordinal);
        return (projection, result, positions);
    }

    [TestCase(false)]
    [TestCase(true)]
    public void Cytoscape_loads_the_elements_with_ids_ends_numbers_and_positions(bool directed)
    {
        var (projection, result, positions) = Analysed(directed);
        using var seen = Load("cytoscape", NetworkExport.Serialize(projection, result, NetworkFormat.Cytoscape, new NetworkExportOptions { Positions = positions }));
        var root = seen.RootElement;
        AssertGraph(root, projection);
        Assert.That(root.GetProperty("directed").GetBoolean(), Is.EqualTo(directed), "graph data says the direction");
        AssertNumbers(root, result);
        foreach (var (id, p) in positions)
        {
            var xy = root.GetProperty("positions").GetProperty(id);
            Assert.That((xy[0].GetDouble(), xy[1].GetDouble()), Is.EqualTo((p.X, p.Y)), id);
        }
    }

    [TestCase(false)]
    [TestCase(true)]
    public void Graphology_imports_the_serialized_graph_with_its_type_and_numbers(bool directed)
    {
        var (projection, result, positions) = Analysed(directed);
        using var seen = Load("graphology", NetworkExport.Serialize(projection, result, NetworkFormat.Graphology, new NetworkExportOptions { Positions = positions }));
        var root = seen.RootElement;
        AssertGraph(root, projection);
        Assert.That(root.GetProperty("directed").GetBoolean(), Is.EqualTo(directed));
        Assert.That(root.GetProperty("multi").GetBoolean(), Is.True, "the seed has parallel ties (a speaker who also attended)");
        Assert.That(root.GetProperty("undirectedEdges").GetInt32(), Is.EqualTo(directed ? 0 : projection.KeptTieIndices.Count));
        AssertNumbers(root, result);
        var first = projection.Graph.IdOf(0);
        Assert.That(root.GetProperty("nodeData").GetProperty(first).GetProperty("x").GetDouble(), Is.EqualTo(positions[first].X));
        Assert.That(root.GetProperty("nodeData").GetProperty(first).GetProperty("label").GetString(), Is.EqualTo(projection.StakeholderOf(0).Name));
    }

    [Test]
    public void Cytoscape_gets_distinct_ids_when_a_tie_id_equals_a_stakeholder_id()
    {
        var network = new StakeholderNetworkBuilder()
            .AddStakeholder(new Stakeholder("a", "A", StakeholderKind.Person))
            .AddStakeholder(new Stakeholder("b", "B", StakeholderKind.Person))
            .AddTie(new Tie("a", "b", TieType.MemberOf) { Id = "a" })
            .Build();
        using var buffer = new MemoryStream();
        NetworkExport.Write(network, buffer, NetworkFormat.Cytoscape);
        using var seen = Load("cytoscape", System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        Assert.That(seen.RootElement.GetProperty("edgeIds").EnumerateArray().Select(e => e.GetString()), Is.EqualTo(new[] { "tie:a" }));
    }

    private static void AssertGraph(JsonElement root, NetworkProjection projection)
    {
        var ties = projection.KeptTieIndices.Select(i => projection.Network.Ties[i]).ToList();
        Assert.That(root.GetProperty("nodes").GetInt32(), Is.EqualTo(projection.Graph.VertexCount));
        Assert.That(root.GetProperty("edges").GetInt32(), Is.EqualTo(ties.Count));
        Assert.That(root.GetProperty("nodeIds").EnumerateArray().Select(e => e.GetString()), Is.EqualTo(Enumerable.Range(0, projection.Graph.VertexCount).Select(projection.Graph.IdOf)));
        Assert.That(root.GetProperty("edgeIds").EnumerateArray().Select(e => e.GetString()), Is.EqualTo(ties.Select(t => t.Id)));
        foreach (var t in ties)
        {
            var ends = root.GetProperty("edgeEnds").GetProperty(t.Id);
            Assert.That((ends[0].GetString(), ends[1].GetString()), Is.EqualTo((t.Source, t.Target)), t.Id);
        }
    }

    private static void AssertNumbers(JsonElement root, AnalysisResult result)
    {
        var data = root.GetProperty("nodeData");
        var isolatedOrUndefined = 0;
        foreach (var row in result.Nodes)
        {
            var node = data.GetProperty(row.Id);
            foreach (var m in result.Measures)
            {
                var value = node.GetProperty(m);
                if (double.IsFinite(row.Scores[m]))
                {
                    Assert.That(value.ValueKind, Is.EqualTo(JsonValueKind.Number), $"{row.Id}.{m} is a number, not a string");
                    Assert.That(value.GetDouble(), Is.EqualTo(row.Scores[m]), $"{row.Id}.{m}");
                }
                else
                {
                    Assert.That(value.ValueKind, Is.EqualTo(JsonValueKind.Null), $"{row.Id}.{m} is undefined");
                    isolatedOrUndefined++;
                }
            }

            Assert.That(node.GetProperty("community").GetInt32(), Is.EqualTo(result.Communities!.Membership[row.Vertex]));
        }

        TestContext.Out.WriteLine($"{isolatedOrUndefined} undefined scores written as null");
    }

    private static JsonDocument Load(string kind, string json)
    {
        var folder = NodeFolder();
        if (folder is null || !File.Exists(Path.Combine(folder, "node_modules", "cytoscape", "package.json")) || !File.Exists(Path.Combine(folder, "node_modules", "graphology", "package.json")))
        {
            Assert.Ignore("tests/interop/node/node_modules lacks cytoscape or graphology: run .ci/install-node-packages.sh (npm)");
        }

        var file = Path.Combine(SampleNetworks.TempDirectory(), "export.json");
        File.WriteAllText(file, json);
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(folder!, "load_export.js"));
        start.ArgumentList.Add(kind);
        start.ArgumentList.Add(file);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Assert.Ignore($"node is not installed ({e.Message})");
            throw;
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            Assert.That(process.WaitForExit(TimeSpan.FromMinutes(2)), Is.True, "node timed out");
            Assert.That(process.ExitCode, Is.EqualTo(0), stderr.Result);
            return JsonDocument.Parse(stdout.Result);
        }
    }

    private static string? NodeFolder()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "interop", "node");
            if (File.Exists(Path.Combine(candidate, "load_export.js")))
            {
                return candidate;
            }
        }

        return null;
    }
}
