namespace Stakeholders.Network.Model;

/// <summary>
/// A node of a stakeholder network: a person, organization, event, place or initiative.
/// </summary>
/// <remarks>Immutable. Equality compares every member, collections element by element.</remarks>
public sealed record Stakeholder
{
    /// <summary>Creates a stakeholder.</summary>
    /// <param name="id">A stable id, unique in its network (used as the key everywhere, Neo4j included).</param>
    /// <param name="name">The display name.</param>
    /// <param name="kind">What it is.</param>
    public Stakeholder(string id, string name, StakeholderKind kind)
    {
        Id = id;
        Name = name;
        Kind = kind;
    }

    /// <summary>A stable id, unique in its network.</summary>
    public string Id { get; init; }

    /// <summary>The display name.</summary>
    public string Name { get; init; }

    /// <summary>What it is.</summary>
    public StakeholderKind Kind { get; init; }

    /// <summary>The sector, for organizations; <see cref="OrganizationType.Unspecified"/> otherwise.</summary>
    public OrganizationType OrganizationType { get; init; }

    /// <summary>Other names the source documents use for the same stakeholder (abbreviations, translations).</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>A one-line description, if any.</summary>
    public string? Description { get; init; }

    /// <summary>Free attributes (country, sector, ...), as text, ordered by key.</summary>
    public IReadOnlyDictionary<string, string> Attributes { get; init; } = EmptyAttributes;

    internal static IReadOnlyDictionary<string, string> EmptyAttributes { get; } = new SortedDictionary<string, string>(StringComparer.Ordinal);

    /// <inheritdoc />
    public bool Equals(Stakeholder? other) =>
        other is not null
        && Id == other.Id && Name == other.Name && Kind == other.Kind && OrganizationType == other.OrganizationType
        && Description == other.Description
        && Aliases.SequenceEqual(other.Aliases)
        && ModelEquality.SameAttributes(Attributes, other.Attributes);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Name, Kind, OrganizationType);
}
