namespace Stakeholders.Network.Analysis;

/// <summary>
/// Per-vertex statistics of one score column over the replicates of <see cref="ReplicateEngine"/>: the mean and its Monte
/// Carlo standard error, the level-interval of the score and of the competition rank, the share of replicates in the top
/// k and the share ranked first. <see cref="RankStability"/> and <see cref="UncertaintyAnalysis"/> both summarise with it.
/// </summary>
/// <remarks>
/// Scores that are NaN in a replicate are left out of the score statistics and never count as top k or first; ranks are
/// <see cref="CompetitionRanking.Ranks"/> (NaN last). Percentiles are <see cref="RankStability.Quantile"/> (R type 7).
/// </remarks>
internal sealed class ReplicateSummary
{
    private ReplicateSummary(int n)
    {
        Mean = new double[n];
        StandardError = new double[n];
        Low = new double[n];
        High = new double[n];
        TopShare = new double[n];
        FirstShare = new double[n];
        MedianRank = new double[n];
        LowerRank = new double[n];
        UpperRank = new double[n];
    }

    public double[] Mean { get; }

    public double[] StandardError { get; }

    public double[] Low { get; }

    public double[] High { get; }

    public double[] TopShare { get; }

    public double[] FirstShare { get; }

    /// <summary>The rank percentiles; NaN unless asked for (they cost a sort per vertex).</summary>
    public double[] MedianRank { get; }

    public double[] LowerRank { get; }

    public double[] UpperRank { get; }

    /// <summary>Summarises <paramref name="replicates"/> (one score array of length n per replicate).</summary>
    public static ReplicateSummary Of(IReadOnlyList<double[]> replicates, int n, double level, int topK, bool rankIntervals)
    {
        var result = new ReplicateSummary(n);
        var count = replicates.Count;
        var ranks = new int[count][];
        for (var r = 0; r < count; r++)
        {
            var scores = replicates[r];
            ranks[r] = CompetitionRanking.Ranks(scores);
            for (var v = 0; v < n; v++)
            {
                if (!double.IsNaN(scores[v]))
                {
                    result.TopShare[v] += ranks[r][v] <= topK ? 1 : 0;
                    result.FirstShare[v] += ranks[r][v] == 1 ? 1 : 0;
                }
            }
        }

        double lowerP = (1 - level) / 2, upperP = (1 + level) / 2;
        var values = new double[count];
        for (var v = 0; v < n; v++)
        {
            result.TopShare[v] /= count;
            result.FirstShare[v] /= count;
            if (rankIntervals)
            {
                for (var r = 0; r < count; r++)
                {
                    values[r] = ranks[r][v];
                }

                Array.Sort(values);
                result.MedianRank[v] = RankStability.Quantile(values, 0.5);
                result.LowerRank[v] = RankStability.Quantile(values, lowerP);
                result.UpperRank[v] = RankStability.Quantile(values, upperP);
            }
            else
            {
                result.MedianRank[v] = result.LowerRank[v] = result.UpperRank[v] = double.NaN;
            }

            var present = 0;
            foreach (var scores in replicates)
            {
                if (!double.IsNaN(scores[v]))
                {
                    values[present++] = scores[v];
                }
            }

            if (present == 0)
            {
                result.Mean[v] = result.StandardError[v] = result.Low[v] = result.High[v] = double.NaN;
                continue;
            }

            var span = values.AsSpan(0, present);
            span.Sort();
            double sum = 0;
            foreach (var x in span)
            {
                sum += x;
            }

            var m = sum / present;
            double squares = 0;
            foreach (var x in span)
            {
                squares += (x - m) * (x - m);
            }

            result.Mean[v] = m;
            result.StandardError[v] = present > 1 ? Math.Sqrt(squares / (present - 1) / present) : 0;
            result.Low[v] = RankStability.Quantile(span, lowerP);
            result.High[v] = RankStability.Quantile(span, upperP);
        }

        return result;
    }
}
