using System.Globalization;
using System.Text;
using Stakeholders.Network.Reports.Model;
using Stakeholders.Network.Reports.Text;

namespace Stakeholders.Network.Reports.Drawing;

/// <summary>Options of the network picture.</summary>
public sealed record DrawingOptions
{
    /// <summary>The picture width in SVG user units (pixels at 100 % zoom). Default 960.</summary>
    public int Width { get; init; } = 960;

    /// <summary>The picture height. Default 640.</summary>
    public int Height { get; init; } = 640;

    /// <summary>
    /// The most circles drawn (default 300). Above it the highest-ranked vertices by size are drawn one by one and the
    /// rest are aggregated: one circle per group for the largest groups, one more for all other groups.
    /// </summary>
    public int MaxDrawnVertices { get; init; } = 300;

    /// <summary>The most aggregate circles (default 12) when aggregating; part of <see cref="MaxDrawnVertices"/>.</summary>
    public int MaxAggregateGroups { get; init; } = 12;

    /// <summary>The most edges drawn (default 4000): the heaviest are kept, the count left out is noted.</summary>
    public int MaxDrawnEdges { get; init; } = 4000;

    /// <summary>How many of the highest-ranked vertices get a visible label (default 20); all have a tooltip.</summary>
    public int LabelCount { get; init; } = 20;

    /// <summary>The most characters of a label before it is shortened with an ellipsis (default 28).</summary>
    public int MaxLabelLength { get; init; } = 28;

    /// <summary>Fruchterman–Reingold iterations (default 200).</summary>
    public int LayoutIterations { get; init; } = 200;

    /// <summary>Checks the options.</summary>
    /// <exception cref="ArgumentException">A value is out of range.</exception>
    public void Validate()
    {
        if (Width < 100 || Height < 100)
        {
            throw new InvalidOptionException("Width", $"The drawing must be at least 100×100 (got {Width}×{Height}).");
        }

        if (MaxDrawnVertices < 10)
        {
            throw new InvalidOptionException("MaxDrawnVertices", $"MaxDrawnVertices must be at least 10 (got {MaxDrawnVertices}).");
        }

        if (MaxAggregateGroups < 1 || MaxAggregateGroups >= MaxDrawnVertices)
        {
            throw new InvalidOptionException("MaxAggregateGroups", $"MaxAggregateGroups must be between 1 and MaxDrawnVertices - 1 (got {MaxAggregateGroups}).");
        }

        if (MaxDrawnEdges < 0 || LabelCount < 0 || LayoutIterations < 0)
        {
            throw new InvalidOptionException("MaxDrawnEdges", "MaxDrawnEdges, LabelCount and LayoutIterations must not be negative.");
        }

        if (MaxLabelLength < 4)
        {
            throw new InvalidOptionException("MaxLabelLength", $"MaxLabelLength must be at least 4 (got {MaxLabelLength}).");
        }
    }
}

/// <summary>One line of the picture's legend.</summary>
/// <param name="Color">The fill colour, <c>#RRGGBB</c>.</param>
/// <param name="Label">What it stands for (a group or kind name).</param>
/// <param name="Count">How many stakeholders of the input have it.</param>
public sealed record LegendEntry(string Color, string Label, int Count);

/// <summary>The network picture and what the report needs to explain it.</summary>
/// <param name="Svg">The <c>&lt;svg&gt;</c> element, every input string escaped.</param>
/// <param name="Legend">The colour legend, largest first.</param>
/// <param name="Notes">Sentences about what was simplified (aggregation, edges left out); empty when nothing was.</param>
/// <param name="DrawnVertexCount">The circles drawn, aggregates included.</param>
/// <param name="DrawnEdgeCount">The lines drawn.</param>
/// <param name="AggregatedVertexCount">Input vertices folded into aggregate circles.</param>
public sealed record DrawingResult(
    string Svg,
    IReadOnlyList<LegendEntry> Legend,
    IReadOnlyList<string> Notes,
    int DrawnVertexCount,
    int DrawnEdgeCount,
    int AggregatedVertexCount);

