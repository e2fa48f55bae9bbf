using System.Runtime.CompilerServices;
using Stakeholders.Network.Graphs;

namespace Stakeholders.Network.Algorithms.Centrality;

/// <summary>
/// The power iterations behind eigenvector, Katz, HITS and PageRank, written to follow NetworkX 2.8.8 step by step (same
/// start vector, update, normalisation and stopping rule) so the same number of iterations gives the same vector.
/// Every matrix–vector product is one <see cref="PullKernel.Step"/> (a pull over in-arcs, or out-arcs for HITS' hub
/// step) with the algorithm's update and its error or norm fused into the same pass; vertices are independent and run in
/// parallel over fixed blocks.
/// </summary>
internal static class PowerIterations
{
    public static IterativeCentralityResult Eigenvector(CsrGraph graph, EigenvectorOptions options)
    {
        var n = graph.VertexCount;
        if (n == 0)
        {
            return new IterativeCentralityResult([], 0, true, 0) { Graph = graph };
        }

        var useWeights = graph.IsWeighted && options.UseWeights;
        var dop = options.EffectiveParallelism;
        var blocks = VertexBlocks.Count(n);
        var squares = new double[blocks];
        var errors = new double[blocks];
        var x = new double[n];
        var last = new double[n];
        Array.Fill(x, 1.0 / n);
        var error = double.PositiveInfinity;
        for (var iteration = 1; iteration <= options.MaxIterations; iteration++)
        {
            (last, x) = (x, last);
            var current = x;
            var previous = last;

            // (A + I) x: the identity term keeps the iteration from oscillating on bipartite graphs.
            PullKernel.Step(graph, PullKernel.Rows.In, useWeights, previous, new EigenvectorUpdate(previous, current), dop, options.CancellationToken, squares, null);
            var norm = Math.Sqrt(VertexBlocks.SumInOrder(squares));
            if (norm == 0)
            {
                norm = 1;
            }

            VertexBlocks.For(n, dop, options.CancellationToken, (b, start, end) =>
            {
                double err = 0;
                for (var v = start; v < end; v++)
                {
                    current[v] /= norm;
                    err += Math.Abs(current[v] - previous[v]);
                }

                errors[b] = err;
            });
            error = VertexBlocks.SumInOrder(errors);
            if (error < n * options.Tolerance)
            {
                return new IterativeCentralityResult(x, iteration, true, error) { Graph = graph };
            }
        }

        return new IterativeCentralityResult(x, options.MaxIterations, false, error) { Graph = graph };
    }

    public static IterativeCentralityResult Katz(CsrGraph graph, KatzOptions options)
    {
        var n = graph.VertexCount;
        if (n == 0)
        {
            return new IterativeCentralityResult([], 0, true, 0) { Graph = graph };
        }

        var useWeights = graph.IsWeighted && options.UseWeights;
        var dop = options.EffectiveParallelism;
        var errors = new double[VertexBlocks.Count(n)];
        var alpha = options.Alpha;
        var beta = options.Beta;
        var x = new double[n];
        var last = new double[n];
        var error = double.PositiveInfinity;
        var iterations = 0;
        var converged = false;
        while (iterations < options.MaxIterations)
        {
            iterations++;
            (last, x) = (x, last);
            var current = x;
            var previous = last;
            PullKernel.Step(graph, PullKernel.Rows.In, useWeights, previous, new KatzUpdate(alpha, beta, previous, current), dop, options.CancellationToken, errors, null);
            error = VertexBlocks.SumInOrder(errors);
            if (error < n * options.Tolerance)
            {
                converged = true;
                break;
            }
        }

        if (options.Normalized)
        {
            double sq = 0;
            foreach (var value in x)
            {
                sq += value * value;
            }

            var norm = Math.Sqrt(sq);
            if (norm > 0)
            {
                for (var v = 0; v < n; v++)
                {
                    x[v] /= norm;
                }
            }
        }

        return new IterativeCentralityResult(x, iterations, converged, error) { Graph = graph };
    }

