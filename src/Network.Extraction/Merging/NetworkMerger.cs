using System.Globalization;
using Stakeholders.Network.Extraction.Rules;
using Stakeholders.Network.IO;
using Stakeholders.Network.Model;

namespace Stakeholders.Network.Extraction;

/// <summary>What <see cref="NetworkMerger.Merge"/> is told beyond its own rules.</summary>
public sealed record MergeOptions
{
    /// <summary>Pairs (ids, names or aliases) that are the same stakeholder whatever the rules say (<c>--same X,Y</c>).</summary>
    public IReadOnlyList<(string First, string Second)> Same { get; init; } = [];

    /// <summary>Pairs (ids, names or aliases) that must stay apart whatever the rules say (<c>--keep-apart X,Y</c>).</summary>
    public IReadOnlyList<(string First, string Second)> KeepApart { get; init; } = [];

    /// <summary>People with the same name are kept apart when each holds positions and they share no organization. Default true.</summary>
    public bool SeparateNamesakes { get; init; } = true;
}

/// <summary>One pair of stakeholders the merger considered: merged or kept apart, by which rule, with which score.</summary>
/// <param name="Merged">The two were joined into one stakeholder.</param>
/// <param name="Rule">The rule that decided: <c>id</c>, <c>name</c>, <c>alias</c>, <c>acronym</c>, <c>title-stripped</c>, <c>same (override)</c>, <c>keep-apart (override)</c>, <c>different-kind</c>, <c>namesakes-different-organizations</c>, <c>generic-event-name</c>, <c>same-network</c>.</param>
/// <param name="Score">How strongly the rule says "same" (1 = identical id or an analyst's override; below 0.5 = evidence against).</param>
/// <param name="FirstSource">The network (file name or index) of the first stakeholder.</param>
/// <param name="FirstId">The first stakeholder's id in its network.</param>
/// <param name="FirstName">The first stakeholder's name.</param>
/// <param name="SecondSource">The network of the second stakeholder.</param>
/// <param name="SecondId">The second stakeholder's id in its network.</param>
/// <param name="SecondName">The second stakeholder's name.</param>
public sealed record MergeDecision(bool Merged, string Rule, double Score, string FirstSource, string FirstId, string FirstName, string SecondSource, string SecondId, string SecondName);

/// <summary>The merged network and every decision behind it.</summary>
/// <param name="Network">The merged network; a stakeholder joined from several inputs has the attribute <c>mergedFrom</c> (<c>source:id; source:id</c>).</param>
/// <param name="Decisions">Every pair considered, merged or kept apart, in the order decided.</param>
public sealed record MergeResult(StakeholderNetwork Network, IReadOnlyList<MergeDecision> Decisions)
{
    /// <summary>How many stakeholders of the merged network were joined from more than one input stakeholder.</summary>
    public int MergedStakeholders => Network.Stakeholders.Count(s => s.Attributes.ContainsKey(NetworkMerger.MergedFromAttribute));
}

/// <summary>
/// Joins networks built from different documents: the same stakeholder is found across them by id, name, alias, acronym
/// and title-stripped name; ties keep the evidence of every document and their dates accumulate; every decision is
/// logged. Deterministic: the same inputs in the same order give the same network.
/// </summary>
public static class NetworkMerger
{
    /// <summary>The stakeholder attribute that lists where a merged stakeholder came from: <c>source:id; source:id</c>.</summary>
    public const string MergedFromAttribute = "mergedFrom";

    private static readonly HashSet<string> TitleTokens = BuildTitleTokens();

