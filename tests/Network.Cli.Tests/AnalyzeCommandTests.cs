using System.Globalization;
using System.Text.Json;

namespace Stakeholders.Cli.Tests;

public class AnalyzeCommandTests
{
    private static JsonElement NetworkX(string graph, string measure)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(CliRun.Data($"centrality/{graph}.json")));
        return doc.RootElement.GetProperty("networkx").GetProperty(measure).Clone();
    }

    [TestCase("karate", "betweenness", "betweenness")]
    [TestCase("karate", "closeness", "closeness")]
    [TestCase("karate", "pagerank", "pagerank_unweighted")]
    [TestCase("florentine", "harmonic", "harmonic")]
    [TestCase("disconnected", "closeness", "closeness")]
    public void Analyze_on_an_edge_list_equals_networkx(string graph, string measure, string fixture)
    {
        var (code, output, error) = CliRun.Run("analyze", CliRun.Data($"graphs/{graph}.edges"), "--measures", measure, "--communities", "none");
        Assert.That(code, Is.EqualTo(0), error);
        using var json = JsonDocument.Parse(output);
        var expected = NetworkX(graph, measure == "pagerank" ? fixture : fixture);
        var nodes = json.RootElement.GetProperty("nodes").EnumerateArray().ToDictionary(n => n.GetProperty("id").GetString()!, n => n.GetProperty(measure).GetDouble());
        Assert.That(nodes.Keys, Is.EquivalentTo(expected.EnumerateObject().Select(p => p.Name)));
        foreach (var p in expected.EnumerateObject())
        {
            Assert.That(nodes[p.Name], Is.EqualTo(p.Value.GetDouble()).Within(measure == "pagerank" ? 1e-6 : 1e-9), $"{graph} {measure} of {p.Name}");
        }
    }

    [Test]
    public void Analyze_json_has_the_contract_fields()
    {
        var (code, output, error) = CliRun.Run("analyze", CliRun.Data("graphs/karate.edges"), "--measures", "degree,betweenness", "--seed", "7", "--timings");
        Assert.That(code, Is.EqualTo(0), error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(root.GetProperty("network").GetProperty("nodes").GetInt32(), Is.EqualTo(34));
            Assert.That(root.GetProperty("network").GetProperty("edges").GetInt32(), Is.EqualTo(78));
            Assert.That(root.GetProperty("network").GetProperty("directed").GetBoolean(), Is.False);
            Assert.That(root.GetProperty("network").GetProperty("inputSha256").GetString(), Has.Length.EqualTo(64));
            Assert.That(root.GetProperty("provenance").GetProperty("tool").GetString(), Is.EqualTo("stakeholders"));
            Assert.That(root.GetProperty("provenance").GetProperty("seed").GetInt32(), Is.EqualTo(7));
            Assert.That(root.GetProperty("provenance").GetProperty("parameters").GetProperty("measures").EnumerateArray().Select(e => e.GetString()), Is.EqualTo(new[] { "degree", "betweenness" }));
            Assert.That(root.GetProperty("communities").GetProperty("algorithm").GetString(), Is.EqualTo("louvain"));
            Assert.That(root.GetProperty("communities").GetProperty("membership").EnumerateObject().Count(), Is.EqualTo(34));
            Assert.That(root.GetProperty("communities").GetProperty("modularity").GetDouble(), Is.GreaterThan(0.38));
            Assert.That(root.GetProperty("timingsMs").TryGetProperty("load", out _), Is.True);
            Assert.That(root.GetProperty("timingsMs").TryGetProperty("betweenness", out _), Is.True);
        });
    }

    [Test]
    public void Same_seed_gives_the_same_output_apart_from_timings()
    {
        var first = CliRun.Run("analyze", CliRun.Seed, "--communities", "leiden", "--seed", "3").Out;
        var second = CliRun.Run("analyze", CliRun.Seed, "--communities", "leiden", "--seed", "3").Out;
        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void Csv_output_has_one_column_per_measure()
    {
        var dir = CliRun.TempDirectory();
        var target = Path.Combine(dir, "scores.csv");
        var (code, _, error) = CliRun.Run("analyze", CliRun.Seed, "--measures", "degree,pagerank", "--out", target);
        Assert.That(code, Is.EqualTo(0), error);
        var lines = File.ReadAllLines(target);
        Assert.That(lines[0], Is.EqualTo("id,label,kind,degree,pagerank,community"));
        Assert.That(lines, Has.Length.EqualTo(84));
        var pagerankSum = lines.Skip(1).Sum(l => double.Parse(l.Split(',')[^2], CultureInfo.InvariantCulture));
        Assert.That(pagerankSum, Is.EqualTo(1.0).Within(1e-9));
    }

    [Test]
    public void Directed_weighted_distance_reading_matches_networkx_weighted_betweenness()
    {
        var (code, output, error) = CliRun.Run(
            "analyze", CliRun.Data("graphs/directed_weighted.edges"), "--directed", "--weight", "strength", "--weights-are", "distance",
            "--measures", "betweenness", "--communities", "none");
        Assert.That(code, Is.EqualTo(0), error);
        using var json = JsonDocument.Parse(output);
        Assert.That(json.RootElement.GetProperty("network").GetProperty("weighted").GetBoolean(), Is.True);
        var expected = NetworkX("directed_weighted", "betweenness_weighted");
        foreach (var n in json.RootElement.GetProperty("nodes").EnumerateArray())
        {
            Assert.That(n.GetProperty("betweenness").GetDouble(), Is.EqualTo(expected.GetProperty(n.GetProperty("id").GetString()!).GetDouble()).Within(1e-9));
        }
    }

    [TestCase("--measures", "nonsense")]
    [TestCase("--communities", "astrology")]
    [TestCase("--weights-are", "feelings")]
    [TestCase("--as-of", "2023-13")]
    [TestCase("--kinds", "robot")]
    public void Bad_options_are_usage_errors(string option, string value)
    {
        var (code, _, error) = CliRun.Run("analyze", CliRun.Seed, option, value);
        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain(value));
    }

    [Test]
    public void As_of_a_date_before_the_forum_drops_the_forum_ties()
    {
        var all = JsonDocument.Parse(CliRun.Run("analyze", CliRun.Seed, "-m", "degree", "--communities", "none").Out);
        var before = JsonDocument.Parse(CliRun.Run("analyze", CliRun.Seed, "-m", "degree", "--communities", "none", "--as-of", "2023-08").Out);
        var edgesAll = all.RootElement.GetProperty("network").GetProperty("edges").GetInt32();
        var edgesBefore = before.RootElement.GetProperty("network").GetProperty("edges").GetInt32();
        Assert.That(edgesBefore, Is.LessThan(edgesAll));
        Assert.That(before.RootElement.GetProperty("provenance").GetProperty("parameters").GetProperty("asOf").GetString(), Is.EqualTo("2023-08"));
    }
}