    public static HitsResult Hits(CsrGraph graph, HitsOptions options)
    {
        var n = graph.VertexCount;
        if (n == 0)
        {
            return new HitsResult([], [], 0, true, 0) { Graph = graph };
        }

        if (graph.ArcCount == 0)
        {
            throw new ArgumentException("HITS is undefined on a graph without edges (every hub and authority score would be 0/0).", nameof(graph));
        }

        var useWeights = graph.IsWeighted && options.UseWeights;
        var dop = options.EffectiveParallelism;
        var blocks = VertexBlocks.Count(n);
        var maxima = new double[blocks];
        var errors = new double[blocks];
        var h = new double[n];
        var lastH = new double[n];
        var a = new double[n];
        Array.Fill(h, 1.0 / n);
        var error = double.PositiveInfinity;
        var iterations = 0;
        var converged = false;
        while (iterations < options.MaxIterations)
        {
            iterations++;
            (lastH, h) = (h, lastH);
            var hubs = h;
            var previous = lastH;

            // a = Aᵀ h_last, then h = A a, as NetworkX's pure-Python HITS.
            PullKernel.Step(graph, PullKernel.Rows.In, useWeights, previous, new StoreUpdate(a), dop, options.CancellationToken, maxima, null);
            var maxA = PullKernel.MaxInOrder(maxima);
            PullKernel.Step(graph, PullKernel.Rows.Out, useWeights, a, new StoreUpdate(hubs), dop, options.CancellationToken, maxima, null);
            var maxH = PullKernel.MaxInOrder(maxima);
            if (!(maxH > 0) || !(maxA > 0))
            {
                throw new ArgumentException("HITS is undefined here: the hub or authority vector became zero (are all weights zero?).", nameof(graph));
            }

            VertexBlocks.For(n, dop, options.CancellationToken, (b, start, end) =>
            {
                double err = 0;
                for (var v = start; v < end; v++)
                {
                    hubs[v] /= maxH;
                    a[v] /= maxA;
                    err += Math.Abs(hubs[v] - previous[v]);
                }

                errors[b] = err;
            });
            error = VertexBlocks.SumInOrder(errors);
            if (error < options.Tolerance)
            {
                converged = true;
                break;
            }
        }

        if (options.Normalized)
        {
            ScaleToSum(h);
            ScaleToSum(a);
        }

        return new HitsResult(h, a, iterations, converged, error) { Graph = graph };
    }

    public static IterativeCentralityResult PageRank(CsrGraph graph, PageRankOptions options)
    {
        var n = graph.VertexCount;
        if (n == 0)
        {
            return new IterativeCentralityResult([], 0, true, 0) { Graph = graph };
        }

        if (options.Personalization is { } pers && pers.Count != n)
        {
            throw new ArgumentException($"Personalization has {pers.Count} values for {n} vertices.", nameof(options));
        }

        if (options.Dangling is { } dang && dang.Count != n)
        {
            throw new ArgumentException($"Dangling has {dang.Count} values for {n} vertices.", nameof(options));
        }

        var useWeights = graph.IsWeighted && options.UseWeights;
        var dop = options.EffectiveParallelism;
        var blocks = VertexBlocks.Count(n);
        var alpha = options.Damping;

        // Null means uniform (1/n for every vertex), which saves the step reading two n-vectors per iteration.
        var teleport = options.Personalization is null ? null : Distribution(options.Personalization, n);
        var danglingShare = options.Dangling is null ? teleport : Distribution(options.Dangling, n);

        // inverseOut[u] = 1 / out-strength; 0 marks a dangling vertex (no out-weight, so no finite inverse).
        var inverseOut = new double[n];
        var outWeights = graph.Weights;
        var outOffsets = graph.Offsets;
        for (var u = 0; u < n; u++)
        {
            double strength = 0;
            for (var i = outOffsets[u]; i < outOffsets[u + 1]; i++)
            {
                strength += useWeights ? outWeights[i] : 1.0;
            }

            inverseOut[u] = strength != 0 ? 1.0 / strength : 0;
        }

        // x is the rank vector, share[u] = x[u] / out-strength(u) what u passes along each unit of out-weight: the step
        // gathers shares over in-arcs and writes the next rank and share in the same pass, with its L1 change and the
        // rank mass held by dangling vertices as the two block partials.
        var x = new double[n];
        var next = new double[n];
        var share = new double[n];
        var nextShare = new double[n];
        var danglingPartials = new double[blocks];
        var errors = new double[blocks];
        for (var v = 0; v < n; v++)
        {
            x[v] = 1.0 / n;
            share[v] = x[v] * inverseOut[v];
            if (inverseOut[v] == 0)
            {
                danglingPartials[v / VertexBlocks.BlockSize] += x[v];
            }
        }

        var error = double.PositiveInfinity;
        for (var iteration = 1; iteration <= options.MaxIterations; iteration++)
        {
            var danglingMass = VertexBlocks.SumInOrder(danglingPartials);
            var update = new PageRankUpdate(alpha, danglingMass, 1.0 / n, teleport, danglingShare, inverseOut, x, next, nextShare);
            PullKernel.Step(graph, PullKernel.Rows.In, useWeights, share, update, dop, options.CancellationToken, errors, danglingPartials);
            (x, next) = (next, x);
            (share, nextShare) = (nextShare, share);
            error = VertexBlocks.SumInOrder(errors);
            if (error < n * options.Tolerance)
            {
                return new IterativeCentralityResult(x, iteration, true, error) { Graph = graph };
            }
        }

        return new IterativeCentralityResult(x, options.MaxIterations, false, error) { Graph = graph };
    }

