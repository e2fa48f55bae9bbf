using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Stakeholders.Network.Algorithms.Communities;
using Stakeholders.Network.Algorithms.Multiplex;
using Stakeholders.Network.Graphs;
using Stakeholders.Network.IO;
using Stakeholders.Network.Model;

namespace Stakeholders.Network.Analysis;

/// <summary>
/// The one door the CLI, the reports and dashboards use: runs a configured set of measures and a community algorithm on
/// a network and returns one <see cref="AnalysisResult"/> with scores per stakeholder, communities, provenance and timings.
/// </summary>
/// <remarks>Stateless and thread-safe: concurrent calls share nothing.</remarks>
public static class NetworkAnalyzer
{
    /// <summary>The library version recorded in every provenance block.</summary>
    public static string LibraryVersion { get; } =
        (typeof(NetworkAnalyzer).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0")
        .Split('+')[0];

    /// <summary>Projects the network with <paramref name="projection"/> (unweighted and undirected when null) and analyses the graph.</summary>
    public static AnalysisResult Analyze(
        StakeholderNetwork network,
        AnalysisOptions options,
        ProjectionOptions? projection = null,
        IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var cancellationToken = options.CancellationToken;
        var timings = new Dictionary<string, double>(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        var projectionOptions = projection ?? new ProjectionOptions { WeightSource = WeightSource.None };
        var layered = options.Layers is null ? null : MultiplexProjection.Project(network, options.Layers, projectionOptions);
        var projected = layered?.Union ?? NetworkProjection.Project(network, projectionOptions);
        timings["projection"] = clock.Elapsed.TotalMilliseconds;
        var hash = options.InputSha256 ?? Sha256Hex(Encoding.UTF8.GetBytes(NativeJson.Serialize(network)));
        var groups = options.GroupBy is null ? null : GroupsOf(projected, options.GroupBy, options);
        var result = Run(
            projected.Graph,
            layered?.Graph,
            groups,
            v =>
            {
                var s = projected.StakeholderOf(v);
                return (s.Name, s.Kind.ToName());
            },
            options with { InputSha256 = hash },
            timings,
            progress,
            cancellationToken);
        if (options.Uncertainty is not { } uncertainty)
        {
            return result;
        }

        progress?.Report($"sampling {uncertainty.Replicates} networks from the tie confidences");
        clock.Restart();
        var sampled = UncertaintyAnalysis.Sample(projected, layered, PlanOf(options, groups), options.Communities, options.Resolution, options.Seed, uncertainty, cancellationToken);
        timings["uncertainty"] = clock.Elapsed.TotalMilliseconds;
        return UncertaintyAnalysis.Merge(result, sampled);
    }

    /// <summary>Analyses a bare graph (vertex ids as labels, no kinds).</summary>
    public static AnalysisResult Analyze(CsrGraph graph, AnalysisOptions options, IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var cancellationToken = options.CancellationToken;
        if (options.Layers is not null || options.Uncertainty is not null)
        {
            throw new ArgumentException("Layers and uncertainty need the stakeholder network (tie types and confidences), not a bare graph.", nameof(options));
        }

        var groups = options.GroupBy switch
        {
            null => null,
            "community" => CommunityDetection.Run("louvain", graph, new CommunityRunOptions { Resolution = options.Resolution, Seed = options.Seed, CancellationToken = cancellationToken }).Partition.ToArray(),
            var other => throw new InvalidOptionException(nameof(AnalysisOptions.GroupBy), $"GroupBy '{other}': a bare graph has no stakeholder attributes, so only 'community' works without a network."),
        };
        return Run(graph, null, groups, v => (graph.IdOf(v), null), options with { InputSha256 = options.InputSha256 ?? string.Empty }, new Dictionary<string, double>(StringComparer.Ordinal), progress, cancellationToken);
    }

    /// <summary>The SHA-256 of a byte sequence as lower-case hex, the form recorded in provenance.</summary>
    internal static string Sha256Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>The SHA-256 of a file as lower-case hex.</summary>
    public static string Sha256HexOfFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>
    /// The group number of every vertex for a grouping name (see <see cref="AnalysisOptions.GroupBy"/>), numbered in order of
    /// first appearance.
    /// </summary>
    /// <exception cref="ArgumentException">No stakeholder carries the named attribute.</exception>
    internal static int[] GroupsOf(NetworkProjection projection, string groupBy, AnalysisOptions options)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        return GroupLabelsOf(projection, groupBy, options)
            .Select(l => numbers.TryGetValue(l, out var k) ? k : numbers[l] = numbers.Count)
            .ToArray();
    }

    /// <summary>
    /// The group label of every vertex for a grouping name: the kind name, the organization type (organizations with a
    /// type; every other stakeholder by kind), <c>community N</c> (Louvain with the options' resolution and seed), or
    /// the value of a stakeholder attribute (<c>(none)</c> where a stakeholder lacks it).
    /// </summary>
    /// <exception cref="ArgumentException">No stakeholder carries the named attribute.</exception>
    public static string[] GroupLabelsOf(NetworkProjection projection, string groupBy, AnalysisOptions options)
    {
        ArgumentNullException.ThrowIfNull(projection);
        ArgumentNullException.ThrowIfNull(options);
        var graph = projection.Graph;
        if (groupBy == "community")
        {
            return CommunityDetection.Run("louvain", graph, new CommunityRunOptions { Resolution = options.Resolution, Seed = options.Seed, CancellationToken = options.CancellationToken }).Partition.ToArray()
                .Select(k => "community " + k.ToString(CultureInfo.InvariantCulture))
                .ToArray();
        }

        var labels = new string[graph.VertexCount];
        var anyAttribute = false;
        for (var v = 0; v < labels.Length; v++)
        {
            var s = projection.StakeholderOf(v);
            labels[v] = groupBy switch
            {
                "kind" => s.Kind.ToName(),
                "organization-type" => s.Kind == StakeholderKind.Organization && s.OrganizationType != OrganizationType.Unspecified ? s.OrganizationType.ToName() : s.Kind.ToName(),
                _ => s.Attributes.TryGetValue(groupBy, out var value) ? value : "(none)",
            };
            anyAttribute |= s.Attributes.ContainsKey(groupBy);
        }

        if (groupBy is not ("kind" or "organization-type") && !anyAttribute)
        {
            throw new InvalidOptionException(nameof(AnalysisOptions.GroupBy), $"GroupBy '{groupBy}': no stakeholder has an attribute of that name to group by (use kind, organization-type, community or an attribute name).");
        }

        return labels;
    }

    /// <summary>The columns an analysis computes: each measure, and with layers each measure per layer.</summary>
    internal static ColumnPlan PlanOf(AnalysisOptions options, int[]? groups) =>
        new(options.Measures.Select(m => MeasureCatalog.TryGet(m, out var d) ? d : throw new ArgumentException($"Unknown measure '{m}'.")).ToArray(), groups)
        {
            Tolerance = options.Tolerance,
            MaxIterations = options.MaxIterations,
        };

    private static AnalysisResult Run(
        CsrGraph graph,
        MultiplexGraph? layers,
        int[]? groups,
        Func<int, (string Label, string? Kind)> describe,
        AnalysisOptions options,
        Dictionary<string, double> timings,
        IProgress<string>? progress,
        CancellationToken cancellationToken)
    {
        var plan = PlanOf(options, groups);
        var warnings = new List<string>();
        var computed = plan.Compute(graph, layers, options.Seed, cancellationToken, warnings, timings, progress);
        var measures = plan.Measures;
        var columnNames = computed.Select(c => c.Name).ToArray();
        var columns = computed.Select(c => c.Scores).ToArray();
        CommunitySummary? communities = null;
        if (options.Communities is { } algorithm)
        {
            progress?.Report($"detecting communities ({algorithm})");
            var clock = Stopwatch.StartNew();
            var result = AnalysisCommunities.Run(algorithm, graph, layers, options, cancellationToken);
            timings["communities"] = clock.Elapsed.TotalMilliseconds;
            communities = new CommunitySummary(algorithm, result.Partition.CommunityCount, result.Modularity, result.Partition.ToArray());
            if (!double.IsFinite(result.Modularity))
            {
                warnings.Add(MeasureCatalog.ModularityUndefinedReason(graph.EdgeCount, result.Modularity) + " (written as null)");
            }
        }

        for (var i = 0; i < columns.Length; i++)
        {
            var undefined = columns[i].Count(x => !double.IsFinite(x));
            if (undefined > 0)
            {
                var first = columns[i].First(x => !double.IsFinite(x));
                warnings.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{columnNames[i]}: {undefined} of {columns[i].Length} stakeholder(s) have no value ({MeasureCatalog.UndefinedReason(columnNames[i], first)}); written as null in JSON and an empty cell in CSV"));
            }
        }

        var rows = new StakeholderScores[graph.VertexCount];
        for (var v = 0; v < rows.Length; v++)
        {
            var scores = new Dictionary<string, double>(columns.Length, StringComparer.Ordinal);
            for (var i = 0; i < columns.Length; i++)
            {
                scores[columnNames[i]] = columns[i][v];
            }

            var (label, kind) = describe(v);
            rows[v] = new StakeholderScores(v, graph.IdOf(v), label, kind, scores);
        }

        var parameters = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["measures"] = string.Join(",", measures.Select(m => m.Name)),
            ["communities"] = options.Communities ?? "none",
            ["resolution"] = options.Resolution.ToString("R", CultureInfo.InvariantCulture),
            ["directed"] = graph.IsDirected ? "true" : "false",
            ["weighted"] = graph.IsWeighted ? "true" : "false",
            ["weightsAre"] = graph.WeightMeaning == WeightMeaning.Strength ? "strength" : "distance",
        };
        if (options.GroupBy is not null)
        {
            parameters["groupBy"] = options.GroupBy;
        }

        if (layers is not null)
        {
            parameters["layers"] = options.Layers!;
            parameters["layerNames"] = string.Join(",", layers.LayerNames);
        }

        if (options.Uncertainty is { } u)
        {
            parameters["uncertainty"] = u.Replicates.ToString(CultureInfo.InvariantCulture);
            parameters["uncertaintyLevel"] = u.Level.ToString("R", CultureInfo.InvariantCulture);
            parameters["topK"] = u.TopK.ToString(CultureInfo.InvariantCulture);
            parameters["confidenceReading"] = u.Confidence.ToName();
        }
        foreach (var (k, v) in options.Parameters)
        {
            parameters[k] = v;
        }

        return new AnalysisResult(
            new AnalyzedNetwork(graph.VertexCount, graph.EdgeCount, graph.IsDirected, graph.IsWeighted, options.InputSha256 ?? string.Empty),
            new Provenance("stakeholders", LibraryVersion, parameters, options.Seed),
            columnNames,
            rows,
            communities,
            timings)
        {
            Warnings = warnings.ToArray(),
        };
    }
}

