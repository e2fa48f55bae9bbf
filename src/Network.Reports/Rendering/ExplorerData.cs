using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using Stakeholders.Network.Reports.Drawing;
using Stakeholders.Network.Reports.Model;
using Stakeholders.Network.Reports.Text;

namespace Stakeholders.Network.Reports.Rendering;

/// <summary>
/// The data the report's script reads, written as a JSON island (<c>&lt;script type="application/json"&gt;</c>): the
/// stakeholders (name, other names, kind, organization type, cluster, circle, titles, ranks, brokered pairs), their
/// ties once each (type, ends, dates, line in the drawing, quotes) and the lists the filters offer.
/// </summary>
/// <remarks>
/// <para>Every string is JSON-escaped with <c>&lt; &gt; &amp; ' "</c> and U+2028/U+2029 written as <c>\uXXXX</c>, so no
/// name or quote can close the island or start markup; the script builds its DOM with <c>textContent</c> only.</para>
/// <para>Fields that are empty or null are left out to keep a 1,000-stakeholder report small. Lists are in model order
/// (or ordered by count, then name), so the same model gives the same bytes.</para>
/// </remarks>
internal static partial class ExplorerData
{
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    [GeneratedRegex(@"^\d{4}(-\d{2}(-\d{2})?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PartialDate();

    public static string Build(ReportModel model, DrawingResult? drawing)
    {
        var geometry = drawing?.Geometry;
        var profiles = model.Stakeholders.Count > 0
            ? model.Stakeholders
            : (model.Drawing?.Vertices.Select(v => new StakeholderProfile(v.Id, v.Label, v.Kind) { ClusterId = v.Group }).ToArray() ?? []);
        var indexOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < profiles.Count; i++)
        {
            indexOf.TryAdd(profiles[i].Id, i);
        }

        // Where each stakeholder is drawn, and how it ranks by the drawing's size measure (the search's tie-break).
        var vertexOf = new Dictionary<string, int>(StringComparer.Ordinal);
        if (model.Drawing is { } input)
        {
            for (var v = 0; v < input.Vertices.Count; v++)
            {
                vertexOf.TryAdd(input.Vertices[v].Id, v);
            }
        }

        var sizeOrder = model.Drawing is { } d2
            ? Enumerable.Range(0, d2.Vertices.Count).OrderByDescending(v => double.IsFinite(d2.Vertices[v].Size) ? d2.Vertices[v].Size : double.NegativeInfinity).ThenBy(v => v).ToArray()
            : [];
        var sizeRank = new int[sizeOrder.Length];
        for (var r = 0; r < sizeOrder.Length; r++)
        {
            sizeRank[sizeOrder[r]] = r;
        }

        var kinds = Ordered(profiles.Select(p => p.Kind));
        var orgTypes = Ordered(profiles.Select(p => p.OrganizationType).Where(t => !string.IsNullOrEmpty(t)).Select(t => t!));

        // Ties once each (a profile lists a tie from both ends), in the order the profiles meet them.
        var ties = new List<(int S, int T, string Type, ProfileTie Tie)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < profiles.Count; i++)
        {
            foreach (var group in profiles[i].Ties)
            {
                foreach (var tie in group.Ties)
                {
                    if (!indexOf.TryGetValue(tie.Other.Id, out var other) || !seen.Add(tie.TieId))
                    {
                        continue;
                    }

                    ties.Add(tie.Outgoing ? (i, other, group.TieType, tie) : (other, i, group.TieType, tie));
                }
            }
        }

        var tieTypes = Ordered(ties.Select(t => t.Type));
        var lineOf = new Dictionary<(int, int), int>();
        if (geometry is not null)
        {
            for (var l = 0; l < geometry.Lines.Length; l++)
            {
                lineOf.TryAdd(geometry.Lines[l], l);
                lineOf.TryAdd((geometry.Lines[l].Target, geometry.Lines[l].Source), l);
            }
        }

        int NodeOf(string id) =>
            geometry is not null && vertexOf.TryGetValue(id, out var v) && v < geometry.NodeOf.Length ? geometry.NodeOf[v] : -1;

        var measures = new List<(string Name, int Of)>();
        var measureIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var groups = new List<string>();
        var groupIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        int Group(string name)
        {
            name = Escape.Clean(name, singleLine: true);
            if (!groupIndex.TryGetValue(name, out var g))
            {
                g = groups.Count;
                groupIndex[name] = g;
                groups.Add(name);
            }

            return g;
        }

        var documents = new List<(string Title, string? Url)>();
        var documentIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var dates = new SortedDictionary<string, string>(StringComparer.Ordinal);

        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = Encoder }))
        {
            w.WriteStartObject();
            w.WriteNumber("v", 1);
            WriteStrings(w, "kinds", kinds.Keys);
            WriteStrings(w, "orgTypes", orgTypes.Keys);
            WriteStrings(w, "tieTypes", tieTypes.Keys);

            w.WriteStartArray("clusters");
            if (model.Clusters.IsComputed)
            {
                foreach (var c in model.Clusters.Clusters)
                {
                    w.WriteStartObject();
                    w.WriteNumber("id", c.Id);
                    w.WriteString("name", Escape.Clean(c.Label, singleLine: true));
                    w.WriteNumber("size", c.Size);
                    var member = profiles.Select((p, i) => (p, i)).FirstOrDefault(x => x.p.ClusterId == c.Id);
                    if (member.p is not null && geometry is not null && vertexOf.TryGetValue(member.p.Id, out var mv) && mv < geometry.VertexColors.Length)
                    {
                        w.WriteString("color", geometry.VertexColors[mv]);
                    }

                    w.WriteEndObject();
                }
            }

            w.WriteEndArray();

            w.WriteStartArray("s");
            for (var i = 0; i < profiles.Count; i++)
            {
                var p = profiles[i];
                w.WriteStartObject();
                w.WriteString("id", p.Id);
                w.WriteString("n", Escape.Clean(p.Name, singleLine: true));
                w.WriteNumber("k", kinds[p.Kind]);
                w.WriteNumber("o", string.IsNullOrEmpty(p.OrganizationType) ? -1 : orgTypes[p.OrganizationType]);
                w.WriteNumber("c", p.ClusterId);
                w.WriteNumber("d", NodeOf(p.Id));
                w.WriteNumber("r", vertexOf.TryGetValue(p.Id, out var vx) && vx < sizeRank.Length ? sizeRank[vx] : profiles.Count + i);
                if (p.Aliases.Count > 0)
                {
                    WriteStrings(w, "a", p.Aliases.Select(a => Escape.Clean(a, singleLine: true)));
                }

                if (p.Titles.Count > 0)
                {
                    WriteStrings(w, "t", p.Titles.Select(a => Escape.Clean(a, singleLine: true)));
                }

                if (p.Ranks.Count > 0)
                {
                    w.WriteStartArray("rk");
                    foreach (var r in p.Ranks)
                    {
                        if (!measureIndex.TryGetValue(r.Measure + "\u0001" + r.Of.ToString(System.Globalization.CultureInfo.InvariantCulture), out var mi))
                        {
                            mi = measures.Count;
                            measureIndex[r.Measure + "\u0001" + r.Of.ToString(System.Globalization.CultureInfo.InvariantCulture)] = mi;
                            measures.Add((r.Measure, r.Of));
                        }

                        w.WriteStartArray();
                        w.WriteNumberValue(mi);
                        WriteNumberOrNull(w, r.Value, 4);
                        w.WriteNumberValue(r.Rank);
                        if (r.LowerRank is not null || r.UpperRank is not null)
                        {
                            WriteNumberOrNull(w, r.LowerRank, 3);
                            WriteNumberOrNull(w, r.UpperRank, 3);
                        }

                        w.WriteEndArray();
                    }

                    w.WriteEndArray();
                }

                if (p.BrokeredPairCount > 0)
                {
                    w.WriteNumber("bc", p.BrokeredPairCount);
                    w.WriteStartArray("bp");
                    foreach (var pair in p.BrokeredPairs)
                    {
                        if (!indexOf.TryGetValue(pair.First.Id, out var first) || !indexOf.TryGetValue(pair.Second.Id, out var second))
                        {
                            continue;
                        }

                        w.WriteStartArray();
                        w.WriteNumberValue(first);
                        w.WriteNumberValue(second);
                        w.WriteNumberValue(Group(pair.FirstGroup));
                        w.WriteNumberValue(Group(pair.SecondGroup));
                        w.WriteNumberValue(pair.OtherBrokers);
                        w.WriteEndArray();
                    }

                    w.WriteEndArray();
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();

            w.WriteStartArray("ties");
            foreach (var (s, t, type, tie) in ties)
            {
                w.WriteStartObject();
                w.WriteNumber("s", s);
                w.WriteNumber("t", t);
                w.WriteNumber("y", tieTypes[type]);
                var line = lineOf.TryGetValue((NodeOf(profiles[s].Id), NodeOf(profiles[t].Id)), out var l) ? l : -1;
                w.WriteNumber("l", line);
                if (DateKey(tie.Start, high: false) is { } start)
                {
                    w.WriteString("a", start);
                    dates.TryAdd(start, tie.Start!);
                }

                if (DateKey(tie.End, high: true) is { } end)
                {
                    w.WriteString("b", end);
                    dates.TryAdd(end, tie.End!);
                }

                if (!string.IsNullOrWhiteSpace(tie.Role))
                {
                    w.WriteString("role", Escape.Clean(tie.Role, singleLine: true));
                }

                if (!string.IsNullOrWhiteSpace(tie.Period))
                {
                    w.WriteString("p", Escape.Clean(tie.Period, singleLine: true));
                }

                if (tie.Quotes.Count > 0)
                {
                    w.WriteStartArray("q");
                    foreach (var q in tie.Quotes)
                    {
                        if (!documentIndex.TryGetValue(q.DocumentId, out var di))
                        {
                            di = documents.Count;
                            documentIndex[q.DocumentId] = di;
                            documents.Add((Escape.Clean(string.IsNullOrWhiteSpace(q.DocumentTitle) ? q.DocumentId : q.DocumentTitle, singleLine: true), Escape.SafeHttpUrl(q.Url)));
                        }

                        w.WriteStartArray();
                        w.WriteNumberValue(di);
                        w.WriteStringValue(Escape.Clean(q.Quote));
                        w.WriteEndArray();
                    }

                    w.WriteEndArray();
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();

            w.WriteStartArray("docs");
            foreach (var (title, url) in documents)
            {
                w.WriteStartObject();
                w.WriteString("t", title);
                if (url is not null)
                {
                    w.WriteString("u", url);
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("measures");
            foreach (var (name, of) in measures)
            {
                w.WriteStartArray();
                w.WriteStringValue(name);
                w.WriteNumberValue(of);
                w.WriteEndArray();
            }

            w.WriteEndArray();
            WriteStrings(w, "groups", groups);
            WriteStrings(w, "dates", dates.Keys);
            WriteStrings(w, "dateText", dates.Values);
            w.WriteEndObject();
        }

        return InertInHtml(Encoding.UTF8.GetString(stream.ToArray()));
    }

    /// <summary>
    /// Makes JSON safe inside <c>&lt;script type="application/json"&gt;</c>: the encoder already writes <c>&lt; &gt; &amp;</c>
    /// as escapes; this also escapes the line and paragraph separators (which end a line in older JavaScript) and any
    /// literal <c>&lt;</c> that could start <c>&lt;/script</c> or <c>&lt;!--</c>.
    /// </summary>
    internal static string InertInHtml(string json) =>
        json.Replace("<", "\\u003C", StringComparison.Ordinal)
            .Replace(">", "\\u003E", StringComparison.Ordinal)
            .Replace("&", "\\u0026", StringComparison.Ordinal)
            .Replace("\u2028", "\\u2028", StringComparison.Ordinal)
            .Replace("\u2029", "\\u2029", StringComparison.Ordinal);

    // A partial ISO date as a sortable key: the start of its period (2023-09 -> 2023-09-01) or its end (-> 2023-09-31;
    // compared as text only, so a day that does not exist is harmless). Null when missing or not a partial date.
    internal static string? DateKey(string? date, bool high)
    {
        if (string.IsNullOrWhiteSpace(date) || !PartialDate().IsMatch(date))
        {
            return null;
        }

        return date.Length switch
        {
            4 => date + (high ? "-12-31" : "-01-01"),
            7 => date + (high ? "-31" : "-01"),
            _ => date,
        };
    }

    private static Dictionary<string, int> Ordered(IEnumerable<string> values)
    {
        var ordered = values.GroupBy(v => v, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).ToArray();
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < ordered.Length; i++)
        {
            map[ordered[i]] = i;
        }

        return map;
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }

    // Values with a few significant digits: the panel shows four, and the file stays small.
    private static void WriteNumberOrNull(Utf8JsonWriter w, double? value, int significant)
    {
        if (value is { } v && double.IsFinite(v))
        {
            w.WriteNumberValue(v == 0 ? 0 : double.Parse(v.ToString("G" + significant.ToString(System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture));
        }
        else
        {
            w.WriteNullValue();
        }
    }
}
