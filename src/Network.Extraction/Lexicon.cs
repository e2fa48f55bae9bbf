using System.Globalization;
using System.Text.Json.Nodes;
using Stakeholders.Network.Model;

namespace Stakeholders.Network.Extraction;

/// <summary>
/// The words and patterns the rule-based extractor knows: titles, organization heads and types, event and place words,
/// known names, relation triggers and each rule's calibrated confidence. The default is embedded
/// (<c>Lexicons/en-press-release.json</c>); users extend it with their own JSON files of the same shape, where lists are
/// appended and maps are overridden key by key.
/// </summary>
public sealed class ExtractorLexicon
{
    private const string DefaultResource = "Stakeholders.Network.Extraction.Lexicons.en-press-release.json";

    private ExtractorLexicon(string name)
    {
        Name = name;
    }

    /// <summary>The embedded default lexicon.</summary>
    public static ExtractorLexicon Default { get; } = LoadDefault();

    /// <summary>The lexicon's name, with the names of extension files appended (<c>en-press-release+my-terms</c>).</summary>
    public string Name { get; private set; }

    /// <summary>The calibrated confidence of each rule (its precision on the development set), by rule id.</summary>
    public IReadOnlyDictionary<string, double> Confidences => RuleConfidence;

    internal HashSet<string> TitleWords { get; } = new(StringComparer.OrdinalIgnoreCase);

    internal HashSet<string> TitleModifiers { get; } = new(StringComparer.Ordinal);

    internal HashSet<string> Honorifics { get; } = new(StringComparer.Ordinal);

    internal HashSet<string> NameSuffixes { get; } = new(StringComparer.Ordinal);

    internal HashSet<string> Surnames { get; } = new(StringComparer.Ordinal);

    internal Dictionary<string, OrganizationType> OrganizationHeads { get; } = new(StringComparer.Ordinal);

    internal Dictionary<string, OrganizationType> OrganizationStarts { get; } = new(StringComparer.Ordinal);

    internal List<string> StateOwnedMarkers { get; } = [];

    internal Dictionary<string, OrganizationType> KnownOrganizations { get; } = new(StringComparer.Ordinal);

    internal HashSet<string> EventHeads { get; } = new(StringComparer.OrdinalIgnoreCase);

    internal List<string> EventPhrases { get; } = [];

    internal Dictionary<string, string> EventAnaphora { get; } = new(StringComparer.Ordinal);

    internal List<string> PlaceHeads { get; } = [];

    internal HashSet<string> KnownPlaces { get; } = new(StringComparer.Ordinal);

    internal List<string> InitiativeHeads { get; } = [];

    internal List<string> CompoundPhrases { get; } = [];

    internal HashSet<string> Connectors { get; } = new(StringComparer.Ordinal);

    internal HashSet<string> PlaceGovernmentTitles { get; } = new(StringComparer.OrdinalIgnoreCase);

    internal Dictionary<string, string> ImpliedOrganizations { get; } = new(StringComparer.OrdinalIgnoreCase);

    internal Dictionary<string, string[]> ShortForms { get; } = new(StringComparer.Ordinal);

    internal HashSet<string> RoleUnits { get; } = new(StringComparer.OrdinalIgnoreCase);

    internal HashSet<string> GenericUnits { get; } = new(StringComparer.OrdinalIgnoreCase);

    internal HashSet<string> Stopwords { get; } = new(StringComparer.Ordinal);

    internal List<RelationRule> Relations { get; } = [];

    internal Dictionary<string, double> RuleConfidence { get; } = new(StringComparer.Ordinal);

    /// <summary>The default lexicon extended with the given JSON files (in order).</summary>
    /// <exception cref="FormatException">A file is not a lexicon (bad JSON, a field of the wrong shape); the message names the file.</exception>
    public static ExtractorLexicon Load(IEnumerable<string> extensionFiles)
    {
        ArgumentNullException.ThrowIfNull(extensionFiles);
        var lexicon = LoadDefault();
        foreach (var file in extensionFiles)
        {
            lexicon.Apply(File.ReadAllText(file), file);
            lexicon.Name += "+" + Path.GetFileNameWithoutExtension(file);
        }

        return lexicon;
    }

    /// <summary>The confidence of a rule: its calibrated value, or 0.5 when the rule has not been calibrated.</summary>
    public double ConfidenceOf(string rule) => RuleConfidence.TryGetValue(rule, out var c) ? c : 0.5;

    internal static string ReadDefaultJson()
    {
        using var stream = typeof(ExtractorLexicon).Assembly.GetManifestResourceStream(DefaultResource)
            ?? throw new InvalidOperationException("the embedded lexicon is missing from the assembly");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static ExtractorLexicon LoadDefault()
    {
        var lexicon = new ExtractorLexicon("en-press-release");
        lexicon.Apply(ReadDefaultJson(), "en-press-release.json");
        return lexicon;
    }

    private void Apply(string json, string source)
    {
        JsonObject root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new System.Text.Json.JsonDocumentOptions { CommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true }) as JsonObject
                ?? throw new FormatException($"{source}: a lexicon is a JSON object");
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new FormatException($"{source}: not valid JSON: {e.Message}", e);
        }

