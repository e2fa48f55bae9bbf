namespace Stakeholders.Network.Reports.Model;

/// <summary>
/// Everything a stakeholder report shows, as plain data: the renderers (<see cref="Rendering.HtmlReportRenderer"/>,
/// <see cref="Rendering.MarkdownReportRenderer"/>, <see cref="Rendering.ReportJson"/>) only format it.
/// </summary>
/// <remarks>
/// <para>
/// Fill it from analysis results; <see cref="ReportModelBuilder"/> fills the parts the core offers without measures
/// (summary, evidence, clusters from a partition, drawing input). Every string may come from untrusted input: the
/// renderers escape all of them.
/// </para>
/// <para>
/// The model is deterministic except <see cref="GeneratedAt"/>: the same model renders to the same bytes apart from the
/// timestamp line (the drawing's layout is seeded by <see cref="NetworkDrawingInput.LayoutSeed"/>).
/// </para>
/// </remarks>
public sealed record ReportModel
{
    /// <summary>The report title, shown as the main heading.</summary>
    public required string Title { get; init; }

    /// <summary>An optional line under the title (the network's description, the question asked).</summary>
    public string? Subtitle { get; init; }

    /// <summary>When the report was made. The only field that may differ between two runs on the same input.</summary>
    public DateTimeOffset GeneratedAt { get; init; }

    /// <summary>Counts and network-level statistics.</summary>
    public required NetworkSummary Summary { get; init; }

    /// <summary>The written summary: 3 to 6 sentences built from the findings, each pointing at the section that backs it.</summary>
    public IReadOnlyList<FindingSentence> Findings { get; init; } = [];

    /// <summary>The network over time (snapshots, ties gained and lost, rank moves), when ties are dated.</summary>
    public TimelineSection Timeline { get; init; } = TimelineSection.NotComputed("No tie carries a date.");

    /// <summary>One profile per stakeholder of the analysis graph, in vertex order: what a detail panel shows.</summary>
    public IReadOnlyList<StakeholderProfile> Stakeholders { get; init; } = [];

    /// <summary>The top stakeholders with their measures side by side.</summary>
    public KeyActorsSection KeyActors { get; init; } = KeyActorsSection.Empty;

    /// <summary>Who connects otherwise separate groups; may be marked not computed.</summary>
    public BrokersSection Brokers { get; init; } = BrokersSection.NotComputed("Brokerage was not requested for this report.");

    /// <summary>Communities found in the network; may be marked not computed.</summary>
    public ClustersSection Clusters { get; init; } = ClustersSection.NotComputed("Community detection was not requested for this report.");

    /// <summary>The network picture's input, or null to leave the picture out.</summary>
    public NetworkDrawingInput? Drawing { get; init; }

    /// <summary>Distribution histograms and ranking bar charts.</summary>
    public ChartsSection Charts { get; init; } = ChartsSection.Empty;

    /// <summary>The ties of the key actors with the quotes they rest on.</summary>
    public IReadOnlyList<EvidenceItem> Evidence { get; init; } = [];

    /// <summary>What each measure means, the parameters, the seed, versions and the input's hash.</summary>
    public MethodSection Method { get; init; } = MethodSection.Empty;

    /// <summary>The analyst's salience ratings beside the network, or null when no stakeholder is rated.</summary>
    public SalienceSection? Salience { get; init; }
}

/// <summary>A named count, such as "person: 12" or "SPOKE_AT: 30".</summary>
/// <param name="Name">What is counted.</param>
/// <param name="Count">How many.</param>
public sealed record CountRow(string Name, int Count);

/// <summary>A source document as listed in the report.</summary>
/// <param name="Id">The document id evidence refers to.</param>
/// <param name="Title">A human-readable title, if known.</param>
/// <param name="Url">Where it can be read; shown as a link only when it is an absolute http(s) URL.</param>
/// <param name="Published">When it was published, as text (a partial date such as <c>2023-09</c>), if known.</param>
/// <param name="EvidenceCount">How many evidence quotes in the network cite it.</param>
public sealed record SourceDocumentRow(string Id, string? Title, string? Url, string? Published, int EvidenceCount);

