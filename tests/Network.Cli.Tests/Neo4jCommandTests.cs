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
