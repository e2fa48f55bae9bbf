using System.Globalization;
using System.Text;
using System.Text.Json;
using Stakeholders.Network.Model;

namespace Stakeholders.Network.IO;

/// <summary>One named value read from a graph file, with where it was found.</summary>
internal readonly record struct FlatValue(string Text, string Location);

/// <summary>
/// The flat, named-attribute view of stakeholders and ties shared by GraphML and GEXF: fixed attribute names for the
/// model's members, list-valued members as compact JSON strings, and free attributes under their own key (prefixed
/// with <c>attr:</c> when the key would clash with a fixed name).
/// </summary>
internal static class FlatModel
{
    public const string AttributePrefix = "attr:";

    /// <summary>Fixed node attribute names, in the order they are declared and written.</summary>
    public static readonly string[] NodeFields = ["name", "kind", "organization_type", "aliases", "description"];

    /// <summary>Fixed edge attribute names, in the order they are declared and written.</summary>
    public static readonly string[] EdgeFields = ["type", "role", "start", "end", "weight", "confidence", "evidence"];

    /// <summary>Fixed graph attribute names.</summary>
    public static readonly string[] GraphFields = ["title", "description", "documents"];

    /// <summary>Edge fields that hold numbers (declared as double).</summary>
    public static bool IsNumeric(string edgeField) => edgeField is "weight" or "confidence";

    // Names other tools use for the same things; attributes with these keys are prefixed too, so they read back as attributes.
    private static readonly string[] NodeReserved = [.. NodeFields, "id", "label"];
    private static readonly string[] EdgeReserved = [.. EdgeFields, "id", "label", "source", "target", "strength", "key"];

    /// <summary>The attribute name a free node attribute is written under.</summary>
    public static string NodeAttributeName(string key) => Mangle(key, NodeReserved);

    /// <summary>The attribute name a free edge attribute is written under.</summary>
    public static string EdgeAttributeName(string key) => Mangle(key, EdgeReserved);

    private static string Mangle(string key, string[] reserved) =>
        reserved.Contains(key, StringComparer.OrdinalIgnoreCase) || key.StartsWith(AttributePrefix, StringComparison.OrdinalIgnoreCase) || key.Length == 0
            ? AttributePrefix + key
            : key;

    /// <summary>The free attribute key a written name stands for.</summary>
    public static string Unmangle(string name) =>
        name.StartsWith(AttributePrefix, StringComparison.OrdinalIgnoreCase) ? name[AttributePrefix.Length..] : name;

    /// <summary>A stakeholder's fixed values (only those that are set), in <see cref="NodeFields"/> order.</summary>
    public static IEnumerable<(string Name, string Value)> NodeValues(Stakeholder s)
    {
        yield return ("name", s.Name);
        yield return ("kind", s.Kind.ToName());
        if (s.OrganizationType != OrganizationType.Unspecified)
        {
            yield return ("organization_type", s.OrganizationType.ToName());
        }

        if (s.Aliases.Count > 0)
        {
            yield return ("aliases", JsonStrings(s.Aliases));
        }

        if (s.Description is not null)
        {
            yield return ("description", s.Description);
        }
    }

    /// <summary>A tie's fixed values (only those that are set), in <see cref="EdgeFields"/> order.</summary>
    /// <remarks>A set period writes both <c>start</c> and <c>end</c>, an open end as an empty string, so that "no period" and
    /// "a period open at both ends" stay apart.</remarks>
    public static IEnumerable<(string Name, string Value)> EdgeValues(Tie t)
    {
        yield return ("type", t.Type.Name);
        if (t.Role is not null)
        {
            yield return ("role", t.Role);
        }

        if (t.Period is { } p)
        {
            yield return ("start", p.Start?.ToString() ?? string.Empty);
            yield return ("end", p.End?.ToString() ?? string.Empty);
        }

        yield return ("weight", Number(t.Strength));
        yield return ("confidence", Number(t.Confidence));
        if (t.Evidence.Count > 0)
        {
            yield return ("evidence", EvidenceJson(t.Evidence));
        }
    }

