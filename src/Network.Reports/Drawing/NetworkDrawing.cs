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

    /// <summary>
    /// How many of the highest-ranked vertices are labelled in full, in bold, and always shown at 100 % zoom (default 20).
    /// Every other circle is labelled too, where its label fits without covering another label or circle (see
    /// <see cref="LabelPlacement"/>): at 100 %, or from the zoom at which it fits in the interactive report.
    /// </summary>
    public int LabelCount { get; init; } = 20;

    /// <summary>The most characters of a label, past the top <see cref="LabelCount"/>, before it is shortened with an ellipsis (default 28).</summary>
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
internal sealed record LegendEntry(string Color, string Label, int Count);

/// <summary>The network picture and what the report needs to explain it.</summary>
/// <param name="Svg">The <c>&lt;svg&gt;</c> element, every input string escaped.</param>
/// <param name="Legend">The colour legend, largest first.</param>
/// <param name="Notes">Sentences about what was simplified (aggregation, edges left out); empty when nothing was.</param>
/// <param name="DrawnVertexCount">The circles drawn, aggregates included.</param>
/// <param name="DrawnEdgeCount">The lines drawn.</param>
/// <param name="AggregatedVertexCount">Input vertices folded into aggregate circles.</param>
internal sealed record DrawingResult(
    string Svg,
    IReadOnlyList<LegendEntry> Legend,
    IReadOnlyList<string> Notes,
    int DrawnVertexCount,
    int DrawnEdgeCount,
    int AggregatedVertexCount)
{
    /// <summary>Where things went, for the report's script: circle of each input vertex, lines, labels.</summary>
    internal DrawingGeometry? Geometry { get; init; }
}

/// <summary>The drawing's geometry as the report's script needs it.</summary>
/// <param name="NodeOf">For each input vertex, the circle (plan node) that shows it (an aggregate for folded vertices), or -1.</param>
/// <param name="Lines">The lines drawn, in document order, as circle pairs.</param>
/// <param name="Labels">The label of every circle.</param>
/// <param name="VertexColors">The fill colour of each input vertex.</param>
internal sealed record DrawingGeometry(int[] NodeOf, (int Source, int Target)[] Lines, PlacedLabel[] Labels, string[] VertexColors);

/// <summary>
/// Draws a network as inline SVG: seeded force-directed layout (<see cref="ForceLayout"/>), circles coloured by group or
/// kind and sized by a measure, labels for the highest-ranked vertices, <c>&lt;title&gt;</c> tooltips, thin edges under
/// the circles. Large networks are aggregated before the layout (see <see cref="DrawingOptions.MaxDrawnVertices"/>).
/// </summary>
internal static class NetworkDrawing
{
    private const double LabelFontSize = 11;
    private const double Margin = 24;

    /// <summary>Draws <paramref name="input"/>.</summary>
    /// <exception cref="ArgumentException">An edge names a vertex that does not exist, or the options are invalid.</exception>
    public static DrawingResult Render(NetworkDrawingInput input, DrawingOptions? options = null, CancellationToken cancellationToken = default) =>
        Render(input, options, figure: false, cancellationToken);

    /// <summary>
    /// Draws <paramref name="input"/> as a stand-alone SVG document for slides: an XML declaration, fonts found on
    /// plain machines, the colour legend drawn under the picture, and only the labels that fit at 100 % visible (the
    /// others are kept in the file, hidden).
    /// </summary>
    /// <exception cref="ArgumentException">An edge names a vertex that does not exist, or the options are invalid.</exception>
    public static DrawingResult RenderFigure(NetworkDrawingInput input, DrawingOptions? options = null, CancellationToken cancellationToken = default) =>
        Render(input, options ?? new DrawingOptions { Width = 1600, Height = 1000 }, figure: true, cancellationToken);

    private static DrawingResult Render(NetworkDrawingInput input, DrawingOptions? options, bool figure, CancellationToken cancellationToken)
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
        var svg = WriteSvg(input, options, plan, x, y, figure ? legend : null, out var geometry);
        geometry = geometry with { VertexColors = colors };
        return new DrawingResult(svg, legend, plan.Notes, plan.Nodes.Count, plan.Edges.Count, plan.AggregatedVertexCount) { Geometry = geometry };
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

