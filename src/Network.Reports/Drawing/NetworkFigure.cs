using System.Text;
using SkiaSharp;
using Stakeholders.Network.Reports.Model;
using Svg.Skia;

namespace Stakeholders.Network.Reports.Drawing;

/// <summary>The file formats of the stand-alone network figure.</summary>
public enum FigureFormat
{
    /// <summary>An SVG document (vector, for slides and print).</summary>
    Svg,

    /// <summary>A PNG image, rendered in-process with SkiaSharp through Svg.Skia (no browser).</summary>
    Png,
}

/// <summary>
/// The network drawing alone, for slides: <c>stakeholders report ... --figure drawing.svg|drawing.png</c>. The picture is
/// <see cref="NetworkDrawing.RenderFigure"/>'s SVG (legend included); PNG is that SVG rasterised in-process by Svg.Skia
/// 5.2.3 over SkiaSharp 4.156.1, at twice the SVG's size by default so it stays sharp on a projector.
/// </summary>
public static class NetworkFigure
{
    /// <summary>The format for a path's extension: <c>.svg</c> or <c>.png</c>.</summary>
    /// <exception cref="ArgumentException">The extension is neither.</exception>
    public static FigureFormat FormatOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".svg" => FigureFormat.Svg,
            ".png" => FigureFormat.Png,
            _ => throw new ArgumentException($"Cannot tell the figure format from '{path}': use a .svg or .png file name.", nameof(path)),
        };
    }

    /// <summary>The figure as an SVG document.</summary>
    public static string RenderSvg(NetworkDrawingInput input, DrawingOptions? options = null, CancellationToken cancellationToken = default) =>
        NetworkDrawing.RenderFigure(input, options, cancellationToken).Svg;

    /// <summary>The figure as PNG bytes, <paramref name="scale"/> device pixels per SVG unit (default 2).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scale"/> is not between 0.25 and 8.</exception>
    public static byte[] RenderPng(NetworkDrawingInput input, DrawingOptions? options = null, double scale = 2, CancellationToken cancellationToken = default) =>
        SvgToPng(RenderSvg(input, options, cancellationToken), scale);

    /// <summary>Writes the figure in the format <paramref name="path"/>'s extension names, through a temporary file beside it.</summary>
    public static void Write(NetworkDrawingInput input, string path, DrawingOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var format = FormatOf(path);
        var bytes = format == FigureFormat.Svg
            ? new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(RenderSvg(input, options, cancellationToken))
            : RenderPng(input, options, cancellationToken: cancellationToken);
        var full = Path.GetFullPath(path);
        var temp = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        try
        {
            File.WriteAllBytes(temp, bytes);
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

    /// <summary>Rasterises an SVG document on a white background.</summary>
    internal static byte[] SvgToPng(string svgText, double scale)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(scale, 0.25);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(scale, 8);
        using var svg = new SKSvg();
        var picture = svg.FromSvg(svgText) ?? throw new InvalidOperationException("The figure's SVG could not be read by the PNG renderer.");
        var bounds = picture.CullRect;
        var width = Math.Max(1, (int)Math.Ceiling(bounds.Width * scale));
        var height = Math.Max(1, (int)Math.Ceiling(bounds.Height * scale));
        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul))
            ?? throw new InvalidOperationException($"Could not allocate a {width}×{height} image for the figure.");
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        canvas.Scale((float)scale);
        canvas.DrawPicture(picture);
        canvas.Flush();
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
