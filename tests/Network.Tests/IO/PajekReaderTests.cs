using System.Text.Json;
using Stakeholders.Network.Algorithms.Centrality;
using Stakeholders.Network.Graphs;
using Stakeholders.Network.IO;

namespace Stakeholders.Network.Tests.IO;

public class PajekReaderTests
{
    [Test]
    public void A_file_written_by_networkx_reads_to_the_same_graph_and_betweenness()
    {
        // karate.net comes from tests/TestData/io/make_pajek.py (NetworkX write_pajek); the values from
        // tests/TestData/centrality/make_fixtures.py (NetworkX betweenness_centrality).
        var network = NetworkFile.Read(Path.Combine(TestGraphs.DataDirectory, "io", "karate.net"));
        Assert.That(network.Stakeholders, Has.Count.EqualTo(34));
        Assert.That(network.Ties, Has.Count.EqualTo(78));
        var graph = NetworkProjection.Project(network, new ProjectionOptions { WeightSource = WeightSource.None }).Graph;
        var scores = CentralityMeasures.Betweenness(graph).Scores;
        using var fixture = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestGraphs.DataDirectory, "centrality", "karate.json")));
        foreach (var p in fixture.RootElement.GetProperty("networkx").GetProperty("betweenness").EnumerateObject())
        {
            Assert.That(scores[graph.IndexOf(p.Name)], Is.EqualTo(p.Value.GetDouble()).Within(1e-9), p.Name);
        }
    }

    [Test]
    public void What_we_write_reads_back_with_the_same_ids_ties_and_strengths()
    {
        var original = NetworkFile.Read(Path.Combine(TestContext.CurrentContext.TestDirectory, "seeds", "shijingshan-forum-2023.json"));
        using var text = new StringWriter();
        PajekFormat.Write(original, text);
        var back = PajekFormat.Read(new StringReader(text.ToString()), "seed.net");
        Assert.That(back.Stakeholders.Select(s => s.Id), Is.EqualTo(original.Stakeholders.Select(s => s.Id)));
        Assert.That(back.Ties.Select(t => (t.Source, t.Target, t.Strength)), Is.EqualTo(original.Ties.Select(t => (t.Source, t.Target, t.Strength))));
    }

    [Test]
    public void Lists_comments_titles_and_quoted_labels_are_understood()
    {
        const string text = "% a comment\n*Network \"Forum\"\n*Vertices 4\n1 \"Li \\\"Xin\\\"\" 0.1 0.2 0.5\n2 b\n3 \"c d\"\n*Edges\n1 2 2.5\n*Arcslist\n3 1 2 4\n";
        var network = PajekFormat.Read(new StringReader(text), "t.net");
        Assert.Multiple(() =>
        {
            Assert.That(network.Title, Is.EqualTo("Forum"));
            Assert.That(network.Stakeholders.Select(s => s.Id), Is.EqualTo(new[] { "Li \"Xin\"", "b", "c d", "4" }));
            Assert.That(network.Ties.Select(t => (t.Source, t.Target, t.Strength)), Is.EqualTo(new[]
            {
                ("Li \"Xin\"", "b", 2.5), ("c d", "Li \"Xin\"", 1.0), ("c d", "b", 1.0), ("c d", "4", 1.0),
            }));
        });
    }

    [TestCase("*Vertices 2\n1 a\n2 b\n*Arcs\n1 3\n", "t.net:5:3: '3' is not a vertex number between 1 and 2")]
    [TestCase("*Vertices 2\n1 \"a\n", "t.net:2:3: a quoted label is not closed")]
    [TestCase("*Vertices 2\n*Arcs\n1 2 heavy\n", "t.net:3:5: 'heavy' is not a number (the weight)")]
    [TestCase("*Vertices 2\n*Matrix\n0 1\n1 0\n", "t.net:2:1: *Matrix sections are not supported")]
    [TestCase("1 2\n", "t.net:1:1: data before the *Vertices line")]
    [TestCase("*Arcs\n1 2\n", "t.net:1:1: *Arcs comes before *Vertices")]
    public void Errors_name_the_line_column_and_reason(string text, string expected)
    {
        var e = Assert.Throws<NetworkFormatException>(() => PajekFormat.Read(new StringReader(text), "t.net"))!;
        Assert.That(e.Message, Does.StartWith(expected));
    }

    [Test]
    public void A_negative_weight_is_a_validation_problem_with_its_location()
    {
        var e = Assert.Throws<Stakeholders.Network.Model.NetworkValidationException>(() => PajekFormat.Read(new StringReader("*Vertices 2\n*Arcs\n1 2 -1\n"), "t.net"))!;
        Assert.That(e.Problems.Single().Location, Is.EqualTo("t.net:3:1"));
    }
}
