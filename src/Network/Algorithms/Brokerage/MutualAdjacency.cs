using Stakeholders.Network.Graphs;

namespace Stakeholders.Network.Algorithms.Brokerage;

/// <summary>
/// The undirected "contact" view that Burt's measures read: for every vertex the sorted set of vertices tied to it in
/// either direction (itself included when it carries a self-loop, as NetworkX's <c>all_neighbors</c> does), with the
/// mutual weight <c>a_ij + a_ji</c> of each contact, the row sum and the row maximum.
/// </summary>
/// <remarks>Built in O(n + m) time and memory; immutable afterwards.</remarks>
internal sealed class MutualAdjacency
{
    private MutualAdjacency(int[] offsets, int[] contacts, double[] weights, double[] rowSum, double[] rowMax)
    {
        Offsets = offsets;
        Contacts = contacts;
        Weights = weights;
        RowSum = rowSum;
        RowMax = rowMax;
    }

    public int[] Offsets { get; }

    public int[] Contacts { get; }

    /// <summary>Mutual weights <c>a_ij + a_ji</c>, parallel to <see cref="Contacts"/>.</summary>
    public double[] Weights { get; }

    /// <summary>Σ_j (a_ij + a_ji) over the contacts of i: the denominator of p_ij.</summary>
    public double[] RowSum { get; }

    /// <summary>max_j (a_ij + a_ji) over the contacts of i: the denominator of m_ij.</summary>
    public double[] RowMax { get; }

    public int Count(int v) => Offsets[v + 1] - Offsets[v];

    public ReadOnlySpan<int> Row(int v) => Contacts.AsSpan(Offsets[v], Offsets[v + 1] - Offsets[v]);

    public ReadOnlySpan<double> RowWeights(int v) => Weights.AsSpan(Offsets[v], Offsets[v + 1] - Offsets[v]);

    /// <summary>Builds the view; with <paramref name="useWeights"/> false every arc weighs 1.</summary>
    /// <exception cref="ArgumentException">A weight is negative or not finite.</exception>
    public static MutualAdjacency Build(CsrGraph graph, bool useWeights)
    {
        var n = graph.VertexCount;
        var readWeights = useWeights && graph.IsWeighted;
        if (readWeights)
        {
            foreach (var w in graph.Weights)
            {
                if (!(w >= 0) || double.IsInfinity(w))
                {
                    throw new ArgumentException(
                        $"Structural-hole measures need finite, non-negative tie strengths; the graph has a weight of {w}.", nameof(graph));
                }
            }
        }

        var offsets = new int[n + 1];
        var capacity = graph.IsDirected ? graph.ArcCount * 2 : graph.ArcCount;
        var contacts = new int[capacity];
        var weights = new double[capacity];
        var count = 0;
        for (var v = 0; v < n; v++)
        {
            offsets[v] = count;
            var outRow = graph.OutNeighbors(v);
            var outW = graph.OutWeights(v);
            if (!graph.IsDirected)
            {
                for (var i = 0; i < outRow.Length; i++)
                {
                    contacts[count] = outRow[i];
                    weights[count++] = 2.0 * (readWeights ? outW[i] : 1.0);
                }

                continue;
            }

            // Merge the sorted out-row and in-row: a contact in both gets a_vu + a_uv.
            var inRow = graph.InNeighbors(v);
            var inW = graph.InArcWeights(v);
            int a = 0, b = 0;
            while (a < outRow.Length || b < inRow.Length)
            {
                if (b >= inRow.Length || (a < outRow.Length && outRow[a] < inRow[b]))
                {
                    contacts[count] = outRow[a];
                    weights[count++] = readWeights ? outW[a] : 1.0;
                    a++;
                }
                else if (a >= outRow.Length || inRow[b] < outRow[a])
                {
                    contacts[count] = inRow[b];
                    weights[count++] = readWeights ? inW[b] : 1.0;
                    b++;
                }
                else
                {
                    contacts[count] = outRow[a];
                    weights[count++] = readWeights ? outW[a] + inW[b] : 2.0;
                    a++;
                    b++;
                }
            }
        }

        offsets[n] = count;
        Array.Resize(ref contacts, count);
        Array.Resize(ref weights, count);
        var rowSum = new double[n];
        var rowMax = new double[n];
        for (var v = 0; v < n; v++)
        {
            double sum = 0, max = 0;
            for (var i = offsets[v]; i < offsets[v + 1]; i++)
            {
                sum += weights[i];
                max = Math.Max(max, weights[i]);
            }

            rowSum[v] = sum;
            rowMax[v] = max;
        }

        return new MutualAdjacency(offsets, contacts, weights, rowSum, rowMax);
    }
}
