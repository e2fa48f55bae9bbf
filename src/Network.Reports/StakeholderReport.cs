using System.Globalization;
using Stakeholders.Network.Algorithms.Brokerage;
using Stakeholders.Network.Algorithms.Centrality;
using Stakeholders.Network.Algorithms.Communities;
using Stakeholders.Network.Analysis;
using Stakeholders.Network.Graphs;
using Stakeholders.Network.Model;
using Stakeholders.Network.Reports.Model;
using ReportMeasureDefinition = Stakeholders.Network.Reports.Model.MeasureDefinition;

namespace Stakeholders.Network.Reports;

/// <summary>
/// What <see cref="StakeholderReport.Build"/> puts in a report. Every default is the one <c>stakeholders report</c> uses.
/// </summary>
public sealed record StakeholderReportOptions
{
    /// <summary>Cancels the build: checked inside every analysis the report runs (measures, resampling, rewirings).</summary>
    public CancellationToken CancellationToken { get; init; }

    /// <summary>
    /// The title. When null: the network's own title; else, for a network built from sources, "Stakeholders in" the first
    /// source's title; else "Stakeholder network report". Never the file name.
    /// </summary>
    public string? Title { get; init; }

    /// <summary>
    /// The dates of the "over time" snapshots, or null to use the dates the ties themselves start and end (at most five,
    /// spread over the range). Default null.
    /// </summary>
    public IReadOnlyList<PartialDate>? AsOfDates { get; init; }

    /// <summary>How many degree-preserving rewirings the clusters are compared with (0 to skip the comparison). Default 50.</summary>
    public int Rewirings { get; init; } = 50;

    /// <summary>How many resampled networks the rank intervals rest on (0 to skip them). Default 100.</summary>
    public int StabilityReplicates { get; init; } = 100;

    /// <summary>The measures shown side by side for the key actors. Default betweenness, PageRank, degree, closeness.</summary>
    public IReadOnlyList<string> Measures { get; init; } = ["betweenness", "pagerank", "degree", "closeness"];

    /// <summary>The measure that ranks the key actors and sizes the vertices of the drawing. Default <c>betweenness</c>.</summary>
    public string SizeMeasure { get; init; } = "betweenness";

    /// <summary>How many key actors, brokers and chart bars to show. Default 10; 1 to 200.</summary>
    public int Top { get; init; } = 10;

    /// <summary>The community algorithm (<c>louvain</c>, <c>leiden</c>, <c>label-propagation</c>, <c>components</c>), or null for none. Default <c>louvain</c>.</summary>
    public string? Communities { get; init; } = "louvain";

    /// <summary>The seed of every randomised step (communities, layout, sampling). Default 42.</summary>
    public int Seed { get; init; } = StakeholdersDefaults.Seed;

    /// <summary>The convergence tolerance of the iterative measures; null (the default) keeps each measure's NetworkX default. As <see cref="AnalysisOptions.Tolerance"/>.</summary>
    public double? Tolerance { get; init; }

    /// <summary>The iteration limit of the iterative measures; null (the default) keeps each measure's NetworkX default. As <see cref="AnalysisOptions.MaxIterations"/>.</summary>
    public int? MaxIterations { get; init; }

    /// <summary>How the network becomes the analysis graph. Default: every tie, undirected, unweighted.</summary>
    public ProjectionOptions Projection { get; init; } = new() { WeightSource = WeightSource.None };

    /// <summary>
    /// Above this many vertices, betweenness is estimated from this many seeded sample sources (NetworkX's <c>k=</c>)
    /// rather than computed exactly, so large reports finish in seconds; the method section says so. Default 5,000.
    /// </summary>
    public int ExactBetweennessLimit { get; init; } = 5_000;

    /// <summary>
    /// Thresholds and measure of the salience section, shown when some stakeholder carries <c>power</c>,
    /// <c>legitimacy</c>, <c>urgency</c> or <c>interest</c>; the projection is the report's own. Default: the defaults of
    /// <see cref="SalienceOptions"/> (betweenness).
    /// </summary>
    public SalienceOptions Salience { get; init; } = new();

    /// <summary>The SHA-256 of the input file for provenance; computed from the network when null.</summary>
    public string? InputSha256 { get; init; }

    /// <summary>The moment recorded as the generation time (the only part of a report that changes between runs). Default now.</summary>
    public DateTimeOffset? GeneratedAt { get; init; }

