using System.CommandLine;
using Stakeholders.Network;
using Stakeholders.Network.Algorithms.Paths;
using Stakeholders.Network.Analysis;
using static Stakeholders.Cli.Commands.AnalyticsCliSupport;

namespace Stakeholders.Cli.Commands;

/// <summary><c>stakeholders path &lt;input&gt; &lt;A&gt; &lt;B&gt;</c>: how A is connected to B — every shortest path, each step with its ties and quotes.</summary>
internal static class PathCommand
{
    public static Command Create(CliContext context)
    {
        var input = InputOptions.InputArgument();
        var from = new Argument<string>("from") { Description = "The stakeholder id where the paths start." };
        var to = new Argument<string>("to") { Description = "The stakeholder id where they end." };
        var format = InputOptions.FormatOption();
        var maxPaths = new Option<int>("--max-paths") { Description = $"List at most this many shortest paths (all are counted). Default {AllShortestPathsOptions.Default.MaxPaths}.", DefaultValueFactory = _ => AllShortestPathsOptions.Default.MaxPaths };
        var direction = new Option<string>("--direction")
        {
            Description = "With --directed: follow ties along their direction (out), against it (in) or either way (both). Default out.",
            DefaultValueFactory = _ => "out",
        };
        direction.AcceptOnlyFromAmong("out", "in", "both");
        var json = JsonOption();
        var projection = new ProjectionCliOptions();
        var command = new Command(
            "path",
            "Explain how two stakeholders are connected: every shortest path between them (fewest steps; with --weight, the "
            + "lightest path), each step with the tie types, roles and evidence quotes behind it.\n\n"
            + "Example:\n  stakeholders path seeds/shijingshan-forum-2023.json lionel-chen shougang-group --max-paths 5")
        {
            input, from, to, format, maxPaths, direction, json,
        };
        projection.AddTo(command);
        command.SetAction(parse => Run(context, () =>
        {
            var projected = Project(parse, input, format, projection);
            var options = new AllShortestPathsOptions
            {
                MaxPaths = parse.GetValue(maxPaths),
                Direction = parse.GetValue(direction) switch { "in" => TraversalDirection.In, "both" => TraversalDirection.Both, _ => TraversalDirection.Out },
            };
            var explanation = Checked(() => ConnectionExplainer.Explain(projected, parse.GetValue(from)!, parse.GetValue(to)!, options));
            if (parse.GetValue(json))
            {
                context.Output.WriteLine(Json(w => WriteJson(w, explanation)));
            }
            else
            {
                WriteText(context.Output, explanation, projected.Network);
            }

            return StakeholdersCli.Success;
        }));
        return command;
    }

    private static void WriteJson(System.Text.Json.Utf8JsonWriter w, ConnectionExplanation e)
    {
        w.WriteStartObject();
        w.WriteString("from", e.SourceId);
        w.WriteString("to", e.TargetId);
        w.WriteBoolean("directed", e.Directed);
        w.WriteBoolean("connected", e.IsConnected);
        Number(w, "length", e.Length, $"no path leads from {e.SourceId} to {e.TargetId}{(e.Directed ? " along the directions of the ties" : string.Empty)}: the distance is infinite");
        w.WriteNumber("totalPaths", e.TotalPaths);
        w.WriteBoolean("truncated", e.IsTruncated);
        w.WriteStartArray("paths");
        foreach (var path in e.Paths)
        {
            w.WriteStartObject();
            w.WriteStartArray("stakeholders");
            foreach (var id in path.Select(s => s.FromId).Append(path.Count == 0 ? e.SourceId : path[^1].ToId))
            {
                w.WriteStringValue(id);
            }

            w.WriteEndArray();
            w.WriteStartArray("steps");
            foreach (var step in path)
            {
                w.WriteStartObject();
                w.WriteString("from", step.FromId);
                w.WriteString("fromName", step.FromName);
                w.WriteString("to", step.ToId);
                w.WriteString("toName", step.ToName);
                w.WriteStartArray("ties");
                foreach (var t in step.Ties)
                {
                    w.WriteStartObject();
                    w.WriteString("id", t.TieId);
                    w.WriteString("type", t.Type);
                    w.WriteString("source", t.SourceId);
                    w.WriteString("target", t.TargetId);
                    if (t.Role is not null)
                    {
                        w.WriteString("role", t.Role);
                    }

                    if (t.Period is not null)
                    {
                        w.WriteString("period", t.Period);
                    }

                    w.WriteNumber("confidence", t.Confidence);
                    Evidence(w, t.Evidence);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteText(TextWriter o, ConnectionExplanation e, Network.Model.StakeholderNetwork network)
    {
        var from = network.GetStakeholder(e.SourceId);
        var to = network.GetStakeholder(e.TargetId);
        if (!e.IsConnected)
        {
            o.WriteLine($"{Label(from)} and {Label(to)} are not connected{(e.Directed ? " along the ties' direction" : string.Empty)}.");
            return;
        }

        var steps = e.Paths.Count > 0 ? e.Paths[0].Count : 0;
        o.WriteLine(
            $"{Label(from)} → {Label(to)}: {e.TotalPaths} shortest path(s), {steps} step(s) each"
            + (steps != e.Length ? $", length {Fmt(e.Length)}" : string.Empty)
            + (e.IsTruncated ? $"; showing the first {e.Paths.Count} (raise --max-paths for more)" : string.Empty));
        for (var p = 0; p < e.Paths.Count; p++)
        {
            var path = e.Paths[p];
            o.WriteLine();
            o.WriteLine($"Path {p + 1}: {string.Join(" → ", path.Select(s => s.FromName).Append(path.Count == 0 ? from.Name : path[^1].ToName))}");
            foreach (var step in path)
            {
                o.WriteLine($"  {step.FromName} — {step.ToName}");
                foreach (var t in step.Ties)
                {
                    var arrow = t.SourceId == step.FromId ? "→" : "←";
                    o.WriteLine($"    {arrow} {t.Type}{(t.Role is null ? string.Empty : $" ({t.Role})")}{(t.Period is null ? string.Empty : $" [{t.Period}]")}{(t.Confidence < 1 ? $" confidence {Fmt(t.Confidence)}" : string.Empty)}");
                    foreach (var q in t.Evidence)
                    {
                        o.WriteLine($"        \"{q.Quote.ReplaceLineEndings(" ")}\" ({q.DocumentId})");
                    }
                }
            }
        }
    }
}
