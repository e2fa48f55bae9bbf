namespace Stakeholders.Network.Reports.Model;

/// <summary>The anchors (HTML element ids) of the report's sections, which summary sentences and links point at.</summary>
public static class ReportSections
{
    /// <summary>The written summary at the top.</summary>
    public const string Findings = "findings";

    /// <summary>Counts, sources and dates ("At a glance").</summary>
    public const string Summary = "summary";

    /// <summary>The drawing.</summary>
    public const string Network = "network";

    /// <summary>The key actors table.</summary>
    public const string KeyActors = "key-actors";

    /// <summary>The brokers.</summary>
    public const string Brokers = "brokers";

    /// <summary>The clusters.</summary>
    public const string Clusters = "clusters";

    /// <summary>The comparison over time.</summary>
    public const string Timeline = "over-time";

    /// <summary>The distributions.</summary>
    public const string Distributions = "distributions";

    /// <summary>The evidence quotes.</summary>
    public const string Evidence = "evidence";

    /// <summary>The method and provenance.</summary>
    public const string Method = "method";
}

/// <summary>One sentence of the written summary, with the section that supports it.</summary>
/// <param name="Text">The sentence, plain text.</param>
/// <param name="Anchor">The id of the section that backs it (one of <see cref="ReportSections"/>).</param>
public sealed record FindingSentence(string Text, string Anchor);

/// <summary>A pair of stakeholders a broker sits between (an open two-path a–broker–b with no tie between a and b).</summary>
/// <param name="First">One end.</param>
/// <param name="Second">The other end.</param>
/// <param name="FirstGroup">The first end's group, in the grouping named by <see cref="BrokerRow.GroupingName"/>.</param>
/// <param name="SecondGroup">The second end's group.</param>
/// <param name="OtherBrokers">How many other stakeholders also sit between the two (0: this broker is their only connection in two steps).</param>
public sealed record BrokeredPair(StakeholderRef First, StakeholderRef Second, string FirstGroup, string SecondGroup, int OtherBrokers)
{
    /// <summary>Whether this broker is the only stakeholder linking the two ends in two steps.</summary>
    public bool IsOnlyLink => OtherBrokers == 0;
}

/// <summary>Two groups a broker links, and over how many pairs.</summary>
/// <param name="FirstGroup">One group (the alphabetically first when both differ).</param>
/// <param name="SecondGroup">The other group (equal to <paramref name="FirstGroup"/> for pairs inside one group).</param>
/// <param name="PairCount">The number of brokered pairs between the two groups.</param>
public sealed record GroupLink(string FirstGroup, string SecondGroup, int PairCount);

/// <summary>Whether a partition's clusters are stronger than chance: its modularity against that of the same algorithm on degree-preserving rewirings.</summary>
/// <param name="Observed">The modularity of the partition found.</param>
/// <param name="Rewirings">How many rewired networks were partitioned.</param>
/// <param name="Seed">The seed of the rewirings.</param>
/// <param name="NullMean">The mean modularity on the rewired networks.</param>
/// <param name="NullStandardDeviation">The standard deviation of the modularity on the rewired networks.</param>
/// <param name="ShareBeaten">The share of rewired networks whose modularity is below the observed one, in [0, 1].</param>
/// <param name="Verdict">The judgement in words.</param>
public sealed record ClusterSignificance(double Observed, int Rewirings, int Seed, double NullMean, double NullStandardDeviation, double ShareBeaten, string Verdict)
{
    /// <summary>(observed − mean) / standard deviation; NaN when the rewirings all gave the same modularity.</summary>
    public double Z => NullStandardDeviation > 0 ? (Observed - NullMean) / NullStandardDeviation : double.NaN;
}

/// <summary>One tie of a stakeholder, seen from that stakeholder.</summary>
/// <param name="TieId">The tie id.</param>
/// <param name="Other">The stakeholder at the other end.</param>
/// <param name="Outgoing">True when the profile's stakeholder is the tie's source.</param>
/// <param name="Role">The role or title the tie carries, if any.</param>
/// <param name="Period">When it held, in words, if known.</param>
/// <param name="Start">The first date it held (partial ISO date such as <c>2023-09</c>), if known.</param>
/// <param name="End">The last date it held, if known.</param>
/// <param name="Quotes">The evidence quotes.</param>
public sealed record ProfileTie(string TieId, StakeholderRef Other, bool Outgoing, string? Role, string? Period, string? Start, string? End, IReadOnlyList<EvidenceQuote> Quotes);

/// <summary>A stakeholder's ties of one type.</summary>
/// <param name="TieType">The tie type (<c>SPOKE_AT</c>, ...).</param>
/// <param name="Ties">The ties, in network order.</param>
public sealed record ProfileTieGroup(string TieType, IReadOnlyList<ProfileTie> Ties);

