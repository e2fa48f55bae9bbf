using Stakeholders.Network.Graphs;
using Stakeholders.Network.Model;

namespace Stakeholders.Network.Analysis;

/// <summary>Options of <see cref="PeriodComparison.Compare"/>.</summary>
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
        var network = first.Network;
        var before = new HashSet<int>(first.KeptTieIndices);
        var after = new HashSet<int>(second.KeptTieIndices);
        var gained = second.KeptTieIndices.Where(t => !before.Contains(t)).Select(t => Change(network.Ties[t])).ToArray();
        var lost = first.KeptTieIndices.Where(t => !after.Contains(t)).Select(t => Change(network.Ties[t])).ToArray();
        var entered = network.Stakeholders.Where(s => !first.TryGetIndex(s.Id, out _) && second.TryGetIndex(s.Id, out _)).Select(s => s.Id).ToArray();
        var left = network.Stakeholders.Where(s => first.TryGetIndex(s.Id, out _) && !second.TryGetIndex(s.Id, out _)).Select(s => s.Id).ToArray();

        MeasureCatalog.TryGet(options.Measure, out var measure);
        var scoresBefore = measure!.Compute(new MeasureContext(first.Graph, options.Seed, options.CancellationToken) { Tolerance = options.Tolerance, MaxIterations = options.MaxIterations });
        var scoresAfter = measure.Compute(new MeasureContext(second.Graph, options.Seed, options.CancellationToken) { Tolerance = options.Tolerance, MaxIterations = options.MaxIterations });
        var ranksBefore = CompetitionRanking.Ranks(scoresBefore);
        var ranksAfter = CompetitionRanking.Ranks(scoresAfter);
        var changes = new List<RankChange>();
        for (var v = 0; v < first.Graph.VertexCount; v++)
        {
            var s = first.StakeholderOf(v);
            if (second.TryGetIndex(s.Id, out var w))
            {
                changes.Add(new RankChange(s.Id, s.Name, scoresBefore[v], ranksBefore[v], scoresAfter[w], ranksAfter[w]));
            }
        }

        changes.Sort((a, b) =>
        {
            var c = Math.Abs(b.Movement).CompareTo(Math.Abs(a.Movement));
            return c != 0 ? c : string.CompareOrdinal(a.Id, b.Id);
        });
        return new PeriodComparisonResult(first, second, measure.Name, gained, lost, entered, left, changes);
    }

    private static ProjectionOptions Unweighted { get; } = new() { WeightSource = WeightSource.None };

    private static TieChange Change(Tie tie) => new(tie.Id, tie.Type.Name, tie.Source, tie.Target, tie.Period?.ToString());
}
