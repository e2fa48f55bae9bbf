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
