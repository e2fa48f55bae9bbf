using System.Diagnostics;
using System.Text.Json;
using System.Xml.Linq;

namespace Stakeholders.Cli.Tests;

/// <summary>
/// <c>analyze --out x.graphml|x.gexf|x.nodelink.json|x.cyjs|x.graphology.json</c> (the network with typed scores) and
/// <c>convert --to cytoscape|graphology</c>, <c>--no-evidence</c>, <c>--compact</c>, <c>--gexf-version</c>, <c>--directed</c>,
/// with their error paths (exit code 2, nothing written).
/// </summary>
public sealed class ExportCommandTests
{
    private const string Python = "/usr/bin/python3";
    private const string Measures = "degree,betweenness,pagerank,constraint,effective-size";

    [TestCase("x.unknownext")]
    [TestCase("x.edges")]
    [TestCase("x.dot")]
    [TestCase("x.net")]
    public void Analyze_out_with_an_extension_it_cannot_write_is_a_usage_error_and_writes_nothing(string name)
    {
        var dir = CliRun.TempDirectory();
        var target = Path.Combine(dir, name);
        var (code, output, error) = CliRun.Run("analyze", CliRun.Seed, "--out", target, "-q");
        Assert.That(code, Is.EqualTo(2), error);
        Assert.That(error, Does.Contain("--out").And.Contain(".graphml"));
        Assert.That(output, Is.Empty);
        Assert.That(File.Exists(target), Is.False);
    }

