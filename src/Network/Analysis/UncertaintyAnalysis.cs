using System.Globalization;
using Stakeholders.Network.Algorithms.Centrality;
using Stakeholders.Network.Algorithms.Multiplex;
using Stakeholders.Network.Graphs;
using Stakeholders.Network.Model;

namespace Stakeholders.Network.Analysis;

/// <summary>How a tie's <see cref="Tie.Confidence"/> is read when networks are sampled.</summary>
public enum ConfidenceReading
{
    /// <summary>The confidence is the probability that the tie exists (the default).</summary>
    ExistenceProbability,

    /// <summary>Confidences are ignored: every tie exists, so every sample is the observed network and the intervals collapse to the point values.</summary>
    Ignore,
}

/// <summary>The names of <see cref="ConfidenceReading"/> used by the CLI and the provenance.</summary>
public static class ConfidenceReadingNames
{
    /// <summary>The names: <c>existence-probability</c>, <c>ignore</c>.</summary>
    public static IReadOnlyList<string> Names { get; } = ["existence-probability", "ignore"];

    /// <summary>The name of a reading.</summary>
    public static string ToName(this ConfidenceReading reading) => reading switch
    {
        ConfidenceReading.ExistenceProbability => "existence-probability",
        ConfidenceReading.Ignore => "ignore",
        _ => throw new ArgumentOutOfRangeException(nameof(reading), reading, "Unknown confidence reading."),
    };

    /// <summary>Parses a name (case-insensitive).</summary>
    public static bool TryParse(string? name, out ConfidenceReading reading)
    {
        reading = ConfidenceReading.ExistenceProbability;
        switch (name?.Trim().ToLowerInvariant())
        {
            case "existence-probability":
                return true;
            case "ignore":
                reading = ConfidenceReading.Ignore;
                return true;
            default:
                return false;
        }
    }
}

/// <summary>Options of the uncertainty sampling (<see cref="AnalysisOptions.Uncertainty"/>).</summary>
public sealed record UncertaintyOptions
{
    /// <summary>The number of sampled networks N. Default 1000.</summary>
    public int Replicates { get; init; } = 1000;

    /// <summary>The coverage of the interval, in (0, 1): 0.9 reports the 5th and 95th percentiles. Default 0.9.</summary>
    public double Level { get; init; } = 0.9;

    /// <summary>k of "the probability of being in the top k" (competition ranks ≤ k). Default 10.</summary>
    public int TopK { get; init; } = 10;

    /// <summary>The master seed; sample r uses a seed derived from it and r (see <see cref="RankStability.ReplicateSeed"/>). Default 42.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>How confidences are read. Default <see cref="ConfidenceReading.ExistenceProbability"/>.</summary>
    public ConfidenceReading Confidence { get; init; } = ConfidenceReading.ExistenceProbability;

    /// <summary>The most threads to use; -1 (default) lets the runtime decide. Results do not depend on it.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>Co-membership is reported for every pair up to this many vertices, above it only for pairs tied in the network. Default 500.</summary>
    public int AllPairsUpTo { get; init; } = 500;

    /// <summary>Checks the options.</summary>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public void Validate()
    {
        if (Replicates < 1)
        {
            throw new InvalidOptionException(nameof(Replicates), $"Replicates must be >= 1, not {Replicates}.");
        }

        if (double.IsNaN(Level) || Level <= 0 || Level >= 1)
        {
            throw new InvalidOptionException(nameof(Level), $"Level must be in (0, 1), not {Level}.");
        }

        if (TopK < 1)
        {
            throw new InvalidOptionException(nameof(TopK), $"TopK must be >= 1, not {TopK}.");
        }

        if (!Enum.IsDefined(Confidence))
        {
            throw new InvalidOptionException(nameof(Confidence), $"Unknown confidence reading {(int)Confidence}.");
        }

        if (MaxDegreeOfParallelism == 0 || MaxDegreeOfParallelism < -1)
        {
            throw new InvalidOptionException(nameof(MaxDegreeOfParallelism), $"MaxDegreeOfParallelism must be -1 or positive, not {MaxDegreeOfParallelism}.");
        }

        if (AllPairsUpTo < 0)
        {
            throw new InvalidOptionException(nameof(AllPairsUpTo), $"AllPairsUpTo must be >= 0, not {AllPairsUpTo}.");
        }
    }
}