/// <summary>Counts and network-level statistics: the "at a glance" section.</summary>
/// <param name="StakeholderCount">The number of stakeholders (nodes).</param>
/// <param name="TieCount">The number of ties (documented relations).</param>
public sealed record NetworkSummary(int StakeholderCount, int TieCount)
{
    /// <summary>Stakeholders by kind (person, organization, ...), largest first.</summary>
    public IReadOnlyList<CountRow> ByKind { get; init; } = [];

    /// <summary>Organizations by type (government, company, ...), largest first.</summary>
    public IReadOnlyList<CountRow> ByOrganizationType { get; init; } = [];

    /// <summary>Ties by type (SPOKE_AT, HOLDS_POSITION, ...), largest first.</summary>
    public IReadOnlyList<CountRow> ByTieType { get; init; } = [];

    /// <summary>The number of edges of the analysis graph (parallel ties merged), if known.</summary>
    public int? EdgeCount { get; init; }

    /// <summary>The number of connected components (weakly connected for directed graphs), if known.</summary>
    public int? ComponentCount { get; init; }

    /// <summary>The number of stakeholders in the largest component, if known.</summary>
    public int? LargestComponentSize { get; init; }

    /// <summary>The density of the analysis graph (as NetworkX's <c>density</c>), if known.</summary>
    public double? Density { get; init; }

    /// <summary>Whether the analysis graph is directed, if known.</summary>
    public bool? Directed { get; init; }

    /// <summary>The earliest date any tie starts, as text, if any tie is dated.</summary>
    public string? EarliestTieDate { get; init; }

    /// <summary>The latest date any tie ends (or starts, when open-ended), as text, if any tie is dated.</summary>
    public string? LatestTieDate { get; init; }

    /// <summary>The number of ties that carry a date.</summary>
    public int DatedTieCount { get; init; }

    /// <summary>The number of ties that carry at least one evidence quote.</summary>
    public int EvidencedTieCount { get; init; }

    /// <summary>The source documents the evidence comes from.</summary>
    public IReadOnlyList<SourceDocumentRow> Documents { get; init; } = [];
}

/// <summary>One measure's value for one stakeholder.</summary>
/// <param name="Measure">The measure name, as in <c>--measures</c> (<c>betweenness</c>, <c>pagerank</c>, ...).</param>
/// <param name="Value">The value, or null when not defined for this stakeholder.</param>
public sealed record MeasureValue(string Measure, double? Value);

/// <summary>The key actors table: top stakeholders with several measures side by side.</summary>
/// <param name="RankedBy">The measure the rows are ordered by (shown in the intro sentence).</param>
/// <param name="Rows">The rows, best first.</param>
public sealed record KeyActorsSection(string? RankedBy, IReadOnlyList<KeyActorRow> Rows)
{
    /// <summary>No key actors.</summary>
    public static KeyActorsSection Empty { get; } = new(null, []);

    /// <summary>Which ranks the evidence supports (rank intervals from resampled networks), or null when not computed.</summary>
    public RankSupport? Support { get; init; }

    /// <summary>
    /// The measure columns in display order: the measures of the rows in first-seen order. Columns are dynamic: each row
    /// names its measures, and a row without a value for a column shows a dash.
    /// </summary>
    internal IReadOnlyList<string> MeasureColumns() =>
        Rows.SelectMany(r => r.Measures.Select(m => m.Measure)).Distinct(StringComparer.Ordinal).ToArray();
}