/// <summary>
/// Draws a network as inline SVG: seeded force-directed layout (<see cref="ForceLayout"/>), circles coloured by group or
/// kind and sized by a measure, labels for the highest-ranked vertices, <c>&lt;title&gt;</c> tooltips, thin edges under
/// the circles. Large networks are aggregated before the layout (see <see cref="DrawingOptions.MaxDrawnVertices"/>).
/// </summary>
public static class NetworkDrawing
{
    private const double LabelFontSize = 11;
    private const double Margin = 24;

    /// <summary>Draws <paramref name="input"/>.</summary>
    /// <exception cref="ArgumentException">An edge names a vertex that does not exist, or the options are invalid.</exception>
    public static DrawingResult Render(NetworkDrawingInput input, DrawingOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        options ??= new DrawingOptions();
        options.Validate();
        var n = input.Vertices.Count;
        foreach (var e in input.Edges)
        {
            if ((uint)e.Source >= (uint)n || (uint)e.Target >= (uint)n)
            {
                throw new ArgumentException($"A drawing edge names vertex ({e.Source}, {e.Target}) but there are {n} vertices.", nameof(input));
            }
        }

        var colors = AssignColors(input, out var legend);
        var plan = DrawPlan.Create(input, options, colors);
        var (x, y) = ForceLayout.Compute(plan.Nodes.Count, plan.LayoutEdges.Select(e => (e.Source, e.Target)).ToArray(), input.LayoutSeed, options.LayoutIterations, cancellationToken);
        var svg = WriteSvg(input, options, plan, x, y);
        return new DrawingResult(svg, legend, plan.Notes, plan.Nodes.Count, plan.Edges.Count, plan.AggregatedVertexCount);
    }

    // The colour key of every input vertex, and the legend. Keys are ranked by how many vertices carry them (ties by key
    // order), so the largest groups get the first palette colours whatever their numbers are.
    private static string[] AssignColors(NetworkDrawingInput input, out IReadOnlyList<LegendEntry> legend)
    {
        var keys = input.Vertices.Select(v => ColorKey(input, v)).ToArray();
        var counts = keys.GroupBy(k => k, StringComparer.Ordinal)
            .Select(g => (Key: g.Key, Count: g.Count()))
            .OrderByDescending(g => g.Key == NoGroupKey ? -1 : g.Count)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToArray();
        var colorByKey = new Dictionary<string, string>(StringComparer.Ordinal);
        var entries = new List<LegendEntry>();
        var rank = 0;
        var otherCount = 0;
        foreach (var (key, count) in counts)
        {
            if (key == NoGroupKey || rank >= Palette.Qualitative.Count)
            {
                colorByKey[key] = Palette.Other;
                otherCount += count;
                continue;
            }

            var color = Palette.ForRank(rank++);
            colorByKey[key] = color;
            entries.Add(new LegendEntry(color, KeyLabel(input, key), count));
        }

        if (otherCount > 0)
        {
            entries.Add(new LegendEntry(Palette.Other, rank >= Palette.Qualitative.Count ? "Other groups / no group" : "No group", otherCount));
        }

        legend = entries;
        return keys.Select(k => colorByKey[k]).ToArray();
    }

    private const string NoGroupKey = "\u0001none";

    internal static string ColorKey(NetworkDrawingInput input, DrawingVertex v) =>
        input.ColorBy == DrawingColorBy.Kind
            ? (string.IsNullOrEmpty(v.Kind) ? NoGroupKey : v.Kind)
            : (v.Group < 0 ? NoGroupKey : v.Group.ToString("D9", CultureInfo.InvariantCulture));

    internal static string KeyLabel(NetworkDrawingInput input, string key)
    {
        if (key == NoGroupKey)
        {
            return "No group";
        }

        if (input.ColorBy == DrawingColorBy.Kind)
        {
            return key;
        }

        var group = int.Parse(key, CultureInfo.InvariantCulture);
        return group < input.GroupNames.Count && !string.IsNullOrWhiteSpace(input.GroupNames[group])
            ? input.GroupNames[group]
            : $"Group {group + 1}";
    }

