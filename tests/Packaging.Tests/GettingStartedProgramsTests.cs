using System.Net;
using System.Text.RegularExpressions;

namespace Stakeholders.Packaging.Tests;

/// <summary>
/// The getting-started pages work verbatim for a newcomer: every C# block on them is a complete program (usings
/// included) that is pasted as the Program.cs of a fresh <c>dotnet new console</c> (or <c>web</c>) app, which takes the
/// Stakeholders packages from the local feed (a project nuget.config, then <c>dotnet add package</c>), builds and runs; where the page shows
/// the program's output, the run prints exactly that. Python blocks (the NetworkX round trip) run as written in the
/// folder the program wrote to.
/// </summary>
/// <remarks>
/// A page marks each program with <c>&lt;!-- program: NAME template=console|web args="..." get=/path --&gt;</c> before its
/// fence; <c>{repo}</c> in args stands for the repository root and <c>{out}</c> for an empty output folder. A
/// <c>```text</c> fence right after the program (after an "It prints:" line) is its expected standard output.
/// </remarks>
[TestFixture]
[NonParallelizable]
public sealed partial class GettingStartedProgramsTests
{
    private const string Python = "/usr/bin/python3";

    /// <summary>A program quoted on a page.</summary>
    public sealed record PageProgram(string Page, string Name, string Template, string Arguments, string? Get, string Code, string? ExpectedOutput, string? Python, string? PythonOutput)
    {
        /// <inheritdoc />
        public override string ToString() => $"{Page}: {Name}";
    }

    private static readonly string[] Pages =
    [
        "getting-started-researchers.md", "getting-started-policy-teams.md", "getting-started-dashboards.md",
    ];

    private static readonly Dictionary<string, string> RunOutputFolders = new(StringComparer.Ordinal);

    /// <summary>Every program on the getting-started pages.</summary>
    public static IEnumerable<PageProgram> Programs()
    {
        foreach (var page in Pages)
        {
            var text = File.ReadAllText(Path.Combine(LocalFeed.RepositoryRoot, "docs", page)).Replace("\r\n", "\n", StringComparison.Ordinal);
            foreach (Match m in ProgramBlock().Matches(text))
            {
                string? Attribute(string name)
                {
                    var a = Regex.Match(m.Groups["attrs"].Value, name + "=(\"(?<v>[^\"]*)\"|(?<v>\\S+))");
                    return a.Success ? a.Groups["v"].Value : null;
                }

                var rest = text[(m.Index + m.Length)..];
                var output = ExpectedOutput().Match(rest);
                var python = PythonBlock().Match(rest);
                var nextProgram = ProgramBlock().Match(rest);
                bool Before(Match x) => x.Success && (!nextProgram.Success || x.Index < nextProgram.Index);
                yield return new PageProgram(
                    page,
                    m.Groups["name"].Value,
                    Attribute("template") ?? "console",
                    Attribute("args") ?? string.Empty,
                    Attribute("get"),
                    m.Groups["code"].Value,
                    output.Success && output.Index == 0 ? output.Groups["text"].Value : null,
                    Before(python) ? python.Groups["code"].Value : null,
                    Before(python) && python.Groups["out"].Success && python.Groups["out"].Length > 0 ? python.Groups["out"].Value : null);
            }
        }
    }

    [Test]
    public void EveryCSharpBlockOnAGettingStartedPageIsAMarkedCompleteProgram()
    {
        foreach (var page in Pages)
        {
            var text = File.ReadAllText(Path.Combine(LocalFeed.RepositoryRoot, "docs", page)).Replace("\r\n", "\n", StringComparison.Ordinal);
            var fences = CSharpFence().Matches(text).Count;
            var programs = ProgramBlock().Matches(text).Count;
            Assert.That(programs, Is.EqualTo(fences), $"{page}: {fences} C# blocks but {programs} marked programs (a fragment is not a program)");
        }

        Assert.That(Programs().Count(), Is.GreaterThanOrEqualTo(3));
        foreach (var program in Programs())
        {
            Assert.That(program.Code, Does.StartWith("using "), $"{program}: a complete program starts with its using lines");
        }
    }

