using System.Diagnostics.CodeAnalysis;

namespace Stakeholders.Network.Graphs;

/// <summary>
/// The immutable analysis graph: vertices are dense integers <c>0..n-1</c>, edges are stored in compressed sparse row
/// (CSR) form, with per-arc weights and, for directed graphs, the reverse adjacency. Every algorithm runs on it.
/// </summary>
/// <remarks>
/// <para>
/// Layout: the out-neighbours of vertex <c>v</c> are <c>Targets[Offsets[v]..Offsets[v+1]]</c>, sorted ascending, with
/// the matching <c>Weights</c>. An undirected edge <c>{u,v}</c> is stored as the two arcs <c>u→v</c> and <c>v→u</c>;
/// an undirected self-loop is stored once, in its vertex's row, and <see cref="Degree"/> counts it twice as NetworkX does.
/// For directed graphs <see cref="InOffsets"/>/<see cref="InSources"/>/<see cref="InWeights"/> hold the in-neighbours;
/// for undirected graphs they are the same arrays as the out-adjacency.
/// </para>
/// <para>
/// Weights are always present: an unweighted graph stores 1.0 on every arc and reports <see cref="IsWeighted"/> false.
/// <see cref="WeightMeaning"/> says whether weights are strengths or distances; <see cref="GetArcCosts"/> turns them into
/// traversal costs for path measures.
/// </para>
/// <para>Instances never change after construction and are safe for any number of concurrent readers.</para>
/// </remarks>
public sealed class CsrGraph
{
    private readonly int[] _offsets;
    private readonly int[] _targets;
    private readonly double[] _weights;
    private readonly int[] _inOffsets;
    private readonly int[] _inSources;
    private readonly double[] _inWeights;
    private readonly string[] _ids;
    private Dictionary<string, int>? _indexById;
    private readonly int[] _selfLoops;
    private double[]? _arcCosts;
    private double[]? _inArcCosts;

    internal CsrGraph(
        string[] ids,
        bool directed,
        bool weighted,
        WeightMeaning weightMeaning,
        int[] offsets,
        int[] targets,
        double[] weights,
        int[]? inOffsets,
        int[]? inSources,
        double[]? inWeights,
        int edgeCount,
        int[] selfLoops,
        Dictionary<string, int>? indexById = null,
        bool checkIds = true)
    {
        _ids = ids;
        IsDirected = directed;
        IsWeighted = weighted;
        WeightMeaning = weightMeaning;
        _offsets = offsets;
        _targets = targets;
        _weights = weights;
        _inOffsets = inOffsets ?? offsets;
        _inSources = inSources ?? targets;
        _inWeights = inWeights ?? weights;
        EdgeCount = edgeCount;
        _selfLoops = selfLoops;
        // A builder hands over the index it already has. Built here when the ids still need checking for duplicates;
        // otherwise (ids known distinct) on first use: a reader that never looks a vertex up by id does not pay for it.
        // Once set it is never written again, so concurrent reads are safe (racing first uses build equal indexes).
        _indexById = indexById ?? (checkIds ? BuildIndex(ids) : null);
    }

    /// <summary>The number of vertices, n.</summary>
    public int VertexCount => _ids.Length;

    /// <summary>The number of edges, m: each undirected edge and each directed arc counts once, self-loops included.</summary>
    public int EdgeCount { get; }

    /// <summary>The number of stored arcs: m for directed graphs, 2m minus the self-loops for undirected ones.</summary>
    public int ArcCount => _targets.Length;

    /// <summary>Whether edges have a direction.</summary>
    public bool IsDirected { get; }

    /// <summary>Whether the weights carry information (false: every weight is 1).</summary>
    public bool IsWeighted { get; }

    /// <summary>What the weights mean for path measures.</summary>
    public WeightMeaning WeightMeaning { get; }

    /// <summary>The number of self-loops.</summary>
    public int SelfLoopCount => _selfLoops.Length;

    /// <summary>The row offsets of the out-adjacency, length n+1.</summary>
    public ReadOnlySpan<int> Offsets => _offsets;

    /// <summary>The arc heads, row by row, each row sorted ascending.</summary>
    public ReadOnlySpan<int> Targets => _targets;

    /// <summary>The arc weights, parallel to <see cref="Targets"/>.</summary>
    public ReadOnlySpan<double> Weights => _weights;

    /// <summary>The row offsets of the in-adjacency (the out-adjacency for undirected graphs).</summary>
    public ReadOnlySpan<int> InOffsets => _inOffsets;

    /// <summary>The arc tails of the in-adjacency, row by row, sorted ascending.</summary>
    public ReadOnlySpan<int> InSources => _inSources;

    /// <summary>The weights parallel to <see cref="InSources"/>.</summary>
    public ReadOnlySpan<double> InWeights => _inWeights;

