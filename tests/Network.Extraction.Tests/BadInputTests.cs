using System.Text;

namespace Stakeholders.Network.Extraction.Tests;

/// <summary>Documents nothing can be extracted from get a clear reason, never a crash.</summary>
public class BadInputTests
{
    [Test]
    public void Empty_file()
    {
        var path = Path.Combine(TestFiles.TempDirectory(), "empty.txt");
        File.WriteAllText(path, string.Empty);
        var e = Assert.Throws<DocumentRejectedException>(() => DocumentReader.Read(path));
        Assert.That(e!.Message, Does.Contain("empty.txt").And.Contain("nothing extracted").And.Contain("empty"));
        File.WriteAllText(path, "  \n\t  ");
        Assert.That(() => DocumentReader.Read(path), Throws.TypeOf<DocumentRejectedException>().With.Message.Contains("empty"));
    }

    [Test]
    public void Binary_file()
    {
        var path = Path.Combine(TestFiles.TempDirectory(), "image.txt");
        File.WriteAllBytes(path, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);
        var e = Assert.Throws<DocumentRejectedException>(() => DocumentReader.Read(path));
        Assert.That(e!.Reason, Does.Contain("binary"));
        File.WriteAllBytes(path, [0x41, 0x42, 0xC3, 0x28, 0x41]);
        Assert.That(() => DocumentReader.Read(path), Throws.TypeOf<DocumentRejectedException>().With.Message.Contains("not UTF-8"));
    }

    [Test]
    public void Fifty_megabyte_file()
    {
        var path = Path.Combine(TestFiles.TempDirectory(), "huge.txt");
        using (var stream = File.Create(path))
        {
            var line = Encoding.UTF8.GetBytes("Mayor of Beijing Li Ming addressed the forum. ");
            for (long written = 0; written < 50L * 1024 * 1024; written += line.Length)
            {
                stream.Write(line);
            }
        }

        var e = Assert.Throws<DocumentRejectedException>(() => DocumentReader.Read(path));
        Assert.That(e!.Reason, Does.Contain("50.0 MB").And.Contain("--max-size"));
    }

    [Test]
    public void Text_in_another_language()
    {
        var path = Path.Combine(TestFiles.TempDirectory(), "zh.txt");
        File.WriteAllText(path, "北京市副市长夏林茂出席论坛并致辞。石景山区人民政府和首钢集团主办了本次论坛。");
        var e = Assert.Throws<DocumentRejectedException>(() => DocumentReader.Read(path));
        Assert.That(e!.Reason, Does.Contain("not English"));
        File.WriteAllText(path, "Der Bürgermeister von Berlin eröffnete das Forum und sprach über die Zusammenarbeit zwischen den Städten. "
            + "Die Veranstaltung wurde von der Senatsverwaltung organisiert und fand im Rathaus statt, wo viele Gäste aus aller Welt waren.");
        Assert.That(() => DocumentReader.Read(path), Throws.TypeOf<DocumentRejectedException>().With.Message.Contains("English"));
    }

    [Test]
    public void The_extractor_itself_returns_an_empty_result_with_the_reason()
    {
        var extractor = new RuleBasedExtractor();
        var empty = extractor.Extract(new ExtractionDocument("e", "   "));
        Assert.That(empty.IsEmpty, Is.True);
        Assert.That(empty.Notes.Single(), Does.Contain("empty"));
        var chinese = extractor.Extract(new ExtractionDocument("zh", "北京市副市长夏林茂出席论坛并致辞。"));
        Assert.That(chinese.IsEmpty && chinese.Notes.Single().Contains("not English", StringComparison.Ordinal), Is.True);
        var prose = extractor.Extract(new ExtractionDocument("p", "nothing here is named, and no one is mentioned at all in this sentence of plain words."));
        Assert.That(prose.IsEmpty, Is.True);
        Assert.That(prose.Notes.Single(), Does.Contain("nothing extracted"));
    }

    [Test]
    public void Missing_file()
    {
        Assert.That(() => DocumentReader.Read(Path.Combine(TestFiles.TempDirectory(), "nope.txt")), Throws.TypeOf<FileNotFoundException>());
    }
}
