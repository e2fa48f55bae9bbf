using System.Text.Json;

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
}