    /// <summary>The vertex ids (stakeholder ids), indexed by vertex.</summary>
    public IReadOnlyList<string> VertexIds => _ids;

    /// <summary>The vertices that carry a self-loop, ascending.</summary>
    public ReadOnlySpan<int> SelfLoopVertices => _selfLoops;

    /// <summary>The out-neighbours of <paramref name="v"/> (all neighbours for undirected graphs), ascending.</summary>
    public ReadOnlySpan<int> OutNeighbors(int v) => _targets.AsSpan(_offsets[v], _offsets[v + 1] - _offsets[v]);

    /// <summary>The weights of the arcs in <see cref="OutNeighbors"/>.</summary>
    public ReadOnlySpan<double> OutWeights(int v) => _weights.AsSpan(_offsets[v], _offsets[v + 1] - _offsets[v]);

    /// <summary>The in-neighbours of <paramref name="v"/> (all neighbours for undirected graphs), ascending.</summary>
    public ReadOnlySpan<int> InNeighbors(int v) => _inSources.AsSpan(_inOffsets[v], _inOffsets[v + 1] - _inOffsets[v]);

    /// <summary>The weights of the arcs in <see cref="InNeighbors"/>.</summary>
    public ReadOnlySpan<double> InArcWeights(int v) => _inWeights.AsSpan(_inOffsets[v], _inOffsets[v + 1] - _inOffsets[v]);

    /// <summary>The number of stored out-arcs of <paramref name="v"/> (an undirected self-loop counts once here).</summary>
    public int OutDegree(int v) => _offsets[v + 1] - _offsets[v];

    /// <summary>The number of stored in-arcs of <paramref name="v"/>.</summary>
    public int InDegree(int v) => _inOffsets[v + 1] - _inOffsets[v];

    /// <summary>
    /// The degree as NetworkX counts it: for undirected graphs the number of incident edges with a self-loop counted
    /// twice; for directed graphs in-degree plus out-degree.
    /// </summary>
    public int Degree(int v) => IsDirected ? OutDegree(v) + InDegree(v) : OutDegree(v) + (HasSelfLoop(v) ? 1 : 0);

    /// <summary>Whether <paramref name="v"/> has a self-loop.</summary>
    public bool HasSelfLoop(int v) => _selfLoops.Length > 0 && Array.BinarySearch(_selfLoops, v) >= 0;

    /// <summary>Whether the arc <paramref name="u"/>→<paramref name="v"/> exists (either direction for undirected graphs). O(log deg).</summary>
    public bool HasEdge(int u, int v) => ArcIndex(u, v) >= 0;

    /// <summary>The position of arc <paramref name="u"/>→<paramref name="v"/> in <see cref="Targets"/>, or -1. O(log deg).</summary>
    public int ArcIndex(int u, int v)
    {
        var start = _offsets[u];
        var i = Array.BinarySearch(_targets, start, _offsets[u + 1] - start, v);
        return i >= 0 ? i : -1;
    }

    /// <summary>The weight of arc <paramref name="u"/>→<paramref name="v"/>, or null when absent.</summary>
    public double? EdgeWeight(int u, int v)
    {
        var i = ArcIndex(u, v);
        return i >= 0 ? _weights[i] : null;
    }

    /// <summary>The id of vertex <paramref name="v"/>.</summary>
    public string IdOf(int v) => _ids[v];

    /// <summary>The vertex with that id.</summary>
    /// <exception cref="UnknownStakeholderException">No vertex has that id (use <see cref="TryGetIndex"/> to test).</exception>
    public int IndexOf(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return Index.TryGetValue(id, out var v) ? v : throw new UnknownStakeholderException(id, $"No vertex has the id '{id}' in this graph.");
    }

    /// <summary>Looks a vertex up by id: false (and -1) when no vertex has that id.</summary>
    public bool TryGetIndex(string id, out int vertex)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (Index.TryGetValue(id, out vertex))
        {
            return true;
        }