    private static string WriteSvg(NetworkDrawingInput input, DrawingOptions options, DrawPlan plan, double[] ux, double[] uy)
    {
        double width = options.Width, height = options.Height;
        var count = plan.Nodes.Count;
        var radius = NodeRadii(plan);
        var maxRadius = count == 0 ? 0 : radius.Max();
        var pad = Margin + maxRadius;
        FitToBox(ux, uy, width - (2 * pad), height - (2 * pad));
        var px = new double[count];
        var py = new double[count];
        for (var i = 0; i < count; i++)
        {
            px[i] = pad + ux[i];
            py[i] = pad + uy[i];
        }

        var sb = new StringBuilder(4096 + (count * 200) + (plan.Edges.Count * 80));
        sb.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"network\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" role=\"img\" aria-labelledby=\"network-title\" font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans CJK SC', sans-serif\">\n");
        sb.Append("<title id=\"network-title\">Network picture: ");
        sb.Append(CultureInfo.InvariantCulture, $"{plan.Nodes.Count} circles, {plan.Edges.Count} lines; circle size shows ");
        Escape.AppendHtml(sb, input.SizeMeasure);
        sb.Append(". Hover over a circle for details.</title>\n");
        sb.Append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        if (input.Directed)
        {
            sb.Append("<defs><marker id=\"network-arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"5\" markerHeight=\"5\" orient=\"auto-start-reverse\"><path d=\"M0,0L10,5L0,10z\" fill=\"#777777\"/></marker></defs>\n");
        }

        var maxWeight = plan.Edges.Count == 0 ? 1 : Math.Max(plan.Edges.Max(e => e.Weight), double.Epsilon);
        // Many lines get fainter, so a dense picture stays a texture instead of a grey blot.
        var edgeOpacity = Math.Clamp(0.45 * Math.Sqrt(300.0 / Math.Max(1, plan.Edges.Count)), 0.12, 0.45);
        sb.Append("<g class=\"edges\" stroke=\"#7a7a7a\" stroke-opacity=\"").Append(F2(edgeOpacity)).Append("\" stroke-linecap=\"round\">\n");
        foreach (var e in plan.Edges)
        {
            double x1 = px[e.Source], y1 = py[e.Source], x2 = px[e.Target], y2 = py[e.Target];
            if (input.Directed)
            {
                var dx = x2 - x1;
                var dy = y2 - y1;
                var len = Math.Sqrt((dx * dx) + (dy * dy));
                if (len > radius[e.Target] + 1)
                {
                    x2 -= dx / len * (radius[e.Target] + 1);
                    y2 -= dy / len * (radius[e.Target] + 1);
                }
            }

            var strokeWidth = 0.5 + (2.0 * Math.Sqrt(Math.Max(0, e.Weight) / maxWeight));
            sb.Append("<line x1=\"").Append(F(x1)).Append("\" y1=\"").Append(F(y1)).Append("\" x2=\"").Append(F(x2)).Append("\" y2=\"").Append(F(y2))
              .Append("\" stroke-width=\"").Append(F(strokeWidth)).Append('"');
            if (input.Directed)
            {
                sb.Append(" marker-end=\"url(#network-arrow)\"");
            }

            sb.Append("><title>");
            Escape.AppendHtml(sb, plan.Nodes[e.Source].Label);
            sb.Append(input.Directed ? " → " : " — ");
            Escape.AppendHtml(sb, plan.Nodes[e.Target].Label);
            if (!string.IsNullOrEmpty(e.Type))
            {
                sb.Append(" (");
                Escape.AppendHtml(sb, e.Type);
                sb.Append(')');
            }

            sb.Append("; weight ").Append(Escape.Number(e.Weight)).Append("</title></line>\n");
        }

        sb.Append("</g>\n<g class=\"nodes\" stroke=\"#ffffff\" stroke-width=\"1\">\n");

        // Smaller circles on top, so a large aggregate never hides a small vertex.
        var drawOrder = Enumerable.Range(0, count).OrderByDescending(i => radius[i]).ThenBy(i => i).ToArray();
        foreach (var i in drawOrder)
        {
            var node = plan.Nodes[i];
            sb.Append("<circle cx=\"").Append(F(px[i])).Append("\" cy=\"").Append(F(py[i])).Append("\" r=\"").Append(F(radius[i]))
              .Append("\" fill=\"").Append(node.Color).Append('"');
            if (node.IsAggregate)
            {
                sb.Append(" fill-opacity=\"0.35\" stroke=\"").Append(node.Color).Append("\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"");
            }

            sb.Append("><title>");
            Escape.AppendHtml(sb, node.Tooltip);
            sb.Append("</title></circle>\n");
        }

        sb.Append("</g>\n");
        WriteLabels(sb, options, plan, px, py, radius);
        sb.Append("</svg>");
        return sb.ToString();
    }

