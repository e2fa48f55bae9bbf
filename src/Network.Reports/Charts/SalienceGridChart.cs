using System.Globalization;
using System.Text;
using Stakeholders.Network.Analysis;
using Stakeholders.Network.Reports.Text;

namespace Stakeholders.Network.Reports.Charts;

/// <summary>
/// Mendelow's power–interest grid as a plain SVG chart (no script, no external resources): interest on the x axis, power
/// on the y axis, the four quadrants split at the thresholds, one labelled point per stakeholder that has both values.
/// Every text is escaped.
/// </summary>
internal static class SalienceGridChart
{
    private const string Font = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans CJK SC', sans-serif";
    private const int Width = 760;
    private const int Height = 480;
    private const int Left = 56;
    private const int Right = 150;
    private const int Top = 24;
    private const int Bottom = 48;

    /// <summary>The SVG of the grid for a salience result and the thresholds it was computed with.</summary>
    public static string Svg(SalienceResult result, SalienceOptions options)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(options);
        double plotW = Width - Left - Right, plotH = Height - Top - Bottom;
        string X(double interest) => (Left + (interest * plotW)).ToString("0.#", CultureInfo.InvariantCulture);
        string Y(double power) => (Top + ((1 - power) * plotH)).ToString("0.#", CultureInfo.InvariantCulture);
        var points = result.Stakeholders.Where(s => s.Power is not null && s.Interest is not null).ToArray();
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\" role=\"img\" aria-labelledby=\"salience-grid-title\" font-family=\"{Font}\" font-size=\"12\">\n");
        sb.Append(CultureInfo.InvariantCulture, $"<title id=\"salience-grid-title\">Power–interest grid of {points.Length} rated stakeholders</title>\n");
        var quadrants = new[]
        {
            (PowerInterestQuadrant.KeepSatisfied, 0.0, options.InterestThreshold, options.PowerThreshold, 1.0, "#fdf3e1"),
            (PowerInterestQuadrant.ManageClosely, options.InterestThreshold, 1.0, options.PowerThreshold, 1.0, "#fbe3e0"),
            (PowerInterestQuadrant.Monitor, 0.0, options.InterestThreshold, 0.0, options.PowerThreshold, "#f2f2f2"),
            (PowerInterestQuadrant.KeepInformed, options.InterestThreshold, 1.0, 0.0, options.PowerThreshold, "#e3eef9"),
        };
        var placed = new List<(double X0, double Y0, double X1, double Y1)>();
        foreach (var (quadrant, x0, x1, y0, y1, fill) in quadrants)
        {
            // The quadrant's name sits at its bottom edge; point labels keep clear of it.
            var nameY = Top + ((1 - y0) * plotH) - 8;
            var nameX = Left + ((x0 + x1) / 2 * plotW);
            var nameWidth = 7.0 * quadrant.ToName().Length;
            placed.Add((nameX - (nameWidth / 2), nameY - 7, nameX + (nameWidth / 2), nameY + 5));
            sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{X(x0)}\" y=\"{Y(y1)}\" width=\"{((x1 - x0) * plotW).ToString("0.#", CultureInfo.InvariantCulture)}\" height=\"{((y1 - y0) * plotH).ToString("0.#", CultureInfo.InvariantCulture)}\" fill=\"{fill}\"/>\n");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{X((x0 + x1) / 2)}\" y=\"{nameY.ToString("0.#", CultureInfo.InvariantCulture)}\" text-anchor=\"middle\" fill=\"#555\" font-weight=\"600\">{Escape.Xml(quadrant.ToName())}</text>\n");
        }

        sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Left}\" y=\"{Top}\" width=\"{plotW}\" height=\"{plotH}\" fill=\"none\" stroke=\"#999\"/>\n");
        for (var t = 0; t <= 4; t++)
        {
            var v = t / 4.0;
            var label = v.ToString("0.##", CultureInfo.InvariantCulture);
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{X(v)}\" y=\"{Height - Bottom + 16}\" text-anchor=\"middle\" fill=\"#333\">{label}</text>\n");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{Y(v)}\" text-anchor=\"end\" dominant-baseline=\"middle\" fill=\"#333\">{label}</text>\n");
        }

        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left + (plotW / 2)}\" y=\"{Height - 8}\" text-anchor=\"middle\" fill=\"#333\">interest</text>\n");
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"14\" y=\"{Top + (plotH / 2)}\" text-anchor=\"middle\" fill=\"#333\" transform=\"rotate(-90 14 {Top + (plotH / 2)})\">power</text>\n");
        // Labels go right of their point, moved up or down (with a leader line) until they overlap no earlier label.
        foreach (var s in points.OrderByDescending(p => p.Power).ThenBy(p => p.Interest).ThenBy(p => p.Id, StringComparer.Ordinal))
        {
            var text = Escape.Truncate(Escape.Clean(s.Name, singleLine: true), 26);
            double px = Left + (s.Interest!.Value * plotW), py = Top + ((1 - s.Power!.Value) * plotH);
            var width = 6.2 * text.Length;
            var ly = py;
            foreach (var step in new[] { 0, 1, -1, 2, -2, 3, -3, 4, -4, 5, -5, 6, -6 })
            {
                ly = py + (step * 13);
                var box = (px + 7, ly - 6, px + 7 + width, ly + 6);
                if (!placed.Any(b => b.X0 < box.Item3 && box.Item1 < b.X1 && b.Y0 < box.Item4 && box.Item2 < b.Y1))
                {
                    break;
                }
            }

            placed.Add((px + 7, ly - 6, px + 7 + width, ly + 6));
            var cls = s.Class?.ToName() ?? "class unknown";
            sb.Append(CultureInfo.InvariantCulture, $"<g><title>{Escape.Xml(Escape.Clean(s.Name, singleLine: true))}: power {s.Power.Value.ToString("0.##", CultureInfo.InvariantCulture)}, interest {s.Interest.Value.ToString("0.##", CultureInfo.InvariantCulture)}, {Escape.Xml(cls)}</title>");
            if (Math.Abs(ly - py) > 0.5)
            {
                sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{px.ToString("0.#", CultureInfo.InvariantCulture)}\" y1=\"{py.ToString("0.#", CultureInfo.InvariantCulture)}\" x2=\"{(px + 6).ToString("0.#", CultureInfo.InvariantCulture)}\" y2=\"{ly.ToString("0.#", CultureInfo.InvariantCulture)}\" stroke=\"#888\" stroke-width=\"0.8\"/>");
            }

            sb.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{px.ToString("0.#", CultureInfo.InvariantCulture)}\" cy=\"{py.ToString("0.#", CultureInfo.InvariantCulture)}\" r=\"4.5\" fill=\"#332288\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{(px + 7).ToString("0.#", CultureInfo.InvariantCulture)}\" y=\"{ly.ToString("0.#", CultureInfo.InvariantCulture)}\" dominant-baseline=\"middle\" fill=\"#222\" font-size=\"11\">{Escape.Xml(text)}</text></g>\n");
        }

        sb.Append("</svg>");
        return sb.ToString();
    }
}
