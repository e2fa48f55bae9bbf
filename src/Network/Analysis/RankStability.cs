using Stakeholders.Network.Algorithms;
using Stakeholders.Network.Graphs;
using Stakeholders.Network.Model;

namespace Stakeholders.Network.Analysis;

/// <summary>Ranks from scores.</summary>
internal static class CompetitionRanking
{
    /// <summary>
    /// Standard competition ranks ("1224"): the highest score ranks 1, and a score's rank is 1 + the number of scores
    /// strictly greater than it, so equal scores share the best rank and the next rank is skipped. Two scores are equal
    /// when they differ by at most 1e-12 relative to the larger magnitude (so that the last bits of floating-point sums
    /// do not split ties). NaN scores rank last, together (1 + the number of non-NaN scores).
    /// </summary>
    /// <remarks>Time O(n log n).</remarks>
    public static int[] Ranks(ReadOnlySpan<double> scores)
    {
        var n = scores.Length;
        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            order[i] = i;
        }

        var values = scores.ToArray();
        Array.Sort(order, (a, b) =>
        {
            bool na = double.IsNaN(values[a]), nb = double.IsNaN(values[b]);
            if (na || nb)
            {
                return na == nb ? a.CompareTo(b) : na ? 1 : -1;
            }

            var c = values[b].CompareTo(values[a]);
            return c != 0 ? c : a.CompareTo(b);
        });
        var ranks = new int[n];
        var groupStart = 0;
        for (var p = 0; p < n; p++)
        {
            if (p > 0 && !Same(values[order[groupStart]], values[order[p]]))
            {
                groupStart = p;
            }

            ranks[order[p]] = groupStart + 1;
        }

        return ranks;
    }

    private static bool Same(double leader, double x)
    {
        if (double.IsNaN(leader) || double.IsNaN(x))
        {
            return double.IsNaN(leader) && double.IsNaN(x);
        }

        return leader == x || Math.Abs(leader - x) <= 1e-12 * Math.Max(Math.Abs(leader), Math.Abs(x));
    }
}

/// <summary>How <see cref="RankStability"/> perturbs the ties.</summary>
public enum TieResampling
{
    /// <summary>Drop a fixed share of the ties, chosen uniformly without replacement (<see cref="RankStabilityOptions.DropFraction"/>).</summary>
    Drop,

    /// <summary>
    /// Efron's bootstrap: draw as many ties as there are, with replacement; a tie drawn several times counts once (so about
    /// 63% of the ties survive in each replicate).
    /// </summary>
    Bootstrap,
}

/// <summary>Options of <see cref="RankStability.Compute"/>.</summary>
public sealed record RankStabilityOptions : AlgorithmOptions
{
    /// <summary>The defaults: degree, 200 replicates, drop 20% of ties, 90% intervals, seed 42.</summary>
    public static RankStabilityOptions Default { get; } = new();

    /// <summary>A measure name from <see cref="MeasureCatalog"/>. Default <c>degree</c>.</summary>
    public string Measure { get; init; } = "degree";

    /// <summary>The number of resampled networks. Default 200.</summary>
    public int Replicates { get; init; } = 200;

    /// <summary>How ties are resampled. Default <see cref="TieResampling.Drop"/>.</summary>
    public TieResampling Resampling { get; init; } = TieResampling.Drop;

    /// <summary>The share of ties dropped in each replicate with <see cref="TieResampling.Drop"/>, in [0, 1). Default 0.2.</summary>
    public double DropFraction { get; init; } = 0.2;

    /// <summary>The coverage of the rank interval, in (0, 1): 0.9 reports the 5th and 95th percentiles. Default 0.9.</summary>
    public double Level { get; init; } = 0.9;

    /// <summary>The k of <see cref="StakeholderRankInterval.TopShare"/> (the share of replicates ranking in the top k), ≥ 1. Default 10.</summary>
    public int TopK { get; init; } = 10;

    /// <summary>How the network becomes a graph (kept ties, direction, weights). Default: undirected, unweighted.</summary>
    public ProjectionOptions Projection { get; init; } = new() { WeightSource = WeightSource.None };

    /// <summary>
    /// The convergence tolerance of the iterative measures (eigenvector, PageRank, Katz, HITS); null (the default) keeps
    /// each measure's NetworkX default. As <see cref="AnalysisOptions.Tolerance"/>.
    /// </summary>
    public double? Tolerance { get; init; }

    /// <summary>The iteration limit of the iterative measures; null (the default) keeps each measure's NetworkX default. As <see cref="AnalysisOptions.MaxIterations"/>.</summary>
    public int? MaxIterations { get; init; }