/// <summary>The community algorithms by name, with <c>multiplex-leiden</c> run on the layers.</summary>
internal static class AnalysisCommunities
{
    /// <summary>Runs the named algorithm on the union graph, or, for <c>multiplex-leiden</c>, on the layers.</summary>
    internal static CommunityResult Run(string name, CsrGraph graph, MultiplexGraph? layers, AnalysisOptions options, CancellationToken cancellationToken) =>
        Run(name, graph, layers, options.Resolution, options.Seed, cancellationToken);

    /// <summary>Runs the named algorithm with a given seed (replicates use their own).</summary>
    internal static CommunityResult Run(string name, CsrGraph graph, MultiplexGraph? layers, double resolution, int seed, CancellationToken cancellationToken) =>
        name == "multiplex-leiden"
            ? MultiplexMeasures.Leiden(layers ?? throw new ArgumentException("multiplex-leiden needs layers (--layers tie-type or a tie attribute).", nameof(layers)), new MultiplexLeidenOptions { Resolution = resolution, Seed = seed, CancellationToken = cancellationToken })
            : CommunityDetection.Run(name, graph, new CommunityRunOptions { Resolution = resolution, Seed = seed, CancellationToken = cancellationToken });
}

/// <summary>The columns of one analysis: each measure on the union graph, and with layers each measure per layer (<c>measure@layer</c>).</summary>
internal sealed record ColumnPlan(CatalogMeasure[] Measures, int[]? Groups)
{
    /// <summary>The tolerance of the iterative measures, or null for each measure's default.</summary>
    public double? Tolerance { get; init; }

