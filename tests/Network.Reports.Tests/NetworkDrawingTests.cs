using System.Diagnostics;
using System.Xml.Linq;
using Stakeholders.Network.Reports.Drawing;
using Stakeholders.Network.Reports.Model;

namespace Stakeholders.Network.Reports.Tests;

public class NetworkDrawingTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>A planted-partition network: <paramref name="groups"/> groups, dense inside, sparse across.</summary>
    internal static NetworkDrawingInput Synthetic(int n, int groups, int edgesPerVertex, int seed, Func<int, string>? label = null)
    {
        var random = new Random(seed);
        var vertices = new DrawingVertex[n];
        for (var v = 0; v < n; v++)
        {
            vertices[v] = new DrawingVertex($"v{v}", label?.Invoke(v) ?? $"Stakeholder {v}", v % 3 == 0 ? "organization" : "person", v % groups, 0);
        }

        var edges = new List<DrawingEdge>();
        var degree = new double[n];
        for (var v = 0; v < n; v++)
        {
            for (var k = 0; k < edgesPerVertex; k++)
            {
                // Preferential-ish: half the edges go to low-numbered vertices, which become hubs.
                var u = random.NextDouble() < 0.5 ? random.Next(Math.Max(1, n / 20)) : random.Next(n);
                if (random.NextDouble() < 0.8)
                {
                    u = (u / groups * groups) + (v % groups);
                    u = Math.Min(u, n - 1);
                }

                if (u != v)
                {
                    edges.Add(new DrawingEdge(v, u, 1 + random.Next(3), "PARTNERS_WITH"));
                    degree[u]++;
                    degree[v]++;
                }
            }
        }

        return new NetworkDrawingInput(vertices.Select((x, i) => x with { Size = degree[i] }).ToArray(), edges) { SizeMeasure = "degree" };
    }

    private static XElement Parse(DrawingResult result) => XElement.Parse(result.Svg);

    [Test]
    public void Small_network_draws_every_vertex_and_edge_once()
    {
        var model = SampleReports.Model();
        var result = NetworkDrawing.Render(model.Drawing!);
        var svg = Parse(result);
        Assert.That(svg.Descendants(Svg + "circle").Count(), Is.EqualTo(model.Drawing!.Vertices.Count));
        var distinctPairs = model.Drawing.Edges.Select(e => (Math.Min(e.Source, e.Target), Math.Max(e.Source, e.Target))).Distinct().Count();
        Assert.That(svg.Descendants(Svg + "line").Count(), Is.EqualTo(distinctPairs));
        Assert.That(result.Notes, Is.Empty);
        Assert.That(result.AggregatedVertexCount, Is.Zero);

        // Lines come before circles (drawn under them); every circle has a tooltip.
        var groups = svg.Elements(Svg + "g").Select(g => (string?)g.Attribute("class")).ToArray();
        Assert.That(groups, Is.EqualTo(new[] { "edges", "nodes", "labels" }));
        Assert.That(svg.Descendants(Svg + "circle").All(c => c.Element(Svg + "title") is not null));
    }

    [Test]
    public void Hostile_labels_stay_text_in_the_svg()
    {
        var result = NetworkDrawing.Render(SampleReports.Model().Drawing!, new DrawingOptions { LabelCount = 100 });
        var svg = Parse(result);
        var names = svg.DescendantsAndSelf().Select(e => e.Name.LocalName).Distinct().Order().ToArray();
        Assert.That(names, Is.EqualTo(new[] { "circle", "g", "line", "rect", "svg", "text", "title" }));
        Assert.That(svg.Descendants().SelectMany(e => e.Attributes()).Select(a => a.Name.LocalName), Has.None.StartsWith("on"));
        var titles = string.Join("\n", svg.Descendants(Svg + "title").Select(t => t.Value));
        Assert.That(titles, Does.Contain(SampleReports.ScriptName));
        Assert.That(titles, Does.Contain(SampleReports.ImgName));
        Assert.That(titles, Does.Contain("Bell\uFFFDCorp\uFFFD\uFFFD[31m"));
    }

    [Test]
    public void Same_input_gives_the_same_svg()
    {
        var input = Synthetic(120, 5, 3, seed: 9);
        var first = NetworkDrawing.Render(input).Svg;
        var second = NetworkDrawing.Render(input).Svg;
        Assert.That(second, Is.EqualTo(first));
        Assert.That(NetworkDrawing.Render(input with { LayoutSeed = 7 }).Svg, Is.Not.EqualTo(first));
    }

    [Test]
    public void Every_circle_is_labelled_and_labels_shown_together_overlap_neither_labels_nor_circles()
    {
        var input = Synthetic(200, 6, 3, seed: 4, label: v => v % 7 == 0 ? $"A rather long organisation name number {v}" : $"Stakeholder {v}");
        var options = new DrawingOptions { LabelCount = 10 };
        var svg = Parse(NetworkDrawing.Render(input, options));
        var texts = svg.Descendants(Svg + "text").ToArray();
        Assert.That(texts, Has.Length.EqualTo(200), "one label per circle");
        var circles = svg.Descendants(Svg + "circle").ToDictionary(c => (int)c.Attribute("data-n")!, c => (X: (double)c.Attribute("cx")!, Y: (double)c.Attribute("cy")!, R: (double)c.Attribute("r")!));

        // The ten highest-ranked are shown at 100 % and written in full, however long.
        var top = input.Vertices.Select((v, i) => (v, i)).OrderByDescending(x => x.v.Size).ThenBy(x => x.i).Take(10).Select(x => x.i).ToArray();
        foreach (var i in top)
        {
            var label = texts.Single(t => (int)t.Attribute("data-n")! == i);
            Assert.That(label.Value, Is.EqualTo(input.Vertices[i].Label));
            Assert.That((int)label.Attribute("data-z")!, Is.EqualTo(1));
        }

        // At each zoom, the labels shown there (level 1..zoom) overlap no other such label and no circle, except a forced
        // top label. Coordinates in the SVG are rounded to 0.1, hence the small tolerance.
        const double tolerance = 0.3;
        foreach (var zoom in LabelPlacement.Levels)
        {
            var shown = texts.Where(t => (int)t.Attribute("data-z")! is var z && z >= 1 && z <= zoom).Select(t =>
            {
                var n = (int)t.Attribute("data-n")!;
                var c = circles[n];
                var w = NetworkDrawing.EstimateTextWidth(t.Value) * (t.Attribute("font-weight") is null ? 1.0 : 1.08);
                return (Node: n, Box: LabelPlacement.Box(c.X, c.Y, c.R, w, 11, (int)t.Attribute("data-d")!, zoom));
            }).ToArray();
            for (var i = 0; i < shown.Length; i++)
            {
                var a = shown[i].Box;
                for (var j = i + 1; j < shown.Length; j++)
                {
                    var b = shown[j].Box;
                    var overlap = a.X0 < b.X1 - tolerance && b.X0 < a.X1 - tolerance && a.Y0 < b.Y1 - tolerance && b.Y0 < a.Y1 - tolerance;
                    Assert.That(overlap, Is.False, $"labels of {shown[i].Node} and {shown[j].Node} overlap at zoom {zoom}");
                }

                if (!top.Contains(shown[i].Node))
                {
                    var covered = circles.Where(c => c.Key != shown[i].Node)
                        .Any(c => LabelPlacement.CircleHitsBox(c.Value.X, c.Value.Y, c.Value.R - tolerance, a.X0 + tolerance, a.Y0 + tolerance, a.X1 - tolerance, a.Y1 - tolerance));
                    Assert.That(covered, Is.False, $"label of {shown[i].Node} covers a circle at zoom {zoom}");
                }
            }
        }

        Assert.That(texts.Count(t => (int)t.Attribute("data-z")! == 1), Is.GreaterThan(40), "most labels fit at 100 %");
    }

    [Test]
    public void Large_network_is_aggregated_to_the_top_of_the_ranking_plus_one_circle_per_group()
    {
        var input = Synthetic(2000, 8, 3, seed: 2);
        var options = new DrawingOptions();
        var result = NetworkDrawing.Render(input, options);
        var svg = Parse(result);
        var circles = svg.Descendants(Svg + "circle").ToArray();
        Assert.That(circles, Has.Length.EqualTo(result.DrawnVertexCount).And.Length.LessThanOrEqualTo(options.MaxDrawnVertices));
        var aggregates = circles.Where(c => c.Attribute("stroke-dasharray") is not null).ToArray();
        Assert.That(aggregates, Has.Length.EqualTo(8), "one dashed circle per group");
        Assert.That(result.AggregatedVertexCount, Is.EqualTo(2000 - (options.MaxDrawnVertices - options.MaxAggregateGroups)));
        Assert.That(result.Notes.Single(), Does.Contain("2000 stakeholders").And.Contain("folded into 8 dashed circles"));

        // The aggregates' member counts add up to the vertices not drawn one by one.
        var folded = aggregates.Sum(c => int.Parse(c.Element(Svg + "title")!.Value.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture));
        Assert.That(folded, Is.EqualTo(result.AggregatedVertexCount));
    }

    [Test]
    public void Many_groups_share_one_other_circle_and_edges_are_capped()
    {
        var input = Synthetic(1500, 40, 4, seed: 3);
        var options = new DrawingOptions { MaxDrawnVertices = 100, MaxAggregateGroups = 5, MaxDrawnEdges = 150 };
        var result = NetworkDrawing.Render(input, options);
        var svg = Parse(result);
        Assert.That(svg.Descendants(Svg + "circle").Count(), Is.EqualTo(100));
        Assert.That(svg.Descendants(Svg + "circle").Count(c => c.Attribute("stroke-dasharray") is not null), Is.EqualTo(5));
        Assert.That(svg.Descendants(Svg + "title").Select(t => t.Value), Has.Some.StartsWith("Other groups").Or.Some.Contains("smaller groups"));
        Assert.That(svg.Descendants(Svg + "line").Count(), Is.EqualTo(150));
        Assert.That(result.Notes, Has.Some.Contains("Only the 150 heaviest"));
    }

    [Test]
    public void Colours_follow_group_size_and_the_legend_counts_everyone()
    {
        var input = Synthetic(90, 12, 2, seed: 5);
        var result = NetworkDrawing.Render(input);
        Assert.That(result.Legend.Sum(l => l.Count), Is.EqualTo(90));
        Assert.That(result.Legend.Take(9).Select(l => l.Color), Is.EqualTo(Palette.Qualitative));
        Assert.That(result.Legend.Last().Color, Is.EqualTo(Palette.Other));

        var byKind = NetworkDrawing.Render(input with { ColorBy = DrawingColorBy.Kind });
        Assert.That(byKind.Legend.Select(l => l.Label), Is.EqualTo(new[] { "person", "organization" }));
        Assert.That(byKind.Legend.Select(l => l.Count), Is.EqualTo(new[] { 60, 30 }));
    }

    [Test]
    public void Directed_networks_get_arrow_heads_and_edge_errors_are_clear()
    {
        var input = Synthetic(30, 3, 2, seed: 6) with { Directed = true };
        var svg = Parse(NetworkDrawing.Render(input));
        Assert.That(svg.Descendants(Svg + "marker").Count(), Is.EqualTo(1));
        Assert.That(svg.Descendants(Svg + "line").All(l => (string?)l.Attribute("marker-end") == "url(#network-arrow)"));

        var bad = input with { Edges = [new DrawingEdge(0, 30)] };
        Assert.That(() => NetworkDrawing.Render(bad), Throws.ArgumentException.With.Message.Contains("(0, 30)"));
        Assert.That(() => NetworkDrawing.Render(input, new DrawingOptions { MaxDrawnVertices = 5 }), Throws.ArgumentException.With.Message.Contains("MaxDrawnVertices"));
    }

    [Test]
    public void Empty_and_single_vertex_networks_draw()
    {
        Assert.That(Parse(NetworkDrawing.Render(new NetworkDrawingInput([], []))).Descendants(Svg + "circle"), Is.Empty);
        var one = NetworkDrawing.Render(new NetworkDrawingInput([new DrawingVertex("a", "A", "person", -1, double.NaN)], []));
        Assert.That(Parse(one).Descendants(Svg + "circle").Count(), Is.EqualTo(1));
        Assert.That(one.Legend.Single().Label, Is.EqualTo("No group"));
    }

    [Test]
    [Explicit("Timing run; prints numbers for docs/reports.md, asserts nothing about speed.")]
    public void Time_layout_and_aggregation()
    {
        foreach (var (n, perVertex) in new[] { (40, 2), (300, 3), (2000, 3), (20000, 5) })
        {
            var input = Synthetic(n, 8, perVertex, seed: 1);
            var sw = Stopwatch.StartNew();
            var result = NetworkDrawing.Render(input);
            TestContext.Out.WriteLine($"n={n} m={input.Edges.Count}: drawing {sw.ElapsedMilliseconds} ms, {result.DrawnVertexCount} circles, {result.DrawnEdgeCount} lines, svg {result.Svg.Length / 1024} KiB");
        }

        var raw = ForceLayoutTests.RandomTree(2000, 1);
        var watch = Stopwatch.StartNew();
        ForceLayout.Compute(2000, raw, 1);
        TestContext.Out.WriteLine($"GraphShape FR on all 2000 vertices ({raw.Length} edges), no aggregation: {watch.ElapsedMilliseconds} ms");
    }
}
