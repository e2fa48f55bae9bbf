using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using Stakeholders.Network.Model;

namespace Stakeholders.Network.Neo4j;

/// <summary>
/// The data model in Neo4j (docs/neo4j.md describes it for users): names of labels, relationship properties and the
/// conversions between model records and property maps. Only property maps cross the wire, as parameters.
/// </summary>
public static class Neo4jGraphModel
{
    /// <summary>The label every stakeholder node carries.</summary>
    public const string StakeholderLabel = "Stakeholder";

    /// <summary>The label of source document nodes.</summary>
    public const string DocumentLabel = "SourceDocument";

    /// <summary>The label of the single node holding the network's title and description.</summary>
    public const string NetworkInfoLabel = "StakeholderNetworkInfo";

    /// <summary>The id of that node.</summary>
    public const string NetworkInfoId = "network";

    /// <summary>The prefix of properties holding free attributes: attribute <c>country</c> is property <c>attr_country</c>.</summary>
    public const string AttributePrefix = "attr_";

    /// <summary>The label for a kind: <c>Person</c>, <c>Organization</c>, <c>Event</c>, <c>Place</c>, <c>Initiative</c>.</summary>
    public static string KindLabel(StakeholderKind kind) => kind switch
    {
        StakeholderKind.Person => "Person",
        StakeholderKind.Organization => "Organization",
        StakeholderKind.Event => "Event",
        StakeholderKind.Place => "Place",
        StakeholderKind.Initiative => "Initiative",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown stakeholder kind."),
    };

    /// <summary>Every kind label.</summary>
    internal static IReadOnlyList<string> KindLabels { get; } = Enum.GetValues<StakeholderKind>().Select(KindLabel).ToArray();

    internal static Dictionary<string, object?> StakeholderProperties(Stakeholder s) => DictionarySink.Build(s, WriteStakeholder);

    internal static Dictionary<string, object?> TieRow(Tie t) => DictionarySink.Build(t, WriteTieRow);

    internal static Dictionary<string, object?> DocumentProperties(SourceDocument d) => DictionarySink.Build(d, WriteDocument);

    /// <summary>A stakeholder node's properties (the one place that maps a stakeholder to Neo4j).</summary>
    internal static void WriteStakeholder(Stakeholder s, IPropertySink p)
    {
        p.Add("id", s.Id);
        p.Add("name", s.Name);
        p.Add("kind", s.Kind.ToName());
        if (s.OrganizationType != OrganizationType.Unspecified)
        {
            p.Add("organizationType", s.OrganizationType.ToName());
        }

        if (s.Aliases.Count > 0)
        {
            p.AddStrings("aliases", s.Aliases, static a => a);
        }

        if (s.Description is not null)
        {
            p.Add("description", s.Description);
        }

        AddAttributes(p, s.Attributes);
    }

    /// <summary>A tie's row: <c>{id, source, target, props}</c>, the relationship's properties in <c>props</c> (the one place that maps a tie to Neo4j).</summary>
    internal static void WriteTieRow(Tie t, IPropertySink p)
    {
        p.Add("id", t.Id);
        p.Add("source", t.Source);
        p.Add("target", t.Target);
        p.BeginMap("props");
        p.Add("id", t.Id);
        p.Add("strength", t.Strength);
        p.Add("confidence", t.Confidence);
        if (t.Role is not null)
        {
            p.Add("role", t.Role);
        }

        if (t.Period is { } period)
        {
            if (period.Start is { } start)
            {
                p.Add("validFrom", start.ToString());
                p.Add("validFromEarliest", start.Earliest);
            }

            if (period.End is { } end)
            {
                p.Add("validTo", end.ToString());
                p.Add("validToLatest", end.Latest);
            }

            if (period.Start is null && period.End is null)
            {
                p.Add("validAlways", true);
            }
        }

        if (t.Evidence.Count > 0)
        {
            p.AddStrings("evidenceDocuments", t.Evidence, static e => e.DocumentId);
            p.AddStrings("evidenceQuotes", t.Evidence, static e => e.Quote);
            p.AddStrings("evidenceUrls", t.Evidence, static e => e.Url?.OriginalString ?? string.Empty);
            p.AddLongs("evidenceOffsets", t.Evidence, static e => e.Offset ?? -1);
        }

        AddAttributes(p, t.Attributes);
        p.EndMap();
    }

