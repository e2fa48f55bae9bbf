using System.Globalization;
using System.Text.Json;
using Stakeholders.Network.Model;

namespace Stakeholders.Network.IO;

/// <summary>
/// The fast route of <see cref="NativeJson"/>'s reader: builds the model straight from the token stream, without a
/// document tree and without positions. It reads exactly what the positioned reader reads and declines (returns null) at
/// anything that reader would report (a syntax error, a wrong format marker or version, a reader limit, a missing or
/// mistyped field, a duplicate field, a problem the builder finds); the positioned reader
/// then reads the file again and reports every problem with its file, line and column. Fields it does not use are
/// skipped, as the positioned reader ignores them.
/// </summary>
internal static class NativeJsonStream
{
    /// <summary>The network, or null when the positioned reader must read (and report on) the file.</summary>
    public static StakeholderNetwork? TryRead(ReadOnlyMemory<byte> utf8) =>
        PositionedJson.TryStream(utf8, bytes => new Reader().Read(bytes));

    private static InvalidOperationException Decline() => new("declined: the positioned native JSON reader reads this file");

    private sealed class Reader
    {
        private readonly Utf8StringCache _cache = new();
        private readonly StakeholderNetworkBuilder _builder = StakeholderNetworkBuilder.ForReading();

        public StakeholderNetwork? Read(ReadOnlySpan<byte> bytes)
        {
            var reader = new Utf8JsonReader(bytes, PositionedJson.ReaderOptions());
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            var seen = 0;
            List<string>? unknown = null;
            bool format = false, version = false;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                var name = _cache.Get(ref reader);
                reader.Read();
                switch (name)
                {
                    // A wrong marker or version is a fatal error of the positioned reader.
                    case "format" when First(ref seen, 1):
                        format = reader.TokenType == JsonTokenType.String && _cache.Get(ref reader) == NativeJson.FormatMarker ? true : throw Decline();
                        break;
                    case "version" when First(ref seen, 2):
                        version = reader.TokenType == JsonTokenType.Number
                                  && int.TryParse(_cache.Get(ref reader), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
                                  && number >= 1 && number <= NativeJson.CurrentVersion
                            ? true
                            : throw Decline();
                        break;
                    case "title" when First(ref seen, 4):
                        _builder.Title = OptionalString(ref reader);
                        break;
                    case "description" when First(ref seen, 8):
                        _builder.Description = OptionalString(ref reader);
                        break;
                    case "documents" when First(ref seen, 16):
                        Items(ref reader, required: false, Document);
                        break;
                    case "stakeholders" when First(ref seen, 32):
                        Items(ref reader, required: true, Stakeholder);
                        break;
                    case "ties" when First(ref seen, 64):
                        Items(ref reader, required: true, Tie);
                        break;
                    default:
                        Unknown(ref reader, name, ref unknown);
                        break;
                }
            }

            return !format || !version || (seen & (32 | 64)) != (32 | 64) || reader.Read() ? null : _builder.Build();
        }

        private delegate void RecordReader(ref Utf8JsonReader reader);

        private void Items(ref Utf8JsonReader reader, bool required, RecordReader read)
        {
            if (reader.TokenType == JsonTokenType.Null && !required)
            {
                return;
            }

            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw Decline();
            }

            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    throw Decline();
                }

