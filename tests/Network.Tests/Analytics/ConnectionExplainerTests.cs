using Stakeholders.Network.Algorithms.Paths;
using Stakeholders.Network.Analysis;
using Stakeholders.Network.Graphs;

namespace Stakeholders.Network.Tests.Analytics;

public class ConnectionExplainerTests
{
    [Test]
    public void Every_step_is_explained_by_ties_joining_its_two_stakeholders_with_quotes()
    {
        var seed = AnalyticsFixtures.Seed;
        var explanation = ConnectionExplainer.Explain(seed, "lionel-chen", "shougang-group");
        Assert.That(explanation.IsConnected, Is.True);
        Assert.That(explanation.Paths, Is.Not.Empty);
        Assert.That(explanation.TotalPaths, Is.GreaterThanOrEqualTo(explanation.Paths.Count));
        foreach (var path in explanation.Paths)
        {
            Assert.That(path, Has.Count.EqualTo((int)explanation.Length));
            Assert.That(path[0].FromId, Is.EqualTo("lionel-chen"));
            Assert.That(path[^1].ToId, Is.EqualTo("shougang-group"));
            for (var i = 0; i < path.Count; i++)
            {
                var step = path[i];
                if (i > 0)
                {
                    Assert.That(step.FromId, Is.EqualTo(path[i - 1].ToId));
                }

                Assert.That(step.FromName, Is.EqualTo(seed.GetStakeholder(step.FromId).Name));
                Assert.That(step.Ties, Is.Not.Empty);
                foreach (var tie in step.Ties)
                {
                    Assert.That(new[] { tie.SourceId, tie.TargetId }, Is.EquivalentTo(new[] { step.FromId, step.ToId }));
                    Assert.That(tie.Evidence, Is.Not.Empty);
                    Assert.That(tie.Evidence.All(e => e.Quote.Length > 0), Is.True);
                }
            }
        }
    }

    [Test]
    public void Explained_paths_are_the_graph_shortest_paths()
    {
        var projection = NetworkProjection.Project(AnalyticsFixtures.Seed, new ProjectionOptions { WeightSource = WeightSource.None });
        var explanation = ConnectionExplainer.Explain(projection, "xia-linmao", "tencent");
        var raw = PathFinding.AllShortestPaths(projection.Graph, projection.VertexOf("xia-linmao"), projection.VertexOf("tencent"));
        Assert.That(explanation.TotalPaths, Is.EqualTo(raw.TotalCount));
        Assert.That(
            explanation.Paths.Select(p => string.Join(">", p.Select(s => s.FromId).Append(p[^1].ToId))),
            Is.EqualTo(raw.Paths.Select(p => string.Join(">", p.Select(projection.Graph.IdOf)))));
    }

    [Test]
    public void Directed_steps_follow_the_ties_direction()
    {
        var projection = NetworkProjection.Project(AnalyticsFixtures.Seed, new ProjectionOptions { WeightSource = WeightSource.None, Directed = true });
        var explanation = ConnectionExplainer.Explain(projection, "liang-jie", "shougang-park");
        Assert.That(explanation.Directed, Is.True);
        foreach (var step in explanation.Paths.SelectMany(p => p))
        {
            Assert.That(step.Ties.All(t => t.SourceId == step.FromId && t.TargetId == step.ToId), Is.True);
        }

        var both = ConnectionExplainer.Explain(projection, "shougang-group", "liang-jie", new AllShortestPathsOptions { Direction = TraversalDirection.Both });
        Assert.That(both.IsConnected, Is.True);
        Assert.That(both.Paths.SelectMany(p => p).SelectMany(s => s.Ties).Any(t => t.SourceId == "liang-jie"), Is.True, "a tie walked against its direction");
    }

    [Test]
    public void Unknown_ids_are_named()
    {
        var e = Assert.Throws<StakeholderNotFoundException>(() => ConnectionExplainer.Explain(AnalyticsFixtures.Seed, "lionel-chen", "no-such-id"));
        Assert.That(e!.StakeholderId, Is.EqualTo("no-such-id"));
        Assert.That(e.Message, Does.Contain("'no-such-id'"));
    }
}
