using System.CommandLine;
using Stakeholders.Network;
using Stakeholders.Network.Analysis;
using Stakeholders.Network.Graphs;
using static Stakeholders.Cli.Commands.AnalyticsCliSupport;

namespace Stakeholders.Cli.Commands;

/// <summary><c>stakeholders stability &lt;input&gt;</c>: how far each stakeholder's rank on a measure survives resampling the ties.</summary>
internal static class StabilityCommand
{
    public static Command Create(CliContext context)
    {
        var input = InputOptions.InputArgument();
        var format = InputOptions.FormatOption();
        var measure = new Option<string>("--measure", "-m") { Description = $"The measure to rank by. Default {RankStabilityOptions.Default.Measure}.", DefaultValueFactory = _ => RankStabilityOptions.Default.Measure };
        var replicates = new Option<int>("--replicates") { Description = $"Number of resampled networks. Default {RankStabilityOptions.Default.Replicates}.", DefaultValueFactory = _ => RankStabilityOptions.Default.Replicates };
        var drop = new Option<double?>("--drop") { Description = "Drop this share of ties in each replicate (0 ≤ F < 1). Default 0.2." };
        var bootstrap = new Option<bool>("--bootstrap") { Description = "Resample ties with replacement (Efron's bootstrap) instead of dropping a share." };
        var level = new Option<double>("--level") { Description = "Coverage of the rank interval. Default 0.9 (5th to 95th percentile).", DefaultValueFactory = _ => RankStabilityOptions.Default.Level };
        var seed = new Option<int>("--seed") { Description = $"Master seed; equal seeds give equal results. Default {StakeholdersDefaults.Seed}.", DefaultValueFactory = _ => StakeholdersDefaults.Seed };
        var top = new Option<int>("--top") { Description = "Show the N best-ranked stakeholders (0 for all). Default 20.", DefaultValueFactory = _ => 20 };
        var json = JsonOption();
        var projection = new ProjectionCliOptions();
        var iterations = new IterationCliOptions();
        var command = new Command(
            "stability",
            "Check how stable the ranking on a measure is: recompute it on many networks with ties dropped at random (or "
            + "bootstrapped) and report each stakeholder's full-data rank, median rank and rank interval.\n\n"
            + "Example:\n  stakeholders stability seeds/shijingshan-forum-2023.json --measure betweenness --replicates 500 --drop 0.1 --seed 7")
        {
            input, format, measure, replicates, drop, bootstrap, level, seed, top, json,
        };
        iterations.AddTo(command);
        projection.AddTo(command);
        command.SetAction(parse => Run(context, () =>
        {
            if (parse.GetValue(bootstrap) && parse.GetValue(drop) is not null)
            {
                throw new CliUsageException("give either --drop or --bootstrap, not both");
            }

            if (parse.GetValue(top) < 0)
            {
                throw new CliUsageException("--top must be >= 0");
            }

            var network = InputOptions.Read(parse, parse.GetValue(input)!, parse.GetValue(format));
            var projectionOptions = projection.Read(parse, network, out network);
            var options = new RankStabilityOptions
            {
                Measure = Measure(parse.GetValue(measure)),
                Replicates = parse.GetValue(replicates),
                Resampling = parse.GetValue(bootstrap) ? TieResampling.Bootstrap : TieResampling.Drop,
                DropFraction = parse.GetValue(drop) ?? 0.2,
                Level = parse.GetValue(level),
                Seed = parse.GetValue(seed),
                Tolerance = iterations.Tolerance(parse),
                MaxIterations = iterations.MaxIterations(parse),
                Projection = projectionOptions,
            };
            var result = Checked(() => RankStability.Compute(network, options));
            foreach (var warning in result.Warnings)
            {
                context.Error.WriteLine($"stakeholders: warning: {warning}");
            }

            var n = parse.GetValue(top);
            var shown = n == 0 ? result.Stakeholders : result.Stakeholders.Take(n).ToArray();
            if (parse.GetValue(json))
            {
                context.Output.WriteLine(Json(w => WriteJson(w, result, shown)));
            }
            else
            {
                WriteText(context.Output, result, shown);
            }

            return StakeholdersCli.Success;
        }));
        return command;
    }

    private static void WriteJson(System.Text.Json.Utf8JsonWriter w, RankStabilityResult r, IReadOnlyList<StakeholderRankInterval> shown)
    {
        w.WriteStartObject();
        w.WriteString("measure", r.Measure);
        w.WriteNumber("replicates", r.Replicates);
        w.WriteString("resampling", r.Resampling == TieResampling.Bootstrap ? "bootstrap" : "drop");
        Number(w, "dropFraction", r.DropFraction, "bootstrap resampling draws ties with replacement and drops no fixed share");
        w.WriteNumber("level", r.Level);
        w.WriteNumber("seed", r.Seed);
        w.WriteNumber("ties", r.TieCount);
        w.WriteNumber("meanIntervalWidth", r.MeanWidth);
        w.WriteNumber("topK", r.TopK);
        w.WriteStartArray("stakeholders");
        foreach (var s in shown)
        {
            w.WriteStartObject();
            w.WriteString("id", s.Id);
            w.WriteString("name", s.Name);
            Number(w, "score", s.Score, MeasureCatalog.UndefinedReason(r.Measure, s.Score));
            w.WriteNumber("rank", s.Rank);
            w.WriteNumber("medianRank", s.MedianRank);
            w.WriteNumber("lowerRank", s.LowerRank);
            w.WriteNumber("upperRank", s.UpperRank);
            Number(w, "lowerScore", s.LowerScore, MeasureCatalog.UndefinedReason(r.Measure, s.LowerScore));
            Number(w, "upperScore", s.UpperScore, MeasureCatalog.UndefinedReason(r.Measure, s.UpperScore));
            w.WriteNumber("topShare", s.TopShare);
            w.WriteNumber("firstShare", s.FirstShare);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteText(TextWriter o, RankStabilityResult r, IReadOnlyList<StakeholderRankInterval> shown)
    {
        var how = r.Resampling == TieResampling.Bootstrap ? "bootstrap of ties" : $"{Fmt(r.DropFraction * 100)}% of ties dropped";
        o.WriteLine($"Rank stability of {r.Measure}: {r.Replicates} replicates, {how}, {r.TieCount} ties, seed {r.Seed}");
        o.WriteLine($"{"rank",4}  {"median",6}  {Fmt(r.Level * 100) + "% interval",-14}  {"score",8}  stakeholder");
        foreach (var s in shown)
        {
            o.WriteLine($"{s.Rank,4}  {Fmt(s.MedianRank),6}  {$"{Fmt(s.LowerRank)}–{Fmt(s.UpperRank)}",-14}  {Fmt(s.Score),8}  {s.Name} ({s.Id})");
        }

        o.WriteLine($"Mean interval width: {Fmt(r.MeanWidth)} ranks");
    }
}
