using System.Collections.Frozen;

namespace Stakeholders.Network.Model;

/// <summary>
/// The spellings of <see cref="StakeholderKind"/> and <see cref="OrganizationType"/> used in every file format
/// and in the CLI: lower case, words joined by hyphens (<c>state-owned-enterprise</c>).
/// </summary>
public static class ModelNames
{
    private static readonly FrozenDictionary<string, StakeholderKind> KindsByName = new Dictionary<string, StakeholderKind>(StringComparer.OrdinalIgnoreCase)
    {
        ["person"] = StakeholderKind.Person,
        ["organization"] = StakeholderKind.Organization,
        ["organisation"] = StakeholderKind.Organization,
        ["event"] = StakeholderKind.Event,
        ["place"] = StakeholderKind.Place,
        ["initiative"] = StakeholderKind.Initiative,
        ["project"] = StakeholderKind.Initiative,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, OrganizationType> TypesByName = new Dictionary<string, OrganizationType>(StringComparer.OrdinalIgnoreCase)
    {
        [""] = OrganizationType.Unspecified,
        ["unspecified"] = OrganizationType.Unspecified,
        ["government"] = OrganizationType.Government,
        ["state-owned-enterprise"] = OrganizationType.StateOwnedEnterprise,
        ["soe"] = OrganizationType.StateOwnedEnterprise,
        ["company"] = OrganizationType.Company,
        ["financial"] = OrganizationType.Financial,
        ["academic"] = OrganizationType.Academic,
        ["research"] = OrganizationType.Academic,
        ["association"] = OrganizationType.Association,
        ["ngo"] = OrganizationType.Association,
        ["diplomatic"] = OrganizationType.Diplomatic,
        ["media"] = OrganizationType.Media,
        ["other"] = OrganizationType.Other,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The canonical name of a kind: <c>person</c>, <c>organization</c>, <c>event</c>, <c>place</c>, <c>initiative</c>.</summary>
    public static string ToName(this StakeholderKind kind) => kind switch
    {
        StakeholderKind.Person => "person",
        StakeholderKind.Organization => "organization",
        StakeholderKind.Event => "event",
        StakeholderKind.Place => "place",
        StakeholderKind.Initiative => "initiative",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown stakeholder kind."),
    };

    /// <summary>The canonical name of an organization type, e.g. <c>state-owned-enterprise</c>; <c>unspecified</c> for none.</summary>
    public static string ToName(this OrganizationType type) => type switch
    {
        OrganizationType.Unspecified => "unspecified",
        OrganizationType.Government => "government",
        OrganizationType.StateOwnedEnterprise => "state-owned-enterprise",
        OrganizationType.Company => "company",
        OrganizationType.Financial => "financial",
        OrganizationType.Academic => "academic",
        OrganizationType.Association => "association",
        OrganizationType.Diplomatic => "diplomatic",
        OrganizationType.Media => "media",
        OrganizationType.Other => "other",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown organization type."),
    };

    /// <summary>Parses a kind name (case-insensitive; <c>project</c> and <c>organisation</c> are accepted as synonyms).</summary>
    public static bool TryParseKind(string? name, out StakeholderKind kind)
    {
        if (name is not null && KindsByName.TryGetValue(name.Trim(), out kind))
        {
            return true;
        }

        kind = default;
        return false;
    }

    /// <summary>Parses an organization type name (case-insensitive; <c>soe</c>, <c>research</c> and <c>ngo</c> are accepted as synonyms).</summary>
    public static bool TryParseOrganizationType(string? name, out OrganizationType type)
    {
        if (name is null)
        {
            type = OrganizationType.Unspecified;
            return true;
        }

        return TypesByName.TryGetValue(name.Trim(), out type);
    }

    /// <summary>All canonical kind names, for help texts and error messages.</summary>
    public static IReadOnlyList<string> KindNames { get; } = Enum.GetValues<StakeholderKind>().Select(k => k.ToName()).ToArray();

    /// <summary>All canonical organization type names, for help texts and error messages.</summary>
    public static IReadOnlyList<string> OrganizationTypeNames { get; } = Enum.GetValues<OrganizationType>().Select(t => t.ToName()).ToArray();
}