    /// <summary>The graph's fixed values (only those that are set).</summary>
    public static IEnumerable<(string Name, string Value)> GraphValues(StakeholderNetwork network)
    {
        if (network.Title is not null)
        {
            yield return ("title", network.Title);
        }

        if (network.Description is not null)
        {
            yield return ("description", network.Description);
        }

        if (network.Documents.Count > 0)
        {
            yield return ("documents", DocumentsJson(network.Documents));
        }
    }

    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Builds a stakeholder from its named values; problems go to the builder.</summary>
    /// <param name="builder">Collects the stakeholder and the problems.</param>
    /// <param name="id">The node id.</param>
    /// <param name="values">Values by written name (fixed names and free attributes).</param>
    /// <param name="location">Where the node is (null when the reader reports positions another way).</param>
    /// <param name="aliases">The aliases when the reader has them as a list already (then <c>aliases</c> in
    /// <paramref name="values"/> is not read).</param>
    public static void AddStakeholder(StakeholderNetworkBuilder builder, string id, IReadOnlyDictionary<string, FlatValue> values, string? location, string[]? aliases = null)
    {
        var kind = StakeholderKind.Person;
        if (values.TryGetValue("kind", out var kindValue) && !ModelNames.TryParseKind(kindValue.Text, out kind))
        {
            builder.ReportProblem(kindValue.Location, $"unknown kind '{kindValue.Text}'; expected one of {string.Join(", ", ModelNames.KindNames)}");
        }

        var organizationType = OrganizationType.Unspecified;
        if (values.TryGetValue("organization_type", out var typeValue) && !ModelNames.TryParseOrganizationType(typeValue.Text, out organizationType))
        {
            builder.ReportProblem(typeValue.Location,
                $"unknown organization type '{typeValue.Text}'; expected one of {string.Join(", ", ModelNames.OrganizationTypeNames)}");
        }

        // Files from other tools have no 'name' but often a 'label'; 'label' is then the name, not an attribute.
        var name = values.TryGetValue("name", out var n) ? n.Text : values.TryGetValue("label", out var l) ? l.Text : id;
        aliases ??= values.TryGetValue("aliases", out var a) ? ParseStrings(builder, a, "aliases") : [];
        var attributes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in values)
        {
            if (!NodeReserved.Contains(key, StringComparer.Ordinal))
            {
                attributes[Unmangle(key)] = value.Text;
            }
        }

