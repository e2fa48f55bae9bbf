using System.Text.Json;
using Stakeholders.Network.Analysis;

namespace Stakeholders.Cli.Tests;

/// <summary>Issue 13 item 5: non-finite values never break output; every measure on degenerate projections.</summary>
public class NonFiniteOutputTests
{
    private const string Empty = "{\"format\":\"stakeholders-network\",\"version\":1,\"stakeholders\":[],\"ties\":[]}";

    private const string Single = "{\"format\":\"stakeholders-network\",\"version\":1,\"stakeholders\":[{\"id\":\"a\",\"name\":\"A\",\"kind\":\"person\"}],\"ties\":[]}";

    private const string Edgeless = "{\"format\":\"stakeholders-network\",\"version\":1,\"stakeholders\":["
        + "{\"id\":\"a\",\"name\":\"A\",\"kind\":\"person\"},{\"id\":\"b\",\"name\":\"B\",\"kind\":\"person\"},{\"id\":\"c\",\"name\":\"C\",\"kind\":\"organization\"}],\"ties\":[]}";

    private static IEnumerable<TestCaseData> Cases()
    {
        foreach (var (name, json) in new[] { ("empty", Empty), ("single-vertex", Single), ("edgeless", Edgeless) })
        {
            foreach (var communities in new[] { "louvain", "leiden", "label-propagation", "components" })
            {
                yield return new TestCaseData(name, json, communities).SetName($"Every_measure_on_a_{name}_projection_with_{communities}_writes_parseable_json_and_csv");
            }
        }
    }

    [TestCaseSource(nameof(Cases))]
    public void Every_measure_writes_parseable_output(string name, string json, string communities)
    {
        var dir = CliRun.TempDirectory();
        var input = Path.Combine(dir, name + ".json");
        File.WriteAllText(input, json);
        // Every measure that needs no layers (the multiplex measures have their own tests on layered networks).
        var names = MeasureCatalog.Names.Where(n => MeasureCatalog.TryGet(n, out var d) && !d.RequiresLayers).ToArray();
        var measures = string.Join(",", names);
        var jsonOut = Path.Combine(dir, "out.json");
        var (code, _, error) = CliRun.Run("analyze", input, "--measures", measures, "--communities", communities, "--group-by", "kind", "--out", jsonOut, "-q");
        Assert.That(code, Is.EqualTo(0), error);
        using var document = JsonDocument.Parse(File.ReadAllText(jsonOut));
        if (document.RootElement.GetProperty("communities").GetProperty("modularity") is { ValueKind: JsonValueKind.Null })
        {
            Assert.That(document.RootElement.GetProperty("communities").GetProperty("modularityUndefined").GetString(), Does.Contain("undefined"));
        }

        var csvOut = Path.Combine(dir, "out.csv");
        (code, _, error) = CliRun.Run("analyze", input, "--measures", measures, "--communities", communities, "--group-by", "kind", "--out", csvOut, "-q");
        Assert.That(code, Is.EqualTo(0), error);
        var lines = File.ReadAllLines(csvOut);
        Assert.That(lines[0].Split(',').Length, Is.EqualTo(3 + names.Length + 1));
        Assert.That(lines.Skip(1).All(l => l.Split(',').Length == lines[0].Split(',').Length), Is.True);
    }

    [Test]
    public void Every_json_command_on_degenerate_networks_writes_parseable_json_or_a_one_line_error()
    {
        var dir = CliRun.TempDirectory();
        foreach (var (name, json) in new[] { ("empty", Empty), ("single-vertex", Single), ("edgeless", Edgeless) })
        {
            var input = Path.Combine(dir, name + ".json");
            File.WriteAllText(input, json);
            foreach (var args in new[]
            {
                new[] { "brokers", input, "--json" },
                ["brokers", input, "--json", "--group-by", "kind"],
                ["keyplayers", input, "--k", "1", "--json"],
                ["keyplayers", input, "--k", "1", "--goal", "reach", "--json"],
                ["ego", input, "a", "--json"],
                ["path", input, "a", "b", "--json"],
                ["stability", input, "--json"],
                ["compare", input, "--from", "2020", "--to", "2021", "--json"],
                ["report", input, "--out", Path.Combine(dir, name + ".report.json")],
            })
            {
                var (code, output, error) = CliRun.Run(args);
                var shown = string.Join(' ', args);
                Assert.That(error, Does.Not.Contain("   at ").And.Not.Contain("Exception"), shown);
                if (code == 0)
                {
                    var text = args[0] == "report" ? File.ReadAllText(args[^1]) : output;
                    Assert.DoesNotThrow(() => JsonDocument.Parse(text).Dispose(), shown);
                    using var parsed = JsonDocument.Parse(text);
                    AssertNullsHaveReasons(parsed.RootElement, shown, args[0] == "report");
                }
                else
                {
                    Assert.That(code, Is.InRange(1, 2), shown);
                    Assert.That(error.TrimEnd().Split('\n'), Has.Length.EqualTo(1), shown + "\n" + error);
                }
            }
        }
    }

