using System.Globalization;

namespace Stakeholders.Network.Neo4j;

/// <summary>How a push commits.</summary>
public enum PushMode
{
    /// <summary>All or nothing: one explicit transaction for the whole network, rolled back on any error. The default.</summary>
    Atomic,

    /// <summary>
    /// Each batch in its own transaction: bounded server memory and progress that survives failures (resume with
    /// <see cref="PushOptions.ResumeFrom"/>), at the price of a partly written network while it runs or after a failure.
    /// </summary>
    Batched,
}

/// <summary>The stage a push is in.</summary>
public enum PushPhase
{
    /// <summary>Creating the uniqueness constraints.</summary>
    Schema,

    /// <summary>Writing the network's title and its source documents.</summary>
    Documents,

    /// <summary>Writing stakeholders.</summary>
    Stakeholders,

    /// <summary>Writing ties.</summary>
    Ties,

    /// <summary>Done and committed.</summary>
    Completed,
}

/// <summary>How to push a network.</summary>
public sealed record PushOptions
{
    /// <summary>Atomic (default) or batched.</summary>
    public PushMode Mode { get; init; } = PushMode.Atomic;

    /// <summary>Rows per statement; null takes <see cref="Neo4jOptions.BatchSize"/>. 1 to 100000.</summary>
    public int? BatchSize { get; init; }

    /// <summary>Batched mode only: skip the items a previous, interrupted push of the same network committed.</summary>
    public PushResumeToken? ResumeFrom { get; init; }

    /// <summary>Whether to create the uniqueness constraints first (default true; they are needed for fast MERGE).</summary>
    public bool EnsureConstraints { get; init; } = true;

    /// <summary>Checks the members.</summary>
    /// <exception cref="ArgumentException">A member is out of range.</exception>
    public void Validate()
    {
        if (!Enum.IsDefined(Mode))
        {
            throw new ArgumentException($"PushOptions.Mode {(int)Mode} is not Atomic or Batched.", nameof(Mode));
        }

        if (BatchSize is < 1 or > 100_000)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"PushOptions.BatchSize {BatchSize} is outside 1..100000."), nameof(BatchSize));
        }

        if (ResumeFrom is not null && Mode != PushMode.Batched)
        {
            throw new ArgumentException("PushOptions.ResumeFrom needs Mode = Batched (an atomic push has nothing to resume).", nameof(ResumeFrom));
        }
    }
}

/// <summary>
/// Where a batched push got to: the network's fingerprint and how many items (documents, then stakeholders, then ties, in
/// the push's fixed order) are committed. Printed as <c>v1:&lt;fingerprint&gt;:&lt;count&gt;</c>.
/// </summary>
/// <param name="NetworkFingerprint">16 hex digits of a SHA-256 over the network's ids and tie types; a token only resumes the network it came from.</param>
/// <param name="CompletedItems">Items committed.</param>
public sealed record PushResumeToken(string NetworkFingerprint, long CompletedItems)
{
    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"v1:{NetworkFingerprint}:{CompletedItems}");

    /// <summary>Parses the printed form.</summary>
    /// <exception cref="FormatException">The text is not a resume token.</exception>
    public static PushResumeToken Parse(string text) =>
        TryParse(text, out var token) ? token : throw new FormatException($"'{text}' is not a push resume token (expected v1:<16 hex digits>:<count>).");

    /// <summary>Parses the printed form.</summary>
    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PushResumeToken? token)
    {
        token = null;
        var parts = text?.Trim().Split(':');
        if (parts is not { Length: 3 } || parts[0] != "v1" || parts[1].Length != 16 || !parts[1].All(char.IsAsciiHexDigitLower)
            || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            return false;
        }

        token = new PushResumeToken(parts[1], count);
        return true;
    }
}

/// <summary>Progress of a push, reported after every batch.</summary>
/// <param name="Phase">The stage.</param>
/// <param name="CompletedItems">Items written so far (documents + stakeholders + ties).</param>
/// <param name="TotalItems">Items in the network.</param>
/// <param name="Committed">Whether the written items are committed (always in batched mode; only at the end in atomic mode).</param>
/// <param name="ResumeToken">In batched mode, the token that resumes after the committed items; null in atomic mode.</param>
public sealed record PushProgress(PushPhase Phase, long CompletedItems, long TotalItems, bool Committed, PushResumeToken? ResumeToken);

