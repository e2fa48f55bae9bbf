namespace Stakeholders.Network.Model;

/// <summary>
/// The kind of relation a tie records. An open set: any non-blank name is allowed, and the well-known values below
/// are the ones the reports, the projections and the Neo4j adapter know how to read. Names are compared ordinally
/// and by convention written in UPPER_SNAKE_CASE.
/// </summary>
/// <param name="Name">The type name, such as <c>SPOKE_AT</c>.</param>
public readonly record struct TieType(string Name)
{
    /// <summary>A person holds a post in an organization (the role says which).</summary>
    public static TieType HoldsPosition { get; } = new("HOLDS_POSITION");

    /// <summary>A stakeholder is a member of an organization or body.</summary>
    public static TieType MemberOf { get; } = new("MEMBER_OF");

    /// <summary>A stakeholder gave a speech or address at an event.</summary>
    public static TieType SpokeAt { get; } = new("SPOKE_AT");

    /// <summary>A stakeholder attended an event.</summary>
    public static TieType Attended { get; } = new("ATTENDED");

    /// <summary>An organization hosted an event.</summary>
    public static TieType Hosted { get; } = new("HOSTED");

    /// <summary>An organization organized an event.</summary>
    public static TieType Organized { get; } = new("ORGANIZED");

    /// <summary>A person moderated an event or session.</summary>
    public static TieType Moderated { get; } = new("MODERATED");

    /// <summary>Two stakeholders signed an agreement with each other.</summary>
    public static TieType SignedAgreementWith { get; } = new("SIGNED_AGREEMENT_WITH");

    /// <summary>Two stakeholders work together as partners.</summary>
    public static TieType PartnersWith { get; } = new("PARTNERS_WITH");

    /// <summary>A stakeholder invests in another or in an initiative.</summary>
    public static TieType InvestsIn { get; } = new("INVESTS_IN");

    /// <summary>A stakeholder develops or builds a project, park or place.</summary>
    public static TieType Develops { get; } = new("DEVELOPS");

    /// <summary>A stakeholder is part of a larger one (a department of a ministry, a session of a forum).</summary>
    public static TieType PartOf { get; } = new("PART_OF");

    /// <summary>A stakeholder is located in a place.</summary>
    public static TieType LocatedIn { get; } = new("LOCATED_IN");

    /// <summary>A stakeholder launched an initiative.</summary>
    public static TieType Launched { get; } = new("LAUNCHED");

    /// <summary>A stakeholder took part in an event or initiative in a way no narrower type describes.</summary>
    public static TieType ParticipatedIn { get; } = new("PARTICIPATED_IN");

    /// <summary>A stakeholder supports another or an initiative.</summary>
    public static TieType Supports { get; } = new("SUPPORTS");

    /// <summary>The well-known types, in the order above.</summary>
    public static IReadOnlyList<TieType> WellKnown { get; } =
    [
        HoldsPosition, MemberOf, SpokeAt, Attended, Hosted, Organized, Moderated, SignedAgreementWith,
        PartnersWith, InvestsIn, Develops, PartOf, LocatedIn, Launched, ParticipatedIn, Supports,
    ];

    /// <summary>Whether the name is usable: not blank, no control characters, at most 200 characters.</summary>
    public bool IsValid => !string.IsNullOrWhiteSpace(Name) && Name.Length <= 200 && !Name.Any(char.IsControl);

    /// <inheritdoc />
    public override string ToString() => Name ?? string.Empty;
}
