using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Stakeholders.Network;
using Stakeholders.Network.Analysis;
using Stakeholders.Network.Graphs;
using Stakeholders.Network.IO;
using Stakeholders.Network.Model;

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
        var output = new Option<string?>("--out", "-o")
        {
            Description = "Write to this file instead of standard output: .json (the scores), .csv (one column per measure), or the network with every "
                + "score and the community as typed numeric attributes: .graphml, .gexf, .nodelink.json, .cyjs (Cytoscape.js), .graphology.json.",
        };
        var measures = new Option<string?>("--measures", "-m")
        {
            Description = $"Comma-separated measures (default {string.Join(",", AnalysisOptions.DefaultMeasures)}). Known: {string.Join(", ", MeasureCatalog.Names)}.",
        };
        var communities = new Option<string>("--communities")
        {
            Description = "Community algorithm: louvain, leiden, label-propagation, components, multiplex-leiden (needs --layers), or none.",
            DefaultValueFactory = _ => "louvain",
        };
        var resolution = new Option<double>("--resolution") { Description = "Modularity resolution for louvain and leiden.", DefaultValueFactory = _ => AnalysisOptions.Default.Resolution };
        var seed = new Option<int>("--seed") { Description = "Seed for every randomised step.", DefaultValueFactory = _ => StakeholdersDefaults.Seed };
        var iterations = new IterationCliOptions();
        var timings = new Option<bool>("--timings") { Description = "Include timingsMs (wall time of each step) in the JSON." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress on standard error." };
        var groupBy = new Option<string?>("--group-by")
        {
            Description = "Groups for the brokerage-* measures: kind, organization-type, community, or a stakeholder attribute name.",
        };
        var layers = new Option<string?>("--layers")
        {
            Description = "See the network as layers: tie-type (one layer per tie type) or a tie attribute name. Every measure also gets one column per layer (betweenness@SPOKE_AT); enables the measures participation and overlapping-degree and --communities multiplex-leiden.",
        };
        var uncertainty = new Option<int?>("--uncertainty")
        {
            Description = "Sample N networks, each tie present with probability equal to its confidence, and add per measure the columns <measure>-mean, -low, -high (90% interval) and -top-k, and community co-membership probabilities.",
        };
        var topK = new Option<int>("--top-k") { Description = "k of the <measure>-top-k columns (probability of ranking in the top k). Default 10.", DefaultValueFactory = _ => 10 };
        var level = new Option<double>("--level") { Description = "Coverage of the --uncertainty interval. Default 0.9.", DefaultValueFactory = _ => 0.9 };
        var confidence = new Option<string>("--confidence-as")
        {
            Description = "How --uncertainty reads tie confidence: existence-probability (default) or ignore (every tie exists).",
            DefaultValueFactory = _ => "existence-probability",
        };
        var projection = new ProjectionCliOptions();
        var export = new ExportCliOptions();
        var command = new Command(
            "analyze",
            "Compute centrality, cohesion and brokerage measures and communities for every stakeholder.\n\n"
            + "Examples:\n"
            + "  stakeholders analyze seeds/shijingshan-forum-2023.json --measures betweenness,pagerank --out scores.json\n"
            + "  stakeholders analyze graph.edges --directed --weight strength --weights-are distance --out scores.csv\n"
            + "  stakeholders analyze seeds/shijingshan-forum-2023.json -m constraint,brokerage-liaison,brokerage-gatekeeper --group-by organization-type\n"
            + "  stakeholders analyze seeds/shijingshan-forum-2023.json --layers tie-type -m degree,participation,overlapping-degree --communities multiplex-leiden\n"
            + "  stakeholders analyze seeds/shijingshan-forum-2023.json -m degree,betweenness --uncertainty 1000 --top-k 5")
        {
            input, format, output, measures, communities, resolution, seed, timings, quiet, groupBy, layers, uncertainty, topK, level, confidence,
        };
        iterations.AddTo(command);
        projection.AddTo(command);
        export.AddTo(command);
        command.SetAction(parse => CommandRunner.Run(context, () =>
        {
            var path = parse.GetValue(input)!;
            var target = parse.GetValue(output);
            var exportFormat = target is null ? null : OutputFormatOf(target);
            if (target is not null)
            {
                OutputGuard.Check(target, exportFormat, "--out", (path, InputOptions.ParseFormat(path, parse.GetValue(format), "--format")));
            }

            var progress = Progress.For(context, parse.GetValue(quiet));
            var clock = Stopwatch.StartNew();
            progress?.Report($"reading {path}");
            // Plain graphs (an edge list, a Pajek file, a GraphML file without keys) go straight to the CSR graph when the options
            // need nothing of the stakeholder model; anything else, including every invalid file, takes the full path.
            var plainOptions = parse.GetValue(groupBy) is null && exportFormat is null ? TryPlainOptions(parse, projection) : null;
            var plain = plainOptions is null ? null : InputOptions.TryReadPlain(parse, path, parse.GetValue(format));
            StakeholderNetwork? network = null;
            ProjectionOptions? projectionOptions = null;
            if (plain is null)
            {
                network = InputOptions.Read(parse, path, parse.GetValue(format));
            }

            var loadMs = clock.Elapsed.TotalMilliseconds;
            if (network is not null)
            {
                projectionOptions = projection.Read(parse, network, out network);
            }

            var names = ParseMeasures(parse.GetValue(measures));
            var algorithm = parse.GetValue(communities)!;
            if (!ConfidenceReadingNames.TryParse(parse.GetValue(confidence), out var reading))
            {
                throw new CliUsageException($"--confidence-as must be one of {string.Join(", ", ConfidenceReadingNames.Names)}, not '{parse.GetValue(confidence)}'");
            }

            var samples = parse.GetValue(uncertainty);
            var options = new AnalysisOptions
            {
                Measures = names,
                Communities = algorithm == "none" ? null : algorithm,
                Resolution = parse.GetValue(resolution),
                Seed = parse.GetValue(seed),
                GroupBy = parse.GetValue(groupBy),
                Layers = parse.GetValue(layers),
                Uncertainty = samples is { } count
                    ? new UncertaintyOptions { Replicates = count, TopK = parse.GetValue(topK), Level = parse.GetValue(level), Seed = parse.GetValue(seed), Confidence = reading }
                    : null,
                Tolerance = iterations.Tolerance(parse),
                MaxIterations = iterations.MaxIterations(parse),
                InputSha256 = InputOptions.InputSha256(path, parse.GetValue(format)),
                Parameters = iterations.Describe(projection.Describe(parse), parse),
            };
            options.Validate();

            AnalysisResult result;
            try
            {
                if (plain is not null)
                {
                    clock.Restart();
                    var graph = plain.ToGraph(plainOptions!);
                    var projectionMs = clock.Elapsed.TotalMilliseconds;
                    result = NetworkAnalyzer.Analyze(graph, options, progress);
                    var plainTimings = new Dictionary<string, double>(StringComparer.Ordinal) { ["projection"] = projectionMs };
                    foreach (var (k, v) in result.TimingsMs)
                    {
                        plainTimings[k] = v;
                    }

                    // Every vertex of a plain graph is a stakeholder of the edge-list kind, as the full reader makes it.
                    var kind = EdgeListFormat.VertexKind.ToName();
                    result = result with { Nodes = result.Nodes.Select(n => n with { Kind = kind }).ToArray(), TimingsMs = plainTimings };
                }
                else
                {
                    result = NetworkAnalyzer.Analyze(network!, options, projectionOptions, progress);
                }
            }
            catch (ArgumentException e) when (options.GroupBy is not null && e.ParamName == "groupBy")
            {
                throw new CliUsageException($"--group-by {options.GroupBy}: {e.Message.Split(" (Parameter", 2)[0]}");
            }
            catch (ArgumentException e) when (options.Layers is not null && e.ParamName == "layerBy")
            {
                throw new CliUsageException($"--layers {options.Layers}: {e.Message.Split(" (Parameter", 2)[0]}");
            }
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

            if (target is null)
            {
                export.Read(parse, NetworkFormat.Json, [], [], options.Seed, (projectionOptions ?? plainOptions)!.Directed);
                context.Output.Write(AnalysisWriter.ToJson(result, parse.GetValue(timings)));
                context.Output.WriteLine();
            }
            else if (exportFormat is { } networkFormat)
            {
                // A network export needs the stakeholder model, so it never takes the plain-graph path above.
                var projected = NetworkProjection.Project(network!, projectionOptions);
                var kept = projected.KeptTieIndices.Select(i => network!.Ties[i]).ToArray();
                var stakeholders = Enumerable.Range(0, projected.Graph.VertexCount).Select(projected.StakeholderOf).ToArray();
                var exportOptions = export.Read(parse, networkFormat, stakeholders, kept, options.Seed, projectionOptions!.Directed);
                NetworkExport.Write(projected, result, target, networkFormat, exportOptions);
                progress?.Report($"wrote {target}");
            }
            else
            {
                export.Read(parse, NetworkFormat.Json, [], [], options.Seed, (projectionOptions ?? plainOptions)!.Directed);
                AnalysisWriter.WriteFile(result, target, parse.GetValue(timings));
                progress?.Report($"wrote {target}");
            }

            return StakeholdersCli.Success;
        }));
        return command;
    }

    /// <summary>
    /// What <c>--out</c> writes, from its extension: null for the scores (<c>.json</c>, <c>.csv</c>), or the network format
    /// that carries the scores as attributes. Any other extension is a usage error, so JSON never lands in a .graphml file.
    /// </summary>
    private static NetworkFormat? OutputFormatOf(string target)
    {
        if (target.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (NetworkFormats.TryDetect(target, out var format))
        {
            if (format == NetworkFormat.Json)
            {
                return null;
            }

            if (NetworkExport.Supports(format))
            {
                return format;
            }
        }

        throw new CliUsageException(
            $"--out {target}: analyze writes .json or .csv (the scores), or .graphml, .gexf, .nodelink.json, .cyjs, .graphology.json (the network with the scores); not this extension");
    }

    private static ProjectionOptions? TryPlainOptions(ParseResult parse, ProjectionCliOptions projection)
    {
        try
        {
            return projection.ReadWithoutNetwork(parse) is { } options && PlainGraphSource.Supports(options) ? options : null;
        }
        catch (CliUsageException)
        {
            return null; // the full path reports it, after any problem with the file, as it always has
        }
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
