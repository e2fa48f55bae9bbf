using System.Text.Json.Serialization;
using Stakeholders.Network.Graphs;

namespace Stakeholders.Network.Algorithms.Centrality;

/// <summary>Scores of a one-pass measure, indexed by vertex.</summary>
/// <param name="Scores">One score per vertex, <c>Scores[v]</c> for vertex <c>v</c>.</param>
public sealed record CentralityResult(double[] Scores) : VertexScores<double>(Scores);

/// <summary>Scores of an iterative measure, with how the iteration ended.</summary>
/// <param name="Scores">One score per vertex (the last iterate when the iteration did not converge).</param>
/// <param name="Iterations">The number of iterations that ran.</param>
/// <param name="Converged">Whether the tolerance was met within the iteration limit.</param>
/// <param name="LastError">The change in the last iteration, in the measure's own norm.</param>
public sealed record IterativeCentralityResult(double[] Scores, int Iterations, bool Converged, double LastError) : VertexScores<double>(Scores);

/// <summary>HITS hub and authority scores, with how the iteration ended.</summary>
/// <param name="Hubs">The hub score of each vertex.</param>
/// <param name="Authorities">The authority score of each vertex.</param>
/// <param name="Iterations">The number of iterations that ran.</param>
/// <param name="Converged">Whether the tolerance was met within the iteration limit.</param>
/// <param name="LastError">The L1 change of the hub vector in the last iteration.</param>
public sealed record HitsResult(double[] Hubs, double[] Authorities, int Iterations, bool Converged, double LastError) : VertexResult
{
    /// <summary>The hub score of the stakeholder with id <paramref name="id"/>.</summary>
    /// <exception cref="UnknownStakeholderException">The graph has no vertex with that id.</exception>
    public double HubOf(string id) => Hubs[IndexOf(id)];

    /// <summary>The authority score of the stakeholder with id <paramref name="id"/>.</summary>
    /// <exception cref="UnknownStakeholderException">The graph has no vertex with that id.</exception>
    public double AuthorityOf(string id) => Authorities[IndexOf(id)];

    /// <summary>The hub scores keyed by stakeholder id (a view).</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, double> HubsById => ById(Hubs);

    /// <summary>The authority scores keyed by stakeholder id (a view).</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, double> AuthoritiesById => ById(Authorities);
}

/// <summary>
/// Edge betweenness: one score per edge, in the order of <see cref="CsrGraph.Edges"/> (each undirected edge once, with
/// <c>Source ≤ Target</c>), plus a per-arc view and a lookup by endpoints.
/// </summary>
public sealed class EdgeBetweennessResult
{
    private readonly CsrGraph _graph;
    private readonly double[] _arcScores;
    private readonly int[] _edgeSources;
    private readonly int[] _edgeTargets;
    private readonly double[] _edgeScores;
    private Dictionary<(string Source, string Target), double>? _byId;

    internal EdgeBetweennessResult(CsrGraph graph, double[] arcScores)
    {
        _graph = graph;
        _arcScores = arcScores;
        var count = graph.EdgeCount;
        _edgeSources = new int[count];
        _edgeTargets = new int[count];
        _edgeScores = new double[count];
        var offsets = graph.Offsets;
        var targets = graph.Targets;
        var e = 0;
        for (var u = 0; u < graph.VertexCount; u++)
        {
            for (var i = offsets[u]; i < offsets[u + 1]; i++)
            {
                var v = targets[i];
                if (graph.IsDirected || v >= u)
                {
                    _edgeSources[e] = u;
                    _edgeTargets[e] = v;
                    _edgeScores[e] = arcScores[i];
                    e++;
                }
            }
        }
    }

    /// <summary>The number of edges.</summary>
    public int Count => _edgeScores.Length;

    /// <summary>The edge scores, parallel to <see cref="EdgeSources"/> and <see cref="EdgeTargets"/>.</summary>
    public ReadOnlySpan<double> Scores => _edgeScores;

    /// <summary>The first endpoint of each edge (the tail for directed graphs).</summary>
    public ReadOnlySpan<int> EdgeSources => _edgeSources;

    /// <summary>The second endpoint of each edge (the head for directed graphs).</summary>
    public ReadOnlySpan<int> EdgeTargets => _edgeTargets;

    /// <summary>Scores parallel to <see cref="CsrGraph.Targets"/>: both arcs of an undirected edge carry the edge's score.</summary>
    public ReadOnlySpan<double> ArcScores => _arcScores;

    /// <summary>The edges with their scores, in <see cref="CsrGraph.Edges"/> order.</summary>
    public IEnumerable<(int Source, int Target, double Score)> Edges()
    {
        for (var e = 0; e < _edgeScores.Length; e++)
        {
            yield return (_edgeSources[e], _edgeTargets[e], _edgeScores[e]);
        }
    }

    /// <summary>The score of the edge <paramref name="u"/>–<paramref name="v"/> (the arc u→v for directed graphs).</summary>
    /// <exception cref="ArgumentException">There is no such edge.</exception>
    public double ScoreOf(int u, int v)
    {
        _graph.ThrowIfNotVertex(u);
        _graph.ThrowIfNotVertex(v);
        var arc = _graph.ArcIndex(u, v);
        return arc >= 0 ? _arcScores[arc] : throw new ArgumentException($"The graph has no edge {u}–{v}.", nameof(v));
    }

    /// <summary>
    /// The score of the tie between the stakeholders <paramref name="sourceId"/> and <paramref name="targetId"/> (the
    /// arc source→target for directed graphs; either order for undirected ones).
    /// </summary>
    /// <exception cref="UnknownStakeholderException">The graph has no vertex with one of the ids.</exception>
    /// <exception cref="ArgumentException">The two stakeholders are not tied.</exception>
    public double ScoreOf(string sourceId, string targetId)
    {
        var u = _graph.IndexOf(sourceId);
        var v = _graph.IndexOf(targetId);
        var arc = _graph.ArcIndex(u, v);
        return arc >= 0 ? _arcScores[arc] : throw new ArgumentException($"'{sourceId}' and '{targetId}' are not tied.", nameof(targetId));
    }

    /// <summary>The score of the tie between two stakeholders: false when an id is unknown or they are not tied.</summary>
    public bool TryScoreOf(string sourceId, string targetId, out double score)
    {
        if (_graph.TryGetIndex(sourceId, out var u) && _graph.TryGetIndex(targetId, out var v) && _graph.ArcIndex(u, v) is var arc and >= 0)
        {
            score = _arcScores[arc];
            return true;
        }

        score = 0;
        return false;
    }

    /// <summary>
    /// The edge scores keyed by the endpoints' stakeholder ids, one entry per edge in <see cref="Edges"/> order (an
    /// undirected edge once, keyed with its lower-numbered vertex first; use <see cref="ScoreOf(string, string)"/> for
    /// either order). Built on first use.
    /// </summary>
    public IReadOnlyDictionary<(string Source, string Target), double> ScoresById => _byId ??= BuildById();

    private Dictionary<(string Source, string Target), double> BuildById()
    {
        var byId = new Dictionary<(string Source, string Target), double>(_edgeScores.Length);
        for (var e = 0; e < _edgeScores.Length; e++)
        {
            byId[(_graph.IdOf(_edgeSources[e]), _graph.IdOf(_edgeTargets[e]))] = _edgeScores[e];
        }

        return byId;
    }
}
