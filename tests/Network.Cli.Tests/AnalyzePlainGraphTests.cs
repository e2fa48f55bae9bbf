using System.Text.Json;
using System.Text.Json.Nodes;

namespace Stakeholders.Cli.Tests;

/// <summary>
/// <c>analyze</c> reads plain graphs (edge lists, Pajek, GraphML without keys) on the fast path unless an option needs the
/// stakeholder model; both paths give the same JSON, and invalid files still get the full reader's exact errors.
/// </summary>
public class AnalyzePlainGraphTests
{
    [TestCase("graphs/karate.edges", "")]
    [TestCase("graphs/directed_weighted.edges", "--directed --weight strength")]
    [TestCase("graphs/weighted.edges", "--weight strength --weights-are distance")]
    [TestCase("brokerage/selfloops.edges", "")]
    [TestCase("io/igraph_karate_plain.graphml", "")]
    [TestCase("io/karate.net", "--weight strength")]
    [TestCase("io/karate.net", "--directed")]
    public void Fast_and_full_paths_give_the_same_analysis(string file, string extra)
    {
        var common = new[] { "analyze", CliRun.Data(file), "--measures", "degree,strength,betweenness,closeness,pagerank,clustering,constraint", "--communities", "leiden" }
            .Concat(extra.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray();
        var fast = CliRun.Run(common);
        // --kinds needs the model, so this run takes the full path; every vertex of a plain graph is a person.
        var full = CliRun.Run([.. common, "--kinds", "person"]);
        Assert.That(fast.Code, Is.EqualTo(0), fast.Err);
        Assert.That(full.Code, Is.EqualTo(0), full.Err);
        var a = JsonNode.Parse(fast.Out)!.AsObject();
        var b = JsonNode.Parse(full.Out)!.AsObject();
        b["provenance"]!["parameters"]!.AsObject().Remove("kinds");
        Assert.That(a.ToJsonString(), Is.EqualTo(b.ToJsonString()));
    }

    [Test]
    public void Timings_name_load_and_projection_on_the_fast_path()
    {
        var (code, output, error) = CliRun.Run("analyze", CliRun.Data("graphs/karate.edges"), "--measures", "pagerank", "--timings");
        Assert.That(code, Is.EqualTo(0), error);
        using var json = JsonDocument.Parse(output);
        Assert.That(json.RootElement.GetProperty("timingsMs").EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "load", "projection", "pagerank", "communities" }));
    }

    [Test]
    public void One_hundred_thousand_identical_ties_merge_into_one_edge_with_their_strengths_summed()
    {
        // A contact log: many interactions between the same two people. Bounded size; a quadratic merge would not finish.
        var path = Path.Combine(Path.GetTempPath(), $"same-{Guid.NewGuid():N}.edges");
        File.WriteAllText(path, string.Concat(Enumerable.Repeat("a b\n", 100_000)));
        try
        {
            foreach (var extra in new[] { Array.Empty<string>(), ["--kinds", "person"] })
            {
                var (code, output, error) = CliRun.Run([.. new[] { "analyze", path, "--measures", "strength,pagerank", "--weight", "strength", "--communities", "none" }, .. extra]);
                Assert.That(code, Is.EqualTo(0), error);
                using var json = JsonDocument.Parse(output);
                Assert.That(json.RootElement.GetProperty("network").GetProperty("edges").GetInt32(), Is.EqualTo(1));
                Assert.That(json.RootElement.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("strength").GetDouble()), Is.EqualTo(new[] { 100_000.0, 100_000.0 }));
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void An_invalid_edge_list_gets_the_full_readers_position()
    {
        var path = Path.Combine(Path.GetTempPath(), $"bad-{Guid.NewGuid():N}.edges");
        File.WriteAllText(path, "a b\nc d\n  e\n");
        try
        {
            var (code, _, error) = CliRun.Run("analyze", path, "--measures", "degree");
            Assert.That(code, Is.EqualTo(1));
            Assert.That(error, Does.Contain($"{path}:3:4"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void An_invalid_Pajek_file_gets_the_full_readers_position()
    {
        var path = Path.Combine(Path.GetTempPath(), $"bad-{Guid.NewGuid():N}.net");
        File.WriteAllText(path, "*Vertices 2\n*Arcs\n1 2\n  2 7\n");
        try
        {
            var (code, _, error) = CliRun.Run("analyze", path, "--measures", "degree");
            Assert.That(code, Is.EqualTo(1));
            Assert.That(error, Does.Contain($"{path}:4:5").And.Contain("'7' is not a vertex number between 1 and 2"));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
