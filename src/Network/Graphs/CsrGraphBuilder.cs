using System.Globalization;

namespace Stakeholders.Network.Graphs;

/// <summary>
/// Collects vertices and edges and builds an immutable <see cref="CsrGraph"/>.
/// </summary>
/// <remarks>
/// Edges added more than once between the same pair (in either order, for undirected graphs) are merged into one,
/// with the weight chosen by <see cref="ParallelEdges"/> (summed by default). Build time is O(n + m + Σ d log d): a counting sort by
/// first endpoint, then a sort of each row (d its length) that groups parallel edges; memory O(n + m). Not thread-safe; the graph it builds is.
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
    public CsrGraph Build()
    {
        var n = _ids.Count;
        var m = _edgeCount;

        // Group the edges by their first endpoint (the smaller one when undirected) with a counting sort, then sort each
        // row by (second endpoint, insertion order): O(m + Σ d log d), and runs of parallel edges come out in the order
        // they were added, so Sum adds them in that order and First/Last are the ends of the run.
        var rowStart = new int[n + 1];
        for (var i = 0; i < m; i++)
        {
            int u = _sources[i], v = _targets[i];
            rowStart[(!Directed && u > v ? v : u) + 1]++;
        }

        for (var u = 0; u < n; u++)
        {
            rowStart[u + 1] += rowStart[u];
        }

        var keys = new long[m];
        var fill = rowStart[..n];
        for (var i = 0; i < m; i++)
        {
            int u = _sources[i], v = _targets[i];
            if (!Directed && u > v)
            {
                (u, v) = (v, u);
            }

            keys[fill[u]++] = ((long)v << 32) | (uint)i;
        }

        // Merge runs of equal (u, v) into one edge each.
        var edgeU = new int[m];
        var edgeV = new int[m];
        var edgeW = new double[m];
        var edges = 0;
        for (var u = 0; u < n; u++)
        {
            var row = keys.AsSpan(rowStart[u], rowStart[u + 1] - rowStart[u]);
            if (row.Length > 1)
            {
                row.Sort();
            }

            for (var i = 0; i < row.Length;)
            {
                var v = (int)(row[i] >> 32);
                var j = i;
                double sum = 0, max = double.NegativeInfinity, min = double.PositiveInfinity;
                if (Weighted)
                {
                    while (j < row.Length && (int)(row[j] >> 32) == v)
                    {
                        var w = _weights[(int)(uint)row[j]];
                        sum += w;
                        max = Math.Max(max, w);
                        min = Math.Min(min, w);
                        j++;
                    }
                }
                else
                {
                    while (j < row.Length && (int)(row[j] >> 32) == v)
                    {
                        j++;
                    }
                }

                edgeU[edges] = u;
                edgeV[edges] = v;
                edgeW[edges] = !Weighted ? 1.0 : ParallelEdges switch
                {
                    ParallelEdgePolicy.Sum => sum,
                    ParallelEdgePolicy.Max => max,
                    ParallelEdgePolicy.Min => min,
                    ParallelEdgePolicy.First => _weights[(int)(uint)row[i]],
                    ParallelEdgePolicy.Last => _weights[(int)(uint)row[j - 1]],
                    _ => throw new InvalidOperationException($"Unknown parallel edge policy {ParallelEdges}."),
                };
                edges++;
                i = j;
            }
        }

        var loops = new List<int>();
        for (var e = 0; e < edges; e++)
        {
            if (edgeU[e] == edgeV[e])
            {
                loops.Add(edgeU[e]);
            }
        }

        // Rows come out sorted: edges are visited in (u, v) order, and for undirected graphs every reverse arc
        // v→u (u < v) of row v is visited before the forward arcs of row v, in ascending u.
        var offsets = new int[n + 1];
        for (var e = 0; e < edges; e++)
        {
            offsets[edgeU[e] + 1]++;
            if (!Directed && edgeU[e] != edgeV[e])
            {
                offsets[edgeV[e] + 1]++;
            }
        }

        for (var v = 0; v < n; v++)
        {
            offsets[v + 1] += offsets[v];
        }

        var arcs = offsets[n];
        var targets = new int[arcs];
        var weights = new double[arcs];
        var cursor = offsets[..n];
        for (var e = 0; e < edges; e++)
        {
            int u = edgeU[e], v = edgeV[e];
            var p = cursor[u]++;
            targets[p] = v;
            weights[p] = edgeW[e];
            if (!Directed && u != v)
            {
                var q = cursor[v]++;
                targets[q] = u;
                weights[q] = edgeW[e];
            }
        }

        if (!Directed)
        {
            return new CsrGraph([.. _ids], false, Weighted, WeightMeaning, offsets, targets, weights, null, null, null, edges, [.. loops], new Dictionary<string, int>(_indexById, StringComparer.Ordinal));
        }

        var inOffsets = new int[n + 1];
        for (var e = 0; e < edges; e++)
        {
            inOffsets[edgeV[e] + 1]++;
        }

        for (var v = 0; v < n; v++)
        {
            inOffsets[v + 1] += inOffsets[v];
        }

        var inSources = new int[edges];
        var inWeights = new double[edges];
        var inCursor = inOffsets[..n];
        for (var e = 0; e < edges; e++)
        {
            var q = inCursor[edgeV[e]]++;
            inSources[q] = edgeU[e];
            inWeights[q] = edgeW[e];
        }

        return new CsrGraph([.. _ids], true, Weighted, WeightMeaning, offsets, targets, weights, inOffsets, inSources, inWeights, edges, [.. loops], new Dictionary<string, int>(_indexById, StringComparer.Ordinal));
    }
}