    [TestCaseSource(nameof(Programs))]
    public void TheProgramRunsFromAFreshAppAgainstTheLocalFeed(PageProgram program)
    {
        var app = Path.Combine(LocalFeed.Work, "docs-" + program.Name);
        var output = Path.Combine(LocalFeed.Work, "docs-" + program.Name + "-out");
        Directory.CreateDirectory(output);
        var created = LocalFeed.Run("dotnet", $"new {program.Template} -o \"{app}\"", LocalFeed.Work);
        Assert.That(created.ExitCode, Is.EqualTo(0), created.Output);
        // As the pages say: a nuget.config in the project with the local feed beside nuget.org, then plain `add package`.
        foreach (var step in new[] { "new nugetconfig", $"nuget add source \"{LocalFeed.Feed}\" --name stakeholders-local --configfile nuget.config" })
        {
            var setup = LocalFeed.Run("dotnet", step, app);
            Assert.That(setup.ExitCode, Is.EqualTo(0), setup.Output);
        }

        foreach (var package in PackagesUsedBy(program.Code))
        {
            var add = LocalFeed.Run("dotnet", $"add package {package}", app);
            Assert.That(add.ExitCode, Is.EqualTo(0), add.Output);
        }

        File.WriteAllText(Path.Combine(app, "Program.cs"), program.Code + "\n");
        var build = LocalFeed.Run("dotnet", "build -v q -nologo", app);
        Assert.That(build.ExitCode, Is.EqualTo(0), $"{program} does not compile alone:\n{build.Output}");

        var arguments = SplitArguments(program.Arguments.Replace("{repo}", LocalFeed.RepositoryRoot, StringComparison.Ordinal).Replace("{out}", output, StringComparison.Ordinal));
        if (program.Template == "web")
        {
            RunWebApp(program, app, arguments);
            return;
        }

        var run = LocalFeed.RunSplit("dotnet", ["run", "--no-build", "--", .. arguments], app);
        Assert.That(run.ExitCode, Is.EqualTo(0), $"{program} failed:\n{run.StandardOutput}\n{run.StandardError}");
        if (program.ExpectedOutput is not null)
        {
            Assert.That(Normalize(run.StandardOutput), Is.EqualTo(Normalize(program.ExpectedOutput)), $"{program}: the page shows another output than the program prints");
        }

        lock (RunOutputFolders)
        {
            RunOutputFolders[program.Name] = output;
        }

        if (program.Python is not null)
        {
            if (!File.Exists(Python) || LocalFeed.RunSplit(Python, ["-c", "import networkx"], output).ExitCode != 0)
            {
                Assert.Ignore($"{Python} with networkx is not installed (.ci/install-oracles.sh installs it); the C# program ran");
            }

            var python = LocalFeed.RunSplit(Python, ["-c", program.Python], output);
            Assert.That(python.ExitCode, Is.EqualTo(0), $"{program}: the page's Python failed:\n{python.StandardError}");
            if (program.PythonOutput is not null)
            {
                Assert.That(Normalize(python.StandardOutput), Is.EqualTo(Normalize(program.PythonOutput)), $"{program}: the page shows another Python output");
            }
        }
    }

    [Test]
    public void SplitArgumentsKeepsQuotedSpaces()
    {
        Assert.That(SplitArguments("a 'b c' d"), Is.EqualTo(new[] { "a", "b c", "d" }));
        Assert.That(SplitArguments(string.Empty), Is.Empty);
    }

