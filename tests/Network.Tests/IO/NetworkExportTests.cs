using System.Text;
using System.Text.Json;
using Stakeholders.Network.Analysis;
using Stakeholders.Network.Graphs;
using Stakeholders.Network.IO;
using Stakeholders.Network.Model;

namespace Stakeholders.Network.Tests.IO;

/// <summary><see cref="NetworkExport"/>: typed scores, undefined scores, merged parallel ties, direction, and its error paths.</summary>
public sealed class NetworkExportTests
{
    /// <summary>a–b twice (strengths 2 and 3, two types), b–c once, d isolated.</summary>
    private static StakeholderNetwork Small() => new StakeholderNetworkBuilder()
        .AddStakeholder(new Stakeholder("a", "A", StakeholderKind.Person))
        .AddStakeholder(new Stakeholder("b", "B", StakeholderKind.Organization))
        .AddStakeholder(new Stakeholder("c", "C", StakeholderKind.Person))
        .AddStakeholder(new Stakeholder("d", "D", StakeholderKind.Person) { Attributes = new Dictionary<string, string> { ["pagerank"] = "free text" } })
        .AddTie(new Tie("a", "b", TieType.MemberOf) { Id = "t1", Strength = 2, Evidence = [new Evidence("doc", "a is a member of b")] })
        .AddTie(new Tie("b", "a", TieType.PartnersWith) { Id = "t2", Strength = 3, Confidence = 0.5 })
        .AddTie(new Tie("b", "c", TieType.MemberOf) { Id = "t3" })
        .Build();

    private static (NetworkProjection, AnalysisResult) Analyse(ProjectionOptions options)
    {
        var network = Small();
        var result = NetworkAnalyzer.Analyze(network, new AnalysisOptions { Measures = ["degree", "pagerank", "constraint"], Communities = "louvain" }, options);
        return (NetworkProjection.Project(network, options), result);
    }

    private static string Text(NetworkProjection projection, AnalysisResult? result, NetworkFormat format, NetworkExportOptions? options = null) =>
        NetworkExport.Serialize(projection, result, format, options);

    [Test]
    public void GraphML_declares_scores_as_double_and_community_as_int_and_leaves_undefined_scores_out()
    {
        var (projection, result) = Analyse(new ProjectionOptions { WeightSource = WeightSource.None });
        var text = Text(projection, result, NetworkFormat.GraphML);
        Assert.That(text, Does.Contain("attr.name=\"pagerank\" attr.type=\"double\"").And.Contain("attr.name=\"community\" attr.type=\"int\""));
        Assert.That(text, Does.Contain("edgedefault=\"undirected\""));
        // The isolate d has no constraint (NaN): no <data> for it; its free attribute 'pagerank' is renamed so it cannot clash.
        var d = text[text.IndexOf("<node id=\"d\">", StringComparison.Ordinal)..];
        d = d[..d.IndexOf("</node>", StringComparison.Ordinal)];
        var constraintKey = System.Text.RegularExpressions.Regex.Match(text, "<key id=\"(n_num\\d+)\" for=\"node\" attr.name=\"constraint\"").Groups[1].Value;
        Assert.That(d, Does.Not.Contain($"key=\"{constraintKey}\""));
        Assert.That(text, Does.Contain("attr.name=\"attr:pagerank\" attr.type=\"string\""));
        Assert.That(double.IsNaN(result.Nodes.Single(n => n.Id == "d").Scores["constraint"]), Is.True);
    }

    [Test]
    public void Gexf_types_scores_and_writes_viz_positions()
    {
        var (projection, result) = Analyse(new ProjectionOptions { WeightSource = WeightSource.None });
        var positions = new Dictionary<string, NodePosition> { ["a"] = new(1.5, 2.5) };
        var text = Text(projection, result, NetworkFormat.Gexf, new NetworkExportOptions { Positions = positions });
        Assert.That(text, Does.Contain("version=\"1.2\"").And.Contain("title=\"pagerank\" type=\"double\"").And.Contain("title=\"community\" type=\"integer\""));
        Assert.That(text, Does.Contain("<viz:position x=\"1.5\" y=\"2.5\" z=\"0\" />"));
        Assert.That(Text(projection, result, NetworkFormat.Gexf, new NetworkExportOptions { GexfVersion = GexfVersion.V1_3 }), Does.Contain("version=\"1.3\""));
    }

