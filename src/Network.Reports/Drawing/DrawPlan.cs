using System.Globalization;
using System.Text;
using Stakeholders.Network.Reports.Model;
using Stakeholders.Network.Reports.Text;

namespace Stakeholders.Network.Reports.Drawing;

/// <summary>A circle to draw: one input vertex, or an aggregate of many.</summary>
internal sealed record PlanNode(string Label, string Tooltip, string Color, double Size, bool IsAggregate, int MemberCount, int Rank);

/// <summary>A line to draw, between plan nodes; merged edges sum their weights.</summary>
internal sealed record PlanEdge(int Source, int Target, double Weight, string? Type);

/// <summary>
/// What gets drawn: at most <see cref="DrawingOptions.MaxDrawnVertices"/> circles. Above that many input vertices, the
/// highest-ranked by size are kept one by one and the rest become one circle per colour group (the largest
/// <see cref="DrawingOptions.MaxAggregateGroups"/> - 1 groups get their own, all other groups share one), with edges merged
/// between the circles they fall into. Everything is O(n log n + m), so 100k edges aggregate in milliseconds.
/// </summary>
internal sealed class DrawPlan
{
    private DrawPlan(List<PlanNode> nodes, List<PlanEdge> layoutEdges, List<PlanEdge> edges, List<string> notes, int aggregated, int[] nodeOf)
    {
        NodeOf = nodeOf;
        Nodes = nodes;
        LayoutEdges = layoutEdges;
        Edges = edges;
        Notes = notes;
        AggregatedVertexCount = aggregated;
    }

    public IReadOnlyList<PlanNode> Nodes { get; }

    /// <summary>Every merged edge, for the layout.</summary>
    public IReadOnlyList<PlanEdge> LayoutEdges { get; }

    /// <summary>The edges drawn: the heaviest <see cref="DrawingOptions.MaxDrawnEdges"/> of <see cref="LayoutEdges"/>.</summary>
    public IReadOnlyList<PlanEdge> Edges { get; }

    public IReadOnlyList<string> Notes { get; }

    public int AggregatedVertexCount { get; }

    /// <summary>For each input vertex, the plan node that shows it.</summary>
    public int[] NodeOf { get; }

