using System.CommandLine;
using Stakeholders.Network;
using Stakeholders.Network.Analysis;
using Stakeholders.Network.Model;
using static Stakeholders.Cli.Commands.AnalyticsCliSupport;

namespace Stakeholders.Cli.Commands;

/// <summary><c>stakeholders compare &lt;input&gt; --from D1 --to D2</c>: the network as of D1 against the network as of D2.</summary>
internal static class CompareCommand
{
    public static Command Create(CliContext context)
    {
        var input = InputOptions.InputArgument();
        var format = InputOptions.FormatOption();
        var from = new Option<string>("--from") { Description = "The first date (YYYY, YYYY-MM or YYYY-MM-DD): ties valid on some day of it.", Required = true };
        var to = new Option<string>("--to") { Description = "The second date.", Required = true };
        var measure = new Option<string>("--measure", "-m") { Description = $"The measure whose ranks are compared. Default {PeriodComparisonOptions.Default.Measure}.", DefaultValueFactory = _ => PeriodComparisonOptions.Default.Measure };
        var top = new Option<int>("--top") { Description = "Show the N largest rank moves. Default 10.", DefaultValueFactory = _ => 10 };
        var json = JsonOption();
        var projection = new ProjectionCliOptions();
        var iterations = new IterationCliOptions();
        var command = new Command(
            "compare",
            "Compare the network as of one date with the network as of another: ties gained and lost, stakeholders entering "
            + "and leaving, and whose rank on a measure moved most (competition ranks, 1 = highest; equal scores share a rank).\n\n"
            + "Example:\n  stakeholders compare seeds/shijingshan-forum-2023.json --from 2023-09-02 --to 2023-09-03 --measure betweenness")
        {
            input, format, from, to, measure, top, json,
        };
        iterations.AddTo(command);
        projection.AddTo(command);
        command.SetAction(parse => Run(context, () =>
        {
            if (parse.GetValue(top) < 0)
            {
                throw new CliUsageException("--top must be >= 0");
            }

            var first = Date(parse.GetValue(from)!, "--from");
            var second = Date(parse.GetValue(to)!, "--to");
            var measureName = Measure(parse.GetValue(measure));
            var network = InputOptions.Read(parse, parse.GetValue(input)!, parse.GetValue(format));
            var options = projection.Read(parse, network, out network);
            if (options.AsOf is not null || options.From is not null || options.To is not null)
            {
                throw new CliUsageException("compare takes its dates from --from and --to; drop --as-of, --since and --until");
            }

            var result = Checked(() => PeriodComparison.CompareDates(network, first, second, options, new PeriodComparisonOptions { Measure = measureName, Tolerance = iterations.Tolerance(parse), MaxIterations = iterations.MaxIterations(parse) }));
            var shown = result.RankChanges.Take(parse.GetValue(top)).ToArray();
            if (parse.GetValue(json))
            {
                context.Output.WriteLine(Json(w => WriteJson(w, result, first, second, shown)));
            }
            else
            {
                WriteText(context.Output, result, first, second, shown);
            }

            return StakeholdersCli.Success;
        }));
        return command;
    }

    private static PartialDate Date(string text, string option) =>
        PartialDate.TryParse(text, out var date, out var reason) ? date : throw new CliUsageException($"{option}: {reason}");

    private static void WriteJson(System.Text.Json.Utf8JsonWriter w, PeriodComparisonResult r, PartialDate first, PartialDate second, RankChange[] shown)
    {
        w.WriteStartObject();
        w.WriteString("from", first.ToString());
        w.WriteString("to", second.ToString());
        w.WriteString("measure", r.Measure);
        foreach (var (name, g) in new[] { ("fromNetwork", r.First.Graph), ("toNetwork", r.Second.Graph) })
        {
            w.WriteStartObject(name);
            w.WriteNumber("stakeholders", g.VertexCount);
            w.WriteNumber("edges", g.EdgeCount);
            w.WriteEndObject();
        }

        foreach (var (name, ties) in new[] { ("tiesGained", r.TiesGained), ("tiesLost", r.TiesLost) })
        {
            w.WriteStartArray(name);
            foreach (var t in ties)
            {
                w.WriteStartObject();
                w.WriteString("id", t.TieId);
                w.WriteString("type", t.Type);
                w.WriteString("source", t.SourceId);
                w.WriteString("target", t.TargetId);
                if (t.Period is not null)
                {
                    w.WriteString("period", t.Period);
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        foreach (var (name, ids) in new[] { ("entered", r.Entered), ("left", r.Left) })
        {
            w.WriteStartArray(name);
            foreach (var id in ids)
            {
                w.WriteStringValue(id);
            }

            w.WriteEndArray();
        }

        w.WriteStartArray("rankChanges");
        foreach (var c in shown)
        {
            w.WriteStartObject();
            w.WriteString("id", c.Id);
            w.WriteString("name", c.Name);
            Number(w, "scoreFrom", c.ScoreBefore, MeasureCatalog.UndefinedReason(r.Measure, c.ScoreBefore));
            w.WriteNumber("rankFrom", c.RankBefore);
            Number(w, "scoreTo", c.ScoreAfter, MeasureCatalog.UndefinedReason(r.Measure, c.ScoreAfter));
            w.WriteNumber("rankTo", c.RankAfter);
            w.WriteNumber("movement", c.Movement);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteText(TextWriter o, PeriodComparisonResult r, PartialDate first, PartialDate second, RankChange[] shown)
    {
        o.WriteLine($"As of {first}: {r.First.Graph.VertexCount} stakeholders, {r.First.Graph.EdgeCount} edges ({r.First.KeptTieIndices.Count} ties)");
        o.WriteLine($"As of {second}: {r.Second.Graph.VertexCount} stakeholders, {r.Second.Graph.EdgeCount} edges ({r.Second.KeptTieIndices.Count} ties)");
        foreach (var (title, ties) in new[] { ("Ties gained", r.TiesGained), ("Ties lost", r.TiesLost) })
        {
            o.WriteLine($"{title}: {ties.Count}");
            foreach (var t in ties)
            {
                o.WriteLine($"  {t.SourceId} -{t.Type}-> {t.TargetId}{(t.Period is null ? string.Empty : $" [{t.Period}]")}");
            }
        }

        o.WriteLine($"Entered: {(r.Entered.Count == 0 ? "none" : string.Join(", ", r.Entered))}");
        o.WriteLine($"Left: {(r.Left.Count == 0 ? "none" : string.Join(", ", r.Left))}");
        o.WriteLine($"Largest rank moves on {r.Measure} (rank {first} → {second}; 1 = highest):");
        foreach (var c in shown)
        {
            var sign = c.Movement > 0 ? "+" : string.Empty;
            o.WriteLine($"  {c.Id,-40} {c.RankBefore,4} → {c.RankAfter,-4} ({sign}{c.Movement})   {Fmt(c.ScoreBefore)} → {Fmt(c.ScoreAfter)}");
        }
    }
}
