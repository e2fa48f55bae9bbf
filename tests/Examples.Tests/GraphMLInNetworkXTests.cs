using System.Diagnostics;
using System.Text.Json;

namespace Stakeholders.Examples.Tests;

/// <summary>
/// The researcher's hand-off: the GraphML the example writes opens in NetworkX (Debian's /usr/bin/python3), and NetworkX's
/// betweenness on the graph it reads, as it reads it (undirected, as the analysis), equals ours. Ignored where NetworkX is
/// not installed.
/// </summary>
public sealed class GraphMLInNetworkXTests
{
    private const string Python = "/usr/bin/python3";

    private const string Script = """
        import json, sys
        import networkx as nx
        g = nx.read_graphml(sys.argv[1])
        kinds = nx.get_node_attributes(g, "kind")
        print(json.dumps({"nodes": g.number_of_nodes(), "ties": g.number_of_edges(), "kinds": kinds,
                          "directed": g.is_directed(), "betweenness": nx.betweenness_centrality(g)}))
        """;

    [Test]
    public void NetworkXReadsTheExportAndAgreesOnBetweenness()
    {
        if (!File.Exists(Python) || Run("-c", "import networkx").Code != 0)
        {
            Assert.Ignore($"{Python} with networkx is not installed (.ci/install-oracles.sh installs it)");
        }

        var network = ResearcherExamples.LoadCsv(Repository.ForumCsv);
        var folder = Repository.NewTempFolder();
        try
        {
            var path = Path.Combine(folder, "forum.graphml");
            ResearcherExamples.ExportGraphML(network, path);
            var (code, output, error) = Run("-c", Script, path);
            Assert.That(code, Is.EqualTo(0), error);

            using var seen = JsonDocument.Parse(output);
            Assert.That(seen.RootElement.GetProperty("nodes").GetInt32(), Is.EqualTo(network.Stakeholders.Count));
            Assert.That(seen.RootElement.GetProperty("ties").GetInt32(), Is.EqualTo(network.Ties.Count));
            Assert.That(seen.RootElement.GetProperty("kinds").GetProperty("ev.summit").GetString(), Is.EqualTo("event"));
            Assert.That(seen.RootElement.GetProperty("directed").GetBoolean(), Is.False, "edgedefault follows the (undirected) analysis");

            var ours = ResearcherExamples.AnalyzeWithProvenance(network, Path.Combine(folder, "analysis.json"));
            foreach (var row in ours.Nodes)
            {
                Assert.That(row.Scores["betweenness"], Is.EqualTo(seen.RootElement.GetProperty("betweenness").GetProperty(row.Id).GetDouble()).Within(1e-12), row.Id);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        var start = new ProcessStartInfo(Python) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            return (-1, string.Empty, "timed out");
        }

        return (process.ExitCode, output.Result, error.Result);
    }
}