/// <summary>A stakeholder's rank on one measure, with how far it can be trusted.</summary>
/// <param name="Measure">The measure.</param>
/// <param name="Value">The value, or null when undefined.</param>
/// <param name="Rank">The competition rank (1 = highest).</param>
/// <param name="Of">Out of how many stakeholders.</param>
/// <param name="LowerRank">The best rank in the stability interval (resampled ties), if computed.</param>
/// <param name="UpperRank">The worst rank in the stability interval, if computed.</param>
public sealed record ProfileRank(string Measure, double? Value, int Rank, int Of, double? LowerRank, double? UpperRank);

/// <summary>Everything the report knows about one stakeholder, for a detail panel or an appendix.</summary>
/// <param name="Id">The stakeholder id.</param>
/// <param name="Name">The display name.</param>
/// <param name="Kind">The kind.</param>
public sealed record StakeholderProfile(string Id, string Name, string Kind)
{
    /// <summary>The organization type, for organizations with one.</summary>
    public string? OrganizationType { get; init; }

    /// <summary>Other names.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Titles and affiliations ("Mayor, Shijingshan District Government"), from its description and posts.</summary>
    public IReadOnlyList<string> Titles { get; init; } = [];

    /// <summary>Its ties grouped by type, largest group first.</summary>
    public IReadOnlyList<ProfileTieGroup> Ties { get; init; } = [];

    /// <summary>Its ranks on the report's measures.</summary>
    public IReadOnlyList<ProfileRank> Ranks { get; init; } = [];

    /// <summary>Pairs it sits between (the first few), if it brokers.</summary>
    public IReadOnlyList<BrokeredPair> BrokeredPairs { get; init; } = [];

    /// <summary>The number of pairs it sits between.</summary>
    public int BrokeredPairCount { get; init; }

    /// <summary>Its cluster number (as <see cref="ClusterRow.Id"/> and <see cref="DrawingVertex.Group"/>), or -1.</summary>
    public int ClusterId { get; init; } = -1;

    /// <summary>Its cluster's name, if any.</summary>
    public string? ClusterName { get; init; }
}

/// <summary>A tie that appears or disappears between two snapshots.</summary>
/// <param name="TieId">The tie id.</param>
/// <param name="Source">Its source.</param>
/// <param name="Target">Its target.</param>
/// <param name="TieType">Its type.</param>
/// <param name="Period">Its validity, in words, if known.</param>
public sealed record TimelineTie(string TieId, StakeholderRef Source, StakeholderRef Target, string TieType, string? Period);

/// <summary>A stakeholder whose rank moved between two snapshots.</summary>
/// <param name="Stakeholder">Who.</param>
/// <param name="RankBefore">Rank in the earlier snapshot (1 = highest).</param>
/// <param name="RankAfter">Rank in the later snapshot.</param>
public sealed record TimelineMove(StakeholderRef Stakeholder, int RankBefore, int RankAfter)
{
    /// <summary>Places gained (positive = moved up).</summary>
    public int Movement => RankBefore - RankAfter;
}

/// <summary>The network as of one date.</summary>
/// <param name="Date">The date, as a partial ISO date.</param>
/// <param name="StakeholderCount">Stakeholders with at least one tie valid then.</param>
/// <param name="TieCount">Ties valid then.</param>
/// <param name="Leader">The highest-ranked stakeholder then, if any.</param>
public sealed record TimelineSnapshot(string Date, int StakeholderCount, int TieCount, StakeholderRef? Leader);

/// <summary>What changed from one snapshot to the next.</summary>
/// <param name="From">The earlier date.</param>
/// <param name="To">The later date.</param>
/// <param name="Gained">
/// Ties valid at the later date and not the earlier, to list: all of them in network order, or, when there are more
/// than the report lists, those touching the highest-ranked stakeholders at the later date first (may be fewer than
/// <paramref name="GainedCount"/>).
/// </param>
/// <param name="GainedCount">How many ties are valid at the later date and not the earlier.</param>
/// <param name="Lost">Ties valid at the earlier date and not the later, to list, chosen as <paramref name="Gained"/> by the ranks at the earlier date (may be fewer than <paramref name="LostCount"/>).</param>
/// <param name="LostCount">How many ties are valid at the earlier date and not the later.</param>
/// <param name="Moves">Stakeholders whose rank moved most, largest move first.</param>
public sealed record TimelineStep(string From, string To, IReadOnlyList<TimelineTie> Gained, int GainedCount, IReadOnlyList<TimelineTie> Lost, int LostCount, IReadOnlyList<TimelineMove> Moves);

/// <summary>The network over time, or the reason it is not shown.</summary>
/// <param name="IsComputed">Whether the section has content.</param>
/// <param name="Reason">Why not, or a note.</param>
/// <param name="Measure">The measure ranks are compared on.</param>
/// <param name="Snapshots">The snapshots in date order.</param>
/// <param name="Steps">The changes between consecutive snapshots.</param>
public sealed record TimelineSection(bool IsComputed, string? Reason, string? Measure, IReadOnlyList<TimelineSnapshot> Snapshots, IReadOnlyList<TimelineStep> Steps)
{
    /// <summary>A section marked "not computed", with the reason.</summary>
    public static TimelineSection NotComputed(string reason) => new(false, reason, null, [], []);
}
