using Stakeholders.Network.Algorithms.Cohesion;
using Stakeholders.Network.Analysis;
using Stakeholders.Network.Graphs;
using Stakeholders.Network.IO;

namespace Stakeholders.Network.Tests;

/// <summary>Issue 13 item 6: the largest component's diameter and mean path length, exact when cheap, a labelled estimate beyond.</summary>
public class ComponentDistanceEstimateTests
{
    private static CsrGraph Grid(int side)
    {
        var builder = new CsrGraphBuilder(Enumerable.Range(0, side * side).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        for (var r = 0; r < side; r++)
        {
            for (var c = 0; c < side; c++)
            {
                var v = (r * side) + c;
                if (c + 1 < side)
                {
                    builder.AddEdge(v, v + 1);
                }

                if (r + 1 < side)
                {
                    builder.AddEdge(v, v + side);
                }
            }
        }

        return builder.Build();
    }

    [Test]
    public void Estimate_is_a_lower_bound_for_the_diameter_and_close_to_the_exact_mean()
    {
        // A 30×30 grid: diameter 2(n−1) = 58; mean Manhattan distance over distinct pairs 2n/3 = 20.
        var graph = Grid(30);
        var all = Enumerable.Range(0, graph.VertexCount).ToArray();
        var (exactDiameter, exactMean, wasExact) = ComponentDistances.Measure(graph, all, exact: true, seed: 42);
        Assert.That(wasExact, Is.True);
        Assert.That(exactDiameter, Is.EqualTo(58));
        Assert.That(exactMean, Is.EqualTo(20.0).Within(1e-9), "2n/3 for n = 30");
        var (diameter, mean, estimated) = ComponentDistances.Measure(graph, all, exact: false, seed: 42, workLimit: 0);
        Assert.That(estimated, Is.False);
        Assert.That(diameter, Is.LessThanOrEqualTo(exactDiameter));
        Assert.That(diameter, Is.EqualTo(58), "a double sweep finds the corner-to-corner distance of a grid");
        Assert.That(mean, Is.EqualTo(exactMean).Within(0.1 * exactMean));
        Assert.That(ComponentDistances.Measure(graph, all, exact: false, seed: 42, workLimit: 0), Is.EqualTo((diameter, mean, false)), "seeded: the same estimate every run");
    }

    [Test]
    public void Exact_option_forces_the_exact_value_and_the_summary_says_which_it_is()
    {
        var network = EdgeListFormat.Read(new StringReader("a b\nb c\nc d\n"));
        var cohesion = NetworkOverview.Describe(network).Cohesion;
        Assert.That((cohesion.PathLengthsExact, cohesion.PathLengthSamples, cohesion.LargestComponentDiameter), Is.EqualTo((true, 0, 3)));
        Assert.That(cohesion.LargestComponentAveragePathLength, Is.EqualTo(20.0 / 12));
        var forced = NetworkOverview.Describe(network, new NetworkOverviewOptions { ExactPaths = true }).Cohesion;
        Assert.That(forced, Is.EqualTo(cohesion));
    }
}
