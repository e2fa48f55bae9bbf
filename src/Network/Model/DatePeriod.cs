namespace Stakeholders.Network.Model;

/// <summary>
/// When a tie holds: from <see cref="Start"/> to <see cref="End"/>, both inclusive and both optional
/// (an open start means "since before we know", an open end "still holds").
/// </summary>
/// <remarks>
/// Partial dates widen the period to the most it can mean: a period starting <c>2023-09</c> starts on 2023-09-01,
/// one ending <c>2023</c> ends on 2023-12-31. A tie without a period holds at every date.
/// </remarks>
/// <param name="Start">The first date the tie holds, or null when unknown.</param>
/// <param name="End">The last date the tie holds, or null when it still holds or is unknown.</param>
public sealed record DatePeriod(PartialDate? Start, PartialDate? End)
{
    /// <summary>A period with neither end known: holds at every date.</summary>
    public static DatePeriod Always { get; } = new(null, null);

    /// <summary>A period of one partial date, such as an event on <c>2023-09-03</c>.</summary>
    public static DatePeriod On(PartialDate date) => new(date, date);

    /// <summary>The first day of the period, or <see cref="DateOnly.MinValue"/> when open.</summary>
    public DateOnly EarliestDay => Start?.Earliest ?? DateOnly.MinValue;

    /// <summary>The last day of the period, or <see cref="DateOnly.MaxValue"/> when open.</summary>
    public DateOnly LatestDay => End?.Latest ?? DateOnly.MaxValue;

    /// <summary>Whether <see cref="End"/> comes before <see cref="Start"/> (no day can satisfy both).</summary>
    public bool IsInverted => Start is { } s && End is { } e && e.Latest < s.Earliest;

    /// <summary>Whether the tie holds on the given day.</summary>
    public bool Contains(DateOnly day) => EarliestDay <= day && day <= LatestDay;

    /// <summary>Whether the period shares at least one day with the interval <paramref name="from"/>..<paramref name="to"/> (inclusive).</summary>
    public bool Overlaps(DateOnly from, DateOnly to) => EarliestDay <= to && from <= LatestDay;

    /// <summary>Whether the period shares at least one day with the interval a partial date stands for.</summary>
    public bool Overlaps(PartialDate date) => Overlaps(date.Earliest, date.Latest);

    /// <inheritdoc />
    public override string ToString() => $"{Start?.ToString() ?? ".."}/{End?.ToString() ?? ".."}";
}
