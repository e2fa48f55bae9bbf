using System.Text;

namespace Stakeholders.Network.IO;

/// <summary>One CSV field and where it starts (1-based line and column).</summary>
internal readonly record struct CsvField(string Text, int Line, int Column);

/// <summary>
/// RFC 4180 CSV: comma-separated fields, fields quoted with <c>"</c> may hold commas, doubled quotes and line breaks;
/// records end with CRLF or LF. A leading byte order mark is skipped. Blank lines are skipped.
/// </summary>
internal static class CsvCodec
{
    /// <summary>The characters that make a spreadsheet treat a cell as a formula.</summary>
    private static readonly char[] FormulaTriggers = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>Parses every record.</summary>
    /// <exception cref="NetworkFormatException">A quote is not closed, or text follows a closing quote.</exception>
    public static List<List<CsvField>> Parse(string text, string sourceName)
    {
        var records = new List<List<CsvField>>();
        var i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var line = 1;
        var lineStart = i;
        var record = new List<CsvField>();
        var field = new StringBuilder();
        while (true)
        {
            var fieldLine = line;
            var fieldColumn = i - lineStart + 1;
            field.Clear();
            var quoted = i < text.Length && text[i] == '"';
            if (quoted)
            {
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        throw new NetworkFormatException(sourceName, fieldLine, fieldColumn, "a quoted field is never closed (missing '\"')");
                    }

                    var c = text[i];
                    if (c == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    if (c == '\n')
                    {
                        line++;
                        lineStart = i + 1;
                    }

                    field.Append(c);
                    i++;
                }

                if (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                {
                    throw new NetworkFormatException(sourceName, line, i - lineStart + 1,
                        "unexpected text after a closing quote; a quote inside a quoted field is written as two quotes (\"\")");
                }
            }
            else
            {
                while (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                {
                    if (text[i] == '"')
                    {
                        throw new NetworkFormatException(sourceName, line, i - lineStart + 1,
                            "a quote inside an unquoted field; quote the whole field and double the quote (\"\")");
                    }

                    field.Append(text[i]);
                    i++;
                }
            }

            record.Add(new CsvField(field.ToString(), fieldLine, fieldColumn));
            if (i < text.Length && text[i] == ',')
            {
                i++;
                continue;
            }

            // End of record: a line break or the end of the text.
            var blankLine = record.Count == 1 && record[0].Text.Length == 0 && !quoted;
            if (!blankLine)
            {
                records.Add(record);
            }

            record = [];
            if (i < text.Length && text[i] == '\r')
            {
                i++;
            }

            if (i < text.Length && text[i] == '\n')
            {
                i++;
            }

            line++;
            lineStart = i;
            if (i >= text.Length)
            {
                break;
            }
        }

        return records;
    }

    /// <summary>Writes one record, quoting fields that need it and neutralising formulas.</summary>
    public static void WriteRecord(TextWriter writer, IEnumerable<string?> fields)
    {
        var first = true;
        foreach (var raw in fields)
        {
            if (!first)
            {
                writer.Write(',');
            }

            first = false;
            var value = Neutralize(raw ?? string.Empty);
            if (NeedsQuotes(value))
            {
                writer.Write('"');
                writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
                writer.Write('"');
            }
            else
            {
                writer.Write(value);
            }
        }

        writer.Write("\r\n");
    }

    private static bool NeedsQuotes(string value) =>
        value.Length > 0 && (value.AsSpan().IndexOfAny(",\"\r\n") >= 0 || char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]));

    /// <summary>
    /// Prefixes <c>'</c> to a cell a spreadsheet would run as a formula (one starting with <c>= + - @</c>, tab or carriage
    /// return, possibly after apostrophes already there), so opening an exported file cannot execute anything.
    /// </summary>
    public static string Neutralize(string value) => IsGuarded(value, 0) ? "'" + value : value;

    /// <summary>Undoes <see cref="Neutralize"/>: drops one leading <c>'</c> when what follows is a guarded formula.</summary>
    public static string Restore(string value) => value.Length > 1 && value[0] == '\'' && IsGuarded(value, 1) ? value[1..] : value;

    private static bool IsGuarded(string value, int from)
    {
        var i = from;
        while (i < value.Length && value[i] == '\'')
        {
            i++;
        }

        return i < value.Length && Array.IndexOf(FormulaTriggers, value[i]) >= 0;
    }
}
