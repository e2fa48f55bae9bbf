using System.Globalization;
using System.Text;
using Stakeholders.Network.Model;

namespace Stakeholders.Network.IO;

/// <summary>
/// Pajek <c>.net</c> (name <c>pajek</c>): <c>*Vertices n</c> with one quoted label per vertex (the stakeholder id), then
/// <c>*Arcs</c> with <c>from to weight</c> per tie (1-based vertex numbers, weight = strength).
/// </summary>
/// <remarks>
/// Pajek itself has no escape for a quote inside a label; labels are written the way NetworkX's <c>read_pajek</c> (POSIX
/// shell quoting) reads them back: <c>\</c> as <c>\\</c> and <c>"</c> as <c>\"</c>. Line breaks and tabs inside ids become
/// spaces. Only ids, tie endpoints and strengths are kept. Output is deterministic (<c>\r\n</c> line ends, as Pajek writes).
/// <para>
/// Reading takes what Pajek and NetworkX's <c>write_pajek</c> produce: <c>%</c> comment lines, <c>*Network name</c> (the
/// title), <c>*Vertices n</c> with <c>k "label" [coordinates, shapes…]</c> lines (a vertex without a line is labelled by its
/// number; the label becomes the stakeholder id and name, kind <c>person</c>, as for edge lists), and any number of
/// <c>*Arcs</c> / <c>*Edges</c> (<c>u v [weight]</c>) and <c>*Arcslist</c> / <c>*Edgeslist</c> (<c>u v1 v2 …</c>)
/// sections; every line becomes a tie of type <c>TIE</c> from u to v with strength = weight. <c>*Matrix</c> sections
/// are refused with a clear error. Errors name the file, line and column.
/// </para>
/// </remarks>
public static class PajekFormat
{
    /// <summary>Writes a network as Pajek, atomically.</summary>
    public static void Write(StakeholderNetwork network, string path)
    {
        ArgumentNullException.ThrowIfNull(network);
        AtomicFile.Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true);
            Write(network, writer);
        });
    }

    /// <summary>Writes a network as Pajek.</summary>
    public static void Write(StakeholderNetwork network, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(writer);
        writer.NewLine = "\r\n";
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"*Vertices {network.Stakeholders.Count}"));
        for (var i = 0; i < network.Stakeholders.Count; i++)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{i + 1} \"{Escape(network.Stakeholders[i].Id)}\""));
        }

        writer.WriteLine("*Arcs");
        foreach (var t in network.Ties)
        {
            var from = network.IndexOf(t.Source) + 1;
            var to = network.IndexOf(t.Target) + 1;
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{from} {to} {t.Strength:R}"));
        }
    }

    /// <summary>Reads a Pajek file.</summary>
    /// <exception cref="NetworkFormatException">A line is malformed; the message names the file, line and column.</exception>
    /// <exception cref="NetworkValidationException">A weight is negative, or two vertices share a label.</exception>
    public static StakeholderNetwork Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Read(reader, path);
    }

    /// <summary>Reads Pajek text.</summary>
    public static StakeholderNetwork Read(TextReader reader, string sourceName = "<stream>")
    {
        ArgumentNullException.ThrowIfNull(reader);
        var builder = StakeholderNetworkBuilder.ForReading();
        var options = ReadScope.Current;
        var declared = -1;
        var verticesLine = 0;
        var labels = new Dictionary<int, (string Label, int Line)>();
        var section = string.Empty;
        var lineNumber = 0;
        var pendingTies = new List<(int From, int To, double Weight, int Line, int Column)>();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed[0] == '%')
            {
                continue;
            }

            if (trimmed[0] == '*')
            {
                var head = trimmed.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries);
                section = head[0].ToLowerInvariant();
                switch (section)
                {
                    case "*network":
                        builder.Title = head.Length > 1 ? Unquote(head[1].Trim()) : null;
                        break;
                    case "*vertices":
                        if (declared >= 0)
                        {
                            throw Error(lineNumber, 1, "a second *Vertices line; a Pajek network has one");
                        }

                        if (head.Length < 2 || !int.TryParse(head[1].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)[0], NumberStyles.None, CultureInfo.InvariantCulture, out var n))
                        {
                            throw Error(lineNumber, 1, "*Vertices needs a vertex count, e.g. '*Vertices 34'");
                        }

                        // Nothing is allocated for the declared count: labels are kept as they are listed.
                        if (n > options.MaxStakeholders)
                        {
                            throw NetworkReadOptions.Exceeded(sourceName, lineNumber, line.IndexOf(head[1][0]) + 1, string.Create(CultureInfo.InvariantCulture, $"*Vertices {n}"), options.MaxStakeholders, "--max-stakeholders");
                        }

                        declared = n;
                        verticesLine = lineNumber;
                        break;
                    case "*arcs" or "*edges" or "*arcslist" or "*edgeslist":
                        if (declared < 0)
                        {
                            throw Error(lineNumber, 1, $"{head[0]} comes before *Vertices");
                        }

                        break;
                    case "*matrix":
                        throw Error(lineNumber, 1, "*Matrix sections are not supported; write the network with *Arcs or *Edges");
                    default:
                        throw Error(lineNumber, 1, $"unknown section '{head[0]}'; expected *Network, *Vertices, *Arcs, *Edges, *Arcslist or *Edgeslist");
                }

                continue;
            }

            if (declared < 0)
            {
                throw Error(lineNumber, 1, "data before the *Vertices line");
            }

            var fields = Fields(trimmed, lineNumber, line.Length - line.TrimStart().Length);
            if (section == "*vertices")
            {
                var k = Vertex(fields[0], declared, lineNumber);
                if (labels.TryGetValue(k, out var earlier)
                    && options.Recoverable(sourceName, lineNumber, fields[0].Column, string.Create(CultureInfo.InvariantCulture, $"vertex {k} is listed twice (first on line {earlier.Line})")) is { } duplicate)
                {
                    throw duplicate;
                }

                labels[k] = (fields.Count < 2 ? k.ToString(CultureInfo.InvariantCulture) : fields[1].Text, lineNumber);
                continue;
            }

            var from = Vertex(fields[0], declared, lineNumber);
            if (section is "*arcslist" or "*edgeslist")
            {
                foreach (var f in fields.Skip(1))
                {
                    AddPending(from, Vertex(f, declared, lineNumber), 1.0, lineNumber, f.Column);
                }

                continue;
            }

            if (fields.Count < 2)
            {
                throw Error(lineNumber, fields[0].Column, "a tie line needs two vertex numbers: 'from to [weight]'");
            }

            var to = Vertex(fields[1], declared, lineNumber);
            var weight = 1.0;
            if (fields.Count > 2 && !double.TryParse(fields[2].Text, NumberStyles.Float, CultureInfo.InvariantCulture, out weight))
            {
                throw Error(lineNumber, fields[2].Column, $"'{fields[2].Text}' is not a number (the weight)");
            }

            AddPending(from, to, weight, lineNumber, fields[0].Column);
        }

        if (declared < 0)
        {
            throw Error(Math.Max(lineNumber, 1), 1, "no *Vertices line: not a Pajek network");
        }

        // Pajek semantics: every declared vertex exists; an unlisted one is named by its number. The declared count
        // was checked against the stakeholder limit, and the builder enforces it again as they are added.
        var ids = new string[declared];
        for (var k = 1; k <= declared; k++)
        {
            var (id, listedOn) = labels.TryGetValue(k, out var listed) ? listed : (k.ToString(CultureInfo.InvariantCulture), 0);
            builder.AddStakeholder(new Stakeholder(id, id, StakeholderKind.Person), NetworkFormatException.Location(sourceName, listedOn > 0 ? listedOn : verticesLine, 1));
            ids[k - 1] = id;
        }

        foreach (var (from, to, weight, tieLine, column) in pendingTies)
        {
            builder.AddTie(new Tie(ids[from - 1], ids[to - 1], EdgeListFormat.DefaultTieType) { Strength = weight }, NetworkFormatException.Location(sourceName, tieLine, column));
        }

        return builder.Build();

        NetworkFormatException Error(int atLine, int column, string reason) => new(sourceName, atLine, column, reason);

        void AddPending(int from, int to, double weight, int atLine, int column)
        {
            if (pendingTies.Count >= options.MaxTies)
            {
                throw NetworkReadOptions.Exceeded(sourceName, atLine, column, "the number of ties", options.MaxTies, "--max-ties");
            }

            pendingTies.Add((from, to, weight, atLine, column));
        }

        int Vertex((string Text, int Column) field, int count, int atLine)
        {
            if (!int.TryParse(field.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var k) || k < 1 || k > count)
            {
                throw Error(atLine, field.Column, $"'{field.Text}' is not a vertex number between 1 and {count}");
            }

            return k;
        }

        List<(string Text, int Column)> Fields(string text, int atLine, int indent)
        {
            var result = new List<(string Text, int Column)>();
            var i = 0;
            while (i < text.Length)
            {
                if (char.IsWhiteSpace(text[i]))
                {
                    i++;
                    continue;
                }

                var start = i;
                if (text[i] == '"')
                {
                    var sb = new StringBuilder();
                    i++;
                    while (i < text.Length && text[i] != '"')
                    {
                        if (text[i] == '\\' && i + 1 < text.Length)
                        {
                            i++;
                        }

                        sb.Append(text[i]);
                        i++;
                    }

                    if (i >= text.Length)
                    {
                        throw Error(atLine, indent + start + 1, "a quoted label is not closed");
                    }

                    i++;
                    result.Add((sb.ToString(), indent + start + 1));
                }
                else
                {
                    while (i < text.Length && !char.IsWhiteSpace(text[i]))
                    {
                        i++;
                    }

                    result.Add((text[start..i], indent + start + 1));
                }
            }

            return result;
        }
    }

    private static string Unquote(string text) =>
        text.Length >= 2 && text[0] == '"' && text[^1] == '"' ? text[1..^1].Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal) : text;

    /// <summary>Escapes a label for a double-quoted Pajek field.</summary>
    internal static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length + 2);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\':
                    sb.Append(@"\\");
                    break;
                case '"':
                    sb.Append("\\\"");
                    break;
                case '\r' or '\n' or '\t':
                    sb.Append(' ');
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }

        return sb.ToString();
    }
}
