using System.Xml.Linq;

namespace Stakeholders.Packaging.Tests;

/// <summary>
/// Uses the packages of the local feed (<see cref="LocalFeed"/>) as a stranger would: a console app restores
/// Stakeholders.Network from the feed and runs, and the Stakeholders.Cli tool installs from the feed and runs.
/// </summary>
[TestFixture]
[NonParallelizable]
public class PackageConsumerTests
{
    private static string Seed => Path.Combine(LocalFeed.RepositoryRoot, "seeds", "shijingshan-forum-2023.json");

    [Test]
    public void Every_package_and_its_symbols_are_in_the_feed()
    {
        var files = Directory.GetFiles(LocalFeed.Feed).Select(Path.GetFileName).ToArray();
        foreach (var id in new[] { "Stakeholders.Network", "Stakeholders.Network.Reports", "Stakeholders.Network.Neo4j", "Stakeholders.Network.Extraction", "Stakeholders.Cli.any" })
        {
            Assert.That(files, Does.Contain($"{id}.{LocalFeed.Version}.nupkg"));
            Assert.That(files, Does.Contain($"{id}.{LocalFeed.Version}.snupkg"));
        }

        // The tool's own package only points to its runtime-specific packages, and the linux-x64 one is a native
        // executable: no managed code in either, so no symbol packages.
        foreach (var id in new[] { "Stakeholders.Cli", "Stakeholders.Cli.linux-x64" })
        {
            Assert.That(files, Does.Contain($"{id}.{LocalFeed.Version}.nupkg"));
            Assert.That(files, Does.Not.Contain($"{id}.{LocalFeed.Version}.snupkg"));
        }
    }

    [Test]
    public void The_tool_package_points_to_a_native_linux_x64_package_and_a_portable_fallback()
    {
        using (var pointer = System.IO.Compression.ZipFile.OpenRead(Path.Combine(LocalFeed.Feed, $"Stakeholders.Cli.{LocalFeed.Version}.nupkg")))
        {
            Assert.That(pointer.Entries.Where(e => e.FullName.EndsWith(".dll", StringComparison.Ordinal)), Is.Empty, "the pointer package carries no code");
            var settings = pointer.Entries.Single(e => e.FullName.EndsWith("DotnetToolSettings.xml", StringComparison.Ordinal));
            using var reader = new StreamReader(settings.Open());
            var packages = System.Xml.Linq.XDocument.Parse(reader.ReadToEnd()).Descendants("RuntimeIdentifierPackage")
                .Select(p => ((string?)p.Attribute("RuntimeIdentifier"), (string?)p.Attribute("Id"))).ToArray();
            Assert.That(packages, Is.EquivalentTo(new[] { ("linux-x64", "Stakeholders.Cli.linux-x64"), ("any", "Stakeholders.Cli.any") }));
        }

        using (var native = System.IO.Compression.ZipFile.OpenRead(Path.Combine(LocalFeed.Feed, $"Stakeholders.Cli.linux-x64.{LocalFeed.Version}.nupkg")))
        {
            var tool = native.Entries.Where(e => e.FullName.StartsWith("tools/", StringComparison.Ordinal)).Select(e => e.FullName).Order(StringComparer.Ordinal).ToArray();
            Assert.That(tool, Is.EqualTo(new[]
            {
                "tools/any/linux-x64/DotnetToolSettings.xml", "tools/any/linux-x64/libHarfBuzzSharp.so", "tools/any/linux-x64/libSkiaSharp.so", "tools/any/linux-x64/stakeholders",
            }), "one Native AOT executable and the two native libraries the PNG renderer loads");
            var header = new byte[4];
            using var stream = native.GetEntry("tools/any/linux-x64/stakeholders")!.Open();
            stream.ReadExactly(header);
            Assert.That(header, Is.EqualTo(new byte[] { 0x7F, (byte)'E', (byte)'L', (byte)'F' }));
        }

        Assert.That(IsReadyToRun("Stakeholders.Cli.any", "tools/net10.0/any/stakeholders.dll"), Is.False, "the fallback is portable IL");
    }

