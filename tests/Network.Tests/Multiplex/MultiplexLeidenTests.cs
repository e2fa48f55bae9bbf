using Stakeholders.Network.Algorithms.Multiplex;
using Stakeholders.Network.Algorithms.Paths;

namespace Stakeholders.Network.Tests.MultiplexTests;

public class MultiplexLeidenTests
{
    private static IEnumerable<int> Generated() => Enumerable.Range(0, MultiplexFixtures.Root.GetProperty("generated").GetArrayLength());

    private static MultiplexGraph GeneratedGraph(int index, out System.Text.Json.JsonElement fixture)
    {
        fixture = MultiplexFixtures.Root.GetProperty("generated")[index];
        var n = fixture.GetProperty("n").GetInt32();
        return MultiplexFixtures.Build(Enumerable.Range(0, n).Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray(), fixture.GetProperty("layers"));
    }

    [TestCaseSource(nameof(Generated))]
    public void Quality_is_at_least_leidenalgs_on_generated_multiplex_graphs(int index)
    {
        var g = GeneratedGraph(index, out var fixture);
        var theirs = fixture.GetProperty("leidenalg").EnumerateArray().Select(r => r.GetProperty("quality").GetDouble()).ToArray();
        var ours = Enumerable.Range(0, theirs.Length).Select(seed => MultiplexMeasures.Leiden(g, new MultiplexLeidenOptions { Seed = seed }).Modularity).ToArray();
        TestContext.Out.WriteLine($"ours mean {ours.Average()} max {ours.Max()}; leidenalg mean {theirs.Average()} max {theirs.Max()}");

        // Both are randomised heuristics: over the same number of seeds, our mean quality must not fall below leidenalg's
        // by more than twice the standard error of the difference of the means, and our best must reach their median.
        static double Variance(double[] x) => x.Sum(v => (v - x.Average()) * (v - x.Average())) / (x.Length - 1);
        var standardError = Math.Sqrt((Variance(ours) / ours.Length) + (Variance(theirs) / theirs.Length));
        Assert.That(ours.Average(), Is.GreaterThanOrEqualTo(theirs.Average() - (2 * standardError) - 1e-9), "mean over the seeds");
        Assert.That(ours.Max(), Is.GreaterThanOrEqualTo(theirs.Order().ElementAt(theirs.Length / 2) - 1e-9), "our best against their median");
    }

    [TestCaseSource(nameof(Generated))]
    public void Communities_are_connected_in_the_union_graph_and_quality_is_the_sum_of_modularities(int index)
    {
        var g = GeneratedGraph(index, out _);
        var result = MultiplexMeasures.Leiden(g, new MultiplexLeidenOptions { Seed = 3 });
        var union = g.Union();
        foreach (var members in result.Partition.Members)
        {
            var sub = union.InducedSubgraph(members, out _);
            Assert.That(PathFinding.ConnectedComponents(sub).Count, Is.EqualTo(1), "a community is connected in the union graph");
        }

        var sum = g.Layers.Sum(l => Algorithms.Communities.CommunityDetection.Modularity(l, result.Partition));
        Assert.That(result.Modularity, Is.EqualTo(sum).Within(1e-12));
        Assert.That(MultiplexMeasures.Quality(g, result.Partition), Is.EqualTo(sum).Within(1e-12));
    }

    [Test]
    public void Same_seed_same_partition_and_layer_weights_change_the_objective()
    {
        var g = GeneratedGraph(1, out _);
        var a = MultiplexMeasures.Leiden(g, new MultiplexLeidenOptions { Seed = 9 });
        var b = MultiplexMeasures.Leiden(g, new MultiplexLeidenOptions { Seed = 9 });
        Assert.That(b.Partition.ToArray(), Is.EqualTo(a.Partition.ToArray()));
        var weights = new Dictionary<string, double> { ["L0"] = 0, ["L1"] = 0, ["L2"] = 1 };
        var onlyL2 = MultiplexMeasures.Leiden(g, new MultiplexLeidenOptions { Seed = 9, LayerWeights = weights });
        Assert.That(onlyL2.Modularity, Is.EqualTo(Algorithms.Communities.CommunityDetection.Modularity(g.Layer("L2"), onlyL2.Partition)).Within(1e-12));
        Assert.That(Algorithms.Communities.CommunityDetection.Modularity(g.Layer("L2"), onlyL2.Partition), Is.GreaterThanOrEqualTo(Algorithms.Communities.CommunityDetection.Modularity(g.Layer("L2"), a.Partition) - 1e-9));
        Assert.Catch<ArgumentException>(() => MultiplexMeasures.Leiden(g, new MultiplexLeidenOptions { LayerWeights = new Dictionary<string, double> { ["nope"] = 1 } }));
        Assert.Catch<ArgumentException>(() => MultiplexMeasures.Leiden(g, new MultiplexLeidenOptions { LayerWeights = new Dictionary<string, double> { ["L0"] = -1 } }));
    }
}
