using Stakeholders.Network.Graphs;
using Stakeholders.Network.Model;

namespace Stakeholders.Network.Analysis;

/// <summary>Options of <see cref="PeriodComparison.Compare(NetworkProjection, NetworkProjection, PeriodComparisonOptions)"/>.</summary>
public sealed record PeriodComparisonOptions : Algorithms.AlgorithmOptions
{
    /// <summary>The defaults: degree, every rank change listed.</summary>
    public static PeriodComparisonOptions Default { get; } = new();

    /// <summary>The measure whose ranks are compared, a name from <see cref="MeasureCatalog"/>. Default <c>degree</c>.</summary>
    public string Measure { get; init; } = "degree";

    /// <summary>
    /// The convergence tolerance of the iterative measures (eigenvector, PageRank, Katz, HITS); null (the default) keeps
    /// each measure's NetworkX default. As <see cref="AnalysisOptions.Tolerance"/>.
    /// </summary>
    public double? Tolerance { get; init; }

    /// <summary>The iteration limit of the iterative measures; null (the default) keeps each measure's NetworkX default. As <see cref="AnalysisOptions.MaxIterations"/>.</summary>
    public int? MaxIterations { get; init; }

    /// <summary>Checks the options.</summary>
    /// <exception cref="InvalidOptionException">The measure is unknown or a setting is out of range.</exception>
    public override void Validate()
    {
        base.Validate();
        if (!MeasureCatalog.TryGet(Measure ?? string.Empty, out _))
        {
            throw new InvalidOptionException(nameof(Measure), $"Unknown measure '{Measure}'; known measures: {string.Join(", ", MeasureCatalog.Names)}.");
        }

        IterationSettings.Validate(Tolerance, MaxIterations);
    }
}

/// <summary>A tie present in one period and not the other.</summary>
/// <param name="TieId">The tie's id.</param>
/// <param name="Type">Its type.</param>
/// <param name="SourceId">Its source stakeholder.</param>
/// <param name="TargetId">Its target stakeholder.</param>
/// <param name="Period">Its validity period as text, or null when undated.</param>
public sealed record TieChange(string TieId, string Type, string SourceId, string TargetId, string? Period);

/// <summary>A stakeholder's rank in both periods.</summary>
/// <param name="Id">The stakeholder id.</param>
/// <param name="Name">Its display name.</param>
/// <param name="ScoreBefore">The measure in the first period.</param>
/// <param name="RankBefore">Its competition rank in the first period (1 = highest).</param>
/// <param name="ScoreAfter">The measure in the second period.</param>
/// <param name="RankAfter">Its rank in the second period.</param>
public sealed record RankChange(string Id, string Name, double ScoreBefore, int RankBefore, double ScoreAfter, int RankAfter)
{
    /// <summary>Places gained (positive when the stakeholder moved up, towards rank 1).</summary>
    public int Movement => RankBefore - RankAfter;
}

/// <summary>
/// One period of a network with the scores of a measure on its graph and their competition ranks, made by
/// <see cref="PeriodComparison.Snapshot"/> (or from scores computed otherwise) and compared by
/// <see cref="PeriodComparison.Compare(PeriodSnapshot, PeriodSnapshot)"/>.
/// </summary>
public sealed class PeriodSnapshot
{
    private readonly double[] _scores;
    private readonly int[] _ranks;

    /// <summary>A period with the scores of <paramref name="measure"/>, one per vertex of the projection's graph.</summary>
    /// <exception cref="ArgumentException">The measure name is empty, or there is not one score per vertex.</exception>
    public PeriodSnapshot(NetworkProjection projection, string measure, IReadOnlyList<double> scores)
    {
        ArgumentNullException.ThrowIfNull(projection);
        ArgumentException.ThrowIfNullOrWhiteSpace(measure);
        ArgumentNullException.ThrowIfNull(scores);
        if (scores.Count != projection.Graph.VertexCount)
        {
            throw new ArgumentException($"Expected one score per vertex ({projection.Graph.VertexCount}), got {scores.Count}.", nameof(scores));
        }

        Projection = projection;
        Measure = measure;
        _scores = scores.ToArray();
        _ranks = CompetitionRanking.Ranks(_scores);
    }

