using System.Globalization;
using System.Text;

namespace Stakeholders.Network.Reports.Text;

/// <summary>
/// The one place untrusted text is made safe for HTML, SVG/XML and Markdown output.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Html"/> escapes <c>&amp; &lt; &gt; &quot; &#39;</c>, so its result is safe both as element text and inside a
/// quoted attribute value, in HTML and in XML (inline SVG included). <see cref="HtmlText"/>, <see cref="HtmlAttribute"/>
/// and <see cref="Xml"/> are the same function under the name of the context they are used in.
/// </para>
/// <para>
/// Every function also cleans the text: C0 control characters other than tab, line feed and carriage return, DEL, the C1
/// controls, lone UTF-16 surrogates and the non-characters U+FFFE/U+FFFF become U+FFFD (�), because XML 1.0 forbids them
/// and HTML reports them as parse errors. Valid surrogate pairs (emoji, rare CJK) pass through.
/// </para>
/// </remarks>
internal static class Escape
{
    /// <summary>The replacement for characters that may not appear in the output.</summary>
    public const char Replacement = '\uFFFD';

    /// <summary>Escapes text for HTML element content.</summary>
    public static string HtmlText(string? text) => Html(text);

    /// <summary>Escapes text for a quoted (single or double) HTML attribute value.</summary>
    public static string HtmlAttribute(string? text) => Html(text);

    /// <summary>Escapes text for XML/SVG element content or a quoted attribute value.</summary>
    public static string Xml(string? text) => Html(text);

    /// <summary>Escapes <c>&amp; &lt; &gt; &quot; &#39;</c> and replaces forbidden characters; null becomes empty.</summary>
    public static string Html(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (!NeedsHtmlWork(text))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 16);
        AppendHtml(sb, text);
        return sb.ToString();
    }

    /// <summary>Appends <paramref name="text"/> escaped as <see cref="Html"/> does.</summary>
    public static void AppendHtml(StringBuilder sb, string? text)
    {
        ArgumentNullException.ThrowIfNull(sb);
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                default:
                    i = AppendCleanChar(sb, text, i);
                    break;
            }
        }
    }

    /// <summary>
    /// Removes forbidden characters (see the remarks on <see cref="Escape"/>) without escaping anything; line breaks and
    /// tabs become spaces when <paramref name="singleLine"/> is true.
    /// </summary>
    public static string Clean(string? text, bool singleLine = false)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (singleLine && c is '\n' or '\r' or '\t')
            {
                sb.Append(' ');
                continue;
            }

            i = AppendCleanChar(sb, text, i);
        }

        return sb.ToString();
    }

    /// <summary>
    /// Escapes text for Markdown inline content (CommonMark and GitHub Flavored Markdown). Always backslash-escaped:
    /// <c>\ ` * _ { } [ ] &lt; &gt; # | ~ &amp;</c> — so no emphasis, code, link, image, raw HTML, autolink, entity,
    /// strikethrough or table cell can come from data. At the start of the value a list, quote or setext marker
    /// (<c>- + =</c>, or digits followed by <c>.</c> or <c>)</c>) is escaped too, since the value may begin a line.
    /// Line breaks become spaces, so a value can never start a new block; forbidden characters are replaced.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="mayStartLine">
    /// False where the value can never begin a line (a table cell, after other text), so <c>19.5</c> needs no escape.
    /// </param>
    public static string Markdown(string? text, bool mayStartLine = true)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(text.Length + 16);
        var leadingDigits = 0;
        while (leadingDigits < text.Length && char.IsAsciiDigit(text[leadingDigits]))
        {
            leadingDigits++;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r' or '\t')
            {
                sb.Append(' ');
            }
            else if (IsMarkdownSpecial(c)
                || (mayStartLine && i == 0 && c is '-' or '+' or '=')
                || (mayStartLine && i == leadingDigits && i > 0 && c is '.' or ')'))
            {
                sb.Append('\\').Append(c);
            }
            else
            {
                i = AppendCleanChar(sb, text, i);
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// A URL usable as a link target: an absolute <c>http</c> or <c>https</c> URL, returned in its canonical form;
    /// null for anything else (<c>javascript:</c>, <c>data:</c>, relative paths, garbage).
    /// </summary>
    public static string? SafeHttpUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri))
        {
            return null;
        }

        return uri.Scheme is "http" or "https" ? uri.AbsoluteUri : null;
    }

    /// <summary>Formats a number for display: invariant culture, at most <paramref name="significant"/> significant digits.</summary>
    public static string Number(double value, int significant = 4)
    {
        if (double.IsNaN(value))
        {
            return "n/a";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "∞" : "−∞";
        }

        if (value == Math.Floor(value) && Math.Abs(value) < 1e15)
        {
            return value.ToString("0", CultureInfo.InvariantCulture);
        }

        var magnitude = Math.Abs(value);
        if (magnitude != 0 && (magnitude < 1e-4 || magnitude >= 1e9))
        {
            return value.ToString("0.###e+0", CultureInfo.InvariantCulture);
        }

        var decimals = magnitude == 0 ? 0 : Math.Max(0, significant - 1 - (int)Math.Floor(Math.Log10(magnitude)));
        return Math.Round(value, Math.Min(decimals, 12)).ToString("0.############", CultureInfo.InvariantCulture);
    }

    /// <summary>Shortens text to at most <paramref name="maxLength"/> characters (an ellipsis included), on a character boundary.</summary>
    public static string Truncate(string? text, int maxLength)
    {
        if (string.IsNullOrEmpty(text) || text.Length <= maxLength)
        {
            return text ?? string.Empty;
        }

        var cut = Math.Max(1, maxLength - 1);
        if (char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return string.Concat(text.AsSpan(0, cut).TrimEnd(), "…");
    }

    private static bool IsMarkdownSpecial(char c) => c is '\\' or '`' or '*' or '_' or '{' or '}' or '[' or ']' or '<' or '>'
        or '#' or '|' or '~' or '&';

    private static bool NeedsHtmlWork(string text)
    {
        foreach (var c in text)
        {
            if (c is '&' or '<' or '>' or '"' or '\'' || IsSuspicious(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSuspicious(char c) =>
        (c < 0x20 && c is not '\t' and not '\n' and not '\r') || (c >= 0x7F && c <= 0x9F) || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF';

    // Appends text[i] (or the surrogate pair starting there) or the replacement; returns the index of the last char used.
    private static int AppendCleanChar(StringBuilder sb, string text, int i)
    {
        var c = text[i];
        if (!IsSuspicious(c))
        {
            sb.Append(c);
            return i;
        }

        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            sb.Append(c).Append(text[i + 1]);
            return i + 1;
        }

        sb.Append(Replacement);
        return i;
    }
}
