using System.IO.Compression;
using System.Text.RegularExpressions;

namespace Stakeholders.Packaging.Tests;

/// <summary>
/// The tool a linux-x64 user installs is a Native AOT build: compiled ahead of time, trimmed, no JIT and no reflection
/// emit. These tests install it from the local feed and run the same command lines through it and through the portable
/// package every other platform gets (IL run by <c>dotnet</c>), and require the same exit code, the same standard output
/// and error, and byte-identical output files — so a code path that behaves differently once trimmed and compiled ahead
/// of time (reflection, dynamic code, a trimmed-away converter) fails here rather than on a user's machine.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed partial class NativeToolEquivalenceTests
{
    private static string native = string.Empty;
    private static string portable = string.Empty;

    /// <summary>The report's generation time, the one thing allowed to differ between two runs.</summary>
    [GeneratedRegex("(<time datetime=\"[^\"]*\">[^<]*</time>|\"generatedAt\": \"[^\"]*\"|Generated [0-9-]+ [0-9:]+ UTC)")]
    private static partial Regex GenerationTime();

    [OneTimeSetUp]
    public void InstallBothBuilds()
    {
        var tools = Path.Combine(LocalFeed.Work, "native-tools");
        var install = LocalFeed.Run("dotnet", $"tool install Stakeholders.Cli --version {LocalFeed.Version} --tool-path \"{tools}\" --add-source \"{LocalFeed.Feed}\"", LocalFeed.Work);
        Assert.That(install.ExitCode, Is.EqualTo(0), install.Output);
        native = Path.Combine(tools, "stakeholders");

        var unpacked = Path.Combine(LocalFeed.Work, "portable-tool");
        ZipFile.ExtractToDirectory(Path.Combine(LocalFeed.Feed, $"Stakeholders.Cli.any.{LocalFeed.Version}.nupkg"), unpacked, overwriteFiles: true);
        portable = Path.Combine(unpacked, "tools", "net10.0", "any", "stakeholders.dll");
        Assert.That(File.Exists(portable), Is.True, "the portable package holds the framework-dependent tool");
    }

    [Test]
    public void On_linux_x64_the_install_takes_the_native_package()
    {
        if (!OperatingSystem.IsLinux() || System.Runtime.InteropServices.RuntimeInformation.OSArchitecture != System.Runtime.InteropServices.Architecture.X64)
        {
            Assert.Ignore("The native package is for linux-x64.");
        }

        var store = Path.Combine(Path.GetDirectoryName(native)!, ".store", "stakeholders.cli", LocalFeed.Version, "stakeholders.cli.linux-x64", LocalFeed.Version, "tools", "any", "linux-x64");
        Assert.That(File.Exists(Path.Combine(store, "stakeholders")), Is.True, store);
        Assert.That(Directory.GetFiles(store, "*.dll"), Is.Empty, "no managed assemblies: the code is compiled into the executable");
    }

    /// <summary>Command lines over every command; <c>{seed}</c>, <c>{repo}</c> and <c>{out}</c> are filled in per run.</summary>
    public static IEnumerable<TestCaseData> CommandLines()
    {
        string[][] lines =
        [
            ["--version"],
            ["--help"],
            ["info", "{seed}"],
            ["info", "{repo}/examples/data/forum.csv"],
            ["info", "{repo}/tests/TestData/io/invalid-semantics.json"],
            ["info", "{repo}/tests/TestData/io/xxe.graphml"],
            ["info", "{repo}/tests/TestData/io/does-not-exist.json"],
            ["analyze", "{seed}", "--out", "{out}/scores.json"],
            ["analyze", "{seed}", "--measures", "betweenness,pagerank,constraint,brokerage-liaison", "--group-by", "organization-type", "--out", "{out}/scores.csv"],
            ["analyze", "{seed}", "--layers", "tie-type", "-m", "degree,participation,overlapping-degree", "--communities", "multiplex-leiden"],
            ["analyze", "{seed}", "-m", "degree,betweenness", "--uncertainty", "200", "--top-k", "5"],
            ["analyze", "{seed}", "--communities", "leiden", "--directed", "--weight", "strength", "--out", "{out}/leiden.json"],
            ["analyze", "{repo}/tests/TestData/io/karate.net", "--measures", "pagerank,eigenvector,katz,hits-hub,closeness", "--communities", "label-propagation"],
            ["analyze", "{repo}/tests/TestData/io/igraph_karate_plain.graphml", "--measures", "pagerank", "--communities", "none"],
            ["analyze", "{seed}", "--measures", "no-such-measure"],
            ["convert", "{seed}", "{out}/network.graphml"],
            ["convert", "{seed}", "{out}/network.gexf", "--gexf-version", "1.3"],
            ["convert", "{seed}", "{out}/network.nodelink.json"],
            ["convert", "{seed}", "{out}/network.net"],
            ["convert", "{seed}", "{out}/network.dot"],
            ["convert", "{seed}", "{out}/network.csv"],
            ["convert", "{seed}", "{out}/network.edges"],
            ["convert", "{seed}", "{out}/elements.json", "--to", "cytoscape", "--no-evidence"],
            ["convert", "{seed}", "{out}/graphology.json", "--to", "graphology"],
            ["convert", "{repo}/tests/TestData/io/networkx.gexf", "{out}/from-gexf.json"],
            ["convert", "{repo}/tests/TestData/io/networkx.graphml", "{out}/from-graphml.json"],
            ["ego", "{seed}", "liang-jie", "--radius", "2"],
            ["path", "{seed}", "lionel-chen", "shougang-group", "--max-paths", "5"],
            ["compare", "{seed}", "--from", "2023-09-02", "--to", "2023-09-03", "--measure", "betweenness"],
            ["stability", "{seed}", "--measure", "betweenness", "--replicates", "100", "--drop", "0.1", "--seed", "7"],
            ["layers", "{seed}", "--communities", "--json"],
            ["salience", "{seed}", "--attributes", "{repo}/examples/data/shijingshan-salience-example.csv"],
            ["brokers", "{seed}", "--group-by", "organization-type", "--top", "10"],
            ["keyplayers", "{seed}", "--k", "3", "--goal", "reach", "--m", "2", "--seed", "1"],
            ["report", "{seed}", "--out", "{out}/report.html", "-q"],
            ["report", "{seed}", "--out", "{out}/report.md", "--measure", "pagerank", "--top", "15", "--communities", "leiden", "-q"],
            ["report", "{seed}", "--out", "{out}/report.json", "--attributes", "{repo}/examples/data/shijingshan-salience-example.csv", "-q"],
            ["report", "{seed}", "--out", "{out}/dated.html", "--as-of", "2023-09-02,2023-09-03", "--figure", "{out}/drawing.png", "-q"],
            ["report", "{seed}", "--out", "{out}/figure.html", "--figure", "{out}/drawing.svg", "-q"],
            ["extract", "{repo}/seeds/000_73dc534532c0e7b6.txt", "--out", "{out}/extracted.json", "--review", "{out}/review.csv"],
            ["merge", "{seed}", "{repo}/seeds/cgiar-consortium-2009.json", "--out", "{out}/merged.json", "--log", "{out}/merges.csv"],
            ["neo4j", "push", "{seed}", "--uri", "http://127.0.0.1:1"],
        ];
        foreach (var line in lines)
        {
            yield return new TestCaseData((object)line).SetName("Same result native and portable: " + string.Join(' ', line.Select(a => a.Replace("{repo}/", string.Empty, StringComparison.Ordinal))));
        }
    }

    [TestCaseSource(nameof(CommandLines))]
    public void A_command_gives_the_same_result_native_and_portable(string[] line)
    {
        var nativeRun = RunIn(native, [], line);
        var portableRun = RunIn("dotnet", [portable], line);
        Assert.That(nativeRun.ExitCode, Is.EqualTo(portableRun.ExitCode), $"exit code\nnative stderr: {nativeRun.StandardError}\nportable stderr: {portableRun.StandardError}");
        Assert.That(nativeRun.StandardError, Is.EqualTo(portableRun.StandardError), "standard error");
        Assert.That(nativeRun.StandardOutput, Is.EqualTo(portableRun.StandardOutput), "standard output");
        Assert.That(nativeRun.Files.Keys, Is.EquivalentTo(portableRun.Files.Keys), "the files written");
        foreach (var (name, bytes) in portableRun.Files)
        {
            Assert.That(nativeRun.Files[name], Is.EqualTo(bytes), $"{name} differs");
        }
    }

    /// <summary>Runs one command line in a fresh output folder; output paths are written as <c>{out}</c> in what it prints.</summary>
    private static (int ExitCode, string StandardOutput, string StandardError, Dictionary<string, byte[]> Files) RunIn(string program, string[] prefix, string[] line)
    {
        var output = Path.Combine(LocalFeed.Work, "equivalence", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(output);
        var seed = Path.Combine(LocalFeed.RepositoryRoot, "seeds", "shijingshan-forum-2023.json");
        var arguments = prefix.Concat(line.Select(a => a
            .Replace("{seed}", seed, StringComparison.Ordinal)
            .Replace("{repo}", LocalFeed.RepositoryRoot, StringComparison.Ordinal)
            .Replace("{out}", output, StringComparison.Ordinal))).ToArray();
        var (code, standardOutput, standardError) = LocalFeed.RunSplit(program, arguments, output, new Dictionary<string, string> { ["NEO4J_PASSWORD"] = Environment.GetEnvironmentVariable("NEO4J_PASSWORD") ?? "unused" });
        var files = Directory.GetFiles(output).ToDictionary(
            f => Path.GetFileName(f)!,
            f => Path.GetExtension(f) is ".html" or ".md" or ".json"
                ? System.Text.Encoding.UTF8.GetBytes(GenerationTime().Replace(File.ReadAllText(f), "T"))
                : File.ReadAllBytes(f),
            StringComparer.Ordinal);
        return (code, Normalise(standardOutput, output), Normalise(standardError, output), files);
    }

    private static string Normalise(string text, string output) => text.Replace(output, "{out}", StringComparison.Ordinal);
}
