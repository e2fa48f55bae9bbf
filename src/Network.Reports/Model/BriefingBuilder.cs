using System.Globalization;
using Stakeholders.Network.Algorithms.Brokerage;
using Stakeholders.Network.Analysis;
using Stakeholders.Network.Graphs;
using Stakeholders.Network.Model;

namespace Stakeholders.Network.Reports.Model;

/// <summary>
/// The briefing texts of a report: brokers described by the pairs and groups they link, clusters named from their
/// content and judged against chance, stakeholder profiles, the network over time, and the written summary.
/// </summary>
/// <remarks>
/// Every sentence is built from facts of the network at hand (names, counts, values), so no sentence is true of every
/// network, and two rows share a sentence only when the facts in it are the same. All orders are deterministic.
/// </remarks>
internal static class BriefingBuilder
{
    /// <summary>What "group" means in the brokers section: organization type for organizations, kind for everyone else.</summary>
    public const string BrokerGrouping = "organization type";

    private static readonly BrokerageRole[] Roles =
        [BrokerageRole.Coordinator, BrokerageRole.Itinerant, BrokerageRole.Gatekeeper, BrokerageRole.Representative, BrokerageRole.Liaison];

    /// <summary>A count of a group in words, singular or plural ("1 event", "3 government bodies").</summary>
    public static string Noun(int count, string group) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? Singular(group) : Plural(group));

    /// <summary>A group label in singular words ("government body", "person").</summary>
    public static string Singular(string group) => group switch
    {
        "person" => "person",
        "organization" or "unspecified" => "organization of unstated type",
        "initiative" => "project",
        "government" => "government body",
        "state-owned-enterprise" => "state-owned enterprise",
        "company" => "company",
        "financial" => "financial institution",
        "academic" => "research body",
        "association" => "association",
        "diplomatic" => "diplomatic mission",
        "media" => "media outlet",
        "other" => "other organization",
        "event" or "place" => group,
        _ => $"“{group}” stakeholder",
    };

    /// <summary>A group label (<c>government</c>, <c>person</c>, ...) in plural words ("government bodies", "people").</summary>
    public static string Plural(string group) => group switch
    {
        "person" => "people",
        "organization" or "unspecified" => "organizations of unstated type",
        "event" => "events",
        "place" => "places",
        "initiative" => "projects",
        "government" => "government bodies",
        "state-owned-enterprise" => "state-owned enterprises",
        "company" => "companies",
        "financial" => "financial institutions",
        "academic" => "research bodies",
        "association" => "associations",
        "diplomatic" => "diplomatic missions",
        "media" => "media outlets",
        "other" => "other organizations",
        _ => $"“{group}” stakeholders",
    };

    /// <summary>A Gould–Fernandez role in plain words.</summary>
    public static string RoleMeaning(BrokerageRole role) => role switch
    {
        BrokerageRole.Coordinator => "linking two members of its own group",
        BrokerageRole.Itinerant => "linking two members of another group",
        BrokerageRole.Gatekeeper => "letting an outsider reach its own group",
        BrokerageRole.Representative => "carrying its own group's ties to outsiders",
        BrokerageRole.Liaison => "linking two different groups, neither its own",
        _ => "brokering",
    };

    /// <summary>The group label of every vertex for the brokers section (see <see cref="BrokerGrouping"/>).</summary>
    public static string[] BrokerGroups(NetworkProjection projection) =>
        NetworkAnalyzer.GroupLabelsOf(projection, "organization-type", new AnalysisOptions());

    /// <summary>The brokers section, ranked by <see cref="BrokerRanking.Order"/> (the ranking the <c>brokers</c> command uses).</summary>
    public static (BrokersSection Section, Dictionary<int, (IReadOnlyList<BrokeredPair> Pairs, int Count)> PairsByVertex) Brokers(
        NetworkProjection projection, string[] groups, int top, CancellationToken cancellationToken)
    {
        var graph = projection.Graph;
        var pairsByVertex = new Dictionary<int, (IReadOnlyList<BrokeredPair>, int)>();
        if (graph.VertexCount < 3 || graph.EdgeCount == 0)
        {
            return (BrokersSection.NotComputed("Brokerage needs at least three stakeholders and one tie."), pairsByVertex);
        }

        var roles = BrokerageMeasures.GouldFernandez(graph, groups, new GouldFernandezOptions { CancellationToken = cancellationToken });
        var constraint = BrokerageMeasures.StructuralHoles(graph, new StructuralHolesOptions { UseWeights = false, CancellationToken = cancellationToken }).Constraint;
        var total = roles.Raw[BrokerageRole.Total];
        var order = BrokerRanking.Order(graph, roles, constraint).Where(v => total[v] > 0).ToArray();
        if (order.Length == 0)
        {
            return (new BrokersSection(true, "No stakeholder sits between two others that have no tie of their own: nobody brokers in this network.", []), pairsByVertex);
        }

        // Stakeholders that sit between a single pair get a line in the section's note rather than a row of their own,
        // once at least one broker links more, so the rows are the brokers that matter.
        var shown = order.Take(top).ToArray();
        string? note = null;
        if (total[shown[0]] > 2)
        {
            var minor = order.Where(v => total[v] <= 2).ToArray();
            shown = shown.Where(v => total[v] > 2).ToArray();
            if (minor.Length > 0)
            {
                var names = minor.Take(8).Select(v => projection.StakeholderOf(v).Name).ToArray();
                note = Inv($"{Count(minor.Length, "more stakeholder", "more stakeholders")} each sit between a single pair: {JoinWords(names)}{(minor.Length > 8 ? Inv($" and {minor.Length - 8} others") : string.Empty)}.");
            }
        }

        var rows = new List<BrokerRow>();
        foreach (var v in shown)
        {
            var s = projection.StakeholderOf(v);
            var raw = BrokerRanking.Pairs(graph, v);
            var topPairs = TopPairs(projection, groups, raw, 5);
            pairsByVertex[v] = (topPairs, raw.Count);
            var links = raw
                .Select(p => string.CompareOrdinal(groups[p.First], groups[p.Second]) <= 0 ? (A: groups[p.First], B: groups[p.Second]) : (A: groups[p.Second], B: groups[p.First]))
                .GroupBy(x => x)
                .Select(g => new GroupLink(g.Key.A, g.Key.B, g.Count()))
                .OrderByDescending(l => l.PairCount).ThenBy(l => l.FirstGroup, StringComparer.Ordinal).ThenBy(l => l.SecondGroup, StringComparer.Ordinal)
                .ToArray();
            var onlyLinks = raw.Count(p => p.OtherBrokers == 0);
            var pairs = raw;
            var sentences = BrokerSentences(s.Name, groups[v], pairs.Count, onlyLinks, links, topPairs, roles, v, constraint[v]);
            var values = Roles.Select(r => new MeasureValue(r.ToString().ToLowerInvariant(), roles.Raw[r, v]))
                .Append(new MeasureValue("constraint", double.IsFinite(constraint[v]) ? constraint[v] : null))
                .ToArray();
            rows.Add(new BrokerRow(s.Id, s.Name, s.Kind.ToName(), values, string.Join(" ", sentences))
            {
                GroupingName = BrokerGrouping,
                OwnGroup = groups[v],
                PairCount = pairs.Count,
                GroupLinks = links,
                TopPairs = topPairs,
                OnlyLinkCount = onlyLinks,
                Sentences = sentences,
            });
        }

        // Pairs of the stakeholders not shown as rows, for their profiles.
        foreach (var v in order.Where(v => !pairsByVertex.ContainsKey(v) && total[v] > 0))
        {
            var raw = BrokerRanking.Pairs(graph, v);
            pairsByVertex[v] = (TopPairs(projection, groups, raw, 5), raw.Count);
        }

        return (new BrokersSection(true, note, rows), pairsByVertex);
    }

    // The pairs to name: those it alone links first, then pairs across groups, then by name; only the best few hundred
    // become records, so a hub with a million pairs costs no more than sorting their numbers.
    private static BrokeredPair[] TopPairs(NetworkProjection projection, string[] groups, IReadOnlyList<BrokeredPairResult> raw, int count)
    {
        var candidates = raw
            .OrderBy(p => p.OtherBrokers)
            .ThenBy(p => string.Equals(groups[p.First], groups[p.Second], StringComparison.Ordinal) ? 1 : 0)
            .Take(Math.Max(200, count * 40))
            .Select(p => new BrokeredPair(Ref(projection, p.First), Ref(projection, p.Second), groups[p.First], groups[p.Second], p.OtherBrokers))
            .OrderBy(p => p.OtherBrokers)
            .ThenBy(p => string.Equals(p.FirstGroup, p.SecondGroup, StringComparison.Ordinal) ? 1 : 0)
            .ThenBy(p => p.First.Name, StringComparer.Ordinal).ThenBy(p => p.Second.Name, StringComparer.Ordinal)
            .ToArray();
        return Diverse(candidates, count);
    }

    // The first pairs of a ranked list, preferring pairs whose ends have not appeared yet, so the few pairs named show the
    // breadth of what a broker links rather than one stakeholder paired with everyone.
    private static BrokeredPair[] Diverse(IReadOnlyList<BrokeredPair> ranked, int count)
    {
        var chosen = new List<BrokeredPair>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in ranked)
        {
            if (chosen.Count == count)
            {
                break;
            }

            if (!seen.Contains(p.First.Id) && !seen.Contains(p.Second.Id))
            {
                chosen.Add(p);
                seen.Add(p.First.Id);
                seen.Add(p.Second.Id);
            }
        }

        foreach (var p in ranked)
        {
            if (chosen.Count == count)
            {
                break;
            }

            if (!chosen.Contains(p))
            {
                chosen.Add(p);
            }
        }

        return chosen.ToArray();
    }

    // "government bodies ↔ companies (12 pairs)", or "people with one another (5 pairs)" for pairs inside one group.
    internal static string LinkWords(GroupLink link) =>
        link.FirstGroup == link.SecondGroup
            ? Inv($"{Plural(link.FirstGroup)} with one another ({Count(link.PairCount, "pair")})")
            : Inv($"{Plural(link.FirstGroup)} ↔ {Plural(link.SecondGroup)} ({Count(link.PairCount, "pair")})");

    private static string[] BrokerSentences(
        string name, string ownGroup, int pairCount, int onlyLinks, IReadOnlyList<GroupLink> links, IReadOnlyList<BrokeredPair> topPairs,
        GouldFernandezResult roles, int v, double constraint)
    {
        var sentences = new List<string>
        {
            onlyLinks == 0
                ? Inv($"Sits between {Count(pairCount, "pair")} of stakeholders with no tie of their own; every pair has another go-between too.")
                : Inv($"Sits between {Count(pairCount, "pair")} of stakeholders with no tie of their own, and is the only go-between for {onlyLinks} of them."),
        };
        if (links.Count > 0)
        {
            sentences.Add("By organization type, it links " + JoinWords(links.Take(3).Select(LinkWords).ToArray())
                + (links.Count > 3 ? Inv($", and {Count(links.Skip(3).Sum(l => l.PairCount), "pair")} more") : string.Empty) + ".");
        }

        if (topPairs.Count > 0)
        {
            sentences.Add("Pairs it links: " + string.Join("; ", topPairs.Take(3).Select(p => p.IsOnlyLink
                ? $"the only link between {p.First.Name} and {p.Second.Name}"
                : Inv($"{p.First.Name} and {p.Second.Name} (with {Count(p.OtherBrokers, "other go-between", "other go-betweens")})"))) + ".");
        }

        var total = roles.Raw[BrokerageRole.Total, v];
        var main = Roles.OrderByDescending(r => roles.Raw[r, v]).ThenBy(r => (int)r).First();
        var others = Roles.Where(r => r != main && roles.Raw[r, v] > 0).OrderByDescending(r => roles.Raw[r, v]).ThenBy(r => (int)r).Take(2)
            .Select(r => Inv($"{roles.Raw[r, v]:0} as {r.ToString().ToLowerInvariant()}")).ToArray();
        sentences.Add(Inv($"Gould–Fernandez roles, with groups by organization type (its own: {Plural(ownGroup)}): {roles.Raw[main, v]:0} of its {total:0} brokering paths as {main.ToString().ToLowerInvariant()}, {RoleMeaning(main)}")
            + (others.Length > 0 ? "; " + string.Join(", ", others) : string.Empty) + ".");
        if (double.IsFinite(constraint))
        {
            var band = constraint < 0.2 ? "low: its contacts are barely tied to one another, so they depend on it to reach each other"
                : constraint < 0.5 ? "moderate: some of its contacts can reach each other without it"
                : "high: its contacts are tied to one another, so it is easy to bypass";
            sentences.Add(Inv($"Burt's constraint {constraint:0.000} (0 = contacts entirely unconnected, 1 = one contact it fully depends on) is {band}."));
        }

        return sentences.ToArray();
    }

    /// <summary>Names, descriptions and binding ties of the clusters; fragments of one or two members marked as such.</summary>
    public static ClustersSection NameClusters(ClustersSection section, CsrGraph graph, int[] membership, double[] importance, StakeholderNetwork network)
    {
        if (!section.IsComputed || section.Clusters.Count == 0)
        {
            return section;
        }

        var vertexOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var v = 0; v < graph.VertexCount; v++)
        {
            vertexOf[graph.IdOf(v)] = v;
        }

        var used = new Dictionary<string, int>(StringComparer.Ordinal);
        var rows = new List<ClusterRow>();
        foreach (var c in section.Clusters)
        {
            var members = Enumerable.Range(0, graph.VertexCount).Where(v => membership[v] == c.Id)
                .OrderByDescending(v => double.IsFinite(importance[v]) ? importance[v] : double.NegativeInfinity).ThenBy(v => v).ToArray();
            var stakeholders = members.Select(v => network.TryGetStakeholder(graph.IdOf(v), out var s) ? s : new Stakeholder(graph.IdOf(v), graph.IdOf(v), StakeholderKind.Organization)).ToArray();
            var binding = CountBy(network.Ties
                .Where(t => vertexOf.TryGetValue(t.Source, out var a) && vertexOf.TryGetValue(t.Target, out var b) && membership[a] == c.Id && membership[b] == c.Id)
                .Select(t => t.Type.Name ?? string.Empty));
            var kinds = CountBy(stakeholders.Select(GroupOf));
            var name = ClusterName(stakeholders);
            used[name] = used.GetValueOrDefault(name) + 1;
            if (used[name] > 1)
            {
                name = Inv($"{name} ({used[name]})");
            }

            var description = stakeholders.Length <= 2
                ? Inv($"A fragment rather than a cluster: {Count(stakeholders.Length, "member")}, too few to call a group.")
                : Inv($"{Count(stakeholders.Length, "member")}: {JoinWords(kinds.Take(4).Select(k => Noun(k.Count, k.Name)).Concat(kinds.Length > 4 ? [Inv($"{kinds.Skip(4).Sum(k => k.Count)} more")] : []).ToArray())}.")
                  + (binding.Length > 0 ? " Held together mostly by " + JoinWords(binding.Take(3).Select(b => Inv($"{b.Name} ({b.Count})")).ToArray()) + " ties." : string.Empty);
            rows.Add(c with
            {
                Label = name,
                Members = members.Select(v => Ref(network, graph.IdOf(v))).ToArray(),
                BindingTies = binding,
                Kinds = kinds,
                Description = description,
            });
        }

        return section with { Clusters = rows };
    }

    // "X and the companies around it", "X and Y", "X alone"; the head is the most central member.
    private static string ClusterName(IReadOnlyList<Stakeholder> byImportance)
    {
        var head = byImportance[0];
        if (byImportance.Count == 1)
        {
            return $"{head.Name} alone";
        }

        if (byImportance.Count == 2)
        {
            return $"{head.Name} and {byImportance[1].Name}";
        }

        var rest = byImportance.Skip(1).Select(GroupOf).ToArray();
        var counts = CountBy(rest);
        var dominant = counts[0];
        if (dominant.Count * 2 > rest.Length)
        {
            return $"{head.Name} and the {Plural(dominant.Name)} around it";
        }

        return counts.Length > 1
            ? $"{head.Name}, with {Plural(counts[0].Name)} and {Plural(counts[1].Name)}"
            : $"{head.Name} and the {Plural(dominant.Name)} around it";
    }

    private static string GroupOf(Stakeholder s) =>
        s.Kind == StakeholderKind.Organization && s.OrganizationType != OrganizationType.Unspecified ? s.OrganizationType.ToName() : s.Kind.ToName();

    /// <summary>The partition judged against degree-preserving rewirings, in words.</summary>
    public static ClusterSignificance Significance(CsrGraph graph, string algorithm, int rewirings, int seed, CancellationToken cancellationToken)
    {
        var result = PartitionSignificance.Compute(graph, new PartitionSignificanceOptions { Algorithm = algorithm, Rewirings = rewirings, Seed = seed, CancellationToken = cancellationToken });
        var z = result.Z;
        var share = result.ShareBeaten;
        var compared = Inv($"modularity {result.Observed:0.000} against {result.NullMean:0.000} ± {result.NullStandardDeviation:0.000} on {rewirings} random rewirings of this network that keep every stakeholder's number of ties");
        var zText = double.IsFinite(z) ? Inv($"z = {z:0.0}, i.e. {Math.Abs(z):0.0} standard deviations {(z >= 0 ? "above" : "below")} their mean; ") : string.Empty;
        var verdict = share >= 0.95 && (!double.IsFinite(z) || z >= 2)
            ? Inv($"The clusters are stronger than chance: {compared} ({zText}higher than {share:0%} of them).")
            : share >= 0.5
                ? Inv($"The clusters are only weakly stronger than chance: {compared} ({zText}higher than {share:0%} of them). Read them as a rough guide, not as firm groups.")
                : Inv($"The clusters are no stronger than chance: {compared} ({zText}higher than only {share:0%} of them). A network with these numbers of ties splits this well at random, so the clusters say little.");
        return new ClusterSignificance(result.Observed, rewirings, seed, result.NullMean, result.NullStandardDeviation, share, verdict);
    }

    /// <summary>One profile per vertex of the analysis graph.</summary>
    public static IReadOnlyList<StakeholderProfile> Profiles(
        NetworkProjection projection,
        IReadOnlyList<(string Measure, double[] Scores)> columns,
        RankStabilityResult? stability,
        int[] membership,
        ClustersSection clusters,
        Dictionary<int, (IReadOnlyList<BrokeredPair> Pairs, int Count)> pairs)
    {
        var graph = projection.Graph;
        var network = projection.Network;
        var titles = network.Documents.ToDictionary(d => d.Id, d => d, StringComparer.Ordinal);
        var tiesOf = network.Ties.SelectMany(t => t.Source == t.Target ? new[] { (Id: t.Source, Tie: t) } : [(t.Source, t), (t.Target, t)])
            .ToLookup(x => x.Id, x => x.Tie, StringComparer.Ordinal);
        var ranks = columns.Select(c => CompetitionRanking.Ranks(c.Scores)).ToArray();
        var intervals = stability?.Stakeholders.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var clusterNames = clusters.Clusters.ToDictionary(c => c.Id, c => c.Label);
        var profiles = new StakeholderProfile[graph.VertexCount];
        for (var v = 0; v < graph.VertexCount; v++)
        {
            var s = projection.StakeholderOf(v);
            var ties = tiesOf[s.Id].ToArray();
            var posts = ties.Where(t => t.Source == s.Id && (t.Type == TieType.HoldsPosition || t.Type == TieType.MemberOf))
                .Select(t => string.IsNullOrWhiteSpace(t.Role) ? NameOf(network, t.Target) : $"{t.Role}, {NameOf(network, t.Target)}");
            var profileTitles = (string.IsNullOrWhiteSpace(s.Description) ? posts : posts.Prepend(s.Description!)).Distinct(StringComparer.Ordinal).ToArray();
            var groups = ties.GroupBy(t => t.Type.Name ?? string.Empty, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new ProfileTieGroup(g.Key, g.Select(t => new ProfileTie(
                    t.Id,
                    Ref(network, t.Source == s.Id ? t.Target : t.Source),
                    t.Source == s.Id,
                    t.Role,
                    ReportModelBuilder.FormatPeriod(t.Period),
                    t.Period?.Start?.ToString(),
                    t.Period?.End?.ToString(),
                    t.Evidence.Take(3).Select(e =>
                    {
                        titles.TryGetValue(e.DocumentId, out var doc);
                        return new EvidenceQuote(e.DocumentId, doc?.Title, e.Quote, (e.Url ?? doc?.Url)?.OriginalString);
                    }).ToArray())).ToArray()))
                .ToArray();
            var vertex = v;
            var profileRanks = columns.Select((c, k) =>
            {
                var value = c.Scores[vertex];
                StakeholderRankInterval? interval = null;
                var hasInterval = intervals is not null && stability!.Measure == c.Measure && intervals.TryGetValue(s.Id, out interval);
                return new ProfileRank(c.Measure, double.IsNaN(value) ? null : value, ranks[k][vertex], graph.VertexCount, hasInterval ? interval!.LowerRank : null, hasInterval ? interval!.UpperRank : null);
            }).ToArray();
            var brokered = pairs.TryGetValue(v, out var p) ? p : ([], 0);
            profiles[v] = new StakeholderProfile(s.Id, s.Name, s.Kind.ToName())
            {
                OrganizationType = s.Kind == StakeholderKind.Organization && s.OrganizationType != OrganizationType.Unspecified ? s.OrganizationType.ToName() : null,
                Aliases = s.Aliases,
                Titles = profileTitles,
                Ties = groups,
                Ranks = profileRanks,
                BrokeredPairs = brokered.Item1,
                BrokeredPairCount = brokered.Item2,
                ClusterId = membership[v],
                ClusterName = membership[v] >= 0 && clusterNames.TryGetValue(membership[v], out var cn) ? cn : null,
            };
        }

        return profiles;
    }

    /// <summary>How many ties began (and how many ended) each step of the over-time section lists at most.</summary>
    internal const int TimelineTieLimit = 20;

    /// <summary>
    /// The network over time: snapshots at <paramref name="dates"/> (or, when null, at the dates the ties themselves
    /// start and end, at most five spread over the range), ties gained and lost and the largest rank moves between
    /// consecutive snapshots, by <see cref="PeriodComparison"/>. Each snapshot's projection and scores are computed once
    /// and reused for both steps it belongs to. Betweenness of a snapshot with more than
    /// <paramref name="exactBetweennessLimit"/> stakeholders is estimated from sample sources, as for the whole network
    /// (<see cref="StakeholderReport.SampledBetweenness"/>), and the section's note says so. A step lists at most
    /// <see cref="TimelineTieLimit"/> ties begun and as many ended (<see cref="CapTies"/>); its counts are exact.
    /// </summary>
    public static TimelineSection Timeline(StakeholderNetwork network, ProjectionOptions projection, IReadOnlyList<PartialDate>? dates, PeriodComparisonOptions options, int exactBetweennessLimit, CancellationToken cancellationToken)
    {
        var dated = network.Ties.Where(t => t.Period is { Start: not null } or { End: not null }).ToArray();
        if (dated.Length == 0 && dates is null)
        {
            return TimelineSection.NotComputed("No tie carries a date, so the network cannot be compared over time.");
        }

        var chosen = dates?.Distinct().Order().ToArray() ?? PickDates(dated);
        if (chosen.Length < 2)
        {
            return TimelineSection.NotComputed(Inv($"Every dated tie falls on {chosen.FirstOrDefault()}: there is only one moment to show."));
        }

        var baseOptions = projection with { AsOf = null, From = null, To = null };
        var tiesById = new Dictionary<string, Tie>(StringComparer.Ordinal);
        foreach (var t in network.Ties)
        {
            tiesById.TryAdd(t.Id, t);
        }

        var snapshots = new List<TimelineSnapshot>();
        var steps = new List<TimelineStep>();
        var measure = MeasureCatalog.TryGet(options.Measure, out var definition) ? definition.Name : options.Measure;
        var comparisonOptions = options with { CancellationToken = cancellationToken };
        var sampled = new List<string>();
        PeriodSnapshot? previous = null;
        for (var i = 0; i < chosen.Length; i++)
        {
            var p = PeriodComparison.AsOf(network, chosen[i], baseOptions);
            PeriodSnapshot current;
            if (measure == "betweenness" && p.Graph.VertexCount > exactBetweennessLimit)
            {
                current = new PeriodSnapshot(p, measure, StakeholderReport.SampledBetweenness(p.Graph, options.Seed, cancellationToken));
                sampled.Add(chosen[i].ToString());
            }
            else
            {
                current = PeriodComparison.Snapshot(p, comparisonOptions);
            }

            var leader = p.Graph.VertexCount == 0 ? null : Ref(p, ReportModelBuilder.Order([.. current.Scores])[0]);
            snapshots.Add(new TimelineSnapshot(chosen[i].ToString(), p.Graph.VertexCount, p.KeptTieIndices.Count, leader));
            if (previous is not null)
            {
                var c = PeriodComparison.Compare(previous, current);
                steps.Add(new TimelineStep(
                    chosen[i - 1].ToString(),
                    chosen[i].ToString(),
                    CapTies(c.TiesGained, current, TimelineTieLimit).Select(t => TimelineTieOf(network, tiesById, t)).ToArray(),
                    c.TiesGained.Count,
                    CapTies(c.TiesLost, previous, TimelineTieLimit).Select(t => TimelineTieOf(network, tiesById, t)).ToArray(),
                    c.TiesLost.Count,
                    c.RankChanges.Where(r => r.Movement != 0).Take(5).Select(r => new TimelineMove(new StakeholderRef(r.Id, r.Name), r.RankBefore, r.RankAfter)).ToArray()));
            }

            previous = current;
        }

        var reason = dates is null ? "Snapshots at the dates the ties start and end." : "Snapshots at the dates asked for.";
        if (sampled.Count > 0)
        {
            reason += Inv($" Betweenness as of {string.Join(", ", sampled)} was estimated from {StakeholderReport.BetweennessSampleSources} sample sources chosen with seed {options.Seed} (more than {exactBetweennessLimit} stakeholders then), as for the whole network; ranks near each other may swap.");
        }

        return new TimelineSection(true, reason, measure, snapshots, steps);
    }

    /// <summary>
    /// The ties of a step to list: all of them, in network order, when there are at most <paramref name="limit"/>;
    /// otherwise the <paramref name="limit"/> touching the highest-ranked stakeholders of <paramref name="snapshot"/> (the
    /// snapshot the ties are in) first — by the better rank of their two ends, then by tie id.
    /// </summary>
    internal static IReadOnlyList<TieChange> CapTies(IReadOnlyList<TieChange> ties, PeriodSnapshot snapshot, int limit)
    {
        if (ties.Count <= limit)
        {
            return ties;
        }

        int RankOf(string id) => snapshot.Projection.TryGetIndex(id, out var v) ? snapshot.Ranks[v] : int.MaxValue;
        return ties
            .Select(t => (Tie: t, Rank: Math.Min(RankOf(t.SourceId), RankOf(t.TargetId))))
            .OrderBy(x => x.Rank)
            .ThenBy(x => x.Tie.TieId, StringComparer.Ordinal)
            .Take(limit)
            .Select(x => x.Tie)
            .ToArray();
    }

    private static PartialDate[] PickDates(IReadOnlyList<Tie> dated)
    {
        var all = dated.SelectMany(t => new[] { t.Period!.Start, t.Period.End }).Where(d => d.HasValue).Select(d => d!.Value).Distinct().Order().ToArray();
        if (all.Length <= 5)
        {
            return all;
        }

        return Enumerable.Range(0, 5).Select(k => all[(int)Math.Round(k * (all.Length - 1) / 4.0)]).Distinct().ToArray();
    }

    private static TimelineTie TimelineTieOf(StakeholderNetwork network, Dictionary<string, Tie> tiesById, TieChange t) =>
        new(t.TieId, Ref(network, t.SourceId), Ref(network, t.TargetId), t.Type, ReportModelBuilder.FormatPeriod(tiesById.GetValueOrDefault(t.TieId)?.Period) ?? t.Period);

    /// <summary>The written summary: 3 to 6 sentences, each from a finding of the report and pointing at its section.</summary>
    public static IReadOnlyList<FindingSentence> Findings(ReportModel model, CsrGraph graph, RankStabilityResult? stability)
    {
        var findings = new List<FindingSentence>();
        var n = graph.VertexCount;
        if (model.KeyActors.Rows.Count > 0)
        {
            var top = model.KeyActors.Rows[0];
            var v = graph.IndexOf(top.Id);
            var degree = v >= 0 ? graph.Degree(v) : 0;
            var rankedBy = model.KeyActors.RankedBy;
            double? ValueOf(KeyActorRow row) => row.Measures.FirstOrDefault(m => m.Measure == rankedBy)?.Value;
            var tied = model.KeyActors.Rows.Count > 1 && ValueOf(model.KeyActors.Rows[1]) == ValueOf(top);
            var second = model.KeyActors.Rows.Count <= 1 ? string.Empty
                : tied ? Inv($", level with {model.KeyActors.Rows[1].Name}")
                : Inv($", ahead of {model.KeyActors.Rows[1].Name}");
            findings.Add(new(Inv($"{top.Name} holds the network together: first of {n} by {rankedBy}{second}, with direct ties to {Count(degree, "stakeholder")}."), ReportSections.KeyActors));
            if (stability is not null && stability.Stakeholders.FirstOrDefault(s => s.Id == top.Id) is { } interval)
            {
                // The same criterion as the key actors' sentence (RankSupportBuilder): firmly first in at least 90% of the networks.
                var firm = interval.FirstShare >= RankSupportBuilder.FirmShare;
                var first = Inv($"first in {(firm ? string.Empty : "only ")}{Math.Round(interval.FirstShare * stability.Replicates)} of them");
                findings.Add(new(
                    Inv($"That ranking is {(firm ? "firm" : "soft")}: with a fifth of the ties dropped at random {stability.Replicates} times, {top.Name} is {first}")
                    + (Ordinal(interval.LowerRank) == Ordinal(interval.UpperRank)
                        ? Inv($" and {Ordinal(interval.LowerRank)} in nine runs out of ten")
                        : Inv($" and ranks between {Ordinal(interval.LowerRank)} and {Ordinal(interval.UpperRank)} in nine runs out of ten"))
                    + (firm ? "." : ", so read the order of the top stakeholders as approximate."),
                    ReportSections.KeyActors));
            }
        }

        if (model.Brokers.Rows.Count > 0)
        {
            var b = model.Brokers.Rows[0];
            var link = b.GroupLinks.FirstOrDefault();
            var between = link is null ? null : link.FirstGroup == link.SecondGroup ? $"two {Plural(link.FirstGroup)}" : $"{Plural(link.FirstGroup)} and {Plural(link.SecondGroup)}";
            var groupsText = link is null ? string.Empty : Inv($", {(link.PairCount * 2 > b.PairCount ? "mostly" : "most often")} between {between} ({Count(link.PairCount, "pair")}, groups by organization type)");
            var only = b.OnlyLinkCount > 0 ? Inv($"; for {b.OnlyLinkCount} of them it is the only go-between") : string.Empty;
            findings.Add(new(Inv($"{b.Name} is the main broker, sitting between {Count(b.PairCount, "pair")} of otherwise unconnected stakeholders{groupsText}{only}."), ReportSections.Brokers));
        }

        if (model.Clusters.IsComputed && model.Clusters.Clusters.Count > 0)
        {
            var real = model.Clusters.Clusters.Where(c => !c.IsFragment).ToArray();
            var fragments = model.Clusters.Clusters.Count - real.Length;
            var names = real.Take(3).Select(c => $"“{c.Label}”").ToArray();
            var strength = model.Clusters.Significance is { } sig
                ? sig.ShareBeaten >= 0.95 ? "stronger than chance" : sig.ShareBeaten >= 0.5 ? "only weakly stronger than chance" : "no stronger than chance"
                : null;
            var text = real.Length == 0
                ? Inv($"Community detection finds only fragments of one or two stakeholders ({model.Clusters.Clusters.Count}), no real clusters")
                : Inv($"{Count(real.Length, "cluster")} {(real.Length == 1 ? "stands" : "stand")} out, led by {JoinWords(real.Length > 3 ? [.. names, Inv($"{real.Length - 3} more")] : names)}")
                  + (fragments > 0 ? Inv($", plus {Count(fragments, "fragment")} of one or two stakeholders") : string.Empty);
            findings.Add(new(text + (strength is null ? "." : $"; {(real.Length == 1 ? "it is" : "they are")} {strength}."), ReportSections.Clusters));
        }

        if (model.Timeline.IsComputed && model.Timeline.Steps.Count > 0)
        {
            var first = model.Timeline.Snapshots[0];
            var last = model.Timeline.Snapshots[^1];
            var peak = model.Timeline.Snapshots.OrderByDescending(x => x.TieCount).ThenBy(x => x.Date, StringComparer.Ordinal).First();
            var mover = model.Timeline.Steps.SelectMany(x => x.Moves).OrderByDescending(m => Math.Abs(m.Movement)).FirstOrDefault();
            var shape = peak != first && peak != last
                ? Inv($"Between {first.Date} and {last.Date} the network peaks on {peak.Date} with {peak.TieCount} ties in force, against {first.TieCount} at the start and {last.TieCount} at the end")
                : Inv($"Between {first.Date} and {last.Date} the ties in force go from {first.TieCount} to {last.TieCount}");
            findings.Add(new(
                shape + (mover is null ? "." : Inv($"; {mover.Stakeholder.Name} moves most, from rank {mover.RankBefore} to {mover.RankAfter} by {model.Timeline.Measure}.")),
                ReportSections.Timeline));
        }

        var s = model.Summary;
        var documents = s.Documents.Count;
        findings.Add(new(
            Inv($"The evidence: {s.EvidencedTieCount} of the {Count(s.TieCount, "tie")} {(s.EvidencedTieCount == 1 ? "rests" : "rest")} on a quoted source ({Count(documents, "document")})")
            + (s.DatedTieCount > 0 ? Inv($", and {s.DatedTieCount} are dated, from {s.EarliestTieDate} to {s.LatestTieDate}.") : ", and none is dated."),
            ReportSections.Evidence));
        return findings.Take(6).ToArray();
    }

    internal static string Ordinal(double rank)
    {
        var r = (int)Math.Round(rank);
        return ReportModelBuilder.Ordinal(Math.Max(1, r));
    }

    private static StakeholderRef Ref(NetworkProjection projection, int v)
    {
        var s = projection.StakeholderOf(v);
        return new StakeholderRef(s.Id, s.Name);
    }

    private static StakeholderRef Ref(StakeholderNetwork network, string id) => new(id, NameOf(network, id));

    private static string NameOf(StakeholderNetwork network, string id) => network.TryGetStakeholder(id, out var s) ? s.Name : id;

    private static CountRow[] CountBy(IEnumerable<string> names) =>
        names.GroupBy(x => x, StringComparer.Ordinal)
            .Select(g => new CountRow(g.Key, g.Count()))
            .OrderByDescending(c => c.Count)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .ToArray();

    internal static string Count(int n, string singular, string? plural = null) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? singular : plural ?? singular + "s");

    internal static string JoinWords(IReadOnlyList<string> items) => items.Count switch
    {
        0 => string.Empty,
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
