using System.Globalization;
using System.Text;
using System.Text.Json;
using Stakeholders.Network.Model;

namespace Stakeholders.Network.IO;

/// <summary>The kind of a JSON value, as <see cref="PositionedJson"/> keeps it.</summary>
internal enum JsonValueType
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}

/// <summary>
/// A parsed JSON value that remembers where it starts in the file, so semantic errors (a bad date, an unknown kind)
/// can name the line and column of the offending value, which <see cref="JsonDocument"/> cannot.
/// </summary>
internal sealed class JsonValue
{

    public JsonValue(JsonValueType type, long offset, string? text = null)
    {
        Type = type;
        Offset = offset;
        Text = text;
    }

    public JsonValueType Type { get; }

    /// <summary>The byte offset of the value's first character.</summary>
    public long Offset { get; }

    /// <summary>A string's value, or a number's literal text.</summary>
    public string? Text { get; }

    public JsonProperty[] Properties { get; private set; } = [];

    public JsonValue[] Items { get; private set; } = [];

    public static JsonValue NewObject(long offset, JsonProperty[] properties) => new(JsonValueType.Object, offset) { Properties = properties };

    public static JsonValue NewArray(long offset, JsonValue[] items) => new(JsonValueType.Array, offset) { Items = items };

    /// <summary>The first property of that name, or null.</summary>
    public JsonProperty? Property(string name)
    {
        foreach (var p in Properties)
        {
            if (p.Name == name)
            {
                return p;
            }
        }

        return null;
    }

    /// <summary>A short phrase for error messages: <c>a string</c>, <c>an object</c>, <c>null</c>.</summary>
    public string Describe() => Type switch
    {
        JsonValueType.Object => "an object",
        JsonValueType.Array => "an array",
        JsonValueType.String => "a string",
        JsonValueType.Number => "a number",
        JsonValueType.True or JsonValueType.False => "a boolean",
        _ => "null",
    };

    /// <summary>The literal JSON text of a scalar (numbers and booleans as written, strings unquoted).</summary>
    public string? ScalarText() => Type switch
    {
        JsonValueType.String or JsonValueType.Number => Text,
        JsonValueType.True => "true",
        JsonValueType.False => "false",
        _ => null,
    };

    public bool TryGetDouble(out double value) =>
        double.TryParse(Text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && Type == JsonValueType.Number;

    public bool TryGetInt(out int value) =>
        int.TryParse(Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value) && Type == JsonValueType.Number;
}

/// <summary>One property of a JSON object with the offset of its name.</summary>
internal sealed record JsonProperty(string Name, long NameOffset, JsonValue Value);

/// <summary>
/// Parses UTF-8 JSON into <see cref="JsonValue"/> trees with positions, using <see cref="Utf8JsonReader"/>.
/// Comments and trailing commas are accepted (hand-written files have them); a leading byte order mark is skipped.
/// </summary>
internal static class PositionedJson
{

