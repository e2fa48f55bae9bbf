using System.Text;

namespace Stakeholders.Network.IO;

/// <summary>
/// Turns byte offsets into a UTF-8 buffer into 1-based line and column numbers (columns count UTF-16 characters, as
/// editors do), for error messages.
/// </summary>
internal sealed class TextPositions
{
    private readonly ReadOnlyMemory<byte> _bytes;
    private readonly List<int> _lineStarts = [0];

    public TextPositions(ReadOnlyMemory<byte> bytes)
    {
        _bytes = bytes;
        var span = bytes.Span;
        for (var i = 0; i < span.Length; i++)
        {
            if (span[i] == (byte)'\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    /// <summary>The 1-based line and column of a byte offset.</summary>
    public (int Line, int Column) At(long offset)
    {
        var clamped = (int)Math.Clamp(offset, 0, _bytes.Length);
        var index = _lineStarts.BinarySearch(clamped);
        var line = index >= 0 ? index : ~index - 1;
        return (line + 1, ColumnOf(_lineStarts[line], clamped));
    }

    /// <summary>The 1-based column of a byte position inside a 0-based line, as <c>JsonException</c> reports it.</summary>
    public int ColumnInLine(long zeroBasedLine, long bytePositionInLine)
    {
        if (zeroBasedLine < 0 || zeroBasedLine >= _lineStarts.Count)
        {
            return (int)Math.Max(1, bytePositionInLine + 1);
        }

        var start = _lineStarts[(int)zeroBasedLine];
        return ColumnOf(start, (int)Math.Min(_bytes.Length, start + Math.Max(0, bytePositionInLine)));
    }

    private int ColumnOf(int lineStart, int offset) => Encoding.UTF8.GetCharCount(_bytes.Span[lineStart..offset]) + 1;
}