    /// <summary>Throws when an option is out of range or names an unknown measure.</summary>
    public void Validate()
    {
        foreach (var m in Measures.Append(SizeMeasure))
        {
            if (!MeasureCatalog.TryGet(m, out _))
            {
                throw new InvalidOptionException("Measures", $"Unknown measure '{m}'. Known measures: {string.Join(", ", MeasureCatalog.Names)}.");
            }
        }

        IterationSettings.Validate(Tolerance, MaxIterations);
        if (Top is < 1 or > 200)
        {
            throw new InvalidOptionException("Top", $"Top must be between 1 and 200, not {Top}.");
        }

        if (Rewirings is < 0 or 1 or > 10_000)
        {
            throw new ArgumentException($"Rewirings must be 0 (none) or between 2 and 10000, not {Rewirings}.", nameof(Rewirings));
        }

        if (StabilityReplicates is < 0 or > 10_000)
        {
            throw new ArgumentException($"StabilityReplicates must be between 0 and 10000, not {StabilityReplicates}.", nameof(StabilityReplicates));
        }

        if (Communities is not null && !CommunityDetection.Names.Contains(Communities, StringComparer.Ordinal))
        {
            throw new InvalidOptionException("Communities", $"Unknown community algorithm '{Communities}'. Known: {string.Join(", ", CommunityDetection.Names)}.");
        }

        Projection.Validate();
    }
}

