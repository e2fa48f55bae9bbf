using System.Globalization;
using System.Text.Json;

namespace Stakeholders.Network.Neo4j.Http;

/// <summary>
/// Reads the transactional endpoint's response body as it arrives — <c>{"results":[{"columns":[…],"data":[{"row":[…],
/// "meta":[…]},…],"stats":{…}}],"errors":[…],…}</c> — and hands each row of the first result over as soon as its bytes
/// are complete, so no page or response is ever held whole. The caller feeds it the bytes it has so far
/// (<see cref="Feed"/>) and keeps the ones it did not consume for the next call: a unit (a row, the stats, the errors,
/// any member it skips) is consumed only once all of it is there, which is why the caller's buffer must be able to grow
/// to the largest row.
/// </summary>
internal sealed class TransactionalRowReader
{
    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = 256 };

    private enum Where
    {
        Start,
        Root,
        Results,
        Result,
        Data,
        Entry,
        Done,
    }

    private Where _where = Where.Start;
    private JsonReaderState _state = new(ReaderOptions);
    private int _results;
    private long _offset;

    /// <summary>Whether the root object has ended: the response is complete.</summary>
    public bool IsComplete => _where == Where.Done;

    /// <summary>The first result's counters (from its <c>stats</c>), once read.</summary>
    public CypherCounters Counters { get; private set; } = CypherCounters.None;

    /// <summary>The first entry of a non-empty <c>errors</c> array, once read: the server's code and message.</summary>
    public (string Code, string Message)? Error { get; private set; }

    /// <summary>Rows handed over so far.</summary>
    public long Rows { get; private set; }

    /// <summary>
    /// Reads every complete unit in <paramref name="buffer"/> (the bytes not consumed by the previous call, then new
    /// ones), hands rows to <paramref name="onRow"/>, and returns how many bytes it consumed. Stops early after an
    /// <c>errors</c> array with an entry (see <see cref="Error"/>).
    /// </summary>
    /// <exception cref="Neo4jException">The body is not JSON, or not shaped like the transactional endpoint's answer.</exception>
    public int Feed(ReadOnlySpan<byte> buffer, Action<IReadOnlyList<JsonElement>> onRow)
    {
        var reader = new Utf8JsonReader(buffer, isFinalBlock: false, _state);
        var consumed = 0;
        try
        {
            while (_where != Where.Done && Error is null && Step(ref reader, onRow))
            {
                consumed = (int)reader.BytesConsumed;
                _state = reader.CurrentState;
            }
        }
        catch (JsonException e)
        {
            throw Malformed(string.Create(CultureInfo.InvariantCulture, $"it is not valid JSON after byte {_offset + reader.BytesConsumed} ({e.Message})"));
        }

        if (_where == Where.Done)
        {
            // Whatever follows the root object is not ours to read (whitespace, normally).
            consumed = buffer.Length;
        }

        _offset += consumed;
        return consumed;
    }

    /// <summary>Reads one unit; false when its bytes are not all there yet (nothing is then consumed).</summary>
    private bool Step(ref Utf8JsonReader reader, Action<IReadOnlyList<JsonElement>> onRow)
    {
        if (!reader.Read())
        {
            return false;
        }

        var token = reader.TokenType;
        if (_where is Where.Root or Where.Result or Where.Entry && token is not JsonTokenType.PropertyName and not JsonTokenType.EndObject)
        {
            throw Unexpected(token, "a property name or the end of an object");
        }

        switch (_where)
        {
            case Where.Start:
                _where = token == JsonTokenType.StartObject ? Where.Root : throw Unexpected(token, "the start of an object");
                return true;
            case Where.Root:
                if (token == JsonTokenType.EndObject)
                {
                    _where = Where.Done;
                    return true;
                }

                if (reader.ValueTextEquals("results"u8))
                {
                    if (!reader.Read())
                    {
                        return false;
                    }

                    _where = reader.TokenType == JsonTokenType.StartArray ? Where.Results : throw Unexpected(reader.TokenType, "the results array");
                    return true;
                }

                if (reader.ValueTextEquals("errors"u8))
                {
                    if (!ReadWhole(ref reader, out var errors))
                    {
                        return false;
                    }

                    if (errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
                    {
                        var first = errors[0];
                        Error = (Member(first, "code"), Member(first, "message"));
                    }

                    return true;
                }

                return Skip(ref reader);
            case Where.Results:
                if (token == JsonTokenType.EndArray)
                {
                    _where = Where.Root;
                    return true;
                }

                _where = token == JsonTokenType.StartObject ? Where.Result : throw Unexpected(token, "a result object");
                _results++;
                return true;
            case Where.Result:
                if (token == JsonTokenType.EndObject)
                {
                    _where = Where.Results;
                    return true;
                }

                if (_results == 1 && reader.ValueTextEquals("data"u8))
                {
                    if (!reader.Read())
                    {
                        return false;
                    }

                    _where = reader.TokenType == JsonTokenType.StartArray ? Where.Data : throw Unexpected(reader.TokenType, "the data array");
                    return true;
                }

                if (_results == 1 && reader.ValueTextEquals("stats"u8))
                {
                    if (!ReadWhole(ref reader, out var stats))
                    {
                        return false;
                    }

                    Counters = CypherJson.ReadTransactionalStatsObject(stats);
                    return true;
                }

                return Skip(ref reader);
            case Where.Data:
                if (token == JsonTokenType.EndArray)
                {
                    _where = Where.Result;
                    return true;
                }

                _where = token == JsonTokenType.StartObject ? Where.Entry : throw Unexpected(token, "a data entry object");
                return true;
            case Where.Entry:
                if (token == JsonTokenType.EndObject)
                {
                    _where = Where.Data;
                    return true;
                }

                if (reader.ValueTextEquals("row"u8))
                {
                    if (!ReadWhole(ref reader, out var row))
                    {
                        return false;
                    }

                    if (row.ValueKind != JsonValueKind.Array)
                    {
                        throw Unexpected(JsonTokenType.None, "a row array", row.ValueKind.ToString());
                    }

                    Rows++;
                    onRow(CypherJson.ReadRow(row));
                    return true;
                }

                return Skip(ref reader);
            default:
                return false;
        }
    }

    /// <summary>After a property name: reads its whole value into an element, or returns false when it is incomplete.</summary>
    private static bool ReadWhole(ref Utf8JsonReader reader, out JsonElement value)
    {
        value = default;
        if (!reader.Read())
        {
            return false;
        }

        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            var probe = reader;
            if (!probe.TrySkip())
            {
                return false;
            }
        }

        value = JsonElement.ParseValue(ref reader);
        return true;
    }

    /// <summary>After a property name: skips its value, or returns false when it is incomplete.</summary>
    private static bool Skip(ref Utf8JsonReader reader) => reader.Read() && reader.TrySkip();

    private static string Member(JsonElement error, string name) =>
        error.ValueKind == JsonValueKind.Object && error.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : string.Empty;

    private static Neo4jException Unexpected(JsonTokenType token, string expected, string? found = null) =>
        Malformed($"expected {expected}, found {found ?? Describe(token)}");

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.EndObject => "the end of an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.EndArray => "the end of an array",
        JsonTokenType.PropertyName => "a property name",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };

    private static Neo4jException Malformed(string reason) =>
        new($"The server's answer is not the transactional endpoint's JSON: {reason}.");
}
