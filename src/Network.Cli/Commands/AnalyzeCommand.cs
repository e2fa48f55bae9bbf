using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Stakeholders.Network;
using Stakeholders.Network.Analysis;
using Stakeholders.Network.Graphs;

namespace Stakeholders.Cli.Commands;

/// <summary>
/// <c>stakeholders analyze &lt;input&gt;</c>: measures and communities as the JSON of the CLI contract, or CSV with one column per measure.
/// </summary>
internal static class AnalyzeCommand
{
    public static Command Create(CliContext context)
    {
        var input = InputOptions.InputArgument();
        var format = InputOptions.FormatOption();
        var output = new Option<string?>("--out", "-o") { Description = "Write to this file (.json or .csv) instead of standard output." };
        var measures = new Option<string?>("--measures", "-m")
        {
            Description = $"Comma-separated measures (default {string.Join(",", AnalysisOptions.DefaultMeasures)}). Known: {string.Join(", ", MeasureCatalog.Names)}.",
        };
        var communities = new Option<string>("--communities")
        {
            Description = "Community algorithm: louvain, leiden, label-propagation, components, or none.",
            DefaultValueFactory = _ => "louvain",
        };
        var resolution = new Option<double>("--resolution") { Description = "Modularity resolution for louvain and leiden.", DefaultValueFactory = _ => AnalysisOptions.Default.Resolution };
        var seed = new Option<int>("--seed") { Description = "Seed for every randomised step.", DefaultValueFactory = _ => StakeholdersDefaults.Seed };
        var tolerance = new Option<double?>("--tolerance")
        {
            Description = "Convergence tolerance of eigenvector, pagerank, katz and hits (default: each measure's NetworkX default, 1e-6; 1e-8 for hits).",
        };
        var maxIterations = new Option<int?>("--max-iterations")
        {
            Description = "Iteration limit of eigenvector, pagerank, katz and hits (default: NetworkX's, 100; 1000 for katz).",
        };
        var timings = new Option<bool>("--timings") { Description = "Include timingsMs (wall time of each step) in the JSON." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress on standard error." };
        var groupBy = new Option<string?>("--group-by")
        {
            Description = "Groups for the brokerage-* measures: kind, organization-type, community, or a stakeholder attribute name.",
        };
        var projection = new ProjectionCliOptions();
        var command = new Command(
            "analyze",
            "Compute centrality, cohesion and brokerage measures and communities for every stakeholder.\n\n"
            + "Examples:\n"
            + "  stakeholders analyze seeds/shijingshan-forum-2023.json --measures betweenness,pagerank --out scores.json\n"
            + "  stakeholders analyze graph.edges --directed --weight strength --weights-are distance --out scores.csv\n"
            + "  stakeholders analyze seeds/shijingshan-forum-2023.json -m constraint,brokerage-liaison,brokerage-gatekeeper --group-by organization-type")
        {
            input, format, output, measures, communities, resolution, seed, tolerance, maxIterations, timings, quiet, groupBy,
        };
        projection.AddTo(command);
        command.SetAction(parse => CommandRunner.Run(context, () =>
        {
            var path = parse.GetValue(input)!;
            var progress = Progress.For(context, parse.GetValue(quiet));
            var clock = Stopwatch.StartNew();
            progress?.Report($"reading {path}");
            var network = InputOptions.Read(path, parse.GetValue(format));
            var loadMs = clock.Elapsed.TotalMilliseconds;
            var projectionOptions = projection.Read(parse, network, out network);
            var names = ParseMeasures(parse.GetValue(measures));
            var algorithm = parse.GetValue(communities)!;
            var options = new AnalysisOptions
            {
                Measures = names,
                Communities = algorithm == "none" ? null : algorithm,
                Resolution = parse.GetValue(resolution),
                Seed = parse.GetValue(seed),
                GroupBy = parse.GetValue(groupBy),
                Tolerance = parse.GetValue(tolerance),
                MaxIterations = parse.GetValue(maxIterations),
                InputSha256 = InputOptions.InputSha256(path, parse.GetValue(format)),
                Parameters = Describe(projection.Describe(parse), parse.GetValue(tolerance), parse.GetValue(maxIterations)),
            };
            options.Validate();

            var result = NetworkAnalyzer.Analyze(network, options, projectionOptions, progress);
            var allTimings = new Dictionary<string, double>(StringComparer.Ordinal) { ["load"] = loadMs };
            foreach (var (k, v) in result.TimingsMs)
            {
                allTimings[k] = v;
            }

            result = result with { TimingsMs = allTimings };
            foreach (var warning in result.Warnings)
            {
                context.Error.WriteLine($"stakeholders: warning: {warning}");
            }

            var target = parse.GetValue(output);
            if (target is null)
            {
                context.Output.Write(AnalysisWriter.ToJson(result, parse.GetValue(timings)));
                context.Output.WriteLine();
            }
            else
            {
                AnalysisWriter.WriteFile(result, target, parse.GetValue(timings));
                progress?.Report($"wrote {target}");
            }

            return StakeholdersCli.Success;
        }));
        return command;
    }

    private static string[] ParseMeasures(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [.. AnalysisOptions.DefaultMeasures];
        }

        var names = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var n in names)
        {
            if (!MeasureCatalog.TryGet(n, out _))
            {
                throw new CliUsageException($"unknown measure '{n}'; known measures: {string.Join(", ", MeasureCatalog.Names)}");
            }
        }

        return names.Select(n => n.ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>The projection parameters plus the iteration settings, when given, for the provenance block.</summary>
    private static Dictionary<string, string> Describe(IReadOnlyDictionary<string, string> projection, double? tolerance, int? maxIterations)
    {
        var parameters = new Dictionary<string, string>(projection, StringComparer.Ordinal);
        if (tolerance is { } t)
        {
            parameters["tolerance"] = t.ToString("R", CultureInfo.InvariantCulture);
        }

        if (maxIterations is { } m)
        {
            parameters["max-iterations"] = m.ToString(CultureInfo.InvariantCulture);
        }

        return parameters;
    }
}

/// <summary>Progress lines on standard error, only when it is a terminal and not silenced.</summary>
internal static class Progress
{
    public static IProgress<string>? For(CliContext context, bool quiet) =>
        quiet || Console.IsErrorRedirected || !ReferenceEquals(context.Error, Console.Error)
            ? null
            : new TerminalProgress(context.Error);

    private sealed class TerminalProgress(TextWriter error) : IProgress<string>
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();

        public void Report(string value) =>
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{_clock.Elapsed.TotalSeconds,6:0.0}s] {value}"));
    }
}
