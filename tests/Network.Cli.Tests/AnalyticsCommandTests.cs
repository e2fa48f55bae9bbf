using System.Text.Json;
using Stakeholders.Network.Algorithms.Brokerage;
using Stakeholders.Network.Algorithms.Paths;
using Stakeholders.Network.Analysis;
using Stakeholders.Network.Graphs;
using Stakeholders.Network.IO;

namespace Stakeholders.Cli.Tests;

/// <summary>The analytics commands run in-process on the seed network and on a small dated fixture.</summary>
public class AnalyticsCommandTests
{
    private static readonly string Seed = Path.Combine(TestContext.CurrentContext.TestDirectory, "seeds", "shijingshan-forum-2023.json");
    private static readonly string Dated = Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", "analytics", "dated-network.json");

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = StakeholdersCli.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static JsonElement Json(params string[] args)
    {
        var (code, output, error) = Run(args);
        Assert.That(code, Is.Zero, error);
        return JsonDocument.Parse(output).RootElement.Clone();
    }

    [TestCase("ego")]
    [TestCase("path")]
    [TestCase("compare")]
    [TestCase("stability")]
    [TestCase("brokers")]
    [TestCase("keyplayers")]
    public void Help_shows_an_example(string command)
    {
        var (code, output, _) = Run(command, "--help");
        Assert.That(code, Is.Zero);
        Assert.That(output, Does.Contain("Example").And.Contain("stakeholders " + command));
    }

    [Test]
    public void Path_explains_the_connection_with_ties_and_quotes()
    {
        var (code, output, _) = Run("path", Seed, "lionel-chen", "shougang-group");
        Assert.That(code, Is.Zero);
        Assert.That(output, Does.Contain("Lionel CHEN").And.Contain("SPOKE_AT").And.Contain("HOSTED").And.Contain("\"Keynote speakers included"));

        var json = Json("path", Seed, "lionel-chen", "shougang-group", "--json");
        var library = ConnectionExplainer.Explain(NativeJson.Read(Seed), "lionel-chen", "shougang-group");
        Assert.That(json.GetProperty("totalPaths").GetInt64(), Is.EqualTo(library.TotalPaths));
        Assert.That(json.GetProperty("length").GetDouble(), Is.EqualTo(library.Length));
        var first = json.GetProperty("paths")[0];
        Assert.That(first.GetProperty("stakeholders").EnumerateArray().Select(x => x.GetString()), Is.EqualTo(library.Paths[0].Select(s => s.FromId).Append("shougang-group")));
        var tie = first.GetProperty("steps")[0].GetProperty("ties")[0];
        Assert.That(tie.GetProperty("evidence")[0].GetProperty("quote").GetString(), Is.Not.Empty);
    }

    [Test]
    public void Path_max_paths_truncates_but_counts_all()
    {
        var json = Json("path", Seed, "xia-linmao", "tencent", "--max-paths", "1", "--json");
        Assert.That(json.GetProperty("paths").GetArrayLength(), Is.EqualTo(1));
        Assert.That(json.GetProperty("truncated").GetBoolean(), Is.EqualTo(json.GetProperty("totalPaths").GetInt64() > 1));
    }

    [Test]
    public void Unknown_ids_exit_1_with_one_line_naming_the_id()
    {
        foreach (var args in new[] { new[] { "path", Seed, "lionel-chen", "nobody" }, ["ego", Seed, "nobody"] })
        {
            var (code, _, error) = Run(args);
            Assert.That(code, Is.EqualTo(1), string.Join(" ", args));
            Assert.That(error.Trim().Split('\n'), Has.Length.EqualTo(1));
            Assert.That(error, Does.Contain("'nobody'"));
        }

        var (filtered, _, message) = Run("ego", Seed, "liang-jie", "--kinds", "organization");
        Assert.That(filtered, Is.EqualTo(1));
        Assert.That(message, Does.Contain("'liang-jie'"));
    }

