using System.Globalization;
using System.Runtime.InteropServices;

namespace Stakeholders.Network.Graphs;

/// <summary>
/// Collects vertices and edges and builds an immutable <see cref="CsrGraph"/>.
/// </summary>
/// <remarks>
/// Edges added more than once between the same pair (in either order, for undirected graphs) are merged into one,
/// with the weight chosen by <see cref="ParallelEdges"/> (summed by default). Build time is O(n + m): two counting sorts
/// (by second endpoint, then by first) group parallel edges without comparisons; memory O(n + m). Not thread-safe; the graph it builds is.
/// </remarks>
public sealed class CsrGraphBuilder
{
    private readonly List<string> _ids;
    private readonly Dictionary<string, int> _indexById;
    private int[] _sources = new int[16];
    private int[] _targets = new int[16];
    private double[] _weights = new double[16];
    private int _edgeCount;

    /// <summary>A builder with no vertices yet; add them with <see cref="AddVertex"/> or by id in <see cref="AddEdge(string, string, double)"/>.</summary>
    public CsrGraphBuilder()
    {
        _ids = [];
        _indexById = new Dictionary<string, int>(StringComparer.Ordinal);
    }

    /// <summary>A builder with the given vertex ids, numbered in order.</summary>
    /// <exception cref="ArgumentException">An id occurs twice.</exception>
    public CsrGraphBuilder(IEnumerable<string> vertexIds)
        : this()
    {
        ArgumentNullException.ThrowIfNull(vertexIds);
        foreach (var id in vertexIds)
        {
            if (_indexById.ContainsKey(id))
            {
                throw new ArgumentException($"Duplicate vertex id '{id}'.", nameof(vertexIds));
            }

            AddVertex(id);
        }
    }

    /// <summary>A builder with <paramref name="vertexCount"/> vertices whose ids are <c>"0"</c>, <c>"1"</c>, ...</summary>
    public CsrGraphBuilder(int vertexCount)
        : this(Enumerable.Range(0, vertexCount >= 0 ? vertexCount : throw new ArgumentOutOfRangeException(nameof(vertexCount)))
            .Select(i => i.ToString(CultureInfo.InvariantCulture)))
    {
    }

    /// <summary>Whether the graph is directed. Default false.</summary>
    public bool Directed { get; set; }

    /// <summary>Whether the weights carry information. Default false: every weight is stored as 1.</summary>
    public bool Weighted { get; set; }

    /// <summary>What the weights mean for path measures. Default <see cref="Graphs.WeightMeaning.Strength"/>.</summary>
    public WeightMeaning WeightMeaning { get; set; } = WeightMeaning.Strength;

    /// <summary>How edges added more than once are merged. Default <see cref="ParallelEdgePolicy.Sum"/>.</summary>
    public ParallelEdgePolicy ParallelEdges { get; set; } = ParallelEdgePolicy.Sum;

    /// <summary>The number of vertices so far.</summary>
    public int VertexCount => _ids.Count;

    /// <summary>The number of edges added so far, before merging.</summary>
    public int AddedEdgeCount => _edgeCount;

    /// <summary>Adds a vertex with that id, or returns the existing one's number.</summary>
    public int AddVertex(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (_indexById.TryGetValue(id, out var v))
        {
            return v;
        }

        v = _ids.Count;
        _ids.Add(id);
        _indexById.Add(id, v);
        return v;
    }

    /// <summary>Makes room for <paramref name="count"/> edges in all, so a reader that knows its size adds them without regrowing.</summary>
    internal void EnsureEdgeCapacity(int count)
    {
        if (count > _sources.Length)
        {
            Array.Resize(ref _sources, count);
            Array.Resize(ref _targets, count);
            Array.Resize(ref _weights, count);
        }
    }

    /// <summary>Adds an edge between two vertex numbers.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A vertex does not exist, or the weight is negative, infinite or NaN.</exception>
    public CsrGraphBuilder AddEdge(int source, int target, double weight = 1.0)
    {
        if ((uint)source >= (uint)_ids.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(source), source, $"Vertex {source} does not exist (there are {_ids.Count}).");
        }

