using Stakeholders.Network.IO;

namespace Stakeholders.Cli.Tests;

public class Neo4jCommandTests
{
    [Test]
    public void Refused_connection_is_bad_input_with_one_line()
    {
        var (code, _, error) = CliRun.Run("neo4j", "push", CliRun.Seed, "--uri", "http://127.0.0.1:1");
        Assert.That(code, Is.EqualTo(1));
        Assert.That(error, Does.Contain("connection refused"));
    }

    private static readonly string[][] BadLines =
    [
        ["--api", "bolt"],
        ["--uri", "abc"],
        ["--uri", ""],
        ["--uri", "ftp://127.0.0.1:7474"],
        ["--uri", "bolt://127.0.0.1:7687"],
        ["--uri", "http://127.0.0.1:7474/?x=1"],
        ["--uri", "http://u:p@127.0.0.1:7474"],
        ["--database", "a b"],
        ["--database", new string('d', 64)],
        ["--user", "a:b"],
    ];

    private static readonly string[][] BadPushLines =
    [
        ["--batch-size", "0"],
        ["--batch-size", "-1"],
        ["--batch-size", "100001"],
        ["--batch-size", "abc"],
        ["--batch-size", "2147483648"],
        ["--resume", "abc"],
        ["--resume", "v1:0123456789abcdef:-1:x"],
        ["--format", "nope"],
        ["--max-ties", "0"],
        ["--batched", "--resume"],
    ];

    private static readonly string[][] BadPullLines =
    [
        ["--kinds", "nobody"],
        ["--kinds", "person,nobody"],
        ["--tie-types", "\u0001"],
        ["--tie-types", " , "],
        ["--since", "2023-13-45"],
        ["--until", "2023-02-30"],
        ["--since", "2024", "--until", "2023"],
        ["--out", "x.unknown"],
        ["--out", "nodir/x.json"],
    ];

    [Test]
    public void Every_neo4j_command_refuses_a_bad_value_with_exit_2_and_one_line_before_it_connects()
    {
        // The closed port would answer "connection refused" (exit 1) if the command got as far as connecting; a bad value
        // must be refused before that, as a usage error.
        var saved = Environment.GetEnvironmentVariable("NEO4J_PASSWORD");
        Environment.SetEnvironmentVariable("NEO4J_PASSWORD", "not-used-password");
        var previous = Environment.CurrentDirectory;
        Environment.CurrentDirectory = CliRun.TempDirectory();
        try
        {
            var lines = BadLines.SelectMany(bad => new[] { (string[])["push", CliRun.Seed, .. bad], ["pull", "--out", "x.json", .. bad] })
                .Concat(BadPushLines.Select(bad => (string[])["push", CliRun.Seed, .. bad]))
                .Concat(BadPullLines.Select(bad => (string[])["pull", "--out", "x.json", .. bad]));
            foreach (var line in lines)
            {
                string[] args = ["neo4j", .. line];
                if (!line.Contains("--uri"))
                {
                    args = [.. args, "--uri", CliArgumentFuzzTests.ClosedPort];
                }

                var (code, output, error) = CliRun.Run(args);
                var shown = string.Join(' ', args);
                Assert.That(code, Is.EqualTo(2), shown + "\n" + error);
                Assert.That(error.TrimEnd().Split('\n'), Has.Length.EqualTo(1), shown + "\n" + error);
                Assert.That(error, Does.StartWith("stakeholders: ").And.Not.Contain("connection refused").And.Not.Contain("   at "), shown);
                Assert.That(error, Does.Not.Contain("not-used-password"), shown);
                Assert.That(output, Is.Empty, shown);
                Assert.That(File.Exists("x.json"), Is.False, shown);
            }
        }
        finally
        {
            Environment.CurrentDirectory = previous;
            Environment.SetEnvironmentVariable("NEO4J_PASSWORD", saved);
        }
    }

    [Test]
    public void Credentials_in_the_uri_are_refused()
    {
        var (code, _, error) = CliRun.Run("neo4j", "pull", "--uri", "http://neo4j:secret@127.0.0.1:7474", "--out", "x.json");
        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Not.Contain("secret"));
    }

    [Test]
    [Category("Neo4jLive")]
    public void Push_twice_then_pull_gives_back_the_seed_network()
    {
        var uri = Environment.GetEnvironmentVariable("NEO4J_URI");
        if (string.IsNullOrWhiteSpace(uri))
        {
            Assert.Ignore("NEO4J_URI not set: start the test server with .ci/neo4j/start.sh to run the live CLI test.");
        }

        var first = CliRun.Run("neo4j", "push", CliRun.Seed, "--uri", uri!);
        Assert.That(first.Code, Is.EqualTo(0), first.Err);
        var second = CliRun.Run("neo4j", "push", CliRun.Seed, "--uri", uri!, "--batched", "--batch-size", "25");
        Assert.That(second.Code, Is.EqualTo(0), second.Err);
        Assert.That(second.Out, Does.Contain("(0 nodes and 0 relationships created"));

        var target = Path.Combine(CliRun.TempDirectory(), "pulled.json");
        var pull = CliRun.Run("neo4j", "pull", "--uri", uri!, "--out", target);
        Assert.That(pull.Code, Is.EqualTo(0), pull.Err);
        var original = NetworkFile.Read(CliRun.Seed);
        var pulled = NetworkFile.Read(target);
        Assert.That(pulled.Stakeholders.OrderBy(s => s.Id, StringComparer.Ordinal), Is.EqualTo(original.Stakeholders.OrderBy(s => s.Id, StringComparer.Ordinal)));
        Assert.That(pulled.Ties.OrderBy(t => t.Id, StringComparer.Ordinal), Is.EqualTo(original.Ties.OrderBy(t => t.Id, StringComparer.Ordinal)));
    }
}
