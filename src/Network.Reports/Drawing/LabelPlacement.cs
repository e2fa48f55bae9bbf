namespace Stakeholders.Network.Reports.Drawing;

/// <summary>Where one label went: the circle it names, the side of the circle, and the zoom from which it shows.</summary>
/// <param name="Node">The circle (plan node) it names.</param>
/// <param name="Direction">The candidate spot, an index into <see cref="LabelPlacement.Directions"/>.</param>
/// <param name="Level">The zoom factor (1, 2, 4 or 8) from which the label fits; 0 when it fits at no zoom (shown on hover, search and selection only).</param>
/// <param name="Forced">True for a top label placed at 100 % even though every spot touched something (the least-covering spot was taken).</param>
internal readonly record struct PlacedLabel(int Node, int Direction, int Level, bool Forced);

/// <summary>
/// Places every circle's label after the layout so that labels overlap neither one another nor other circles. Greedy,
/// most important circle first: eight candidate spots around the circle (right, upper right, lower right, left, upper
/// left, lower left, above, below — the cartographic order of preference), the first spot that stays inside the
/// picture and hits no placed label and no circle wins. Labels that find no spot at 100 % zoom are tried again at
/// 200 %, 400 % and 800 % (the text keeps its screen size while the picture grows, so space opens up between the
/// circles); the report's script shows each label from the zoom it fits at. Collisions are found with a uniform grid,
/// so placing n labels costs about O(n · k) for k labels per cell.
/// </summary>
/// <remarks>
/// The geometry (<c>Box</c>) is shared with the report's script, which moves labels the same way when zooming;
/// change both together (Drawing/explore.js, <c>labelBox</c>).
/// </remarks>
internal static class LabelPlacement
{
    /// <summary>The zoom levels tried, in order.</summary>
    public static readonly int[] Levels = [1, 2, 4, 8];

    /// <summary>The candidate spots as unit offsets from the centre: E, NE, SE, W, NW, SW, N, S.</summary>
    public static readonly (double Ux, double Uy)[] Directions =
    [
        (1, 0), (0.7071, -0.7071), (0.7071, 0.7071), (-1, 0), (-0.7071, -0.7071), (-0.7071, 0.7071), (0, -1), (0, 1),
    ];

    /// <summary>The gap between a circle and its label, in screen pixels.</summary>
    public const double Gap = 3;

    /// <summary>The label box height as a multiple of the font size.</summary>
    public const double LineHeight = 1.2;

    /// <summary>The baseline below the box top as a multiple of the font size.</summary>
    public const double Ascent = 0.9;

    /// <summary>
    /// The label's box (user units) and baseline anchor at zoom <paramref name="zoom"/>: the text keeps
    /// <paramref name="fontSize"/> screen pixels, so in user units it shrinks by the zoom while the circle does not.
    /// </summary>
    public static (double X0, double Y0, double X1, double Y1, double AnchorX, double BaselineY, int Align) Box(
        double cx, double cy, double r, double width, double fontSize, int direction, double zoom) =>
        Box(cx, cy, r, width, fontSize, direction, zoom, Gap / zoom);

    /// <summary>
    /// The area a label covers at every zoom from <paramref name="zoom"/> up: its box there joined with the box of the
    /// same size touching the circle (the gap shrinks as the zoom grows). Collisions are tested on this hull, so a label
    /// that fits at its zoom still fits at every higher zoom.
    /// </summary>
    public static (double X0, double Y0, double X1, double Y1) Hull(double cx, double cy, double r, double width, double fontSize, int direction, double zoom)
    {
        var a = Box(cx, cy, r, width, fontSize, direction, zoom);
        var b = Box(cx, cy, r, width, fontSize, direction, zoom, 0);
        return (Math.Min(a.X0, b.X0), Math.Min(a.Y0, b.Y0), Math.Max(a.X1, b.X1), Math.Max(a.Y1, b.Y1));
    }

    private static (double X0, double Y0, double X1, double Y1, double AnchorX, double BaselineY, int Align) Box(
        double cx, double cy, double r, double width, double fontSize, int direction, double zoom, double g)
    {
        var (ux, uy) = Directions[direction];
        var w = width / zoom;
        var h = LineHeight * fontSize / zoom;
        var ax = cx + (ux * (r + g));
        var ay = cy + (uy * (r + g));
        var align = ux > 0.1 ? 1 : ux < -0.1 ? -1 : 0; // 1 start, -1 end, 0 middle
        var x0 = align == 1 ? ax : align == -1 ? ax - w : ax - (w / 2);
        var y0 = uy > 0.1 ? ay : uy < -0.1 ? ay - h : ay - (h / 2);
        return (x0, y0, x0 + w, y0 + h, ax, y0 + (Ascent * fontSize / zoom), align);
    }

