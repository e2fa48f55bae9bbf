using System.Text;

namespace Stakeholders.Network.IO;

/// <summary>
/// Turns byte offsets into a UTF-8 buffer into 1-based line and column numbers (columns count UTF-16 characters, as
/// editors do), for error messages.
/// </summary>
internal sealed class TextPositions
{
    private readonly ReadOnlyMemory<byte> _bytes;
    private List<int>? _lineStarts;

    public TextPositions(ReadOnlyMemory<byte> bytes)
    {
        _bytes = bytes;
    }

    // Found on first use: valid input never asks for a position, so it never pays for the scan.
    private List<int> LineStarts => _lineStarts ??= FindLineStarts(_bytes.Span);

    private static List<int> FindLineStarts(ReadOnlySpan<byte> span)
    {
        var starts = new List<int> { 0 };
        var at = 0;
        while (span[at..].IndexOf((byte)'\n') is var next and >= 0)
        {
            at += next + 1;
            starts.Add(at);
        }

        return starts;
    }

    public (int Line, int Column) At(long offset)
    {
        var clamped = (int)Math.Clamp(offset, 0, _bytes.Length);
        var index = LineStarts.BinarySearch(clamped);
        var line = index >= 0 ? index : ~index - 1;
        return (line + 1, ColumnOf(LineStarts[line], clamped));
    }

    /// <summary>The 1-based column of a byte position inside a 0-based line, as <c>JsonException</c> reports it.</summary>
    public int ColumnInLine(long zeroBasedLine, long bytePositionInLine)
    {
        if (zeroBasedLine < 0 || zeroBasedLine >= LineStarts.Count)
        {
            return (int)Math.Max(1, bytePositionInLine + 1);
        }

        var start = LineStarts[(int)zeroBasedLine];
        return ColumnOf(start, (int)Math.Min(_bytes.Length, start + Math.Max(0, bytePositionInLine)));
    }

    private int ColumnOf(int lineStart, int offset) => Encoding.UTF8.GetCharCount(_bytes.Span[lineStart..offset]) + 1;
}
