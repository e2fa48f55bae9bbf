using System.Globalization;
using System.Text;
using Stakeholders.Network.Model;

namespace Stakeholders.Network.IO;

/// <summary>
/// Graphviz DOT (<c>.dot</c>, <c>.gv</c>; name <c>dot</c>), write only: a <c>digraph</c> with one node statement per
/// stakeholder and one edge statement per tie.
/// </summary>
/// <remarks>
/// Every id and value is a double-quoted string, so no input can become DOT syntax or an HTML-like label: <c>"</c> is
/// written <c>\"</c>, <c>\</c> is written <c>\\</c>, a line break <c>\n</c> (Graphviz's centred line break). Nodes carry
/// <c>label</c> (the name), <c>kind</c> and <c>organization_type</c>; edges <c>id</c>, <c>label</c> (the tie type),
/// <c>role</c>, <c>strength</c> and <c>confidence</c> (not <c>weight</c>, which Graphviz's dot layout requires to be an
/// integer), and <c>start</c>/<c>end</c>. Free attributes, aliases, descriptions and evidence are not written.
/// </remarks>
public static class DotFormat
{
    /// <summary>Writes a network as DOT, atomically.</summary>
    public static void Write(StakeholderNetwork network, string path)
    {
        ArgumentNullException.ThrowIfNull(network);
        AtomicFile.Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true);
            Write(network, writer);
        });
    }

    /// <summary>Writes a network as DOT.</summary>
    public static void Write(StakeholderNetwork network, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(writer);
        writer.NewLine = "\n";
        writer.WriteLine(network.Title is null ? "digraph {" : $"digraph {Quote(network.Title)} {{");
        foreach (var s in network.Stakeholders)
        {
            var attributes = new List<(string, string)> { ("label", s.Name), ("kind", s.Kind.ToName()) };
            if (s.OrganizationType != OrganizationType.Unspecified)
            {
                attributes.Add(("organization_type", s.OrganizationType.ToName()));
            }

            writer.WriteLine($"  {Quote(s.Id)} [{Attributes(attributes)}];");
        }

        foreach (var t in network.Ties)
        {
            var attributes = new List<(string, string)> { ("id", t.Id), ("label", t.Type.Name) };
            if (t.Role is not null)
            {
                attributes.Add(("role", t.Role));
            }

            if (t.Period?.Start is { } start)
            {
                attributes.Add(("start", start.ToString()));
            }

            if (t.Period?.End is { } end)
            {
                attributes.Add(("end", end.ToString()));
            }

            attributes.Add(("strength", t.Strength.ToString("R", CultureInfo.InvariantCulture)));
            attributes.Add(("confidence", t.Confidence.ToString("R", CultureInfo.InvariantCulture)));
            writer.WriteLine($"  {Quote(t.Source)} -> {Quote(t.Target)} [{Attributes(attributes)}];");
        }

        writer.WriteLine("}");
    }

    /// <summary>A DOT double-quoted string holding exactly <paramref name="text"/>.</summary>
    internal static string Quote(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length + 2).Append('"');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\\':
                    sb.Append(@"\\");
                    break;
                case '"':
                    sb.Append("\\\"");
                    break;
                case '\r':
                    sb.Append(@"\n");
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    break;
                case '\n':
                    sb.Append(@"\n");
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }

        return sb.Append('"').ToString();
    }

    private static string Attributes(IEnumerable<(string Name, string Value)> attributes) =>
        string.Join(", ", attributes.Select(a => $"{a.Name}={Quote(a.Value)}"));
}
