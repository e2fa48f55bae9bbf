using System.Globalization;
using System.Text;
using System.Text.Json;
using Stakeholders.Network.Model;

namespace Stakeholders.Network.IO;

/// <summary>
/// The native, lossless JSON format (<c>.json</c>, format name <c>json</c>), schema version 1 as described in
/// <c>docs/formats.md</c>.
/// </summary>
/// <remarks>
/// <para>Reading: JSON syntax errors throw <see cref="NetworkFormatException"/> with the line and column; so do a missing
/// or wrong <c>format</c> marker and a <c>version</c> this reader does not support, since nothing after them can be
/// trusted. Every other problem (a missing field, a value of the wrong type, an unknown kind, a bad date, a duplicate
/// id, a tie to an unknown stakeholder) is collected, with the <c>file:line:column</c> of the offending value, and
/// reported all at once as a <see cref="NetworkValidationException"/>. A valid file is read in one pass of the token
/// stream without positions; a file with any problem is read again by the reader that keeps them.</para>
/// <para>Writing is deterministic: fields in a fixed order, two-space indentation, <c>\n</c> newlines, a final newline,
/// numbers in invariant culture (shortest round-trip form), stakeholders, ties and documents in model order, attributes
/// sorted by key. Non-ASCII letters are written as themselves; characters that matter to HTML (<c>&lt; &gt; &amp; ' +</c>)
/// are escaped as <c>\uXXXX</c>, so the output can be embedded in a web page safely.</para>
/// </remarks>
public static class NativeJson
{
    /// <summary>The value of the <c>format</c> field.</summary>
    public const string FormatMarker = "stakeholders-network";

    /// <summary>The newest schema version this code reads and the version it writes.</summary>
    public const int CurrentVersion = 1;

