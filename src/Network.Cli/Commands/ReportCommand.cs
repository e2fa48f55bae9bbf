using System.CommandLine;
using Stakeholders.Network;
using Stakeholders.Network.Analysis;
using Stakeholders.Network.Reports;
using Stakeholders.Network.Reports.Drawing;
using Stakeholders.Network.Reports.Rendering;

namespace Stakeholders.Cli.Commands;

/// <summary><c>stakeholders report &lt;input&gt; --out report.html</c>: the self-contained policy report (HTML, Markdown or JSON).</summary>
internal static class ReportCommand
{
    public static Command Create(CliContext context)
    {
        var input = InputOptions.InputArgument();
        var format = InputOptions.FormatOption();
        var output = new Option<string>("--out", "-o")
        {
            Description = "The report file: .html (one self-contained page), .md (Markdown) or .json (the same content as data).",
            Required = true,
        };
        var title = new Option<string?>("--title") { Description = "The report's title. Default: the network's own title (else its source's title)." };
        var defaults = new StakeholderReportOptions();
        var measure = new Option<string>("--measure")
        {
            Description = "The measure that ranks the key actors, sizes the vertices of the drawing and gets rank intervals.",
            DefaultValueFactory = _ => defaults.SizeMeasure,
        };
        var measures = new Option<string>("--measures")
        {
            Description = "Comma-separated measures shown side by side for the key actors.",
            DefaultValueFactory = _ => string.Join(",", defaults.Measures),
        };
        var top = new Option<int>("--top") { Description = "How many key actors, brokers and chart bars to show (1-200).", DefaultValueFactory = _ => defaults.Top };
        var communities = new Option<string>("--communities")
        {
            Description = "Community algorithm: louvain, leiden, label-propagation, components, or none.",
            DefaultValueFactory = _ => defaults.Communities ?? "none",
        };
        var seed = new Option<int>("--seed") { Description = "Seed for communities, the rewirings that judge them, rank resampling and the layout.", DefaultValueFactory = _ => defaults.Seed };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress on standard error." };
        var figure = new Option<string?>("--figure")
        {
            Description = "Also write the network drawing alone, with its legend, for slides: a .svg or .png file (PNG rendered in-process, no browser).",
        };
        var attributes = SalienceCommand.AttributesOption();
        var projection = new ProjectionCliOptions();
        projection.AllowAsOfList();
        var iterations = new IterationCliOptions();
        var command = new Command(
            "report",
            "Write the policy report: summary, key actors and why they matter, brokers, clusters, a drawing of the network, charts, "
            + "the evidence behind the top ties, and the method. One self-contained file that works offline.\n\n"
            + "Examples:\n"
            + "  stakeholders report seeds/shijingshan-forum-2023.json --out report.html\n"
            + "  stakeholders report network.csv --out report.md --measure pagerank --top 15 --communities leiden\n"
            + "  stakeholders report seeds/shijingshan-forum-2023.json --out report.html --as-of 2023-09-02,2023-09-03\n"
            + "  stakeholders report seeds/shijingshan-forum-2023.json --out report.html --figure drawing.png")
        {
            input, format, output, title, measure, measures, top, communities, seed, quiet, figure, attributes,
        };
        iterations.AddTo(command);
        projection.AddTo(command);
        command.SetAction(parse => CommandRunner.Run(context, () =>
        {
            var path = parse.GetValue(input)!;
            var target = parse.GetValue(output)!;
            ReportFormat reportFormat;
            try
            {
                reportFormat = ReportWriter.FormatOf(target);
            }
            catch (ArgumentException)
            {
                throw new CliUsageException($"--out {target}: use a .html, .md or .json file name");
            }

            var figurePath = parse.GetValue(figure);
            if (figurePath is not null)
            {
                try
                {
                    NetworkFigure.FormatOf(figurePath);
                }
                catch (ArgumentException)
                {
                    throw new CliUsageException($"--figure {figurePath}: use a .svg or .png file name");
                }
            }

            OutputGuard.Check(target, null, "--out", (path, InputOptions.ParseFormat(path, parse.GetValue(format), "--format")));
            var progress = Progress.For(context, parse.GetValue(quiet));
            progress?.Report($"reading {path}");
            var network = SalienceCommand.ApplyAttributes(InputOptions.Read(parse, path, parse.GetValue(format)), parse.GetValue(attributes));
            var projectionOptions = projection.Read(parse, network, out network);
            var algorithm = parse.GetValue(communities)!;
            var options = new StakeholderReportOptions
            {
                Title = parse.GetValue(title),
                AsOfDates = projection.AsOfDates(parse),
                SizeMeasure = parse.GetValue(measure)!,
                Measures = parse.GetValue(measures)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                Top = parse.GetValue(top),
                Communities = algorithm == "none" ? null : algorithm,
                Seed = parse.GetValue(seed),
                Tolerance = iterations.Tolerance(parse),
                MaxIterations = iterations.MaxIterations(parse),
                Projection = projectionOptions,
                InputSha256 = InputOptions.InputSha256(path, parse.GetValue(format)),
            };
            options.Validate();

            var model = StakeholderReport.Build(network, options, progress);
            progress?.Report($"rendering {reportFormat.ToString().ToLowerInvariant()}");
            ReportWriter.Write(model, target);
            context.Error.WriteLine($"wrote {target}");
            if (figurePath is not null && model.Drawing is not null)
            {
                progress?.Report($"drawing {figurePath}");
                NetworkFigure.Write(model.Drawing, figurePath);
                context.Error.WriteLine($"wrote {figurePath}");
            }
            return StakeholdersCli.Success;
        }));
        return command;
    }
}
