using System.Globalization;
using System.Text;
using Stakeholders.Network.Reports.Model;
using Stakeholders.Network.Reports.Text;

namespace Stakeholders.Network.Reports.Charts;

/// <summary>Plain SVG charts (no script, no external resources): a histogram of a measure and ranking bars.</summary>
internal static class SvgCharts
{
    private const string Font = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans CJK SC', sans-serif";
    private const string BarColor = "#332288";

    /// <summary>The bin edges used for <paramref name="chart"/>: equal width from the minimum to the maximum.</summary>
    /// <returns>The finite values, the bin count and each bin's count (the last bin includes the maximum).</returns>
    public static (double Min, double Max, int[] Counts, int NonFinite) Bin(DistributionChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var finite = chart.Values.Where(double.IsFinite).ToArray();
        var nonFinite = chart.Values.Count - finite.Length;
        if (finite.Length == 0)
        {
            return (0, 0, [], nonFinite);
        }

        var min = finite.Min();
        var max = finite.Max();
        var bins = chart.Bins > 0 ? chart.Bins : Math.Min(30, (int)Math.Ceiling(Math.Log2(finite.Length)) + 1);
        if (max <= min)
        {
            bins = 1;
        }

        var counts = new int[bins];
        foreach (var v in finite)
        {
            var b = max > min ? (int)((v - min) / (max - min) * bins) : 0;
            counts[Math.Clamp(b, 0, bins - 1)]++;
        }

        return (min, max, counts, nonFinite);
    }

    /// <summary>A histogram of a measure: how many stakeholders have values in each range.</summary>
    public static string Histogram(DistributionChart chart, int width = 560, int height = 240)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var (min, max, counts, nonFinite) = Bin(chart);
        const double left = 48, right = 16, top = 16, bottom = 44;
        var plotW = width - left - right;
        var plotH = height - top - bottom;
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" role=\"img\" font-family=\"{Font}\" font-size=\"11\">\n<title>Distribution of ");
        Escape.AppendHtml(sb, chart.Measure);
        sb.Append(CultureInfo.InvariantCulture, $" over {chart.Values.Count} stakeholders</title>\n");
        if (counts.Length == 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{width / 2}\" y=\"{height / 2}\" text-anchor=\"middle\" fill=\"#555555\">No finite values to show.</text>\n</svg>");
            return sb.ToString();
        }

        var maxCount = counts.Max();
        var binW = plotW / counts.Length;
        sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{F(left)}\" y1=\"{F(top + plotH)}\" x2=\"{F(left + plotW)}\" y2=\"{F(top + plotH)}\" stroke=\"#333333\"/>\n");
        sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{F(left)}\" y1=\"{F(top)}\" x2=\"{F(left)}\" y2=\"{F(top + plotH)}\" stroke=\"#333333\"/>\n");
        foreach (var tick in new[] { 0, maxCount / 2, maxCount }.Distinct())
        {
            var ty = top + plotH - (plotH * tick / Math.Max(1, maxCount));
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(left - 6)}\" y=\"{F(ty + 4)}\" text-anchor=\"end\" fill=\"#333333\">{tick}</text>\n");
        }

        for (var b = 0; b < counts.Length; b++)
        {
            var h = plotH * counts[b] / Math.Max(1, maxCount);
            var lo = min + ((max - min) * b / counts.Length);
            var hi = min + ((max - min) * (b + 1) / counts.Length);
            sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{F(left + (b * binW) + 1)}\" y=\"{F(top + plotH - h)}\" width=\"{F(Math.Max(1, binW - 2))}\" height=\"{F(h)}\" fill=\"{BarColor}\" fill-opacity=\"0.8\">");
            sb.Append("<title>").Append(Escape.Number(lo)).Append(" to ").Append(Escape.Number(hi)).Append(": ")
              .Append(counts[b].ToString(CultureInfo.InvariantCulture)).Append(counts[b] == 1 ? " stakeholder" : " stakeholders").Append("</title></rect>\n");
        }

        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(left)}\" y=\"{F(top + plotH + 16)}\" text-anchor=\"start\" fill=\"#333333\">{Escape.Number(min)}</text>\n");
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(left + plotW)}\" y=\"{F(top + plotH + 16)}\" text-anchor=\"end\" fill=\"#333333\">{Escape.Number(max)}</text>\n");
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(left + (plotW / 2))}\" y=\"{F(height - 8)}\" text-anchor=\"middle\" fill=\"#333333\">");
        Escape.AppendHtml(sb, chart.Measure);
        sb.Append(nonFinite > 0 ? string.Create(CultureInfo.InvariantCulture, $" ({nonFinite} undefined values left out)") : string.Empty);
        sb.Append("</text>\n");
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"12\" y=\"{F(top + (plotH / 2))}\" transform=\"rotate(-90 12 {F(top + (plotH / 2))})\" text-anchor=\"middle\" fill=\"#333333\">stakeholders</text>\n");
        sb.Append("</svg>");
        return sb.ToString();
    }

    /// <summary>Horizontal bars of the top stakeholders by a measure, best first, the value at the end of each bar.</summary>
    public static string RankingBars(RankingChart chart, int width = 560, int maxLabelLength = 32)
    {
        ArgumentNullException.ThrowIfNull(chart);
        const double rowH = 22, top = 8, labelW = 210, valueW = 64;
        var height = (int)(top + (Math.Max(1, chart.Bars.Count) * rowH) + 8);
        var plotW = width - labelW - valueW;
        var finite = chart.Bars.Select(b => b.Value).Where(double.IsFinite).ToArray();
        var maxValue = finite.Length == 0 ? 0 : Math.Max(0, finite.Max());
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" role=\"img\" font-family=\"{Font}\" font-size=\"12\">\n<title>Top stakeholders by ");
        Escape.AppendHtml(sb, chart.Measure);
        sb.Append("</title>\n");
        for (var i = 0; i < chart.Bars.Count; i++)
        {
            var bar = chart.Bars[i];
            var y = top + (i * rowH);
            var w = maxValue > 0 && double.IsFinite(bar.Value) ? Math.Max(0, bar.Value) / maxValue * plotW : 0;
            sb.Append("<g><title>");
            Escape.AppendHtml(sb, bar.Label);
            sb.Append(": ");
            Escape.AppendHtml(sb, chart.Measure);
            sb.Append(' ').Append(Escape.Number(bar.Value)).Append("</title>\n");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(labelW - 8)}\" y=\"{F(y + 15)}\" text-anchor=\"end\" fill=\"#1a1a1a\">");
            Escape.AppendHtml(sb, Escape.Clean(Escape.Truncate(bar.Label, maxLabelLength), singleLine: true));
            sb.Append("</text>\n");
            sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{F(labelW)}\" y=\"{F(y + 4)}\" width=\"{F(w)}\" height=\"{F(rowH - 8)}\" fill=\"{BarColor}\" fill-opacity=\"0.8\"/>\n");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(labelW + w + 6)}\" y=\"{F(y + 15)}\" fill=\"#333333\">{Escape.Number(bar.Value)}</text>\n</g>\n");
        }

        sb.Append("</svg>");
        return sb.ToString();
    }

    private static string F(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