    /// <summary>Reads a network from a file.</summary>
    /// <exception cref="NetworkFormatException">The file is not valid JSON or not this format.</exception>
    /// <exception cref="NetworkValidationException">The content has problems; every one is listed with its position.</exception>
    public static StakeholderNetwork Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return Read(File.ReadAllBytes(path), path);
    }

    /// <summary>Reads a network from a stream (read to its end, not closed).</summary>
    /// <param name="stream">The UTF-8 content.</param>
    /// <param name="sourceName">The name used in error messages.</param>
    public static StakeholderNetwork Read(Stream stream, string sourceName = "<stream>")
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return Read(buffer.ToArray(), sourceName);
    }

    /// <summary>Reads a network from JSON text.</summary>
    /// <param name="json">The JSON.</param>
    /// <param name="sourceName">The name used in error messages.</param>
    public static StakeholderNetwork Parse(string json, string sourceName = "<string>")
    {
        ArgumentNullException.ThrowIfNull(json);
        return Read(Encoding.UTF8.GetBytes(json), sourceName);
    }

    /// <summary>Reads a network from UTF-8 bytes.</summary>
    /// <param name="utf8">The UTF-8 content.</param>
    /// <param name="sourceName">The name used in error messages.</param>
    public static StakeholderNetwork Read(ReadOnlyMemory<byte> utf8, string sourceName) =>
        NativeJsonStream.TryRead(utf8) ?? ReadPositioned(utf8, sourceName);

    /// <summary>
    /// The reader that knows where everything is (a positioned tree of the whole file), used for the files the
    /// streaming reader (<see cref="NativeJsonStream"/>) declines: those with a problem or a field it does not know.
    /// </summary>
    internal static StakeholderNetwork ReadPositioned(ReadOnlyMemory<byte> utf8, string sourceName)
    {
        var root = PositionedJson.Parse(utf8, sourceName, out var positions);
        var reader = new Reader(sourceName, positions);
        return reader.ReadNetwork(root).Build();
    }

    /// <summary>Writes a network to a file atomically (see <see cref="AtomicFile"/>).</summary>
    public static void Write(StakeholderNetwork network, string path)
    {
        ArgumentNullException.ThrowIfNull(network);
        AtomicFile.Write(path, stream => Write(network, stream));
    }

    /// <summary>Writes a network to a stream as UTF-8 without a byte order mark. The stream is left open.</summary>
    public static void Write(StakeholderNetwork network, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(network);
        JsonWriting.WriteDocument(stream, indented: true, writer => WriteNetwork(writer, network));
    }

    /// <summary>The JSON text of a network, exactly as <see cref="Write(StakeholderNetwork, Stream)"/> writes it.</summary>
    public static string Serialize(StakeholderNetwork network)
    {
        using var buffer = new MemoryStream();
        Write(network, buffer);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteNetwork(Utf8JsonWriter w, StakeholderNetwork network)
    {
        w.WriteStartObject();
        w.WriteString("format", FormatMarker);
        w.WriteNumber("version", CurrentVersion);
        JsonWriting.WriteOptional(w, "title", network.Title);
        JsonWriting.WriteOptional(w, "description", network.Description);

        w.WriteStartArray("documents");
        foreach (var d in network.Documents)
        {
            w.WriteStartObject();
            w.WriteString("id", d.Id);
            JsonWriting.WriteOptional(w, "title", d.Title);
            JsonWriting.WriteOptional(w, "url", d.Url?.OriginalString);
            JsonWriting.WriteOptional(w, "published", d.Published?.ToString());
            JsonWriting.WriteOptional(w, "path", d.Path);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("stakeholders");
        foreach (var s in network.Stakeholders)
        {
            w.WriteStartObject();
            w.WriteString("id", s.Id);
            w.WriteString("name", s.Name);
            w.WriteString("kind", s.Kind.ToName());
            if (s.OrganizationType != OrganizationType.Unspecified)
            {
                w.WriteString("organizationType", s.OrganizationType.ToName());
            }

            if (s.Aliases.Count > 0)
            {
                w.WriteStartArray("aliases");
                foreach (var a in s.Aliases)
                {
                    w.WriteStringValue(a);
                }

                w.WriteEndArray();
            }

            JsonWriting.WriteOptional(w, "description", s.Description);
            JsonWriting.WriteAttributes(w, s.Attributes);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("ties");
        foreach (var t in network.Ties)
        {
            w.WriteStartObject();
            w.WriteString("id", t.Id);
            w.WriteString("source", t.Source);
            w.WriteString("target", t.Target);
            w.WriteString("type", t.Type.Name);
            JsonWriting.WriteOptional(w, "role", t.Role);

            // Both keys (null for an open end) whenever a period is set, neither when it is not: keeps the two apart.
            if (t.Period is { } period)
            {
                JsonWriting.WriteNullable(w, "start", period.Start?.ToString());
                JsonWriting.WriteNullable(w, "end", period.End?.ToString());
            }

            w.WriteNumber("strength", t.Strength);
            w.WriteNumber("confidence", t.Confidence);
            if (t.Evidence.Count > 0)
            {
                w.WriteStartArray("evidence");
                foreach (var e in t.Evidence)
                {
                    w.WriteStartObject();
                    w.WriteString("document", e.DocumentId);
                    w.WriteString("quote", e.Quote);
                    JsonWriting.WriteOptional(w, "url", e.Url?.OriginalString);
                    if (e.Offset is { } offset)
                    {
                        w.WriteNumber("offset", offset);
                    }

                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            JsonWriting.WriteAttributes(w, t.Attributes);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>Interprets a parsed tree, collecting problems in the builder.</summary>
    private sealed class Reader(string sourceName, TextPositions positions)
    {
        // The builder, and the offset of each document, stakeholder and tie added to it (by kind), turned into
        // file:line:column only when a problem is reported, so a valid file never pays for positions.
        private readonly (StakeholderNetworkBuilder Builder, List<long>[] Offsets) _state = CreateState(sourceName, positions);

        private static (StakeholderNetworkBuilder, List<long>[]) CreateState(string sourceName, TextPositions positions)
        {
            List<long>[] offsets = [[], [], []];
            var builder = StakeholderNetworkBuilder.ForReading();
            builder.Locator = (kind, index) =>
            {
                var (line, column) = positions.At(offsets[kind][index]);
                return NetworkFormatException.Location(sourceName, line, column);
            };
            return (builder, offsets);
        }

        public StakeholderNetworkBuilder ReadNetwork(JsonValue root)
        {
            if (root.Type != JsonValueType.Object)
            {
                throw Fatal(root, $"expected a JSON object at the top level, found {root.Describe()}");
            }

            var format = root.Property("format");
            if (format is null)
            {
                throw Fatal(root, $"missing field 'format' (expected \"{FormatMarker}\"); is this a stakeholder network file?");
            }

            if (format.Value.Type != JsonValueType.String || format.Value.Text != FormatMarker)
            {
                throw Fatal(format.Value, $"field 'format' must be \"{FormatMarker}\", found {Show(format.Value)}");
            }

            var version = root.Property("version");
            if (version is null)
            {
                throw Fatal(root, "missing field 'version'");
            }

            if (!version.Value.TryGetInt(out var number) || number < 1)
            {
                throw Fatal(version.Value, $"field 'version' must be a positive integer, found {Show(version.Value)}");
            }

            if (number > CurrentVersion)
            {
                throw Fatal(version.Value, string.Create(CultureInfo.InvariantCulture,
                    $"schema version {number} is newer than this reader supports ({CurrentVersion}); upgrade Stakeholders to read it"));
            }

            CheckDuplicates(root);
            _state.Builder.Title = OptionalString(root, "title");
            _state.Builder.Description = OptionalString(root, "description");

            foreach (var d in Items(root, "documents", required: false))
            {
                ReadDocument(d);
            }

            foreach (var s in Items(root, "stakeholders", required: true))
            {
                ReadStakeholder(s);
            }

            foreach (var t in Items(root, "ties", required: true))
            {
                ReadTie(t);
            }

            return _state.Builder;
        }

        private void ReadDocument(JsonValue d)
        {
            if (!ExpectObject(d, "a document"))
            {
                return;
            }

            var id = RequiredString(d, "id");
            var title = OptionalString(d, "title");
            var url = OptionalUri(d, "url");
            var published = OptionalDate(d, "published");
            var path = OptionalString(d, "path");
            if (id is not null)
            {
                _state.Offsets[0].Add(d.Offset);
                _state.Builder.AddDocument(new SourceDocument(id, title, url, published, path));
            }
        }

        private void ReadStakeholder(JsonValue s)
        {
            if (!ExpectObject(s, "a stakeholder"))
            {
                return;
            }

            var id = RequiredString(s, "id");
            var name = RequiredString(s, "name");
            var kindText = RequiredString(s, "kind");
            var kind = StakeholderKind.Person;
            if (kindText is not null && !ModelNames.TryParseKind(kindText, out kind))
            {
                Problem(s.Property("kind")!.Value, $"unknown kind '{kindText}'; expected one of {string.Join(", ", ModelNames.KindNames)}");
            }

            var organizationType = OrganizationType.Unspecified;
            var typeText = OptionalString(s, "organizationType");
            if (typeText is not null && !ModelNames.TryParseOrganizationType(typeText, out organizationType))
            {
                Problem(s.Property("organizationType")!.Value,
                    $"unknown organization type '{typeText}'; expected one of {string.Join(", ", ModelNames.OrganizationTypeNames)}");
            }

            var aliases = StringArray(s, "aliases");
            var description = OptionalString(s, "description");
            var attributes = Attributes(s);
            if (id is null)
            {
                return;
            }

            _state.Offsets[1].Add(s.Offset);
            _state.Builder.AddStakeholder(
                new Stakeholder(id, name ?? id, kind)
                {
                    OrganizationType = organizationType,
                    Aliases = aliases,
                    Description = description,
                    Attributes = attributes,
                });
        }

        private void ReadTie(JsonValue t)
        {
            if (!ExpectObject(t, "a tie"))
            {
                return;
            }

            var id = OptionalString(t, "id") ?? string.Empty;
            var source = RequiredString(t, "source");
            var target = RequiredString(t, "target");
            var type = RequiredString(t, "type");
            var role = OptionalString(t, "role");
            var start = OptionalDate(t, "start");
            var end = OptionalDate(t, "end");
            var period = t.Property("start") is not null || t.Property("end") is not null ? new DatePeriod(start, end) : null;
            var strength = OptionalNumber(t, "strength") ?? 1.0;
            var confidence = OptionalNumber(t, "confidence") ?? 1.0;
            var evidence = new List<Evidence>();
            foreach (var e in Items(t, "evidence", required: false))
            {
                if (ReadEvidence(e) is { } item)
                {
                    evidence.Add(item);
                }
            }

            var attributes = Attributes(t);
            if (source is null || target is null || type is null)
            {
                return;
            }

            _state.Offsets[2].Add(t.Offset);
            _state.Builder.AddTie(
                new Tie(source, target, new TieType(type))
                {
                    Id = id,
                    Role = role,
                    Period = period,
                    Strength = strength,
                    Confidence = confidence,
                    Evidence = evidence,
                    Attributes = attributes,
                });
        }

        private Evidence? ReadEvidence(JsonValue e)
        {
            if (!ExpectObject(e, "an evidence entry"))
            {
                return null;
            }

            var document = RequiredString(e, "document");
            var quote = RequiredString(e, "quote");
            var url = OptionalUri(e, "url");
            int? offset = null;
            if (e.Property("offset") is { Value.Type: not JsonValueType.Null } p)
            {
                if (p.Value.TryGetInt(out var o) && o >= 0)
                {
                    offset = o;
                }
                else
                {
                    Problem(p.Value, $"field 'offset' must be a non-negative integer, found {Show(p.Value)}");
                }
            }

            return document is null || quote is null ? null : new Evidence(document, quote, url, offset);
        }

        private IEnumerable<JsonValue> Items(JsonValue obj, string name, bool required)
        {
            var p = obj.Property(name);
            if (p is null || p.Value.Type == JsonValueType.Null)
            {
                if (required)
                {
                    Problem(obj, $"missing required field '{name}' (an array)");
                }

                return [];
            }

            if (p.Value.Type != JsonValueType.Array)
            {
                Problem(p.Value, $"field '{name}' must be an array, found {p.Value.Describe()}");
                return [];
            }

            return p.Value.Items;
        }

        private bool ExpectObject(JsonValue value, string what)
        {
            if (value.Type != JsonValueType.Object)
            {
                Problem(value, $"expected {what} (an object), found {value.Describe()}");
                return false;
            }

            CheckDuplicates(value);
            return true;
        }

        private void CheckDuplicates(JsonValue obj)
        {
            var properties = obj.Properties;
            if (properties.Length > 16)
            {
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var p in properties)
                {
                    if (!seen.Add(p.Name))
                    {
                        Problem(p.NameOffset, $"duplicate field '{p.Name}'");
                    }
                }

                return;
            }

            // Records have a handful of fields: comparing pairs allocates nothing.
            for (var i = 1; i < properties.Length; i++)
            {
                for (var j = 0; j < i; j++)
                {
                    if (properties[j].Name == properties[i].Name)
                    {
                        Problem(properties[i].NameOffset, $"duplicate field '{properties[i].Name}'");
                        break;
                    }
                }
            }
        }

        private string? RequiredString(JsonValue obj, string name)
        {
            var p = obj.Property(name);
            if (p is null || p.Value.Type == JsonValueType.Null)
            {
                Problem(p?.Value ?? obj, $"missing required field '{name}'");
                return null;
            }

            if (p.Value.Type != JsonValueType.String)
            {
                Problem(p.Value, $"field '{name}' must be a string, found {p.Value.Describe()}");
                return null;
            }

            return p.Value.Text;
        }

        private string? OptionalString(JsonValue obj, string name)
        {
            var p = obj.Property(name);
            if (p is null || p.Value.Type == JsonValueType.Null)
            {
                return null;
            }

            if (p.Value.Type != JsonValueType.String)
            {
                Problem(p.Value, $"field '{name}' must be a string, found {p.Value.Describe()}");
                return null;
            }

            return p.Value.Text;
        }

        private double? OptionalNumber(JsonValue obj, string name)
        {
            var p = obj.Property(name);
            if (p is null || p.Value.Type == JsonValueType.Null)
            {
                return null;
            }

            if (!p.Value.TryGetDouble(out var value) || !double.IsFinite(value))
            {
                Problem(p.Value, $"field '{name}' must be a number, found {Show(p.Value)}");
                return null;
            }

            return value;
        }

        private PartialDate? OptionalDate(JsonValue obj, string name)
        {
            var text = OptionalString(obj, name);
            if (text is null)
            {
                return null;
            }

            if (!PartialDate.TryParse(text, out var date, out var reason))
            {
                Problem(obj.Property(name)!.Value, $"field '{name}': {reason}");
                return null;
            }

            return date;
        }

        private Uri? OptionalUri(JsonValue obj, string name)
        {
            var text = OptionalString(obj, name);
            if (text is null)
            {
                return null;
            }

            if (!Uri.TryCreate(text, UriKind.RelativeOrAbsolute, out var uri))
            {
                Problem(obj.Property(name)!.Value, $"field '{name}': '{text}' is not a URL");
                return null;
            }

            return uri;
        }

        private string[] StringArray(JsonValue obj, string name)
        {
            var p = obj.Property(name);
            if (p is null || p.Value.Type == JsonValueType.Null)
            {
                return [];
            }

            if (p.Value.Type != JsonValueType.Array)
            {
                Problem(p.Value, $"field '{name}' must be an array of strings, found {p.Value.Describe()}");
                return [];
            }

            var result = new List<string>(p.Value.Items.Length);
            foreach (var item in p.Value.Items)
            {
                if (item.Type == JsonValueType.String)
                {
                    result.Add(item.Text!);
                }
                else
                {
                    Problem(item, $"field '{name}' must hold strings only, found {item.Describe()}");
                }
            }

            return [.. result];
        }

        private SortedDictionary<string, string> Attributes(JsonValue obj)
        {
            var attributes = new SortedDictionary<string, string>(StringComparer.Ordinal);
            var p = obj.Property("attributes");
            if (p is null || p.Value.Type == JsonValueType.Null)
            {
                return attributes;
            }

            if (p.Value.Type != JsonValueType.Object)
            {
                Problem(p.Value, $"field 'attributes' must be an object, found {p.Value.Describe()}");
                return attributes;
            }

            CheckDuplicates(p.Value);
            foreach (var a in p.Value.Properties)
            {
                // Numbers and booleans are kept as their JSON text, so {"founded": 1919} reads as "1919".
                if (a.Value.ScalarText() is { } text)
                {
                    attributes[a.Name] = text;
                }
                else
                {
                    Problem(a.Value, $"attribute '{a.Name}' must be a string, number or boolean, found {a.Value.Describe()}");
                }
            }

            return attributes;
        }

        private static string Show(JsonValue value) => value.Type switch
        {
            JsonValueType.String => $"\"{value.Text}\"",
            JsonValueType.Number => value.Text!,
            _ => value.Describe(),
        };

        private string Where(JsonValue value) => Where(value.Offset);

        private string Where(long offset)
        {
            var (line, column) = positions.At(offset);
            return NetworkFormatException.Location(sourceName, line, column);
        }

        private void Problem(JsonValue value, string message) => _state.Builder.ReportProblem(Where(value), message);

        private void Problem(long offset, string message) => _state.Builder.ReportProblem(Where(offset), message);

        private NetworkFormatException Fatal(JsonValue value, string reason)
        {
            var (line, column) = positions.At(value.Offset);
            return new NetworkFormatException(sourceName, line, column, reason);
        }
    }
}