    private static string WriteSvg(NetworkDrawingInput input, DrawingOptions options, DrawPlan plan, double[] ux, double[] uy, IReadOnlyList<LegendEntry>? figureLegend, out DrawingGeometry geometry)
    {
        double width = options.Width, height = options.Height;
        var figure = figureLegend is not null;
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

        var legendHeight = figure ? FigureLegendHeight(figureLegend!, width) : 0;
        var totalHeight = height + legendHeight;
        var sb = new StringBuilder(4096 + (count * 260) + (plan.Edges.Count * 80));
        if (figure)
        {
            sb.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        }

        sb.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"network\" viewBox=\"0 0 {width} {totalHeight}\" width=\"{width}\" height=\"{totalHeight}\" role=\"img\" aria-labelledby=\"network-title\" font-family=\"{(figure ? FigureFontFamily : HtmlFontFamily)}\">\n");
        sb.Append("<title id=\"network-title\">Network picture: ");
        sb.Append(CultureInfo.InvariantCulture, $"{plan.Nodes.Count} circles, {plan.Edges.Count} lines; circle size shows ");
        Escape.AppendHtml(sb, input.SizeMeasure);
        sb.Append(".</title>\n");
        sb.Append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        if (input.Directed)
        {
            sb.Append("<defs><marker id=\"network-arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"5\" markerHeight=\"5\" orient=\"auto-start-reverse\"><path d=\"M0,0L10,5L0,10z\" fill=\"#777777\"/></marker></defs>\n");
        }

        var maxWeight = plan.Edges.Count == 0 ? 1 : Math.Max(plan.Edges.Max(e => e.Weight), double.Epsilon);
        // Many lines get fainter, so a dense picture stays a texture instead of a grey blot.
        var edgeOpacity = Math.Clamp(0.45 * Math.Sqrt(300.0 / Math.Max(1, plan.Edges.Count)), 0.12, 0.45);
        // Line tooltips for pictures of up to LineTooltipLimit lines; above it they would double the file for little use
        // (the report's panel lists every tie of a stakeholder).
        var lineTitles = plan.Edges.Count <= LineTooltipLimit;
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

