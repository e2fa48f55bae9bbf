using System.CommandLine;
using Stakeholders.Network.Extraction;
using Stakeholders.Network.IO;

namespace Stakeholders.Cli.Commands;

/// <summary><c>stakeholders merge a.json b.json ... --out merged.json</c>: networks from different documents joined, every decision logged.</summary>
internal static class MergeCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = new Argument<string[]>("networks")
        {
            Description = "Two or more network files (any format the library reads).",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--out", "-o") { Description = "The merged network file.", Required = true };
        var format = InputOptions.FormatOption();
        var log = new Option<string?>("--log") { Description = "Write every pair considered (merged or kept apart), its rule and score, as CSV." };
        var same = new Option<string[]>("--same")
        {
            Description = "X,Y: the same stakeholder (ids, names or aliases), whatever the rules say. Repeatable.",
            AllowMultipleArgumentsPerToken = false,
        };
        var apart = new Option<string[]>("--keep-apart")
        {
            Description = "X,Y: different stakeholders (ids, names or aliases), whatever the rules say. Repeatable.",
            AllowMultipleArgumentsPerToken = false,
        };
        var command = new Command(
            "merge",
            "Merge networks built from different documents: the same stakeholder is found across them by id, name, alias, acronym and "
            + "title-stripped name; ties keep the evidence of every document and their dates accumulate. Every decision can be logged, "
            + "and overridden with --same / --keep-apart.\n\n"
            + "Examples:\n"
            + "  stakeholders merge a.json b.json c.json --out merged.json --log merges.csv\n"
            + "  stakeholders merge a.json b.json --out merged.json --keep-apart \"Li Wei,Li Wei\" --same \"CIFTIS,China International Fair for Trade in Services 2023\"")
        {
            inputs, output, format, log, same, apart,
        };
        command.SetAction(parse => CommandRunner.Run(context, () =>
        {
            var paths = parse.GetValue(inputs)!;
            var target = parse.GetValue(output)!;
            var targetFormat = InputOptions.ParseFormat(target, null, "--out");
            var options = new MergeOptions
            {
                Same = Pairs(parse.GetValue(same), "--same"),
                KeepApart = Pairs(parse.GetValue(apart), "--keep-apart"),
            };
            var inputFiles = paths.Select(p => (p, (NetworkFormat?)InputOptions.ParseFormat(p, parse.GetValue(format), "--format"))).ToArray();
            OutputGuard.Check(target, targetFormat, "--out", inputFiles);
            if (parse.GetValue(log) is { } logTarget)
            {
                OutputGuard.Check(logTarget, null, "--log", [.. inputFiles, (target, targetFormat)]);
            }

            var networks = paths.Select(p => InputOptions.Read(parse, p, parse.GetValue(format))).ToList();
            var names = paths.Select(Path.GetFileName).Select((n, i) => paths.Take(i).Any(p => Path.GetFileName(p) == n) ? paths[i] : n!).ToList();
            var result = NetworkMerger.Merge(networks, names, options);
            NetworkFile.Write(result.Network, target, targetFormat);
            if (parse.GetValue(log) is { } logPath)
            {
                NetworkMerger.WriteLog(result, logPath);
                context.Error.WriteLine($"wrote {logPath}: {result.Decisions.Count} decisions ({result.Decisions.Count(d => d.Merged)} merged, {result.Decisions.Count(d => !d.Merged)} kept apart)");
            }

            context.Error.WriteLine($"wrote {target}: {result.Network.Stakeholders.Count} stakeholders ({result.MergedStakeholders} from merges), {result.Network.Ties.Count} ties, from {networks.Count} networks");
            return StakeholdersCli.Success;
        }));
        return command;
    }

    private static List<(string, string)> Pairs(string[]? values, string option)
    {
        var pairs = new List<(string, string)>();
        foreach (var v in values ?? [])
        {
            var parts = v.Split(',', StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
            {
                throw new CliUsageException($"{option} {v}: expected two stakeholders separated by a comma (X,Y)");
            }

            pairs.Add((parts[0], parts[1]));
        }

        return pairs;
    }
}