    private static void RunWebApp(PageProgram program, string app, IReadOnlyList<string> arguments)
    {
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { WorkingDirectory = app, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        // As the page runs it: dotnet run -- <network file>; the app prints the address it listens on.
        foreach (var a in new[] { "run", "--no-build", "--" }.Concat(arguments))
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["NUGET_PACKAGES"] = LocalFeed.Packages;
        using var process = System.Diagnostics.Process.Start(start)!;
        var log = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(20) };
            var path = program.Get ?? "/";
            HttpResponseMessage? response = null;
            for (var attempt = 0; attempt < 120 && response is null; attempt++)
            {
                if (process.HasExited)
                {
                    Assert.Fail($"{program} exited with {process.ExitCode}:\n{log}");
                }

                Match listening;
                lock (log)
                {
                    listening = ListeningOn().Match(log.ToString());
                }

                if (!listening.Success)
                {
                    Thread.Sleep(500);
                    continue;
                }

                try
                {
                    response = http.GetAsync(new Uri(listening.Groups["url"].Value.TrimEnd('/') + path)).GetAwaiter().GetResult();
                }
                catch (HttpRequestException)
                {
                    Thread.Sleep(500);
                }
            }

            Assert.That(response, Is.Not.Null, $"{program} never answered on {path}:\n{log}");
            var body = response!.Content.ReadAsStringAsync().GetAwaiter().GetResult();
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"{program} {path}: {body}\n{log}");
            Assert.That(body, Is.Not.Empty);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            process.WaitForExit();
        }
    }

    /// <summary>The packages a program needs, read from its using lines (the package that holds each namespace).</summary>
    private static IEnumerable<string> PackagesUsedBy(string code)
    {
        var packages = new SortedSet<string>(StringComparer.Ordinal);
        foreach (Match m in UsingLine().Matches(code))
        {
            var ns = m.Groups["ns"].Value;
            if (ns.StartsWith("Stakeholders.Network.Reports", StringComparison.Ordinal))
            {
                packages.Add("Stakeholders.Network.Reports");
            }
            else if (ns.StartsWith("Stakeholders.Network.Neo4j", StringComparison.Ordinal))
            {
                packages.Add("Stakeholders.Network.Neo4j");
            }
            else if (ns.StartsWith("Stakeholders.Network.Extraction", StringComparison.Ordinal))
            {
                packages.Add("Stakeholders.Network.Extraction");
            }
            else if (ns.StartsWith("Stakeholders.Network", StringComparison.Ordinal))
            {
                packages.Add("Stakeholders.Network");
            }
        }

        return packages;
    }

    private static string[] SplitArguments(string text)
    {
        var result = new List<string>();
        foreach (Match m in Argument().Matches(text))
        {
            result.Add(m.Groups["q"].Success ? m.Groups["q"].Value : m.Value);
        }

        return [.. result];
    }

    private static string Normalize(string text) => string.Join('\n', text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.TrimEnd())).Trim('\n');

    [GeneratedRegex(@"<!-- program: (?<name>[a-z0-9-]+)(?<attrs>[^>]*?) -->\n(?:<!-- snippet: [a-z0-9-]+ -->\n)?```csharp\n(?<code>.*?)\n```\n", RegexOptions.Singleline)]
    private static partial Regex ProgramBlock();

    [GeneratedRegex(@"^\n*It prints:\n\n```text\n(?<text>.*?)\n```", RegexOptions.Singleline)]
    private static partial Regex ExpectedOutput();

    [GeneratedRegex(@"<!-- python -->\n```python\n(?<code>.*?)\n```\n(?:\nIt prints:\n\n```text\n(?<out>.*?)\n```)?", RegexOptions.Singleline)]
    private static partial Regex PythonBlock();

    [GeneratedRegex(@"Now listening on: (?<url>http://\S+)")]
    private static partial Regex ListeningOn();

    [GeneratedRegex(@"```csharp\n")]
    private static partial Regex CSharpFence();

    [GeneratedRegex(@"^using (static )?(?<ns>[A-Za-z0-9_.]+);", RegexOptions.Multiline)]
    private static partial Regex UsingLine();

    [GeneratedRegex(@"'(?<q>[^']*)'|\S+")]
    private static partial Regex Argument();
}
