using Stakeholders.Network.Model;

namespace Stakeholders.Network.Graphs;

/// <summary>
/// A one-mode graph of actors linked through shared affiliations, projected from the two-mode (bipartite) part of a
/// <see cref="StakeholderNetwork"/>: people linked by the organizations and events they share, or organizations by the
/// people they share.
/// </summary>
/// <remarks>
/// <para>
/// The bipartite graph <c>B</c> has every stakeholder of an actor kind and every stakeholder of an affiliation kind as
/// vertices, and an edge between actor <c>a</c> and affiliation <c>k</c> when at least one accepted tie joins them, in
/// either direction (several ties between the same pair, e.g. SPOKE_AT and ATTENDED the same forum, make one
/// membership). The projection has the actors as vertices, in network order, with their stakeholder ids, and an
/// undirected edge between two actors sharing at least one affiliation, weighted by
/// <see cref="TwoModeProjectionOptions.Weighting"/>. The values equal NetworkX's <c>bipartite</c> projection functions on
/// <c>B</c> (see <see cref="AffiliationWeighting"/>). Reference: R. L. Breiger, "The duality of persons and groups",
/// Social Forces 53(2) (1974) 181–190, doi:10.2307/2576011.
/// </para>
/// <para>
/// Time O(t log t + Σ_k deg(k)²) for t ties (each affiliation contributes a clique on its actors), memory O(n + t).
/// Immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class TwoModeProjection
{
    private readonly int[] _actorStakeholder;
    private readonly int[] _affiliationStakeholder;
    private readonly int[] _membershipOffsets;
    private readonly int[] _memberships;
    private readonly int[] _membershipTieOffsets;
    private readonly int[] _membershipTies;

    private TwoModeProjection(
        StakeholderNetwork network, TwoModeProjectionOptions options, CsrGraph graph, int[] actorStakeholder,
        int[] affiliationStakeholder, int[] membershipOffsets, int[] memberships, int[] membershipTieOffsets, int[] membershipTies)
    {
        Network = network;
        Options = options;
        Graph = graph;
        _actorStakeholder = actorStakeholder;
        _affiliationStakeholder = affiliationStakeholder;
        _membershipOffsets = membershipOffsets;
        _memberships = memberships;
        _membershipTieOffsets = membershipTieOffsets;
        _membershipTies = membershipTies;
    }

    /// <summary>The network projected.</summary>
    public StakeholderNetwork Network { get; }

    /// <summary>The options used.</summary>
    public TwoModeProjectionOptions Options { get; }

    /// <summary>The projected, undirected, weighted graph over the actors.</summary>
    public CsrGraph Graph { get; }

    /// <summary>The number of stakeholders on the affiliation side (tied or not): the denominator of <see cref="AffiliationWeighting.Ratio"/>.</summary>
    public int AffiliationCount => _affiliationStakeholder.Length;

    /// <summary>Projects the network with the given options (the defaults when null).</summary>
    /// <exception cref="ArgumentException">The options are not valid.</exception>
    public static TwoModeProjection Project(StakeholderNetwork network, TwoModeProjectionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        options ??= TwoModeProjectionOptions.Default;
        options.Validate();
        var filter = options.AsTieFilter();
        var types = filter.TieTypes is null ? null : new HashSet<TieType>(filter.TieTypes);
        var hasWindow = filter.TryGetWindow(out var first, out var last);
        var actorKinds = new HashSet<StakeholderKind>(options.ActorKinds);
        var affiliationKinds = new HashSet<StakeholderKind>(options.AffiliationKinds);
        var stakeholders = network.Stakeholders;

        // Dense numbers: actors 0..a-1 and affiliations 0..k-1, both in network order.
        var actorOf = new int[stakeholders.Count];
        var affiliationOf = new int[stakeholders.Count];
        var actors = new List<int>();
        var affiliations = new List<int>();
        for (var i = 0; i < stakeholders.Count; i++)
        {
            var kind = stakeholders[i].Kind;
            actorOf[i] = actorKinds.Contains(kind) ? actors.Count : -1;
            affiliationOf[i] = affiliationKinds.Contains(kind) ? affiliations.Count : -1;
            if (actorOf[i] >= 0)
            {
                actors.Add(i);
            }
            else if (affiliationOf[i] >= 0)
            {
                affiliations.Add(i);
            }
        }

        // (actor, affiliation, tie) triples, sorted, give both adjacencies and the evidence of each membership.
        var endpointIndex = TieEndpointIndex.Of(network);
        var triples = new List<(int Actor, int Affiliation, int Tie)>(network.Ties.Count);
        for (var t = 0; t < network.Ties.Count; t++)
        {
            var tie = network.Ties[t];
            int s = endpointIndex[2 * t], d = endpointIndex[(2 * t) + 1];
            int actor, affiliation;
            if (actorOf[s] >= 0 && affiliationOf[d] >= 0)
            {
                (actor, affiliation) = (actorOf[s], affiliationOf[d]);
            }
            else if (actorOf[d] >= 0 && affiliationOf[s] >= 0)
            {
                (actor, affiliation) = (actorOf[d], affiliationOf[s]);
            }
            else
            {
                continue;
            }

            if (filter.AcceptsTie(tie, types, hasWindow, first, last))
            {
                triples.Add((actor, affiliation, t));
            }
        }

        // Sort memberships by (actor, affiliation) on one long key; ties of one membership stay together.
        var keys = new long[triples.Count];
        var membershipTies = new int[triples.Count];
        for (var i = 0; i < triples.Count; i++)
        {
            keys[i] = ((long)triples[i].Actor * affiliations.Count) + triples[i].Affiliation;
            membershipTies[i] = triples[i].Tie;
        }

        Array.Sort(keys, membershipTies);
        var membershipOffsets = new int[actors.Count + 1];
        var membershipTieOffsets = new List<int>();
        var memberships = new List<int>();
        var degree = new int[affiliations.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            if (i == 0 || keys[i - 1] != keys[i])
            {
                var actor = (int)(keys[i] / affiliations.Count);
                var affiliation = (int)(keys[i] % affiliations.Count);
                memberships.Add(affiliation);
                membershipTieOffsets.Add(i);
                membershipOffsets[actor + 1]++;
                degree[affiliation]++;
            }
        }

        membershipTieOffsets.Add(triples.Count);
        for (var a = 0; a < actors.Count; a++)
        {
            membershipOffsets[a + 1] += membershipOffsets[a];
        }

        // Members of each affiliation, ascending (memberships are visited in actor order).
        var memberOffsets = new int[affiliations.Count + 1];
        for (var k = 0; k < affiliations.Count; k++)
        {
            memberOffsets[k + 1] = memberOffsets[k] + degree[k];
        }

        var members = new int[memberships.Count];
        var fill = memberOffsets[..affiliations.Count];
        for (var a = 0; a < actors.Count; a++)
        {
            for (var p = membershipOffsets[a]; p < membershipOffsets[a + 1]; p++)
            {
                members[fill[memberships[p]]++] = a;
            }
        }

        var edges = ProjectEdges(actors.Count, affiliations.Count, membershipOffsets, memberships, memberOffsets, members, options.Weighting);
        var keep = new bool[actors.Count];
        foreach (var (u, v, _) in edges)
        {
            keep[u] = keep[v] = true;
        }

        var vertexOf = new int[actors.Count];
        var kept = new List<int>();
        for (var a = 0; a < actors.Count; a++)
        {
            vertexOf[a] = options.KeepIsolated || keep[a] ? kept.Count : -1;
            if (vertexOf[a] >= 0)
            {
                kept.Add(a);
            }
        }

        var builder = new CsrGraphBuilder(kept.Select(a => stakeholders[actors[a]].Id))
        {
            Directed = false,
            Weighted = true,
            WeightMeaning = options.WeightMeaning,
        };
        foreach (var (u, v, w) in edges)
        {
            builder.AddEdge(vertexOf[u], vertexOf[v], w);
        }

        // Keep the membership arrays indexed by the graph's vertices.
        var keptOffsets = new int[kept.Count + 1];
        var keptMemberships = new List<int>();
        var keptTieOffsets = new List<int> { 0 };
        var keptTies = new List<int>();
        for (var i = 0; i < kept.Count; i++)
        {
            var a = kept[i];
            for (var p = membershipOffsets[a]; p < membershipOffsets[a + 1]; p++)
            {
                keptMemberships.Add(memberships[p]);
                for (var q = membershipTieOffsets[p]; q < membershipTieOffsets[p + 1]; q++)
                {
                    keptTies.Add(membershipTies[q]);
                }

                keptTieOffsets.Add(keptTies.Count);
            }

            keptOffsets[i + 1] = keptMemberships.Count;
        }

        return new TwoModeProjection(
            network, options, builder.Build(), kept.Select(a => actors[a]).ToArray(), [.. affiliations],
            keptOffsets, [.. keptMemberships], [.. keptTieOffsets], [.. keptTies]);
    }

    /// <summary>The stakeholder (an actor) that vertex <paramref name="v"/> stands for.</summary>
    public Stakeholder StakeholderOf(int v)
    {
        Graph.ThrowIfNotVertex(v);
        return Network.Stakeholders[_actorStakeholder[v]];
    }

    /// <summary>The vertex of an actor.</summary>
    /// <exception cref="UnknownStakeholderException">The stakeholder is not an actor in this projection.</exception>
    public int IndexOf(string stakeholderId) =>
        TryGetIndex(stakeholderId, out var v)
            ? v
            : throw new UnknownStakeholderException(stakeholderId, $"stakeholder '{stakeholderId}' is not an actor in this two-mode projection");

    /// <summary>The vertex of an actor: false (and -1) when the stakeholder is not an actor in this projection.</summary>
    public bool TryGetIndex(string stakeholderId, out int vertex) => Graph.TryGetIndex(stakeholderId, out vertex);

    /// <summary>The affiliations of the actor at vertex <paramref name="v"/>, in network order.</summary>
    public IReadOnlyList<Stakeholder> AffiliationsOf(int v)
    {
        Graph.ThrowIfNotVertex(v);
        var result = new Stakeholder[_membershipOffsets[v + 1] - _membershipOffsets[v]];
        for (var p = _membershipOffsets[v]; p < _membershipOffsets[v + 1]; p++)
        {
            result[p - _membershipOffsets[v]] = Network.Stakeholders[_affiliationStakeholder[_memberships[p]]];
        }

        return result;
    }

    /// <summary>The affiliations two actors share (what their edge stands for), in network order; empty when none.</summary>
    public IReadOnlyList<Stakeholder> SharedAffiliations(int u, int v)
    {
        var shared = new List<Stakeholder>();
        foreach (var (p, _) in SharedMemberships(u, v))
        {
            shared.Add(Network.Stakeholders[_affiliationStakeholder[_memberships[p]]]);
        }

        return shared;
    }

    /// <summary>
    /// The positions in <see cref="StakeholderNetwork.Ties"/> of the ties that put <paramref name="u"/> and <paramref name="v"/>
    /// into their shared affiliations (the evidence for their edge), ascending; empty when they share none.
    /// </summary>
    public IReadOnlyList<int> EvidenceTieIndices(int u, int v)
    {
        var ties = new List<int>();
        foreach (var (p, q) in SharedMemberships(u, v))
        {
            for (var i = _membershipTieOffsets[p]; i < _membershipTieOffsets[p + 1]; i++)
            {
                ties.Add(_membershipTies[i]);
            }

            for (var i = _membershipTieOffsets[q]; i < _membershipTieOffsets[q + 1]; i++)
            {
                ties.Add(_membershipTies[i]);
            }
        }

        ties.Sort();
        return ties;
    }

    /// <summary>Pairs of membership positions (one of u's, one of v's) naming the same affiliation.</summary>
    private List<(int OfU, int OfV)> SharedMemberships(int u, int v)
    {
        Graph.ThrowIfNotVertex(u);
        Graph.ThrowIfNotVertex(v);
        var pairs = new List<(int, int)>();
        int p = _membershipOffsets[u], q = _membershipOffsets[v];
        while (p < _membershipOffsets[u + 1] && q < _membershipOffsets[v + 1])
        {
            var cmp = _memberships[p].CompareTo(_memberships[q]);
            if (cmp == 0)
            {
                pairs.Add((p++, q++));
            }
            else if (cmp < 0)
            {
                p++;
            }
            else
            {
                q++;
            }
        }

        return pairs;
    }

    /// <summary>Accumulates, for each actor u, the weight to every actor v &gt; u it shares an affiliation with.</summary>
    private static List<(int U, int V, double Weight)> ProjectEdges(
        int actorCount, int affiliationCount, int[] membershipOffsets, List<int> memberships,
        int[] memberOffsets, int[] members, AffiliationWeighting weighting)
    {
        var edges = new List<(int, int, double)>();
        var seenBy = new int[actorCount];
        Array.Fill(seenBy, -1);
        var weight = new double[actorCount];
        var shared = new int[actorCount];
        var touched = new List<int>();
        for (var u = 0; u < actorCount; u++)
        {
            touched.Clear();
            for (var p = membershipOffsets[u]; p < membershipOffsets[u + 1]; p++)
            {
                var k = memberships[p];
                var degree = memberOffsets[k + 1] - memberOffsets[k];
                var contribution = weighting == AffiliationWeighting.Collaboration ? 1.0 / (degree - 1) : 1.0;
                for (var i = memberOffsets[k]; i < memberOffsets[k + 1]; i++)
                {
                    var v = members[i];
                    if (v <= u)
                    {
                        continue;
                    }

                    if (seenBy[v] != u)
                    {
                        seenBy[v] = u;
                        weight[v] = 0;
                        shared[v] = 0;
                        touched.Add(v);
                    }

                    weight[v] += contribution;
                    shared[v]++;
                }
            }

            touched.Sort();
            foreach (var v in touched)
            {
                var w = weighting switch
                {
                    AffiliationWeighting.Count => shared[v],
                    AffiliationWeighting.Ratio => (double)shared[v] / affiliationCount,
                    AffiliationWeighting.Collaboration => weight[v],
                    AffiliationWeighting.Jaccard => (double)shared[v] / (Degree(membershipOffsets, u) + Degree(membershipOffsets, v) - shared[v]),
                    _ => throw new ArgumentOutOfRangeException(nameof(weighting), weighting, "Unknown affiliation weighting."),
                };
                edges.Add((u, v, w));
            }
        }

        return edges;
    }

    private static int Degree(int[] offsets, int v) => offsets[v + 1] - offsets[v];
}
