using System.Globalization;
using System.Text.Json;
using Stakeholders.Network.Model;

namespace Stakeholders.Network.IO;

/// <summary>
/// The fast route of <see cref="NodeLinkFormat"/>'s reader: builds the model straight from the token stream
/// (<see cref="Utf8JsonReader"/> over the bytes), without a document tree and without positions. It reads exactly what
/// <see cref="NodeLinkFormat.ReadPositioned"/> reads and declines (returns null) at anything that reader would report
/// (a syntax error, a reader limit, a problem in a record, a problem the builder finds) and at layouts it does not
/// stream (links before nodes, a <c>links</c> after an <c>edges</c>, duplicate fields in an evidence entry). The
/// positioned reader then reads the file again and reports every problem with its file, line and column, so valid
/// input never pays for positions and invalid input gets the same messages as before.
/// </summary>
internal static class NodeLinkStream
{
    /// <summary>The network, or null when the positioned reader must read (and report on) the file.</summary>
    public static StakeholderNetwork? TryRead(ReadOnlyMemory<byte> utf8) =>
        PositionedJson.TryStream(utf8, bytes => new Reader().Read(bytes));

    private static InvalidOperationException Decline() => new("declined: the positioned node-link reader reads this file");

    private sealed class Reader
    {
        private readonly Utf8StringCache _cache = new();
        private readonly StakeholderNetworkBuilder _builder = StakeholderNetworkBuilder.ForReading();

        // One record's values, reused: FlatModel copies what it keeps. Locations are never shown (a problem declines).
        private readonly Dictionary<string, FlatValue> _values = new(StringComparer.Ordinal);
        private readonly List<(string Name, string Text)> _extras = [];
        private readonly List<string> _ids = [];
        private readonly HashSet<string> _idSet = new(StringComparer.Ordinal);

        public StakeholderNetwork? Read(ReadOnlySpan<byte> bytes)
        {
            var reader = new Utf8JsonReader(bytes, PositionedJson.ReaderOptions());
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            bool graph = false, nodes = false, links = false, edges = false;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                var name = _cache.Get(ref reader);
                reader.Read();
                switch (name)
                {
                    // The first "graph" counts, when it is an object; its position in the file does not matter.
                    case "graph" when !graph:
                        graph = true;
                        if (reader.TokenType == JsonTokenType.StartObject)
                        {
                            NodeLinkFormat.ApplyGraph(_builder, PositionedJson.ReadValue(ref reader, _cache, 0), _ => string.Empty);
                        }
                        else
                        {
                            PositionedJson.SkipValue(ref reader, _cache);
                        }

                        break;
                    case "nodes" when !nodes:
                        nodes = true;
                        if (reader.TokenType != JsonTokenType.StartArray)
                        {
                            return null;
                        }

                        ReadNodes(ref reader);
                        break;

                    // Links resolve their ends against the nodes, so they stream only after them; "links" wins over "edges".
                    case "links" when !links:
                        links = true;
                        if (!nodes || edges || reader.TokenType != JsonTokenType.StartArray)
                        {
                            return null;
                        }

                        ReadLinks(ref reader);
                        break;
                    case "edges" when !edges && !links:
                        edges = true;
                        if (!nodes || reader.TokenType != JsonTokenType.StartArray)
                        {
                            return null;
                        }

                        ReadLinks(ref reader);
                        break;
                    default:
                        PositionedJson.SkipValue(ref reader, _cache);
                        break;
                }
            }

            // No nodes array, or content after the top-level value: the positioned reader reports it.
            return !nodes || reader.Read() ? null : _builder.Build();
        }

        private void ReadNodes(ref Utf8JsonReader reader)
        {
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    throw Decline();
                }

