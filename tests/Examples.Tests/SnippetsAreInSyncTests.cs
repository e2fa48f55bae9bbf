using System.Text;
using System.Text.RegularExpressions;

namespace Stakeholders.Examples.Tests;

/// <summary>
/// The docs quote the examples verbatim: every <c>begin-snippet</c> block under examples/ appears in a docs page inside a
/// fence introduced by <c>&lt;!-- snippet: name --&gt;</c>, and every such marker names a snippet that exists.
/// </summary>
public sealed partial class SnippetsAreInSyncTests
{
    /// <summary>A snippet: its name, the file it comes from, its code with the common indentation removed, its fence language.</summary>
    internal sealed record Snippet(string Name, string File, string Code, string Language);

    internal static IReadOnlyList<Snippet> ExtractSnippets()
    {
        var snippets = new List<Snippet>();
        foreach (var file in Directory.EnumerateFiles(Repository.Examples, "*.*", SearchOption.AllDirectories)
                     .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".sh", StringComparison.Ordinal))
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                                 && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
        {
            var language = file.EndsWith(".cs", StringComparison.Ordinal) ? "csharp" : "sh";
            var lines = File.ReadAllLines(file);
            string? name = null;
            var body = new List<string>();
            for (var i = 0; i < lines.Length; i++)
            {
                var begin = BeginMarker().Match(lines[i]);
                if (begin.Success)
                {
                    Assert.That(name, Is.Null, $"{file}:{i + 1}: begin-snippet inside snippet '{name}'");
                    name = begin.Groups["name"].Value;
                    body.Clear();
                }
                else if (EndMarker().IsMatch(lines[i]))
                {
                    Assert.That(name, Is.Not.Null, $"{file}:{i + 1}: end-snippet without begin-snippet");
                    snippets.Add(new Snippet(name!, file, Dedent(body), language));
                    name = null;
                }
                else if (name is not null)
                {
                    body.Add(lines[i]);
                }
            }

            Assert.That(name, Is.Null, $"{file}: snippet '{name}' is never ended");
        }

        return snippets;
    }

    /// <summary>The fenced blocks of every docs page introduced by a snippet marker: name → (page, code) list.</summary>
    internal static IReadOnlyList<(string Name, string Page, string Language, string Code)> QuotedSnippets()
    {
        var quoted = new List<(string, string, string, string)>();
        foreach (var page in Directory.EnumerateFiles(Repository.Docs, "*.md").Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(page).Replace("\r\n", "\n", StringComparison.Ordinal);
            foreach (Match m in QuotedBlock().Matches(text))
            {
                quoted.Add((m.Groups["name"].Value, Path.GetFileName(page), m.Groups["lang"].Value, m.Groups["code"].Value.TrimEnd('\n')));
            }
        }

        return quoted;
    }

    [Test]
    public void TheExamplesHoldSnippets()
    {
        var snippets = ExtractSnippets();
        Assert.That(snippets.Select(s => s.Name), Is.Unique);
        Assert.That(snippets.Select(s => s.Name), Is.SupersetOf(new[]
        {
            "researcher-program", "policy-report-program",
            "dashboard-program",
            "policy-info", "policy-analyze", "policy-report", "policy-questions", "policy-filters", "policy-convert",
        }));
        Assert.That(snippets.Where(s => s.Code.Length == 0).Select(s => s.Name), Is.Empty, "empty snippets");
    }

    [TestCaseSource(nameof(SnippetNames))]
    public void EverySnippetIsQuotedVerbatimInTheDocs(string name)
    {
        var snippet = ExtractSnippets().Single(s => s.Name == name);
        var quotes = QuotedSnippets().Where(q => q.Name == name).ToArray();
        Assert.That(quotes, Is.Not.Empty, $"no docs page has '<!-- snippet: {name} -->' followed by a ```{snippet.Language} fence");
        foreach (var (_, page, language, code) in quotes)
        {
            Assert.That(language, Is.EqualTo(snippet.Language), $"{page}: fence language of '{name}'");
            Assert.That(code, Is.EqualTo(snippet.Code), $"{page} quotes '{name}' differently from {Path.GetRelativePath(Repository.Root, snippet.File)}");
        }
    }

    [Test]
    public void EveryQuotedSnippetExists()
    {
        var names = ExtractSnippets().Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        var quoted = QuotedSnippets();
        Assert.That(quoted, Is.Not.Empty);
        Assert.That(quoted.Where(q => !names.Contains(q.Name)).Select(q => $"{q.Page}: {q.Name}"), Is.Empty);
    }

    [Test]
    public void EveryMarkerIsFollowedByAFence()
    {
        // A marker whose fence is missing or mistyped would silently escape the verbatim check above.
        foreach (var page in Directory.EnumerateFiles(Repository.Docs, "*.md"))
        {
            var text = File.ReadAllText(page).Replace("\r\n", "\n", StringComparison.Ordinal);
            var markers = Marker().Matches(text).Count;
            var blocks = QuotedBlock().Matches(text).Count;
            Assert.That(blocks, Is.EqualTo(markers), $"{Path.GetFileName(page)}: {markers} snippet markers but {blocks} quoted fences");
        }
    }

    [Test]
    public void DedentRemovesOnlyTheCommonIndentation()
    {
        Assert.That(Dedent(["        a", "", "            b", "        c"]), Is.EqualTo("a\n\n    b\nc"));
    }

    private static IEnumerable<string> SnippetNames() => ExtractSnippets().Select(s => s.Name);

    private static string Dedent(IReadOnlyList<string> lines)
    {
        var indent = lines.Where(l => l.Trim().Length > 0).Select(l => l.Length - l.TrimStart(' ').Length).DefaultIfEmpty(0).Min();
        var builder = new StringBuilder();
        foreach (var line in lines)
        {
            builder.Append(line.Trim().Length == 0 ? string.Empty : line[indent..].TrimEnd()).Append('\n');
        }

        return builder.ToString().Trim('\n');
    }

    [GeneratedRegex(@"^\s*(//|#) begin-snippet: (?<name>[a-z0-9-]+)\s*$")]
    private static partial Regex BeginMarker();

    [GeneratedRegex(@"^\s*(//|#) end-snippet\s*$")]
    private static partial Regex EndMarker();

    [GeneratedRegex(@"<!-- snippet: [a-z0-9-]+ -->")]
    private static partial Regex Marker();

    [GeneratedRegex(@"<!-- snippet: (?<name>[a-z0-9-]+) -->\n```(?<lang>[a-z]+)\n(?<code>.*?)\n```", RegexOptions.Singleline)]
    private static partial Regex QuotedBlock();
}