    [Test]
    public void Packed_where_it_cannot_be_compiled_natively_the_linux_x64_package_is_ReadyToRun()
    {
        // What a pack on Windows or macOS makes (the native compiler cannot target linux-x64 from there), forced here. Its
        // own bin/obj (--artifacts-path): restoring without the native compiler in the repository's obj/ would make the
        // next build there start over, possibly while other test projects run from it.
        var feed = Path.Combine(LocalFeed.Work, "feed-ready-to-run");
        var artifacts = Path.Combine(LocalFeed.Work, "artifacts-ready-to-run");
        var pack = LocalFeed.Run("dotnet", $"pack src/Network.Cli -c Release -p:NativeAotTool=false --artifacts-path \"{artifacts}\" -o \"{feed}\"", LocalFeed.RepositoryRoot, isolatedCache: false);
        Assert.That(pack.ExitCode, Is.EqualTo(0), pack.Output);
        Assert.That(IsReadyToRun("Stakeholders.Cli.linux-x64", "tools/net10.0/linux-x64/stakeholders.dll", feed), Is.True);
        Assert.That(IsReadyToRun("Stakeholders.Cli.linux-x64", "tools/net10.0/linux-x64/Stakeholders.Network.dll", feed), Is.True);
        Assert.That(IsReadyToRun("Stakeholders.Cli.any", "tools/net10.0/any/stakeholders.dll", feed), Is.False, "the fallback is portable IL");
    }

    /// <summary>Whether an assembly inside a package carries ReadyToRun code (a managed native header in its CLI header).</summary>
    private static bool IsReadyToRun(string id, string entryName, string? feed = null)
    {
        using var package = System.IO.Compression.ZipFile.OpenRead(Path.Combine(feed ?? LocalFeed.Feed, $"{id}.{LocalFeed.Version}.nupkg"));
        var entry = package.GetEntry(entryName);
        Assert.That(entry, Is.Not.Null, $"{id} has no {entryName}");
        using var stream = new MemoryStream();
        using (var source = entry!.Open())
        {
            source.CopyTo(stream);
        }

        stream.Position = 0;
        using var pe = new System.Reflection.PortableExecutable.PEReader(stream);
        return pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0;
    }

    [TestCase("Stakeholders.Network")]
    [TestCase("Stakeholders.Network.Reports")]
    [TestCase("Stakeholders.Network.Neo4j")]
    [TestCase("Stakeholders.Network.Extraction")]
    [TestCase("Stakeholders.Cli")]
    public void Each_package_has_its_own_readme_with_absolute_links(string id)
    {
        using var package = System.IO.Compression.ZipFile.OpenRead(Path.Combine(LocalFeed.Feed, $"{id}.{LocalFeed.Version}.nupkg"));
        var nuspec = package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using (var reader = new StreamReader(nuspec.Open()))
        {
            Assert.That(reader.ReadToEnd(), Does.Contain("<readme>README.md</readme>"));
        }

        var entry = package.GetEntry("README.md");
        Assert.That(entry, Is.Not.Null, $"{id} carries no README.md");
        using var stream = new StreamReader(entry!.Open());
        var readme = stream.ReadToEnd();
        Assert.That(readme, Does.StartWith($"# {id}\n"), "the package's own readme, not the repository's");
        var links = System.Text.RegularExpressions.Regex.Matches(readme, @"\]\((?<target>[^)\s]+)\)|(?<target>https?://\S+)")
            .Select(m => m.Groups["target"].Value).ToArray();
        Assert.That(links, Is.Not.Empty);
        Assert.That(links.Where(l => !l.StartsWith("https://", StringComparison.Ordinal)), Is.Empty, "relative links cannot resolve inside a package");
    }