    /// <summary>Places the labels.</summary>
    /// <param name="x">Circle centres.</param>
    /// <param name="y">Circle centres.</param>
    /// <param name="r">Circle radii.</param>
    /// <param name="widths">Each label's estimated width in screen pixels at <paramref name="fontSize"/>.</param>
    /// <param name="priority">The circles to label, most important first.</param>
    /// <param name="mustShow">How many of the first of <paramref name="priority"/> are shown at 100 % whatever they touch.</param>
    /// <param name="width">The picture width (labels stay inside it).</param>
    /// <param name="height">The picture height.</param>
    /// <param name="fontSize">The font size in pixels.</param>
    /// <param name="maxLevel">The highest zoom tried (1 places only what fits at 100 %).</param>
    public static PlacedLabel[] Place(
        double[] x, double[] y, double[] r, double[] widths, IReadOnlyList<int> priority, int mustShow, double width, double height, double fontSize, int maxLevel = 8)
    {
        var count = x.Length;
        var cell = Math.Max(16, 4 * fontSize);
        var circles = new Grid(width, height, cell);
        for (var i = 0; i < count; i++)
        {
            circles.Add(i, x[i] - r[i], y[i] - r[i], x[i] + r[i], y[i] + r[i]);
        }

        var result = new Dictionary<int, PlacedLabel>();
        var placedOrder = new List<int>();
        foreach (var zoom in Levels.Where(l => l <= maxLevel))
        {
            var labels = new Grid(width, height, cell);
            var boxes = new List<(double X0, double Y0, double X1, double Y1)>();
            foreach (var node in placedOrder)
            {
                var p = result[node];
                var b = Hull(x[node], y[node], r[node], widths[node], fontSize, p.Direction, zoom);
                labels.Add(boxes.Count, b.X0, b.Y0, b.X1, b.Y1);
                boxes.Add((b.X0, b.Y0, b.X1, b.Y1));
            }

            for (var k = 0; k < priority.Count; k++)
            {
                var node = priority[k];
                if (result.ContainsKey(node))
                {
                    continue;
                }

                var best = -1;
                var bestCover = int.MaxValue;
                for (var d = 0; d < Directions.Length; d++)
                {
                    var b = Hull(x[node], y[node], r[node], widths[node], fontSize, d, zoom);
                    if (b.X0 < 1 || b.X1 > width - 1 || b.Y0 < 1 || b.Y1 > height - 1)
                    {
                        continue;
                    }

                    var hitsLabel = labels.Any(b.X0, b.Y0, b.X1, b.Y1, j => Overlaps(boxes[j], b.X0, b.Y0, b.X1, b.Y1));
                    if (hitsLabel)
                    {
                        continue;
                    }

                    var cover = circles.CountHits(b.X0, b.Y0, b.X1, b.Y1, j => j != node && CircleHitsBox(x[j], y[j], r[j], b.X0, b.Y0, b.X1, b.Y1));
                    if (cover < bestCover)
                    {
                        best = d;
                        bestCover = cover;
                        if (cover == 0)
                        {
                            break;
                        }
                    }
                }

                var forced = zoom == 1 && k < mustShow;
                if (best < 0 || (bestCover > 0 && !forced))
                {
                    continue;
                }

                result[node] = new PlacedLabel(node, best, zoom, bestCover > 0);
                placedOrder.Add(node);
                var placed = Hull(x[node], y[node], r[node], widths[node], fontSize, best, zoom);
                labels.Add(boxes.Count, placed.X0, placed.Y0, placed.X1, placed.Y1);
                boxes.Add((placed.X0, placed.Y0, placed.X1, placed.Y1));
            }
        }

        return priority.Select(node => result.TryGetValue(node, out var p) ? p : new PlacedLabel(node, 0, 0, false)).ToArray();
    }

    private static bool Overlaps((double X0, double Y0, double X1, double Y1) a, double x0, double y0, double x1, double y1) =>
        a.X0 < x1 && x0 < a.X1 && a.Y0 < y1 && y0 < a.Y1;

    internal static bool CircleHitsBox(double cx, double cy, double r, double x0, double y0, double x1, double y1)
    {
        var nx = Math.Clamp(cx, x0, x1);
        var ny = Math.Clamp(cy, y0, y1);
        return ((cx - nx) * (cx - nx)) + ((cy - ny) * (cy - ny)) < r * r;
    }

    /// <summary>A uniform grid of item boxes: each item is listed in every cell its box touches.</summary>
    private sealed class Grid
    {
        private readonly double _cell;
        private readonly int _columns;
        private readonly int _rows;
        private readonly List<int>?[] _cells;

        public Grid(double width, double height, double cell)
        {
            _cell = cell;
            _columns = Math.Max(1, (int)Math.Ceiling(width / cell));
            _rows = Math.Max(1, (int)Math.Ceiling(height / cell));
            _cells = new List<int>?[_columns * _rows];
        }

        public void Add(int item, double x0, double y0, double x1, double y1)
        {
            var (c0, r0, c1, r1) = Span(x0, y0, x1, y1);
            for (var row = r0; row <= r1; row++)
            {
                for (var col = c0; col <= c1; col++)
                {
                    (_cells[(row * _columns) + col] ??= []).Add(item);
                }
            }
        }

        public bool Any(double x0, double y0, double x1, double y1, Func<int, bool> hit)
        {
            var (c0, r0, c1, r1) = Span(x0, y0, x1, y1);
            for (var row = r0; row <= r1; row++)
            {
                for (var col = c0; col <= c1; col++)
                {
                    if (_cells[(row * _columns) + col] is { } list && list.Exists(i => hit(i)))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        // Counts the distinct items touching the box whose test passes.
        public int CountHits(double x0, double y0, double x1, double y1, Func<int, bool> hit)
        {
            var (c0, r0, c1, r1) = Span(x0, y0, x1, y1);
            HashSet<int>? seen = null;
            for (var row = r0; row <= r1; row++)
            {
                for (var col = c0; col <= c1; col++)
                {
                    if (_cells[(row * _columns) + col] is not { } list)
                    {
                        continue;
                    }

                    foreach (var i in list)
                    {
                        if (hit(i))
                        {
                            (seen ??= []).Add(i);
                        }
                    }
                }
            }

            return seen?.Count ?? 0;
        }

        private (int C0, int R0, int C1, int R1) Span(double x0, double y0, double x1, double y1) => (
            Math.Clamp((int)Math.Floor(x0 / _cell), 0, _columns - 1),
            Math.Clamp((int)Math.Floor(y0 / _cell), 0, _rows - 1),
            Math.Clamp((int)Math.Floor(x1 / _cell), 0, _columns - 1),
            Math.Clamp((int)Math.Floor(y1 / _cell), 0, _rows - 1));
    }
}