            if (!lineTitles)
            {
                sb.Append("/>\n");
                continue;
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
            sb.Append("<circle data-n=\"").Append(i.ToString(CultureInfo.InvariantCulture)).Append("\" cx=\"").Append(F(px[i])).Append("\" cy=\"").Append(F(py[i])).Append("\" r=\"").Append(F(radius[i]))
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
        var labels = WriteLabels(sb, options, plan, px, py, radius, figure);
        if (figure)
        {
            WriteFigureLegend(sb, figureLegend!, input.SizeMeasure, width, height);
        }

        sb.Append("</svg>");
        geometry = new DrawingGeometry(plan.NodeOf, plan.Edges.Select(e => (e.Source, e.Target)).ToArray(), labels, []);
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

    // Every circle gets a label (LabelPlacement decides where and from which zoom it shows). The top LabelCount
    // stakeholders are written in full, in bold, and shown at 100 % whatever they touch; the others are shortened
    // to MaxLabelLength characters (the tooltip, the search and the panel carry the full name).
    private static PlacedLabel[] WriteLabels(StringBuilder sb, DrawingOptions options, DrawPlan plan, double[] px, double[] py, double[] radius, bool figure)
    {
        var count = plan.Nodes.Count;
        var priority = Enumerable.Range(0, count)
            .OrderBy(i => plan.Nodes[i].IsAggregate ? 1 : 0)
            .ThenBy(i => plan.Nodes[i].Rank)
            .ThenBy(i => i)
            .ToArray();
        var texts = new string[count];
        var widths = new double[count];
        for (var i = 0; i < count; i++)
        {
            var node = plan.Nodes[i];
            var full = !node.IsAggregate && node.Rank < options.LabelCount;
            texts[i] = Escape.Clean(full ? node.Label : Escape.Truncate(node.Label, options.MaxLabelLength), singleLine: true);
            widths[i] = EstimateTextWidth(texts[i]) * (full ? 1.08 : 1.0);
        }

        var mustShow = Math.Min(options.LabelCount, plan.Nodes.Count(n => !n.IsAggregate));
        var placed = LabelPlacement.Place(px, py, radius, widths, priority, mustShow, options.Width, options.Height, LabelFontSize, figure ? 1 : 8);
        sb.Append("<g class=\"labels\" font-size=\"11\" fill=\"#1a1a1a\" stroke=\"#ffffff\" stroke-width=\"3\" stroke-linejoin=\"round\" paint-order=\"stroke\" pointer-events=\"none\">\n");
        foreach (var label in placed.OrderBy(l => l.Node))
        {
            var i = label.Node;
            var node = plan.Nodes[i];
            var box = LabelPlacement.Box(px[i], py[i], radius[i], widths[i], LabelFontSize, label.Direction, 1);
            sb.Append("<text data-n=\"").Append(i.ToString(CultureInfo.InvariantCulture)).Append("\" data-d=\"").Append(label.Direction.ToString(CultureInfo.InvariantCulture))
              .Append("\" data-z=\"").Append(label.Level.ToString(CultureInfo.InvariantCulture)).Append("\" x=\"").Append(F(box.AnchorX)).Append("\" y=\"").Append(F(box.BaselineY)).Append('"');
            if (box.Align != 1)
            {
                sb.Append(" text-anchor=\"").Append(box.Align == -1 ? "end" : "middle").Append('"');
            }

            if (figure && label.Level != 1)
            {
                sb.Append(" display=\"none\"");
            }

            if (node.IsAggregate)
            {
                sb.Append(" font-style=\"italic\"");
            }
            else if (node.Rank < options.LabelCount)
            {
                sb.Append(" font-weight=\"600\"");
            }

            sb.Append('>');
            Escape.AppendHtml(sb, texts[i]);
            sb.Append("</text>\n");
        }

        sb.Append("</g>\n");
        return placed;
    }

    /// <summary>The most lines that get a hover tooltip each.</summary>
    internal const int LineTooltipLimit = 600;

    private const string HtmlFontFamily = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans CJK SC', sans-serif";

    // The stand-alone figure names fonts found on plain Linux machines first, so the PNG renderer finds one.
    private const string FigureFontFamily = "'DejaVu Sans', 'Liberation Sans', Arial, 'Noto Sans', sans-serif";

    private const double LegendFontSize = 13;
    private const double LegendRow = 22;

    private static IEnumerable<(LegendEntry? Entry, string Text, double X, int Row)> FigureLegendItems(IReadOnlyList<LegendEntry> legend, string? sizeMeasure, double width)
    {
        var items = legend.Select(e => ((LegendEntry?)e, Escape.Clean($"{Escape.Truncate(e.Label, 90)} ({e.Count.ToString(CultureInfo.InvariantCulture)})", singleLine: true)))
            .Append((null, Escape.Clean($"larger circle = higher {sizeMeasure}", singleLine: true)));
        double x = Margin;
        var row = 0;
        foreach (var (entry, text) in items)
        {
            var w = (entry is null ? 26 : 18) + (EstimateTextWidth(text) * LegendFontSize / LabelFontSize) + 22;
            if (x + w > width - Margin && x > Margin)
            {
                row++;
                x = Margin;
            }

            yield return (entry, text, x, row);
            x += w;
        }
    }

    private static double FigureLegendHeight(IReadOnlyList<LegendEntry> legend, double width) =>
        ((FigureLegendItems(legend, "x", width).Max(i => i.Row) + 1) * LegendRow) + 16;

    private static void WriteFigureLegend(StringBuilder sb, IReadOnlyList<LegendEntry> legend, string sizeMeasure, double width, double top)
    {
        sb.Append("<g class=\"legend\" font-size=\"").Append(F(LegendFontSize)).Append("\" fill=\"#1a1a1a\">\n");
        sb.Append("<line x1=\"").Append(F(Margin)).Append("\" y1=\"").Append(F(top)).Append("\" x2=\"").Append(F(width - Margin)).Append("\" y2=\"").Append(F(top)).Append("\" stroke=\"#d9d9d9\"/>\n");
        foreach (var (entry, text, x, row) in FigureLegendItems(legend, sizeMeasure, width))
        {
            var cy = top + 8 + (row * LegendRow) + (LegendRow / 2);
            if (entry is not null)
            {
                sb.Append("<circle cx=\"").Append(F(x + 6)).Append("\" cy=\"").Append(F(cy)).Append("\" r=\"6\" fill=\"").Append(entry.Color).Append("\"/>");
            }
            else
            {
                sb.Append("<circle cx=\"").Append(F(x + 4)).Append("\" cy=\"").Append(F(cy + 2)).Append("\" r=\"3\" fill=\"none\" stroke=\"#555555\"/><circle cx=\"").Append(F(x + 13)).Append("\" cy=\"").Append(F(cy)).Append("\" r=\"6\" fill=\"none\" stroke=\"#555555\"/>");
            }

            sb.Append("<text x=\"").Append(F(x + (entry is null ? 26 : 18))).Append("\" y=\"").Append(F(cy + 4.5)).Append("\">");
            Escape.AppendHtml(sb, text);
            sb.Append("</text>\n");
        }

        sb.Append("</g>\n");
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