                _values.Clear();
                _extras.Clear();
                string? id = null;
                string[]? aliases = null;
                var seen = 0;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var name = _cache.Get(ref reader);
                    reader.Read();
                    switch (name)
                    {
                        case "id" when First(ref seen, 1):
                            id = Scalar(ref reader) ?? throw Decline();
                            break;
                        case "name" when First(ref seen, 2):
                            Field(ref reader, "name");
                            break;
                        case "label" when First(ref seen, 4):
                            Field(ref reader, "label");
                            break;
                        case "kind" when First(ref seen, 8):
                            Field(ref reader, "kind");
                            break;
                        case "organizationType" when First(ref seen, 16):
                            Field(ref reader, "organization_type");
                            break;
                        case "description" when First(ref seen, 32):
                            Field(ref reader, "description");
                            break;
                        case "aliases" when First(ref seen, 64):
                            if (reader.TokenType == JsonTokenType.StartArray)
                            {
                                aliases = Strings(ref reader);
                            }
                            else
                            {
                                PositionedJson.SkipValue(ref reader, _cache);
                            }

                            break;
                        case "attributes" when First(ref seen, 128):
                            Attributes(ref reader, FlatModel.NodeAttributeName);
                            break;
                        default:
                            Extra(ref reader, name, NodeLinkFormat.NodeFields);
                            break;
                    }
                }

                if (id is null)
                {
                    throw Decline();
                }

                _ids.Add(id);
                _idSet.Add(id);
                ApplyExtras(FlatModel.NodeAttributeName);
                FlatModel.AddStakeholder(_builder, id, _values, null, aliases);
            }
        }

        private void ReadLinks(ref Utf8JsonReader reader)
        {
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    throw Decline();
                }

                _values.Clear();
                _extras.Clear();
                string? source = null, target = null, id = null, key = null;
                List<Evidence>? evidence = null;
                var seen = 0;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var name = _cache.Get(ref reader);
                    reader.Read();
                    switch (name)
                    {
                        case "source" when First(ref seen, 1):
                            source = End(ref reader);
                            break;
                        case "target" when First(ref seen, 2):
                            target = End(ref reader);
                            break;
                        case "id" when First(ref seen, 4):
                            id = Scalar(ref reader);
                            break;
                        case "key" when First(ref seen, 8):
                            key = Scalar(ref reader);
                            break;
                        case "type" when First(ref seen, 16):
                        case "label" when First(ref seen, 32):
                        case "role" when First(ref seen, 64):
                        case "weight" when First(ref seen, 128):
                        case "strength" when First(ref seen, 256):
                        case "confidence" when First(ref seen, 512):
                            Field(ref reader, name);
                            break;
                        case "start" when First(ref seen, 1024):
                        case "end" when First(ref seen, 2048):
                            Field(ref reader, name, keepNullAsEmpty: true);
                            break;
                        case "evidence" when First(ref seen, 4096):
                            if (reader.TokenType == JsonTokenType.StartArray)
                            {
                                evidence = Evidence(ref reader);
                            }
                            else
                            {
                                PositionedJson.SkipValue(ref reader, _cache);
                            }

                            break;
                        case "attributes" when First(ref seen, 8192):
                            Attributes(ref reader, FlatModel.EdgeAttributeName);
                            break;
                        default:
                            Extra(ref reader, name, NodeLinkFormat.LinkFields);
                            break;
                    }
                }

                if (source is null || target is null)
                {
                    throw Decline();
                }

                ApplyExtras(FlatModel.EdgeAttributeName);
                FlatModel.AddTie(_builder, id ?? key, source, target, _values, null, evidence);
            }
        }

        private static bool First(ref int seen, int bit) => PositionedJson.FirstTime(ref seen, bit);

        private string? Scalar(ref Utf8JsonReader reader) => PositionedJson.ScalarText(ref reader, _cache);

        private void Field(ref Utf8JsonReader reader, string key, bool keepNullAsEmpty = false)
        {
            var isNull = reader.TokenType == JsonTokenType.Null;
            if (Scalar(ref reader) is { } text)
            {
                _values[key] = new FlatValue(text, string.Empty);
            }
            else if (keepNullAsEmpty && isNull)
            {
                _values[key] = new FlatValue(string.Empty, string.Empty);
            }
        }

        // Other scalar fields become attributes after the record is read: an "attributes" entry of the same name wins
        // wherever it is, and the first of two top-level fields of one name wins (as NodeLinkFormat.ReadPositioned does).
        private void Extra(ref Utf8JsonReader reader, string name, HashSet<string> known)
        {
            if (known.Contains(name))
            {
                PositionedJson.SkipValue(ref reader, _cache);
            }
            else if (Scalar(ref reader) is { } text)
            {
                _extras.Add((name, text));
            }
        }

        private void ApplyExtras(Func<string, string> mangle)
        {
            foreach (var (name, text) in _extras)
            {
                _values.TryAdd(mangle(name), new FlatValue(text, string.Empty));
            }
        }

        private void Attributes(ref Utf8JsonReader reader, Func<string, string> mangle)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw Decline();
            }

            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                var name = _cache.Get(ref reader);
                reader.Read();
                _values[mangle(name)] = new FlatValue(Scalar(ref reader) ?? throw Decline(), string.Empty);
            }
        }

        private string? End(ref Utf8JsonReader reader)
        {
            if (reader.TokenType == JsonTokenType.StartObject)
            {
                // A node object, as D3 leaves link ends: its first "id".
                string? id = null;
                var seen = 0;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var name = _cache.Get(ref reader);
                    reader.Read();
                    if (name == "id" && First(ref seen, 1))
                    {
                        id = Scalar(ref reader);
                    }
                    else
                    {
                        PositionedJson.SkipValue(ref reader, _cache);
                    }
                }

                return id;
            }

            var number = reader.TokenType == JsonTokenType.Number;
            var text = Scalar(ref reader);
            if (number && text is not null && !_idSet.Contains(text)
                && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < _ids.Count)
            {
                return _ids[index];
            }

            return text;
        }

        private string[] Strings(ref Utf8JsonReader reader)
        {
            var result = new List<string>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                result.Add(reader.TokenType == JsonTokenType.String ? _cache.Get(ref reader) : throw Decline());
            }

            return [.. result];
        }

        // The common shape only: objects with "document" and "quote" strings, an optional "url" and "offset"; anything
        // else (and a URL that does not parse) declines, and FlatModel's reading of the evidence text decides.
        private List<Evidence> Evidence(ref Utf8JsonReader reader)
        {
            var result = new List<Evidence>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    throw Decline();
                }

                string? document = null, quote = null, url = null;
                int? offset = null;
                var seen = 0;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var name = _cache.Get(ref reader);
                    reader.Read();
                    switch (name)
                    {
                        case "document" when First(ref seen, 1) && reader.TokenType == JsonTokenType.String:
                            document = _cache.Get(ref reader);
                            break;
                        case "quote" when First(ref seen, 2) && reader.TokenType == JsonTokenType.String:
                            quote = _cache.Get(ref reader);
                            break;
                        case "url" when First(ref seen, 4) && reader.TokenType is JsonTokenType.String or JsonTokenType.Null:
                            url = reader.TokenType == JsonTokenType.String ? _cache.Get(ref reader) : null;
                            break;
                        case "offset" when First(ref seen, 8):
                            offset = reader.TokenType == JsonTokenType.Null ? null
                                : reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var o) && o >= 0 ? o
                                : throw Decline();
                            break;
                        default:
                            throw Decline();
                    }
                }

                Uri? uri = null;
                if (url is not null && !Uri.TryCreate(url, UriKind.RelativeOrAbsolute, out uri))
                {
                    throw Decline();
                }

                result.Add(new Evidence(document ?? string.Empty, quote ?? string.Empty, uri, offset));
            }

            return result;
        }
    }
}
