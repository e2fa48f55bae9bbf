namespace Stakeholders.Network.Algorithms.Communities;

/// <summary>
/// Agreement between two partitions of the same vertices, from their contingency table. Both measures are symmetric and
/// invariant under relabelling; both are 1 for identical partitions. O(n) expected.
/// </summary>
public static class PartitionComparison
{
    /// <summary>
    /// Normalised mutual information with arithmetic-mean normalisation, <c>NMI = 2 I(A;B) / (H(A) + H(B))</c>
    /// (Danon, Díaz-Guilera, Duch &amp; Arenas 2005, doi:10.1088/1742-5468/2005/09/P09008), as igraph
    /// <c>compare_communities(method='nmi')</c> and scikit-learn's default. When both partitions have zero entropy (each is a
    /// single community) the result is 1, as igraph.
    /// </summary>
    /// <exception cref="ArgumentException">The partitions cover different numbers of vertices.</exception>
    public static double NormalizedMutualInformation(Partition a, Partition b)
    {
        var table = Contingency(a, b);
        var n = (double)a.VertexCount;
        var ha = Entropy(a.Sizes, n);
        var hb = Entropy(b.Sizes, n);
        if (ha + hb <= 0)
        {
            return 1.0;
        }

        double mutual = 0;
        foreach (var ((ca, cb), count) in table.OrderBy(e => e.Key))
        {
            mutual += count / n * Math.Log(count * n / ((double)a.Sizes[ca] * b.Sizes[cb]));
        }

        return Math.Clamp(2 * mutual / (ha + hb), 0.0, 1.0);
    }

    /// <summary>
    /// The adjusted Rand index (Hubert &amp; Arabie 1985, doi:10.1007/BF01908075):
    /// <c>(Σ_ij C(n_ij,2) − E) / (½[Σ_i C(a_i,2) + Σ_j C(b_j,2)] − E)</c> with <c>E = Σ_i C(a_i,2) Σ_j C(b_j,2) / C(n,2)</c>,
    /// as igraph <c>compare_communities(method='adjusted_rand')</c>. 1 for identical partitions, about 0 for independent
    /// ones, possibly negative. When the denominator is 0 (both partitions trivial in the same way) the result is 1.
    /// </summary>
    /// <exception cref="ArgumentException">The partitions cover different numbers of vertices.</exception>
    public static double AdjustedRandIndex(Partition a, Partition b)
    {
        var table = Contingency(a, b);
        var n = a.VertexCount;
        double sumCells = 0;
        foreach (var count in table.Values)
        {
            sumCells += Pairs(count);
        }

        double sumA = 0, sumB = 0;
        foreach (var s in a.Sizes)
        {
            sumA += Pairs(s);
        }

        foreach (var s in b.Sizes)
        {
            sumB += Pairs(s);
        }

        var all = Pairs(n);
        if (all == 0)
        {
            return 1.0;
        }

        var expected = sumA * sumB / all;
        var maximum = (sumA + sumB) / 2;
        return maximum == expected ? 1.0 : (sumCells - expected) / (maximum - expected);
    }

    private static double Pairs(long k) => k * (k - 1) / 2.0;

    private static double Entropy(ReadOnlySpan<int> sizes, double n)
    {
        double h = 0;
        foreach (var s in sizes)
        {
            if (s > 0)
            {
                h -= s / n * Math.Log(s / n);
            }
        }

        return h;
    }

    private static Dictionary<(int, int), long> Contingency(Partition a, Partition b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.VertexCount != b.VertexCount)
        {
            throw new ArgumentException($"The partitions cover {a.VertexCount} and {b.VertexCount} vertices; they must cover the same vertices.", nameof(b));
        }

        var table = new Dictionary<(int, int), long>();
        var ma = a.Membership;
        var mb = b.Membership;
        for (var v = 0; v < ma.Length; v++)
        {
            var key = (ma[v], mb[v]);
            table[key] = table.GetValueOrDefault(key) + 1;
        }

        return table;
    }
}
