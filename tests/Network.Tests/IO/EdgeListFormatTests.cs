using Stakeholders.Network.Graphs;
using Stakeholders.Network.IO;
using Stakeholders.Network.Model;

namespace Stakeholders.Network.Tests.IO;

public class EdgeListFormatTests
{
    [Test]
    public void Reads_ids_as_strings_with_weights_comments_and_node_directives()
    {
        const string text = "# a comment\n#! node lonely\n007 b 2.5  # trailing comment\n\n  b\tc\nc 007 1e-3\n";
        var network = EdgeListFormat.Read(new StringReader(text), "e.txt");
        Assert.That(network.Stakeholders.Select(s => s.Id), Is.EqualTo(new[] { "lonely", "007", "b", "c" }));
        Assert.That(network.Stakeholders.All(s => s.Kind == StakeholderKind.Person && s.Name == s.Id), Is.True);
        Assert.That(network.Ties.Select(t => (t.Source, t.Target, t.Strength)), Is.EqualTo(new[] { ("007", "b", 2.5), ("b", "c", 1.0), ("c", "007", 1e-3) }));
        Assert.That(network.Ties.All(t => t.Type == EdgeListFormat.DefaultTieType), Is.True);
        Assert.That(network.Ties[0].Id, Is.EqualTo("007|TIE|b"));
    }

    [TestCase("a\n", 1, 2, "found only 'a'")]
    [TestCase("a b\na b c d\n", 2, 7, "found 4 fields")]
    [TestCase("a b\n\n  a b heavy\n", 3, 7, "weight 'heavy' is not a finite number")]
    [TestCase("a b NaN\n", 1, 5, "weight 'NaN' is not a finite number")]
    public void Malformed_lines_are_refused_with_line_and_column(string text, int line, int column, string reason)
    {
        var e = Assert.Throws<NetworkFormatException>(() => EdgeListFormat.Read(new StringReader(text), "bad.edges"))!;
        Assert.That((e.Line, e.Column), Is.EqualTo((line, column)));
        Assert.That(e.Message, Does.StartWith($"bad.edges:{line}:{column}: ").And.Contain(reason));
    }

    [Test]
    public void Negative_weights_are_all_reported_with_their_positions()
    {
        var e = Assert.Throws<NetworkValidationException>(() => EdgeListFormat.Read(new StringReader("a b -1\nb c 1\nc a -2\n"), "n.edges"))!;
        Assert.That(e.Problems.Select(p => p.Location), Is.EqualTo(new[] { "n.edges:1:5", "n.edges:3:5" }));
    }

    [Test]
    public void Round_trip_keeps_ids_endpoints_strength_and_isolated_stakeholders()
    {
        var network = new StakeholderNetworkBuilder()
            .AddStakeholder(new Stakeholder("x", "X", StakeholderKind.Organization))
            .AddStakeholder(new Stakeholder("a", "A", StakeholderKind.Person))
            .AddStakeholder(new Stakeholder("b", "B", StakeholderKind.Person))
            .AddTie(new Tie("a", "b", TieType.MemberOf) { Strength = 0.1 + 0.2 })
            .AddTie(new Tie("b", "a", TieType.MemberOf))
            .Build();
        var writer = new StringWriter();
        EdgeListFormat.Write(network, writer);
        Assert.That(writer.ToString(), Is.EqualTo("#! node x\na b 0.30000000000000004\nb a 1\n"));
        var back = EdgeListFormat.Read(new StringReader(writer.ToString()));
        Assert.That(back.Stakeholders.Select(s => s.Id), Is.EqualTo(new[] { "x", "a", "b" }));
        Assert.That(back.Ties.Select(t => (t.Source, t.Target, t.Strength)), Is.EqualTo(network.Ties.Select(t => (t.Source, t.Target, t.Strength))));
    }

    [Test]
    public void Unweighted_networks_are_written_without_a_weight_column()
    {
        var network = EdgeListFormat.Read(new StringReader("a b\nb c\n"));
        var writer = new StringWriter();
        EdgeListFormat.Write(network, writer);
        Assert.That(writer.ToString(), Is.EqualTo("a b\nb c\n"));
    }

    [TestCase("a b")]
    [TestCase("a#b")]
    public void Ids_the_format_cannot_hold_are_refused(string id)
    {
        var network = new StakeholderNetworkBuilder().AddStakeholder(new Stakeholder(id, "N", StakeholderKind.Person)).Build();
        Assert.Throws<NetworkFormatException>(() => EdgeListFormat.Write(network, new StringWriter(), "out.edges"));
    }

    [Test]
    public void ReadGraph_matches_the_test_loader_on_every_classic_graph()
    {
        foreach (var name in new[] { "karate", "florentine", "kite", "directed", "weighted", "directed_weighted", "disconnected" })
        {
            var path = Path.Combine(TestGraphs.DataDirectory, "graphs", name + ".edges");
            var directed = File.ReadLines(path).Any(l => l.StartsWith("# directed", StringComparison.Ordinal));
            var graph = EdgeListFormat.ReadGraph(path, directed, WeightMeaning.Distance, ParallelEdgePolicy.Last);
            var expected = TestGraphs.Load(name);
            Assert.That(graph.IsDirected, Is.EqualTo(expected.IsDirected), name);
            Assert.That(graph.IsWeighted, Is.EqualTo(expected.IsWeighted), name);
            Assert.That(Enumerable.Range(0, graph.VertexCount).Select(graph.IdOf), Is.EquivalentTo(Enumerable.Range(0, expected.VertexCount).Select(expected.IdOf)), name);
            var edges = graph.Edges().Select(e => (graph.IdOf(e.Source), graph.IdOf(e.Target), e.Weight)).OrderBy(e => e).ToArray();
            var reference = expected.Edges().Select(e => (expected.IdOf(e.Source), expected.IdOf(e.Target), e.Weight)).OrderBy(e => e).ToArray();
            if (!graph.IsDirected)
            {
                edges = edges.Select(Canonical).OrderBy(e => e).ToArray();
                reference = reference.Select(Canonical).OrderBy(e => e).ToArray();
            }

            Assert.That(edges, Is.EqualTo(reference), name);
        }

        static (string, string, double) Canonical((string U, string V, double W) e) =>
            string.CompareOrdinal(e.U, e.V) <= 0 ? e : (e.V, e.U, e.W);
    }
}