    /// <summary>The period's projection (only stakeholders with a valid tie are vertices).</summary>
    public NetworkProjection Projection { get; }

    /// <summary>The measure the scores are of.</summary>
    public string Measure { get; }

    /// <summary>The scores, by vertex of <see cref="Projection"/>'s graph.</summary>
    public IReadOnlyList<double> Scores => _scores;

    /// <summary>The competition ranks of the scores ("1224": 1 = highest), by vertex.</summary>
    public IReadOnlyList<int> Ranks => _ranks;
}

/// <summary>What changed between two periods of a network.</summary>
/// <param name="First">The first period's projection (only stakeholders with a valid tie are vertices).</param>
/// <param name="Second">The second period's projection.</param>
/// <param name="Measure">The measure ranked.</param>
/// <param name="TiesGained">Ties in the second period and not the first, in network order.</param>
/// <param name="TiesLost">Ties in the first period and not the second, in network order.</param>
/// <param name="Entered">Stakeholders with a tie in the second period and none in the first, in network order.</param>
/// <param name="Left">Stakeholders with a tie in the first period and none in the second, in network order.</param>
/// <param name="RankChanges">Stakeholders present in both, by decreasing |movement|, then by id.</param>
public sealed record PeriodComparisonResult(
    NetworkProjection First, NetworkProjection Second, string Measure,
    IReadOnlyList<TieChange> TiesGained, IReadOnlyList<TieChange> TiesLost,
    IReadOnlyList<string> Entered, IReadOnlyList<string> Left, IReadOnlyList<RankChange> RankChanges);

/// <summary>
/// Dated networks: the network as of a date or within a window, and what changed between two periods — ties gained and
/// lost, stakeholders entering and leaving, and whose rank on a measure moved most.
/// </summary>
/// <remarks>
/// <para>
/// A tie belongs to a period when its validity overlaps it (<see cref="ProjectionOptions.AsOf"/>): partial dates stand for
/// every day they cover, so a tie dated <c>2023</c> is valid on 2023-06-15, and a tie ending <c>2023-05</c> is not valid as
/// of <c>2023-06</c>. Undated ties hold in every period. A stakeholder is present in a period when at least one of its
/// ties is; the graph of a period has only the present stakeholders (<see cref="ProjectionOptions.KeepIsolated"/> false).
/// </para>
/// <para>
/// Ranks are <see cref="CompetitionRanking.Ranks"/> ("1224": equal scores share the best rank) within each period's graph,
/// so they say where a stakeholder stands among those present then.
/// </para>
/// </remarks>
public static class PeriodComparison
{
    /// <summary>The network as of a date (ties valid on some day of <paramref name="date"/>), with the other options of <paramref name="baseOptions"/>.</summary>
    public static NetworkProjection AsOf(StakeholderNetwork network, PartialDate date, ProjectionOptions? baseOptions = null) =>
        NetworkProjection.Project(network, (baseOptions ?? Unweighted) with { AsOf = date, From = null, To = null, KeepIsolated = false });

    /// <summary>The network between two dates (ties valid at some day from the first day of <paramref name="from"/> to the last of <paramref name="to"/>).</summary>
    public static NetworkProjection Between(StakeholderNetwork network, PartialDate? from, PartialDate? to, ProjectionOptions? baseOptions = null) =>
        NetworkProjection.Project(network, (baseOptions ?? Unweighted) with { AsOf = null, From = from, To = to, KeepIsolated = false });

    /// <summary>Compares the network as of <paramref name="first"/> with the network as of <paramref name="second"/>.</summary>
    /// <exception cref="ArgumentException">The options are not valid.</exception>
    public static PeriodComparisonResult CompareDates(
        StakeholderNetwork network, PartialDate first, PartialDate second, ProjectionOptions? baseOptions = null,
        PeriodComparisonOptions? options = null) =>
        Compare(AsOf(network, first, baseOptions), AsOf(network, second, baseOptions), options);

