using System.Text;
using Stakeholders.Network.Reports.Model;

namespace Stakeholders.Network.Reports.Rendering;

/// <summary>The output formats of a report.</summary>
public enum ReportFormat
{
    /// <summary>One self-contained HTML file.</summary>
    Html,

    /// <summary>Markdown.</summary>
    Markdown,

    /// <summary>The report model as JSON.</summary>
    Json,
}

/// <summary>Renders a report in the format its file name asks for and writes it without leaving a half-written file.</summary>
public static class ReportWriter
{
    /// <summary>The format for a path's extension: <c>.html</c>/<c>.htm</c>, <c>.md</c>/<c>.markdown</c>, <c>.json</c>.</summary>
    /// <exception cref="ArgumentException">The extension is none of these.</exception>
    public static ReportFormat FormatOf(string path)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        return extension switch
        {
            ".html" or ".htm" => ReportFormat.Html,
            ".md" or ".markdown" => ReportFormat.Markdown,
            ".json" => ReportFormat.Json,
            _ => throw new ArgumentException($"Cannot tell the report format from '{path}': use a .html, .md or .json file name.", nameof(path)),
        };
    }

    /// <summary>The file the Markdown report of <paramref name="path"/> links for its network picture: <c>report.md</c> → <c>report.network.svg</c>, beside it.</summary>
    internal static string DrawingPathFor(string path) => Path.ChangeExtension(path, null) + ".network.svg";

    /// <summary>Renders the model in the given format (Markdown without its picture; <see cref="Write"/> adds it).</summary>
    public static string Render(ReportModel model, ReportFormat format, HtmlReportOptions? options = null, CancellationToken cancellationToken = default) => format switch
    {
        ReportFormat.Html => HtmlReportRenderer.Render(model, options, cancellationToken),
        ReportFormat.Markdown => MarkdownReportRenderer.Render(model),
        ReportFormat.Json => ReportJson.Serialize(model),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format."),
    };

    /// <summary>
    /// Renders the model in the format <paramref name="path"/>'s extension names and writes it as UTF-8 (no BOM): first to
    /// a temporary file beside the target, then moved over it. A Markdown report also writes its network picture as an SVG
    /// file beside itself (<see cref="DrawingPathFor"/>) and links it.
    /// </summary>
    public static void Write(ReportModel model, string path, HtmlReportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        var format = FormatOf(path);
        string text;
        if (format == ReportFormat.Markdown && model.Drawing is { Vertices.Count: > 0 } drawing)
        {
            var svgPath = DrawingPathFor(path);
            var svg = Drawing.NetworkDrawing.Render(drawing, (options ?? new HtmlReportOptions()).Drawing, cancellationToken).Svg;
            WriteAtomically("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg + "\n", svgPath);
            text = MarkdownReportRenderer.Render(model, Path.GetFileName(svgPath));
        }
        else
        {
            text = Render(model, format, options, cancellationToken);
        }

        WriteAtomically(text, path);
    }

    private static void WriteAtomically(string text, string path)
    {
        var full = Path.GetFullPath(path);
        var temp = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        try
        {
            File.WriteAllText(temp, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }
}
