using Stakeholders.Network.Algorithms.Centrality;
using Stakeholders.Network.Algorithms.Paths;

namespace Stakeholders.Network.Tests.Analytics;

public class ReachTests
{
    [TestCaseSource(typeof(AnalyticsFixtures), nameof(AnalyticsFixtures.GraphNames))]
    public void Reach_matches_networkx_bfs_with_cutoff(string name)
    {
        var g = TestGraphs.Load(name);
        var directions = g.IsDirected ? new[] { TraversalDirection.Out, TraversalDirection.In, TraversalDirection.Both } : [TraversalDirection.Out];
        var fixture = AnalyticsFixtures.Graph(name).GetProperty("reach");
        foreach (var direction in directions)
        {
            foreach (var m in new[] { 1, 2, 3 })
            {
                var result = PathFinding.VertexReach(g, new VertexReachOptions { MaxSteps = m, Direction = direction });
                for (var v = 0; v < g.VertexCount; v++)
                {
                    var expected = fixture.GetProperty($"{direction.ToString().ToLowerInvariant()}|{g.IdOf(v)}");
                    Assert.That(result.MReach[v], Is.EqualTo(expected.GetProperty($"m{m}").GetInt32()), $"{direction} m={m} {g.IdOf(v)}");
                    Assert.That(result.Reach[v], Is.EqualTo(expected.GetProperty("reach").GetInt32()));
                    Assert.That(result.DistanceWeightedReach[v], Is.EqualTo(expected.GetProperty("distanceWeighted").GetDouble()).Within(1e-12));
                }
            }
        }
    }

    [Test]
    public void Distance_weighted_reach_is_harmonic_centrality_over_n_minus_one()
    {
        var g = TestGraphs.Load("karate", weighted: false);
        var harmonic = CentralityMeasures.Harmonic(g).Scores;
        var reach = PathFinding.VertexReach(g);
        for (var v = 0; v < g.VertexCount; v++)
        {
            Assert.That(reach.DistanceWeightedReach[v], Is.EqualTo(harmonic[v] / (g.VertexCount - 1)).Within(1e-12));
            Assert.That(reach.MReachShare(v), Is.InRange(0.0, 1.0));
        }
    }

    [Test]
    public void Results_do_not_depend_on_the_thread_count()
    {
        var g = TestGraphs.Load("directed_weighted");
        var one = PathFinding.VertexReach(g, new VertexReachOptions { MaxDegreeOfParallelism = 1, Direction = TraversalDirection.Both });
        var many = PathFinding.VertexReach(g, new VertexReachOptions { MaxDegreeOfParallelism = 4, Direction = TraversalDirection.Both });
        Assert.That(many.MReach, Is.EqualTo(one.MReach));
        Assert.That(many.DistanceWeightedReach, Is.EqualTo(one.DistanceWeightedReach));
    }

    [Test]
    public void M_reach_grows_with_m_up_to_reach()
    {
        var g = TestGraphs.Load("disconnected");
        var previous = new int[g.VertexCount];
        for (var m = 1; m <= 6; m++)
        {
            var r = PathFinding.VertexReach(g, new VertexReachOptions { MaxSteps = m });
            for (var v = 0; v < g.VertexCount; v++)
            {
                Assert.That(r.MReach[v], Is.GreaterThanOrEqualTo(previous[v]).And.LessThanOrEqualTo(r.Reach[v]));
                previous[v] = r.MReach[v];
            }
        }

        Assert.That(previous, Is.EqualTo(PathFinding.VertexReach(g).Reach));
    }

    [Test]
    public void Bad_options_are_refused()
    {
        var g = TestGraphs.Load("kite");
        Assert.Throws<ArgumentException>(() => PathFinding.VertexReach(g, new VertexReachOptions { MaxSteps = 0 }));
        Assert.Throws<ArgumentException>(() => PathFinding.VertexReach(g, new VertexReachOptions { MaxDegreeOfParallelism = 0 }));
    }
}
