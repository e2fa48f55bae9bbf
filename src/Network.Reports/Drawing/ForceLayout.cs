using GraphShape;
using GraphShape.Algorithms.Layout;
using QuikGraph;

namespace Stakeholders.Network.Reports.Drawing;

/// <summary>
/// Seeded Fruchterman–Reingold force-directed layout, run by GraphShape's <c>FRLayoutAlgorithm</c> on a QuikGraph
/// <see cref="BidirectionalGraph{TVertex,TEdge}"/>.
/// </summary>
/// <remarks>
/// <para>
/// Fruchterman, T. M. J. and Reingold, E. M. (1991), "Graph drawing by force-directed placement", Software: Practice and
/// Experience 21(11), 1129–1164, doi:10.1002/spe.4380211102. Every pair of vertices repels with force k²/d, every edge
/// attracts with d²/k, and a cooling temperature caps the step.
/// </para>
/// <para>
/// Determinism: every vertex gets an initial position from <see cref="Random"/> seeded with the given seed (the legacy
/// seeded generator, stable across .NET versions), in vertex order; GraphShape's own random generator is only used for
/// vertices without a position, and is seeded too. The iteration itself has no randomness and runs on one thread, so the
/// same graph and seed give bit-identical coordinates (tested).
/// </para>
/// <para>
/// Cost: O(n²) repulsion per iteration (GraphShape has no Barnes–Hut approximation), plus dictionary look-ups, so it is
/// meant for the few hundred vertices a legible picture holds; <see cref="NetworkDrawing"/> aggregates larger networks
/// before calling it. Edge weights do not change the forces. Parallel edges attract once each, so callers merge them.
/// </para>
/// </remarks>
internal static class ForceLayout
{
    /// <summary>
    /// Lays out <paramref name="vertexCount"/> vertices joined by <paramref name="edges"/> and returns coordinates scaled
    /// into the unit square [0, 1]² (aspect ratio kept, centred).
    /// </summary>
    /// <param name="vertexCount">The number of vertices, n ≥ 0.</param>
    /// <param name="edges">Edges as pairs of vertex positions 0..n-1; self-loops are ignored.</param>
    /// <param name="seed">The seed of the initial positions.</param>
    /// <param name="iterations">The maximum number of FR iterations (GraphShape's default is 200).</param>
    /// <param name="cancellationToken">Cancels the layout between vertices.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative or an edge names a missing vertex.</exception>
    public static (double[] X, double[] Y) Compute(
        int vertexCount,
        IReadOnlyList<(int Source, int Target)> edges,
        int seed,
        int iterations = 200,
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(vertexCount);
        ArgumentOutOfRangeException.ThrowIfNegative(iterations);
        ArgumentNullException.ThrowIfNull(edges);
        var x = new double[vertexCount];
        var y = new double[vertexCount];
        if (vertexCount == 0)
        {
            return (x, y);
        }

        if (vertexCount == 1)
        {
            x[0] = y[0] = 0.5;
            return (x, y);
        }

        var graph = new BidirectionalGraph<int, Edge<int>>(allowParallelEdges: false, vertexCapacity: vertexCount, edgeCapacity: edges.Count);
        for (var v = 0; v < vertexCount; v++)
        {
            graph.AddVertex(v);
        }

        foreach (var (s, t) in edges)
        {
            if ((uint)s >= (uint)vertexCount || (uint)t >= (uint)vertexCount)
            {
                throw new ArgumentOutOfRangeException(nameof(edges), $"Edge ({s}, {t}) names a vertex outside 0..{vertexCount - 1}.");
            }

            if (s != t)
            {
                graph.AddEdge(new Edge<int>(s, t));
            }
        }

        // The free FR variant's ideal edge length is 10; spreading the start over a square whose area grows with n keeps
        // the initial density the same for every size.
        var random = new Random(seed);
        var side = 10.0 * Math.Sqrt(vertexCount);

        // GraphShape clamps positions to x, y >= 0. Vertices pushed against that border pile up almost on top of each
        // other, the k²/d repulsion overflows and every position turns NaN (measured: a 20-vertex tree started in
        // [0, 40]² ends all-NaN after 200 iterations). A vertex moves at most the sum of the temperatures,
        // T0 / (1 - lambda) = 20 * 10 * sqrt(n) with the defaults, so starting 1000 * sqrt(n) away from the border keeps
        // the clamp from ever acting; coordinates are normalised afterwards, so the offset changes nothing else.
        var offset = 1000.0 * Math.Sqrt(vertexCount);
        var initial = new Dictionary<int, Point>(vertexCount);
        for (var v = 0; v < vertexCount; v++)
        {
            initial[v] = new Point(offset + (random.NextDouble() * side), offset + (random.NextDouble() * side));
        }

        var parameters = new FreeFRLayoutParameters { MaxIterations = iterations };
        var algorithm = new FRLayoutAlgorithm<int, Edge<int>, BidirectionalGraph<int, Edge<int>>>(graph, initial, parameters)
        {
            Rand = new Random(seed),
        };

        using (cancellationToken.Register(algorithm.Abort))
        {
            algorithm.Compute();
        }

        cancellationToken.ThrowIfCancellationRequested();
        for (var v = 0; v < vertexCount; v++)
        {
            var p = algorithm.VerticesPositions[v];
            x[v] = p.X;
            y[v] = p.Y;
        }

        NormalizeIntoUnitSquare(x, y);
        return (x, y);
    }

    /// <summary>Scales and centres coordinates into [0, 1]², keeping the aspect ratio; non-finite values go to the centre.</summary>
    internal static void NormalizeIntoUnitSquare(double[] x, double[] y)
    {
        double minX = double.PositiveInfinity, maxX = double.NegativeInfinity, minY = double.PositiveInfinity, maxY = double.NegativeInfinity;
        for (var i = 0; i < x.Length; i++)
        {
            if (!double.IsFinite(x[i]) || !double.IsFinite(y[i]))
            {
                continue;
            }

            minX = Math.Min(minX, x[i]);
            maxX = Math.Max(maxX, x[i]);
            minY = Math.Min(minY, y[i]);
            maxY = Math.Max(maxY, y[i]);
        }

        var span = Math.Max(maxX - minX, maxY - minY);
        if (!double.IsFinite(span) || span <= 0)
        {
            Array.Fill(x, 0.5);
            Array.Fill(y, 0.5);
            return;
        }

        var offsetX = (span - (maxX - minX)) / 2;
        var offsetY = (span - (maxY - minY)) / 2;
        for (var i = 0; i < x.Length; i++)
        {
            if (!double.IsFinite(x[i]) || !double.IsFinite(y[i]))
            {
                x[i] = y[i] = 0.5;
                continue;
            }

            x[i] = (x[i] - minX + offsetX) / span;
            y[i] = (y[i] - minY + offsetY) / span;
        }
    }
}