/// <summary>One stakeholder in the key actors table.</summary>
/// <param name="Rank">The 1-based rank.</param>
/// <param name="Id">The stakeholder id.</param>
/// <param name="Name">The display name.</param>
/// <param name="Kind">The kind (<c>person</c>, <c>organization</c>, ...).</param>
/// <param name="Description">A title or organization ("Mayor, Shijingshan District Government"), if known.</param>
/// <param name="Measures">The measure values, one per column.</param>
/// <param name="Why">A one-line reason this stakeholder matters, in plain words.</param>
public sealed record KeyActorRow(int Rank, string Id, string Name, string Kind, string? Description, IReadOnlyList<MeasureValue> Measures, string? Why)
{
    /// <summary>The intervals of its rank and score over the resampled networks, or null when not computed.</summary>
    public KeyActorInterval? Interval { get; init; }
}

/// <summary>The brokers section: stakeholders that connect groups, or the reason it was not computed.</summary>
/// <param name="IsComputed">Whether brokerage was computed; when false, <see cref="Reason"/> says why.</param>
/// <param name="Reason">Why the section is empty or not computed (shown to the reader), if any.</param>
/// <param name="Rows">The broker rows, most important first.</param>
public sealed record BrokersSection(bool IsComputed, string? Reason, IReadOnlyList<BrokerRow> Rows)
{
    /// <summary>A section marked "not computed", with the reason shown in the report.</summary>
    public static BrokersSection NotComputed(string reason) => new(false, reason, []);

    /// <summary>The role columns (Gould–Fernandez role names, constraint, ...) in first-seen order.</summary>
    public IReadOnlyList<string> ValueColumns() =>
        Rows.SelectMany(r => r.Values.Select(m => m.Measure)).Distinct(StringComparer.Ordinal).ToArray();
}

/// <summary>One broker.</summary>
/// <param name="Id">The stakeholder id.</param>
/// <param name="Name">The display name.</param>
/// <param name="Kind">The kind.</param>
/// <param name="Values">Role counts and structural-hole measures (e.g. <c>liaison</c>, <c>gatekeeper</c>, <c>constraint</c>).</param>
/// <param name="Why">A one-line reason in plain words, if any.</param>
public sealed record BrokerRow(string Id, string Name, string Kind, IReadOnlyList<MeasureValue> Values, string? Why)
{
    /// <summary>What "group" means for this row (<c>organization type</c>, <c>kind</c>, <c>cluster</c>).</summary>
    public string? GroupingName { get; init; }

    /// <summary>The broker's own group, in that grouping.</summary>
    public string? OwnGroup { get; init; }

    /// <summary>The number of pairs it sits between.</summary>
    public int PairCount { get; init; }

    /// <summary>The groups it links, most pairs first.</summary>
    public IReadOnlyList<GroupLink> GroupLinks { get; init; } = [];

    /// <summary>The top pairs by name (pairs it alone links first).</summary>
    public IReadOnlyList<BrokeredPair> TopPairs { get; init; } = [];

    /// <summary>How many of its pairs have no other link in two steps.</summary>
    public int OnlyLinkCount { get; init; }

    /// <summary>The sentences of <see cref="BrokerRow.Why"/>, one fact each (groups, pairs, roles, constraint).</summary>
    public IReadOnlyList<string> Sentences { get; init; } = [];
}

/// <summary>A reference to a stakeholder in a list.</summary>
/// <param name="Id">The stakeholder id.</param>
/// <param name="Name">The display name.</param>
public sealed record StakeholderRef(string Id, string Name);

/// <summary>The clusters section: the communities found, or the reason it was not computed.</summary>
/// <param name="IsComputed">Whether communities were computed.</param>
/// <param name="Reason">Why the section is empty or not computed, if any.</param>
/// <param name="Algorithm">The algorithm name (<c>louvain</c>, <c>leiden</c>, ...), if computed.</param>
/// <param name="Modularity">The partition's modularity, if known.</param>
/// <param name="Clusters">The communities, largest first.</param>
public sealed record ClustersSection(bool IsComputed, string? Reason, string? Algorithm, double? Modularity, IReadOnlyList<ClusterRow> Clusters)
{
    /// <summary>The partition judged against degree-preserving rewirings, if computed.</summary>
    public ClusterSignificance? Significance { get; init; }