    /// <summary>Eigenvector: current = previous + Aᵀprevious; first partial Σ current².</summary>
    private readonly struct EigenvectorUpdate(double[] previous, double[] current) : PullKernel.IUpdate
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Apply(int v, double gathered, ref double first, ref double second)
        {
            var value = previous[v] + gathered;
            current[v] = value;
            first += value * value;
        }
    }

    /// <summary>Katz: current = α·Aᵀprevious + β; first partial the L1 change.</summary>
    private readonly struct KatzUpdate(double alpha, double beta, double[] previous, double[] current) : PullKernel.IUpdate
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Apply(int v, double gathered, ref double first, ref double second)
        {
            var value = (alpha * gathered) + beta;
            current[v] = value;
            first += Math.Abs(value - previous[v]);
        }
    }

    /// <summary>HITS: target = the gathered sum; first partial the largest value (the sums are non-negative).</summary>
    private readonly struct StoreUpdate(double[] target) : PullKernel.IUpdate
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Apply(int v, double gathered, ref double first, ref double second)
        {
            target[v] = gathered;
            first = Math.Max(first, gathered);
        }
    }

    /// <summary>
    /// PageRank: next = α·(gathered shares + dangling mass · dangling distribution) + (1 − α)·teleport, and next share;
    /// first partial the L1 change, second the next rank mass on dangling vertices.
    /// </summary>
    private readonly struct PageRankUpdate(double alpha, double danglingMass, double uniform, double[]? teleport, double[]? danglingShare,
        double[] inverseOut, double[] previous, double[] current, double[] currentShare) : PullKernel.IUpdate
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Apply(int v, double gathered, ref double first, ref double second)
        {
            var toDangling = danglingShare is null ? uniform : danglingShare[v];
            var toTeleport = teleport is null ? uniform : teleport[v];
            var value = (alpha * (gathered + (danglingMass * toDangling))) + ((1 - alpha) * toTeleport);
            current[v] = value;
            var inverse = inverseOut[v];
            currentShare[v] = value * inverse;
            if (inverse == 0)
            {
                second += value;
            }

            first += Math.Abs(value - previous[v]);
        }
    }

    private static double[] Distribution(IReadOnlyList<double> values, int n)
    {
        var result = new double[n];
        double sum = 0;
        for (var i = 0; i < n; i++)
        {
            sum += values[i];
        }

        for (var i = 0; i < n; i++)
        {
            result[i] = values[i] / sum;
        }

        return result;
    }

    private static void ScaleToSum(double[] values)
    {
        double sum = 0;
        foreach (var v in values)
        {
            sum += v;
        }

        for (var i = 0; i < values.Length; i++)
        {
            values[i] /= sum;
        }
    }
}
