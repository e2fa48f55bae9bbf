using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace Stakeholders.Network.Neo4j.Http;

/// <summary>A parameter value of the adapter's own that writes its JSON itself (rows written straight from model records).</summary>
internal interface ICypherJsonValue
{
    void WriteTo(Utf8JsonWriter writer);
}

/// <summary>Writes Cypher parameter values as JSON and reads counters from the two HTTP APIs' responses.</summary>
internal static class CypherJson
{
    /// <summary>Writes a parameter map.</summary>
    public static void WriteParameters(Utf8JsonWriter writer, IReadOnlyDictionary<string, object?>? parameters)
    {
        writer.WriteStartObject();
        if (parameters is not null)
        {
            foreach (var (key, value) in parameters)
            {
                writer.WritePropertyName(key);
                WriteValue(writer, value, key);
            }
        }

        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes one value. Doubles always carry a decimal point or exponent, so the server stores them as floats even when
    /// they are whole (<c>1.0</c>, not <c>1</c>): a property keeps one type whatever its value. <paramref name="path"/>
    /// names the value in an error message.
    /// </summary>
    public static void WriteValue(Utf8JsonWriter writer, object? value, string path)
    {
        try
        {
            WriteValue(writer, value);
        }
        catch (UnsendableValueException e)
        {
            throw new ArgumentException($"Parameter '{path}{e.Path}' {e.Reason}", nameof(value));
        }
    }

    // The path of a bad value is put together while the error unwinds, so writing good values builds no strings.
    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case int i:
                writer.WriteNumberValue(i);
                break;
            case long l:
                writer.WriteNumberValue(l);
                break;
            case double d:
                WriteDouble(writer, d);
                break;
            case float f:
                WriteDouble(writer, f);
                break;
            case DateOnly day:
                Span<char> text = stackalloc char[10];
                day.TryFormat(text, out var written, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                writer.WriteStringValue(text[..written]);
                break;
            case JsonElement element:
                element.WriteTo(writer);
                break;
            case ICypherJsonValue own:
                own.WriteTo(writer);
                break;
            case IReadOnlyDictionary<string, object?> map:
                writer.WriteStartObject();
                foreach (var (k, v) in map)
                {
                    writer.WritePropertyName(k);
                    WriteMember(writer, k, v);
                }

                writer.WriteEndObject();
                break;
            case IDictionary<string, object?> map:
                writer.WriteStartObject();
                foreach (var (k, v) in map)
                {
                    writer.WritePropertyName(k);
                    WriteMember(writer, k, v);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable list:
                writer.WriteStartArray();
                var index = 0;
                foreach (var item in list)
                {
                    try
                    {
                        WriteValue(writer, item);
                    }
                    catch (UnsendableValueException e)
                    {
                        throw e.Under(string.Create(CultureInfo.InvariantCulture, $"[{index}]"));
                    }

                    index++;
                }

                writer.WriteEndArray();
                break;
            default:
                throw new UnsendableValueException($"has a value of type {value.GetType().Name}, which cannot be sent to Neo4j.");
        }
    }

    private static void WriteMember(Utf8JsonWriter writer, string key, object? value)
    {
        try
        {
            WriteValue(writer, value);
        }
        catch (UnsendableValueException e)
        {
            throw e.Under("." + key);
        }
    }

    private static void WriteDouble(Utf8JsonWriter writer, double d)
    {
        if (!double.IsFinite(d))
        {
            throw new UnsendableValueException(string.Create(CultureInfo.InvariantCulture, $"is {d}; JSON cannot carry NaN or infinities."));
        }

        // "R" is the shortest text that reads back as the same double; a whole value gets ".0" so it stays a float.
        Span<byte> text = stackalloc byte[40];
        d.TryFormat(text, out var length, "R", CultureInfo.InvariantCulture);
        if (text[..length].IndexOfAny(".Ee"u8) < 0)
        {
            ".0"u8.CopyTo(text[length..]);
            length += 2;
        }

        writer.WriteRawValue(text[..length], skipInputValidation: true);
    }

    /// <summary>A value that cannot be sent; <see cref="Path"/> grows from the value outwards as the writer unwinds.</summary>
    private sealed class UnsendableValueException(string reason) : Exception(reason)
    {
        public string Reason { get; } = reason;

        public string Path { get; private set; } = string.Empty;

        public UnsendableValueException Under(string segment)
        {
            Path = segment + Path;
            return this;
        }
    }

    /// <summary>Serialises a request body.</summary>
    public static byte[] Serialize(Action<Utf8JsonWriter> write)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Reads the transactional endpoint's <c>stats</c> object (snake_case).</summary>
    public static CypherCounters ReadTransactionalStats(JsonElement result) =>
        result.TryGetProperty("stats", out var s) ? ReadTransactionalStatsObject(s) : CypherCounters.None;

    /// <summary>Reads a transactional <c>stats</c> object itself.</summary>
    public static CypherCounters ReadTransactionalStatsObject(JsonElement s)
    {
        if (s.ValueKind != JsonValueKind.Object)
        {
            return CypherCounters.None;
        }

        return new CypherCounters(
            Long(s, "nodes_created"),
            Long(s, "nodes_deleted"),
            Long(s, "relationships_created"),
            Long(s, "relationship_deleted") + Long(s, "relationships_deleted"),
            Long(s, "properties_set"),
            Long(s, "labels_added"),
            Long(s, "labels_removed"),
            Long(s, "constraints_added"),
            Long(s, "indexes_added"));
    }

    /// <summary>Reads the Query API's <c>counters</c> object (camelCase).</summary>
    public static CypherCounters ReadQueryApiCounters(JsonElement root)
    {
        if (!root.TryGetProperty("counters", out var s) || s.ValueKind != JsonValueKind.Object)
        {
            return CypherCounters.None;
        }

        return new CypherCounters(
            Long(s, "nodesCreated"),
            Long(s, "nodesDeleted"),
            Long(s, "relationshipsCreated"),
            Long(s, "relationshipsDeleted"),
            Long(s, "propertiesSet"),
            Long(s, "labelsAdded"),
            Long(s, "labelsRemoved"),
            Long(s, "constraintsAdded"),
            Long(s, "indexesAdded"));
    }

    private static long Long(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out var n) ? n : 0;

    /// <summary>Reads a row array of JSON values, cloning them so they outlive the response document.</summary>
    public static IReadOnlyList<JsonElement> ReadRow(JsonElement row)
    {
        var values = new JsonElement[row.GetArrayLength()];
        var i = 0;
        foreach (var v in row.EnumerateArray())
        {
            values[i++] = v;
        }

        return values;
    }

    /// <summary>Reads a list of strings (column names).</summary>
    public static IReadOnlyList<string> ReadStrings(JsonElement array) =>
        array.ValueKind == JsonValueKind.Array ? array.EnumerateArray().Select(e => e.GetString() ?? string.Empty).ToArray() : [];
}