    /// <summary>Compares two projections of the same network (two dates, two windows, or any two filters).</summary>
    /// <exception cref="ArgumentException">The projections are of different networks, or the options are not valid.</exception>
    public static PeriodComparisonResult Compare(
        NetworkProjection first, NetworkProjection second, PeriodComparisonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (!ReferenceEquals(first.Network, second.Network))
        {
            throw new ArgumentException("Both periods must be projections of the same network.", nameof(second));
        }

        options ??= PeriodComparisonOptions.Default;
        options.Validate();
        return Compare(Snapshot(first, options), Snapshot(second, options));
    }

    /// <summary>
    /// A period with the scores of <see cref="PeriodComparisonOptions.Measure"/> computed on its graph, to compare with
    /// several other periods (<see cref="Compare(PeriodSnapshot, PeriodSnapshot)"/>) without computing the measure again.
    /// </summary>
    /// <exception cref="ArgumentException">The options are not valid.</exception>
    public static PeriodSnapshot Snapshot(NetworkProjection projection, PeriodComparisonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(projection);
        options ??= PeriodComparisonOptions.Default;
        options.Validate();
        MeasureCatalog.TryGet(options.Measure, out var measure);
        var scores = measure!.Compute(new MeasureContext(projection.Graph, options.Seed, options.CancellationToken) { Tolerance = options.Tolerance, MaxIterations = options.MaxIterations });
        return new PeriodSnapshot(projection, measure.Name, scores);
    }

    /// <summary>
    /// Compares two periods whose scores are already computed: the same result as
    /// <see cref="Compare(NetworkProjection, NetworkProjection, PeriodComparisonOptions)"/> on their projections when the
    /// scores are those of <see cref="Snapshot"/> with the same options.
    /// </summary>
    /// <exception cref="ArgumentException">The periods are of different networks, or ranked on different measures.</exception>
    public static PeriodComparisonResult Compare(PeriodSnapshot first, PeriodSnapshot second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var a = first.Projection;
        var b = second.Projection;
        if (!ReferenceEquals(a.Network, b.Network))
        {
            throw new ArgumentException("Both periods must be projections of the same network.", nameof(second));
        }

        if (!string.Equals(first.Measure, second.Measure, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Both periods must be ranked on the same measure, not '{first.Measure}' and '{second.Measure}'.", nameof(second));
        }

        var network = a.Network;
        var before = new HashSet<int>(a.KeptTieIndices);
        var after = new HashSet<int>(b.KeptTieIndices);
        var gained = b.KeptTieIndices.Where(t => !before.Contains(t)).Select(t => Change(network.Ties[t])).ToArray();
        var lost = a.KeptTieIndices.Where(t => !after.Contains(t)).Select(t => Change(network.Ties[t])).ToArray();
        var entered = network.Stakeholders.Where(s => !a.TryGetIndex(s.Id, out _) && b.TryGetIndex(s.Id, out _)).Select(s => s.Id).ToArray();
        var left = network.Stakeholders.Where(s => a.TryGetIndex(s.Id, out _) && !b.TryGetIndex(s.Id, out _)).Select(s => s.Id).ToArray();

        var changes = new List<RankChange>();
        for (var v = 0; v < a.Graph.VertexCount; v++)
        {
            var s = a.StakeholderOf(v);
            if (b.TryGetIndex(s.Id, out var w))
            {
                changes.Add(new RankChange(s.Id, s.Name, first.Scores[v], first.Ranks[v], second.Scores[w], second.Ranks[w]));
            }
        }

        changes.Sort((x, y) =>
        {
            var c = Math.Abs(y.Movement).CompareTo(Math.Abs(x.Movement));
            return c != 0 ? c : string.CompareOrdinal(x.Id, y.Id);
        });
        return new PeriodComparisonResult(a, b, first.Measure, gained, lost, entered, left, changes);
    }

    private static ProjectionOptions Unweighted { get; } = new() { WeightSource = WeightSource.None };

    private static TieChange Change(Tie tie) => new(tie.Id, tie.Type.Name, tie.Source, tie.Target, tie.Period?.ToString());
}
