using System.Diagnostics;
using System.Text;

namespace Stakeholders.Packaging.Tests;

/// <summary>
/// Packs the solution into a local folder feed, then uses the packages as a stranger would: a console app restores
/// Stakeholders.Network from the feed and runs, and the Stakeholders.Cli tool installs from the feed and runs.
/// </summary>
[TestFixture]
[NonParallelizable]
public class PackageConsumerTests
{
    private const string Version = "0.1.0";
    private string _work = string.Empty;
    private string _feed = string.Empty;
    private string _packages = string.Empty;

    private static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Stakeholders.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("Stakeholders.sln not found above the test directory.");
        }
    }

    private static string Seed => Path.Combine(RepositoryRoot, "seeds", "shijingshan-forum-2023.json");

    [OneTimeSetUp]
    public void PackIntoLocalFeed()
    {
        // Outside the repository, so the consumer does not pick up our Directory.Build.props or central versions.
        _work = Path.Combine(Path.GetTempPath(), "stakeholders-packaging-" + Guid.NewGuid().ToString("N")[..8]);
        _feed = Path.Combine(_work, "feed");
        _packages = Path.Combine(_work, "nuget-packages");
        Directory.CreateDirectory(_feed);
        // Pack the five src projects only, with the machine's own package cache: restoring test or example projects into
        // the throw-away cache below would point their obj/ at files this fixture deletes.
        foreach (var project in new[] { "Network", "Network.Reports", "Network.Neo4j", "Network.Extraction", "Network.Cli" })
        {
            var csproj = Path.Combine(RepositoryRoot, "src", project, project + ".csproj");
            var pack = Run("dotnet", $"pack \"{csproj}\" -c Release -p:PackageOutputPath=\"{_feed}\"", RepositoryRoot, isolatedCache: false);
            Assert.That(pack.ExitCode, Is.EqualTo(0), pack.Output);
        }
    }

    [OneTimeTearDown]
    public void RemoveWorkDirectory()
    {
        try
        {
            Directory.Delete(_work, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; failing the run for it is not.
        }
    }

    [Test]
    public void Every_package_and_its_symbols_are_in_the_feed()
    {
        var files = Directory.GetFiles(_feed).Select(Path.GetFileName).ToArray();
        foreach (var id in new[] { "Stakeholders.Network", "Stakeholders.Network.Reports", "Stakeholders.Network.Neo4j", "Stakeholders.Network.Extraction", "Stakeholders.Cli" })
        {
            Assert.That(files, Does.Contain($"{id}.{Version}.nupkg"));
            Assert.That(files, Does.Contain($"{id}.{Version}.snupkg"));
        }
    }

    [Test]
    public void A_console_app_restores_the_library_from_the_feed_and_runs()
    {
        var app = Path.Combine(_work, "consumer");
        Directory.CreateDirectory(app);
        var template = Path.Combine(TestContext.CurrentContext.TestDirectory, "Consumer");
        File.Copy(Path.Combine(template, "Program.cs"), Path.Combine(app, "Program.cs"));
        File.WriteAllText(Path.Combine(app, "Consumer.csproj"), File.ReadAllText(Path.Combine(template, "Consumer.csproj.template")).Replace("$(StakeholdersVersion)", Version, StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(app, "nuget.config"), NuGetConfig());

        var run = Dotnet(app, $"run -- \"{Seed}\"");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Output);
        Assert.That(run.Output, Does.Contain("83 stakeholders"));
        var top = run.Output.Split('\n').SkipWhile(l => !l.Contains("83 stakeholders", StringComparison.Ordinal)).Skip(1).Where(l => l.Contains('\t', StringComparison.Ordinal)).ToArray();
        Assert.That(top, Has.Length.EqualTo(5));
    }

    [Test]
    public void The_tool_installs_from_the_feed_and_runs()
    {
        var tools = Path.Combine(_work, "tools");
        var install = Dotnet(_work, $"tool install Stakeholders.Cli --version {Version} --tool-path \"{tools}\" --add-source \"{_feed}\"");
        Assert.That(install.ExitCode, Is.EqualTo(0), install.Output);
        var exe = Path.Combine(tools, OperatingSystem.IsWindows() ? "stakeholders.exe" : "stakeholders");

        var version = Run(exe, "--version", _work);
        Assert.That(version.ExitCode, Is.EqualTo(0), version.Output);
        Assert.That(version.Output.Trim(), Does.StartWith(Version));

        var info = Run(exe, $"info \"{Seed}\"", _work);
        Assert.That(info.ExitCode, Is.EqualTo(0), info.Output);
        Assert.That(info.Output, Does.Contain("stakeholders  83"));
    }

    private string NuGetConfig() => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <config><add key="globalPackagesFolder" value="{_packages}" /></config>
          <packageSources>
            <add key="local" value="{_feed}" />
            <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
          </packageSources>
        </configuration>
        """;

    private (int ExitCode, string Output) Dotnet(string workingDirectory, string arguments) => Run("dotnet", arguments, workingDirectory);

    private (int ExitCode, string Output) Run(string fileName, string arguments, string workingDirectory, bool isolatedCache = true)
    {
        var start = new ProcessStartInfo(fileName, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (isolatedCache)
        {
            // A cache of our own, so a stale Stakeholders.* 0.1.0 from an earlier run can never be picked up.
            start.Environment["NUGET_PACKAGES"] = _packages;
        }
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            return (-1, $"{fileName} {arguments} did not finish in 10 minutes\n{output}");
        }

        process.WaitForExit();
        return (process.ExitCode, output.ToString());
    }
}
