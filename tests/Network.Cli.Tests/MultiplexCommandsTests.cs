using System.Text.Json;

namespace Stakeholders.Cli.Tests;

public class MultiplexCommandsTests
{
    private static string ExampleAttributes => Path.Combine(TestContext.CurrentContext.TestDirectory, "examples", "shijingshan-salience-example.csv");

    [Test]
    public void Analyze_with_layers_writes_one_column_per_layer_and_the_multiplex_measures()
    {
        var (code, output, error) = CliRun.Run("analyze", CliRun.Seed, "-m", "betweenness,participation,overlapping-degree", "--layers", "tie-type", "--communities", "multiplex-leiden");
        Assert.That(code, Is.EqualTo(0), error);
        using var json = JsonDocument.Parse(output);
        var measures = json.RootElement.GetProperty("provenance").GetProperty("parameters").GetProperty("measures").EnumerateArray().Select(e => e.GetString()).ToArray();
        Assert.That(measures, Does.Contain("betweenness@SPOKE_AT").And.Contain("participation").And.Contain("overlapping-degree").And.Contain("betweenness"));
        Assert.That(json.RootElement.GetProperty("communities").GetProperty("algorithm").GetString(), Is.EqualTo("multiplex-leiden"));
        var forum = json.RootElement.GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("id").GetString() == "forum-2023");
        Assert.That(forum.GetProperty("participation").GetDouble(), Is.InRange(0.0, 1.0));
    }

    [Test]
    public void Analyze_with_uncertainty_adds_mean_low_high_and_top_k_columns()
    {
        var dir = CliRun.TempDirectory();
        var csv = Path.Combine(dir, "scores.csv");
        var (code, _, error) = CliRun.Run("analyze", CliRun.Seed, "-m", "degree,betweenness", "--uncertainty", "40", "--top-k", "5", "--out", csv);
        Assert.That(code, Is.EqualTo(0), error);
        var header = File.ReadLines(csv).First().Split(',');
        Assert.That(header, Is.SupersetOf(new[] { "degree-mean", "degree-low", "degree-high", "degree-top-k", "betweenness-mean", "betweenness-top-k" }));
        var (jsonCode, output, _) = CliRun.Run("analyze", CliRun.Seed, "-m", "degree", "--uncertainty", "40");
        Assert.That(jsonCode, Is.EqualTo(0));
        using var json = JsonDocument.Parse(output);
        var u = json.RootElement.GetProperty("uncertainty");
        Assert.That((u.GetProperty("samples").GetInt32(), u.GetProperty("topK").GetInt32(), u.GetProperty("confidence").GetString()), Is.EqualTo((40, 10, "existence-probability")));
        Assert.That(u.GetProperty("coMembership").GetArrayLength(), Is.GreaterThan(0));
    }

    [TestCase("--uncertainty", "0")]
    [TestCase("--confidence-as", "maybe")]
    public void Bad_uncertainty_options_are_usage_errors(string option, string value)
    {
        var (code, _, error) = CliRun.Run("analyze", CliRun.Seed, "--uncertainty", "10", option, value);
        Assert.That(code, Is.EqualTo(2), error);
    }

    [Test]
    public void Multiplex_measures_without_layers_and_unknown_layer_attributes_are_usage_errors()
    {
        Assert.That(CliRun.Run("analyze", CliRun.Seed, "-m", "participation").Code, Is.EqualTo(2));
        Assert.That(CliRun.Run("analyze", CliRun.Seed, "--communities", "multiplex-leiden").Code, Is.EqualTo(2));
        var (code, _, error) = CliRun.Run("analyze", CliRun.Seed, "-m", "degree", "--layers", "no-such-attribute");
        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain("no-such-attribute"));
    }

    [Test]
    public void Layers_command_prints_layers_pairs_and_participation()
    {
        var (code, output, error) = CliRun.Run("layers", CliRun.Seed, "--communities");
        Assert.That(code, Is.EqualTo(0), error);
        Assert.That(output, Does.Contain("layers by tie-type").And.Contain("SPOKE_AT").And.Contain("Multiplex Leiden"));
        var (jsonCode, json, _) = CliRun.Run("layers", CliRun.Seed, "--json", "--top", "0");
        Assert.That(jsonCode, Is.EqualTo(0));
        using var doc = JsonDocument.Parse(json);
        Assert.That(doc.RootElement.GetProperty("layerSummaries").GetArrayLength(), Is.GreaterThan(5));
        Assert.That(doc.RootElement.GetProperty("stakeholders").GetArrayLength(), Is.EqualTo(83));
    }

    [Test]
    public void Salience_json_gives_class_quadrant_missing_and_disagreements()
    {
        var (code, output, error) = CliRun.Run("salience", CliRun.Seed, "--attributes", ExampleAttributes, "--json");
        Assert.That(code, Is.EqualTo(0), error);
        using var json = JsonDocument.Parse(output);
        var rows = json.RootElement.GetProperty("stakeholders").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!);
        Assert.That(rows["shijingshan-district-government"].GetProperty("salienceClass").GetString(), Is.EqualTo("definitive"));
        Assert.That(rows["shijingshan-district-government"].GetProperty("quadrant").GetString(), Is.EqualTo("manage-closely"));
        Assert.That(rows["tencent"].GetProperty("salienceClass").GetString(), Is.EqualTo("dominant"));
        Assert.That(rows["tencent"].GetProperty("quadrant").GetString(), Is.EqualTo("keep-satisfied"));
        Assert.That(rows["xi-jinping"].GetProperty("salienceClass").ValueKind, Is.EqualTo(JsonValueKind.Null), "no ratings: not guessed");
        Assert.That(rows["xi-jinping"].GetProperty("missing").GetArrayLength(), Is.EqualTo(4));
        var disagreements = json.RootElement.GetProperty("disagreements").EnumerateArray().ToArray();
        Assert.That(disagreements, Is.Not.Empty);
        Assert.That(disagreements.Select(d => d.GetProperty("direction").GetString()), Is.All.AnyOf("underrated", "overrated"));
    }

    [Test]
    public void Salience_with_a_bad_attribute_file_names_the_file_and_line()
    {
        var dir = CliRun.TempDirectory();
        var path = Path.Combine(dir, "ratings.csv");
        File.WriteAllText(path, "id,power\nnobody,yes\n");
        var (code, _, error) = CliRun.Run("salience", CliRun.Seed, "--attributes", path);
        Assert.That(code, Is.EqualTo(1));
        Assert.That(error, Does.Contain("ratings.csv").And.Contain("2").And.Contain("nobody"));
    }
}
