using System.Globalization;
using Stakeholders.Network.Graphs;
using Stakeholders.Network.Model;

namespace Stakeholders.Network.Reports.Model;

/// <summary>
/// Fills the parts of a <see cref="ReportModel"/> that need no analysis measures: the summary, evidence quotes, the
/// drawing input, key actor rows, charts and clusters from score arrays and a partition the caller computed.
/// </summary>
/// <remarks>
/// All functions are deterministic: ties in rankings are broken by vertex index, lists are ordered by count then name.
/// Arrays indexed by vertex (<c>scores</c>, <c>membership</c>) follow the <see cref="CsrGraph"/>'s vertex numbering;
/// the network, when given, supplies names, kinds and descriptions by vertex id (a vertex whose id is not a stakeholder
/// shows its id).
/// </remarks>
internal static class ReportModelBuilder
{
    /// <summary>This library's version, without build metadata (e.g. <c>0.1.0</c>).</summary>
    public static string LibraryVersion => Analysis.NetworkAnalyzer.LibraryVersion;

    /// <summary>The SHA-256 of a file, lower-case hex, for <see cref="MethodSection.InputSha256"/> (the core's <see cref="Analysis.NetworkAnalyzer.Sha256HexOfFile"/>).</summary>
    public static string Sha256OfFile(string path) => Analysis.NetworkAnalyzer.Sha256HexOfFile(path);