    // Every null value of an analytics command comes with its "<name>Undefined" reason beside it.
    private static void AssertNullsHaveReasons(JsonElement element, string shown, bool report)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.Value.ValueKind == JsonValueKind.Null && !report && !property.Name.EndsWith("Undefined", StringComparison.Ordinal))
                {
                    Assert.That(element.TryGetProperty(property.Name + "Undefined", out _), Is.True, $"{shown}: null '{property.Name}' without a reason");
                }

                AssertNullsHaveReasons(property.Value, shown, report);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                AssertNullsHaveReasons(item, shown, report);
            }
        }
    }

    // The measures without a value for an isolated stakeholder (and on a projection without edges), each for its own
    // reason; every other catalogue measure has a number there (0 for an isolate's closeness and clustering, as NetworkX).
    private static readonly Dictionary<string, string> UndefinedOnIsolates = new()
    {
        ["hubs"] = "without edges",
        ["authorities"] = "without edges",
        ["constraint"] = "isolated stakeholder",
        ["effective-size"] = "isolated stakeholder",
        ["efficiency"] = "isolated stakeholder",
        ["hierarchy"] = "isolated stakeholder",
    };

    [TestCase("empty", Empty)]
    [TestCase("single-vertex", Single)]
    [TestCase("edgeless", Edgeless)]
    public void Every_null_score_says_why_in_the_words_of_its_measure(string name, string json)
    {
        var dir = CliRun.TempDirectory();
        var input = Path.Combine(dir, name + ".json");
        File.WriteAllText(input, json);
        var names = MeasureCatalog.Names.Where(n => MeasureCatalog.TryGet(n, out var d) && !d.RequiresLayers).ToArray();
        var (code, output, error) = CliRun.Run("analyze", input, "--measures", string.Join(",", names), "--group-by", "kind", "-q");
        Assert.That(code, Is.EqualTo(0), error);
        using var document = JsonDocument.Parse(output);
        var root = document.RootElement;
        var nodes = root.GetProperty("nodes").EnumerateArray().ToArray();
        Assert.That(nodes, Has.Length.EqualTo(name switch { "empty" => 0, "single-vertex" => 1, _ => 3 }));
        foreach (var node in nodes)
        {
            foreach (var measure in names)
            {
                var value = node.GetProperty(measure);
                if (UndefinedOnIsolates.TryGetValue(measure, out var words))
                {
                    Assert.That(value.ValueKind, Is.EqualTo(JsonValueKind.Null), $"{name}: {measure}");
                    var reason = node.GetProperty(measure + "Undefined").GetString();
                    Assert.That(reason, Is.EqualTo(MeasureCatalog.UndefinedReason(measure, double.NaN)), $"{name}: {measure}");
                    Assert.That(reason, Does.Contain(words), $"{name}: {measure}");
                }
                else
                {
                    Assert.That(value.ValueKind, Is.EqualTo(JsonValueKind.Number), $"{name}: {measure}");
                    Assert.That(node.TryGetProperty(measure + "Undefined", out _), Is.False, $"{name}: {measure}");
                }
            }
        }

        var communities = root.GetProperty("communities");
        Assert.That(communities.GetProperty("modularity").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(communities.GetProperty("modularityUndefined").GetString(), Does.Contain("without edge weight"));
        var warnings = root.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()!).ToArray();
        foreach (var measure in nodes.Length > 0 ? UndefinedOnIsolates.Keys.ToArray() : [])
        {
            Assert.That(warnings, Has.Some.StartsWith(measure + ": ").And.Some.Contains(MeasureCatalog.UndefinedReason(measure, double.NaN)), measure);
        }
    }

    [Test]
    public void Each_measure_has_its_own_reason_and_an_infinity_is_an_overflow()
    {
        var reasons = MeasureCatalog.All.Where(m => m.Undefined is not null).Select(m => MeasureCatalog.UndefinedReason(m.Name, double.NaN)).ToArray();
        Assert.That(reasons, Is.Unique);
        Assert.That(MeasureCatalog.UndefinedReason("pagerank", double.NaN), Does.Contain("PageRank did not converge"));
        Assert.That(MeasureCatalog.UndefinedReason("participation", double.NaN), Does.Contain("at least two layers"));
        Assert.That(MeasureCatalog.UndefinedReason("constraint@SPOKE_AT", double.NaN), Does.StartWith("Burt's constraint").And.EndWith("in layer SPOKE_AT"));
        Assert.That(MeasureCatalog.UndefinedReason("strength", double.PositiveInfinity), Does.StartWith("strength is infinite here").And.Contain("overflows"));
        Assert.That(MeasureCatalog.UndefinedReason("constraint", double.PositiveInfinity), Does.StartWith("constraint is infinite here"));
        Assert.That(MeasureCatalog.ModularityUndefinedReason(0, double.NaN), Does.StartWith("modularity is undefined (0/0)"));
        Assert.That(MeasureCatalog.ModularityUndefinedReason(5, double.PositiveInfinity), Does.Contain("overflows"));
    }

    [Test]
    public void Other_commands_give_the_reason_of_their_own_number()
    {
        var dir = CliRun.TempDirectory();
        var input = Path.Combine(dir, "edgeless.json");
        File.WriteAllText(input, Edgeless);
        var (code, output, error) = CliRun.Run("brokers", input, "--json", "--group-by", "kind");
        Assert.That(code, Is.EqualTo(0), error);
        using (var brokers = JsonDocument.Parse(output))
        {
            Assert.That(Strings(brokers.RootElement, "constraintUndefined"), Is.Not.Empty.And.All.EqualTo(MeasureCatalog.UndefinedReason("constraint", double.NaN)));
            Assert.That(Strings(brokers.RootElement, "zUndefined"), Is.Not.Empty.And.All.Contain("standard deviation"));
        }

        (code, output, error) = CliRun.Run("ego", input, "a", "--json");
        Assert.That(code, Is.EqualTo(0), error);
        using (var ego = JsonDocument.Parse(output))
        {
            Assert.That(ego.RootElement.GetProperty("effectiveSizeUndefined").GetString(), Is.EqualTo(MeasureCatalog.UndefinedReason("effective-size", double.NaN)));
            Assert.That(ego.RootElement.GetProperty("density").GetDouble(), Is.Zero, "an ego network without contacts has density 0, as NetworkX's density of a one-node graph");
        }

        (code, output, error) = CliRun.Run("path", input, "a", "b", "--json");
        if (code == 0)
        {
            using var path = JsonDocument.Parse(output);
            Assert.That(path.RootElement.GetProperty("lengthUndefined").GetString(), Is.EqualTo("no path leads from a to b: the distance is infinite"));
        }
        else
        {
            Assert.That(error.TrimEnd().Split('\n'), Has.Length.EqualTo(1), error);
        }
    }

    // Every string value of a property with this name, anywhere in the document.
    private static List<string> Strings(JsonElement element, string name)
    {
        var found = new List<string>();
        void Walk(JsonElement e)
        {
            if (e.ValueKind == JsonValueKind.Object)
            {
                foreach (var p in e.EnumerateObject())
                {
                    if (p.Name == name && p.Value.ValueKind == JsonValueKind.String)
                    {
                        found.Add(p.Value.GetString()!);
                    }

                    Walk(p.Value);
                }
            }
            else if (e.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in e.EnumerateArray())
                {
                    Walk(item);
                }
            }
        }

        Walk(element);
        return found;
    }

    [TestCase("--tie-types", "NOPE")]
    [TestCase("--min-evidence", "5")]
    public void Seed_filtered_to_no_edges_writes_null_modularity_with_a_reason(string option, string value)
    {
        var (code, output, error) = CliRun.Run("analyze", CliRun.Seed, option, value, "-q");
        Assert.That(code, Is.EqualTo(0), error);
        using var document = JsonDocument.Parse(output);
        var communities = document.RootElement.GetProperty("communities");
        Assert.That(communities.GetProperty("modularity").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(communities.GetProperty("modularityUndefined").GetString(), Does.StartWith("modularity is undefined (0/0)"));
        Assert.That(document.RootElement.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()), Has.Some.Contains("modularity is undefined"));
    }

    [Test]
    public void Huge_strengths_give_null_not_a_crash()
    {
        var dir = CliRun.TempDirectory();
        var input = Path.Combine(dir, "huge.edges");
        File.WriteAllText(input, "a b 1e308\nb c 1e308\nc a 1e308\nc d 1e308\n");
        var (code, output, error) = CliRun.Run("analyze", input, "--weight", "strength", "-q");
        Assert.That(code, Is.EqualTo(0), error);
        Assert.DoesNotThrow(() => JsonDocument.Parse(output).Dispose());
    }
}