    public static DrawPlan Create(NetworkDrawingInput input, DrawingOptions options, string[] colors)
    {
        var n = input.Vertices.Count;
        var order = RankBySize(input);
        var rankOf = new int[n];
        for (var r = 0; r < n; r++)
        {
            rankOf[order[r]] = r;
        }

        var nodeOf = new int[n];
        var nodes = new List<PlanNode>(Math.Min(n, options.MaxDrawnVertices));
        var notes = new List<string>();
        var aggregated = 0;
        if (n <= options.MaxDrawnVertices)
        {
            for (var v = 0; v < n; v++)
            {
                nodeOf[v] = v;
                nodes.Add(VertexNode(input, v, colors[v], rankOf[v]));
            }
        }
        else
        {
            var keep = options.MaxDrawnVertices - options.MaxAggregateGroups;
            Array.Fill(nodeOf, -1);
            for (var r = 0; r < keep; r++)
            {
                var v = order[r];
                nodeOf[v] = nodes.Count;
                nodes.Add(VertexNode(input, v, colors[v], r));
            }

            // The rest, by colour group, largest group first (ties by key).
            var restByKey = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (var r = keep; r < n; r++)
            {
                var v = order[r];
                var key = NetworkDrawing.ColorKey(input, input.Vertices[v]);
                if (!restByKey.TryGetValue(key, out var list))
                {
                    restByKey[key] = list = [];
                }

                list.Add(v);
            }

            var groups = restByKey.OrderByDescending(kv => kv.Value.Count).ThenBy(kv => kv.Key, StringComparer.Ordinal).ToArray();
            var ownCircles = groups.Length <= options.MaxAggregateGroups ? groups.Length : options.MaxAggregateGroups - 1;
            for (var g = 0; g < groups.Length; g++)
            {
                var members = groups[g].Value;
                if (g < ownCircles)
                {
                    var label = NetworkDrawing.KeyLabel(input, groups[g].Key);
                    nodes.Add(AggregateNode(input, $"{label}: {members.Count} more", $"{members.Count} more stakeholders of {label}, not drawn one by one", members, colors[members[0]]));
                }

                foreach (var v in members)
                {
                    nodeOf[v] = g < ownCircles ? nodes.Count - 1 : -2;
                }
            }

            if (groups.Length > ownCircles)
            {
                var rest = groups.Skip(ownCircles).SelectMany(kv => kv.Value).OrderBy(v => rankOf[v]).ToList();
                var otherIndex = nodes.Count;
                nodes.Add(AggregateNode(input, $"Other groups: {rest.Count} more", $"{rest.Count} more stakeholders of {groups.Length - ownCircles} smaller groups, not drawn one by one", rest, Palette.Other));
                foreach (var v in rest)
                {
                    nodeOf[v] = otherIndex;
                }
            }

            aggregated = n - keep;
            notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"The network has {n} stakeholders, too many to draw legibly: the {keep} ranked highest by {input.SizeMeasure} are drawn one by one, and the other {aggregated} are folded into {nodes.Count - keep} dashed circles, one per group (circle size shows how many they hold). Lines to a dashed circle sum the ties to its members."));
        }

        var layoutEdges = MergeEdges(input, nodeOf);
        var drawn = layoutEdges;
        if (layoutEdges.Count > options.MaxDrawnEdges)
        {
            drawn = layoutEdges
                .OrderByDescending(e => e.Weight)
                .ThenBy(e => e.Source)
                .ThenBy(e => e.Target)
                .Take(options.MaxDrawnEdges)
                .OrderBy(e => e.Source)
                .ThenBy(e => e.Target)
                .ToList();
            notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"Only the {drawn.Count} heaviest of {layoutEdges.Count} lines are drawn; the layout used all of them."));
        }

        return new DrawPlan(nodes, layoutEdges, drawn, notes, aggregated, nodeOf);
    }

    // Vertices by size, largest first; ties and non-finite sizes resolved by input position, so the order is total.
    private static int[] RankBySize(NetworkDrawingInput input)
    {
        var order = Enumerable.Range(0, input.Vertices.Count).ToArray();
        var keys = input.Vertices.Select(v => double.IsFinite(v.Size) ? v.Size : double.NegativeInfinity).ToArray();
        Array.Sort(order, (a, b) =>
        {
            var c = keys[b].CompareTo(keys[a]);
            return c != 0 ? c : a.CompareTo(b);
        });
        return order;
    }

    private static PlanNode VertexNode(NetworkDrawingInput input, int v, string color, int rank)
    {
        var vertex = input.Vertices[v];
        var tip = new StringBuilder();
        tip.Append(Escape.Clean(vertex.Label, singleLine: true));
        tip.Append('\n').Append(Escape.Clean(vertex.Kind, singleLine: true));
        if (vertex.Group >= 0)
        {
            tip.Append(" · ").Append(Escape.Clean(NetworkDrawing.KeyLabel(input, vertex.Group.ToString("D9", CultureInfo.InvariantCulture)), singleLine: true));
        }

        tip.Append('\n').Append(Escape.Clean(input.SizeMeasure, singleLine: true)).Append(": ").Append(Escape.Number(vertex.Size))
           .Append(" (rank ").Append((rank + 1).ToString(CultureInfo.InvariantCulture)).Append(')');
        if (!string.IsNullOrWhiteSpace(vertex.Tooltip))
        {
            tip.Append('\n').Append(Escape.Clean(vertex.Tooltip));
        }

        return new PlanNode(vertex.Label, tip.ToString(), color, vertex.Size, false, 1, rank);
    }

    private static PlanNode AggregateNode(NetworkDrawingInput input, string label, string description, List<int> members, string color)
    {
        var top = members.Take(5).Select(v => Escape.Clean(input.Vertices[v].Label, singleLine: true));
        var tooltip = $"{description}.\nHighest ranked: {string.Join(", ", top)}{(members.Count > 5 ? ", …" : string.Empty)}";
        return new PlanNode(label, tooltip, color, members.Count, true, members.Count, int.MaxValue);
    }

    private static List<PlanEdge> MergeEdges(NetworkDrawingInput input, int[] nodeOf)
    {
        var index = new Dictionary<long, int>();
        var merged = new List<(int S, int T, double W, SortedSet<string>? Types)>();
        foreach (var e in input.Edges)
        {
            int s = nodeOf[e.Source], t = nodeOf[e.Target];
            if (s < 0 || t < 0 || s == t)
            {
                continue;
            }

            if (!input.Directed && s > t)
            {
                (s, t) = (t, s);
            }

            var key = ((long)s << 32) | (uint)t;
            var weight = double.IsFinite(e.Weight) && e.Weight > 0 ? e.Weight : 0;
            if (index.TryGetValue(key, out var at))
            {
                var m = merged[at];
                if (e.Type is not null && m.Types is { Count: < 4 })
                {
                    m.Types.Add(e.Type);
                }

                merged[at] = (m.S, m.T, m.W + weight, m.Types);
            }
            else
            {
                index[key] = merged.Count;
                merged.Add((s, t, weight, e.Type is null ? null : new SortedSet<string>(StringComparer.Ordinal) { e.Type }));
            }
        }

        return merged
            .OrderBy(m => m.S).ThenBy(m => m.T)
            .Select(m => new PlanEdge(m.S, m.T, m.W, m.Types is null ? null : string.Join(", ", m.Types.Take(3)) + (m.Types.Count > 3 ? ", …" : string.Empty)))
            .ToList();
    }
}