        builder.AddStakeholder(
            new Stakeholder(id, name, kind)
            {
                OrganizationType = organizationType,
                Aliases = aliases,
                Description = values.TryGetValue("description", out var d) ? d.Text : null,
                Attributes = attributes,
            },
            location);
    }

    /// <summary>Builds a tie from its named values; problems go to the builder.</summary>
    /// <remarks><paramref name="evidence"/>, when given, is the tie's evidence read by the caller (then <c>evidence</c>
    /// in <paramref name="values"/> is not read).</remarks>
    public static void AddTie(StakeholderNetworkBuilder builder, string? id, string source, string target, IReadOnlyDictionary<string, FlatValue> values, string? location, List<Evidence>? evidence = null)
    {
        var type = values.TryGetValue("type", out var t) ? t.Text : values.TryGetValue("label", out var l) && l.Text.Length > 0 ? l.Text : EdgeListFormat.DefaultTieType.Name;
        var hasStart = values.TryGetValue("start", out var startValue);
        var hasEnd = values.TryGetValue("end", out var endValue);
        var start = hasStart ? Date(builder, startValue, "start") : null;
        var end = hasEnd ? Date(builder, endValue, "end") : null;
        var weight = values.TryGetValue("weight", out var w) ? w : values.TryGetValue("strength", out var s) ? s : (FlatValue?)null;
        var attributes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in values)
        {
            if (!EdgeReserved.Contains(key, StringComparer.Ordinal))
            {
                attributes[Unmangle(key)] = value.Text;
            }
        }

        builder.AddTie(
            new Tie(source, target, new TieType(type))
            {
                Id = id ?? string.Empty,
                Role = values.TryGetValue("role", out var r) ? r.Text : null,
                Period = hasStart || hasEnd ? new DatePeriod(start, end) : null,
                Strength = weight is { } wv ? ParseNumber(builder, wv, "weight") ?? 1.0 : 1.0,
                Confidence = values.TryGetValue("confidence", out var c) ? ParseNumber(builder, c, "confidence") ?? 1.0 : 1.0,
                Evidence = evidence ?? (values.TryGetValue("evidence", out var e) ? ParseEvidence(builder, e) : []),
                Attributes = attributes,
            },
            location);
    }

    /// <summary>Reads the graph-level values into the builder.</summary>
    public static void ApplyGraphValues(StakeholderNetworkBuilder builder, IReadOnlyDictionary<string, FlatValue> values)
    {
        if (values.TryGetValue("title", out var title))
        {
            builder.Title = title.Text;
        }

        if (values.TryGetValue("description", out var description))
        {
            builder.Description = description.Text;
        }

        if (values.TryGetValue("documents", out var documents))
        {
            foreach (var d in ParseDocuments(builder, documents))
            {
                builder.AddDocument(d, documents.Location);
            }
        }
    }

    private static PartialDate? Date(StakeholderNetworkBuilder builder, FlatValue value, string name)
    {
        if (value.Text.Length == 0)
        {
            return null;
        }

        if (!PartialDate.TryParse(value.Text, out var date, out var reason))
        {
            builder.ReportProblem(value.Location, $"{name}: {reason}");
            return null;
        }

        return date;
    }

    private static double? ParseNumber(StakeholderNetworkBuilder builder, FlatValue value, string name)
    {
        if (double.TryParse(value.Text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
        {
            return number;
        }

        builder.ReportProblem(value.Location, $"{name} '{value.Text}' is not a number");
        return null;
    }

    public static string JsonStrings(IEnumerable<string> values) => CompactJson(w =>
    {
        w.WriteStartArray();
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    });

    public static string EvidenceJson(IEnumerable<Evidence> evidence) => CompactJson(w =>
    {
        w.WriteStartArray();
        foreach (var e in evidence)
        {
            w.WriteStartObject();
            w.WriteString("document", e.DocumentId);
            w.WriteString("quote", e.Quote);
            if (e.Url is not null)
            {
                w.WriteString("url", e.Url.OriginalString);
            }

            if (e.Offset is { } offset)
            {
                w.WriteNumber("offset", offset);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    });

    public static string DocumentsJson(IEnumerable<SourceDocument> documents) => CompactJson(w =>
    {
        w.WriteStartArray();
        foreach (var d in documents)
        {
            w.WriteStartObject();
            w.WriteString("id", d.Id);
            WriteOptional(w, "title", d.Title);
            WriteOptional(w, "url", d.Url?.OriginalString);
            WriteOptional(w, "published", d.Published?.ToString());
            WriteOptional(w, "path", d.Path);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    });

    private static void WriteOptional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static string CompactJson(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string[] ParseStrings(StakeholderNetworkBuilder builder, FlatValue value, string name)
    {
        if (!value.Text.TrimStart().StartsWith('['))
        {
            // Other tools write a plain name here; take it as one alias.
            return value.Text.Length == 0 ? [] : [value.Text];
        }

        try
        {
            using var doc = JsonDocument.Parse(value.Text);
            if (doc.RootElement.ValueKind == JsonValueKind.Array && doc.RootElement.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String))
            {
                return doc.RootElement.EnumerateArray().Select(e => e.GetString()!).ToArray();
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            // InvalidOperationException: a string with an unpaired surrogate escape ("\ud83d") parses but cannot be read.
        }

        builder.ReportProblem(value.Location, $"{name} must be a JSON array of strings, such as [\"a\", \"b\"]");
        return [];
    }

    private static List<Evidence> ParseEvidence(StakeholderNetworkBuilder builder, FlatValue value)
    {
        var result = new List<Evidence>();
        try
        {
            using var doc = JsonDocument.Parse(value.Text);
            if (doc.RootElement.ValueKind != JsonValueKind.Array)
            {
                throw new JsonException("not an array");
            }

            foreach (var e in doc.RootElement.EnumerateArray())
            {
                var document = e.TryGetProperty("document", out var dp) && dp.ValueKind == JsonValueKind.String ? dp.GetString()! : string.Empty;
                var quote = e.TryGetProperty("quote", out var qp) && qp.ValueKind == JsonValueKind.String ? qp.GetString()! : string.Empty;
                Uri? url = null;
                if (e.TryGetProperty("url", out var up) && up.ValueKind == JsonValueKind.String)
                {
                    if (!Uri.TryCreate(up.GetString(), UriKind.RelativeOrAbsolute, out url))
                    {
                        builder.ReportProblem(value.Location, $"evidence url '{up.GetString()}' is not a URL");
                    }
                }

                int? offset = null;
                if (e.TryGetProperty("offset", out var op) && op.ValueKind != JsonValueKind.Null)
                {
                    if (op.ValueKind == JsonValueKind.Number && op.TryGetInt32(out var o) && o >= 0)
                    {
                        offset = o;
                    }
                    else
                    {
                        builder.ReportProblem(value.Location, $"evidence offset {op.GetRawText()} is not a non-negative integer");
                    }
                }

                result.Add(new Evidence(document, quote, url, offset));
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            builder.ReportProblem(value.Location, "evidence must be a JSON array of {\"document\", \"quote\", \"url\", \"offset\"} objects");
        }

        return result;
    }

    private static List<SourceDocument> ParseDocuments(StakeholderNetworkBuilder builder, FlatValue value)
    {
        var result = new List<SourceDocument>();
        try
        {
            using var doc = JsonDocument.Parse(value.Text);
            foreach (var d in doc.RootElement.EnumerateArray())
            {
                string? Text(string name) => d.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
                var url = Text("url") is { } u && Uri.TryCreate(u, UriKind.RelativeOrAbsolute, out var parsed) ? parsed : null;
                PartialDate? published = null;
                if (Text("published") is { } pub)
                {
                    if (PartialDate.TryParse(pub, out var date, out var reason))
                    {
                        published = date;
                    }
                    else
                    {
                        builder.ReportProblem(value.Location, $"documents: published: {reason}");
                    }
                }

                result.Add(new SourceDocument(Text("id") ?? string.Empty, Text("title"), url, published, Text("path")));
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            builder.ReportProblem(value.Location, "documents must be a JSON array of {\"id\", \"title\", \"url\", \"published\", \"path\"} objects");
        }

        return result;
    }
}
