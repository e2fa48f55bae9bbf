namespace Stakeholders.Cli.Tests;

public class ConvertCommandTests
{
    [TestCase("network.json")]
    [TestCase("network.graphml")]
    [TestCase("network.gexf")]
    [TestCase("network.csv")]
    [TestCase("network.nodelink.json")]
    public void Seed_survives_a_round_trip_through_each_readable_format(string name)
    {
        var dir = CliRun.TempDirectory();
        var target = Path.Combine(dir, name);
        var (code, _, error) = CliRun.Run("convert", CliRun.Seed, target);
        Assert.That(code, Is.EqualTo(0), error);
        var back = Path.Combine(dir, "back.json");
        (code, _, error) = CliRun.Run("convert", target, back);
        Assert.That(code, Is.EqualTo(0), error);
        var original = Stakeholders.Network.IO.NetworkFile.Read(CliRun.Seed);
        var roundTripped = Stakeholders.Network.IO.NetworkFile.Read(back);
        Assert.That(roundTripped.Stakeholders.Select(s => s.Id), Is.EqualTo(original.Stakeholders.Select(s => s.Id)));
        Assert.That(roundTripped.Ties.Select(t => (t.Source, t.Target, t.Type.Name)), Is.EqualTo(original.Ties.Select(t => (t.Source, t.Target, t.Type.Name))));
    }

    [Test]
    public void To_overrides_the_extension_and_from_names_the_input_format()
    {
        var dir = CliRun.TempDirectory();
        var edges = Path.Combine(dir, "graph.data");
        Assert.That(CliRun.Run("convert", CliRun.Data("graphs/kite.edges"), edges, "--to", "edgelist").Code, Is.EqualTo(0));
        var json = Path.Combine(dir, "graph.json");
        var (code, _, error) = CliRun.Run("convert", edges, json, "--from", "edgelist");
        Assert.That(code, Is.EqualTo(0), error);
        Assert.That(Stakeholders.Network.IO.NetworkFile.Read(json).Ties, Has.Count.EqualTo(18));
    }

    [Test]
    public void Unknown_extension_and_unreadable_input_are_reported()
    {
        var dir = CliRun.TempDirectory();
        Assert.That(CliRun.Run("convert", CliRun.Seed, Path.Combine(dir, "x.unknown")).Code, Is.EqualTo(2));
        var broken = Path.Combine(dir, "broken.json");
        File.WriteAllText(broken, "{\"format\": \"stakeholders-network\", \"version\": 1, \"stakeholders\": [}");
        var target = Path.Combine(dir, "out.graphml");
        File.WriteAllText(target, "previous content");
        var (code, _, error) = CliRun.Run("convert", broken, target);
        Assert.That(code, Is.EqualTo(1));
        Assert.That(error, Does.Match(@"broken\.json:1:\d+: "));
        Assert.That(File.ReadAllText(target), Is.EqualTo("previous content"), "a failed conversion leaves the target untouched");
    }
}
