using Stakeholders.Network.Algorithms.Communities;
using Stakeholders.Network.Graphs;

namespace Stakeholders.Network.Tests.CommunityTests;

public class ModularityTests
{
    private static IEnumerable<TestCaseData> ModularityCases()
    {
        foreach (var name in CommunityFixtures.GraphNames)
        {
            foreach (var (key, value) in CommunityFixtures.For(name)["modularity"]!.AsObject())
            {
                var at = key.LastIndexOf('@');
                yield return new TestCaseData(name, key[..at], double.Parse(key[(at + 1)..], System.Globalization.CultureInfo.InvariantCulture), CommunityFixtures.Number(value))
                    .SetName($"Modularity_matches_networkx({name}, {key})");
            }
        }
    }

    [TestCaseSource(nameof(ModularityCases))]
    public void Modularity_matches_networkx(string graphName, string partitionName, double resolution, double? expected)
    {
        var g = TestGraphs.Load(graphName);
        var partition = CommunityFixtures.PartitionOf(g, CommunityFixtures.For(graphName)["partitions"]![partitionName]);
        Assert.That(CommunityDetection.Modularity(g, partition, resolution), Is.EqualTo(expected!.Value).Within(1e-12));
    }

    [Test]
    public void Modularity_is_invariant_under_renumbering_of_vertices()
    {
        var g = TestGraphs.Load("weighted");
        var partition = CommunityFixtures.PartitionOf(g, CommunityFixtures.For("weighted")["partitions"]!["greedy"]);
        var n = g.VertexCount;
        var permutation = Enumerable.Range(0, n).Reverse().ToArray();
        var builder = new CsrGraphBuilder(Enumerable.Range(0, n).Select(i => g.IdOf(permutation[i]))) { Weighted = true };
        foreach (var (u, v, w) in g.Edges())
        {
            builder.AddEdge(permutation[u], permutation[v], w);
        }

        var permuted = builder.Build();
        var labels = new int[n];
        for (var v = 0; v < n; v++)
        {
            labels[permutation[v]] = partition.CommunityOf(v);
        }

        Assert.That(CommunityDetection.Modularity(permuted, Partition.FromLabels(labels)), Is.EqualTo(CommunityDetection.Modularity(g, partition)).Within(1e-12));
    }

    [Test]
    public void Modularity_refuses_a_partition_of_another_size_and_a_negative_resolution()
    {
        var g = TestGraphs.Load("karate");
        Assert.Multiple(() =>
        {
            Assert.That(() => CommunityDetection.Modularity(g, Partition.Singletons(3)), Throws.ArgumentException.With.Message.Contains("covers 3 vertices"));
            Assert.That(() => CommunityDetection.Modularity(g, Partition.Singletons(g.VertexCount), -1), Throws.ArgumentException.With.Message.Contains("Resolution"));
        });
    }

    [Test]
    public void Modularity_of_an_edgeless_graph_is_NaN()
    {
        var g = new CsrGraphBuilder(3).Build();
        Assert.That(CommunityDetection.Modularity(g, Partition.Singletons(3)), Is.NaN);
    }
}

public class PartitionTests
{
    [Test]
    public void FromLabels_numbers_communities_by_smallest_vertex()
    {
        var p = Partition.FromLabels([7, 3, 7, 9, 3]);
        Assert.Multiple(() =>
        {
            Assert.That(p.Membership.ToArray(), Is.EqualTo(new[] { 0, 1, 0, 2, 1 }));
            Assert.That(p.CommunityCount, Is.EqualTo(3));
            Assert.That(p.Sizes.ToArray(), Is.EqualTo(new[] { 2, 2, 1 }));
            Assert.That(p.Members[1], Is.EqualTo(new[] { 1, 4 }));
            Assert.That(p, Is.EqualTo(Partition.FromLabels([1, 0, 1, 5, 0])));
        });
    }

    [Test]
    public void FromCommunities_requires_each_vertex_exactly_once()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Partition.FromCommunities([[2, 0], [1]], 3).Membership.ToArray(), Is.EqualTo(new[] { 0, 1, 0 }));
            Assert.That(() => Partition.FromCommunities([[0, 1], [1, 2]], 3), Throws.ArgumentException.With.Message.Contains("appears in communities"));
            Assert.That(() => Partition.FromCommunities([[0, 1]], 3), Throws.ArgumentException.With.Message.Contains("Vertex 2 is in no community"));
            Assert.That(() => Partition.FromCommunities([[0, 5]], 3), Throws.ArgumentException.With.Message.Contains("outside"));
        });
    }
}
