namespace Stakeholders.Network.Model;

/// <summary>What a stakeholder is. Graph projections filter on it and reports group by it.</summary>
public enum StakeholderKind
{
    /// <summary>A named individual, such as an official or an executive.</summary>
    Person,

    /// <summary>A government body, company, bank, institution, association, embassy or the like; see <see cref="OrganizationType"/>.</summary>
    Organization,

    /// <summary>A dated occurrence people take part in: a fair, a forum, a ceremony, a round-table.</summary>
    Event,

    /// <summary>A location that ties point at: a district, a park, a zone.</summary>
    Place,

    /// <summary>An initiative, programme or project: a cooperation zone, an industrial park under construction, a policy.</summary>
    Initiative,
}

/// <summary>The sector an organization belongs to. Only meaningful for <see cref="StakeholderKind.Organization"/>.</summary>
public enum OrganizationType
{
    /// <summary>Not an organization, or not known.</summary>
    Unspecified,

    /// <summary>A government body, party committee, ministry or office, at any level.</summary>
    Government,

    /// <summary>An enterprise owned or controlled by the state.</summary>
    StateOwnedEnterprise,

    /// <summary>A private or listed company.</summary>
    Company,

    /// <summary>A bank, fund, insurer or other financial institution.</summary>
    Financial,

    /// <summary>A university, academy, research institute or laboratory.</summary>
    Academic,

    /// <summary>An association, chamber of commerce, federation, NGO or other membership body.</summary>
    Association,

    /// <summary>An embassy, consulate, trade mission or foreign government agency.</summary>
    Diplomatic,

    /// <summary>A news or publishing organization.</summary>
    Media,

    /// <summary>Any other organization.</summary>
    Other,
}
