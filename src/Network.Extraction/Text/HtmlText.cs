using System.Net;
using System.Text;

namespace Stakeholders.Network.Extraction.Text;

/// <summary>
/// Plain text seen through a map to the original characters: the extractor works on <see cref="Text"/> and reports
/// offsets in the original document with <see cref="ToOriginal"/>.
/// </summary>
internal sealed class MappedText
{
    private readonly int[]? _map;

    public MappedText(string text, int[]? map = null)
    {
        Text = text;
        _map = map;
    }

    /// <summary>The text the extractor reads.</summary>
    public string Text { get; }

    /// <summary>The position in the original document of the character at <paramref name="index"/> of <see cref="Text"/>.</summary>
    public int ToOriginal(int index) => _map is null ? index : index < _map.Length ? _map[index] : (_map.Length == 0 ? 0 : _map[^1] + 1);
}

/// <summary>HTML to text: tags removed (scripts and styles with their content), block elements as line breaks, entities decoded, offsets kept.</summary>
internal static class HtmlText
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "br", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "td", "th", "section", "article", "header", "footer",
        "title", "blockquote", "pre", "ul", "ol", "table", "hr", "dd", "dt",
    };

    public static bool LooksLikeHtml(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 4096)).TrimStart();
        return head.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || (head.Contains("<p>", StringComparison.OrdinalIgnoreCase) && head.Contains("</p>", StringComparison.OrdinalIgnoreCase))
            || head.Contains("<body", StringComparison.OrdinalIgnoreCase);
    }

    public static MappedText Strip(string html)
    {
        var text = new StringBuilder(html.Length);
        var map = new List<int>(html.Length);
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '<')
            {
                var close = html.IndexOf('>', i + 1);
                if (close < 0)
                {
                    break;
                }

                var tag = TagName(html, i + 1, close);
                if (html.AsSpan(i).StartsWith("<!--", StringComparison.Ordinal))
                {
                    var end = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                    i = end < 0 ? html.Length : end + 3;
                    continue;
                }

                if (tag.Equals("script", StringComparison.OrdinalIgnoreCase) || tag.Equals("style", StringComparison.OrdinalIgnoreCase))
                {
                    var end = html.IndexOf("</" + tag, close, StringComparison.OrdinalIgnoreCase);
                    var endClose = end < 0 ? -1 : html.IndexOf('>', end);
                    i = endClose < 0 ? html.Length : endClose + 1;
                    continue;
                }

                if (BlockTags.Contains(tag.TrimStart('/')))
                {
                    Append(text, map, '\n', i);
                }

                i = close + 1;
                continue;
            }

            if (c == '&')
            {
                var semi = html.IndexOf(';', i + 1);
                if (semi > i && semi - i <= 10)
                {
                    var decoded = WebUtility.HtmlDecode(html.Substring(i, semi - i + 1));
                    if (decoded.Length >= 1 && !decoded.StartsWith('&'))
                    {
                        foreach (var d in decoded)
                        {
                            Append(text, map, d == '\u00A0' ? ' ' : d, i);
                        }

                        i = semi + 1;
                        continue;
                    }
                }
            }

            Append(text, map, c, i);
            i++;
        }

        return new MappedText(text.ToString(), [.. map]);
    }

    private static void Append(StringBuilder text, List<int> map, char c, int origin)
    {
        // Collapse runs of blank lines produced by nested block tags; the text still maps to the original positions.
        if (c == '\n' && text.Length >= 2 && text[^1] == '\n' && text[^2] == '\n')
        {
            return;
        }

        text.Append(c);
        map.Add(origin);
    }

    private static string TagName(string html, int from, int to)
    {
        var start = from;
        while (start < to && (html[start] == '/' || char.IsWhiteSpace(html[start])))
        {
            start++;
        }

        var end = start;
        while (end < to && (char.IsLetterOrDigit(html[end]) || html[end] == '!'))
        {
            end++;
        }

        var slash = from < to && html[from] == '/' ? "/" : string.Empty;
        return slash + html[start..end];
    }
}
