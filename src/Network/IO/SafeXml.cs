using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Stakeholders.Network.IO;

/// <summary>
/// Loads untrusted XML safely (no DTDs, no external resolution, so no XXE and no entity expansion bombs) with line
/// information, and writes XML deterministically.
/// </summary>
internal static class SafeXml
{
    public static XDocument Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream, path);
    }

    /// <exception cref="NetworkFormatException">The XML is malformed or declares a DTD.</exception>
    public static XDocument Load(Stream stream, string sourceName)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CloseInput = false,
        };
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var bytes = buffer.ToArray();
        using var reader = XmlReader.Create(new MemoryStream(bytes, writable: false), settings);
        try
        {
            return XDocument.Load(reader, LoadOptions.SetLineInfo | LoadOptions.PreserveWhitespace);
        }
        catch (XmlException e)
        {
            var (line, column) = (e.LineNumber, e.LinePosition);
            if (line == 0 && bytes.AsSpan().IndexOf("<!DOCTYPE"u8) is var at and >= 0)
            {
                // The DTD refusal carries no position; the declaration is where the reader stopped.
                (line, column) = new TextPositions(bytes).At(at);
            }

            var reason = e.Message.Contains("DTD", StringComparison.Ordinal)
                ? "the file declares a DTD (<!DOCTYPE ...>), which is refused: DTDs can read other files (XXE) or expand without bound"
                : "invalid XML: " + StripPosition(e.Message);
            throw new NetworkFormatException(sourceName, line, column, reason, e);
        }
    }

    /// <summary>The <c>file:line:column</c> of an element or attribute.</summary>
    public static string Where(XObject node, string sourceName) =>
        node is IXmlLineInfo info && info.HasLineInfo()
            ? NetworkFormatException.Location(sourceName, info.LineNumber, info.LinePosition)
            : sourceName;

    public static NetworkFormatException Fatal(XObject node, string sourceName, string reason) =>
        node is IXmlLineInfo info && info.HasLineInfo()
            ? new NetworkFormatException(sourceName, info.LineNumber, info.LinePosition, reason)
            : new NetworkFormatException(sourceName, 0, 0, reason);

    /// <summary>Writer settings: UTF-8 without BOM, two-space indent, <c>\n</c>, line breaks inside values kept as entities.</summary>
    public static XmlWriterSettings WriterSettings => new()
    {
        Encoding = new UTF8Encoding(false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Entitize,
        CheckCharacters = true,
        CloseOutput = false,
    };

    /// <summary>Runs a write, turning XmlWriter's refusal of a character XML 1.0 cannot hold into a clear error.</summary>
    public static void Guard(string targetName, Action write)
    {
        try
        {
            write();
        }
        catch (ArgumentException e) when (e.Message.Contains("character", StringComparison.OrdinalIgnoreCase))
        {
            throw new NetworkFormatException(targetName, 0, 0,
                "a text holds a character XML 1.0 cannot represent (a control character or a lone surrogate); write the native JSON format instead", e);
        }
    }

    private static string StripPosition(string message)
    {
        var cut = message.IndexOf(" Line ", StringComparison.Ordinal);
        return (cut >= 0 ? message[..cut] : message).TrimEnd('.', ' ', ',');
    }
}
