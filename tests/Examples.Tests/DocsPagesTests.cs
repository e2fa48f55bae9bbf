using System.Text.RegularExpressions;
using Stakeholders.Network.Algorithms.Communities;
using Stakeholders.Network.Analysis;

namespace Stakeholders.Examples.Tests;

/// <summary>The measures reference covers every measure by name, and the docs index lists every page.</summary>
public sealed class DocsPagesTests
{
    private static string MeasuresPage => File.ReadAllText(Path.Combine(Repository.Docs, "measures.md"));

    private static IEnumerable<string> Headings(string markdown) =>
        markdown.Split('\n').Where(l => l.StartsWith('#')).Select(l => l.TrimEnd('\r'));

    private static IEnumerable<string> CatalogNames() => MeasureCatalog.Names;

    private static IEnumerable<string> CommunityNames() => CommunityDetection.Names;

    [TestCaseSource(nameof(CatalogNames))]
    public void EveryCatalogMeasureHasASection(string name)
    {
        Assert.That(Headings(MeasuresPage).Any(h => h.Contains($"`{name}`", StringComparison.Ordinal)), Is.True,
            $"docs/measures.md has no heading containing `{name}`");
    }

    [Test]
    public void TheReadmeMeasuresListNamesExactlyTheCatalogue()
    {
        // The README's "Measures (...):" paragraph is a newcomer's list: every catalogue measure, and nothing else.
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md"));
        var start = readme.IndexOf("\nMeasures (", StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), "README.md has its Measures paragraph");
        var end = readme.IndexOf("\nFormulas, normalisations and references", start, StringComparison.Ordinal);
        var list = readme.IndexOf("): `", start, StringComparison.Ordinal);
        Assert.That(list, Is.InRange(start, end), "the list follows the parenthesis");
        var paragraph = readme[list..end];
        var listed = Regex.Matches(paragraph, "`([a-z-]+)`").Select(m => m.Groups[1].Value).Where(n => !n.StartsWith('-')).ToHashSet(StringComparer.Ordinal);
        Assert.That(listed, Is.EquivalentTo(MeasureCatalog.Names));
    }

    [TestCaseSource(nameof(CommunityNames))]
    public void EveryCommunityAlgorithmHasASection(string name)
    {
        Assert.That(Headings(MeasuresPage).Any(h => h.Contains($"`{name}`", StringComparison.Ordinal)), Is.True,
            $"docs/measures.md has no heading containing `{name}`");
    }

    [Test]
    public void TheMeasuresPageHasNoSectionForAnUnknownCatalogName()
    {
        // Headings of the per-stakeholder part name catalogue measures only, so a renamed measure cannot linger.
        var text = MeasuresPage;
        var start = text.IndexOf("## Per-stakeholder measures", StringComparison.Ordinal);
        var end = text.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThanOrEqualTo(0));
        var section = text[start..(end < 0 ? text.Length : end)];
        var named = Regex.Matches(section, @"^### `([a-z-]+)`", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToArray();
        Assert.That(named, Is.EquivalentTo(MeasureCatalog.Names));
    }

    [Test]
    public void EveryMeasureSectionCitesADoi()
    {
        var sections = Regex.Split(MeasuresPage, @"^### ", RegexOptions.Multiline).Skip(1);
        var withoutDoi = sections.Where(s => !s.Contains("doi:", StringComparison.OrdinalIgnoreCase)
                                             && !s.Contains("no DOI", StringComparison.Ordinal))
            .Select(s => s.Split('\n')[0]);
        Assert.That(withoutDoi, Is.Empty, "every measure section cites its reference with a DOI (or says it has none)");
    }

    [TestCaseSource(nameof(CatalogNames))]
    public void EachCatalogSectionNamesItsNetworkXEquivalent(string name)
    {
        Assert.That(MeasureCatalog.TryGet(name, out var definition), Is.True);
        var section = SectionOf(name);
        var function = definition!.Equivalent.Split('(', '[')[0].Trim();
        if (function.Length > 0)
        {
            Assert.That(section, Does.Contain($"`{function}"), $"the section of `{name}` names {definition.Equivalent}");
        }
    }

    [Test]
    public void EverySectionHasTheSameParts()
    {
        var sections = Regex.Split(MeasuresPage, @"^### ", RegexOptions.Multiline).Skip(1).ToArray();
        Assert.That(sections, Has.Length.GreaterThan(MeasureCatalog.Names.Count));
        foreach (var section in sections)
        {
            foreach (var part in new[] { "**Formula:**", "**Normalisation", "**For stakeholders:**", "**Equals:**", "**Reference:**" })
            {
                Assert.That(section, Does.Contain(part), $"section '{section.Split('\n')[0]}' lacks {part}");
            }
        }
    }

    private static string SectionOf(string name)
    {
        var text = MeasuresPage;
        var start = text.IndexOf($"### `{name}`", StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), $"no section for `{name}`");
        var end = text.IndexOf("\n##", start + 1, StringComparison.Ordinal);
        return text[start..(end < 0 ? text.Length : end)];
    }

    [Test]
    public void TheIndexListsEveryDocsPage()
    {
        var index = File.ReadAllText(Path.Combine(Repository.Docs, "README.md"));
        var pages = Directory.EnumerateFiles(Repository.Docs, "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(Repository.Docs, p).Replace('\\', '/'))
            .Where(p => p != "README.md")
            .ToArray();
        Assert.That(pages, Is.Not.Empty);
        Assert.That(pages.Where(p => !index.Contains($"]({p})", StringComparison.Ordinal)), Is.Empty, "docs/README.md links every file in docs/");
    }

    [Test]
    public void EveryLinkOfTheIndexResolves()
    {
        var index = File.ReadAllText(Path.Combine(Repository.Docs, "README.md"));
        var targets = Regex.Matches(index, @"\]\((?<target>[^)#]+)(#[^)]*)?\)").Select(m => m.Groups["target"].Value)
            .Where(t => !t.StartsWith("http", StringComparison.Ordinal));
        foreach (var target in targets)
        {
            var path = Path.GetFullPath(Path.Combine(Repository.Docs, target));
            Assert.That(File.Exists(path) || Directory.Exists(path), Is.True, $"docs/README.md links {target}, which does not exist");
        }
    }
}
