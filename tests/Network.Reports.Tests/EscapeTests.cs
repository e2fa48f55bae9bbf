using System.Xml.Linq;
using Stakeholders.Network.Reports.Text;

namespace Stakeholders.Network.Reports.Tests;

public class EscapeTests
{
    [TestCase("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [TestCase("\"><img src=x onerror=alert(1)>", "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;")]
    [TestCase("Smith & Sons", "Smith &amp; Sons")]
    [TestCase("O'Brien \"X\"", "O&#39;Brien &quot;X&quot;")]
    [TestCase("北京市 🚀 café", "北京市 🚀 café")]
    [TestCase("&amp;", "&amp;amp;")]
    [TestCase("", "")]
    [TestCase(null, "")]
    public void Html_escapes_the_five_significant_characters(string? input, string expected)
    {
        Assert.That(Escape.Html(input), Is.EqualTo(expected));
        Assert.That(Escape.HtmlText(input), Is.EqualTo(expected));
        Assert.That(Escape.HtmlAttribute(input), Is.EqualTo(expected));
        Assert.That(Escape.Xml(input), Is.EqualTo(expected));
    }

    [Test]
    public void Control_characters_lone_surrogates_and_noncharacters_are_replaced_but_whitespace_and_pairs_kept()
    {
        var input = "a\u0000b\u0007c\u001Bd\u007Fe\u0085f\uFFFEg\uD800h\uDC00i\tj\nk\rl😀m";
        var escaped = Escape.Html(input);
        Assert.That(escaped, Is.EqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\uFFFDg\uFFFDh\uFFFDi\tj\nk\rl😀m"));

        // The result is always well-formed XML text, in an element and in an attribute.
        Assert.DoesNotThrow(() => XElement.Parse($"<t a=\"{escaped}\">{escaped}</t>"));
        Assert.That(XElement.Parse($"<t a=\"{Escape.Xml("\"'<>&")}\">{Escape.Xml("\"'<>&")}</t>").Attribute("a")!.Value, Is.EqualTo("\"'<>&"));
    }

    [Test]
    public void Escaped_hostile_strings_round_trip_through_an_XML_parser_as_text()
    {
        foreach (var hostile in SampleReports.HostileNames)
        {
            var doc = XElement.Parse($"<svg><title>{Escape.Xml(hostile)}</title><text x=\"{Escape.Xml(hostile)}\">{Escape.Xml(hostile)}</text></svg>");
            Assert.That(doc.Descendants().Select(e => e.Name.LocalName), Is.EqualTo(new[] { "title", "text" }), hostile);
            Assert.That(doc.Element("title")!.Value, Is.EqualTo(Escape.Clean(hostile)), hostile);
            Assert.That(doc.Element("text")!.Attribute("x")!.Value, Is.EqualTo(Escape.Clean(hostile)), hostile);
        }
    }

    [TestCase("a|b", "a\\|b")]
    [TestCase("**bold**", "\\*\\*bold\\*\\*")]
    [TestCase("[x](javascript:alert(1))", "\\[x\\](javascript:alert(1))")]
    [TestCase("<img src=x>", "\\<img src=x\\>")]
    [TestCase("- item", "\\- item")]
    [TestCase("+ item", "\\+ item")]
    [TestCase("=== x", "\\=== x")]
    [TestCase("2023. A year", "2023\\. A year")]
    [TestCase("1) first", "1\\) first")]
    [TestCase("a-b 1.5 (c)", "a-b 1.5 (c)")]
    [TestCase("# heading", "\\# heading")]
    [TestCase("line1\nline2\r\n| cell", "line1 line2  \\| cell")]
    [TestCase("a\\b", "a\\\\b")]
    [TestCase("Tom & Jerry", "Tom \\& Jerry")]
    [TestCase("北京 🚀", "北京 🚀")]
    public void Markdown_backslash_escapes_specials_and_flattens_lines(string input, string expected)
    {
        Assert.That(Escape.Markdown(input), Is.EqualTo(expected));
    }

    [TestCase("19.5", "19.5")]
    [TestCase("- x", "- x")]
    [TestCase("a|b <c>", "a\\|b \\<c\\>")]
    public void Markdown_inside_a_line_leaves_line_start_markers_alone(string input, string expected)
    {
        Assert.That(Escape.Markdown(input, mayStartLine: false), Is.EqualTo(expected));
    }

    [Test]
    public void Markdown_escape_never_leaves_an_unescaped_pipe_or_line_break()
    {
        foreach (var hostile in SampleReports.HostileNames.Append("a|b||c\\|d\n|e"))
        {
            var escaped = Escape.Markdown(hostile);
            Assert.That(escaped, Does.Not.Contain("\n").And.Not.Contain("\r"));
            for (var i = 0; i < escaped.Length; i++)
            {
                if (escaped[i] is '|' or '<' or '[' or '`')
                {
                    // Count the backslashes before it: an odd number means the character is escaped.
                    var slashes = 0;
                    for (var j = i - 1; j >= 0 && escaped[j] == '\\'; j--)
                    {
                        slashes++;
                    }

                    Assert.That(slashes % 2, Is.EqualTo(1), $"unescaped '{escaped[i]}' at {i} in {escaped}");
                }
            }
        }
    }

    [TestCase("https://example.org/a?b=1&c=2", "https://example.org/a?b=1&c=2")]
    [TestCase("http://example.org", "http://example.org/")]
    [TestCase("javascript:alert(1)", null)]
    [TestCase("JAVASCRIPT:alert(1)", null)]
    [TestCase(" javascript:alert(1)", null)]
    [TestCase("data:text/html,<script>alert(1)</script>", null)]
    [TestCase("vbscript:x", null)]
    [TestCase("/relative/path", null)]
    [TestCase("file:///etc/passwd", null)]
    [TestCase("", null)]
    [TestCase(null, null)]
    public void Only_absolute_http_urls_are_linkable(string? url, string? expected)
    {
        Assert.That(Escape.SafeHttpUrl(url), Is.EqualTo(expected));
    }

    [TestCase(0.0, "0")]
    [TestCase(12.0, "12")]
    [TestCase(0.43755, "0.4376")]
    [TestCase(123.456, "123.5")]
    [TestCase(0.00001234, "1.234e-5")]
    [TestCase(-2.5, "-2.5")]
    [TestCase(double.NaN, "n/a")]
    [TestCase(double.PositiveInfinity, "∞")]
    public void Numbers_are_invariant_and_short(double value, string expected)
    {
        Assert.That(Escape.Number(value), Is.EqualTo(expected));
    }

    [Test]
    public void Truncate_never_splits_a_surrogate_pair()
    {
        Assert.That(Escape.Truncate("abcdef", 4), Is.EqualTo("abc…"));
        Assert.That(Escape.Truncate("ab😀def", 4), Is.EqualTo("ab…"));
        Assert.That(Escape.Truncate("abc", 4), Is.EqualTo("abc"));
    }
}
