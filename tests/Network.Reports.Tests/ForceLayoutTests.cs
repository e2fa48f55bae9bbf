using Stakeholders.Network.Reports.Drawing;

namespace Stakeholders.Network.Reports.Tests;

public class ForceLayoutTests
{
    internal static (int, int)[] RandomTree(int n, int seed, double extraEdgeProbability = 0.5)
    {
        var random = new Random(seed);
        var edges = new HashSet<(int, int)>();
        for (var i = 1; i < n; i++)
        {
            edges.Add((random.Next(i), i));
            if (random.NextDouble() < extraEdgeProbability)
            {
                var j = random.Next(i);
                edges.Add((Math.Min(i, j), Math.Max(i, j)));
            }
        }

        return edges.Order().ToArray();
    }

    [Test]
    public void Same_graph_and_seed_give_bit_identical_positions()
    {
        var edges = RandomTree(60, 1);
        var (x1, y1) = ForceLayout.Compute(60, edges, seed: 5);
        var (x2, y2) = ForceLayout.Compute(60, edges, seed: 5);
        Assert.That(x2, Is.EqualTo(x1));
        Assert.That(y2, Is.EqualTo(y1));
        var (x3, _) = ForceLayout.Compute(60, edges, seed: 6);
        Assert.That(x3, Is.Not.EqualTo(x1));
    }

    [TestCase(2)]
    [TestCase(20)]
    [TestCase(44)]
    [TestCase(150)]
    public void Positions_are_finite_and_inside_the_unit_square(int n)
    {
        // GraphShape's FR turns every position NaN when vertices pile up at its x, y >= 0 clamp (a 20-vertex tree did);
        // ForceLayout starts far from that border. This guards the workaround.
        var (x, y) = ForceLayout.Compute(n, RandomTree(n, n), seed: 42);
        Assert.That(x.Concat(y), Has.All.Matches<double>(v => double.IsFinite(v) && v >= 0 && v <= 1));
        Assert.That(x.Concat(y).Distinct().Count(), Is.GreaterThan(n), "the layout collapsed");
    }

    [Test]
    public void Tied_vertices_end_closer_than_untied_ones()
    {
        // Two dense clusters joined by one edge: the force model must pull each cluster together.
        var edges = new List<(int, int)>();
        for (var c = 0; c < 2; c++)
        {
            for (var i = 0; i < 10; i++)
            {
                for (var j = i + 1; j < 10; j++)
                {
                    edges.Add(((c * 10) + i, (c * 10) + j));
                }
            }
        }

        edges.Add((0, 10));
        var (x, y) = ForceLayout.Compute(20, edges, seed: 3);
        double Distance(int a, int b) => Math.Sqrt(((x[a] - x[b]) * (x[a] - x[b])) + ((y[a] - y[b]) * (y[a] - y[b])));
        var inside = Enumerable.Range(1, 9).Average(i => Distance(1, 1 + i) + Distance(11, 11 + (i % 9)));
        var across = Enumerable.Range(0, 10).Average(i => Distance(1 + (i % 9), 11 + (i % 9)) * 2);
        Assert.That(inside, Is.LessThan(across * 0.6));
    }

    [Test]
    public void Trivial_sizes_and_bad_edges()
    {
        Assert.That(ForceLayout.Compute(0, [], 1).X, Is.Empty);
        Assert.That(ForceLayout.Compute(1, [], 1).X, Is.EqualTo(new[] { 0.5 }));
        var (x, y) = ForceLayout.Compute(3, [(0, 0), (1, 2)], 1);
        Assert.That(x.Concat(y), Has.All.Matches<double>(double.IsFinite));
        Assert.Throws<ArgumentOutOfRangeException>(() => ForceLayout.Compute(3, [(0, 3)], 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => ForceLayout.Compute(-1, [], 1));
    }

    [Test]
    public void Cancellation_is_honoured()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.That(() => ForceLayout.Compute(50, RandomTree(50, 2), 1, cancellationToken: cts.Token), Throws.InstanceOf<OperationCanceledException>());
    }
}