        vertex = -1;
        return false;
    }

    /// <summary>
    /// Traversal costs parallel to <see cref="Targets"/>: the weight for <see cref="WeightMeaning.Distance"/>, its inverse for
    /// <see cref="WeightMeaning.Strength"/> (an arc of strength 0 costs +∞, i.e. cannot be traversed), and 1 for unweighted graphs.
    /// Computed once, then cached.
    /// </summary>
    public ReadOnlySpan<double> GetArcCosts() => _arcCosts ??= ToCosts(_weights);

    /// <summary>Traversal costs parallel to <see cref="InSources"/>, as <see cref="GetArcCosts"/>.</summary>
    public ReadOnlySpan<double> GetInArcCosts() => IsDirected ? _inArcCosts ??= ToCosts(_inWeights) : GetArcCosts();

    /// <summary>The sum of all edge weights (each undirected edge once).</summary>
    public double TotalWeight()
    {
        double sum = 0;
        for (var u = 0; u < VertexCount; u++)
        {
            var row = OutNeighbors(u);
            var w = OutWeights(u);
            for (var i = 0; i < row.Length; i++)
            {
                if (IsDirected || row[i] >= u)
                {
                    sum += w[i];
                }
            }
        }

        return sum;
    }

    /// <summary>The edges, each once (<c>u ≤ v</c> for undirected graphs), in row order.</summary>
    public IEnumerable<(int Source, int Target, double Weight)> Edges()
    {
        for (var u = 0; u < VertexCount; u++)
        {
            for (var i = _offsets[u]; i < _offsets[u + 1]; i++)
            {
                var v = _targets[i];
                if (IsDirected || v >= u)
                {
                    yield return (u, v, _weights[i]);
                }
            }
        }
    }

    /// <summary>
    /// The same vertices with every arc read without direction: reciprocal arcs <c>u→v</c>, <c>v→u</c> become one edge whose
    /// weight follows <paramref name="policy"/> (summed by default). Returns this graph when it is already undirected.
    /// </summary>
    public CsrGraph ToUndirected(ParallelEdgePolicy policy = ParallelEdgePolicy.Sum)
    {
        if (!IsDirected)
        {
            return this;
        }

        var builder = new CsrGraphBuilder(_ids) { Directed = false, Weighted = IsWeighted, WeightMeaning = WeightMeaning, ParallelEdges = policy };
        foreach (var (u, v, w) in Edges())
        {
            builder.AddEdge(u, v, w);
        }

        return builder.Build();
    }

    /// <summary>
    /// The subgraph induced by the given vertices, renumbered in ascending order of their old numbers; ids, direction,
    /// weights and weight meaning are kept. <paramref name="oldVertexOf"/> maps each new vertex to its old number.
    /// </summary>
    public CsrGraph InducedSubgraph(IEnumerable<int> vertices, out int[] oldVertexOf)
    {
        ArgumentNullException.ThrowIfNull(vertices);
        var keep = vertices.Distinct().Order().ToArray();
        var newOf = new int[VertexCount];
        Array.Fill(newOf, -1);
        for (var i = 0; i < keep.Length; i++)
        {
            if ((uint)keep[i] >= (uint)VertexCount)
            {
                throw new ArgumentOutOfRangeException(nameof(vertices), keep[i], "Vertex out of range.");
            }

            newOf[keep[i]] = i;
        }

        var builder = new CsrGraphBuilder(keep.Select(v => _ids[v]).ToArray())
        {
            Directed = IsDirected,
            Weighted = IsWeighted,
            WeightMeaning = WeightMeaning,
            ParallelEdges = ParallelEdgePolicy.First,
        };
        foreach (var (u, v, w) in Edges())
        {
            if (newOf[u] >= 0 && newOf[v] >= 0)
            {
                builder.AddEdge(newOf[u], newOf[v], w);
            }
        }

        oldVertexOf = keep;
        return builder.Build();
    }

    private double[] ToCosts(double[] weights)
    {
        var costs = new double[weights.Length];
        if (!IsWeighted)
        {
            Array.Fill(costs, 1.0);
        }
        else if (WeightMeaning == WeightMeaning.Distance)
        {
            weights.CopyTo(costs, 0);
        }
        else
        {
            for (var i = 0; i < weights.Length; i++)
            {
                costs[i] = weights[i] > 0 ? 1.0 / weights[i] : double.PositiveInfinity;
            }
        }

        return costs;
    }

    private Dictionary<string, int> Index
    {
        get
        {
            var index = _indexById;
            if (index is null)
            {
                index = BuildIndex(_ids);
                index = Interlocked.CompareExchange(ref _indexById, index, null) ?? index;
            }

            return index;
        }
    }

    private static Dictionary<string, int> BuildIndex(string[] ids)
    {
        var map = new Dictionary<string, int>(ids.Length, StringComparer.Ordinal);
        for (var i = 0; i < ids.Length; i++)
        {
            if (!map.TryAdd(ids[i], i))
            {
                throw new ArgumentException($"Duplicate vertex id '{ids[i]}'.", nameof(ids));
            }
        }

        return map;
    }

    /// <summary>Whether <paramref name="v"/> is a valid vertex number.</summary>
    public bool IsVertex(int v) => (uint)v < (uint)VertexCount;

    /// <summary>Throws when <paramref name="v"/> is not a valid vertex number.</summary>
    public void ThrowIfNotVertex(int v, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(v))] string? name = null)
    {
        if (!IsVertex(v))
        {
            ThrowOutOfRange(v, name);
        }
    }

    [DoesNotReturn]
    private void ThrowOutOfRange(int v, string? name) =>
        throw new ArgumentOutOfRangeException(name, v, $"Vertex {v} is outside 0..{VertexCount - 1}.");
}
