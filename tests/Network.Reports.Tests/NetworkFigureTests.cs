using System.Buffers.Binary;
using System.Xml.Linq;
using Stakeholders.Network.IO;
using Stakeholders.Network.Reports.Drawing;

namespace Stakeholders.Network.Reports.Tests;

/// <summary>The stand-alone figure (<c>--figure x.svg|x.png</c>): well-formed SVG with every label, a real PNG, hostile names inert.</summary>
public class NetworkFigureTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    internal static string ArtifactPath(string name)
    {
        var dir = Path.Combine(TestContext.CurrentContext.WorkDirectory, "figure-artifacts");
        Directory.CreateDirectory(dir);
        return Path.Combine(dir, name);
    }

    [Test]
    public void Svg_figure_is_well_formed_and_labels_every_stakeholder_with_the_legend_inside()
    {
        var model = SampleReports.Model();
        var svgText = NetworkFigure.RenderSvg(model.Drawing!);
        Assert.That(svgText, Does.StartWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
        var svg = XDocument.Parse(svgText).Root!;
        Assert.That(svg.Name, Is.EqualTo(Svg + "svg"));

        var labels = svg.Element(Svg + "g")!.ElementsAfterSelf(Svg + "g").Single(g => (string?)g.Attribute("class") == "labels")
            .Elements(Svg + "text").Select(t => t.Value).ToArray();
        var expected = model.Drawing!.Vertices.Select(v => Text.Escape.Clean(v.Label.Length > 28 ? v.Label : v.Label, singleLine: true)).ToArray();
        Assert.That(labels, Has.Length.EqualTo(model.Drawing.Vertices.Count), "one label per stakeholder");
        foreach (var name in SampleReports.HostileNames.Where(n => n.Length <= 28))
        {
            Assert.That(labels, Does.Contain(Text.Escape.Clean(name, singleLine: true)), name);
        }

        // Nothing executable: only drawing elements, no event attributes, no links.
        var names = svg.DescendantsAndSelf().Select(e => e.Name.LocalName).Distinct().Order().ToArray();
        Assert.That(names, Is.SubsetOf(new[] { "circle", "g", "line", "rect", "svg", "text", "title", "defs", "marker", "path" }));
        Assert.That(svg.Descendants().SelectMany(e => e.Attributes()).Select(a => a.Name.LocalName), Has.None.StartsWith("on").And.None.EqualTo("href"));

        // The legend is drawn inside the figure, naming the groups.
        var legend = svg.Elements(Svg + "g").Single(g => (string?)g.Attribute("class") == "legend");
        foreach (var entry in NetworkDrawing.Render(model.Drawing).Legend)
        {
            Assert.That(legend.Elements(Svg + "text").Select(t => t.Value), Has.Some.StartsWith(Text.Escape.Clean(entry.Label, singleLine: true)[..Math.Min(20, entry.Label.Length)]));
        }

        Assert.That(expected, Is.Not.Empty);
    }

    [Test]
    public void Png_figure_is_a_png_of_twice_the_svg_size_with_ink_on_it()
    {
        var model = SampleReports.Model();
        var svg = XDocument.Parse(NetworkFigure.RenderSvg(model.Drawing!)).Root!;
        var png = NetworkFigure.RenderPng(model.Drawing!);
        Assert.That(png.AsSpan(0, 8).ToArray(), Is.EqualTo(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }));
        var width = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4));
        var height = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4));
        Assert.That(width, Is.EqualTo(2 * (int)(double)svg.Attribute("width")!));
        Assert.That(height, Is.EqualTo((int)Math.Ceiling(2 * (double)svg.Attribute("height")!)));
        Assert.That(png, Has.Length.GreaterThan(20_000), "a blank image compresses to almost nothing");
        File.WriteAllBytes(ArtifactPath("sample-figure.png"), png);
    }

    [Test]
    public void Text_is_rendered_in_the_png()
    {
        // The same picture with and without its labels differs in the label areas only if a font was found.
        var model = SampleReports.Model();
        var svgText = NetworkFigure.RenderSvg(model.Drawing!);
        var withoutText = System.Text.RegularExpressions.Regex.Replace(svgText, "<text[^>]*>[^<]*</text>", string.Empty);
        var a = NetworkFigure.SvgToPng(svgText, 1);
        var b = NetworkFigure.SvgToPng(withoutText, 1);
        Assert.That(a.Length, Is.GreaterThan(b.Length + 5_000), "labels add ink to the PNG");
    }

    [Test]
    public void Format_comes_from_the_extension_and_write_leaves_no_temporary_file()
    {
        Assert.That(NetworkFigure.FormatOf("a/b.SVG"), Is.EqualTo(FigureFormat.Svg));
        Assert.That(NetworkFigure.FormatOf("b.png"), Is.EqualTo(FigureFormat.Png));
        Assert.That(() => NetworkFigure.FormatOf("b.jpg"), Throws.ArgumentException.With.Message.Contains(".svg or .png"));
        var path = ArtifactPath("write-test.svg");
        NetworkFigure.Write(SampleReports.Model().Drawing!, path);
        Assert.That(XDocument.Load(path).Root!.Name.LocalName, Is.EqualTo("svg"));
        Assert.That(Directory.GetFiles(Path.GetDirectoryName(path)!, ".*.tmp"), Is.Empty);
    }

    [Test]
    public void Seed_network_figure_renders()
    {
        var network = NativeJson.Read(Path.Combine(TestContext.CurrentContext.TestDirectory, "seeds", "shijingshan-forum-2023.json"));
        var model = StakeholderReport.Build(network, new StakeholderReportOptions { GeneratedAt = SampleReports.FixedTime });
        File.WriteAllBytes(ArtifactPath("seed-figure.png"), NetworkFigure.RenderPng(model.Drawing!));
        File.WriteAllText(ArtifactPath("seed-figure.svg"), NetworkFigure.RenderSvg(model.Drawing!));
        Assert.Pass();
    }
}