    /// <summary>Parses a whole document.</summary>
    /// <param name="bytes">The UTF-8 content; a leading byte order mark is skipped and not counted in columns.</param>
    /// <param name="sourceName">The file name for messages.</param>
    /// <param name="positions">Line and column lookup for the offsets in the returned tree.</param>
    /// <exception cref="NetworkFormatException">The text is not JSON; the message names the line and column.</exception>
    public static JsonValue Parse(ReadOnlyMemory<byte> bytes, string sourceName, out TextPositions positions)
    {
        bytes = WithoutByteOrderMark(bytes);
        positions = new TextPositions(bytes);
        var maxDepth = ReadScope.Current.MaxDepth;
        var reader = new Utf8JsonReader(bytes.Span, ReaderOptions());
        try
        {
            if (!reader.Read())
            {
                throw new NetworkFormatException(sourceName, 1, 1, "the file is empty; expected a JSON object");
            }

            var value = ReadValue(ref reader, new Utf8StringCache(), 0);
            if (reader.Read())
            {
                var (line, column) = positions.At(reader.TokenStartIndex);
                throw new NetworkFormatException(sourceName, line, column, "unexpected content after the end of the JSON value");
            }

            return value;
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0) + 1;
            var column = positions.ColumnInLine(e.LineNumber ?? 0, e.BytePositionInLine ?? 0);
            var reason = e.Message.Contains("depth", StringComparison.OrdinalIgnoreCase)
                ? string.Create(CultureInfo.InvariantCulture, $"invalid JSON: the nesting depth exceeds the reader limit of {maxDepth} (raise it with --max-depth)")
                : "invalid JSON: " + StripPosition(e.Message);
            throw new NetworkFormatException(sourceName, line, column, reason, e);
        }
        catch (InvalidOperationException e) when (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName)
        {
            // Utf8JsonReader validates a string's content only when it is decoded: invalid UTF-8 bytes and unpaired
            // surrogate escapes ("\ud83d" alone, "\udfff") surface here, at the string's opening quote.
            var (line, column) = positions.At(reader.TokenStartIndex);
            var reason = e.InnerException is DecoderFallbackException || e.Message.Contains("UTF-8", StringComparison.Ordinal)
                ? "invalid JSON: a string holds bytes that are not valid UTF-8"
                : "invalid JSON: a string holds an unpaired surrogate escape (\\uD800-\\uDFFF without its pair)";
            throw new NetworkFormatException(sourceName, line, column, reason, e);
        }
    }

    /// <summary>Reads a network from UTF-8 JSON bytes (without their byte order mark) in one streaming pass.</summary>
    internal delegate StakeholderNetwork? StreamingReader(ReadOnlySpan<byte> utf8);

    /// <summary>
    /// Runs a streaming reader, turning every way it can give up (a JSON syntax error, a decline, a builder problem) into
    /// null, so the caller reads the file again with the positioned reader, which reports the problem with its position.
    /// </summary>
    public static StakeholderNetwork? TryStream(ReadOnlyMemory<byte> utf8, StreamingReader read)
    {
        try
        {
            return read(WithoutByteOrderMark(utf8).Span);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or ArgumentException
                                       or OverflowException or NetworkFormatException or NetworkValidationException)
        {
            return null;
        }
    }

    /// <summary>The bytes after a leading UTF-8 byte order mark, if there is one (offsets and columns start after it).</summary>
    public static ReadOnlyMemory<byte> WithoutByteOrderMark(ReadOnlyMemory<byte> bytes) =>
        bytes.Span.StartsWith(Encoding.UTF8.Preamble) ? bytes[3..] : bytes;