public class AnalyzeBrokerageTests
{
    [Test]
    public void Brokerage_measures_need_a_grouping()
    {
        var (code, _, error) = CliRun.Run("analyze", CliRun.Seed, "-m", "brokerage-liaison");
        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain("--group-by"));
    }

    [Test]
    public void Brokerage_counts_by_kind_match_the_brokers_command()
    {
        var (code, output, error) = CliRun.Run(
            "analyze", CliRun.Seed, "--communities", "none", "--group-by", "kind",
            "-m", "brokerage-coordinator,brokerage-itinerant,brokerage-representative,brokerage-gatekeeper,brokerage-liaison");
        Assert.That(code, Is.EqualTo(0), error);
        using var analyzed = System.Text.Json.JsonDocument.Parse(output);
        var totals = analyzed.RootElement.GetProperty("nodes").EnumerateArray().ToDictionary(
            n => n.GetProperty("id").GetString()!,
            n => n.EnumerateObject().Where(p => p.Name.StartsWith("brokerage-", StringComparison.Ordinal)).Sum(p => p.Value.GetDouble()));
        Assert.That(analyzed.RootElement.GetProperty("provenance").GetProperty("parameters").GetProperty("groupBy").GetString(), Is.EqualTo("kind"));

        var brokers = CliRun.Run("brokers", CliRun.Seed, "--group-by", "kind", "--top", "0", "--json");
        Assert.That(brokers.Code, Is.EqualTo(0), brokers.Err);
        using var brokered = System.Text.Json.JsonDocument.Parse(brokers.Out);
        var roles = new[] { "coordinator", "itinerant", "representative", "gatekeeper", "liaison" };
        var fromBrokers = brokered.RootElement.GetProperty("stakeholders").EnumerateArray().ToDictionary(
            n => n.GetProperty("id").GetString()!,
            n => roles.Sum(r => n.GetProperty(r).GetDouble()));
        Assert.That(fromBrokers, Has.Count.EqualTo(83));
        foreach (var (id, total) in fromBrokers)
        {
            Assert.That(totals[id], Is.EqualTo(total), id);
        }

        Assert.That(totals.Values.Sum(), Is.EqualTo(brokered.RootElement.GetProperty("global").GetProperty("total").GetProperty("raw").GetDouble()));
    }

    [Test]
    public void Unknown_attribute_to_group_by_is_a_usage_error()
    {
        var (code, _, error) = CliRun.Run("analyze", CliRun.Seed, "-m", "brokerage-liaison", "--group-by", "zodiac");
        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain("zodiac"));
    }
}

public class InputHashTests
{
    [Test]
    public void Editing_any_csv_sheet_changes_the_input_hash()
    {
        var dir = CliRun.TempDirectory();
        var csv = Path.Combine(dir, "net.csv");
        Assert.That(CliRun.Run("convert", CliRun.Seed, csv).Code, Is.EqualTo(0));
        string Hash()
        {
            var (code, output, error) = CliRun.Run("analyze", csv, "-m", "degree", "--communities", "none");
            Assert.That(code, Is.EqualTo(0), error);
            using var json = System.Text.Json.JsonDocument.Parse(output);
            return json.RootElement.GetProperty("network").GetProperty("inputSha256").GetString()!;
        }

        var before = Hash();
        var edges = Path.Combine(dir, "net.edges.csv");
        File.WriteAllLines(edges, File.ReadAllLines(edges).Take(20));
        Assert.That(Hash(), Is.Not.EqualTo(before));
    }
}