    /// <summary>A source document node's properties.</summary>
    internal static void WriteDocument(SourceDocument d, IPropertySink p)
    {
        p.Add("id", d.Id);
        if (d.Title is not null)
        {
            p.Add("title", d.Title);
        }

        if (d.Url is not null)
        {
            p.Add("url", d.Url.OriginalString);
        }

        if (d.Published is { } published)
        {
            p.Add("published", published.ToString());
        }

        if (d.Path is not null)
        {
            p.Add("path", d.Path);
        }
    }

    internal static Dictionary<string, object?> NetworkInfoProperties(StakeholderNetwork network)
    {
        var p = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = NetworkInfoId,
            ["modelVersion"] = 1,
        };
        if (network.Title is not null)
        {
            p["title"] = network.Title;
        }

        if (network.Description is not null)
        {
            p["description"] = network.Description;
        }

        return p;
    }

    private static void AddAttributes(IPropertySink p, IReadOnlyDictionary<string, string> attributes)
    {
        foreach (var (key, value) in attributes)
        {
            p.Add(AttributePrefix + key, value);
        }
    }

    internal static Stakeholder? ReadStakeholder(JsonElement props, StakeholderNetworkBuilder problems) =>
        ReadStakeholder(props, (where, message) => problems.ReportProblem(where, message));

    /// <summary>A stakeholder from its node's properties; what the model rejects goes to <paramref name="problem"/> (where, what).</summary>
    internal static Stakeholder? ReadStakeholder(JsonElement props, Action<string, string> problem)
    {
        var id = Text(props, "id") ?? string.Empty;
        string Where() => $"neo4j node :{StakeholderLabel} '{id}'";
        var kindName = Text(props, "kind");
        if (!ModelNames.TryParseKind(kindName, out var kind))
        {
            problem(Where(), $"property 'kind' is '{kindName}', not one of {string.Join(", ", ModelNames.KindNames)}");
            return null;
        }

        var typeName = Text(props, "organizationType");
        if (!ModelNames.TryParseOrganizationType(typeName, out var type))
        {
            problem(Where(), $"property 'organizationType' is '{typeName}', not one of {string.Join(", ", ModelNames.OrganizationTypeNames)}");
        }

        return new Stakeholder(id, Text(props, "name") ?? string.Empty, kind)
        {
            OrganizationType = type,
            Aliases = Strings(props, "aliases") ?? [],
            Description = Text(props, "description"),
            Attributes = Attributes(props),
        };
    }

    internal static Tie? ReadTie(string id, string source, string target, string type, JsonElement props, StakeholderNetworkBuilder problems) =>
        ReadTie(id, source, target, type, props, (where, message) => problems.ReportProblem(where, message));

    /// <summary>A tie from its relationship; what the model rejects goes to <paramref name="problem"/> (where, what).</summary>
    internal static Tie? ReadTie(string id, string source, string target, string type, JsonElement props, Action<string, string> problem)
    {
        string Where() => $"neo4j relationship [:{type}] '{id}'";
        var tie = new Tie(source, target, new TieType(type))
        {
            Id = id,
            Role = Text(props, "role"),
            Strength = Number(props, "strength") ?? 1.0,
            Confidence = Number(props, "confidence") ?? 1.0,
            Attributes = Attributes(props),
        };

        var from = Text(props, "validFrom");
        var to = Text(props, "validTo");
        if (from is not null || to is not null || props.TryGetProperty("validAlways", out _))
        {
            PartialDate? start = null, end = null;
            if (from is not null)
            {
                if (PartialDate.TryParse(from, out var s, out var why))
                {
                    start = s;
                }
                else
                {
                    problem(Where(), $"property 'validFrom': {why}");
                }
            }

            if (to is not null)
            {
                if (PartialDate.TryParse(to, out var e, out var why))
                {
                    end = e;
                }
                else
                {
                    problem(Where(), $"property 'validTo': {why}");
                }
            }

            tie = tie with { Period = new DatePeriod(start, end) };
        }

        var documents = Strings(props, "evidenceDocuments");
        if (documents is not null)
        {
            var quotes = Strings(props, "evidenceQuotes") ?? [];
            var urls = Strings(props, "evidenceUrls") ?? [];
            var offsets = Longs(props, "evidenceOffsets") ?? [];
            if (quotes.Length != documents.Length || urls.Length != documents.Length || offsets.Length != documents.Length)
            {
                problem(Where(), string.Create(
                    CultureInfo.InvariantCulture,
                    $"the evidence arrays differ in length (documents {documents.Length}, quotes {quotes.Length}, urls {urls.Length}, offsets {offsets.Length})"));
                return tie;
            }

            var evidence = new Evidence[documents.Length];
            for (var i = 0; i < documents.Length; i++)
            {
                Uri? url = null;
                if (urls[i].Length > 0 && !Uri.TryCreate(urls[i], UriKind.RelativeOrAbsolute, out url))
                {
                    problem(Where(), $"evidence #{i + 1} has an unreadable URL '{urls[i]}'");
                }

                evidence[i] = new Evidence(documents[i], quotes[i], url, offsets[i] < 0 ? null : checked((int)offsets[i]));
            }

            tie = tie with { Evidence = evidence };
        }

        return tie;
    }

    internal static SourceDocument ReadDocument(JsonElement props, StakeholderNetworkBuilder problems) =>
        ReadDocument(props, (where, message) => problems.ReportProblem(where, message));

    /// <summary>A source document from its node's properties; what the model rejects goes to <paramref name="problem"/> (where, what).</summary>
    internal static SourceDocument ReadDocument(JsonElement props, Action<string, string> problem)
    {
        var id = Text(props, "id") ?? string.Empty;
        PartialDate? published = null;
        if (Text(props, "published") is { } p)
        {
            if (PartialDate.TryParse(p, out var date, out var why))
            {
                published = date;
            }
            else
            {
                problem($"neo4j node :{DocumentLabel} '{id}'", $"property 'published': {why}");
            }
        }

        Uri? url = null;
        if (Text(props, "url") is { Length: > 0 } u && !Uri.TryCreate(u, UriKind.RelativeOrAbsolute, out url))
        {
            problem($"neo4j node :{DocumentLabel} '{id}'", $"property 'url' is not a URL: '{u}'");
        }

        return new SourceDocument(id, Text(props, "title"), url, published, Text(props, "path"));
    }

    private static readonly SortedDictionary<string, string> NoAttributes = new(StringComparer.Ordinal);

    // Most rows have no attributes: they share one empty map (never written to) instead of one each.
    private static IReadOnlyDictionary<string, string> Attributes(JsonElement props)
    {
        // The raw text holds "attr_ when any property name starts with it (the server writes names unescaped), so most
        // rows are passed over without looking at their names one by one.
        if (props.ValueKind != JsonValueKind.Object || JsonMarshal.GetRawUtf8Value(props).IndexOf("\"attr_"u8) < 0)
        {
            return NoAttributes;
        }

        SortedDictionary<string, string>? attributes = null;
        foreach (var property in props.EnumerateObject())
        {
            if (property.Name.StartsWith(AttributePrefix, StringComparison.Ordinal))
            {
                attributes ??= new SortedDictionary<string, string>(StringComparer.Ordinal);
                attributes[property.Name[AttributePrefix.Length..]] = property.Value.ValueKind == JsonValueKind.String
                    ? property.Value.GetString()!
                    : property.Value.GetRawText();
            }
        }

        return attributes ?? NoAttributes;
    }

    /// <summary>A row's value at a position as text; empty when it is not a string.</summary>
    internal static string Text(IReadOnlyList<JsonElement> row, int index) =>
        row[index].ValueKind == JsonValueKind.String ? row[index].GetString()! : string.Empty;

    internal static string? Text(JsonElement props, string name) =>
        props.ValueKind == JsonValueKind.Object && props.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static double? Number(JsonElement props, string name) =>
        props.ValueKind == JsonValueKind.Object && props.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;

    private static string[]? Strings(JsonElement props, string name) =>
        props.ValueKind == JsonValueKind.Object && props.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString()! : e.GetRawText()).ToArray()
            : null;

    private static long[]? Longs(JsonElement props, string name) =>
        props.ValueKind == JsonValueKind.Object && props.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.Number && e.TryGetInt64(out var n) ? n : -1).ToArray()
            : null;
}