    // Turns the layout so its longest extent runs along the picture's longer side (principal axis), then scales each axis
    // to fill the box, stretching one axis by at most 1.5 times the other so shapes stay recognisable.
    internal static void FitToBox(double[] x, double[] y, double boxWidth, double boxHeight)
    {
        var n = x.Length;
        if (n == 0)
        {
            return;
        }

        double mx = x.Average(), my = y.Average(), sxx = 0, syy = 0, sxy = 0;
        for (var i = 0; i < n; i++)
        {
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
            sxy += (x[i] - mx) * (y[i] - my);
        }

        var angle = 0.5 * Math.Atan2(2 * sxy, sxx - syy);
        if (boxHeight > boxWidth)
        {
            angle += Math.PI / 2;
        }

        double cos = Math.Cos(-angle), sin = Math.Sin(-angle);
        for (var i = 0; i < n; i++)
        {
            double dx = x[i] - mx, dy = y[i] - my;
            x[i] = (dx * cos) - (dy * sin);
            y[i] = (dx * sin) + (dy * cos);
        }

        double minX = x.Min(), maxX = x.Max(), minY = y.Min(), maxY = y.Max();
        var spanX = maxX - minX;
        var spanY = maxY - minY;
        var scaleX = spanX > 1e-12 ? boxWidth / spanX : double.PositiveInfinity;
        var scaleY = spanY > 1e-12 ? boxHeight / spanY : double.PositiveInfinity;
        if (double.IsPositiveInfinity(scaleX) && double.IsPositiveInfinity(scaleY))
        {
            scaleX = scaleY = 1;
        }

        scaleX = Math.Min(scaleX, 1.5 * scaleY);
        scaleY = Math.Min(scaleY, 1.5 * scaleX);
        var offsetX = (boxWidth - (spanX * scaleX)) / 2;
        var offsetY = (boxHeight - (spanY * scaleY)) / 2;
        for (var i = 0; i < n; i++)
        {
            x[i] = offsetX + ((x[i] - minX) * scaleX);
            y[i] = offsetY + ((y[i] - minY) * scaleY);
        }
    }

    private static double[] NodeRadii(DrawPlan plan)
    {
        var sizes = plan.Nodes.Where(n => !n.IsAggregate).Select(n => n.Size).Where(double.IsFinite).ToArray();
        var min = sizes.Length == 0 ? 0 : sizes.Min();
        var max = sizes.Length == 0 ? 1 : sizes.Max();
        var maxMembers = plan.Nodes.Where(n => n.IsAggregate).Select(n => n.MemberCount).DefaultIfEmpty(1).Max();
        var radius = new double[plan.Nodes.Count];
        for (var i = 0; i < radius.Length; i++)
        {
            var node = plan.Nodes[i];
            if (node.IsAggregate)
            {
                radius[i] = 10 + (16 * Math.Sqrt(node.MemberCount / (double)maxMembers));
                continue;
            }

            // Area proportional to the measure: radius grows with the square root.
            var t = max > min && double.IsFinite(node.Size) ? (node.Size - min) / (max - min) : 0.5;
            radius[i] = 3.5 + (10.5 * Math.Sqrt(t));
        }

        return radius;
    }