    /// <summary>Checks the options.</summary>
    /// <exception cref="ArgumentException">An option is out of range or the measure is unknown.</exception>
    public override void Validate()
    {
        base.Validate();
        if (!MeasureCatalog.TryGet(Measure ?? string.Empty, out _))
        {
            throw new InvalidOptionException(nameof(Measure), $"Unknown measure '{Measure}'; known measures: {string.Join(", ", MeasureCatalog.Names)}.");
        }

        if (Replicates < 1)
        {
            throw new InvalidOptionException(nameof(Replicates), $"Replicates must be >= 1, not {Replicates}.");
        }

        if (!Enum.IsDefined(Resampling))
        {
            throw new InvalidOptionException(nameof(Resampling), $"Unknown resampling {(int)Resampling}.");
        }

        if (double.IsNaN(DropFraction) || DropFraction < 0 || DropFraction >= 1)
        {
            throw new InvalidOptionException(nameof(DropFraction), $"DropFraction must be in [0, 1), not {DropFraction}.");
        }

        if (double.IsNaN(Level) || Level <= 0 || Level >= 1)
        {
            throw new InvalidOptionException(nameof(Level), $"Level must be in (0, 1), not {Level}.");
        }

        IterationSettings.Validate(Tolerance, MaxIterations);

        if (TopK < 1)
        {
            throw new InvalidOptionException(nameof(TopK), $"TopK must be >= 1, not {TopK}.");
        }

        ArgumentNullException.ThrowIfNull(Projection, nameof(Projection));
        Projection.Validate();
    }
}

/// <summary>How stable one stakeholder's rank is under resampling.</summary>
/// <param name="Id">The stakeholder id.</param>
/// <param name="Name">Its display name.</param>
/// <param name="Score">The measure on the full data.</param>
/// <param name="Rank">The competition rank on the full data (1 = highest score).</param>
/// <param name="MedianRank">The median rank over the replicates.</param>
/// <param name="LowerRank">The lower percentile of the replicate ranks ((1 − level)/2), linearly interpolated.</param>
/// <param name="UpperRank">The upper percentile ((1 + level)/2).</param>
public sealed record StakeholderRankInterval(string Id, string Name, double Score, int Rank, double MedianRank, double LowerRank, double UpperRank)
{
    /// <summary>The lower percentile ((1 − level)/2) of the measure over the replicates (NaN scores left out); NaN when none.</summary>
    public double LowerScore { get; init; } = double.NaN;

    /// <summary>The upper percentile ((1 + level)/2) of the measure over the replicates.</summary>
    public double UpperScore { get; init; } = double.NaN;

    /// <summary>The share of replicates in which the stakeholder ranks in the top k (<see cref="RankStabilityOptions.TopK"/>).</summary>
    public double TopShare { get; init; }

    /// <summary>The share of replicates in which the stakeholder ranks first (alone or tied).</summary>
    public double FirstShare { get; init; }

    /// <summary>The width of the rank interval.</summary>
    public double Width => UpperRank - LowerRank;
}

/// <summary>The result of <see cref="RankStability.Compute"/>: one row per vertex, sorted by full-data rank then id.</summary>
/// <param name="Measure">The measure ranked.</param>
/// <param name="Replicates">How many resampled networks were scored.</param>
/// <param name="Resampling">How ties were resampled.</param>
/// <param name="DropFraction">The share dropped (Drop) or NaN (Bootstrap).</param>
/// <param name="Level">The interval coverage.</param>
/// <param name="Seed">The master seed.</param>
/// <param name="TieCount">The ties of the full projection that were resampled.</param>
/// <param name="Stakeholders">One row per stakeholder.</param>
/// <param name="Warnings">Measures that did not converge on some replicate, at most a few lines.</param>
/// <remarks><see cref="StakeholderRankInterval.TopShare"/> counts the top <see cref="TopK"/>.</remarks>
public sealed record RankStabilityResult(
    string Measure, int Replicates, TieResampling Resampling, double DropFraction, double Level, int Seed, int TieCount,
    IReadOnlyList<StakeholderRankInterval> Stakeholders, IReadOnlyList<string> Warnings)
{
    /// <summary>The k of every row's <see cref="StakeholderRankInterval.TopShare"/>. Default 10.</summary>
    public int TopK { get; init; } = 10;

    /// <summary>The mean interval width over all stakeholders.</summary>
    public double MeanWidth => Stakeholders.Count == 0 ? 0 : Stakeholders.Average(s => s.Width);
}