    /// <summary>A section marked "not computed", with the reason shown in the report.</summary>
    public static ClustersSection NotComputed(string reason) => new(false, reason, null, null, []);
}

/// <summary>One community.</summary>
/// <param name="Id">The community number, as in the drawing's groups.</param>
/// <param name="Label">The cluster's name, built from its content ("Shougang Park and the companies around it").</param>
/// <param name="Size">The number of members.</param>
/// <param name="Members">The members to list (the most central first; may be fewer than <paramref name="Size"/>).</param>
/// <param name="DominantOrganizationTypes">The commonest organization types among its members, largest first.</param>
/// <param name="Bridges">Members with ties into other communities, most connected first.</param>
public sealed record ClusterRow(
    int Id,
    string Label,
    int Size,
    IReadOnlyList<StakeholderRef> Members,
    IReadOnlyList<CountRow> DominantOrganizationTypes,
    IReadOnlyList<StakeholderRef> Bridges)
{
    /// <summary>A fragment (one or two members) rather than a cluster.</summary>
    public bool IsFragment => Size <= 2;

    /// <summary>The ties inside the cluster, by type, largest first.</summary>
    public IReadOnlyList<CountRow> BindingTies { get; init; } = [];

    /// <summary>The stakeholder kinds of its members, largest first.</summary>
    public IReadOnlyList<CountRow> Kinds { get; init; } = [];

    /// <summary>A sentence describing the cluster in words.</summary>
    public string? Description { get; init; }
}

/// <summary>What colours the drawing's vertices.</summary>
public enum DrawingColorBy
{
    /// <summary>By <see cref="DrawingVertex.Group"/> (the community).</summary>
    Group,

    /// <summary>By <see cref="DrawingVertex.Kind"/>.</summary>
    Kind,
}

/// <summary>The input of the network picture.</summary>
/// <param name="Vertices">The vertices; edges refer to them by position.</param>
/// <param name="Edges">The edges, by vertex position.</param>
public sealed record NetworkDrawingInput(IReadOnlyList<DrawingVertex> Vertices, IReadOnlyList<DrawingEdge> Edges)
{
    /// <summary>The measure vertex sizes stand for (shown in the legend), e.g. <c>pagerank</c>.</summary>
    public string SizeMeasure { get; init; } = "degree";

    /// <summary>Whether colours stand for groups (communities) or kinds.</summary>
    public DrawingColorBy ColorBy { get; init; } = DrawingColorBy.Group;

    /// <summary>Names of the groups for the legend, indexed by group number; missing entries read "Group k".</summary>
    public IReadOnlyList<string> GroupNames { get; init; } = [];

    /// <summary>Whether edges have a direction (drawn with a small arrow head).</summary>
    public bool Directed { get; init; }

    /// <summary>The seed of the layout's initial positions: same seed, same picture.</summary>
    public int LayoutSeed { get; init; } = StakeholdersDefaults.Seed;
}

/// <summary>A vertex of the network picture.</summary>
/// <param name="Id">The stakeholder id.</param>
/// <param name="Label">The display label.</param>
/// <param name="Kind">The kind (<c>person</c>, ...).</param>
/// <param name="Group">The community, or -1 for none.</param>
/// <param name="Size">The value vertex size stands for (larger draws larger); also the label ranking.</param>
/// <param name="Tooltip">Extra lines for the hover tooltip, if any.</param>
public sealed record DrawingVertex(string Id, string Label, string Kind, int Group, double Size, string? Tooltip = null);

/// <summary>An edge of the network picture.</summary>
/// <param name="Source">The position of the source vertex in <see cref="NetworkDrawingInput.Vertices"/>.</param>
/// <param name="Target">The position of the target vertex.</param>
/// <param name="Weight">The weight (thicker is heavier).</param>
/// <param name="Type">The tie type(s), for the tooltip, if any.</param>
public sealed record DrawingEdge(int Source, int Target, double Weight = 1.0, string? Type = null);

