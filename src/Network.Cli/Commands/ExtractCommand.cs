using System.CommandLine;
using System.Globalization;
using Stakeholders.Network.Extraction;
using Stakeholders.Network.IO;
using Stakeholders.Network.Model;

namespace Stakeholders.Cli.Commands;

/// <summary>
/// <c>stakeholders extract release.txt [more.txt ...] --out network.json</c>: documents to a network whose ties quote
/// their source, with an optional review sheet (<c>--review</c>) and the analyst's review applied (<c>--apply-review</c>).
/// </summary>
internal static class ExtractCommand
{
    public static Command Create(CliContext context)
    {
        var documents = new Argument<string[]>("documents")
        {
            Description = "Plain-text (.txt) or HTML (.html, .htm) documents in English: press releases, readouts, news items.",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--out", "-o")
        {
            Description = "The network file to write (native .json by default; any format convert writes).",
            Required = true,
        };
        var lexicon = new Option<string[]>("--lexicon")
        {
            Description = "Extra lexicon files (JSON, the shape of the embedded en-press-release.json) extending the default: titles, organization words, known names, triggers.",
            AllowMultipleArgumentsPerToken = true,
        };
        var review = new Option<string?>("--review") { Description = "Also write a review sheet (CSV): one row per tie, with an empty accept column for the analyst." };
        var applyReview = new Option<string?>("--apply-review") { Description = "Keep only the ties the analyst accepted in this review sheet, with the corrections typed into it." };
        var log = new Option<string?>("--log") { Description = "With several documents: write every merge decision across them (CSV)." };
        var maxSize = new Option<double>("--max-size") { Description = "The largest document read, in MB.", DefaultValueFactory = _ => DocumentReader.DefaultMaxBytes / 1048576.0 };
        var command = new Command(
            "extract",
            "Extract a stakeholder network from documents: people with their titles and organizations, organizations with their type, "
            + "events, places and initiatives, and the ties the text states; every tie quotes the text with its offset, and its confidence "
            + "is the measured precision of the rule that found it. Rule- and lexicon-based (English), deterministic, no downloads.\n\n"
            + "Examples:\n"
            + "  stakeholders extract seeds/000_73dc534532c0e7b6.txt --out forum.json --review review.csv\n"
            + "  stakeholders extract seeds/000_73dc534532c0e7b6.txt --out forum.json --apply-review review.csv\n"
            + "  stakeholders extract releases/*.txt --out all.json --log merges.csv")
        {
            documents, output, lexicon, review, applyReview, log, maxSize,
        };
        command.SetAction(parse => CommandRunner.Run(context, () =>
        {
            var target = parse.GetValue(output)!;
            var targetFormat = InputOptions.ParseFormat(target, null, "--out");
            var inputFiles = parse.GetValue(documents)!.Select(d => (d, (NetworkFormat?)null))
                .Concat((parse.GetValue(lexicon) ?? []).Select(l => (l, (NetworkFormat?)null)))
                .Concat(parse.GetValue(applyReview) is { } reviewIn ? [(reviewIn, (NetworkFormat?)null)] : [])
                .ToArray();
            OutputGuard.Check(target, targetFormat, "--out", inputFiles);
            foreach (var (option, side) in new[] { ("--review", parse.GetValue(review)), ("--log", parse.GetValue(log)) })
            {
                if (side is not null)
                {
                    OutputGuard.Check(side, null, option, [.. inputFiles, (target, targetFormat)]);
                }
            }

            ExtractorLexicon lex;
            try
            {
                lex = parse.GetValue(lexicon) is { Length: > 0 } files ? ExtractorLexicon.Load(files) : ExtractorLexicon.Default;
            }
            catch (FormatException e)
            {
                context.Error.WriteLine($"stakeholders: --lexicon {e.Message}");
                return StakeholdersCli.BadInput;
            }
            catch (FileNotFoundException e)
            {
                context.Error.WriteLine($"stakeholders: --lexicon {e.FileName}: file not found");
                return StakeholdersCli.BadInput;
            }

            var max = parse.GetValue(maxSize);
            if (!(max > 0))
            {
                throw new CliUsageException("--max-size must be a positive number of MB");
            }

            var extractor = new RuleBasedExtractor(lex);
            var networks = new List<StakeholderNetwork>();
            var names = new List<string>();
            foreach (var path in parse.GetValue(documents)!)
            {
                ExtractionDocument doc;
                try
                {
                    doc = DocumentReader.Read(path, (long)(max * 1048576));
                }
                catch (DocumentRejectedException e)
                {
                    context.Error.WriteLine($"stakeholders: {e.Message}");
                    continue;
                }
                catch (FileNotFoundException)
                {
                    context.Error.WriteLine($"stakeholders: {path}: file not found");
                    continue;
                }

                var result = extractor.Extract(doc);
                foreach (var note in result.Notes)
                {
                    context.Error.WriteLine($"stakeholders: {path}: {note}");
                }

                if (result.IsEmpty)
                {
                    continue;
                }

                context.Error.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{path}: {result.Network.Stakeholders.Count} stakeholders, {result.Network.Ties.Count} ties{(result.Document.Published is { } p ? $" (dated {p})" : string.Empty)}"));
                networks.Add(result.Network);
                names.Add(Path.GetFileName(path));
            }

            if (networks.Count == 0)
            {
                context.Error.WriteLine($"stakeholders: nothing extracted; {target} was not written");
                return StakeholdersCli.BadInput;
            }

            StakeholderNetwork network;
            if (networks.Count == 1)
            {
                network = networks[0];
            }
            else
            {
                var merged = NetworkMerger.Merge(networks, names);
                network = merged.Network;
                if (parse.GetValue(log) is { } logPath)
                {
                    NetworkMerger.WriteLog(merged, logPath);
                }

                context.Error.WriteLine($"merged {networks.Count} documents: {merged.MergedStakeholders} stakeholders found in more than one");
            }

            if (parse.GetValue(applyReview) is { } reviewed)
            {
                if (!File.Exists(reviewed))
                {
                    throw new NetworkFormatException(reviewed, 0, 0, "file not found");
                }

                var outcome = ReviewSheet.Apply(network, reviewed);
                foreach (var problem in outcome.Problems)
                {
                    context.Error.WriteLine($"stakeholders: {problem}");
                }

                context.Error.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"review {reviewed}: kept {outcome.Accepted} accepted and {outcome.Corrected} corrected ties; dropped {outcome.Dropped.Count}"));
                foreach (var group in outcome.Dropped.GroupBy(d => d.Reason))
                {
                    context.Error.WriteLine($"  dropped ({group.Key}): {string.Join(", ", group.Select(d => d.TieId))}");
                }

                network = outcome.Network;
            }

            NetworkFile.Write(network, target, targetFormat);
            if (parse.GetValue(review) is { } sheet)
            {
                ReviewSheet.Write(network, sheet);
                context.Error.WriteLine($"wrote {sheet}: {network.Ties.Count} ties to review (fill the accept column with yes or no)");
            }

            context.Error.WriteLine($"wrote {target}: {network.Stakeholders.Count} stakeholders, {network.Ties.Count} ties");
            return StakeholdersCli.Success;
        }));
        return command;
    }
}
