namespace Stakeholders.Network.Model;

/// <summary>
/// A first-class relation between two stakeholders, with what it is, when it held, how strong and how certain it is,
/// and the evidence it rests on. Graph edges are derived from ties by a projection (see <c>Graphs.NetworkProjection</c>).
/// </summary>
/// <remarks>Immutable. Equality compares every member, collections element by element.</remarks>
public sealed record Tie
{
    /// <summary>Creates a tie.</summary>
    /// <param name="source">The id of the stakeholder the tie starts from (the speaker, the member, the investor).</param>
    /// <param name="target">The id of the stakeholder it points at (the event, the organization, the project).</param>
    /// <param name="type">What relation it records.</param>
    public Tie(string source, string target, TieType type)
    {
        Source = source;
        Target = target;
        Type = type;
    }

    /// <summary>A stable id, unique in its network. When left empty, the builder derives one from source, type and target.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The id of the stakeholder the tie starts from.</summary>
    public string Source { get; init; }

    /// <summary>The id of the stakeholder it points at.</summary>
    public string Target { get; init; }

    /// <summary>What relation it records.</summary>
    public TieType Type { get; init; }

    /// <summary>The role or title the tie carries ("Mayor of Shijingshan District", "moderator"), if any.</summary>
    public string? Role { get; init; }

    /// <summary>When the tie holds; null when it holds at every date we know of.</summary>
    public DatePeriod? Period { get; init; }

    /// <summary>How strong the tie is, a non-negative number; 1 unless known otherwise.</summary>
    public double Strength { get; init; } = 1.0;

    /// <summary>How sure we are the tie exists, 0 to 1; 1 unless known otherwise.</summary>
    public double Confidence { get; init; } = 1.0;

    /// <summary>The quotes the tie rests on.</summary>
    public IReadOnlyList<Evidence> Evidence { get; init; } = [];

    /// <summary>Free attributes, as text, ordered by key.</summary>
    public IReadOnlyDictionary<string, string> Attributes { get; init; } = Stakeholder.EmptyAttributes;

    /// <summary>The number of distinct source documents among the evidence.</summary>
    public int IndependentSourceCount => Evidence.Select(e => e.DocumentId).Distinct(StringComparer.Ordinal).Count();

    /// <inheritdoc />
    public bool Equals(Tie? other) =>
        other is not null
        && Id == other.Id && Source == other.Source && Target == other.Target && Type == other.Type
        && Role == other.Role && Equals(Period, other.Period)
        && Strength.Equals(other.Strength) && Confidence.Equals(other.Confidence)
        && Evidence.SequenceEqual(other.Evidence)
        && ModelEquality.SameAttributes(Attributes, other.Attributes);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Source, Target, Type);
}

internal static class ModelEquality
{
    public static bool SameAttributes(IReadOnlyDictionary<string, string> a, IReadOnlyDictionary<string, string> b) =>
        a.Count == b.Count && a.All(kv => b.TryGetValue(kv.Key, out var v) && v == kv.Value);
}
