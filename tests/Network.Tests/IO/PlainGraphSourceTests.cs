using System.Text;
using NUnit.Framework;
using Stakeholders.Network.Analysis;
using Stakeholders.Network.Graphs;
using Stakeholders.Network.IO;
using Stakeholders.Network.Model;

namespace Stakeholders.Network.Tests.IO;

/// <summary>
/// The plain-graph fast path (<see cref="PlainGraphSource"/>) gives the same CSR graph and the same measures as reading
/// the full model and projecting it, on every edge list and GraphML fixture; it declines every file it cannot read
/// exactly, so the full reader reports the problems with their positions.
/// </summary>
public sealed class PlainGraphSourceTests
{
    private static readonly string[] Measures = ["degree", "strength", "betweenness", "closeness", "pagerank", "eigenvector", "clustering", "coreness", "constraint"];

    public static IEnumerable<string> Fixtures() =>
        Directory.EnumerateFiles(Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData"), "*", SearchOption.AllDirectories)
            .Where(f => NetworkFormats.TryDetect(f, out var format) && format is NetworkFormat.EdgeList or NetworkFormat.Pajek or NetworkFormat.GraphML)
            .Select(f => Path.GetRelativePath(Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData"), f))
            .Order(StringComparer.Ordinal);

    private static IEnumerable<ProjectionOptions> OptionVariants() =>
        from directed in new[] { false, true }
        from source in new[] { WeightSource.None, WeightSource.Strength, WeightSource.StrengthTimesConfidence, WeightSource.Confidence }
        from meaning in new[] { WeightMeaning.Strength, WeightMeaning.Distance }
        select new ProjectionOptions { Directed = directed, WeightSource = source, WeightMeaning = meaning };

    [TestCaseSource(nameof(Fixtures))]
    public void Fast_path_gives_the_same_graph_and_measures_as_the_full_path(string relative)
    {
        var path = Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", relative);
        NetworkFormats.TryDetect(path, out var format);
        StakeholderNetwork network;
        try
        {
            network = NetworkFile.Read(path);
        }
        catch (Exception e) when (e is NetworkFormatException or NetworkValidationException)
        {
            Assert.That(PlainGraphSource.TryRead(path, format), Is.Null, "a file the full reader refuses must be declined by the fast path");
            return;
        }

        var plain = PlainGraphSource.TryRead(path, format);
        if (format is NetworkFormat.EdgeList or NetworkFormat.Pajek)
        {
            Assert.That(plain, Is.Not.Null, "every valid edge list and Pajek fixture takes the fast path");
        }

        if (plain is null)
        {
            Assert.That(File.ReadAllText(path), Does.Contain("<key"), "only GraphML with keys (stakeholder fields) leaves the fast path");
            return;
        }

        foreach (var options in OptionVariants())
        {
            var expected = NetworkProjection.Project(network, options).Graph;
            var actual = plain.ToGraph(options);
            AssertSameGraph(actual, expected, options);
            Assert.That(NetworkFile.TryReadGraph(path, options, out var viaFacade), Is.True);
            AssertSameGraph(viaFacade!, expected, options);
        }

        var analysis = new AnalysisOptions { Measures = Measures, Communities = "louvain", InputSha256 = "x" };
        foreach (var options in OptionVariants().Where(o => o.WeightMeaning == WeightMeaning.Strength))
        {
            var full = NetworkAnalyzer.Analyze(network, analysis, options);
            var fast = NetworkAnalyzer.Analyze(plain.ToGraph(options), analysis);
            Assert.That(fast.Nodes.Select(n => n.Id), Is.EqualTo(full.Nodes.Select(n => n.Id)));
            Assert.That(fast.Nodes.Select(n => n.Label), Is.EqualTo(full.Nodes.Select(n => n.Label)));
            foreach (var m in Measures)
            {
                Assert.That(fast.Nodes.Select(n => n.Scores[m]), Is.EqualTo(full.Nodes.Select(n => n.Scores[m])), $"{m} with {options}");
            }

            Assert.That(fast.Communities!.Membership, Is.EqualTo(full.Communities!.Membership));
            Assert.That(fast.Network with { InputSha256 = "" }, Is.EqualTo(full.Network with { InputSha256 = "" }));
        }
    }

    [Test]
    public void Every_kind_of_fixture_is_covered()
    {
        var fixtures = Fixtures().ToList();
        Assert.That(fixtures.Count(f => f.EndsWith(".edges", StringComparison.Ordinal)), Is.GreaterThanOrEqualTo(10));
        Assert.That(fixtures.Count(f => f.EndsWith(".net", StringComparison.Ordinal)), Is.GreaterThanOrEqualTo(1));
        var plainGraphML = Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", "io", "igraph_karate_plain.graphml");
        Assert.That(PlainGraphSource.TryRead(plainGraphML, NetworkFormat.GraphML), Is.Not.Null, "igraph's GraphML without attributes takes the fast path");
        Assert.That(PlainGraphSource.TryRead(plainGraphML, NetworkFormat.GraphML)!.Ids, Has.Length.EqualTo(34));
    }

    [TestCaseSource(nameof(Fixtures))]
    public void EdgeListFormat_ReadGraph_on_the_fast_path_equals_the_line_reader(string relative)
    {
        var path = Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", relative);
        if (!relative.EndsWith(".edges", StringComparison.Ordinal))
        {
            return;
        }

        foreach (var policy in Enum.GetValues<ParallelEdgePolicy>())
        {
            foreach (var directed in new[] { false, true })
            {
                var fast = EdgeListFormat.ReadGraph(path, directed, WeightMeaning.Distance, policy);
                using var text = new StreamReader(path);
                var lines = EdgeListFormat.ReadGraph(text, path, directed, WeightMeaning.Distance, policy);
                AssertSameGraph(fast, lines, new ProjectionOptions { Directed = directed, WeightMeaning = WeightMeaning.Distance });
            }
        }
    }

    [TestCase("a b\nc\n", TestName = "one field")]
    [TestCase("a b 1 2\n", TestName = "four fields")]
    [TestCase("a b -1\n", TestName = "negative weight")]
    [TestCase("a b NaN\n", TestName = "NaN weight")]
    [TestCase("a b x\n", TestName = "weight not a number")]
    [TestCase("a\u00A0b c\n", TestName = "no-break space, which the full reader splits on")]
    [TestCase("a\u2003b\n", TestName = "em space")]
    public void Declines_what_only_the_full_reader_reports_or_splits_exactly(string text)
    {
        Assert.That(PlainGraphSource.TryReadEdgeList(Encoding.UTF8.GetBytes(text)), Is.Null);
    }

    [Test]
    public void Reads_comments_directives_line_ends_and_a_byte_order_mark_as_the_full_reader()
    {
        var text = "\uFEFF# a comment\r\n#! node lonely \r\nα β 2.5 # trailing\rβ γ\n\n\tγ\tα 1e0\n#! node α\nx x";
        var bytes = Encoding.UTF8.GetBytes(text);
        var plain = PlainGraphSource.TryReadEdgeList(bytes);
        Assert.That(plain, Is.Not.Null);
        var network = EdgeListFormat.Read(new StringReader(text.TrimStart('\uFEFF')));
        Assert.That(plain!.Ids, Is.EqualTo(network.Stakeholders.Select(s => s.Id)));
        var options = new ProjectionOptions { WeightSource = WeightSource.Strength };
        AssertSameGraph(plain.ToGraph(options), NetworkProjection.Project(network, options).Graph, options);
    }

    /// <summary>Lines of two plain numbers take a one-pass route; every neighbouring shape (leading zeros, numbers past the
    /// direct table, tabs and runs of blanks, each line break, a last line without one, a third field, a comment, leading
    /// blanks, a sign) must read as the full reader reads it.</summary>
    [TestCase("1 2\n2 3\n3 1\n", TestName = "plain pairs")]
    [TestCase("1 2\r\n2\t3\r007 1\n12345678 0\n0 00\n5  \t 6", TestName = "CRLF, tab, lone CR, leading zeros, eight digits, a run of blanks, no final line break")]
    [TestCase("1 2 3.5\n2 3 # x\n 3 4\n4 5 \n+5 6\n6 -7\n1 2\n", TestName = "a weight, a comment, a leading blank, a trailing blank, signs, a repeat")]
    [TestCase("10 20\n#! node 30\n30 10\r\n\n\n20 20", TestName = "a directive, blank lines, a self-loop")]
    public void Reads_lines_of_two_numbers_as_the_full_reader(string text)
    {
        var plain = PlainGraphSource.TryReadEdgeList(Encoding.UTF8.GetBytes(text));
        Assert.That(plain, Is.Not.Null);
        var network = EdgeListFormat.Read(new StringReader(text));
        Assert.That(plain!.Ids, Is.EqualTo(network.Stakeholders.Select(s => s.Id)));
        foreach (var directed in new[] { false, true })
        {
            var options = new ProjectionOptions { Directed = directed, WeightSource = WeightSource.Strength };
            AssertSameGraph(plain.ToGraph(options), NetworkProjection.Project(network, options).Graph, options);
        }
    }

    [Test]
    public void Parallel_ties_merge_with_their_strengths_summed()
    {
        var bytes = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("a b 2\nb a\n", 50_000)));
        var graph = PlainGraphSource.TryReadEdgeList(bytes)!.ToGraph(new ProjectionOptions { WeightSource = WeightSource.Strength });
        Assert.That(graph.EdgeCount, Is.EqualTo(1));
        Assert.That(graph.Weights.ToArray(), Is.EqualTo(new[] { 150_000.0, 150_000.0 }));
    }

    [TestCase("<graphml><key id=\"w\" for=\"edge\" attr.name=\"weight\"/><graph><node id=\"a\"/></graph></graphml>", TestName = "a key")]
    [TestCase("<graphml><graph><node id=\"a\"/><edge source=\"a\" target=\"b\"/></graph></graphml>", TestName = "an undeclared endpoint")]
    [TestCase("<graphml><graph><node id=\"a\"/><node id=\"a\"/></graph></graphml>", TestName = "a duplicate node")]
    [TestCase("<graphml><graph><node id=\"a\"/><edge id=\"e\" source=\"a\" target=\"a\"/><edge id=\"e\" source=\"a\" target=\"a\"/></graph></graphml>", TestName = "a duplicate edge id")]
    [TestCase("<graphml><graph><node id=\"a\"><graph/></node></graph></graphml>", TestName = "a nested graph")]
    [TestCase("<graphml><graph><node id=\"a\"></graph></graphml>", TestName = "malformed XML")]
    [TestCase("<!DOCTYPE graphml [<!ENTITY x \"y\">]><graphml><graph/></graphml>", TestName = "a DTD")]
    [TestCase("<gexf><graph/></gexf>", TestName = "another root")]
    public void Declines_GraphML_that_needs_the_full_reader(string xml)
    {
        var path = Path.Combine(Path.GetTempPath(), $"plain-{Guid.NewGuid():N}.graphml");
        File.WriteAllText(path, xml);
        try
        {
            Assert.That(PlainGraphSource.TryRead(path, NetworkFormat.GraphML), Is.Null);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Pajek texts the fast path must read exactly as the full reader: same ids, same graph.</summary>
    [TestCase("*Vertices 3\n1 \"a\"\n2 \"b\"\n3 \"c\"\n*Arcs\n1 2 2.5\n2 3\n3 1 1e0\n", TestName = "labels, arcs, weights")]
    [TestCase("% comment\r\n*vertices 4\r\n  1 \"a b\" 0.1 0.2 box\r\n3 plain\r\n*EDGES\r\n1 2\r\n4 4 3\r\n2 1 1 c Blue\r\n", TestName = "case, CRLF, unlisted vertices, a self-loop, extra fields")]
    [TestCase("\uFEFF*Vertices 3\n1 \"say \\\"hi\\\"\"\n2 \"back\\\\slash\"\n*Arcslist\n1 2 3\n3 1\r*Edgeslist\n2 1 1\n", TestName = "escaped quotes, a byte order mark, lists, parallel ties")]
    [TestCase("*Network\n*Vertices 2\n*Arcs\n1 2\n*Arcs\n2 1 0\n", TestName = "an untitled *Network, two *Arcs sections, a zero weight")]
    [TestCase("*Vertices 2\n1 \"x\"\"y\"\n2 z\"w\n*Arcs\n\t1\v2\f\n", TestName = "a quote inside a bare label, a label after a closing quote, control white space")]
    [TestCase("*Vertices 12\n*Edges\n1 2\r\n2\t3\r003 12\n12  \t 1\n5 5\n1 2\n4 6 2\n% x\n9 10", TestName = "pairs of numbers: CRLF, tab, lone CR, leading zeros, a run of blanks, a self-loop, a repeat, a weight, a comment, no final line break")]
    public void Reads_Pajek_as_the_full_reader(string text)
    {
        var plain = PlainGraphSource.TryReadPajek(Encoding.UTF8.GetBytes(text));
        Assert.That(plain, Is.Not.Null);
        var network = PajekFormat.Read(new StringReader(text.TrimStart('\uFEFF')));
        Assert.That(plain!.Ids, Is.EqualTo(network.Stakeholders.Select(s => s.Id)));
        foreach (var options in OptionVariants())
        {
            AssertSameGraph(plain.ToGraph(options), NetworkProjection.Project(network, options).Graph, options);
        }
    }

    /// <summary>Pajek texts the full reader refuses (or reads with a title or Unicode): the fast path declines them all.</summary>
    [TestCase("*Vertices 2\n1 \"a\"\n1 \"b\"\n", TestName = "a vertex listed twice")]
    [TestCase("*Vertices 2\n1 \"a\"\n2 \"a\"\n", TestName = "two vertices with one label")]
    [TestCase("*Vertices 2\n1 \"2\"\n", TestName = "a label equal to an unlisted vertex number")]
    [TestCase("*Vertices 2\n1 \" \"\n", TestName = "a blank label")]
    [TestCase("*Vertices 2\n1 \"a\n", TestName = "an unclosed quote")]
    [TestCase("*Vertices 2\n*Arcs\n1 2 1 \"c\n", TestName = "an unclosed quote among ignored fields")]
    [TestCase("*Vertices 2\n*Arcs\n1 3\n", TestName = "a vertex number out of range")]
    [TestCase("*Vertices 2\n*Arcs\n0 1\n", TestName = "vertex number zero")]
    [TestCase("*Vertices 2\n*Arcs\n1 99999999999\n", TestName = "a vertex number past int")]
    [TestCase("*Vertices 2\n*Arcs\n1\n", TestName = "a tie line with one field")]
    [TestCase("*Vertices 2\n*Arcs\n1 2 -1\n", TestName = "a negative weight")]
    [TestCase("*Vertices 2\n*Arcs\n1 2 NaN\n", TestName = "a NaN weight")]
    [TestCase("*Vertices 2\n*Arcs\n1 2 x\n", TestName = "a weight that is not a number")]
    [TestCase("*Arcs\n1 2\n", TestName = "ties before *Vertices")]
    [TestCase("1 2\n", TestName = "data before *Vertices")]
    [TestCase("*Vertices 2\n*Vertices 2\n", TestName = "a second *Vertices")]
    [TestCase("*Vertices\n", TestName = "no vertex count")]
    [TestCase("*Vertices 2\n*Matrix\n0 1\n1 0\n", TestName = "a matrix")]
    [TestCase("*Vertices 2\n*Polygon\n", TestName = "an unknown section")]
    [TestCase("% only a comment\n", TestName = "no *Vertices")]
    [TestCase("*Network forum\n*Vertices 1\n", TestName = "a title, which the model keeps")]
    [TestCase("*Vertices 2\n1 \"Zoë\"\n", TestName = "a non-ASCII label")]
    [TestCase("*Vertices 2\n*Arcs\n1\u00A02\n", TestName = "a no-break space")]
    [TestCase("*Vertices 2\n*Arcs\n\"1\" 2\n", TestName = "a quoted vertex number")]
    public void Declines_Pajek_that_needs_the_full_reader(string text)
    {
        Assert.That(PlainGraphSource.TryReadPajek(Encoding.UTF8.GetBytes(text)), Is.Null);
    }

    /// <summary>
    /// Differential check on mutated files (the reader fuzz corpus and mutations, a fixed seed): whenever the fast path
    /// reads an edge list or Pajek file, the full reader reads it too and the two give the same ids and graph; whenever
    /// the full reader refuses it, the fast path declines it.
    /// </summary>
    [TestCase("edgelist")]
    [TestCase("pajek")]
    public void Mutated_files_read_the_same_on_the_fast_path_or_are_declined(string reader)
    {
        var random = new Random(2026);
        var options = new ProjectionOptions { Directed = true, WeightSource = WeightSource.Strength };
        var (taken, declined) = (0, 0);
        foreach (var seed in Fuzzing.ReaderFuzz.Corpus[reader])
        {
            for (var round = 0; round < 300; round++)
            {
                var ops = Enumerable.Range(0, 4 * (1 + random.Next(3))).Select(_ => random.Next()).ToArray();
                var bytes = Fuzzing.ReaderFuzz.Mutate(seed, ops);
                var plain = reader == "pajek" ? PlainGraphSource.TryReadPajek(bytes) : PlainGraphSource.TryReadEdgeList(bytes);
                StakeholderNetwork? network = null;
                try
                {
                    using var text = new StreamReader(new MemoryStream(bytes), Encoding.UTF8);
                    network = reader == "pajek" ? PajekFormat.Read(text, "fuzz") : EdgeListFormat.Read(text, "fuzz");
                }
                catch (Exception e) when (e is NetworkFormatException or NetworkValidationException)
                {
                    Assert.That(plain, Is.Null, $"the full reader refuses it ({e.Message}), the fast path must decline it");
                }

                if (plain is null)
                {
                    declined++;
                    continue;
                }

                taken++;
                Assert.That(plain.Ids, Is.EqualTo(network!.Stakeholders.Select(x => x.Id)));
                AssertSameGraph(plain.ToGraph(options), NetworkProjection.Project(network, options).Graph, options);
            }
        }

        Assert.That(taken, Is.GreaterThan(0), "some mutated files must still take the fast path");
        Assert.That(declined, Is.GreaterThan(0));
    }

    [Test]
    public void Declines_a_Pajek_file_over_the_stakeholder_limit_before_allocating_for_it()
    {
        Assert.That(PlainGraphSource.TryReadPajek("*Vertices 2000000000\n"u8, maxStakeholders: 2_000_000), Is.Null);
        Assert.That(PlainGraphSource.TryReadPajek("*Vertices 3\n"u8, maxStakeholders: 3), Is.Not.Null);
    }

    [Test]
    public void Options_that_filter_need_the_model()
    {
        Assert.That(PlainGraphSource.Supports(new ProjectionOptions()), Is.True);
        Assert.That(PlainGraphSource.Supports(new ProjectionOptions { MinimumEvidence = 1 }), Is.False);
        Assert.That(PlainGraphSource.Supports(new ProjectionOptions { TieTypes = [new TieType("TIE")] }), Is.False);
        Assert.That(PlainGraphSource.Supports(new ProjectionOptions { KeepIsolated = false }), Is.False);
        var path = Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", "graphs", "karate.edges");
        Assert.That(NetworkFile.TryReadGraph(path, new ProjectionOptions { Kinds = [StakeholderKind.Person] }, out _), Is.False);
    }

    private static void AssertSameGraph(CsrGraph actual, CsrGraph expected, ProjectionOptions options)
    {
        var what = options.ToString();
        Assert.That(actual.VertexIds, Is.EqualTo(expected.VertexIds), what);
        Assert.That(actual.IsDirected, Is.EqualTo(expected.IsDirected), what);
        Assert.That(actual.IsWeighted, Is.EqualTo(expected.IsWeighted), what);
        Assert.That(actual.WeightMeaning, Is.EqualTo(expected.WeightMeaning), what);
        Assert.That(actual.EdgeCount, Is.EqualTo(expected.EdgeCount), what);
        Assert.That(actual.Offsets.ToArray(), Is.EqualTo(expected.Offsets.ToArray()), what);
        Assert.That(actual.Targets.ToArray(), Is.EqualTo(expected.Targets.ToArray()), what);
        Assert.That(actual.Weights.ToArray(), Is.EqualTo(expected.Weights.ToArray()), what);
        Assert.That(actual.InWeights.ToArray(), Is.EqualTo(expected.InWeights.ToArray()), what);
        Assert.That(actual.InOffsets.ToArray(), Is.EqualTo(expected.InOffsets.ToArray()), what);
        Assert.That(actual.InSources.ToArray(), Is.EqualTo(expected.InSources.ToArray()), what);
        Assert.That(actual.SelfLoopVertices.ToArray(), Is.EqualTo(expected.SelfLoopVertices.ToArray()), what);
    }
}
