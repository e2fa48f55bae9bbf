namespace Stakeholders.Examples.Tests;

/// <summary>Runs the report example: HTML and Markdown written, self-contained, with the key actors, and reproducible.</summary>
public sealed class ReportExamplesTests
{
    private static readonly DateTimeOffset GeneratedAt = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    [Test]
    public void TheReportNamesTheKeyActorsAndIsReproducible()
    {
        var folder = Repository.NewTempFolder();
        try
        {
            var html = Path.Combine(folder, "forum.html");
            var again = Path.Combine(folder, "forum-again.html");
            var markdown = Path.Combine(folder, "forum.md");
            ReportExamples.WriteReport(Repository.ForumCsv, html, GeneratedAt);
            ReportExamples.WriteReport(Repository.ForumCsv, again, GeneratedAt);
            ReportExamples.WriteReport(Repository.ForumCsv, markdown, GeneratedAt);

            var page = File.ReadAllText(html);
            Assert.That(page, Does.Contain("<html").IgnoreCase);
            Assert.That(page, Does.Contain("Open Cooperation Forum: who matters"));
            // The top three by betweenness (NetworkX: ev.summit, p.okafor, p.chen) are among the five key actors shown.
            Assert.That(page, Does.Contain("Green Finance Summit 2024").And.Contain("Emeka Okafor").And.Contain("Chen Li"));
            Assert.That(page, Does.Not.Contain("src=\"http").And.Not.Contain("href=\"http"), "self-contained: nothing fetched");
            Assert.That(File.ReadAllBytes(again), Is.EqualTo(File.ReadAllBytes(html)), "same seed and time, same bytes");
            Assert.That(File.ReadAllText(markdown), Does.StartWith("#").And.Contain("Chen Li"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