    /// <summary>The reader options of every JSON reader: comments and trailing commas accepted, the read's depth limit.</summary>
    public static JsonReaderOptions ReaderOptions() => new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = ReadScope.Current.MaxDepth,
    };

    /// <summary>
    /// Skips the value the reader is on (its last token becomes the current one), decoding every string and property
    /// name in it through the cache, so invalid UTF-8 and unpaired surrogate escapes are found exactly as
    /// <see cref="Parse"/> finds them.
    /// </summary>
    public static void SkipValue(ref Utf8JsonReader reader, Utf8StringCache cache)
    {
        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            var depth = reader.CurrentDepth;
            while (reader.Read() && reader.CurrentDepth > depth)
            {
                if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName)
                {
                    cache.Get(ref reader);
                }
            }
        }
        else if (reader.TokenType == JsonTokenType.String)
        {
            cache.Get(ref reader);
        }
    }

    /// <summary>
    /// The value the reader is on as <see cref="JsonValue.ScalarText"/> gives it (strings, numbers as written, booleans),
    /// or null for null, an object or an array (skipped, as <see cref="SkipValue"/> does).
    /// </summary>
    public static string? ScalarText(ref Utf8JsonReader reader, Utf8StringCache cache)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
            case JsonTokenType.Number:
                return cache.Get(ref reader);
            case JsonTokenType.True:
                return "true";
            case JsonTokenType.False:
                return "false";
            default:
                SkipValue(ref reader, cache);
                return null;
        }
    }

    /// <summary>For streaming readers: true the first time a field's bit is seen in a record, false after.</summary>
    public static bool FirstTime(ref int seen, int bit)
    {
        if ((seen & bit) != 0)
        {
            return false;
        }

        seen |= bit;
        return true;
    }

    /// <summary>Reads the value the reader is on into a positioned tree (offsets relative to the reader's buffer).</summary>
    public static JsonValue ReadValue(ref Utf8JsonReader reader, Utf8StringCache cache, int depth)
    {
        var offset = reader.TokenStartIndex;
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
            {
                // One scratch list per depth, reused; each object keeps an array of exactly its size.
                var properties = cache.PropertiesAt(depth);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var nameOffset = reader.TokenStartIndex;
                    var name = cache.Get(ref reader);
                    reader.Read();
                    properties.Add(new JsonProperty(name, nameOffset, ReadValue(ref reader, cache, depth + 1)));
                }

                return JsonValue.NewObject(offset, properties.Count == 0 ? [] : [.. properties]);
            }

            case JsonTokenType.StartArray:
            {
                var items = cache.ItemsAt(depth);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadValue(ref reader, cache, depth + 1));
                }

                return JsonValue.NewArray(offset, items.Count == 0 ? [] : [.. items]);
            }

            case JsonTokenType.String:
                return new JsonValue(JsonValueType.String, offset, cache.Get(ref reader));
            case JsonTokenType.Number:
                return new JsonValue(JsonValueType.Number, offset, cache.Get(ref reader));
            case JsonTokenType.True:
                return new JsonValue(JsonValueType.True, offset);
            case JsonTokenType.False:
                return new JsonValue(JsonValueType.False, offset);
            default:
                return new JsonValue(JsonValueType.Null, offset);
        }
    }

    private static string StripPosition(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var text = cut >= 0 ? message[..cut] : message;
        return text.TrimEnd('.', ' ');
    }
}

/// <summary>
/// Makes each short string or number of a JSON document once: property names, ids, types, kinds and dates repeat on
/// every record, so reusing their strings saves most of the allocation of a parse. The first occurrence is decoded by
/// the reader (which validates it); later ones are the same bytes. Long texts (quotes) are decoded each time.
/// </summary>
internal sealed class Utf8StringCache
{
    private const int MaxCachedBytes = 32;
    private readonly Utf8IdTable _table = new();
    private readonly List<string> _strings = [];
    private readonly List<List<JsonProperty>> _properties = [];
    private readonly List<List<JsonValue>> _items = [];

    /// <summary>The cleared scratch list for the properties of an object at this depth.</summary>
    public List<JsonProperty> PropertiesAt(int depth) => Scratch(_properties, depth);

    /// <summary>The cleared scratch list for the items of an array at this depth.</summary>
    public List<JsonValue> ItemsAt(int depth) => Scratch(_items, depth);

    private static List<T> Scratch<T>(List<List<T>> lists, int depth)
    {
        while (lists.Count <= depth)
        {
            lists.Add([]);
        }

        var list = lists[depth];
        list.Clear();
        return list;
    }

    public string Get(ref Utf8JsonReader reader)
    {
        var number = reader.TokenType == JsonTokenType.Number;
        if (reader.HasValueSequence || reader.ValueIsEscaped || reader.ValueSpan.Length > MaxCachedBytes)
        {
            return number ? Encoding.UTF8.GetString(reader.ValueSpan) : reader.GetString()!;
        }

        var id = _table.GetOrAdd(reader.ValueSpan);
        if (id == _strings.Count)
        {
            _strings.Add(number ? Encoding.UTF8.GetString(reader.ValueSpan) : reader.GetString()!);
        }

        return _strings[id];
    }
}