/// <summary>One column's distribution over the sampled networks, per vertex (in vertex order).</summary>
/// <param name="Column">The column (<c>degree</c>, <c>betweenness@SPOKE_AT</c>, ...).</param>
/// <param name="SampledMean">The mean over the samples (NaN scores left out).</param>
/// <param name="StandardError">The Monte Carlo standard error of the sampled mean, s/√N.</param>
/// <param name="Exact">The exact expectation where it is cheap (degree and strength columns), NaN elsewhere.</param>
/// <param name="Low">The lower percentile ((1 − level)/2) of the samples, R type 7.</param>
/// <param name="High">The upper percentile ((1 + level)/2).</param>
/// <param name="TopK">The share of samples in which the vertex's competition rank is ≤ k.</param>
public sealed record ColumnUncertainty(string Column, double[] SampledMean, double[] StandardError, double[] Exact, double[] Low, double[] High, double[] TopK)
{
    /// <summary>The reported mean: exact where known, sampled elsewhere.</summary>
    public double Mean(int vertex) => double.IsNaN(Exact[vertex]) ? SampledMean[vertex] : Exact[vertex];
}

/// <summary>The probability that two stakeholders are in one community.</summary>
/// <param name="First">A stakeholder id.</param>
/// <param name="Second">Another (after <paramref name="First"/> in vertex order).</param>
/// <param name="Probability">The share of samples that put them in one community.</param>
public sealed record CoMembershipPair(string First, string Second, double Probability);

/// <summary>The result of the uncertainty sampling.</summary>
/// <param name="Options">The options used.</param>
/// <param name="Columns">One entry per analysed column, in column order.</param>
/// <param name="CommunityAlgorithm">The community algorithm run on every sample, or null.</param>
/// <param name="CoMembership">Pairs with a positive co-membership probability, highest first (then by ids).</param>
/// <param name="CoMembershipAllPairs">True when every pair was counted; false when only pairs tied in the network were (large networks).</param>
/// <param name="MeanTies">The mean number of ties present in a sample (of the projection's ties).</param>
/// <param name="Warnings">Measures that did not converge on some sample, at most a few lines.</param>
public sealed record UncertaintyResult(
    UncertaintyOptions Options, IReadOnlyList<ColumnUncertainty> Columns, string? CommunityAlgorithm,
    IReadOnlyList<CoMembershipPair> CoMembership, bool CoMembershipAllPairs, double MeanTies, IReadOnlyList<string> Warnings);

/// <summary>
/// Uncertain ties: each tie exists with probability equal to its confidence (<see cref="ConfidenceReading"/>), independently
/// of the others. A pair joined by several ties is joined when at least one of them exists (probability 1 − Π(1 − c)),
/// with the summed strengths of the ties that exist (the projection's merge rule applied to the ties that exist). N
/// networks are sampled (seeded, in parallel through the same engine as <see cref="RankStability"/>), every measure is
/// recomputed on each, and per stakeholder the mean, the level-interval and the probability of ranking in the top k are
/// reported, and, with a community algorithm, the probability that two stakeholders share a community.
/// </summary>
/// <remarks>
/// Exact where exact is cheap: the expected degree is Σ over neighbours of 1 − Π(1 − c) (Σ c without parallel ties) and
/// the expected strength is Σ c·w over the ties (a self-loop counting twice, as in the degree); the <c>-mean</c> columns
/// of degree and strength give these exact values. Sample r draws from <c>new Random(seed_r)</c> and writes only its own
/// slot, so results are bit-identical for any thread count. Randomised measures and the community algorithm run with the
/// analysis seed on every sample, so the spread comes from the ties alone. Time O(N · (t + cost of the measures)).
/// </remarks>
public static class UncertaintyAnalysis
{
    /// <summary>The probability that a tie exists under a reading.</summary>
    public static double ExistenceProbability(Tie tie, ConfidenceReading reading)
    {
        ArgumentNullException.ThrowIfNull(tie);
        return reading == ConfidenceReading.Ignore ? 1.0 : Math.Clamp(tie.Confidence, 0, 1);
    }

    /// <summary>The exact expected degree of every vertex of the projection (see the remarks of <see cref="UncertaintyAnalysis"/>).</summary>
    public static CentralityResult ExpectedDegree(NetworkProjection projection, ConfidenceReading reading = ConfidenceReading.ExistenceProbability)
    {
        ArgumentNullException.ThrowIfNull(projection);
        return new CentralityResult(Expected(new ProjectedTies(projection), reading, _ => true, strength: false)) { Graph = projection.Graph };
    }

    /// <summary>The exact expected strength of every vertex (equal to the expected degree on an unweighted projection).</summary>
    public static CentralityResult ExpectedStrength(NetworkProjection projection, ConfidenceReading reading = ConfidenceReading.ExistenceProbability)
    {
        ArgumentNullException.ThrowIfNull(projection);
        return new CentralityResult(Expected(new ProjectedTies(projection), reading, _ => true, strength: true)) { Graph = projection.Graph };
    }