/// <summary>
/// How far a stakeholder's rank on a measure can be trusted: the ties are resampled many times (seeded), the measure is
/// recomputed on each resampled network, and the spread of each stakeholder's rank is reported.
/// </summary>
/// <remarks>
/// <para>
/// Every vertex of the full projection stays in every replicate (a stakeholder whose ties are all dropped scores as an
/// isolate), so ranks stay comparable. Ranks are <see cref="CompetitionRanking.Ranks"/> of the scores. The interval is the
/// pair of empirical percentiles ((1 − level)/2, (1 + level)/2) of the replicate ranks, interpolated linearly between
/// order statistics (R type 7, NumPy's default); the median likewise.
/// </para>
/// <para>
/// References: B. Efron, "Bootstrap methods: another look at the jackknife", Annals of Statistics 7(1) (1979) 1–26,
/// doi:10.1214/aos/1176344552; S. P. Borgatti, K. M. Carley, D. Krackhardt, "On the robustness of centrality measures
/// under conditions of imperfect data", Social Networks 28(2) (2006) 124–136, doi:10.1016/j.socnet.2005.05.001 (dropping
/// ties at random).
/// </para>
/// <para>
/// Replicate r draws from <c>new Random(seed_r)</c> with seed_r a SplitMix64 mix of the master seed and r, and writes only
/// its own row, so the result is the same for any thread count. Time O(R · (t + cost of the measure)).
/// </para>
/// </remarks>
public static class RankStability
{
    /// <summary>Computes rank intervals for every stakeholder of the projected network.</summary>
    /// <exception cref="ArgumentException">The options are not valid.</exception>
    public static RankStabilityResult Compute(StakeholderNetwork network, RankStabilityOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        options ??= RankStabilityOptions.Default;
        options.Validate();
        MeasureCatalog.TryGet(options.Measure, out var measure);
        var projection = NetworkProjection.Project(network, options.Projection);
        var graph = projection.Graph;
        var n = graph.VertexCount;
        var ties = new ProjectedTies(projection);

        var warnings = new List<string>();
        var fullContext = new MeasureContext(graph, options.Seed, options.CancellationToken) { Tolerance = options.Tolerance, MaxIterations = options.MaxIterations };
        var fullScores = measure!.Compute(fullContext);
        warnings.AddRange(fullContext.Warnings);
        var fullRanks = CompetitionRanking.Ranks(fullScores);

        var replicates = ReplicateEngine.Run(options.Replicates, options.Seed, options.MaxDegreeOfParallelism, options.CancellationToken, (r, random) =>
        {
            var keep = Resample(random, ties.Count, options);
            var context = new MeasureContext(ties.Build(i => keep[i]), ReplicateSeed(options.Seed, r), options.CancellationToken) { Tolerance = options.Tolerance, MaxIterations = options.MaxIterations };
            var scores = measure.Compute(context);
            return (Scores: scores, Warning: context.Warnings.Count > 0 ? $"replicate {r}: {context.Warnings[0]}" : null);
        });
        warnings.AddRange(replicates.Select(x => x.Warning).OfType<string>().Take(5));
        var summary = ReplicateSummary.Of(replicates.Select(x => x.Scores).ToArray(), n, options.Level, options.TopK, rankIntervals: true);

        var rows = new StakeholderRankInterval[n];
        for (var v = 0; v < n; v++)
        {
            var s = projection.StakeholderOf(v);
            rows[v] = new StakeholderRankInterval(s.Id, s.Name, fullScores[v], fullRanks[v], summary.MedianRank[v], summary.LowerRank[v], summary.UpperRank[v])
            {
                LowerScore = summary.Low[v],
                UpperScore = summary.High[v],
                TopShare = summary.TopShare[v],
                FirstShare = summary.FirstShare[v],
            };
        }

        var sorted = rows.OrderBy(x => x.Rank).ThenBy(x => x.Id, StringComparer.Ordinal).ToArray();
        return new RankStabilityResult(
            measure.Name, options.Replicates, options.Resampling, options.Resampling == TieResampling.Drop ? options.DropFraction : double.NaN,
            options.Level, options.Seed, ties.Count, sorted, warnings)
        {
            TopK = options.TopK,
        };
    }

    /// <summary>The seed of replicate <paramref name="replicate"/>: SplitMix64 of the master seed and the replicate number.</summary>
    internal static int ReplicateSeed(int masterSeed, int replicate)
    {
        var z = unchecked(((ulong)(uint)masterSeed << 32) + (ulong)replicate + 0x9E3779B97F4A7C15UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        z ^= z >> 31;
        return (int)(z & int.MaxValue);
    }

    /// <summary>
    /// The linearly interpolated quantile of sorted values (Hyndman &amp; Fan 1996 type 7, R's and NumPy's default):
    /// with h = (n − 1)p, x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋ + 1] − x[⌊h⌋]); NaN for no values. The tests check it against
    /// MathNet.Numerics' <c>SortedArrayStatistics.QuantileCustom(..., QuantileDefinition.R7)</c>.
    /// </summary>
    internal static double Quantile(ReadOnlySpan<double> sorted, double p)
    {
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var h = (sorted.Length - 1) * Math.Clamp(p, 0, 1);
        var lower = (int)Math.Floor(h);
        return lower >= sorted.Length - 1 ? sorted[^1] : sorted[lower] + ((h - lower) * (sorted[lower + 1] - sorted[lower]));
    }

    private static bool[] Resample(Random random, int t, RankStabilityOptions options)
    {
        var keep = new bool[t];
        if (options.Resampling == TieResampling.Bootstrap)
        {
            for (var i = 0; i < t; i++)
            {
                keep[random.Next(t)] = true;
            }

            return keep;
        }

        Array.Fill(keep, true);
        var drop = (int)Math.Round(options.DropFraction * t, MidpointRounding.AwayFromZero);
        var order = new int[t];
        for (var i = 0; i < t; i++)
        {
            order[i] = i;
        }

        // Partial Fisher–Yates: the first `drop` positions become a uniform sample without replacement.
        for (var i = 0; i < drop; i++)
        {
            var j = random.Next(i, t);
            (order[i], order[j]) = (order[j], order[i]);
            keep[order[i]] = false;
        }

        return keep;
    }
}