    /// <summary>
    /// The summary: counts by kind, organization type and tie type; sources; the date range of the ties (the earliest and
    /// latest partial date any tie period mentions); and, from <paramref name="graph"/> (or, when null, an undirected
    /// graph of all ties), the edge count, density (as NetworkX's <c>density</c>) and connected components (weak ones for
    /// directed graphs).
    /// </summary>
    public static NetworkSummary Summarize(StakeholderNetwork network, CsrGraph? graph = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        graph ??= UndirectedGraphOf(network);
        var byKind = Count(network.Stakeholders.Select(s => s.Kind.ToName()));
        var byType = Count(network.Stakeholders.Where(s => s.Kind == StakeholderKind.Organization).Select(s => s.OrganizationType.ToName()));
        var byTie = Count(network.Ties.Select(t => t.Type.Name ?? string.Empty));
        var dates = network.Ties.Where(t => t.Period is not null)
            .SelectMany(t => new[] { t.Period!.Start, t.Period.End })
            .Where(d => d.HasValue)
            .Select(d => d!.Value)
            .ToArray();
        var evidenceByDocument = network.Ties.SelectMany(t => t.Evidence).GroupBy(e => e.DocumentId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var documents = network.Documents
            .Select(d => new SourceDocumentRow(d.Id, d.Title, d.Url?.OriginalString, d.Published?.ToString(), evidenceByDocument.GetValueOrDefault(d.Id)))
            .Concat(evidenceByDocument.Keys.Where(id => network.Documents.All(d => d.Id != id)).Order(StringComparer.Ordinal)
                .Select(id => new SourceDocumentRow(id, null, null, null, evidenceByDocument[id])))
            .ToArray();
        var (components, largest) = Components(graph);
        return new NetworkSummary(network.Stakeholders.Count, network.Ties.Count)
        {
            ByKind = byKind,
            ByOrganizationType = byType,
            ByTieType = byTie,
            EdgeCount = graph.EdgeCount,
            ComponentCount = components,
            LargestComponentSize = largest,
            Density = Density(graph),
            Directed = graph.IsDirected,
            EarliestTieDate = dates.Length == 0 ? null : dates.Min().ToString(),
            LatestTieDate = dates.Length == 0 ? null : dates.Max().ToString(),
            DatedTieCount = network.Ties.Count(t => t.Period is { Start: not null } or { End: not null }),
            EvidencedTieCount = network.Ties.Count(t => t.Evidence.Count > 0),
            Documents = documents,
        };
    }

    /// <summary>Density as NetworkX computes it (the core's <see cref="Algorithms.Cohesion.CohesionMeasures.Density"/>): m / (n(n−1)) for directed graphs, 2m / (n(n−1)) for undirected; 0 when n ≤ 1.</summary>
    public static double Density(CsrGraph graph) => Algorithms.Cohesion.CohesionMeasures.Density(graph);

    /// <summary>The number of (weakly) connected components and the size of the largest (the core's <see cref="Algorithms.Paths.PathFinding.WeaklyConnectedComponents"/>); (0, 0) for an empty graph.</summary>
    public static (int Count, int LargestSize) Components(CsrGraph graph)
    {
        var result = Algorithms.Paths.PathFinding.WeaklyConnectedComponents(graph);
        return (result.Count, result.Count == 0 ? 0 : result.Sizes.Max());
    }

    /// <summary>
    /// A one-line description of a stakeholder for tables: its <see cref="Stakeholder.Description"/>, else its first
    /// <c>HOLDS_POSITION</c> or <c>MEMBER_OF</c> tie as "role, organization", else its organization type; null if none.
    /// </summary>
    public static string? Describe(StakeholderNetwork network, string stakeholderId)
    {
        ArgumentNullException.ThrowIfNull(network);
        var post = network.Ties.FirstOrDefault(t => t.Source == stakeholderId && IsPost(t));
        return Describe(network, stakeholderId, post);
    }

    private static bool IsPost(Tie t) => t.Type == TieType.HoldsPosition || t.Type == TieType.MemberOf;

    private static string? Describe(StakeholderNetwork network, string stakeholderId, Tie? post)
    {
        if (!network.TryGetStakeholder(stakeholderId, out var s))
        {
            return null;
        }

        if (!string.IsNullOrWhiteSpace(s.Description))
        {
            return s.Description;
        }

        if (post is not null && network.TryGetStakeholder(post.Target, out var org))
        {
            return string.IsNullOrWhiteSpace(post.Role) ? org.Name : $"{post.Role}, {org.Name}";
        }

        return s.Kind == StakeholderKind.Organization && s.OrganizationType != OrganizationType.Unspecified ? s.OrganizationType.ToName() : null;
    }

    // The first post (HOLDS_POSITION or MEMBER_OF tie) of every stakeholder, in one pass over the ties.
    private static Dictionary<string, Tie> FirstPosts(StakeholderNetwork network)
    {
        var posts = new Dictionary<string, Tie>(StringComparer.Ordinal);
        foreach (var t in network.Ties)
        {
            if (IsPost(t))
            {
                posts.TryAdd(t.Source, t);
            }
        }

        return posts;
    }

    /// <summary>Evidence items for the given ties, with at most <paramref name="maxQuotesPerTie"/> quotes each, in the given order.</summary>
    public static IReadOnlyList<EvidenceItem> Evidence(StakeholderNetwork network, IEnumerable<Tie> ties, int maxQuotesPerTie = 3)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(ties);
        ArgumentOutOfRangeException.ThrowIfNegative(maxQuotesPerTie);
        var titles = network.Documents.ToDictionary(d => d.Id, d => d, StringComparer.Ordinal);
        return ties.Select(t => new EvidenceItem(
                t.Id,
                RefOf(network, t.Source),
                RefOf(network, t.Target),
                t.Type.Name ?? string.Empty,
                t.Role,
                FormatPeriod(t.Period),
                t.Evidence.Take(maxQuotesPerTie).Select(e =>
                {
                    titles.TryGetValue(e.DocumentId, out var doc);
                    return new EvidenceQuote(e.DocumentId, doc?.Title, e.Quote, (e.Url ?? doc?.Url)?.OriginalString);
                }).ToArray()))
            .ToArray();
    }

    /// <summary>
    /// The top evidenced ties of each key actor, in actor order: up to <paramref name="tiesPerActor"/> ties that carry
    /// evidence, strongest first (then most sources, most confident, then tie id); a tie shared by two actors appears once.
    /// </summary>
    public static IReadOnlyList<EvidenceItem> EvidenceForActors(StakeholderNetwork network, IEnumerable<string> actorIds, int tiesPerActor = 3, int maxQuotesPerTie = 2)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(actorIds);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var chosen = new List<Tie>();
        var evidencedByEndpoint = network.Ties.Where(t => t.Evidence.Count > 0)
            .SelectMany(t => t.Source == t.Target ? new[] { (Id: t.Source, Tie: t) } : [(t.Source, t), (t.Target, t)])
            .ToLookup(x => x.Id, x => x.Tie, StringComparer.Ordinal);
        foreach (var id in actorIds)
        {
            var ties = evidencedByEndpoint[id]
                .OrderByDescending(t => t.Strength)
                .ThenByDescending(t => t.IndependentSourceCount)
                .ThenByDescending(t => t.Confidence)
                .ThenBy(t => t.Id, StringComparer.Ordinal)
                .Where(t => !seen.Contains(t.Id))
                .Take(tiesPerActor);
            foreach (var t in ties)
            {
                seen.Add(t.Id);
                chosen.Add(t);
            }
        }

