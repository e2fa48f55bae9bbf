using System.Globalization;
using System.Text;
using Stakeholders.Network.Model;

namespace Stakeholders.Network.IO;

/// <summary>
/// Pajek <c>.net</c> (name <c>pajek</c>), write only: <c>*Vertices n</c> with one quoted label per vertex (the stakeholder
/// id), then <c>*Arcs</c> with <c>from to weight</c> per tie (1-based vertex numbers, weight = strength).
/// </summary>
/// <remarks>
/// Pajek itself has no escape for a quote inside a label; labels are written the way NetworkX's <c>read_pajek</c> (POSIX
/// shell quoting) reads them back: <c>\</c> as <c>\\</c> and <c>"</c> as <c>\"</c>. Line breaks and tabs inside ids become
/// spaces. Only ids, tie endpoints and strengths are kept. Output is deterministic (<c>\r\n</c> line ends, as Pajek writes).
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

    /// <summary>Escapes a label for a double-quoted Pajek field.</summary>
    public static string Escape(string text)
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
