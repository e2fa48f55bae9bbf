using System.Text.Json;

namespace Stakeholders.Network.Extraction.Tests;

/// <summary>The rule confidences in the embedded lexicon are the ones the calibration script computed.</summary>
public class CalibrationTests
{
    [Test]
    public void Lexicon_confidences_equal_the_committed_calibration_table()
    {
        using var table = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestFiles.Root, "Scoring", "calibration.json")));
        var lexicon = ExtractorLexicon.Default;
        var rows = table.RootElement.EnumerateArray().Where(r => r.GetProperty("dev_ties").GetInt32() > 0).ToList();
        Assert.That(rows, Is.Not.Empty);
        foreach (var row in rows)
        {
            var rule = row.GetProperty("rule").GetString()!;
            var n = row.GetProperty("dev_ties").GetInt32();
            var correct = row.GetProperty("dev_correct").GetInt32();
            var expected = Math.Round((correct + 1.0) / (n + 2.0), 2);
            Assert.That(lexicon.ConfidenceOf(rule), Is.EqualTo(expected).Within(1e-9), rule);
            Assert.That(row.GetProperty("confidence").GetDouble(), Is.EqualTo(expected).Within(1e-9), rule);
        }
    }

    [Test]
    public void Every_rule_the_lexicon_declares_has_a_calibrated_confidence_or_is_not_used_on_the_dev_set()
    {
        var lexicon = ExtractorLexicon.Default;
        Assert.That(lexicon.Confidences.Values.All(c => c is > 0 and < 1), Is.True);
        Assert.That(lexicon.ConfidenceOf("a-rule-nobody-wrote"), Is.EqualTo(0.5));
    }
}

/// <summary>The gold annotations of the development set are themselves checkable.</summary>
public class GoldAnnotationTests
{
    [Test]
    public void Every_gold_quote_is_verbatim_in_its_text_and_every_endpoint_is_listed()
    {
        var files = Directory.GetFiles(TestFiles.Seeds("releases"), "*.gold.json");
        Assert.That(files, Has.Length.GreaterThanOrEqualTo(6));
        foreach (var file in files)
        {
            using var gold = JsonDocument.Parse(File.ReadAllText(file));
            var root = gold.RootElement;
            var text = File.ReadAllText(Path.Combine(Path.GetDirectoryName(file)!, root.GetProperty("document").GetString()!));
            Assert.That(root.GetProperty("url").GetString(), Does.StartWith("http"), file);
            var names = new[] { "people", "organizations", "others" }
                .SelectMany(g => root.GetProperty(g).EnumerateArray()).Select(e => e.GetProperty("name").GetString()).ToHashSet();
            foreach (var tie in root.GetProperty("ties").EnumerateArray())
            {
                Assert.That(text, Does.Contain(tie.GetProperty("quote").GetString()), file);
                Assert.That(names, Does.Contain(tie.GetProperty("source").GetString()).And.Contain(tie.GetProperty("target").GetString()), file);
            }
        }
    }
}