/// <summary>
/// Turns a network into the report a policy team reads: runs the measures, communities and brokerage analysis through
/// the core's facades and fills a <see cref="ReportModel"/>; <see cref="Rendering.ReportWriter"/> renders it as HTML, Markdown or JSON.
/// </summary>
public static class StakeholderReport
{
    /// <summary>Builds the report model.</summary>
    /// <exception cref="ArgumentException">The options are not valid.</exception>
    public static ReportModel Build(StakeholderNetwork network, StakeholderReportOptions? options = null, IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        options ??= new StakeholderReportOptions();
        options.Validate();
        var cancellationToken = options.CancellationToken;

        progress?.Report("projecting the network");
        var projection = NetworkProjection.Project(network, options.Projection);
        var graph = projection.Graph;
        var n = graph.VertexCount;
        var sampled = n > options.ExactBetweennessLimit;
        var measureNames = options.Measures.Contains(options.SizeMeasure, StringComparer.Ordinal)
            ? options.Measures.ToArray()
            : options.Measures.Prepend(options.SizeMeasure).ToArray();

        progress?.Report($"computing {string.Join(", ", measureNames)} on {n} stakeholders and {graph.EdgeCount} edges");
        var analysisMeasures = sampled ? measureNames.Where(m => m != "betweenness").ToArray() : measureNames;
        var analysis = NetworkAnalyzer.Analyze(
            network,
            new AnalysisOptions
            {
                Measures = analysisMeasures,
                Communities = options.Communities,
                Seed = options.Seed,
                Tolerance = options.Tolerance,
                MaxIterations = options.MaxIterations,
                InputSha256 = options.InputSha256,
                CancellationToken = cancellationToken,
            },
            options.Projection,
            progress);
        var columns = measureNames.Select(m => (Measure: m, Scores: Column(analysis, m, graph, options, sampled, cancellationToken))).ToArray();
        var size = columns.First(c => c.Measure == options.SizeMeasure).Scores;
        var membership = analysis.Communities?.Membership.ToArray() ?? Enumerable.Repeat(-1, n).ToArray();

        progress?.Report("describing communities and brokers");
        var clusters = analysis.Communities is { } c
            ? ReportModelBuilder.Clusters(graph, membership, size, c.Algorithm, c.Modularity, network)
            : ClustersSection.NotComputed("No community algorithm was requested (--communities none).");
        var notes = new List<string>(analysis.Warnings);
        if (analysis.Communities is { } found && options.Rewirings > 0 && graph.EdgeCount >= 2)
        {
            // Each rewiring re-runs the community algorithm: on large networks fewer rewirings keep the report fast
            // (at least 5 above 2,000 edges, none above 50,000), and the method section says how many were used.
            var rewirings = graph.EdgeCount <= 2_000 ? options.Rewirings : Math.Min(options.Rewirings, Math.Max(5, 100_000 / graph.EdgeCount));
            if (graph.EdgeCount > 50_000)
            {
                notes.Add("The clusters were not compared with rewired networks: the network has more than 50,000 edges.");
            }
            else
            {
                progress?.Report($"comparing the clusters with {rewirings} rewired networks");
                clusters = clusters with { Significance = BriefingBuilder.Significance(graph, found.Algorithm, rewirings, options.Seed, cancellationToken) };
                if (rewirings < options.Rewirings)
                {
                    notes.Add(string.Create(CultureInfo.InvariantCulture, $"The clusters were compared with {rewirings} rewired networks rather than {options.Rewirings}, to keep a network of {graph.EdgeCount} edges quick to report."));
                }
            }
        }

        var groupNames = ReportModelBuilder.GroupNames(clusters);
        var keyActors = ReportModelBuilder.KeyActors(graph, columns, options.SizeMeasure, options.Top, network);
        keyActors = keyActors with { Rows = keyActors.Rows.Select(r => r with { Why = Why(r, projection, membership, groupNames) }).ToArray() };
        var brokerGroups = BriefingBuilder.BrokerGroups(projection);
        var (brokers, brokeredPairs) = BriefingBuilder.Brokers(projection, brokerGroups, options.Top, cancellationToken);

        RankStabilityResult? stability = null;
        if (options.StabilityReplicates > 0 && n is > 2 and <= 2_000 && graph.EdgeCount > 0)
        {
            progress?.Report($"resampling the ties {options.StabilityReplicates} times for the rank intervals");
            stability = RankStability.Compute(network, new RankStabilityOptions { Measure = options.SizeMeasure, Replicates = options.StabilityReplicates, Seed = options.Seed, Projection = options.Projection, TopK = options.Top, Tolerance = options.Tolerance, MaxIterations = options.MaxIterations, CancellationToken = cancellationToken });
            keyActors = RankSupportBuilder.Attach(keyActors, stability);
            notes.Add(RankSupportBuilder.Note(stability));
        }
        else if (options.StabilityReplicates > 0 && n > 2_000)
        {
            notes.Add("Rank intervals were not computed: the network has more than 2,000 stakeholders.");
        }

        progress?.Report("comparing the network over time");
        var timeline = BriefingBuilder.Timeline(
            network, options.Projection, options.AsOfDates,
            new PeriodComparisonOptions { Measure = options.SizeMeasure, Seed = options.Seed, Tolerance = options.Tolerance, MaxIterations = options.MaxIterations },
            options.ExactBetweennessLimit,
            cancellationToken);
        var profiles = BriefingBuilder.Profiles(projection, columns, stability, membership, clusters, brokeredPairs);

        progress?.Report("laying out the drawing");
        var drawing = ReportModelBuilder.Drawing(graph, size, membership, network, options.SizeMeasure, groupNames, options.Seed);
        var charts = new ChartsSection(
            [new DistributionChart(options.SizeMeasure, size.Where(double.IsFinite).ToArray())],
            [ReportModelBuilder.Ranking(graph, options.SizeMeasure, size, options.Top, network)]);
        var evidence = ReportModelBuilder.EvidenceForActors(network, keyActors.Rows.Select(r => r.Id));

        // --- extraction provenance (owned by the extraction feature; see ExtractionProvenance.cs) ---
        notes.AddRange(ExtractionProvenance.Describe(network));
        // --- end extraction provenance ---
        if (sampled)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"Betweenness was estimated from {Math.Min(n, BetweennessSampleSources)} sample sources chosen with seed {options.Seed} (the network has more than {options.ExactBetweennessLimit} stakeholders), rescaled as NetworkX does with k=."));
        }

        var parameters = new List<ParameterRow>
        {
            new("ranked and sized by", options.SizeMeasure),
            new("communities", options.Communities ?? "none"),
            new("directed", graph.IsDirected ? "yes" : "no"),
            new("weights", options.Projection.WeightSource == WeightSource.None ? "none (every tie counts once)" : options.Projection.WeightSource.ToString()),
            new("brokerage groups", "organization type for organizations, kind for every other stakeholder"),
            new("cluster null model", clusters.Significance is { } nullModel ? string.Create(CultureInfo.InvariantCulture, $"{nullModel.Rewirings} degree-preserving rewirings (10 double-edge swaps per edge), seed {options.Seed}") : "none"),
            new("rank intervals", stability is null ? "not computed" : string.Create(CultureInfo.InvariantCulture, $"{stability.Replicates} resamplings dropping 20% of the ties, 90% intervals of the {stability.Measure} rank")),
            new("top", options.Top.ToString(CultureInfo.InvariantCulture)),
        };
        if (options.Projection.AsOf is { } asOf)
        {
            parameters.Add(new("as of", asOf.ToString()));
        }

        var model = new ReportModel
        {
            Title = options.Title ?? DefaultTitle(network),
            Subtitle = network.Description,
            GeneratedAt = options.GeneratedAt ?? DateTimeOffset.UtcNow,
            Summary = ReportModelBuilder.Summarize(network, graph),
            KeyActors = keyActors,
            Brokers = brokers,
            Clusters = clusters,
            Drawing = drawing,
            Charts = charts,
            Evidence = evidence,
            Timeline = timeline,
            Stakeholders = profiles,
            Salience = SalienceSection.For(network, options.Salience with { Projection = options.Projection, Seed = options.Seed }, cancellationToken),
            Method = new MethodSection(
                measureNames.Concat(brokers.IsComputed ? ["constraint", "gould-fernandez"] : [])
                    .Distinct(StringComparer.Ordinal)
                    .Select(m => new ReportMeasureDefinition(m, MeasureCatalog.TryGet(m, out var d) ? d.Definition : GouldFernandezDefinition))
                    .ToArray(),
                parameters,
                options.Seed,
                "stakeholders",
                NetworkAnalyzer.LibraryVersion,
                analysis.Network.InputSha256)
            {
                Notes = notes,
            },
        };
        return model with { Findings = BriefingBuilder.Findings(model, graph, stability) };
    }

    /// <summary>The title of a report on <paramref name="network"/> when none is given (see <see cref="StakeholderReportOptions.Title"/>).</summary>
    internal static string DefaultTitle(StakeholderNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        if (!string.IsNullOrWhiteSpace(network.Title))
        {
            return network.Title;
        }

        var titled = network.Documents.Where(d => !string.IsNullOrWhiteSpace(d.Title)).ToArray();
        return titled.Length switch
        {
            0 => "Stakeholder network report",
            1 => $"Stakeholders in “{titled[0].Title}”",
            _ => string.Create(CultureInfo.InvariantCulture, $"Stakeholders in “{titled[0].Title}” and {titled.Length - 1} more source{(titled.Length == 2 ? string.Empty : "s")}"),
        };
    }

    private static readonly string GouldFernandezDefinition = MeasureCatalog.RoleDefinition(BrokerageRole.Total);

    private static double[] Column(AnalysisResult analysis, string measure, CsrGraph graph, StakeholderReportOptions options, bool sampled, CancellationToken cancellationToken)
    {
        if (sampled && measure == "betweenness")
        {
            return SampledBetweenness(graph, options.Seed, cancellationToken);
        }

        return analysis.Nodes.Select(row => row.Scores[measure]).ToArray();
    }

    /// <summary>How many sample sources estimated betweenness rests on above <see cref="StakeholderReportOptions.ExactBetweennessLimit"/>.</summary>
    internal const int BetweennessSampleSources = 500;

    /// <summary>Betweenness estimated from <see cref="BetweennessSampleSources"/> sources (all when fewer vertices), rescaled as NetworkX does with <c>k=</c>.</summary>
    internal static double[] SampledBetweenness(CsrGraph graph, int seed, CancellationToken cancellationToken) =>
        CentralityMeasures.Betweenness(graph, new BetweennessOptions { SampleSize = Math.Min(graph.VertexCount, BetweennessSampleSources), Seed = seed, CancellationToken = cancellationToken }).Scores;

    /// <summary>
    /// Why a key actor matters, in plain words: its ranks, then what it connects — the communities and the kinds of
    /// stakeholder among its direct contacts ("bridges Community 1 and Community 3; tied to government, company and
    /// association stakeholders").
    /// </summary>
    private static string? Why(KeyActorRow row, NetworkProjection projection, int[] membership, IReadOnlyList<string> groupNames)
    {
        var graph = projection.Graph;
        if (!graph.TryGetIndex(row.Id, out var v))
        {
            return row.Why;
        }

        var neighbors = graph.OutNeighbors(v).ToArray().Concat(graph.IsDirected ? graph.InNeighbors(v).ToArray() : []).Distinct().Where(u => u != v).ToArray();
        var parts = new List<string>();
        var communities = neighbors.Select(u => membership[u]).Append(membership[v]).Where(k => k >= 0).Distinct().Order().ToArray();
        if (communities.Length == 2)
        {
            var names = communities.Select(k => k < groupNames.Count && groupNames[k].Length > 0 ? $"“{groupNames[k]}”" : $"cluster {k + 1}").Order(StringComparer.Ordinal).ToArray();
            parts.Add($"bridges the clusters {Join(names)}");
        }
        else if (communities.Length > 2)
        {
            var total = membership.Where(k => k >= 0).Distinct().Count();
            parts.Add($"bridges {communities.Length} of the {total} clusters");
        }

        var sectors = neighbors
            .Select(u => projection.StakeholderOf(u))
            .Select(s => s.Kind == StakeholderKind.Organization && s.OrganizationType != OrganizationType.Unspecified ? s.OrganizationType.ToName().Replace('-', ' ') : s.Kind.ToName())
            .GroupBy(x => x, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .ToArray();
        if (sectors.Length > 0)
        {
            parts.Add($"tied directly to {neighbors.Length} stakeholder{(neighbors.Length == 1 ? string.Empty : "s")} ({Join(sectors.Take(4).ToArray())}{(sectors.Length > 4 ? ", ..." : string.Empty)})");
        }

        var structural = parts.Count == 0 ? string.Empty : char.ToUpperInvariant(parts[0][0]) + string.Join("; ", parts)[1..] + ".";
        return string.Join(" ", new[] { structural, row.Why }.Where(s => !string.IsNullOrEmpty(s)));
    }

    private static string Join(IReadOnlyList<string> items) => items.Count switch
    {
        0 => string.Empty,
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };
}
