using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Stakeholders.Network.Model;

namespace Stakeholders.Network.IO;

/// <summary>The small JSON-writing helpers the native and node-link writers share, so both spell fields the same way.</summary>
internal static class JsonWriting
{
    /// <summary>
    /// The writer settings of every JSON shape we write (native, node-link, Cytoscape.js, graphology): 2-space indent and
    /// <c>\n</c> when indented, non-ASCII text as is, HTML-sensitive characters escaped.
    /// </summary>
    private static readonly JsonWriterOptions Indented = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    private static readonly JsonWriterOptions OneLine = Indented with { Indented = false };

    /// <summary>Writes one exported JSON document to <paramref name="stream"/> (left open), UTF-8 without BOM, ending in a newline.</summary>
    public static void WriteDocument(Stream stream, bool indented, Action<Utf8JsonWriter> write)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using (var w = new Utf8JsonWriter(stream, indented ? Indented : OneLine))
        {
            write(w);
        }

        stream.WriteByte((byte)'\n');
    }

    /// <summary>Writes the string property only when it has a value.</summary>
    public static void WriteOptional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    /// <summary>Writes the string property, as JSON <c>null</c> when it has no value.</summary>
    public static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    /// <summary>Writes an <c>attributes</c> object ordered by key, or nothing when there are none.</summary>
    public static void WriteAttributes(Utf8JsonWriter w, IReadOnlyDictionary<string, string> attributes)
    {
        if (attributes.Count == 0)
        {
            return;
        }

        w.WriteStartObject("attributes");
        foreach (var (key, value) in attributes.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            w.WriteString(key, value);
        }

        w.WriteEndObject();
    }

    /// <summary>Writes an exported node's position (<c>x</c>, <c>y</c>) and numeric fields (scores, community; null when undefined).</summary>
    public static void WriteNodeNumbers(Utf8JsonWriter w, ExportView view, string id, bool withPosition = true)
    {
        if (withPosition && view.PositionOf(id) is { } position)
        {
            w.WriteNumber("x", position.X);
            w.WriteNumber("y", position.Y);
        }

        foreach (var field in view.NumericFields)
        {
            if (view.NumberOf(id, field.Name) is { } value)
            {
                w.WriteNumber(field.Name, value);
            }
            else
            {
                w.WriteNull(field.Name);
            }
        }
    }

    /// <summary>
    /// An exported stakeholder's fields after its id, shared by node-link, Cytoscape.js and graphology: <c>label</c> (the
    /// name, once: every reader of ours takes the name from it), <c>kind</c>, <c>organizationType</c>, <c>aliases</c>,
    /// <c>description</c>, position and numbers, <c>attributes</c>.
    /// </summary>
    public static void WriteExportedNode(Utf8JsonWriter w, ExportView view, Stakeholder s, bool withPosition)
    {
        w.WriteString("label", s.Name);
        w.WriteString("kind", s.Kind.ToName());
        if (s.OrganizationType != OrganizationType.Unspecified)
        {
            w.WriteString("organizationType", s.OrganizationType.ToName());
        }

        if (s.Aliases.Count > 0)
        {
            w.WritePropertyName("aliases");
            w.WriteRawValue(FlatModel.JsonStrings(s.Aliases));
        }

        WriteOptional(w, "description", s.Description);
        WriteNodeNumbers(w, view, s.Id, withPosition);
        WriteAttributes(w, s.Attributes);
    }

    /// <summary>
    /// A tie's fields after its ends, id and type: <c>role</c>; for a tie with a period <c>start</c> (null when open,
    /// which also marks the period) and <c>end</c> when set; <c>weight</c> and <c>confidence</c> (left out when
    /// <paramref name="omitDefaults"/> and equal to the readers' default, 1); <c>evidence</c>; <c>attributes</c>.
    /// </summary>
    public static void WriteTieFields(Utf8JsonWriter w, Tie t, bool omitDefaults)
    {
        WriteOptional(w, "role", t.Role);
        if (t.Period is { } period)
        {
            WriteNullable(w, "start", period.Start?.ToString());
            WriteOptional(w, "end", period.End?.ToString());
        }

        if (!omitDefaults || t.Strength != 1)
        {
            w.WriteNumber("weight", t.Strength);
        }

        if (!omitDefaults || t.Confidence != 1)
        {
            w.WriteNumber("confidence", t.Confidence);
        }

        if (t.Evidence.Count > 0)
        {
            w.WritePropertyName("evidence");
            w.WriteRawValue(FlatModel.EvidenceJson(t.Evidence));
        }

        WriteAttributes(w, t.Attributes);
    }
}
