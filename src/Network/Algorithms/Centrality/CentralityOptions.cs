using System.Globalization;

namespace Stakeholders.Network.Algorithms.Centrality;

/// <summary>Which arcs a degree-type measure counts.</summary>
public enum DegreeDirection
{
    /// <summary>All incident edges (in plus out for directed graphs), as NetworkX's <c>degree</c>.</summary>
    All,

    /// <summary>Incoming arcs only (directed graphs only, as NetworkX's <c>in_degree</c>).</summary>
    In,

    /// <summary>Outgoing arcs only (directed graphs only, as NetworkX's <c>out_degree</c>).</summary>
    Out,
}

/// <summary>Settings every centrality options record shares.</summary>
public abstract record CentralityOptionsBase
{
    /// <summary>
    /// The most threads the algorithm may use; -1 (the default) means one per core. Results are bit-identical for every
    /// value: work is split into fixed blocks whose partial results are combined in block order.
    /// </summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>
    /// When true, a weighted graph is treated as unweighted (every arc counts 1). Default false: path measures use
    /// <see cref="Graphs.CsrGraph.GetArcCosts"/> and strength measures use the weights as stored. True gives NetworkX's
    /// default (<c>weight=None</c>) on weighted graphs for betweenness, closeness, harmonic, eigenvector and Katz.
    /// </summary>
    public bool IgnoreWeights { get; init; }

    /// <summary>Cancels the computation; checked between sources or iterations.</summary>
    public CancellationToken CancellationToken { get; init; }

    /// <summary>Checks every setting; throws <see cref="ArgumentException"/> naming the bad one.</summary>
    public virtual void Validate()
    {
        if (MaxDegreeOfParallelism is 0 or < -1)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"MaxDegreeOfParallelism must be -1 (all cores) or at least 1, not {MaxDegreeOfParallelism}."),
                nameof(MaxDegreeOfParallelism));
        }
    }

    /// <summary>The thread count to use: the setting, or the number of cores for -1.</summary>
    internal int EffectiveParallelism => MaxDegreeOfParallelism == -1 ? Environment.ProcessorCount : MaxDegreeOfParallelism;

    /// <summary>Throws <see cref="ArgumentException"/> for a non-finite or out-of-range number.</summary>
    private protected static void RequireInRange(double value, double min, double max, bool minInclusive, bool maxInclusive, string name)
    {
        var ok = double.IsFinite(value)
            && (minInclusive ? value >= min : value > min)
            && (maxInclusive ? value <= max : value < max);
        if (!ok)
        {
            var range = string.Create(CultureInfo.InvariantCulture, $"{(minInclusive ? '[' : '(')}{min}, {max}{(maxInclusive ? ']' : ')')}");
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{name} must be a finite number in {range}, not {value}."), name);
        }
    }

    private protected static void RequirePositive(int value, string name)
    {
        if (value < 1)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{name} must be at least 1, not {value}."), name);
        }
    }
}

/// <summary>Options for vertex betweenness (<see cref="CentralityMeasures.Betweenness"/>).</summary>
public sealed record BetweennessOptions : CentralityOptionsBase
{
    /// <summary>Default options: normalised, without endpoints, exact (all sources), weights used when the graph has them.</summary>
    public static BetweennessOptions Default { get; } = new();

    /// <summary>
    /// Divide by the number of ordered pairs that can have an intermediate vertex: <c>(n-1)(n-2)</c>, or <c>n(n-1)</c> with
    /// endpoints. Default true, as NetworkX. When false, undirected scores are halved (each pair counted once).
    /// </summary>
    public bool Normalized { get; init; } = true;

    /// <summary>Count the endpoints of each path as lying on it (Brandes 2008, §3.1). Default false.</summary>
    public bool Endpoints { get; init; }

    /// <summary>
    /// When set, estimate from this many source vertices drawn without replacement with <see cref="Seed"/>, scaling by
    /// <c>n/k</c> as NetworkX's <c>k=</c> does (Brandes &amp; Pich 2007). Default null: every vertex is a source (exact).
    /// </summary>
    public int? SampleSize { get; init; }

    /// <summary>The seed of the source sample (used only with <see cref="SampleSize"/>). Default 0.</summary>
    public int Seed { get; init; }

    /// <summary>
    /// Explicit source vertices for the estimate instead of a seeded draw (duplicates are refused); scaled as a sample of
    /// <c>k = Sources.Count</c>. Lets a caller reproduce a sample drawn elsewhere, e.g. by NetworkX.
    /// </summary>
    public IReadOnlyList<int>? Sources { get; init; }