                read(ref reader);
            }
        }

        private void Document(ref Utf8JsonReader reader)
        {
            string? id = null, title = null, path = null;
            Uri? url = null;
            PartialDate? published = null;
            var seen = 0;
            List<string>? unknown = null;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                var name = _cache.Get(ref reader);
                reader.Read();
                switch (name)
                {
                    case "id" when First(ref seen, 1):
                        id = RequiredString(ref reader);
                        break;
                    case "title" when First(ref seen, 2):
                        title = OptionalString(ref reader);
                        break;
                    case "url" when First(ref seen, 4):
                        url = OptionalUri(ref reader);
                        break;
                    case "published" when First(ref seen, 8):
                        published = OptionalDate(ref reader);
                        break;
                    case "path" when First(ref seen, 16):
                        path = OptionalString(ref reader);
                        break;
                    default:
                        Unknown(ref reader, name, ref unknown);
                        break;
                }
            }

            _builder.AddDocument(new SourceDocument(id ?? throw Decline(), title, url, published, path));
        }

        private void Stakeholder(ref Utf8JsonReader reader)
        {
            string? id = null, name = null, kindText = null, typeText = null, description = null;
            string[] aliases = [];
            SortedDictionary<string, string>? attributes = null;
            var seen = 0;
            List<string>? unknown = null;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                var field = _cache.Get(ref reader);
                reader.Read();
                switch (field)
                {
                    case "id" when First(ref seen, 1):
                        id = RequiredString(ref reader);
                        break;
                    case "name" when First(ref seen, 2):
                        name = RequiredString(ref reader);
                        break;
                    case "kind" when First(ref seen, 4):
                        kindText = RequiredString(ref reader);
                        break;
                    case "organizationType" when First(ref seen, 8):
                        typeText = OptionalString(ref reader);
                        break;
                    case "aliases" when First(ref seen, 16):
                        aliases = Strings(ref reader);
                        break;
                    case "description" when First(ref seen, 32):
                        description = OptionalString(ref reader);
                        break;
                    case "attributes" when First(ref seen, 64):
                        attributes = Attributes(ref reader);
                        break;
                    default:
                        Unknown(ref reader, field, ref unknown);
                        break;
                }
            }

            // id, name and kind are required; a missing one is a problem the positioned reader reports.
            if ((seen & 7) != 7 || !ModelNames.TryParseKind(kindText!, out var kind))
            {
                throw Decline();
            }

            var organizationType = OrganizationType.Unspecified;
            if (typeText is not null && !ModelNames.TryParseOrganizationType(typeText, out organizationType))
            {
                throw Decline();
            }

            _builder.AddStakeholder(
                new Stakeholder(id!, name!, kind)
                {
                    OrganizationType = organizationType,
                    Aliases = aliases,
                    Description = description,
                    Attributes = attributes ?? new SortedDictionary<string, string>(StringComparer.Ordinal),
                });
        }

        private void Tie(ref Utf8JsonReader reader)
        {
            string? id = null, source = null, target = null, type = null, role = null;
            PartialDate? start = null, end = null;
            double? strength = null, confidence = null;
            var evidence = new List<Evidence>();
            SortedDictionary<string, string>? attributes = null;
            var seen = 0;
            List<string>? unknown = null;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                var field = _cache.Get(ref reader);
                reader.Read();
                switch (field)
                {
                    case "id" when First(ref seen, 1):
                        id = OptionalString(ref reader);
                        break;
                    case "source" when First(ref seen, 2):
                        source = RequiredString(ref reader);
                        break;
                    case "target" when First(ref seen, 4):
                        target = RequiredString(ref reader);
                        break;
                    case "type" when First(ref seen, 8):
                        type = RequiredString(ref reader);
                        break;
                    case "role" when First(ref seen, 16):
                        role = OptionalString(ref reader);
                        break;
                    case "start" when First(ref seen, 32):
                        start = OptionalDate(ref reader);
                        break;
                    case "end" when First(ref seen, 64):
                        end = OptionalDate(ref reader);
                        break;
                    case "strength" when First(ref seen, 128):
                        strength = OptionalNumber(ref reader);
                        break;
                    case "confidence" when First(ref seen, 256):
                        confidence = OptionalNumber(ref reader);
                        break;
                    case "evidence" when First(ref seen, 512):
                        if (reader.TokenType != JsonTokenType.Null)
                        {
                            var list = evidence;
                            Items(ref reader, required: false, (ref Utf8JsonReader r) => list.Add(Evidence(ref r)));
                        }

                        break;
                    case "attributes" when First(ref seen, 1024):
                        attributes = Attributes(ref reader);
                        break;
                    default:
                        Unknown(ref reader, field, ref unknown);
                        break;
                }
            }

            if ((seen & 14) != 14)
            {
                throw Decline();
            }

            _builder.AddTie(
                new Tie(source!, target!, new TieType(type!))
                {
                    Id = id ?? string.Empty,
                    Role = role,
                    Period = (seen & (32 | 64)) != 0 ? new DatePeriod(start, end) : null,
                    Strength = strength ?? 1.0,
                    Confidence = confidence ?? 1.0,
                    Evidence = evidence,
                    Attributes = attributes ?? new SortedDictionary<string, string>(StringComparer.Ordinal),
                });
        }

        private Evidence Evidence(ref Utf8JsonReader reader)
        {
            string? document = null, quote = null;
            Uri? url = null;
            int? offset = null;
            var seen = 0;
            List<string>? unknown = null;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                var field = _cache.Get(ref reader);
                reader.Read();
                switch (field)
                {
                    case "document" when First(ref seen, 1):
                        document = RequiredString(ref reader);
                        break;
                    case "quote" when First(ref seen, 2):
                        quote = RequiredString(ref reader);
                        break;
                    case "url" when First(ref seen, 4):
                        url = OptionalUri(ref reader);
                        break;
                    case "offset" when First(ref seen, 8):
                        offset = reader.TokenType == JsonTokenType.Null ? null
                            : reader.TokenType == JsonTokenType.Number
                              && int.TryParse(_cache.Get(ref reader), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var o) && o >= 0 ? o
                            : throw Decline();
                        break;
                    default:
                        Unknown(ref reader, field, ref unknown);
                        break;
                }
            }

            return new Evidence(document ?? throw Decline(), quote ?? throw Decline(), url, offset);
        }

        // A field the reader does not use is skipped (its strings still decoded, so bad UTF-8 declines), once per record.
        private void Unknown(ref Utf8JsonReader reader, string name, ref List<string>? unknown)
        {
            unknown ??= [];
            if (unknown.Contains(name))
            {
                throw Decline();
            }

            unknown.Add(name);
            PositionedJson.SkipValue(ref reader, _cache);
        }

        // A field seen twice is a duplicate, which the positioned reader reports.
        private static bool First(ref int seen, int bit) => PositionedJson.FirstTime(ref seen, bit) ? true : throw Decline();

        private string RequiredString(ref Utf8JsonReader reader) =>
            reader.TokenType == JsonTokenType.String ? _cache.Get(ref reader) : throw Decline();

        private string? OptionalString(ref Utf8JsonReader reader) => reader.TokenType switch
        {
            JsonTokenType.Null => null,
            JsonTokenType.String => _cache.Get(ref reader),
            _ => throw Decline(),
        };

        private PartialDate? OptionalDate(ref Utf8JsonReader reader) =>
            OptionalString(ref reader) is not { } text ? null : PartialDate.TryParse(text, out var date, out _) ? date : throw Decline();

        private Uri? OptionalUri(ref Utf8JsonReader reader) =>
            OptionalString(ref reader) is not { } text ? null : Uri.TryCreate(text, UriKind.RelativeOrAbsolute, out var uri) ? uri : throw Decline();

        private double? OptionalNumber(ref Utf8JsonReader reader)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                return null;
            }

            return reader.TokenType == JsonTokenType.Number
                   && double.TryParse(_cache.Get(ref reader), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
                ? value
                : throw Decline();
        }

        private string[] Strings(ref Utf8JsonReader reader)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                return [];
            }

            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw Decline();
            }

            var result = new List<string>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                result.Add(RequiredString(ref reader));
            }

            return [.. result];
        }

        private SortedDictionary<string, string>? Attributes(ref Utf8JsonReader reader)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                return null;
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw Decline();
            }

            var attributes = new SortedDictionary<string, string>(StringComparer.Ordinal);
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                var key = _cache.Get(ref reader);
                reader.Read();
                if (!attributes.TryAdd(key, PositionedJson.ScalarText(ref reader, _cache) ?? throw Decline()))
                {
                    throw Decline();
                }
            }

            return attributes;
        }
    }
}
