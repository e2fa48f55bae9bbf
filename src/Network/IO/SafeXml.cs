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
        if (bytes.AsSpan().Trim(" \t\r\n"u8).IsEmpty || bytes.AsSpan().SequenceEqual(Encoding.UTF8.Preamble))
        {
            throw new NetworkFormatException(sourceName, 1, 1, "the file is empty; expected an XML document");
        }

        var maxDepth = ReadScope.Current.MaxDepth;
        try
        {
            // A first, allocation-free pass bounds the nesting before XDocument builds a tree of it (100,000 nested
            // elements would otherwise cost quadratic time); it also finds syntax errors at their position.
            using (var scan = XmlReader.Create(new MemoryStream(bytes, writable: false), settings))
            {
                while (scan.Read())
                {
                    if (scan.Depth >= maxDepth)
                    {
                        var info = (IXmlLineInfo)scan;
                        throw new NetworkFormatException(sourceName, Math.Max(info.LineNumber, 1), Math.Max(info.LinePosition, 1),
                            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"the elements nest deeper than the reader limit of {maxDepth} (raise it with --max-depth)"));
                    }
                }
            }

            using var reader = XmlReader.Create(new MemoryStream(bytes, writable: false), settings);
            return XDocument.Load(reader, LoadOptions.SetLineInfo | LoadOptions.PreserveWhitespace);
        }
        catch (XmlException e)
        {
            var (line, column) = (Math.Max(e.LineNumber, 1), Math.Max(e.LinePosition, 1));
            if (e.LineNumber == 0 && bytes.AsSpan().IndexOf("<!DOCTYPE"u8) is var at and >= 0)
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
        catch (NetworkFormatException e) when (e.File == "<stream>" && targetName != "<stream>")
        {
            // The stream writer inside an atomic file write: name the file, not the stream.
            throw new NetworkFormatException(targetName, e.Line, e.Column, e.Reason, e.InnerException);
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