    /// <inheritdoc/>
    public override void Validate()
    {
        base.Validate();
        if (SampleSize is { } k)
        {
            RequirePositive(k, nameof(SampleSize));
        }

        if (Sources is not null && SampleSize is { } k2 && k2 != Sources.Count)
        {
            throw new ArgumentException("SampleSize and Sources disagree: give one of them, or SampleSize equal to Sources.Count.", nameof(SampleSize));
        }

        if (Sources is { Count: 0 })
        {
            throw new ArgumentException("Sources must not be empty.", nameof(Sources));
        }
    }
}

/// <summary>Options for edge betweenness (<see cref="CentralityMeasures.EdgeBetweenness"/>).</summary>
public sealed record EdgeBetweennessOptions : CentralityOptionsBase
{
    /// <summary>Default options: normalised by <c>n(n-1)</c>, exact, weights used when the graph has them.</summary>
    public static EdgeBetweennessOptions Default { get; } = new();

    /// <summary>Divide by <c>n(n-1)</c>. Default true. When false, undirected scores are halved.</summary>
    public bool Normalized { get; init; } = true;

    /// <summary>As <see cref="BetweennessOptions.SampleSize"/>: estimate from k seeded sources, scaled by <c>n/k</c>.</summary>
    public int? SampleSize { get; init; }

    /// <summary>The seed of the source sample. Default 0.</summary>
    public int Seed { get; init; }

    /// <summary>Explicit source vertices, as <see cref="BetweennessOptions.Sources"/>.</summary>
    public IReadOnlyList<int>? Sources { get; init; }

    /// <inheritdoc/>
    public override void Validate()
    {
        base.Validate();
        if (SampleSize is { } k)
        {
            RequirePositive(k, nameof(SampleSize));
        }

        if (Sources is not null && SampleSize is { } k2 && k2 != Sources.Count)
        {
            throw new ArgumentException("SampleSize and Sources disagree: give one of them, or SampleSize equal to Sources.Count.", nameof(SampleSize));
        }

        if (Sources is { Count: 0 })
        {
            throw new ArgumentException("Sources must not be empty.", nameof(Sources));
        }
    }
}

/// <summary>Options for closeness (<see cref="CentralityMeasures.Closeness"/>).</summary>
public sealed record ClosenessOptions : CentralityOptionsBase
{
    /// <summary>Default options: Wasserman–Faust correction on, weights used when the graph has them.</summary>
    public static ClosenessOptions Default { get; } = new();

    /// <summary>
    /// Scale each score by the fraction of other vertices that reach it, <c>(r-1)/(n-1)</c> (Wasserman &amp; Faust 1994),
    /// so vertices of small components do not score high. Default true, as NetworkX's <c>wf_improved</c>.
    /// </summary>
    public bool WassermanFaustCorrection { get; init; } = true;
}

/// <summary>Options for harmonic centrality (<see cref="CentralityMeasures.Harmonic"/>).</summary>
public sealed record HarmonicOptions : CentralityOptionsBase
{
    /// <summary>Default options: raw sums (as NetworkX), weights used when the graph has them.</summary>
    public static HarmonicOptions Default { get; } = new();

    /// <summary>Divide by <c>n-1</c> (igraph's <c>normalized=True</c>). Default false, as NetworkX.</summary>
    public bool Normalized { get; init; }
}

/// <summary>Settings shared by the power-iteration measures.</summary>
public abstract record IterativeCentralityOptions : CentralityOptionsBase
{
    /// <summary>The iteration limit.</summary>
    public abstract int MaxIterations { get; init; }

    /// <summary>The convergence tolerance, in the measure's own norm (see each measure).</summary>
    public abstract double Tolerance { get; init; }

    /// <inheritdoc/>
    public override void Validate()
    {
        base.Validate();
        RequirePositive(MaxIterations, nameof(MaxIterations));
        RequireInRange(Tolerance, 0, double.MaxValue, false, true, nameof(Tolerance));
    }
}

/// <summary>Options for eigenvector centrality (<see cref="CentralityMeasures.Eigenvector"/>).</summary>
public sealed record EigenvectorOptions : IterativeCentralityOptions
{
    /// <summary>Default options: 100 iterations, tolerance 1e-6 (times n, on the L1 change), weights as stored.</summary>
    public static EigenvectorOptions Default { get; } = new();

    /// <summary>The iteration limit. Default 100, as NetworkX.</summary>
    public override int MaxIterations { get; init; } = 100;

