using System.CommandLine;
using System.Globalization;
using CsCheck;

namespace Stakeholders.Cli.Tests;

/// <summary>
/// Issue 13 item 10: the CLI argument surface, fuzzed in-process with CsCheck: every command with random options and
/// hostile values. The exit code is 0, 1 or 2, nothing escapes as an exception, no stack trace or exception text reaches
/// the user, and every error line is the tool's own. The <c>neo4j</c> commands are pointed at a closed loopback port
/// (<see cref="ClosedPort"/>; a refused connection is not retried), so without a server they end in a usage error (2)
/// or "connection refused" (1), each on one line, at once.
/// </summary>
[NonParallelizable]
public class CliArgumentFuzzTests
{
    private const int Iterations = 400;

    /// <summary>Nothing listens on port 1 of the loopback address (tcpmux, never served): the connection is refused at once.</summary>
    internal const string ClosedPort = "http://127.0.0.1:1";

    private static readonly string[] Neo4jVariables = ["NEO4J_URI", "NEO4J_USER", "NEO4J_USERNAME", "NEO4J_PASSWORD", "NEO4J_DATABASE", "NEO4J_API"];

    private const string FuzzPassword = "fuzz-secret-password";

    private static readonly string[] BadValues =
    [
        "", " ", "-1", "0", "1", "2", "NaN", "Infinity", "1e999", "-1e308", "0.5", "abc", "-", "--", "--help", "-h", "a", "b", "nobody",
        "nodir/x.json", "x.html", "x.md", "x.csv", "x.json", "x.graphml", "x.unknown", "2023-13-45", "2023", "2023-02-30",
        "person,organization", "louvain", "none", "kind", "strength", "distance", "auto", "json", "dot", "pajek", "\u0001", "\u202Eevil",
        "😀", "../x.json", "a,b,,c", new string('x', 3000), "2147483648", "betweenness,nonsense",
    ];

    private static (string[] Path, string[] Options, int Arguments)[] Commands()
    {
        var root = StakeholdersCli.BuildRoot(new CliContext(TextWriter.Null, TextWriter.Null));
        var list = new List<(string[] Path, string[] Options, int Arguments)>();
        void Walk(Command command, string[] path)
        {
            if (path.Length > 0 && command.Subcommands.Count == 0)
            {
                var options = command.Options.Select(o => o.Name).Concat(root.Options.Where(o => o.Recursive).Select(o => o.Name)).Distinct().ToArray();
                list.Add((path, options, command.Arguments.Count));
            }

            foreach (var sub in command.Subcommands)
            {
                Walk(sub, [.. path, sub.Name]);
            }
        }

        Walk(root, []);
        return [.. list];
    }