    /// <summary>The iteration limit of the iterative measures, or null for each measure's default.</summary>
    public int? MaxIterations { get; init; }

    public List<(string Name, double[] Scores)> Compute(
        CsrGraph graph, MultiplexGraph? layers, int seed, CancellationToken cancellationToken, List<string> warnings,
        Dictionary<string, double>? timings, IProgress<string>? progress)
    {
        var context = new MeasureContext(graph, seed, cancellationToken) { Groups = Groups, Layers = layers, Tolerance = Tolerance, MaxIterations = MaxIterations };
        var layerContexts = layers?.Layers.Select(g => new MeasureContext(g, seed, cancellationToken) { Groups = Groups, Tolerance = Tolerance, MaxIterations = MaxIterations }).ToArray();
        var columns = new List<(string, double[])>();
        for (var i = 0; i < Measures.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var measure = Measures[i];
            progress?.Report($"computing {measure.Name} ({i + 1}/{Measures.Length})");
            var clock = Stopwatch.StartNew();
            columns.Add((measure.Name, measure.Compute(context)));
            if (layers is not null && !measure.RequiresLayers)
            {
                for (var l = 0; l < layers.LayerCount; l++)
                {
                    columns.Add((measure.Name + "@" + layers.LayerNames[l], measure.Compute(layerContexts![l])));
                }
            }

            if (timings is not null)
            {
                timings[measure.Name] = clock.Elapsed.TotalMilliseconds;
            }
        }

        warnings.AddRange(context.Warnings);
        if (layerContexts is not null)
        {
            for (var l = 0; l < layerContexts.Length; l++)
            {
                warnings.AddRange(layerContexts[l].Warnings.Select(w => $"layer {layers!.LayerNames[l]}: {w}"));
            }
        }

        return columns;
    }
}