        if ((uint)target >= (uint)_ids.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(target), target, $"Vertex {target} does not exist (there are {_ids.Count}).");
        }

        if (!double.IsFinite(weight) || weight < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(weight), weight, "Edge weights must be finite and non-negative.");
        }

        if (_edgeCount == _sources.Length)
        {
            var size = _sources.Length * 2;
            Array.Resize(ref _sources, size);
            Array.Resize(ref _targets, size);
            Array.Resize(ref _weights, size);
        }

        _sources[_edgeCount] = source;
        _targets[_edgeCount] = target;
        _weights[_edgeCount] = weight;
        _edgeCount++;
        return this;
    }

    /// <summary>Adds an edge between two vertex ids, adding the vertices when new.</summary>
    public CsrGraphBuilder AddEdge(string source, string target, double weight = 1.0) =>
        AddEdge(AddVertex(source), AddVertex(target), weight);

    /// <summary>Builds the graph.</summary>
    public CsrGraph Build() =>
        Build([.. _ids], _sources, _targets, Weighted ? _weights : null, _edgeCount, Directed, Weighted, WeightMeaning, ParallelEdges,
            new Dictionary<string, int>(_indexById, StringComparer.Ordinal));

    /// <summary>
    /// Builds a graph from edge arrays that are already checked: every endpoint in <c>0..ids.Length-1</c>, every weight
    /// finite and non-negative, the ids distinct. The same graph <see cref="Build()"/> gives for the same edges added in
    /// the same order; the arrays are read, never kept or changed.
    /// </summary>
    /// <param name="ids">The vertex ids (kept by the graph).</param>
    /// <param name="sources">Edge sources; the first <paramref name="edgeCount"/> entries are used.</param>
    /// <param name="targets">Edge targets.</param>
    /// <param name="weights">Edge weights, or null for 1 on every edge; ignored unless <paramref name="weighted"/>.</param>
    /// <param name="edgeCount">The number of edges.</param>
    /// <param name="directed">Whether edges have a direction.</param>
    /// <param name="weighted">Whether the weights carry information (false: every merged weight is 1).</param>
    /// <param name="weightMeaning">What the weights mean.</param>
    /// <param name="parallelEdges">How parallel edges merge.</param>
    /// <param name="indexById">The id index, or null to build it when first asked for.</param>
    internal static CsrGraph Build(
        string[] ids,
        int[] sources,
        int[] targets,
        double[]? weights,
        int edgeCount,
        bool directed,
        bool weighted,
        WeightMeaning weightMeaning,
        ParallelEdgePolicy parallelEdges,
        Dictionary<string, int>? indexById)
    {
        if (parallelEdges is not (ParallelEdgePolicy.Sum or ParallelEdgePolicy.Max or ParallelEdgePolicy.Min or ParallelEdgePolicy.First or ParallelEdgePolicy.Last))
        {
            throw new InvalidOperationException($"Unknown parallel edge policy {parallelEdges}.");
        }

        var n = ids.Length;
        var m = edgeCount;
        var edgeWeights = weighted ? weights : null;

        // Sorting without comparisons (O(n + m)): scatter every edge, in insertion order, into the rows of its *other*
        // endpoint (the in-rows when directed; both endpoints' rows when undirected), then read those rows vertex by
        // vertex and scatter again into the rows of the first endpoint. The second scatter visits the other endpoint in
        // ascending order and, for one pair, the edges in insertion order, so every row comes out sorted by (neighbour,
        // insertion order): runs of parallel edges are contiguous and in the order they were added, so Sum adds them in
        // that order and First/Last are the ends of the run. The edge numbers travel alongside only when weights do.
        var rowStart = new int[n + 1];
        var otherStart = directed ? new int[n + 1] : rowStart;
        for (var i = 0; i < m; i++)
        {
            int u = sources[i], v = targets[i];
            rowStart[u + 1]++;
            if (directed || u != v)
            {
                otherStart[v + 1]++;
            }
        }

        for (var v = 0; v < n; v++)
        {
            rowStart[v + 1] += rowStart[v];
            if (directed)
            {
                otherStart[v + 1] += otherStart[v];
            }
        }

        // The first scatter's rows live in the memory of the arc weights (filled only by the merge, after the second
        // scatter has read them): 2m ints, and 2m more for the edge numbers, fit in 2m doubles, so the build allocates
        // nothing but the graph's own arrays for them.
        var slots = rowStart[n];
        var arcWeights = GC.AllocateUninitializedArray<double>(slots);
        var scratch = MemoryMarshal.Cast<double, int>(arcWeights.AsSpan());
        var byOther = scratch[..slots];
        var byOtherEdge = edgeWeights is null ? default : scratch.Slice(slots, slots);
        var withEdges = edgeWeights is not null;
        var cursor = otherStart[..n];
        for (var i = 0; i < m; i++)
        {
            int u = sources[i], v = targets[i];
            var p = cursor[v]++;
            byOther[p] = u;
            if (withEdges)
            {
                byOtherEdge[p] = i;
            }

            if (!directed && u != v)
            {
                var q = cursor[u]++;
                byOther[q] = v;
                if (withEdges)
                {
                    byOtherEdge[q] = i;
                }
            }
        }

        var arcTargets = GC.AllocateUninitializedArray<int>(slots);
        var arcEdge = withEdges ? GC.AllocateUninitializedArray<int>(slots) : null;
        cursor = rowStart[..n];
        for (var x = 0; x < n; x++)
        {
            for (int k = otherStart[x], end = otherStart[x + 1]; k < end; k++)
            {
                var p = cursor[byOther[k]]++;
                arcTargets[p] = x;
                if (arcEdge is not null)
                {
                    arcEdge[p] = byOtherEdge[k];
                }
            }
        }

        // Merge runs of equal (row, neighbour) into one arc each, in place; an undirected pair's two arcs merge the same
        // edges in the same order, so they get the same weight.
        var offsets = new int[n + 1];
        var loops = new List<int>();
        var arcs = 0;
        for (var u = 0; u < n; u++)
        {
            var end = rowStart[u + 1];
            for (var k = rowStart[u]; k < end;)
            {
                var v = arcTargets[k];
                var j = k + 1;
                while (j < end && arcTargets[j] == v)
                {
                    j++;
                }

                arcTargets[arcs] = v;
                arcWeights[arcs] = arcEdge is not null ? Merge(arcEdge, k, j, edgeWeights!, parallelEdges)
                    : weighted && parallelEdges == ParallelEdgePolicy.Sum ? j - k : 1.0;
                arcs++;
                if (u == v)
                {
                    loops.Add(u);
                }

                k = j;
            }

            offsets[u + 1] = arcs;
        }

        arcEdge = null;
        if (arcs < slots)
        {
            Array.Resize(ref arcTargets, arcs);
            Array.Resize(ref arcWeights, arcs);
        }

        if (!directed)
        {
            var edges = (arcs + loops.Count) / 2;
            return new CsrGraph(ids, false, weighted, weightMeaning, offsets, arcTargets, arcWeights, null, null, null, edges, [.. loops], indexById, checkIds: false);
        }

        var inOffsets = new int[n + 1];
        for (var a = 0; a < arcs; a++)
        {
            inOffsets[arcTargets[a] + 1]++;
        }

        for (var v = 0; v < n; v++)
        {
            inOffsets[v + 1] += inOffsets[v];
        }

        var inSources = GC.AllocateUninitializedArray<int>(arcs);
        var inWeights = GC.AllocateUninitializedArray<double>(arcs);
        var inCursor = inOffsets[..n];
        for (var u = 0; u < n; u++)
        {
            for (int a = offsets[u], end = offsets[u + 1]; a < end; a++)
            {
                var q = inCursor[arcTargets[a]]++;
                inSources[q] = u;
                inWeights[q] = arcWeights[a];
            }
        }

        return new CsrGraph(ids, true, weighted, weightMeaning, offsets, arcTargets, arcWeights, inOffsets, inSources, inWeights, arcs, [.. loops], indexById, checkIds: false);
    }

    // The merged weight of the parallel edges edge[from..to), in insertion order.
    private static double Merge(int[] edge, int from, int to, double[] weights, ParallelEdgePolicy policy)
    {
        switch (policy)
        {
            case ParallelEdgePolicy.First:
                return weights[edge[from]];
            case ParallelEdgePolicy.Last:
                return weights[edge[to - 1]];
            case ParallelEdgePolicy.Max:
            {
                var max = double.NegativeInfinity;
                for (var k = from; k < to; k++)
                {
                    max = Math.Max(max, weights[edge[k]]);
                }

                return max;
            }

            case ParallelEdgePolicy.Min:
            {
                var min = double.PositiveInfinity;
                for (var k = from; k < to; k++)
                {
                    min = Math.Min(min, weights[edge[k]]);
                }

                return min;
            }

            default:
            {
                double sum = 0; // from 0, as the sum of one edge has always been (0 + w turns a weight of -0 into 0)
                for (var k = from; k < to; k++)
                {
                    sum += weights[edge[k]];
                }

                return sum;
            }
        }
    }
}