    // Greedy label placement, most important first: four candidate spots around the circle, the first that overlaps no
    // placed label, stays inside the picture and covers the fewest other circles wins; a label with no free spot is
    // dropped (its tooltip remains).
    private static void WriteLabels(StringBuilder sb, DrawingOptions options, DrawPlan plan, double[] px, double[] py, double[] radius)
    {
        var candidates = Enumerable.Range(0, plan.Nodes.Count)
            .Where(i => !plan.Nodes[i].IsAggregate)
            .OrderBy(i => plan.Nodes[i].Rank)
            .Take(options.LabelCount)
            .Concat(Enumerable.Range(0, plan.Nodes.Count).Where(i => plan.Nodes[i].IsAggregate))
            .ToArray();
        var placed = new List<(double X0, double Y0, double X1, double Y1)>();
        sb.Append("<g class=\"labels\" font-size=\"11\" fill=\"#1a1a1a\" stroke=\"#ffffff\" stroke-width=\"3\" stroke-linejoin=\"round\" paint-order=\"stroke\" pointer-events=\"none\">\n");
        foreach (var i in candidates)
        {
            var node = plan.Nodes[i];
            var text = Escape.Clean(Escape.Truncate(node.Label, options.MaxLabelLength), singleLine: true);
            var w = EstimateTextWidth(text);
            var h = LabelFontSize + 2;
            var r = radius[i];
            (double X, double Y, string Anchor, double BoxX)[] spots =
            [
                (px[i] + r + 3, py[i] + 4, "start", px[i] + r + 3),
                (px[i] - r - 3, py[i] + 4, "end", px[i] - r - 3 - w),
                (px[i], py[i] - r - 4, "middle", px[i] - (w / 2)),
                (px[i], py[i] + r + LabelFontSize + 2, "middle", px[i] - (w / 2)),
            ];
            var best = -1;
            var bestCover = int.MaxValue;
            for (var s = 0; s < spots.Length; s++)
            {
                var box = (X0: spots[s].BoxX, Y0: spots[s].Y - LabelFontSize, X1: spots[s].BoxX + w, Y1: spots[s].Y - LabelFontSize + h);
                if (box.X0 < 2 || box.X1 > options.Width - 2 || box.Y0 < 2 || box.Y1 > options.Height - 2)
                {
                    continue;
                }

                if (placed.Any(p => p.X0 < box.X1 && box.X0 < p.X1 && p.Y0 < box.Y1 && box.Y0 < p.Y1))
                {
                    continue;
                }

                var cover = 0;
                for (var j = 0; j < px.Length; j++)
                {
                    if (j != i && CircleHitsBox(px[j], py[j], radius[j], box))
                    {
                        cover++;
                    }
                }

                if (cover < bestCover)
                {
                    best = s;
                    bestCover = cover;
                    if (cover == 0)
                    {
                        break;
                    }
                }
            }

            // The five most important labels are always shown; the others only where they hide at most one circle.
            if (best < 0 || (bestCover > 1 && !node.IsAggregate && node.Rank >= 5))
            {
                continue;
            }

            var spot = spots[best];
            placed.Add((spot.BoxX, spot.Y - LabelFontSize, spot.BoxX + w, spot.Y - LabelFontSize + h));
            sb.Append("<text x=\"").Append(F(spot.X)).Append("\" y=\"").Append(F(spot.Y)).Append('"');
            if (spot.Anchor != "start")
            {
                sb.Append(" text-anchor=\"").Append(spot.Anchor).Append('"');
            }

            if (node.IsAggregate)
            {
                sb.Append(" font-style=\"italic\"");
            }
            else if (node.Rank < 5)
            {
                sb.Append(" font-weight=\"600\"");
            }

            sb.Append('>');
            Escape.AppendHtml(sb, text);
            sb.Append("</text>\n");
        }

        sb.Append("</g>\n");
    }

    private static bool CircleHitsBox(double cx, double cy, double r, (double X0, double Y0, double X1, double Y1) box)
    {
        var nx = Math.Clamp(cx, box.X0, box.X1);
        var ny = Math.Clamp(cy, box.Y0, box.Y1);
        return ((cx - nx) * (cx - nx)) + ((cy - ny) * (cy - ny)) < r * r;
    }

    // A conservative width estimate for an 11 px sans-serif font: wide (CJK, fullwidth) characters take a full em.
    internal static double EstimateTextWidth(string text)
    {
        double w = 0;
        foreach (var c in text)
        {
            w += c >= '\u2E80' && !char.IsLowSurrogate(c) ? LabelFontSize : char.IsLowSurrogate(c) ? 0 : char.IsUpper(c) ? 7.4 : 6.3;
        }

        return w;
    }

    private static string F(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    private static string F2(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);
}