    [Test]
    public void The_core_package_depends_on_what_its_readme_and_the_getting_started_pages_say()
    {
        using var package = System.IO.Compression.ZipFile.OpenRead(Path.Combine(LocalFeed.Feed, $"Stakeholders.Network.{LocalFeed.Version}.nupkg"));
        var nuspec = package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        XDocument document;
        using (var stream = nuspec.Open())
        {
            document = XDocument.Load(stream);
        }

        var dependencies = document.Descendants().Where(e => e.Name.LocalName == "dependency")
            .Select(e => (string)e.Attribute("id")!).Distinct().Order(StringComparer.Ordinal).ToArray();
        Assert.That(dependencies, Is.EqualTo(new[] { "QuikGraph" }));
        var claims = new[]
        {
            Path.Combine(LocalFeed.RepositoryRoot, "src", "Network", "README.md"),
            Path.Combine(LocalFeed.RepositoryRoot, "docs", "getting-started-researchers.md"),
            Path.Combine(LocalFeed.RepositoryRoot, "docs", "getting-started-dashboards.md"),
        };
        foreach (var page in claims)
        {
            var text = File.ReadAllText(page).ReplaceLineEndings(" ");
            Assert.That(text, Does.Contain("depends on QuikGraph only").IgnoreCase, page);
        }
    }

    [Test]
    public void A_console_app_restores_the_library_from_the_feed_and_runs()
    {
        var app = Path.Combine(LocalFeed.Work, "consumer");
        Directory.CreateDirectory(app);
        var template = Path.Combine(TestContext.CurrentContext.TestDirectory, "Consumer");
        File.Copy(Path.Combine(template, "Program.cs"), Path.Combine(app, "Program.cs"));
        File.WriteAllText(Path.Combine(app, "Consumer.csproj"), File.ReadAllText(Path.Combine(template, "Consumer.csproj.template")).Replace("$(StakeholdersVersion)", LocalFeed.Version, StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(app, "nuget.config"), LocalFeed.NuGetConfig());

        var run = Dotnet(app, $"run -- \"{Seed}\"");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Output);
        Assert.That(run.Output, Does.Contain("83 stakeholders"));
        var top = run.Output.Split('\n').SkipWhile(l => !l.Contains("83 stakeholders", StringComparison.Ordinal)).Skip(1).Where(l => l.Contains('\t', StringComparison.Ordinal)).ToArray();
        Assert.That(top, Has.Length.EqualTo(5));
    }

    [Test]
    public void The_tool_installs_from_the_feed_and_runs()
    {
        var tools = Path.Combine(LocalFeed.Work, "tools");
        var install = Dotnet(LocalFeed.Work, $"tool install Stakeholders.Cli --version {LocalFeed.Version} --tool-path \"{tools}\" --add-source \"{LocalFeed.Feed}\"");
        Assert.That(install.ExitCode, Is.EqualTo(0), install.Output);
        var exe = Path.Combine(tools, OperatingSystem.IsWindows() ? "stakeholders.exe" : "stakeholders");
        if (OperatingSystem.IsLinux() && System.Runtime.InteropServices.RuntimeInformation.OSArchitecture == System.Runtime.InteropServices.Architecture.X64)
        {
            // On linux-x64 the install takes the ReadyToRun package, not the portable one.
            var store = Path.Combine(tools, ".store", "stakeholders.cli", LocalFeed.Version);
            Assert.That(Directory.GetDirectories(store).Select(Path.GetFileName), Does.Contain("stakeholders.cli.linux-x64").And.Not.Contain("stakeholders.cli.any"));
        }

        var version = Run(exe, "--version", LocalFeed.Work);
        Assert.That(version.ExitCode, Is.EqualTo(0), version.Output);
        Assert.That(version.Output.Trim(), Does.StartWith(LocalFeed.Version));

        var info = Run(exe, $"info \"{Seed}\"", LocalFeed.Work);
        Assert.That(info.ExitCode, Is.EqualTo(0), info.Output);
        Assert.That(info.Output, Does.Contain("stakeholders  83"));
    }

    private static (int ExitCode, string Output) Dotnet(string workingDirectory, string arguments) => LocalFeed.Run("dotnet", arguments, workingDirectory);

    private static (int ExitCode, string Output) Run(string fileName, string arguments, string workingDirectory) => LocalFeed.Run(fileName, arguments, workingDirectory);
}