    /// <summary>Stop when the L1 change of the unit-norm vector falls below <c>n·Tolerance</c>. Default 1e-6, as NetworkX.</summary>
    public override double Tolerance { get; init; } = 1e-6;
}

/// <summary>Options for Katz centrality (<see cref="CentralityMeasures.Katz"/>).</summary>
public sealed record KatzOptions : IterativeCentralityOptions
{
    /// <summary>Default options: alpha 0.1, beta 1, 1000 iterations, tolerance 1e-6, normalised.</summary>
    public static KatzOptions Default { get; } = new();

    /// <summary>The attenuation factor α; it must be below 1/λ_max for the series to converge. Default 0.1, as NetworkX.</summary>
    public double Alpha { get; init; } = 0.1;

    /// <summary>The exogenous weight β given to every vertex. Default 1, as NetworkX.</summary>
    public double Beta { get; init; } = 1.0;

    /// <summary>Scale the result to unit Euclidean norm. Default true, as NetworkX.</summary>
    public bool Normalized { get; init; } = true;

    /// <summary>The iteration limit. Default 1000, as NetworkX.</summary>
    public override int MaxIterations { get; init; } = 1000;

    /// <summary>Stop when the L1 change falls below <c>n·Tolerance</c>. Default 1e-6, as NetworkX.</summary>
    public override double Tolerance { get; init; } = 1e-6;

    /// <inheritdoc/>
    public override void Validate()
    {
        base.Validate();
        RequireInRange(Alpha, 0, double.MaxValue, false, true, nameof(Alpha));
        RequireInRange(Beta, double.MinValue, double.MaxValue, true, true, nameof(Beta));
    }
}

/// <summary>Options for PageRank (<see cref="CentralityMeasures.PageRank"/>).</summary>
public sealed record PageRankOptions : IterativeCentralityOptions
{
    /// <summary>Default options: damping 0.85, uniform teleport and dangling distribution, 100 iterations, tolerance 1e-6.</summary>
    public static PageRankOptions Default { get; } = new();

    /// <summary>The damping factor (NetworkX's <c>alpha</c>), the chance of following an arc. Default 0.85.</summary>
    public double Damping { get; init; } = 0.85;

    /// <summary>
    /// The teleport distribution, one non-negative value per vertex (normalised to sum 1 here). Default null: uniform.
    /// </summary>
    public IReadOnlyList<double>? Personalization { get; init; }

    /// <summary>
    /// Where the rank of dangling vertices (no out-weight) goes, one non-negative value per vertex (normalised here).
    /// Default null: the personalization distribution, as NetworkX.
    /// </summary>
    public IReadOnlyList<double>? Dangling { get; init; }

    /// <summary>The iteration limit. Default 100, as NetworkX.</summary>
    public override int MaxIterations { get; init; } = 100;

    /// <summary>Stop when the L1 change falls below <c>n·Tolerance</c>. Default 1e-6, as NetworkX.</summary>
    public override double Tolerance { get; init; } = 1e-6;

    /// <inheritdoc/>
    public override void Validate()
    {
        base.Validate();
        RequireInRange(Damping, 0, 1, true, false, nameof(Damping));
        ValidateDistribution(Personalization, nameof(Personalization));
        ValidateDistribution(Dangling, nameof(Dangling));
    }

    private static void ValidateDistribution(IReadOnlyList<double>? values, string name)
    {
        if (values is null)
        {
            return;
        }

        double sum = 0;
        for (var i = 0; i < values.Count; i++)
        {
            if (!double.IsFinite(values[i]) || values[i] < 0)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{name}[{i}] must be finite and non-negative, not {values[i]}."), name);
            }

            sum += values[i];
        }

        if (!(sum > 0))
        {
            throw new ArgumentException($"{name} must have a positive sum.", name);
        }
    }
}

/// <summary>Options for HITS hubs and authorities (<see cref="CentralityMeasures.Hits"/>).</summary>
public sealed record HitsOptions : IterativeCentralityOptions
{
    /// <summary>Default options: 100 iterations, tolerance 1e-8, normalised to sum 1.</summary>
    public static HitsOptions Default { get; } = new();

    /// <summary>Scale hubs and authorities each to sum 1. Default true, as NetworkX.</summary>
    public bool Normalized { get; init; } = true;

    /// <summary>The iteration limit. Default 100, as NetworkX.</summary>
    public override int MaxIterations { get; init; } = 100;

    /// <summary>Stop when the L1 change of the max-scaled hub vector falls below this. Default 1e-8, as NetworkX.</summary>
    public override double Tolerance { get; init; } = 1e-8;
}
