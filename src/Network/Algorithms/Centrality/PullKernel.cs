using System.Runtime.CompilerServices;
using Stakeholders.Network.Graphs;

namespace Stakeholders.Network.Algorithms.Centrality;

/// <summary>
/// The one sparse matrix–vector step shared by eigenvector, Katz, HITS and PageRank: for every vertex v, gather
/// g = Σ w·x[u] over the rows of a CSR adjacency (the in-arcs for Aᵀx, the out-arcs for Ax), then hand (v, g) to the
/// algorithm's own update, which writes its vectors and adds to at most two per-block partial sums. The update is a
/// struct type argument, so the JIT compiles one specialised loop per algorithm with the update inlined: the gather, the
/// update and the error or norm of the step run in a single pass over the vertices. Vertices run in fixed blocks
/// (<see cref="VertexBlocks"/>), in parallel when allowed, and the partials are summed (or maxed) in block order, so
/// results are bit-identical for every thread count.
/// </summary>
internal static class PullKernel
{
    /// <summary>Which adjacency a step gathers over.</summary>
    public enum Rows
    {
        /// <summary>The in-arcs: g = (Aᵀx)[v], summed over the tails u of arcs u → v.</summary>
        In,

        /// <summary>The out-arcs: g = (Ax)[v], summed over the heads u of arcs v → u.</summary>
        Out,
    }

    /// <summary>An algorithm's per-vertex update: gets the gathered sum, writes its vectors, adds to the block partials.</summary>
    public interface IUpdate
    {
        /// <summary>Handles vertex <paramref name="v"/> whose gathered sum is <paramref name="gathered"/>.</summary>
        void Apply(int v, double gathered, ref double first, ref double second);
    }

    /// <summary>
    /// Runs one step over every vertex: <c>update.Apply(v, Σ w·x[u], ...)</c>. Block b's partials land in
    /// <paramref name="first"/>[b] and, when given, <paramref name="second"/>[b]; a partial starts at 0.
    /// </summary>
    public static void Step<TUpdate>(CsrGraph graph, Rows rows, bool useWeights, double[] x, TUpdate update, int maxDegreeOfParallelism,
        CancellationToken cancellationToken, double[] first, double[]? second)
        where TUpdate : struct, IUpdate
    {
        VertexBlocks.For(graph.VertexCount, maxDegreeOfParallelism, cancellationToken, (b, start, end) =>
        {
            var offsets = rows == Rows.In ? graph.InOffsets : graph.Offsets;
            var heads = rows == Rows.In ? graph.InSources : graph.Targets;
            var weights = rows == Rows.In ? graph.InWeights : graph.Weights;
            var u = update;
            double a = 0, c = 0;
            if (useWeights)
            {
                for (var v = start; v < end; v++)
                {
                    u.Apply(v, WeightedRowSum(offsets, heads, weights, x, v), ref a, ref c);
                }
            }
            else
            {
                for (var v = start; v < end; v++)
                {
                    u.Apply(v, RowSum(offsets, heads, x, v), ref a, ref c);
                }
            }

            first[b] = a;
            if (second is not null)
            {
                second[b] = c;
            }
        });
    }

    /// <summary>Σ x[heads[i]] over row <paramref name="v"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double RowSum(ReadOnlySpan<int> offsets, ReadOnlySpan<int> heads, double[] x, int v)
    {
        double sum = 0;
        var end = offsets[v + 1];
        for (var i = offsets[v]; i < end; i++)
        {
            sum += x[heads[i]];
        }

        return sum;
    }

    /// <summary>Σ weights[i]·x[heads[i]] over row <paramref name="v"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double WeightedRowSum(ReadOnlySpan<int> offsets, ReadOnlySpan<int> heads, ReadOnlySpan<double> weights, double[] x, int v)
    {
        double sum = 0;
        var end = offsets[v + 1];
        for (var i = offsets[v]; i < end; i++)
        {
            sum += weights[i] * x[heads[i]];
        }

        return sum;
    }

    /// <summary>The largest block partial (the partials of a max reduction are non-negative).</summary>
    public static double MaxInOrder(double[] partials)
    {
        var max = 0.0;
        foreach (var p in partials)
        {
            max = Math.Max(max, p);
        }

        return max;
    }
}