/// <summary>The charts: distributions of measures and ranking bars.</summary>
/// <param name="Distributions">Histograms of a measure over all stakeholders.</param>
/// <param name="Rankings">Bar charts of the top stakeholders by a measure.</param>
public sealed record ChartsSection(IReadOnlyList<DistributionChart> Distributions, IReadOnlyList<RankingChart> Rankings)
{
    /// <summary>No charts.</summary>
    public static ChartsSection Empty { get; } = new([], []);
}

/// <summary>A histogram of a measure's values.</summary>
/// <param name="Measure">The measure name.</param>
/// <param name="Values">The values, one per stakeholder (non-finite values are left out and counted in a note).</param>
public sealed record DistributionChart(string Measure, IReadOnlyList<double> Values)
{
    /// <summary>The number of bins, or 0 for Sturges' rule (⌈log₂ n⌉ + 1, at most 30).</summary>
    public int Bins { get; init; }
}

/// <summary>A bar chart of the top stakeholders by a measure.</summary>
/// <param name="Measure">The measure name.</param>
/// <param name="Bars">The bars, in display order (best first).</param>
public sealed record RankingChart(string Measure, IReadOnlyList<RankingBar> Bars);

/// <summary>One bar of a ranking chart.</summary>
/// <param name="Label">The stakeholder's name.</param>
/// <param name="Value">The measure value.</param>
public sealed record RankingBar(string Label, double Value);

/// <summary>A tie shown as evidence, with its quotes.</summary>
/// <param name="TieId">The tie id.</param>
/// <param name="Source">The source stakeholder.</param>
/// <param name="Target">The target stakeholder.</param>
/// <param name="TieType">The tie type (<c>SPOKE_AT</c>, ...).</param>
/// <param name="Role">The role or title the tie carries, if any.</param>
/// <param name="Period">When it held, as text, if known.</param>
/// <param name="Quotes">The quotes it rests on.</param>
public sealed record EvidenceItem(
    string TieId,
    StakeholderRef Source,
    StakeholderRef Target,
    string TieType,
    string? Role,
    string? Period,
    IReadOnlyList<EvidenceQuote> Quotes);

/// <summary>One quote.</summary>
/// <param name="DocumentId">The source document id.</param>
/// <param name="DocumentTitle">The source document title, if known.</param>
/// <param name="Quote">The exact words.</param>
/// <param name="Url">Where to read it; a link only when an absolute http(s) URL.</param>
public sealed record EvidenceQuote(string DocumentId, string? DocumentTitle, string Quote, string? Url);

/// <summary>A named parameter value, shown as text.</summary>
/// <param name="Name">The parameter name.</param>
/// <param name="Value">Its value, formatted.</param>
public sealed record ParameterRow(string Name, string Value);

/// <summary>A measure's one-line definition.</summary>
/// <param name="Measure">The measure name.</param>
/// <param name="Definition">What it measures, in one line.</param>
public sealed record MeasureDefinition(string Measure, string Definition);

/// <summary>Method and provenance: how the numbers were made, so they can be reproduced.</summary>
/// <param name="Measures">The measures used, with definitions.</param>
/// <param name="Parameters">Parameters (projection, weights, resolution, ...).</param>
/// <param name="Seed">The random seed, if any step was randomised.</param>
/// <param name="Tool">The tool name.</param>
/// <param name="Version">The library version.</param>
/// <param name="InputSha256">The SHA-256 of the input file, lower-case hex, if known.</param>
public sealed record MethodSection(
    IReadOnlyList<MeasureDefinition> Measures,
    IReadOnlyList<ParameterRow> Parameters,
    long? Seed,
    string Tool,
    string Version,
    string? InputSha256)
{
    /// <summary>No method information except the tool and this library's version.</summary>
    public static MethodSection Empty { get; } = new([], [], null, "stakeholders", ReportModelBuilder.LibraryVersion, null);

    /// <summary>Free notes (caveats, projection choices), one per line.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
