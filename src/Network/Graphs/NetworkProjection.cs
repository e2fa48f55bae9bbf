using Stakeholders.Network.Model;

namespace Stakeholders.Network.Graphs;

/// <summary>
/// A <see cref="CsrGraph"/> projected from a <see cref="StakeholderNetwork"/>, with the way back: which stakeholder each
/// vertex is and which ties each edge came from, so any result can be shown with its evidence.
/// </summary>
/// <remarks>
/// <para>
/// Vertices are the stakeholders that pass <see cref="ProjectionOptions.Kinds"/> (and, unless
/// <see cref="ProjectionOptions.KeepIsolated"/>, have a kept tie), in network order; their ids are the stakeholder ids.
/// Each kept tie adds an edge source → target (read without direction unless <see cref="ProjectionOptions.Directed"/>).
/// </para>
/// <para>
/// Several ties between the same pair (two ties of different types, or <c>a→b</c> and <c>b→a</c> in an undirected
/// projection) become one edge whose weight is the <b>sum</b> of the ties' weights (<see cref="ParallelEdgePolicy.Sum"/>):
/// two ties bind more than one. With <see cref="WeightSource.None"/> the graph is unweighted and such an edge weighs 1.
/// A tie from a stakeholder to itself becomes a self-loop.
/// </para>
/// <para>Time O(t log t) for t ties, memory O(n + t). Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class NetworkProjection
{
    private readonly int[] _stakeholderIndexOf;
    private readonly int[] _arcTieOffsets;
    private readonly int[] _arcTies;
    private readonly int[] _keptTies;

    private NetworkProjection(
        StakeholderNetwork network, ProjectionOptions options, CsrGraph graph,
        int[] stakeholderIndexOf, int[] arcTieOffsets, int[] arcTies, int[] keptTies)
    {
        Network = network;
        Options = options;
        Graph = graph;
        _stakeholderIndexOf = stakeholderIndexOf;
        _arcTieOffsets = arcTieOffsets;
        _arcTies = arcTies;
        _keptTies = keptTies;
    }

    /// <summary>The network projected.</summary>
    public StakeholderNetwork Network { get; }

    /// <summary>The options used.</summary>
    public ProjectionOptions Options { get; }

    /// <summary>The projected graph.</summary>
    public CsrGraph Graph { get; }

    /// <summary>The positions in <see cref="StakeholderNetwork.Ties"/> of the ties that became edges, ascending.</summary>
    public IReadOnlyList<int> KeptTieIndices => _keptTies;

    /// <summary>Projects a network with the given options (the defaults when null).</summary>
    /// <exception cref="ArgumentException">The options are not valid.</exception>
    public static NetworkProjection Project(StakeholderNetwork network, ProjectionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        options ??= ProjectionOptions.Default;
        options.Validate();
        var stakeholders = network.Stakeholders;
        var ties = network.Ties;
        var kinds = options.Kinds is null ? null : new HashSet<StakeholderKind>(options.Kinds);
        var types = options.TieTypes is null ? null : new HashSet<TieType>(options.TieTypes);
        var hasWindow = options.TryGetWindow(out var first, out var last);

        var included = new bool[stakeholders.Count];
        for (var i = 0; i < stakeholders.Count; i++)
        {
            included[i] = kinds is null || kinds.Contains(stakeholders[i].Kind);
        }

        var endpointIndex = TieEndpointIndex.Of(network);
        var kept = new List<int>(ties.Count);
        var endpoints = new List<(int Source, int Target)>(ties.Count);
        for (var t = 0; t < ties.Count; t++)
        {
            var tie = ties[t];
            var s = endpointIndex[2 * t];
            var d = endpointIndex[(2 * t) + 1];
            if (included[s] && included[d] && options.AcceptsTie(tie, types, hasWindow, first, last))
            {
                kept.Add(t);
                endpoints.Add((s, d));
            }
        }

        if (!options.KeepIsolated)
        {
            var touched = new bool[stakeholders.Count];
            foreach (var (s, d) in endpoints)
            {
                touched[s] = touched[d] = true;
            }

            for (var i = 0; i < included.Length; i++)
            {
                included[i] &= touched[i];
            }
        }

        var vertexOf = new int[stakeholders.Count];
        var stakeholderIndexOf = new List<int>();
        for (var i = 0; i < stakeholders.Count; i++)
        {
            vertexOf[i] = included[i] ? stakeholderIndexOf.Count : -1;
            if (included[i])
            {
                stakeholderIndexOf.Add(i);
            }
        }

        var builder = new CsrGraphBuilder(stakeholderIndexOf.Select(i => stakeholders[i].Id))
        {
            Directed = options.Directed,
            Weighted = options.WeightSource != WeightSource.None,
            WeightMeaning = options.WeightMeaning,
            ParallelEdges = ParallelEdgePolicy.Sum,
        };
        for (var k = 0; k < kept.Count; k++)
        {
            builder.AddEdge(vertexOf[endpoints[k].Source], vertexOf[endpoints[k].Target], WeightOf(ties[kept[k]], options.WeightSource));
        }

        var graph = builder.Build();

        // Arc → ties, CSR style; an undirected tie is listed on both its arcs (once on a self-loop).
        var arcTieOffsets = new int[graph.ArcCount + 1];
        var arcOfTie = new (int Forward, int Backward)[kept.Count];
        for (var k = 0; k < kept.Count; k++)
        {
            int u = vertexOf[endpoints[k].Source], v = vertexOf[endpoints[k].Target];
            var forward = graph.ArcIndex(u, v);
            var backward = !options.Directed && u != v ? graph.ArcIndex(v, u) : -1;
            arcOfTie[k] = (forward, backward);
            arcTieOffsets[forward + 1]++;
            if (backward >= 0)
            {
                arcTieOffsets[backward + 1]++;
            }
        }

        for (var a = 0; a < graph.ArcCount; a++)
        {
            arcTieOffsets[a + 1] += arcTieOffsets[a];
        }

        var arcTies = new int[arcTieOffsets[graph.ArcCount]];
        var cursor = arcTieOffsets[..graph.ArcCount];
        for (var k = 0; k < kept.Count; k++)
        {
            arcTies[cursor[arcOfTie[k].Forward]++] = kept[k];
            if (arcOfTie[k].Backward >= 0)
            {
                arcTies[cursor[arcOfTie[k].Backward]++] = kept[k];
            }
        }

        return new NetworkProjection(network, options, graph, [.. stakeholderIndexOf], arcTieOffsets, arcTies, [.. kept]);
    }

    /// <summary>The stakeholder vertex <paramref name="v"/> stands for.</summary>
    public Stakeholder StakeholderOf(int v)
    {
        Graph.ThrowIfNotVertex(v);
        return Network.Stakeholders[_stakeholderIndexOf[v]];
    }

    /// <summary>The position in <see cref="StakeholderNetwork.Stakeholders"/> of the stakeholder vertex <paramref name="v"/> stands for.</summary>
    public int StakeholderIndexOf(int v)
    {
        Graph.ThrowIfNotVertex(v);
        return _stakeholderIndexOf[v];
    }

    /// <summary>The vertex of a stakeholder.</summary>
    /// <exception cref="UnknownStakeholderException">
    /// The id is not in the graph; the message says whether no stakeholder has it or the projection's filters left it out.
    /// </exception>
    public int IndexOf(string stakeholderId)
    {
        if (TryGetIndex(stakeholderId, out var v))
        {
            return v;
        }

        throw new UnknownStakeholderException(
            stakeholderId,
            Network.Contains(stakeholderId)
                ? $"stakeholder '{stakeholderId}' is not in the analysed graph (the tie, kind or date filters leave it out)"
                : $"no stakeholder has the id '{stakeholderId}'");
    }

    /// <summary>The vertex of a stakeholder: false (and -1) when it is not in the graph (filtered out or unknown).</summary>
    public bool TryGetIndex(string stakeholderId, out int vertex) => Graph.TryGetIndex(stakeholderId, out vertex);

    /// <summary>
    /// The positions in <see cref="StakeholderNetwork.Ties"/> of the ties merged into arc <paramref name="arc"/> (an index
    /// into <see cref="CsrGraph.Targets"/>), ascending.
    /// </summary>
    public ReadOnlySpan<int> TieIndicesOfArc(int arc)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(arc);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(arc, Graph.ArcCount);
        return _arcTies.AsSpan(_arcTieOffsets[arc], _arcTieOffsets[arc + 1] - _arcTieOffsets[arc]);
    }

    /// <summary>
    /// The positions of the ties behind the edge <paramref name="u"/>→<paramref name="v"/> (either direction when
    /// undirected), ascending; empty when there is no such edge.
    /// </summary>
    public ReadOnlySpan<int> TieIndicesBetween(int u, int v)
    {
        Graph.ThrowIfNotVertex(u);
        Graph.ThrowIfNotVertex(v);
        var arc = Graph.ArcIndex(u, v);
        return arc < 0 ? [] : TieIndicesOfArc(arc);
    }

    /// <summary>The ties behind the edge <paramref name="u"/>→<paramref name="v"/>, in network order; empty when there is no such edge.</summary>
    public IReadOnlyList<Tie> TiesBetween(int u, int v)
    {
        var indices = TieIndicesBetween(u, v);
        var result = new Tie[indices.Length];
        for (var i = 0; i < indices.Length; i++)
        {
            result[i] = Network.Ties[indices[i]];
        }

        return result;
    }

    /// <summary>The ties behind the edge between two stakeholders given by id; empty when either is not in the graph or they are not joined.</summary>
    public IReadOnlyList<Tie> TiesBetween(string sourceId, string targetId)
    {
        return TryGetIndex(sourceId, out var u) && TryGetIndex(targetId, out var v) ? TiesBetween(u, v) : [];
    }

    internal static double WeightOf(Tie tie, WeightSource source) => source switch
    {
        WeightSource.Strength => tie.Strength,
        WeightSource.Confidence => tie.Confidence,
        WeightSource.StrengthTimesConfidence => tie.Strength * tie.Confidence,
        WeightSource.None => 1.0,
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, "Unknown weight source."),
    };
}