    /// <summary>Merges networks; <paramref name="sourceNames"/> (file names, say) label them in the log and in <c>mergedFrom</c>.</summary>
    /// <exception cref="ArgumentException">An override names a stakeholder that no input has.</exception>
    public static MergeResult Merge(IReadOnlyList<StakeholderNetwork> networks, IReadOnlyList<string>? sourceNames = null, MergeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(networks);
        options ??= new MergeOptions();
        var names = sourceNames ?? networks.Select((_, i) => "#" + (i + 1).ToString(CultureInfo.InvariantCulture)).ToList();
        if (names.Count != networks.Count)
        {
            throw new ArgumentException("one source name per network is needed", nameof(sourceNames));
        }

        var nodes = new List<Node>();
        for (var n = 0; n < networks.Count; n++)
        {
            var affiliations = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            foreach (var t in networks[n].Ties)
            {
                if (t.Type == TieType.HoldsPosition && networks[n].TryGetStakeholder(t.Target, out var org))
                {
                    if (!affiliations.TryGetValue(t.Source, out var set))
                    {
                        set = new HashSet<string>(StringComparer.Ordinal);
                        affiliations[t.Source] = set;
                    }

                    foreach (var k in NameKeys(org))
                    {
                        set.Add(k);
                    }
                }
            }

            foreach (var s in networks[n].Stakeholders)
            {
                nodes.Add(new Node(nodes.Count, n, s, affiliations.TryGetValue(s.Id, out var a) ? a : null));
            }
        }

        var parent = Enumerable.Range(0, nodes.Count).ToArray();
        int Find(int x)
        {
            while (parent[x] != x)
            {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }

            return x;
        }

        var members = nodes.ToDictionary(n => n.Index, n => new List<int> { n.Index });
        var apart = new List<(int, int)>();
        var decisions = new List<MergeDecision>();
        MergeDecision Decision(Node a, Node b, bool merged, string rule, double score) =>
            new(merged, rule, score, names[a.Network], a.Stakeholder.Id, a.Stakeholder.Name, names[b.Network], b.Stakeholder.Id, b.Stakeholder.Name);

        List<Node> Resolve(string reference, string option)
        {
            var key = EntityRegistry.Key(reference);
            var found = nodes.Where(n => n.Stakeholder.Id == reference || NameKeys(n.Stakeholder).Contains(key)).ToList();
            return found.Count > 0 ? found : throw new ArgumentException($"{option} {reference}: no stakeholder of the inputs has this id, name or alias");
        }

        foreach (var (x, y) in options.KeepApart)
        {
            foreach (var a in Resolve(x, "--keep-apart"))
            {
                foreach (var b in Resolve(y, "--keep-apart"))
                {
                    apart.Add((a.Index, b.Index));
                    decisions.Add(Decision(a, b, false, "keep-apart (override)", 0));
                }
            }
        }

        bool Violates(int ra, int rb) => apart.Any(p =>
            (Find(p.Item1) == ra && Find(p.Item2) == rb) || (Find(p.Item1) == rb && Find(p.Item2) == ra));

        bool SameNetworkConflict(int ra, int rb) =>
            members[ra].Any(i => members[rb].Any(j => nodes[i].Network == nodes[j].Network));

        void Union(int ra, int rb)
        {
            if (ra > rb)
            {
                (ra, rb) = (rb, ra);
            }

            parent[rb] = ra;
            members[ra].AddRange(members[rb]);
            members.Remove(rb);
        }

        foreach (var (x, y) in options.Same)
        {
            var first = Resolve(x, "--same");
            foreach (var a in first)
            {
                foreach (var b in Resolve(y, "--same"))
                {
                    var (ra, rb) = (Find(a.Index), Find(b.Index));
                    if (ra == rb)
                    {
                        continue;
                    }

                    if (Violates(ra, rb))
                    {
                        decisions.Add(Decision(a, b, false, "keep-apart (override)", 0));
                        continue;
                    }

                    Union(ra, rb);
                    decisions.Add(Decision(a, b, true, "same (override)", 1));
                }
            }
        }

        // Candidate pairs: stakeholders of different networks that share a blocking key.
        var byKey = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var n in nodes)
        {
            foreach (var k in BlockingKeys(n.Stakeholder))
            {
                if (!byKey.TryGetValue(k, out var list))
                {
                    list = [];
                    byKey[k] = list;
                }

                if (list.Count == 0 || list[^1] != n.Index)
                {
                    list.Add(n.Index);
                }
            }
        }

        var candidates = new HashSet<(int, int)>();
        foreach (var list in byKey.Values)
        {
            if (list.Count < 2 || list.Count > 5000)
            {
                continue;
            }

            for (var i = 0; i < list.Count; i++)
            {
                for (var j = i + 1; j < list.Count; j++)
                {
                    if (nodes[list[i]].Network != nodes[list[j]].Network)
                    {
                        candidates.Add((Math.Min(list[i], list[j]), Math.Max(list[i], list[j])));
                    }
                }
            }
        }