    private static double[] Expected(ProjectedTies ties, ConfidenceReading reading, Func<int, bool> include, bool strength)
    {
        var graph = ties.Projection.Graph;
        var result = new double[graph.VertexCount];
        if (strength && graph.IsWeighted)
        {
            for (var i = 0; i < ties.Count; i++)
            {
                if (!include(i))
                {
                    continue;
                }

                var (s, t, w) = ties[i];
                var x = ExistenceProbability(ties.TieAt(i), reading) * w;
                result[s] += x;
                result[t] += x;
            }

            return result;
        }

        // Degree: one merged edge per pair, present with probability 1 − Π(1 − c).
        var absent = new Dictionary<(int, int), double>();
        for (var i = 0; i < ties.Count; i++)
        {
            if (!include(i))
            {
                continue;
            }

            var (s, t, _) = ties[i];
            var key = graph.IsDirected || s <= t ? (s, t) : (t, s);
            absent[key] = (absent.TryGetValue(key, out var q) ? q : 1.0) * (1 - ExistenceProbability(ties.TieAt(i), reading));
        }

        foreach (var ((s, t), q) in absent)
        {
            result[s] += 1 - q;
            result[t] += 1 - q;
        }

        return result;
    }

    /// <summary>Samples the networks and aggregates every column of the plan (and communities when asked for).</summary>
    internal static UncertaintyResult Sample(
        NetworkProjection projected, MultiplexProjection? layered, ColumnPlan plan, string? communities, double resolution, int analysisSeed,
        UncertaintyOptions options, CancellationToken cancellationToken)
    {
        options.Validate();
        var ties = new ProjectedTies(projected);
        var probability = new double[ties.Count];
        for (var i = 0; i < ties.Count; i++)
        {
            probability[i] = ExistenceProbability(ties.TieAt(i), options.Confidence);
        }

        var layerNames = layered?.Graph.LayerNames;
        var layerOf = layered?.LayerOfTie;
        var n = projected.Graph.VertexCount;
        var samples = ReplicateEngine.Run(options.Replicates, options.Seed, options.MaxDegreeOfParallelism, cancellationToken, (r, random) =>
        {
            var keep = new bool[ties.Count];
            var present = 0;
            for (var i = 0; i < keep.Length; i++)
            {
                keep[i] = random.NextDouble() < probability[i];
                present += keep[i] ? 1 : 0;
            }

            var union = ties.Build(i => keep[i]);
            var layers = layerNames is null
                ? null
                : new MultiplexGraph(layerNames, layerNames.Select((_, l) => ties.Build(i => keep[i] && layerOf![i] == l)));
            // Randomised measures and the community algorithm keep the analysis seed on every sample, so the spread
            // reflects the uncertain ties alone (and collapses to the point values when every tie is certain).
            var warnings = new List<string>();
            var columns = plan.Compute(union, layers, analysisSeed, cancellationToken, warnings, null, null);
            var membership = communities is null ? null : AnalysisCommunities.Run(communities, union, layers, resolution, analysisSeed, cancellationToken).Partition.ToArray();
            return (Columns: columns, Membership: membership, Present: present, Warning: warnings.Count > 0 ? $"sample {r}: {warnings[0]}" : null);
        });

        var names = samples[0].Columns.Select(c => c.Name).ToArray();
        var result = new List<ColumnUncertainty>(names.Length);
        for (var j = 0; j < names.Length; j++)
        {
            var column = j;
            var summary = ReplicateSummary.Of(samples.Select(s => s.Columns[column].Scores).ToArray(), n, options.Level, options.TopK, rankIntervals: false);
            result.Add(new ColumnUncertainty(names[j], summary.Mean, summary.StandardError, ExactOf(names[j], ties, layerNames, layerOf, options.Confidence), summary.Low, summary.High, summary.TopShare));
        }

        var (pairs, allPairs) = communities is null
            ? ([], true)
            : CoMembershipOf(projected.Graph, samples.Select(s => s.Membership!).ToArray(), options.AllPairsUpTo);
        return new UncertaintyResult(
            options, result, communities, pairs, allPairs, samples.Average(s => (double)s.Present),
            samples.Select(s => s.Warning).OfType<string>().Take(5).ToArray());
    }

