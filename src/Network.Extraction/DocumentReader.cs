using System.Globalization;
using System.Text;
using Stakeholders.Network.Extraction.Text;

namespace Stakeholders.Network.Extraction;

/// <summary>
/// Reads documents for extraction and refuses, with a reason, what cannot be extracted from: an empty file, a binary
/// file, a file larger than the limit, text that is not English.
/// </summary>
public static class DocumentReader
{
    /// <summary>The default size limit: 5 MB, a hundred times the longest press release.</summary>
    public const long DefaultMaxBytes = 5L * 1024 * 1024;

    private static readonly HashSet<string> EnglishFunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "of", "and", "to", "in", "a", "for", "on", "with", "by", "is", "was", "as", "at", "from", "that", "its", "has",
        "were", "be", "an", "are", "will", "this", "which", "it", "their", "also", "have", "been", "his", "her",
    };

    /// <summary>Reads a file: plain text (UTF-8, UTF-16 with a byte order mark) or HTML (by extension or content).</summary>
    /// <exception cref="DocumentRejectedException">The file is empty, binary, larger than <paramref name="maxBytes"/>, or not English.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static ExtractionDocument Read(string path, long maxBytes = DefaultMaxBytes)
    {
        ArgumentNullException.ThrowIfNull(path);
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new FileNotFoundException($"{path}: file not found", path);
        }

        if (info.Length > maxBytes)
        {
            throw new DocumentRejectedException(path, string.Create(
                CultureInfo.InvariantCulture,
                $"the file is {Size(info.Length)}; documents are read up to {Size(maxBytes)} (a press release is a few kB; raise the limit with --max-size if this is really one document)"));
        }

        var bytes = File.ReadAllBytes(path);
        var text = Decode(path, bytes);
        var id = Path.GetFileNameWithoutExtension(path);
        var ext = Path.GetExtension(path);
        var isHtml = ext.Equals(".html", StringComparison.OrdinalIgnoreCase) || ext.Equals(".htm", StringComparison.OrdinalIgnoreCase) || HtmlText.LooksLikeHtml(text);
        var doc = new ExtractionDocument(id, text) { Path = path, IsHtml = isHtml };
        Check(path, isHtml ? HtmlText.Strip(text).Text : text);
        return doc;
    }

    /// <summary>Checks text in memory the way <see cref="Read"/> checks a file.</summary>
    /// <exception cref="DocumentRejectedException">The text is empty or not English.</exception>
    public static void Check(string name, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DocumentRejectedException(name, "the document is empty (no text after removing white space and markup)");
        }

        if (TryRejectLanguage(text, out var reason))
        {
            throw new DocumentRejectedException(name, reason);
        }
    }

    /// <summary>Whether the text is too far from English for the rules to apply, and why.</summary>
    internal static bool TryRejectLanguage(string text, out string reason)
    {
        var sample = text.Length > 200_000 ? text[..200_000] : text;
        int letters = 0, latin = 0, words = 0, function = 0;
        var word = new StringBuilder();
        foreach (var c in sample + " ")
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (c < 0x250)
                {
                    latin++;
                }

                word.Append(c);
                continue;
            }

            if (word.Length > 0)
            {
                words++;
                if (EnglishFunctionWords.Contains(word.ToString()))
                {
                    function++;
                }

                word.Clear();
            }
        }

        if (letters == 0)
        {
            reason = "the document has no letters";
            return true;
        }

        var latinShare = latin / (double)letters;
        if (latinShare < 0.8)
        {
            reason = string.Create(CultureInfo.InvariantCulture, $"the text is not English: only {latinShare:P0} of its letters are Latin (the rules read English press releases)");
            return true;
        }

        var functionShare = words == 0 ? 0 : function / (double)words;
        if (words >= 20 && functionShare < 0.08)
        {
            reason = string.Create(CultureInfo.InvariantCulture, $"the text does not look like English: {functionShare:P0} of its words are English function words such as 'the', 'of', 'and' (English prose has 20% or more)");
            return true;
        }

        reason = string.Empty;
        return false;
    }

    private static string Size(long bytes) => bytes >= 1048576
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0:0.0} MB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes:N0} bytes");

    private static string Decode(string path, byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            throw new DocumentRejectedException(path, "the file is empty (0 bytes)");
        }

        Encoding encoding = new UTF8Encoding(false, true);
        var start = 0;
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            encoding = new UnicodeEncoding(false, false, true);
            start = 2;
        }
        else if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            encoding = new UnicodeEncoding(true, false, true);
            start = 2;
        }
        else if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            start = 3;
        }

        if (start == 0 && Array.IndexOf(bytes, (byte)0) >= 0)
        {
            throw new DocumentRejectedException(path, "the file is binary (it contains NUL bytes), not text; extract from the text of the document (save it as .txt or .html)");
        }

        try
        {
            return encoding.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException e)
        {
            throw new DocumentRejectedException(path, $"the file is not UTF-8 text (invalid byte at position {e.Index}); save it as UTF-8");
        }
    }
}