    [Test]
    public void Node_link_scores_are_numbers_and_undefined_ones_null()
    {
        var (projection, result) = Analyse(new ProjectionOptions { WeightSource = WeightSource.None });
        using var doc = JsonDocument.Parse(Text(projection, result, NetworkFormat.NodeLink));
        var nodes = doc.RootElement.GetProperty("nodes").EnumerateArray().ToDictionary(n => n.GetProperty("id").GetString()!);
        Assert.That(nodes["a"].GetProperty("pagerank").GetDouble(), Is.EqualTo(result.Nodes.Single(n => n.Id == "a").Scores["pagerank"]));
        Assert.That(nodes["d"].GetProperty("constraint").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(nodes["d"].GetProperty("attributes").GetProperty("pagerank").GetString(), Is.EqualTo("free text"), "free attributes stay under attributes");
        Assert.That(doc.RootElement.GetProperty("multigraph").GetBoolean(), Is.True, "a–b and b–a are two ties on one undirected pair");
    }

    [Test]
    public void Merged_export_has_one_link_per_analysed_edge_with_the_projected_weight()
    {
        var (projection, result) = Analyse(new ProjectionOptions { WeightSource = WeightSource.Strength });
        using var doc = JsonDocument.Parse(Text(projection, result, NetworkFormat.NodeLink, new NetworkExportOptions { MergeParallelTies = true }));
        var root = doc.RootElement;
        Assert.That(root.GetProperty("directed").GetBoolean(), Is.False);
        Assert.That(root.GetProperty("multigraph").GetBoolean(), Is.False);
        var links = root.GetProperty("links").EnumerateArray().ToList();
        Assert.That(links, Has.Count.EqualTo(projection.Graph.EdgeCount).And.Count.EqualTo(2));
        var ab = links.Single(l => l.GetProperty("id").GetString() == "t1");
        Assert.That(ab.GetProperty("weight").GetDouble(), Is.EqualTo(5.0), "strengths summed, as the projection did");
        Assert.That(ab.GetProperty("type").GetString(), Is.EqualTo("MEMBER_OF+PARTNERS_WITH"));
        Assert.That(ab.TryGetProperty("confidence", out _), Is.False, "confidence 1, the readers' default, is left out");
        Assert.That(ab.GetProperty("attributes").GetProperty("tieIds").GetString(), Is.EqualTo("[\"t1\",\"t2\"]"));
        Assert.That(ab.GetProperty("evidence").GetArrayLength(), Is.EqualTo(1));
        var bc = links.Single(l => l.GetProperty("id").GetString() == "t3");
        Assert.That(bc.TryGetProperty("attributes", out _), Is.False, "a single tie is written as it is");

        var directed = Analyse(new ProjectionOptions { WeightSource = WeightSource.Strength, Directed = true });
        using var d = JsonDocument.Parse(Text(directed.Item1, directed.Item2, NetworkFormat.NodeLink, new NetworkExportOptions { MergeParallelTies = true }));
        Assert.That(d.RootElement.GetProperty("directed").GetBoolean(), Is.True);
        Assert.That(d.RootElement.GetProperty("links").GetArrayLength(), Is.EqualTo(3), "a→b and b→a are different arcs");
    }

    [Test]
    public void Filters_of_the_projection_decide_what_is_written_and_evidence_can_be_left_out()
    {
        var network = Small();
        var options = new ProjectionOptions { TieTypes = [TieType.MemberOf], KeepIsolated = false };
        var projection = NetworkProjection.Project(network, options);
        var text = Text(projection, null, NetworkFormat.Graphology, new NetworkExportOptions { IncludeEvidence = false });
        using var doc = JsonDocument.Parse(text);
        Assert.That(doc.RootElement.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("key").GetString()), Is.EqualTo(new[] { "a", "b", "c" }));
        Assert.That(doc.RootElement.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("key").GetString()), Is.EqualTo(new[] { "t1", "t3" }));
        Assert.That(text, Does.Not.Contain("a is a member of b"));
        Assert.That(Text(projection, null, NetworkFormat.Graphology), Does.Contain("a is a member of b"));
    }

    [Test]
    public void A_result_of_another_projection_or_an_unsupported_format_is_refused()
    {
        var (projection, result) = Analyse(new ProjectionOptions { WeightSource = WeightSource.None });
        var other = NetworkProjection.Project(Small(), new ProjectionOptions { KeepIsolated = false });
        var mismatch = Assert.Throws<ArgumentException>(() => Text(other, result, NetworkFormat.NodeLink))!;
        Assert.That(mismatch.Message, Does.Contain("not computed on this projection"));
        var directed = NetworkProjection.Project(Small(), new ProjectionOptions { Directed = true });
        Assert.Throws<ArgumentException>(() => Text(directed, result, NetworkFormat.NodeLink));
        var format = Assert.Throws<ArgumentException>(() => Text(projection, result, NetworkFormat.EdgeList))!;
        Assert.That(format.Message, Does.Contain("edgelist").And.Contain("graphml, gexf, node-link, cytoscape, graphology"));
        var dir = SampleNetworks.TempDirectory();
        var path = Path.Combine(dir, "x.json");
        Assert.Throws<ArgumentException>(() => NetworkExport.Write(projection, result, path));
        Assert.That(File.Exists(path), Is.False);
        Assert.That(Encoding.UTF8.GetByteCount(Text(projection, result, NetworkFormat.Cytoscape)), Is.GreaterThan(0));
    }
}