    /// <summary>The point analysis with, after each column c, the columns c-mean, c-low, c-high and c-top-k.</summary>
    internal static AnalysisResult Merge(AnalysisResult point, UncertaintyResult uncertainty)
    {
        var byName = uncertainty.Columns.ToDictionary(c => c.Column, StringComparer.Ordinal);
        var measures = new List<string>();
        foreach (var m in point.Measures)
        {
            measures.Add(m);
            if (byName.ContainsKey(m))
            {
                measures.AddRange([m + "-mean", m + "-low", m + "-high", m + "-top-k"]);
            }
        }

        var rows = point.Nodes.Select(row =>
        {
            var scores = new Dictionary<string, double>(row.Scores, StringComparer.Ordinal);
            foreach (var m in point.Measures)
            {
                if (byName.TryGetValue(m, out var c))
                {
                    scores[m + "-mean"] = c.Mean(row.Vertex);
                    scores[m + "-low"] = c.Low[row.Vertex];
                    scores[m + "-high"] = c.High[row.Vertex];
                    scores[m + "-top-k"] = c.TopK[row.Vertex];
                }
            }

            return row with { Scores = scores };
        }).ToArray();
        return point with
        {
            Measures = measures,
            Nodes = rows,
            Uncertainty = uncertainty,
            Warnings = [.. point.Warnings, .. uncertainty.Warnings],
        };
    }

    private static double[] ExactOf(string column, ProjectedTies ties, IReadOnlyList<string>? layerNames, int[]? layerOf, ConfidenceReading reading)
    {
        var at = column.IndexOf('@', StringComparison.Ordinal);
        var measure = at < 0 ? column : column[..at];
        Func<int, bool> include = _ => true;
        if (at >= 0)
        {
            var layer = layerNames!.ToList().IndexOf(column[(at + 1)..]);
            include = i => layerOf![i] == layer;
        }

        return measure switch
        {
            "degree" => Expected(ties, reading, include, strength: false),
            "strength" => Expected(ties, reading, include, strength: true),
            _ => Enumerable.Repeat(double.NaN, ties.Projection.Graph.VertexCount).ToArray(),
        };
    }

    private static (IReadOnlyList<CoMembershipPair> Pairs, bool AllPairs) CoMembershipOf(CsrGraph graph, int[][] memberships, int allPairsUpTo)
    {
        var n = graph.VertexCount;
        var allPairs = n <= allPairsUpTo;
        var pairs = new List<CoMembershipPair>();
        if (allPairs)
        {
            // Upper-triangular counts in one array: pair (u, v), u < v, at u·n − u(u+1)/2 + (v − u − 1).
            var counts = new int[(long)n * (n - 1) / 2];
            var order = new int[n];
            foreach (var membership in memberships)
            {
                for (var v = 0; v < n; v++)
                {
                    order[v] = v;
                }

                Array.Sort(order, (x, y) => membership[x] != membership[y] ? membership[x].CompareTo(membership[y]) : x.CompareTo(y));
                var start = 0;
                while (start < n)
                {
                    var end = start;
                    while (end < n && membership[order[end]] == membership[order[start]])
                    {
                        end++;
                    }

                    for (var a = start; a < end; a++)
                    {
                        var u = order[a];
                        var rowBase = ((long)u * n) - ((long)u * (u + 1) / 2) - u - 1;
                        for (var b = a + 1; b < end; b++)
                        {
                            counts[rowBase + order[b]]++;
                        }
                    }

                    start = end;
                }
            }

            var k = 0L;
            for (var u = 0; u < n; u++)
            {
                for (var v = u + 1; v < n; v++, k++)
                {
                    if (counts[k] > 0)
                    {
                        pairs.Add(new CoMembershipPair(graph.IdOf(u), graph.IdOf(v), (double)counts[k] / memberships.Length));
                    }
                }
            }
        }
        else
        {
            var counts = new Dictionary<long, int>();
            foreach (var membership in memberships)
            {
                foreach (var (s, t, _) in graph.Edges())
                {
                    if (s != t && membership[s] == membership[t])
                    {
                        var (u, v) = s < t ? (s, t) : (t, s);
                        var key = ((long)u << 32) | (uint)v;
                        counts[key] = counts.GetValueOrDefault(key) + 1;
                    }
                }
            }

            pairs.AddRange(counts.Select(kv => new CoMembershipPair(graph.IdOf((int)(kv.Key >> 32)), graph.IdOf((int)(kv.Key & 0xFFFFFFFF)), (double)kv.Value / memberships.Length)));
        }

        var sorted = pairs
            .OrderByDescending(p => p.Probability)
            .ThenBy(p => p.First, StringComparer.Ordinal)
            .ThenBy(p => p.Second, StringComparer.Ordinal)
            .ToArray();
        return (sorted, allPairs);
    }

    internal static string Format(double x) => x.ToString("R", CultureInfo.InvariantCulture);
}