        try
        {
            AddAll(root, "titleWords", TitleWords);
            AddAll(root, "titleModifiers", TitleModifiers);
            AddAll(root, "honorifics", Honorifics);
            AddAll(root, "nameSuffixes", NameSuffixes);
            AddAll(root, "surnames", Surnames);
            AddTypes(root, "organizationHeads", OrganizationHeads, source);
            AddTypes(root, "organizationStarts", OrganizationStarts, source);
            AddAll(root, "stateOwnedMarkers", StateOwnedMarkers);
            AddTypes(root, "knownOrganizations", KnownOrganizations, source);
            AddAll(root, "eventHeads", EventHeads);
            AddAll(root, "eventPhrases", EventPhrases);
            AddMap(root, "eventAnaphora", EventAnaphora);
            AddAll(root, "placeHeads", PlaceHeads);
            AddAll(root, "knownPlaces", KnownPlaces);
            AddAll(root, "initiativeHeads", InitiativeHeads);
            AddAll(root, "compoundPhrases", CompoundPhrases);
            AddAll(root, "connectors", Connectors);
            AddAll(root, "placeGovernmentTitles", PlaceGovernmentTitles);
            AddMap(root, "impliedOrganizations", ImpliedOrganizations);
            AddAll(root, "roleUnits", RoleUnits);
            AddAll(root, "genericUnits", GenericUnits);
            AddAll(root, "stopwords", Stopwords);
            if (root["shortForms"] is JsonObject shortForms)
            {
                foreach (var (k, v) in shortForms)
                {
                    ShortForms[k] = (v as JsonArray ?? throw new FormatException($"{source}: shortForms.{k} must be a list of words")).Select(x => x!.GetValue<string>()).ToArray();
                }
            }

            if (root["relations"] is JsonArray relations)
            {
                foreach (var r in relations.OfType<JsonObject>())
                {
                    var rule = r["rule"]?.GetValue<string>() ?? throw new FormatException($"{source}: a relation without 'rule'");
                    var existing = Relations.FindIndex(x => x.Rule == rule);
                    var triggers = (r["triggers"] as JsonArray ?? []).Select(x => x!.GetValue<string>()).ToList();
                    var relation = new RelationRule(
                        rule,
                        new TieType(r["type"]?.GetValue<string>() ?? throw new FormatException($"{source}: relation '{rule}' has no 'type'")),
                        r["shape"]?.GetValue<string>() ?? throw new FormatException($"{source}: relation '{rule}' has no 'shape'"),
                        existing >= 0 ? [.. Relations[existing].Triggers, .. triggers] : triggers);
                    if (existing >= 0)
                    {
                        Relations[existing] = relation;
                    }
                    else
                    {
                        Relations.Add(relation);
                    }
                }
            }

            if (root["confidences"] is JsonObject confidences)
            {
                foreach (var (k, v) in confidences)
                {
                    var c = v!.GetValue<double>();
                    if (c is < 0 or > 1 || double.IsNaN(c))
                    {
                        throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"{source}: confidence of '{k}' is {c}; it must be between 0 and 1"));
                    }

                    RuleConfidence[k] = c;
                }
            }
        }
        catch (Exception e) when (e is InvalidOperationException or System.Text.Json.JsonException)
        {
            throw new FormatException($"{source}: {e.Message}", e);
        }
    }

    private static void AddAll(JsonObject root, string key, ICollection<string> target)
    {
        if (root[key] is JsonArray array)
        {
            foreach (var item in array)
            {
                var s = item!.GetValue<string>();
                if (!target.Contains(s))
                {
                    target.Add(s);
                }
            }
        }
    }

    private static void AddMap(JsonObject root, string key, Dictionary<string, string> target)
    {
        if (root[key] is JsonObject map)
        {
            foreach (var (k, v) in map)
            {
                target[k] = v!.GetValue<string>();
            }
        }
    }

    private static void AddTypes(JsonObject root, string key, Dictionary<string, OrganizationType> target, string source)
    {
        if (root[key] is JsonObject map)
        {
            foreach (var (k, v) in map)
            {
                target[k] = ParseType(v!.GetValue<string>(), $"{source}: {key}.{k}");
            }
        }
    }

    internal static OrganizationType ParseType(string name, string where) => name switch
    {
        "government" => OrganizationType.Government,
        "state-owned-enterprise" or "soe" => OrganizationType.StateOwnedEnterprise,
        "company" => OrganizationType.Company,
        "financial" => OrganizationType.Financial,
        "academic" or "research" => OrganizationType.Academic,
        "association" or "ngo" => OrganizationType.Association,
        "diplomatic" => OrganizationType.Diplomatic,
        "media" => OrganizationType.Media,
        "other" => OrganizationType.Other,
        _ => throw new FormatException($"{where}: unknown organization type '{name}'"),
    };
}

/// <summary>One relation rule of the lexicon: its id, the tie type it yields, the sentence shape it reads, its trigger phrases.</summary>
internal sealed record RelationRule(string Rule, TieType Type, string Shape, IReadOnlyList<string> Triggers);