        return Evidence(network, chosen, maxQuotesPerTie);
    }

    /// <summary>
    /// The drawing input from an analysis graph: one vertex per graph vertex (name, kind and description from
    /// <paramref name="network"/> when given), sized by <paramref name="size"/> and grouped by <paramref name="group"/>
    /// (-1 for none), one edge per graph edge with its weight and, when the network is given, the tie types behind it.
    /// </summary>
    /// <exception cref="ArgumentException">An array's length is not the vertex count.</exception>
    public static NetworkDrawingInput Drawing(
        CsrGraph graph,
        ReadOnlySpan<double> size,
        ReadOnlySpan<int> group,
        StakeholderNetwork? network = null,
        string sizeMeasure = "degree",
        IReadOnlyList<string>? groupNames = null,
        int layoutSeed = 42)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var n = graph.VertexCount;
        if (size.Length != n || group.Length != n)
        {
            throw new ArgumentException($"The size ({size.Length}) and group ({group.Length}) arrays must have one entry per vertex ({n}).");
        }

        var vertices = new DrawingVertex[n];
        var posts = network is null ? null : FirstPosts(network);
        for (var v = 0; v < n; v++)
        {
            var id = graph.IdOf(v);
            Stakeholder? s = null;
            var found = network is not null && network.TryGetStakeholder(id, out s);
            var tooltip = found ? Describe(network!, id, posts!.GetValueOrDefault(id)) : null;
            vertices[v] = new DrawingVertex(id, found ? s!.Name : id, found ? s!.Kind.ToName() : "unknown", group[v], size[v], tooltip);
        }

        var types = network is null ? null : TieTypesByPair(network, graph.IsDirected);
        var edges = new List<DrawingEdge>(graph.EdgeCount);
        foreach (var (s, t, w) in graph.Edges())
        {
            string? type = null;
            if (types is not null)
            {
                var key = PairKey(graph.IdOf(s), graph.IdOf(t), graph.IsDirected);
                types.TryGetValue(key, out type);
            }

            edges.Add(new DrawingEdge(s, t, w, type));
        }

        return new NetworkDrawingInput(vertices, edges)
        {
            SizeMeasure = sizeMeasure,
            ColorBy = DrawingColorBy.Group,
            GroupNames = groupNames ?? [],
            Directed = graph.IsDirected,
            LayoutSeed = layoutSeed,
        };
    }

    /// <summary>
    /// Key actor rows: the <paramref name="top"/> vertices by <paramref name="rankBy"/> (descending, ties by vertex index,
    /// non-finite last), each with every measure's value and a "why" line naming its ranks ("1st of 34 by betweenness,
    /// 3rd by pagerank").
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="rankBy"/> is not among the measures, or an array has the wrong length.</exception>
    public static KeyActorsSection KeyActors(
        CsrGraph graph,
        IReadOnlyList<(string Measure, double[] Scores)> measures,
        string rankBy,
        int top,
        StakeholderNetwork? network = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(measures);
        ArgumentOutOfRangeException.ThrowIfNegative(top);
        foreach (var (m, scores) in measures)
        {
            if (scores.Length != graph.VertexCount)
            {
                throw new ArgumentException($"The '{m}' scores have {scores.Length} entries, the graph has {graph.VertexCount} vertices.", nameof(measures));
            }
        }

        var primary = measures.FirstOrDefault(m => string.Equals(m.Measure, rankBy, StringComparison.Ordinal));
        if (primary.Scores is null)
        {
            throw new ArgumentException($"The ranking measure '{rankBy}' is not among the measures given ({string.Join(", ", measures.Select(m => m.Measure))}).", nameof(rankBy));
        }

        var ranks = measures.Select(m => RankPositions(m.Scores)).ToArray();
        var order = Order(primary.Scores);
        var rows = new List<KeyActorRow>();
        for (var r = 0; r < Math.Min(top, order.Length); r++)
        {
            var v = order[r];
            var id = graph.IdOf(v);
            Stakeholder? s = null;
            var found = network is not null && network.TryGetStakeholder(id, out s);
            var why = string.Join(", ", measures.Select((m, k) => (m.Measure, Rank: ranks[k][v], Defined: double.IsFinite(m.Scores[v])))
                .Where(x => x.Defined)
                .Select((x, k) => k == 0 ? $"{Ordinal(x.Rank + 1)} of {graph.VertexCount} by {x.Measure}" : $"{Ordinal(x.Rank + 1)} by {x.Measure}"));
            rows.Add(new KeyActorRow(
                r + 1,
                id,
                found ? s!.Name : id,
                found ? s!.Kind.ToName() : "unknown",
                found ? Describe(network!, id) : null,
                measures.Select(m => new MeasureValue(m.Measure, double.IsNaN(m.Scores[v]) ? null : m.Scores[v])).ToArray(),
                why.Length == 0 ? null : char.ToUpperInvariant(why[0]) + why[1..] + "."));
        }

        return new KeyActorsSection(rankBy, rows);
    }

    /// <summary>A ranking chart of the <paramref name="top"/> vertices by <paramref name="scores"/>.</summary>
    public static RankingChart Ranking(CsrGraph graph, string measure, double[] scores, int top, StakeholderNetwork? network = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(scores);
        return new RankingChart(measure, Order(scores).Take(top).Select(v => new RankingBar(NameOf(network, graph.IdOf(v)), scores[v])).ToArray());
    }

    /// <summary>
    /// The clusters section from a partition: communities largest first (ties by community number); members listed by
    /// <paramref name="importance"/>; the commonest organization types; and bridges — members with edges into other
    /// communities, most such edges first. With <paramref name="network"/>, each cluster is named from its content (its
    /// most central member and what most other members are), lists every member, and carries the tie types that bind it
    /// and a description; without it, clusters are labelled "Community 1", "Community 2", ... in size order.
    /// </summary>
    /// <exception cref="ArgumentException">An array's length is not the vertex count.</exception>
    public static ClustersSection Clusters(
        CsrGraph graph,
        ReadOnlySpan<int> membership,
        ReadOnlySpan<double> importance,
        string algorithm,
        double? modularity = null,
        StakeholderNetwork? network = null,
        int maxMembers = 8,
        int maxBridges = 5)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var n = graph.VertexCount;
        if (membership.Length != n || importance.Length != n)
        {
            throw new ArgumentException($"The membership ({membership.Length}) and importance ({importance.Length}) arrays must have one entry per vertex ({n}).");
        }

        var member = membership.ToArray();
        var weight = importance.ToArray();
        var outside = new int[n];
        for (var v = 0; v < n; v++)
        {
            foreach (var u in graph.OutNeighbors(v))
            {
                if (member[u] != member[v])
                {
                    outside[v]++;
                }
            }
        }

        var communities = Enumerable.Range(0, n).Where(v => member[v] >= 0).GroupBy(v => member[v])
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key).ToArray();
        var rows = new List<ClusterRow>(communities.Length);
        for (var k = 0; k < communities.Length; k++)
        {
            var vertices = communities[k].ToArray();
            var byImportance = vertices.OrderByDescending(v => double.IsFinite(weight[v]) ? weight[v] : double.NegativeInfinity).ThenBy(v => v).ToArray();
            var orgTypes = network is null
                ? []
                : Count(vertices.Select(v => network.TryGetStakeholder(graph.IdOf(v), out var s) && s.Kind == StakeholderKind.Organization && s.OrganizationType != OrganizationType.Unspecified ? s.OrganizationType.ToName() : null)
                    .OfType<string>()).Take(3).ToArray();
            var bridges = vertices.Where(v => outside[v] > 0).OrderByDescending(v => outside[v]).ThenBy(v => v).Take(maxBridges)
                .Select(v => RefOf(network, graph.IdOf(v))).ToArray();
            rows.Add(new ClusterRow(
                communities[k].Key,
                $"Community {k + 1}",
                vertices.Length,
                byImportance.Take(maxMembers).Select(v => RefOf(network, graph.IdOf(v))).ToArray(),
                orgTypes,
                bridges));
        }

        var section = new ClustersSection(true, rows.Count == 0 ? "The network has no stakeholders to group." : null, algorithm, modularity, rows);
        return network is null ? section : BriefingBuilder.NameClusters(section, graph, member, weight, network);
    }

    /// <summary>Group names for the drawing's legend, indexed by community number, matching the cluster labels.</summary>
    public static IReadOnlyList<string> GroupNames(ClustersSection clusters)
    {
        ArgumentNullException.ThrowIfNull(clusters);
        if (clusters.Clusters.Count == 0)
        {
            return [];
        }

        var names = new string[clusters.Clusters.Max(c => c.Id) + 1];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = string.Empty;
        }

        foreach (var c in clusters.Clusters.Where(c => c.Id >= 0))
        {
            names[c.Id] = c.Label;
        }

        return names;
    }

    /// <summary>
    /// A period in words: <c>2023-09-03</c> for a single date, <c>since 2018</c>, <c>until 2026</c>,
    /// <c>2024-01 to 2026</c>; null for no period or one with neither end known.
    /// </summary>
    public static string? FormatPeriod(DatePeriod? period) => period switch
    {
        null or { Start: null, End: null } => null,
        { Start: { } s, End: { } e } when s == e => s.ToString(),
        { Start: { } s, End: null } => $"since {s}",
        { Start: null, End: { } e } => $"until {e}",
        _ => $"{period.Start} to {period.End}",
    };

    /// <summary>Vertex positions ordered by descending score (non-finite last), ties by vertex index.</summary>
    public static int[] Order(double[] scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var order = Enumerable.Range(0, scores.Length).ToArray();
        Array.Sort(order, (a, b) =>
        {
            var sa = double.IsFinite(scores[a]) ? scores[a] : double.NegativeInfinity;
            var sb = double.IsFinite(scores[b]) ? scores[b] : double.NegativeInfinity;
            var c = sb.CompareTo(sa);
            return c != 0 ? c : a.CompareTo(b);
        });
        return order;
    }

    private static int[] RankPositions(double[] scores)
    {
        var order = Order(scores);
        var rank = new int[scores.Length];
        for (var r = 0; r < order.Length; r++)
        {
            // Equal scores share the better rank, so "why" texts never rank two equal stakeholders differently.
            rank[order[r]] = r > 0 && scores[order[r]].Equals(scores[order[r - 1]]) ? rank[order[r - 1]] : r;
        }

        return rank;
    }

    internal static string Ordinal(int n)
    {
        var suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return n.ToString(CultureInfo.InvariantCulture) + suffix;
    }

    private static StakeholderRef RefOf(StakeholderNetwork? network, string id) => new(id, NameOf(network, id));

    private static string NameOf(StakeholderNetwork? network, string id) =>
        network is not null && network.TryGetStakeholder(id, out var s) ? s.Name : id;

    private static CountRow[] Count(IEnumerable<string> names) =>
        names.GroupBy(x => x, StringComparer.Ordinal)
            .Select(g => new CountRow(g.Key, g.Count()))
            .OrderByDescending(c => c.Count)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .ToArray();

    private static CsrGraph UndirectedGraphOf(StakeholderNetwork network)
    {
        var builder = new CsrGraphBuilder(network.Stakeholders.Select(s => s.Id));
        foreach (var t in network.Ties)
        {
            builder.AddEdge(t.Source, t.Target);
        }

        return builder.Build();
    }

    private static string PairKey(string a, string b, bool directed) =>
        directed || string.CompareOrdinal(a, b) <= 0 ? a + "\u0000" + b : b + "\u0000" + a;

    private static Dictionary<string, string> TieTypesByPair(StakeholderNetwork network, bool directed)
    {
        var sets = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var t in network.Ties)
        {
            var key = PairKey(t.Source, t.Target, directed);
            if (!sets.TryGetValue(key, out var set))
            {
                sets[key] = set = new SortedSet<string>(StringComparer.Ordinal);
            }

            set.Add(t.Type.Name ?? string.Empty);
        }

        return sets.ToDictionary(kv => kv.Key, kv => string.Join(", ", kv.Value), StringComparer.Ordinal);
    }

}
