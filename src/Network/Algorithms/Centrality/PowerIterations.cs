using Stakeholders.Network.Graphs;

namespace Stakeholders.Network.Algorithms.Centrality;

/// <summary>
/// The power iterations behind eigenvector, Katz, HITS and PageRank, written to follow NetworkX 2.8.8 step by step (same
/// start vector, update, normalisation and stopping rule) so the same number of iterations gives the same vector.
/// Each update pulls over a vertex's in-arcs, so vertices are independent and run in parallel over fixed blocks.
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
            VertexBlocks.For(n, dop, options.CancellationToken, (b, start, end) =>
            {
                var offsets = graph.InOffsets;
                var sources = graph.InSources;
                var weights = graph.InWeights;
                double sq = 0;
                for (var v = start; v < end; v++)
                {
                    // (A + I) x: the identity term keeps the iteration from oscillating on bipartite graphs.
                    var sum = previous[v];
                    var rowEnd = offsets[v + 1];
                    if (useWeights)
                    {
                        for (var i = offsets[v]; i < rowEnd; i++)
                        {
                            sum += weights[i] * previous[sources[i]];
                        }
                    }
                    else
                    {
                        for (var i = offsets[v]; i < rowEnd; i++)
                        {
                            sum += previous[sources[i]];
                        }
                    }

                    current[v] = sum;
                    sq += sum * sum;
                }

                squares[b] = sq;
            });
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
            VertexBlocks.For(n, dop, options.CancellationToken, (b, start, end) =>
            {
                var offsets = graph.InOffsets;
                var sources = graph.InSources;
                var weights = graph.InWeights;
                double err = 0;
                for (var v = start; v < end; v++)
                {
                    double sum = 0;
                    var rowEnd = offsets[v + 1];
                    if (useWeights)
                    {
                        for (var i = offsets[v]; i < rowEnd; i++)
                        {
                            sum += previous[sources[i]] * weights[i];
                        }
                    }
                    else
                    {
                        for (var i = offsets[v]; i < rowEnd; i++)
                        {
                            sum += previous[sources[i]];
                        }
                    }

                    var value = (alpha * sum) + beta;
                    current[v] = value;
                    err += Math.Abs(value - previous[v]);
                }

                errors[b] = err;
            });
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
            VertexBlocks.For(n, dop, options.CancellationToken, (b, start, end) =>
            {
                var offsets = graph.InOffsets;
                var sources = graph.InSources;
                var weights = graph.InWeights;
                var max = 0.0;
                for (var v = start; v < end; v++)
                {
                    double sum = 0;
                    for (var i = offsets[v]; i < offsets[v + 1]; i++)
                    {
                        sum += previous[sources[i]] * (useWeights ? weights[i] : 1.0);
                    }

                    a[v] = sum;
                    max = Math.Max(max, sum);
                }

                maxima[b] = max;
            });
            var maxA = maxima.Max();
            VertexBlocks.For(n, dop, options.CancellationToken, (b, start, end) =>
            {
                var offsets = graph.Offsets;
                var targets = graph.Targets;
                var weights = graph.Weights;
                var max = 0.0;
                for (var u = start; u < end; u++)
                {
                    double sum = 0;
                    for (var i = offsets[u]; i < offsets[u + 1]; i++)
                    {
                        sum += a[targets[i]] * (useWeights ? weights[i] : 1.0);
                    }

                    hubs[u] = sum;
                    max = Math.Max(max, sum);
                }

                maxima[b] = max;
            });
            var maxH = maxima.Max();
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

        var teleport = Distribution(options.Personalization, n);
        var danglingShare = options.Dangling is null ? teleport : Distribution(options.Dangling, n);

        // inverseOut[u] = 1 / out-strength, 0 for dangling vertices (no out-weight), which are flagged separately.
        var inverseOut = new double[n];
        var isDangling = new bool[n];
        var outWeights = graph.Weights;
        var outOffsets = graph.Offsets;
        for (var u = 0; u < n; u++)
        {
            double strength = 0;
            for (var i = outOffsets[u]; i < outOffsets[u + 1]; i++)
            {
                strength += useWeights ? outWeights[i] : 1.0;
            }

            if (strength != 0)
            {
                inverseOut[u] = 1.0 / strength;
            }
            else
            {
                isDangling[u] = true;
            }
        }

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
            if (isDangling[v])
            {
                danglingPartials[v / VertexBlocks.BlockSize] += x[v];
            }
        }

        var error = double.PositiveInfinity;
        for (var iteration = 1; iteration <= options.MaxIterations; iteration++)
        {
            var danglingMass = VertexBlocks.SumInOrder(danglingPartials);
            var previous = x;
            var current = next;
            var shareIn = share;
            var shareOut = nextShare;
            VertexBlocks.For(n, dop, options.CancellationToken, (b, start, end) =>
            {
                var offsets = graph.InOffsets;
                var sources = graph.InSources;
                var weights = graph.InWeights;
                double err = 0;
                double dangling = 0;
                for (var v = start; v < end; v++)
                {
                    double sum = 0;
                    var rowEnd = offsets[v + 1];
                    if (useWeights)
                    {
                        for (var i = offsets[v]; i < rowEnd; i++)
                        {
                            sum += shareIn[sources[i]] * weights[i];
                        }
                    }
                    else
                    {
                        for (var i = offsets[v]; i < rowEnd; i++)
                        {
                            sum += shareIn[sources[i]];
                        }
                    }

                    var value = (alpha * (sum + (danglingMass * danglingShare[v]))) + ((1 - alpha) * teleport[v]);
                    current[v] = value;
                    shareOut[v] = value * inverseOut[v];
                    if (isDangling[v])
                    {
                        dangling += value;
                    }

                    err += Math.Abs(value - previous[v]);
                }

                errors[b] = err;
                danglingPartials[b] = dangling;
            });
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

    private static double[] Distribution(IReadOnlyList<double>? values, int n)
    {
        var result = new double[n];
        if (values is null)
        {
            Array.Fill(result, 1.0 / n);
            return result;
        }

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
