using Stakeholders.Network.Algorithms.Brokerage;
using Stakeholders.Network.Algorithms.Cohesion;
using Stakeholders.Network.Graphs;

namespace Stakeholders.Network.Algorithms.Paths;

/// <summary>Options of <see cref="PathFinding.EgoNetwork"/>.</summary>
public sealed record EgoNetworkOptions : AlgorithmOptions
{
    /// <summary>The defaults: radius 1, out-arcs, ego included.</summary>
    public static EgoNetworkOptions Default { get; } = new();

    /// <summary>The largest hop distance from the ego (NetworkX's <c>radius</c>). Default 1.</summary>
    public int Radius { get; init; } = 1;

    /// <summary>
    /// Which arcs lead away from the ego on directed graphs: <see cref="TraversalDirection.Out"/> (whom the ego reaches,
    /// NetworkX's default), <see cref="TraversalDirection.In"/> (who reaches the ego, <c>ego_graph(G.reverse(), v)</c>) or
    /// <see cref="TraversalDirection.Both"/> (<c>ego_graph(G, v, undirected=True)</c>). Default Out; ignored on undirected graphs.
    /// </summary>
    public TraversalDirection Direction { get; init; } = TraversalDirection.Out;

    /// <summary>Whether the ego itself is a member of the ego network (NetworkX's <c>center</c>). Default true.</summary>
    public bool IncludeEgo { get; init; } = true;

    /// <summary>Checks the options.</summary>
    /// <exception cref="ArgumentException">The radius is negative or the direction unknown.</exception>
    public override void Validate()
    {
        base.Validate();
        if (Radius < 0)
        {
            throw new InvalidOptionException(nameof(Radius), $"Radius must be >= 0, not {Radius}.");
        }

        if (!Enum.IsDefined(Direction))
        {
            throw new InvalidOptionException(nameof(Direction), $"Unknown traversal direction {(int)Direction}.");
        }
    }
}

/// <summary>An ego network: the vertices within <see cref="EgoNetworkOptions.Radius"/> hops of an ego and the subgraph they induce.</summary>
/// <param name="Ego">The ego's vertex in the original graph.</param>
/// <param name="Members">The members' vertices in the original graph, ascending (the ego included unless excluded by the options).</param>
/// <param name="Distances">Hops from the ego of each member, parallel to <paramref name="Members"/>.</param>
/// <param name="Graph">The subgraph induced by the members: vertex <c>i</c> is <c>Members[i]</c>; direction and weights are kept.</param>
/// <param name="Density">NetworkX <c>density(ego_graph(G, v, radius))</c> of <paramref name="Graph"/>.</param>
/// <param name="EffectiveSize">
/// Burt's effective size of the ego inside <paramref name="Graph"/>, read without weights (NetworkX
/// <c>effective_size(ego_graph(G, v, radius))[v]</c>); NaN when the ego has no contact or is not a member.
/// </param>
public sealed record EgoNetworkResult(int Ego, int[] Members, int[] Distances, CsrGraph Graph, double Density, double EffectiveSize)
{
    /// <summary>The number of members other than the ego (the alters).</summary>
    public int AlterCount => Members.Length - (Array.BinarySearch(Members, Ego) >= 0 ? 1 : 0);

    /// <summary>The stakeholder ids of the members, parallel to <see cref="Members"/> (the vertices of <see cref="Graph"/>).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<string> MemberIds => Graph.VertexIds;

    /// <summary>Whether the stakeholder with id <paramref name="id"/> is a member.</summary>
    public bool Contains(string id) => Graph.TryGetIndex(id, out _);

    /// <summary>The distance from the ego to the member with id <paramref name="id"/>.</summary>
    /// <exception cref="UnknownStakeholderException">No member has that id.</exception>
    public int DistanceOf(string id) => Distances[Graph.IndexOf(id)];

    /// <summary>The distance from the ego to the member with id <paramref name="id"/>: false when no member has that id.</summary>
    public bool TryDistanceOf(string id, out int distance)
    {
        if (Graph.TryGetIndex(id, out var i))
        {
            distance = Distances[i];
            return true;
        }

        distance = -1;
        return false;
    }
}

/// <summary>Ego networks (Paths family).</summary>
public static partial class PathFinding
{
    /// <summary>
    /// The ego network of <paramref name="ego"/>: every vertex within <see cref="EgoNetworkOptions.Radius"/> hops
    /// (weights ignored) in the chosen direction, the subgraph they induce in <paramref name="graph"/>, its density and
    /// the ego's effective size in it.
    /// </summary>
    /// <remarks>
    /// Equals NetworkX's <c>ego_graph(G, v, radius, center, undirected, distance=None)</c> (node set, edge set, density):
    /// the induced subgraph is always taken in the original graph, so a directed graph stays directed even with
    /// <see cref="TraversalDirection.Both"/>. Effective size: Burt (1992), <i>Structural Holes</i>, Harvard University Press,
    /// through <see cref="BrokerageMeasures.StructuralHoles"/> without weights. Time O(n + m) for the search plus
    /// O(m_ego log m_ego) for the subgraph and O(Σ deg²) inside it for the effective size.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The ego is not a vertex.</exception>
    /// <exception cref="ArgumentException">The options are not valid.</exception>
    public static EgoNetworkResult EgoNetwork(CsrGraph graph, int ego, EgoNetworkOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= EgoNetworkOptions.Default;
        options.Validate();
        graph.ThrowIfNotVertex(ego);
        var bfs = PathFinding.Bfs(graph, ego, new BfsOptions { Direction = options.Direction, MaxDepth = options.Radius, CancellationToken = options.CancellationToken });
        var members = bfs.Order.Where(v => options.IncludeEgo || v != ego).Order().ToArray();
        var distances = members.Select(v => bfs.Distances[v]).ToArray();
        var sub = graph.InducedSubgraph(members, out _);
        var egoInSub = Array.BinarySearch(members, ego);
        var effectiveSize = double.NaN;
        if (egoInSub >= 0 && sub.EdgeCount > 0)
        {
            effectiveSize = BrokerageMeasures.StructuralHoles(sub, new StructuralHolesOptions { UseWeights = false, MaxDegreeOfParallelism = 1, CancellationToken = options.CancellationToken }).EffectiveSize[egoInSub];
        }

        return new EgoNetworkResult(ego, members, distances, sub, CohesionMeasures.Density(sub), effectiveSize);
    }
}
