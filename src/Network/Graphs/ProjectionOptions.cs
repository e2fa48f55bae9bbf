using Stakeholders.Network.Model;

namespace Stakeholders.Network.Graphs;

/// <summary>Which number of a tie becomes the weight of its graph edge.</summary>
public enum WeightSource
{
    /// <summary>The tie's <see cref="Tie.Strength"/> (the default).</summary>
    Strength,

    /// <summary>The tie's <see cref="Tie.Confidence"/>.</summary>
    Confidence,

    /// <summary><see cref="Tie.Strength"/> × <see cref="Tie.Confidence"/>: a strong tie we are unsure of counts for less.</summary>
    StrengthTimesConfidence,

    /// <summary>No weight: the graph is unweighted and every edge weighs 1, however many ties it merges.</summary>
    None,
}

/// <summary>
/// How <see cref="NetworkProjection"/> turns a <see cref="StakeholderNetwork"/> into a <see cref="CsrGraph"/>: which ties
/// and stakeholders take part, and how edges are weighted. The defaults keep everything: every tie type, every kind,
/// every date, undirected, weighted by strength read as strength, isolated stakeholders kept.
/// </summary>
/// <remarks>
/// A tie becomes an edge when all filters accept it: its type is in <see cref="TieTypes"/>, both endpoints' kinds are in
/// <see cref="Kinds"/>, its period overlaps the date window (<see cref="AsOf"/> or <see cref="From"/>..<see cref="To"/>;
/// a tie without a period always passes), and its evidence cites at least <see cref="MinimumEvidence"/> distinct documents.
/// </remarks>
public sealed record ProjectionOptions
{
    /// <summary>The defaults: everything kept, undirected, weighted by strength.</summary>
    public static ProjectionOptions Default { get; } = new();

    /// <summary>The tie types that become edges; null (the default) for all. An empty collection keeps no tie.</summary>
    public IReadOnlyCollection<TieType>? TieTypes { get; init; }

    /// <summary>
    /// The stakeholder kinds that become vertices; null (the default) for all. Stakeholders of other kinds are not in the
    /// graph, and ties touching them are dropped.
    /// </summary>
    public IReadOnlyCollection<StakeholderKind>? Kinds { get; init; }

    /// <summary>
    /// Keep only ties that hold at some day of the interval this date stands for (<c>2023</c> is the whole year, a full
    /// date one day; see <see cref="ForDay"/> for a <see cref="DateOnly"/>). Ties without a period are always kept; a tie
    /// with only a start holds from that start on. Default null (no date filter). Excludes <see cref="From"/>/<see cref="To"/>.
    /// </summary>
    public PartialDate? AsOf { get; init; }

    /// <summary>
    /// With <see cref="To"/>: keep only ties whose period overlaps the window from the earliest day of <see cref="From"/> to
    /// the latest day of <see cref="To"/> (either end may be open). Default null.
    /// </summary>
    public PartialDate? From { get; init; }

    /// <summary>The end of the window begun by <see cref="From"/>; default null (open).</summary>
    public PartialDate? To { get; init; }

    /// <summary>
    /// The least number of distinct source documents a tie's evidence must cite (<see cref="Tie.IndependentSourceCount"/>).
    /// Default 0: ties without evidence are kept.
    /// </summary>
    public int MinimumEvidence { get; init; }

    /// <summary>Whether edges keep the direction of their ties (source → target). Default false.</summary>
    public bool Directed { get; init; }

    /// <summary>Which tie number weighs an edge. Default <see cref="Graphs.WeightSource.Strength"/>.</summary>
    public WeightSource WeightSource { get; init; } = WeightSource.Strength;

    /// <summary>
    /// How path measures read the weights. Default <see cref="Graphs.WeightMeaning.Strength"/>: cost <c>1/w</c>, so
    /// stronger ties are shorter.
    /// </summary>
    public WeightMeaning WeightMeaning { get; init; } = WeightMeaning.Strength;

    /// <summary>Whether stakeholders left without any tie after filtering stay in the graph. Default true.</summary>
    public bool KeepIsolated { get; init; } = true;

    /// <summary>The options with <see cref="AsOf"/> set to one day.</summary>
    public ProjectionOptions ForDay(DateOnly day) => this with { AsOf = PartialDate.FromDate(day) };

    /// <summary>Checks the options.</summary>
    /// <exception cref="ArgumentException">A value is out of range or two options contradict each other; the message says which.</exception>
    public void Validate()
    {
        if (TieTypes is not null)
        {
            foreach (var type in TieTypes)
            {
                if (!type.IsValid)
                {
                    throw new InvalidOptionException(nameof(TieTypes), $"TieTypes contains an invalid tie type '{type.Name}'.");
                }
            }
        }

        if (Kinds is not null)
        {
            foreach (var kind in Kinds)
            {
                if (!Enum.IsDefined(kind))
                {
                    throw new InvalidOptionException(nameof(Kinds), $"Kinds contains an unknown stakeholder kind {(int)kind}.");
                }
            }
        }

        if (AsOf is not null && (From is not null || To is not null))
        {
            throw new InvalidOptionException(nameof(AsOf), "Give either AsOf or From/To, not both.");
        }

        if (From is { } from && To is { } to && to.Latest < from.Earliest)
        {
            throw new InvalidOptionException(nameof(To), $"The window ends ({to}) before it starts ({from}).");
        }

        if (MinimumEvidence < 0)
        {
            throw new InvalidOptionException(nameof(MinimumEvidence), $"MinimumEvidence must be >= 0, not {MinimumEvidence}.");
        }

        if (!Enum.IsDefined(WeightSource))
        {
            throw new InvalidOptionException(nameof(WeightSource), $"Unknown weight source {(int)WeightSource}.");
        }

        if (!Enum.IsDefined(WeightMeaning))
        {
            throw new InvalidOptionException(nameof(WeightMeaning), $"Unknown weight meaning {(int)WeightMeaning}.");
        }
    }

    /// <summary>The date window as days, or false when there is no date filter.</summary>
    internal bool TryGetWindow(out DateOnly first, out DateOnly last)
    {
        if (AsOf is { } day)
        {
            (first, last) = (day.Earliest, day.Latest);
            return true;
        }

        if (From is not null || To is not null)
        {
            first = From?.Earliest ?? DateOnly.MinValue;
            last = To?.Latest ?? DateOnly.MaxValue;
            return true;
        }

        first = last = default;
        return false;
    }

    /// <summary>Whether a tie passes the type, date and evidence filters (not the kind filter, which needs the network).</summary>
    internal bool AcceptsTie(Tie tie, HashSet<TieType>? types, bool hasWindow, DateOnly first, DateOnly last) =>
        (types is null || types.Contains(tie.Type))
        && (!hasWindow || tie.Period is null || tie.Period.Overlaps(first, last))
        && (MinimumEvidence == 0 || tie.IndependentSourceCount >= MinimumEvidence);
}