        var scored = candidates.Select(p => (p.Item1, p.Item2, Score(nodes[p.Item1], nodes[p.Item2], options))).ToList();
        scored.Sort((a, b) => b.Item3.Score != a.Item3.Score ? b.Item3.Score.CompareTo(a.Item3.Score) : a.Item1 != b.Item1 ? a.Item1.CompareTo(b.Item1) : a.Item2.CompareTo(b.Item2));
        foreach (var (i, j, (rule, score, same)) in scored)
        {
            var a = nodes[i];
            var b = nodes[j];
            var (ra, rb) = (Find(i), Find(j));
            if (!same)
            {
                decisions.Add(Decision(a, b, false, rule, score));
                continue;
            }

            if (ra == rb)
            {
                continue;
            }

            if (Violates(ra, rb))
            {
                decisions.Add(Decision(a, b, false, "keep-apart (override)", 0));
                continue;
            }

            if (SameNetworkConflict(ra, rb))
            {
                decisions.Add(Decision(a, b, false, "same-network", score));
                continue;
            }

            Union(ra, rb);
            decisions.Add(Decision(a, b, true, rule, score));
        }

        return new MergeResult(Build(networks, names, nodes, members, Find), decisions);
    }

    /// <summary>Writes the decisions as CSV (one row per pair; cells that a spreadsheet would run as formulas are neutralised), atomically.</summary>
    public static void WriteLog(MergeResult result, string path)
    {
        ArgumentNullException.ThrowIfNull(result);
        AtomicFile.Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), leaveOpen: true);
            CsvCodec.WriteRecord(writer, ["decision", "rule", "score", "first_source", "first_id", "first_name", "second_source", "second_id", "second_name"]);
            foreach (var d in result.Decisions)
            {
                CsvCodec.WriteRecord(writer, [
                    d.Merged ? "merged" : "kept apart", d.Rule, d.Score.ToString("0.###", CultureInfo.InvariantCulture),
                    d.FirstSource, d.FirstId, d.FirstName, d.SecondSource, d.SecondId, d.SecondName,
                ]);
            }
        });
    }

    private sealed record Node(int Index, int Network, Stakeholder Stakeholder, HashSet<string>? Affiliations);

    private static HashSet<string> BuildTitleTokens()
    {
        var lex = ExtractorLexicon.Default;
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        set.UnionWith(lex.TitleWords);
        set.UnionWith(lex.TitleModifiers);
        set.UnionWith(lex.Honorifics);
        return set;
    }

    private static IEnumerable<string> Names(Stakeholder s) => s.Aliases.Prepend(s.Name);

    private static HashSet<string> NameKeys(Stakeholder s)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var n in Names(s))
        {
            var k = EntityRegistry.Key(n);
            keys.Add(k);
            if (s.Kind == StakeholderKind.Organization && EntityRegistry.StemKey(k) is { } stem)
            {
                keys.Add(stem);
            }
        }

        return keys;
    }

    private static string? TitleStripped(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var i = 0;
        while (i < words.Length - 1 && TitleTokens.Contains(words[i]))
        {
            i++;
        }

        return i == 0 ? null : EntityRegistry.Key(string.Join(' ', words[i..]));
    }

    private static string Acronym(string name)
    {
        var chars = name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length > 0 && char.IsUpper(w[0]))
            .Select(w => char.ToLowerInvariant(w[0]));
        return new string(chars.ToArray());
    }

    private static bool IsAcronym(string name) => name.Length is >= 2 and <= 10 && !name.Contains(' ', StringComparison.Ordinal) && name.Count(char.IsUpper) >= 2 && name.All(c => char.IsUpper(c) || char.IsDigit(c) || c is '&' or '-');

    private static IEnumerable<string> BlockingKeys(Stakeholder s)
    {
        yield return "i:" + s.Id;
        foreach (var k in NameKeys(s))
        {
            yield return "n:" + k;
        }

        foreach (var n in Names(s))
        {
            if (IsAcronym(n))
            {
                yield return "a:" + n.ToLowerInvariant();
            }
            else if (s.Kind != StakeholderKind.Person && n.Contains(' ', StringComparison.Ordinal))
            {
                var a = Acronym(n);
                if (a.Length >= 2)
                {
                    yield return "a:" + a;
                }
            }

            if (s.Kind == StakeholderKind.Person && TitleStripped(n) is { } stripped)
            {
                yield return "n:" + stripped;
            }
        }
    }

    private static (string Rule, double Score, bool Same) Score(Node a, Node b, MergeOptions options)
    {
        var x = a.Stakeholder;
        var y = b.Stakeholder;
        if (x.Kind != y.Kind)
        {
            return ("different-kind", 0.2, false);
        }

        var xKeys = NameKeys(x);
        var yKeys = NameKeys(y);
        string rule;
        double score;
        if (x.Id == y.Id && xKeys.Overlaps(yKeys))
        {
            (rule, score) = ("id", 1.0);
        }
        else if (EntityRegistry.Key(x.Name) == EntityRegistry.Key(y.Name))
        {
            (rule, score) = ("name", 0.95);
        }
        else if (xKeys.Overlaps(yKeys))
        {
            (rule, score) = ("alias", 0.9);
        }
        else if (AcronymMatch(x, y) || AcronymMatch(y, x))
        {
            (rule, score) = ("acronym", 0.85);
        }
        else if (Names(x).Select(TitleStripped).Where(k => k is not null).Any(k => yKeys.Contains(k!))
            || Names(y).Select(TitleStripped).Where(k => k is not null).Any(k => xKeys.Contains(k!)))
        {
            (rule, score) = ("title-stripped", 0.8);
        }
        else if (x.Id == y.Id)
        {
            return ("id-only", 0.4, false);
        }
        else
        {
            return ("no-match", 0.1, false);
        }

        if (x.Kind == StakeholderKind.Event && ExtractorLexicon.Default.EventPhrases.Any(p => string.Equals(p, x.Name, StringComparison.OrdinalIgnoreCase) || string.Equals(p, y.Name, StringComparison.OrdinalIgnoreCase)) && rule != "id")
        {
            return ("generic-event-name", 0.3, false);
        }

        if (options.SeparateNamesakes && x.Kind == StakeholderKind.Person && a.Affiliations is { Count: > 0 } fa && b.Affiliations is { Count: > 0 } fb && !fa.Overlaps(fb))
        {
            return ("namesakes-different-organizations", 0.4, false);
        }

        return (rule, score, true);
    }

    private static bool AcronymMatch(Stakeholder shortOne, Stakeholder longOne) =>
        Names(shortOne).Where(IsAcronym).Any(acr => Names(longOne).Any(n => n.Contains(' ', StringComparison.Ordinal) && Acronym(n) == acr.ToLowerInvariant()));

    private static StakeholderNetwork Build(IReadOnlyList<StakeholderNetwork> networks, IReadOnlyList<string> names, List<Node> nodes, Dictionary<int, List<int>> members, Func<int, int> find)
    {
        var builder = new StakeholderNetworkBuilder();
        var documents = new HashSet<string>(StringComparer.Ordinal);
        foreach (var net in networks)
        {
            foreach (var d in net.Documents)
            {
                if (documents.Add(d.Id))
                {
                    builder.AddDocument(d);
                }
            }
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var newId = new Dictionary<int, string>();
        var merged = 0;
        foreach (var root in members.Keys.OrderBy(k => k))
        {
            var group = members[root].OrderBy(i => i).Select(i => nodes[i]).ToList();
            var rep = group[0].Stakeholder;
            var id = rep.Id;
            for (var k = 2; !ids.Add(id); k++)
            {
                id = rep.Id + "-" + k.ToString(CultureInfo.InvariantCulture);
            }

            newId[root] = id;
            var aliases = new List<string>();
            var attributes = new SortedDictionary<string, string>(StringComparer.Ordinal);
            var mentions = 0;
            var anyMentions = false;
            foreach (var node in group)
            {
                foreach (var n in Names(node.Stakeholder))
                {
                    if (n != rep.Name && !aliases.Contains(n, StringComparer.Ordinal))
                    {
                        aliases.Add(n);
                    }
                }

                foreach (var (k, v) in node.Stakeholder.Attributes)
                {
                    if (k == "mentions" && int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var m))
                    {
                        mentions += m;
                        anyMentions = true;
                    }
                    else
                    {
                        attributes.TryAdd(k, v);
                    }
                }
            }

            if (anyMentions)
            {
                attributes["mentions"] = mentions.ToString(CultureInfo.InvariantCulture);
            }

            if (group.Count > 1)
            {
                merged++;
                attributes[MergedFromAttribute] = string.Join("; ", group.Select(n => names[n.Network] + ":" + n.Stakeholder.Id));
            }

            builder.AddStakeholder(rep with
            {
                Id = id,
                OrganizationType = group.Select(n => n.Stakeholder.OrganizationType).FirstOrDefault(t => t != OrganizationType.Unspecified),
                Aliases = aliases,
                Description = group.Select(n => n.Stakeholder.Description).FirstOrDefault(d => d is not null),
                Attributes = attributes,
            });
        }

        var offsets = new int[networks.Count];
        for (var n = 1; n < networks.Count; n++)
        {
            offsets[n] = offsets[n - 1] + networks[n - 1].Stakeholders.Count;
        }

        var ties = new Dictionary<string, Tie>(StringComparer.Ordinal);
        var order = new List<string>();
        for (var n = 0; n < networks.Count; n++)
        {
            var net = networks[n];
            foreach (var t in net.Ties)
            {
                var source = newId[find(offsets[n] + net.IndexOf(t.Source))];
                var target = newId[find(offsets[n] + net.IndexOf(t.Target))];
                var key = source + "\u0001" + t.Type.Name + "\u0001" + target + "\u0001" + t.Role;
                if (!ties.TryGetValue(key, out var existing))
                {
                    ties[key] = t with { Source = source, Target = target };
                    order.Add(key);
                    continue;
                }

                ties[key] = Combine(existing, t);
            }
        }

        var tieIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in order)
        {
            var t = ties[key];
            var baseId = t.Source + "|" + t.Type.Name + "|" + t.Target;
            var id = baseId;
            for (var k = 2; !tieIds.Add(id); k++)
            {
                id = baseId + "|" + k.ToString(CultureInfo.InvariantCulture);
            }

            builder.AddTie(t with { Id = id });
        }

        var titles = networks.Select(n => n.Title).Where(t => !string.IsNullOrWhiteSpace(t)).Distinct(StringComparer.Ordinal).ToList();
        builder.Title = networks.Count == 1 ? networks[0].Title : titles.Count == 1 ? titles[0] : string.Create(CultureInfo.InvariantCulture, $"{networks.Count} networks merged");
        builder.Description = string.Create(
            CultureInfo.InvariantCulture,
            $"Merged from {string.Join(", ", names)}: {merged} stakeholder(s) joined from more than one input (attribute mergedFrom); ties keep the evidence of every document.");
        return builder.Build();
    }

    private static Tie Combine(Tie a, Tie b)
    {
        var evidence = a.Evidence.ToList();
        foreach (var e in b.Evidence)
        {
            if (!evidence.Contains(e))
            {
                evidence.Add(e);
            }
        }

        var attributes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (k, v) in a.Attributes)
        {
            attributes[k] = v;
        }

        foreach (var (k, v) in b.Attributes)
        {
            if (!attributes.TryGetValue(k, out var old))
            {
                attributes[k] = v;
            }
            else if (old != v && k is "observed" or "rule" or "extractor" or "review")
            {
                var sep = k == "rule" ? "+" : "; ";
                attributes[k] = string.Join(sep, old.Split(sep).Concat(v.Split(sep)).Distinct(StringComparer.Ordinal).OrderBy(x => x, StringComparer.Ordinal));
            }
        }

        return a with
        {
            Evidence = evidence,
            Confidence = Math.Max(a.Confidence, b.Confidence),
            Strength = Math.Max(a.Strength, b.Strength),
            Period = Union(a.Period, b.Period),
            Attributes = attributes,
        };
    }

    private static DatePeriod? Union(DatePeriod? a, DatePeriod? b)
    {
        if (a is null)
        {
            return b;
        }

        if (b is null)
        {
            return a;
        }

        var start = a.Start is null || b.Start is null ? null : (a.Start.Value <= b.Start.Value ? a.Start : b.Start);
        var end = a.End is null || b.End is null ? null : (a.End.Value >= b.End.Value ? a.End : b.End);
        return new DatePeriod(start, end);
    }
}
