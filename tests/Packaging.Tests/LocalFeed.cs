using System.Diagnostics;
using System.Text;

namespace Stakeholders.Packaging.Tests;

/// <summary>
/// Packs the repository once for every fixture in this assembly, with the very command the README gives
/// (<c>dotnet pack Stakeholders.sln -c Release -o FEED</c>), into a folder outside the repository; consumers then restore
/// from that folder into a package cache of their own, so a stale Stakeholders.* of the same version is never used.
/// </summary>
[SetUpFixture]
public sealed class LocalFeed
{
    /// <summary>The version every src project packs as.</summary>
    public const string Version = "0.1.0";

    /// <summary>The work folder (outside the repository, so consumers do not pick up our Directory.Build.props).</summary>
    public static string Work { get; private set; } = string.Empty;

    /// <summary>The local folder feed holding the packed packages.</summary>
    public static string Feed { get; private set; } = string.Empty;

    /// <summary>The package cache consumers restore into.</summary>
    public static string Packages { get; private set; } = string.Empty;

    /// <summary>The repository root (the folder holding Stakeholders.sln).</summary>
    public static string RepositoryRoot
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

    [OneTimeSetUp]
    public void PackIntoLocalFeed()
    {
        Work = Path.Combine(Path.GetTempPath(), "stakeholders-packaging-" + Guid.NewGuid().ToString("N")[..8]);
        Feed = Path.Combine(Work, "feed");
        Packages = Path.Combine(Work, "nuget-packages");
        Directory.CreateDirectory(Feed);
        // The machine's own package cache for the pack itself: restoring the solution's projects into the throw-away cache
        // would point their obj/ at files this fixture deletes.
        var pack = Run("dotnet", $"pack Stakeholders.sln -c Release -o \"{Feed}\"", RepositoryRoot, isolatedCache: false);
        Assert.That(pack.ExitCode, Is.EqualTo(0), pack.Output);
    }

    [OneTimeTearDown]
    public void RemoveWorkDirectory()
    {
        try
        {
            Directory.Delete(Work, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; failing the run for it is not.
        }
    }

    /// <summary>Runs a process and returns its exit code and combined output; 10 minutes at most.</summary>
    public static (int ExitCode, string Output) Run(string fileName, string arguments, string workingDirectory, bool isolatedCache = true)
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
            start.Environment["NUGET_PACKAGES"] = Packages;
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
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

    /// <summary>Runs a process and returns its exit code, standard output and standard error apart.</summary>
    public static (int ExitCode, string StandardOutput, string StandardError) RunSplit(string fileName, IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["NUGET_PACKAGES"] = Packages;
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var standardOutput = process.StandardOutput.ReadToEndAsync();
        var standardError = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            return (-1, string.Empty, $"{fileName} did not finish in 10 minutes");
        }

        process.WaitForExit();
        return (process.ExitCode, standardOutput.Result, standardError.Result);
    }

    /// <summary>A nuget.config that takes the Stakeholders packages from the local feed and the rest from the registry.</summary>
    public static string NuGetConfig() => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <config><add key="globalPackagesFolder" value="{Packages}" /></config>
          <packageSources>
            <add key="local" value="{Feed}" />
            <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
          </packageSources>
        </configuration>
        """;
}
