using Stakeholders.Network.Algorithms.Paths;
using Stakeholders.Network.Graphs;
using Stakeholders.Network.Model;

namespace Stakeholders.Network.Analysis;

/// <summary>A member of an ego network.</summary>
/// <param name="Id">The stakeholder id.</param>
/// <param name="Name">Its display name.</param>
/// <param name="Kind">Its kind name (<c>person</c>, <c>organization</c>, ...).</param>
/// <param name="OrganizationType">Its organization type name, or null when unspecified.</param>
/// <param name="Distance">Hops from the ego (0 for the ego).</param>
public sealed record EgoMember(string Id, string Name, string Kind, string? OrganizationType, int Distance);

/// <summary>A link of an ego network: an edge of the projected graph between two members, with the ties behind it.</summary>
/// <param name="Source">The source stakeholder id (the smaller vertex of an undirected edge).</param>
/// <param name="Target">The target stakeholder id.</param>
/// <param name="Weight">The edge weight in the projection (1 when unweighted; parallel ties summed).</param>
/// <param name="TieIds">The ids of the ties behind the edge, in network order.</param>
public sealed record EgoLink(string Source, string Target, double Weight, IReadOnlyList<string> TieIds);

/// <summary>An ego network described in stakeholder terms.</summary>
/// <param name="Ego">The ego.</param>
/// <param name="Radius">The radius used.</param>
/// <param name="Direction">The direction used (on directed projections).</param>
/// <param name="Members">The members, ego first, then by distance and id.</param>
/// <param name="Ties">The number of edges among the members.</param>
/// <param name="Density">The density of the ego network (NetworkX <c>density(ego_graph(G, v, radius))</c>).</param>
/// <param name="EffectiveSize">The ego's effective size inside it; null when undefined (the ego has no contacts in it, NaN in
/// NetworkX), and <see cref="EffectiveSizeNote"/> then says why. Null rather than NaN so that the record serialises to JSON.</param>
/// <param name="AlterKinds">Alters (members other than the ego) counted by kind name, sorted by name.</param>
/// <param name="AlterOrganizationTypes">Alter organizations counted by organization type name, sorted by name.</param>
public sealed record StakeholderEgoNetwork(
    EgoMember Ego, int Radius, TraversalDirection Direction, IReadOnlyList<EgoMember> Members, int Ties, double Density, double? EffectiveSize,
    IReadOnlyDictionary<string, int> AlterKinds, IReadOnlyDictionary<string, int> AlterOrganizationTypes)
{
    /// <summary>The edges among the members (each undirected edge once), so a front end can draw the ego network.</summary>
    public IReadOnlyList<EgoLink> Links { get; init; } = [];

    /// <summary>Why <see cref="EffectiveSize"/> is null, or null when it has a value.</summary>
    public string? EffectiveSizeNote { get; init; }

    /// <summary>Builds the ego network of <paramref name="egoId"/> in a projected network.</summary>
    /// <exception cref="StakeholderNotFoundException">The id is not in the network or not in the projected graph.</exception>
    /// <exception cref="ArgumentException">The options are not valid.</exception>
    public static StakeholderEgoNetwork Of(NetworkProjection projection, string egoId, EgoNetworkOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(projection);
        options ??= EgoNetworkOptions.Default;
        var ego = StakeholderNotFoundException.VertexOrThrow(projection, egoId);
        var result = PathFinding.EgoNetwork(projection.Graph, ego, options, cancellationToken);
        var members = new List<EgoMember>(result.Members.Length);
        for (var i = 0; i < result.Members.Length; i++)
        {
            members.Add(Member(projection.StakeholderOf(result.Members[i]), result.Distances[i]));
        }

        members.Sort((a, b) => a.Distance != b.Distance ? a.Distance.CompareTo(b.Distance) : string.CompareOrdinal(a.Id, b.Id));
        var alters = members.Where(m => m.Id != egoId).ToArray();
        var kinds = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var types = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var a in alters)
        {
            kinds[a.Kind] = kinds.GetValueOrDefault(a.Kind) + 1;
            if (a.OrganizationType is { } type)
            {
                types[type] = types.GetValueOrDefault(type) + 1;
            }
        }

        var links = new List<EgoLink>(result.Graph.EdgeCount);
        foreach (var (s, t, weight) in result.Graph.Edges())
        {
            int u = result.Members[s], v = result.Members[t];
            var tieIds = projection.TiesBetween(u, v).Select(tie => tie.Id).ToArray();
            links.Add(new EgoLink(projection.Graph.IdOf(u), projection.Graph.IdOf(v), weight, tieIds));
        }

        var defined = double.IsFinite(result.EffectiveSize);
        return new StakeholderEgoNetwork(
            Member(projection.StakeholderOf(ego), 0), options.Radius, projection.Graph.IsDirected ? options.Direction : TraversalDirection.Both,
            members, result.Graph.EdgeCount, result.Density, defined ? result.EffectiveSize : null, kinds, types)
        {
            Links = links,
            EffectiveSizeNote = defined ? null : "undefined: the ego has no contacts within the radius (NetworkX gives NaN)",
        };
    }

    private static EgoMember Member(Stakeholder s, int distance) =>
        new(s.Id, s.Name, s.Kind.ToName(), s.OrganizationType == Model.OrganizationType.Unspecified ? null : s.OrganizationType.ToName(), distance);
}
