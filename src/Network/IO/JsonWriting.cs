using System.Text.Json;
using Stakeholders.Network.Model;

namespace Stakeholders.Network.IO;

/// <summary>The small JSON-writing helpers the native and node-link writers share, so both spell fields the same way.</summary>
internal static class JsonWriting
{
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
    /// An exported stakeholder's fields after its id, shared by node-link, Cytoscape.js and graphology: <c>label</c>,
    /// <c>name</c>, <c>kind</c>, <c>organizationType</c>, <c>aliases</c>, <c>description</c>, position and numbers, <c>attributes</c>.
    /// </summary>
    public static void WriteExportedNode(Utf8JsonWriter w, ExportView view, Stakeholder s, bool withPosition)
    {
        w.WriteString("label", s.Name);
        w.WriteString("name", s.Name);
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

    /// <summary>A tie's fields after its ends, id and type: <c>role</c>, <c>start</c>/<c>end</c>, <c>weight</c>, <c>confidence</c>, <c>evidence</c>, <c>attributes</c>.</summary>
    public static void WriteTieFields(Utf8JsonWriter w, Tie t)
    {
        WriteOptional(w, "role", t.Role);
        if (t.Period is { } period)
        {
            WriteNullable(w, "start", period.Start?.ToString());
            WriteNullable(w, "end", period.End?.ToString());
        }

        w.WriteNumber("weight", t.Strength);
        w.WriteNumber("confidence", t.Confidence);
        if (t.Evidence.Count > 0)
        {
            w.WritePropertyName("evidence");
            w.WriteRawValue(FlatModel.EvidenceJson(t.Evidence));
        }

        WriteAttributes(w, t.Attributes);
    }
}
