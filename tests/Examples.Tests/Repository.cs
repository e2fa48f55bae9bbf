using System.Text.Json;

namespace Stakeholders.Examples.Tests;

/// <summary>Where the tests find the repository's docs and examples, the copied data, and the NetworkX oracle values.</summary>
internal static class Repository
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Stakeholders.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Stakeholders.sln above {AppContext.BaseDirectory}: the docs tests run inside the repository.");
    });

    private static readonly Lazy<JsonElement> ExpectedJson = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "expected.json"))).RootElement);

    /// <summary>The repository root (the folder holding Stakeholders.sln).</summary>
    public static string Root => RootPath.Value;

    /// <summary>The docs folder.</summary>
    public static string Docs => Path.Combine(Root, "docs");

    /// <summary>The examples folder.</summary>
    public static string Examples => Path.Combine(Root, "examples");

    /// <summary>The example CSV pair copied to the output (<c>forum.csv</c> stands for both sheets).</summary>
    public static string ForumCsv => Path.Combine(AppContext.BaseDirectory, "examples", "data", "forum.csv");

    /// <summary>The seed network copied to the output.</summary>
    public static string SeedJson => Path.Combine(AppContext.BaseDirectory, "seeds", "shijingshan-forum-2023.json");

    /// <summary>The oracle values for one data set (<c>forum</c> or <c>seed</c>) from make_expected.py.</summary>
    public static JsonElement Expected(string dataSet) => ExpectedJson.Value.GetProperty(dataSet);

    /// <summary>A fresh empty folder under the temp directory.</summary>
    public static string NewTempFolder()
    {
        var path = Path.Combine(Path.GetTempPath(), "stakeholders-examples-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}