/// <summary>What a push did.</summary>
/// <param name="Documents">Source documents written.</param>
/// <param name="Stakeholders">Stakeholders written.</param>
/// <param name="Ties">Ties written.</param>
/// <param name="SkippedItems">Items skipped because a resume token said they were committed.</param>
/// <param name="Batches">Batches run.</param>
/// <param name="Counters">The server's counters summed over every statement (a second push of the same network creates nothing).</param>
/// <param name="Elapsed">Wall time.</param>
/// <param name="ResumeToken">The final token (every item committed).</param>
public sealed record PushResult(
    int Documents,
    int Stakeholders,
    int Ties,
    long SkippedItems,
    int Batches,
    CypherCounters Counters,
    TimeSpan Elapsed,
    PushResumeToken ResumeToken);

/// <summary>What to pull. Every filter is optional; an empty filter pulls the whole network.</summary>
public sealed record PullFilter
{
    /// <summary>Only stakeholders of these kinds (their labels), and only ties between two of them. Null for all.</summary>
    public IReadOnlyCollection<Model.StakeholderKind>? Kinds { get; init; }

    /// <summary>Only ties of these types. Null for all. Stakeholders are kept whatever their ties.</summary>
    public IReadOnlyCollection<string>? TieTypes { get; init; }

    /// <summary>Only ties whose period overlaps [<see cref="From"/>, <see cref="To"/>]; ties without a period always overlap. Null for open.</summary>
    public DateOnly? From { get; init; }

    /// <summary>See <see cref="From"/>.</summary>
    public DateOnly? To { get; init; }

    /// <summary>
    /// Null (the default): no pages when the runner streams rows (<see cref="ICypherRunner.StreamsRows"/>: the HTTP
    /// transactional endpoint), one streamed statement each for documents, stakeholders and ties; pages of 10,000 rows
    /// otherwise (the Query API v2). A value (1 to 100000) asks for keyset pages of that many rows on any runner. Each page
    /// is one request, so small pages mostly cost round trips and per-query work on the server (1,000-row pages made a
    /// 50,000-tie pull 7 times slower, benchmarks/README.md).
    /// </summary>
    public int? PageSize { get; init; }

    /// <summary>The page size when <see cref="PageSize"/> is null.</summary>
    internal const int DefaultPageSize = 10_000;

    /// <summary>Checks the members.</summary>
    /// <exception cref="ArgumentException">A member is out of range.</exception>
    public void Validate()
    {
        if (From is { } f && To is { } t && t < f)
        {
            throw new ArgumentException($"PullFilter.To ({t:yyyy-MM-dd}) is before From ({f:yyyy-MM-dd}).", nameof(To));
        }

        if (PageSize is < 1 or > 100_000)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"PullFilter.PageSize {PageSize} is outside 1..100000."), nameof(PageSize));
        }

        if (Kinds is not null && Kinds.Any(k => !Enum.IsDefined(k)))
        {
            throw new ArgumentException("PullFilter.Kinds holds an unknown kind.", nameof(Kinds));
        }

        if (TieTypes is not null && TieTypes.Any(t => !CypherNames.IsValidName(t)))
        {
            throw new ArgumentException("PullFilter.TieTypes holds a blank or invalid type.", nameof(TieTypes));
        }
    }
}

/// <summary>How much of a network the database holds.</summary>
/// <param name="Stakeholders">Nodes labelled <c>Stakeholder</c>.</param>
/// <param name="Ties">Relationships between two of them.</param>
/// <param name="Documents">Nodes labelled <c>SourceDocument</c>.</param>
/// <param name="StakeholdersByKind">Stakeholders per kind name (<c>person</c>, ...).</param>
/// <param name="TiesByType">Ties per relationship type.</param>
public sealed record NetworkCounts(
    long Stakeholders,
    long Ties,
    long Documents,
    IReadOnlyDictionary<string, long> StakeholdersByKind,
    IReadOnlyDictionary<string, long> TiesByType)
{
    /// <inheritdoc />
    public bool Equals(NetworkCounts? other) =>
        other is not null && Stakeholders == other.Stakeholders && Ties == other.Ties && Documents == other.Documents
        && StakeholdersByKind.Count == other.StakeholdersByKind.Count && StakeholdersByKind.All(kv => other.StakeholdersByKind.TryGetValue(kv.Key, out var v) && v == kv.Value)
        && TiesByType.Count == other.TiesByType.Count && TiesByType.All(kv => other.TiesByType.TryGetValue(kv.Key, out var v) && v == kv.Value);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Stakeholders, Ties, Documents);
}