    [Test]
    public void Ego_json_matches_the_library()
    {
        var json = Json("ego", Seed, "liang-jie", "--radius", "2", "--json");
        var projection = NetworkProjection.Project(NativeJson.Read(Seed), new ProjectionOptions { WeightSource = WeightSource.None });
        var ego = PathFinding.EgoNetwork(projection.Graph, projection.IndexOf("liang-jie"), new EgoNetworkOptions { Radius = 2 });
        Assert.That(json.GetProperty("size").GetInt32(), Is.EqualTo(ego.Members.Length));
        Assert.That(json.GetProperty("density").GetDouble(), Is.EqualTo(ego.Density).Within(1e-12));
        Assert.That(json.GetProperty("members").EnumerateArray().Max(m => m.GetProperty("distance").GetInt32()), Is.EqualTo(2));
        Assert.That(json.GetProperty("alterKinds").EnumerateObject().Sum(p => p.Value.GetInt32()), Is.EqualTo(ego.Members.Length - 1));
        Assert.That(json.GetProperty("links").GetArrayLength(), Is.EqualTo(ego.Graph.EdgeCount), "the links among the members");
        Assert.That(json.GetProperty("links")[0].GetProperty("ties").GetArrayLength(), Is.GreaterThan(0));

        var (code, text, _) = Run("ego", Seed, "liang-jie");
        Assert.That(code, Is.Zero);
        Assert.That(text, Does.Contain("Ego network of Liang Jie").And.Contain("density").And.Contain("effective size"));

        var isolated = Json("ego", Seed, "liang-jie", "--tie-types", "HOSTED", "--json");
        Assert.That(isolated.GetProperty("effectiveSize").ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.Null));
        Assert.That(isolated.GetProperty("effectiveSizeNote").GetString(), Does.Contain("no contacts"));
    }

    [TestCase("ego", "SEED", "liang-jie", "--radius", "-1")]
    [TestCase("ego", "SEED", "liang-jie", "--direction", "sideways")]
    [TestCase("path", "SEED", "lionel-chen", "shougang-group", "--max-paths", "0")]
    [TestCase("compare", "SEED", "--from", "2023-13", "--to", "2023-09")]
    [TestCase("compare", "SEED", "--to", "2023-09")]
    [TestCase("compare", "SEED", "--from", "2023", "--to", "2024", "--as-of", "2023")]
    [TestCase("compare", "SEED", "--from", "2023", "--to", "2024", "--measure", "fame")]
    [TestCase("stability", "SEED", "--drop", "0.1", "--bootstrap")]
    [TestCase("stability", "SEED", "--drop", "1.5")]
    [TestCase("stability", "SEED", "--replicates", "0")]
    [TestCase("brokers", "SEED", "--group-by", "no-such-attribute")]
    [TestCase("keyplayers", "SEED")]
    [TestCase("keyplayers", "SEED", "--k", "500")]
    [TestCase("keyplayers", "SEED", "--k", "2", "--goal", "win")]
    public void Bad_options_exit_2(params string[] args)
    {
        args = args.Select(a => a == "SEED" ? Seed : a).ToArray();
        var (code, _, error) = Run(args);
        Assert.That(code, Is.EqualTo(2), error);
        Assert.That(error, Does.StartWith("stakeholders:"));
    }

    [Test]
    public void Compare_lists_gained_and_lost_ties_and_rank_moves()
    {
        var json = Json("compare", Dated, "--from", "2023-05", "--to", "2023-07", "--json");
        Assert.That(json.GetProperty("tiesGained").EnumerateArray().Select(t => t.GetProperty("id").GetString()), Is.EqualTo(new[] { "t3", "t8" }));
        Assert.That(json.GetProperty("tiesLost").EnumerateArray().Select(t => t.GetProperty("id").GetString()), Is.EqualTo(new[] { "t2" }));
        Assert.That(json.GetProperty("entered").EnumerateArray().Select(t => t.GetString()), Is.EqualTo(new[] { "c" }));
        Assert.That(json.GetProperty("left").EnumerateArray().Select(t => t.GetString()), Is.EqualTo(new[] { "b" }));
        var moves = json.GetProperty("rankChanges").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!, r => r.GetProperty("movement").GetInt32());
        Assert.That(moves, Is.EquivalentTo(new Dictionary<string, int> { ["a"] = -1, ["d"] = 1, ["o"] = 0 }));

        var (code, text, _) = Run("compare", Dated, "--from", "2023-05", "--to", "2023-07", "--top", "1");
        Assert.That(code, Is.Zero);
        Assert.That(text, Does.Contain("Ties gained: 2").And.Contain("Ties lost: 1").And.Contain("Entered: c").And.Contain("Left: b"));
    }

    [Test]
    public void Compare_on_the_seed_adds_the_forum_day()
    {
        var json = Json("compare", Seed, "--from", "2023-09-02", "--to", "2023-09-03", "--json");
        var network = NativeJson.Read(Seed);
        var expected = network.Ties.Count(t => t.Period is { } p && p.Contains(new DateOnly(2023, 9, 3)) && !p.Contains(new DateOnly(2023, 9, 2)));
        Assert.That(json.GetProperty("tiesGained").GetArrayLength(), Is.EqualTo(expected));
        Assert.That(json.GetProperty("toNetwork").GetProperty("stakeholders").GetInt32(), Is.EqualTo(83));
    }

    [Test]
    public void Stability_is_seeded_and_exact_without_perturbation()
    {
        var still = Json("stability", Seed, "--drop", "0", "--replicates", "5", "--top", "0", "--json");
        foreach (var s in still.GetProperty("stakeholders").EnumerateArray())
        {
            Assert.That(s.GetProperty("lowerRank").GetDouble(), Is.EqualTo(s.GetProperty("rank").GetDouble()));
            Assert.That(s.GetProperty("upperRank").GetDouble(), Is.EqualTo(s.GetProperty("rank").GetDouble()));
            Assert.That(s.GetProperty("lowerScore").GetDouble(), Is.EqualTo(s.GetProperty("score").GetDouble()));
            Assert.That(s.GetProperty("upperScore").GetDouble(), Is.EqualTo(s.GetProperty("score").GetDouble()));
            Assert.That(s.GetProperty("topShare").GetDouble(), Is.EqualTo(s.GetProperty("rank").GetInt32() <= 10 ? 1.0 : 0.0));
            Assert.That(s.GetProperty("firstShare").GetDouble(), Is.EqualTo(s.GetProperty("rank").GetInt32() == 1 ? 1.0 : 0.0));
        }

        Assert.That(still.GetProperty("topK").GetInt32(), Is.EqualTo(10));

        Assert.That(still.GetProperty("stakeholders").GetArrayLength(), Is.EqualTo(83));
        var a = Run("stability", Seed, "--replicates", "30", "--seed", "3", "--bootstrap", "--json");
        var b = Run("stability", Seed, "--replicates", "30", "--seed", "3", "--bootstrap", "--json");
        Assert.That(a.Out, Is.EqualTo(b.Out));
        var (code, text, _) = Run("stability", Seed, "--replicates", "20", "--measure", "betweenness", "--top", "3");
        Assert.That(code, Is.Zero);
        Assert.That(text, Does.Contain("Rank stability of betweenness").And.Contain("90% interval"));
    }

    [Test]
    public void Brokers_report_roles_that_add_up_and_constraint()
    {
        var json = Json("brokers", Seed, "--group-by", "kind", "--top", "0", "--json");
        var rows = json.GetProperty("stakeholders").EnumerateArray().ToArray();
        Assert.That(rows, Has.Length.EqualTo(83));
        var totals = rows.Select(r => r.GetProperty("total").GetDouble()).ToArray();
        Assert.That(totals, Is.Ordered.Descending);
        Assert.That(totals.Sum(), Is.EqualTo(json.GetProperty("global").GetProperty("total").GetProperty("raw").GetDouble()));
        foreach (var r in rows)
        {
            var parts = new[] { "coordinator", "itinerant", "representative", "gatekeeper", "liaison" }.Sum(p => r.GetProperty(p).GetDouble());
            Assert.That(parts, Is.EqualTo(r.GetProperty("total").GetDouble()));
        }

        var projection = NetworkProjection.Project(NativeJson.Read(Seed), new ProjectionOptions { WeightSource = WeightSource.None });
        var constraint = BrokerageMeasures.StructuralHoles(projection.Graph).Constraint;
        var top = rows[0];
        Assert.That(top.GetProperty("constraint").GetDouble(), Is.EqualTo(constraint[projection.IndexOf(top.GetProperty("id").GetString()!)]).Within(1e-12));

        var (code, text, _) = Run("brokers", Seed, "--group-by", "community");
        Assert.That(code, Is.Zero);
        Assert.That(text, Does.Contain("community"));
    }

    [Test]
    public void Key_players_are_seeded_sets_of_size_k()
    {
        var a = Json("keyplayers", Seed, "--k", "3", "--goal", "reach", "--m", "2", "--seed", "1", "--json");
        var b = Json("keyplayers", Seed, "--k", "3", "--goal", "reach", "--m", "2", "--seed", "1", "--json");
        Assert.That(a.GetProperty("players").GetArrayLength(), Is.EqualTo(3));
        Assert.That(a.ToString(), Is.EqualTo(b.ToString()));
        Assert.That(a.GetProperty("score").GetDouble(), Is.InRange(0.0, 1.0));
        var (code, text, _) = Run("keyplayers", Seed, "--k", "2");
        Assert.That(code, Is.Zero);
        Assert.That(text, Does.Contain("fragmentation"));
    }
}