    [Test]
    public void Every_command_with_hostile_values_exits_0_1_or_2_without_a_stack_trace()
    {
        var commands = Commands();
        Assert.That(commands.Select(c => c.Path[0]), Does.Contain("analyze").And.Contain("report").And.Contain("convert").And.Contain("info"));
        Assert.That(commands.Where(c => c.Path[0] == "neo4j").Select(c => c.Path[1]), Is.EquivalentTo(new[] { "push", "pull" }));
        var dir = CliRun.TempDirectory();
        var tiny = Path.Combine(dir, "tiny.json");
        File.WriteAllText(tiny, "{\"format\":\"stakeholders-network\",\"version\":1,\"stakeholders\":["
            + "{\"id\":\"a\",\"name\":\"A\",\"kind\":\"person\"},{\"id\":\"b\",\"name\":\"B\",\"kind\":\"organization\",\"organizationType\":\"company\"},"
            + "{\"id\":\"c\",\"name\":\"C\",\"kind\":\"person\"},{\"id\":\"d\",\"name\":\"D\",\"kind\":\"event\"}],"
            + "\"ties\":[{\"source\":\"a\",\"target\":\"b\",\"type\":\"MEMBER_OF\"},{\"source\":\"c\",\"target\":\"b\",\"type\":\"MEMBER_OF\"},{\"source\":\"a\",\"target\":\"d\",\"type\":\"ATTENDED\"}]}");
        var broken = Path.Combine(dir, "broken.json");
        File.WriteAllText(broken, "{\"stakeholders\":[\"\\ud83d\"");
        string[] inputs = [tiny, tiny, broken, Path.Combine(dir, "missing.json"), Path.Combine(dir, "tiny.unknown")];

        var gen = Gen.Select(
            Gen.Int[0, commands.Length - 1],
            Gen.Int[0, inputs.Length - 1],
            Gen.Select(Gen.Int[0, 1000], Gen.Int[0, BadValues.Length - 1], Gen.Bool).Array[0, 4],
            Gen.Int[0, BadValues.Length - 1]);
        var previous = Environment.CurrentDirectory;
        Environment.CurrentDirectory = dir;
        // The neo4j commands read these; the run must not depend on them (nor reach a server CI has started), and with
        // a password set a --user never waits for one on the terminal.
        var saved = Neo4jVariables.ToDictionary(v => v, Environment.GetEnvironmentVariable);
        foreach (var variable in Neo4jVariables)
        {
            Environment.SetEnvironmentVariable(variable, variable == "NEO4J_PASSWORD" ? FuzzPassword : null);
        }

        var codes = new int[3];
        var neo4jRuns = 0;
        try
        {
            gen.Sample(
                (command, input, options, extra) =>
                {
                    var (path, names, arguments) = commands[command];
                    var args = new List<string>(path);
                    var neo4j = path[0] == "neo4j";
                    if (neo4j)
                    {
                        args.AddRange(["--uri", ClosedPort]);
                        if (path[1] == "pull")
                        {
                            args.AddRange(["--out", Path.Combine(dir, "pulled.json")]);
                        }
                    }

                    if (arguments > 0)
                    {
                        args.Add(inputs[input]);
                    }

                    for (var i = 1; i < arguments; i++)
                    {
                        args.Add(i == 1 && path[0] == "convert" ? Path.Combine(dir, "out" + BadValues[extra].Length + ".json") : BadValues[(extra + i) % BadValues.Length]);
                    }

                    foreach (var (option, value, bare) in options)
                    {
                        args.Add(names[option % names.Length]);
                        if (!bare)
                        {
                            args.Add(BadValues[value]);
                        }
                    }

                    var (code, _, error) = CliRun.Run([.. args]);
                    var shown = string.Join(' ', args);
                    Assert.That(code, Is.InRange(0, 2), shown);
                    Assert.That(error, Does.Not.Contain("   at ").And.Not.Contain("Exception"), shown);
                    if (neo4j)
                    {
                        neo4jRuns++;
                        if (code == 0)
                        {
                            // Only help succeeds without a server.
                            Assert.That(args, Does.Contain("--help").Or.Contain("-h"), shown);
                            Assert.That(error, Is.Empty, shown);
                        }
                        else
                        {
                            Assert.That(error.TrimEnd().Split('\n'), Has.Length.EqualTo(1), shown + "\n" + error);
                        }

                        Assert.That(error, Does.Not.Contain(FuzzPassword), shown);
                        Assert.That(File.Exists(Path.Combine(dir, "pulled.json")), Is.False, shown);
                    }

                    if (code != 0)
                    {
                        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
                        Assert.That(lines, Is.Not.Empty, shown);
                        Assert.That(lines[0], Does.StartWith("stakeholders: "), shown);
                        if (code == 2)
                        {
                            Assert.That(lines, Has.Length.EqualTo(1), shown + "\n" + error);
                        }
                        else
                        {
                            // info lists every validation problem, indented, under its one-line summary.
                            Assert.That(lines.Skip(1).All(l => l.StartsWith("  ", StringComparison.Ordinal)), Is.True, shown + "\n" + error);
                        }
                    }

                    codes[code]++;
                },
                seed: "0000000000001",
                iter: Iterations,
                threads: 1);
        }
        finally
        {
            Environment.CurrentDirectory = previous;
            foreach (var (variable, value) in saved)
            {
                Environment.SetEnvironmentVariable(variable, value);
            }
        }

        Assert.That(neo4jRuns, Is.GreaterThan(0));
        TestContext.Out.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{Iterations} command lines over {commands.Length} commands ({neo4jRuns} neo4j): exit 0 {codes[0]}, exit 1 {codes[1]}, exit 2 {codes[2]}"));
    }
}
