using System.Text.Json;

namespace Stakeholders.Network.Extraction.Tests;

/// <summary>Paths to the development set and scratch directories.</summary>
internal static class TestFiles
{
    public static string Root => TestContext.CurrentContext.TestDirectory;

    public static string Seeds(string relative) => Path.Combine(Root, "seeds", relative);

    public static string SeedRelease => Seeds("000_73dc534532c0e7b6.txt");

    /// <summary>Every document of the development set (dev and test splits), as paths relative to the repository.</summary>
    public static IEnumerable<string> DevSetDocuments()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "Scoring", "devset.json")));
        foreach (var d in doc.RootElement.GetProperty("documents").EnumerateArray())
        {
            yield return d.GetProperty("text").GetString()!;
        }
    }

    public static string TempDirectory()
    {
        var dir = Path.Combine(TestContext.CurrentContext.WorkDirectory, "tmp", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    public static ExtractionResult Extract(string text, string id = "doc") => new RuleBasedExtractor().Extract(new ExtractionDocument(id, text));
}