    [Test]
    public void Analyze_out_graphml_declares_each_score_as_double_and_the_community_as_int()
    {
        var dir = CliRun.TempDirectory();
        var graphml = Path.Combine(dir, "scores.graphml");
        var json = Path.Combine(dir, "scores.json");
        Assert.That(CliRun.Run("analyze", CliRun.Seed, "-m", Measures, "--out", graphml, "-q").Code, Is.EqualTo(0));
        Assert.That(CliRun.Run("analyze", CliRun.Seed, "-m", Measures, "--out", json, "-q").Code, Is.EqualTo(0));
        var doc = XDocument.Load(graphml);
        XNamespace ns = "http://graphml.graphdrawing.org/xmlns";
        var keys = doc.Root!.Elements(ns + "key").Where(k => (string?)k.Attribute("for") == "node")
            .ToDictionary(k => (string)k.Attribute("attr.name")!, k => ((string)k.Attribute("id")!, (string)k.Attribute("attr.type")!));
        foreach (var m in Measures.Split(','))
        {
            Assert.That(keys[m].Item2, Is.EqualTo("double"), m);
        }

        Assert.That(keys["community"].Item2, Is.EqualTo("int"));
        Assert.That(doc.Root.Element(ns + "graph")!.Attribute("edgedefault")!.Value, Is.EqualTo("undirected"), "analyze reads the seed undirected");

        using var analysis = JsonDocument.Parse(File.ReadAllText(json));
        var first = analysis.RootElement.GetProperty("nodes")[0];
        var node = doc.Root.Element(ns + "graph")!.Elements(ns + "node").Single(n => (string)n.Attribute("id")! == first.GetProperty("id").GetString());
        var pagerank = node.Elements(ns + "data").Single(d => (string)d.Attribute("key")! == keys["pagerank"].Item1).Value;
        Assert.That(double.Parse(pagerank, System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(first.GetProperty("pagerank").GetDouble()));
    }

    [Test]
    public void Analyze_directed_writes_a_directed_graphml()
    {
        var dir = CliRun.TempDirectory();
        var graphml = Path.Combine(dir, "d.graphml");
        Assert.That(CliRun.Run("analyze", CliRun.Seed, "--directed", "-m", "pagerank", "--out", graphml, "-q").Code, Is.EqualTo(0));
        Assert.That(File.ReadAllText(graphml), Does.Contain("edgedefault=\"directed\""));
    }

    [Test]
    public void NetworkX_and_igraph_read_the_exported_scores_as_numbers_equal_to_the_analyze_json()
    {
        if (!File.Exists(Python) || Run(Python, "-c", "import networkx, igraph").Code != 0)
        {
            Assert.Ignore($"{Python} with networkx and igraph is not installed (.ci/install-oracles.sh installs them)");
        }

        var dir = CliRun.TempDirectory();
        var files = new[] { "a.json", "a.graphml", "a.gexf", "a.nodelink.json" }.Select(f => Path.Combine(dir, f)).ToArray();
        foreach (var f in files)
        {
            var (code, _, error) = CliRun.Run("analyze", CliRun.Seed, "-m", Measures, "--out", f, "-q");
            Assert.That(code, Is.EqualTo(0), error);
        }

        var (exit, output) = Run(Python, [Script("check_scores.py"), .. files]);
        TestContext.Out.WriteLine(output);
        Assert.That(exit, Is.EqualTo(0), output);
        Assert.That(output, Does.Contain("0 failed").And.Contain("its own betweenness on the file as read equals ours"));
    }

    [Test]
    public void Node_link_has_label_positions_numbers_and_tells_the_direction()
    {
        var dir = CliRun.TempDirectory();
        var target = Path.Combine(dir, "s.nodelink.json");
        Assert.That(CliRun.Run("analyze", CliRun.Seed, "-m", "pagerank", "--out", target, "-q").Code, Is.EqualTo(0));
        using var doc = JsonDocument.Parse(File.ReadAllText(target));
        var root = doc.RootElement;
        Assert.That(root.GetProperty("directed").GetBoolean(), Is.False);
        Assert.That(root.GetProperty("multigraph").GetBoolean(), Is.False, "one link per analysed edge: parallel ties merged, as the projection merged them");
        var merged = root.GetProperty("links").EnumerateArray().Where(l => l.TryGetProperty("attributes", out var a) && a.TryGetProperty("tieCount", out _)).ToList();
        Assert.That(merged, Is.Not.Empty, "the seed has pairs joined by two ties (a speaker who also attended)");
        Assert.That(merged.Select(l => l.GetProperty("type").GetString()), Has.Some.Contains("+"), "distinct types joined by +");
        foreach (var node in root.GetProperty("nodes").EnumerateArray())
        {
            Assert.That(node.GetProperty("label").ValueKind, Is.EqualTo(JsonValueKind.String));
            Assert.That(node.GetProperty("x").ValueKind, Is.EqualTo(JsonValueKind.Number));
            Assert.That(node.GetProperty("y").ValueKind, Is.EqualTo(JsonValueKind.Number));
            Assert.That(node.GetProperty("pagerank").ValueKind, Is.EqualTo(JsonValueKind.Number));
            Assert.That(node.GetProperty("community").ValueKind, Is.EqualTo(JsonValueKind.Number));
        }

        var links = root.GetProperty("links").GetArrayLength();
        var perTie = Path.Combine(dir, "ties.nodelink.json");
        Assert.That(CliRun.Run("analyze", CliRun.Seed, "-m", "pagerank", "--out", perTie, "-q", "--keep-parallel-ties").Code, Is.EqualTo(0));
        using (var ties = JsonDocument.Parse(File.ReadAllText(perTie)))
        {
            Assert.That(ties.RootElement.GetProperty("multigraph").GetBoolean(), Is.True, "one link per tie: the seed has parallel ties");
            Assert.That(ties.RootElement.GetProperty("links").GetArrayLength(), Is.EqualTo(127).And.GreaterThan(links));
        }

        var again = Path.Combine(dir, "t.nodelink.json");
        Assert.That(CliRun.Run("analyze", CliRun.Seed, "-m", "pagerank", "--out", again, "-q").Code, Is.EqualTo(0));
        Assert.That(File.ReadAllText(again), Is.EqualTo(File.ReadAllText(target)), "the layout is seeded: same input, same file");
    }

    [Test]
    public void No_evidence_leaves_every_quote_out_and_compact_keeps_the_seed_under_30_kb_and_readable_by_networkx()
    {
        var dir = CliRun.TempDirectory();
        var full = Path.Combine(dir, "full.nodelink.json");
        var lean = Path.Combine(dir, "lean.nodelink.json");
        Assert.That(CliRun.Run("convert", CliRun.Seed, full).Code, Is.EqualTo(0));
        var (code, _, error) = CliRun.Run("convert", CliRun.Seed, lean, "--no-evidence", "--compact");
        Assert.That(code, Is.EqualTo(0), error);
        var text = File.ReadAllText(lean);
        Assert.That(File.ReadAllText(full), Does.Contain("\"quote\""));
        Assert.That(text, Does.Not.Contain("\"quote\"").And.Not.Contain("\"evidence\""));
        Assert.That(text, Does.Not.Contain("\n  "), "compact: one line");
        var size = new FileInfo(lean).Length;
        TestContext.Out.WriteLine($"seed node-link: {new FileInfo(full).Length} bytes with evidence, indented; {size} bytes without, compact");
        Assert.That(size, Is.LessThanOrEqualTo(30_000), "the front-end payload of the seed (issue 11's bound)");
        Assert.That(text, Does.Not.Contain("\"name\"").And.Not.Contain("\"description\""), "the name once, as label; no free text");
        var read = Stakeholders.Network.IO.NetworkFile.Read(lean);
        var seed = Stakeholders.Network.IO.NetworkFile.Read(CliRun.Seed);
        Assert.Multiple(() =>
        {
            Assert.That(read.Ties.All(t => t.Evidence.Count == 0), Is.True);
            Assert.That(read.Stakeholders.Select(s => (s.Id, s.Name, s.Kind)), Is.EqualTo(seed.Stakeholders.Select(s => (s.Id, s.Name, s.Kind))), "names come back from label");
            Assert.That(read.Ties.Select(t => (t.Id, t.Source, t.Target, t.Type, t.Strength, t.Confidence, t.Period)), Is.EqualTo(seed.Ties.Select(t => (t.Id, t.Source, t.Target, t.Type, t.Strength, t.Confidence, t.Period))), "ids, weights, confidences and periods left out as defaults come back");
        });

        if (!File.Exists(Python) || Run(Python, "-c", "import networkx").Code != 0)
        {
            Assert.Ignore($"{Python} with networkx is not installed (.ci/install-oracles.sh installs it)");
        }

        var (exit, output) = Run(Python, "-c", string.Join('\n',
            "import json, sys",
            "from networkx.readwrite import json_graph",
            "g = json_graph.node_link_graph(json.load(open(sys.argv[1], encoding='utf-8')))",
            "print(g.number_of_nodes(), g.number_of_edges(), g.is_directed(), g.is_multigraph(), g.nodes['xia-linmao']['label'])"), lean);
        Assert.That(exit, Is.EqualTo(0), output);
        Assert.That(output.Trim(), Is.EqualTo($"{seed.Stakeholders.Count} {seed.Ties.Count} False True Xia Linmao"), "NetworkX node_link_graph reads every node and link");
    }

    [TestCase("cytoscape", "\"elements\":{\"nodes\":[{\"data\":{\"id\":")]
    [TestCase("graphology", "\"options\":{\"type\":\"undirected\",\"multi\":true,\"allowSelfLoops\":true},\"nodes\":[{\"key\":")]
    public void Convert_to_a_front_end_shape(string to, string expected)
    {
        var dir = CliRun.TempDirectory();
        var target = Path.Combine(dir, "out.json");
        var (code, _, error) = CliRun.Run("convert", CliRun.Seed, target, "--to", to, "--no-evidence");
        Assert.That(code, Is.EqualTo(0), error);
        var text = File.ReadAllText(target);
        Assert.That(text, Does.Contain(expected));
        Assert.That(text, Does.Not.Contain("\"quote\""));
        using var doc = JsonDocument.Parse(text);
    }

    [Test]
    public void Convert_writes_undirected_unless_directed_is_asked()
    {
        var dir = CliRun.TempDirectory();
        var undirected = Path.Combine(dir, "u.graphml");
        var directed = Path.Combine(dir, "d.graphml");
        var graphology = Path.Combine(dir, "d.graphology.json");
        Assert.That(CliRun.Run("convert", CliRun.Seed, undirected).Code, Is.EqualTo(0));
        Assert.That(CliRun.Run("convert", CliRun.Seed, directed, "--directed").Code, Is.EqualTo(0));
        Assert.That(CliRun.Run("convert", CliRun.Seed, graphology, "--directed").Code, Is.EqualTo(0));
        Assert.That(File.ReadAllText(undirected), Does.Contain("edgedefault=\"undirected\""));
        Assert.That(File.ReadAllText(directed), Does.Contain("edgedefault=\"directed\""));
        Assert.That(File.ReadAllText(graphology), Does.Contain("\"type\":\"directed\"").And.Not.Contain("\"undirected\":true"));
    }

    [Test]
    public void Gexf_is_1_2draft_by_default_and_1_3_on_request()
    {
        var dir = CliRun.TempDirectory();
        var v12 = Path.Combine(dir, "a.gexf");
        var v13 = Path.Combine(dir, "b.gexf");
        Assert.That(CliRun.Run("convert", CliRun.Seed, v12).Code, Is.EqualTo(0));
        Assert.That(CliRun.Run("convert", CliRun.Seed, v13, "--gexf-version", "1.3").Code, Is.EqualTo(0));
        Assert.That(File.ReadAllText(v12), Does.Contain("xmlns=\"http://www.gexf.net/1.2draft\"").And.Contain("version=\"1.2\""));
        Assert.That(File.ReadAllText(v13), Does.Contain("xmlns=\"http://gexf.net/1.3\"").And.Contain("version=\"1.3\""));
    }

    [TestCase("convert", "out.json", "--to", "cytoscape.x", "unknown format")]
    [TestCase("convert", "out.edges", "--no-evidence", null, "--no-evidence applies to")]
    [TestCase("convert", "out.json", "--no-evidence", null, "--no-evidence applies to")]
    [TestCase("convert", "out.graphml", "--compact", null, "--compact applies to")]
    [TestCase("convert", "out.graphml", "--gexf-version", "1.3", "--gexf-version applies to GEXF")]
    [TestCase("convert", "out.gexf", "--gexf-version", "2.0", "--gexf-version must be 1.2 or 1.3")]
    [TestCase("convert", "out.edges", "--directed", null, "--directed applies to")]
    [TestCase("analyze", "out.json", "--no-evidence", null, "--no-evidence applies to")]
    [TestCase("analyze", "out.csv", "--keep-parallel-ties", null, "--keep-parallel-ties applies to")]
    [TestCase("analyze", "out.csv", "--gexf-version", "1.3", "--gexf-version applies to GEXF")]
    public void Options_that_do_not_apply_are_usage_errors(string command, string output, string option, string? value, string message)
    {
        var dir = CliRun.TempDirectory();
        var target = Path.Combine(dir, output);
        string[] args = command == "convert" ? ["convert", CliRun.Seed, target, option] : ["analyze", CliRun.Seed, "-q", "--out", target, option];
        if (value is not null)
        {
            args = [.. args, value];
        }

        var (code, _, error) = CliRun.Run(args);
        Assert.That(code, Is.EqualTo(2), error);
        Assert.That(error, Does.Contain(message));
        Assert.That(File.Exists(target), Is.False);
    }

    [Test]
    public void Front_end_shapes_cannot_be_read()
    {
        var dir = CliRun.TempDirectory();
        var cyjs = Path.Combine(dir, "a.cyjs");
        Assert.That(CliRun.Run("convert", CliRun.Seed, cyjs).Code, Is.EqualTo(0));
        var (code, _, error) = CliRun.Run("convert", cyjs, Path.Combine(dir, "b.json"));
        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain("can be written but not read"));
    }

    private static string Script(string name)
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "interop", name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"tests/interop/{name} was not found above the test directory.");
    }

    private static (int Code, string Output) Run(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            return (-1, "timed out");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
