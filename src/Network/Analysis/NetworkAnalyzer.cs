using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Stakeholders.Network.Algorithms.Communities;
using Stakeholders.Network.Graphs;
using Stakeholders.Network.IO;
using Stakeholders.Network.Model;
using CommunityAlgorithmsFacade = Stakeholders.Network.Algorithms.Communities.Communities;

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
        IProgress<string>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var timings = new Dictionary<string, double>(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        var projected = NetworkProjection.Project(network, projection ?? new ProjectionOptions { WeightSource = WeightSource.None });
        timings["projection"] = clock.Elapsed.TotalMilliseconds;
        var hash = options.InputSha256 ?? Sha256Hex(Encoding.UTF8.GetBytes(NativeJson.Serialize(network)));
        return Run(
            projected.Graph,
            v =>
            {
                var s = projected.StakeholderOf(v);
                return (s.Name, s.Kind.ToName());
            },
            options with { InputSha256 = hash },
            timings,
            progress,
            cancellationToken);
    }

    /// <summary>Analyses a bare graph (vertex ids as labels, no kinds).</summary>
    public static AnalysisResult Analyze(CsrGraph graph, AnalysisOptions options, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return Run(graph, v => (graph.IdOf(v), null), options with { InputSha256 = options.InputSha256 ?? string.Empty }, new Dictionary<string, double>(StringComparer.Ordinal), progress, cancellationToken);
    }

    /// <summary>The SHA-256 of a byte sequence as lower-case hex, the form recorded in provenance.</summary>
    public static string Sha256Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>The SHA-256 of a file as lower-case hex.</summary>
    public static string Sha256HexOfFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    private static AnalysisResult Run(
        CsrGraph graph,
        Func<int, (string Label, string? Kind)> describe,
        AnalysisOptions options,
        Dictionary<string, double> timings,
        IProgress<string>? progress,
        CancellationToken cancellationToken)
    {
        var context = new MeasureContext(graph, options.Seed, cancellationToken);
        var measures = options.Measures.Select(m => MeasureCatalog.TryGet(m, out var d) ? d : throw new ArgumentException($"Unknown measure '{m}'.")).ToArray();
        var columns = new double[measures.Length][];
        for (var i = 0; i < measures.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            progress?.Report($"computing {measures[i].Name} ({i + 1}/{measures.Length})");
            var clock = Stopwatch.StartNew();
            columns[i] = measures[i].Compute(context);
            timings[measures[i].Name] = clock.Elapsed.TotalMilliseconds;
        }

        CommunitySummary? communities = null;
        if (options.Communities is { } algorithm)
        {
            progress?.Report($"detecting communities ({algorithm})");
            var clock = Stopwatch.StartNew();
            var result = CommunityAlgorithms.Run(algorithm, graph, options.Resolution, options.Seed, cancellationToken);
            timings["communities"] = clock.Elapsed.TotalMilliseconds;
            communities = new CommunitySummary(algorithm, result.Partition.CommunityCount, result.Modularity, result.Partition.ToArray());
        }

        var rows = new StakeholderScores[graph.VertexCount];
        for (var v = 0; v < rows.Length; v++)
        {
            var scores = new Dictionary<string, double>(measures.Length, StringComparer.Ordinal);
            for (var i = 0; i < measures.Length; i++)
            {
                scores[measures[i].Name] = columns[i][v];
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
        foreach (var (k, v) in options.Parameters)
        {
            parameters[k] = v;
        }

        return new AnalysisResult(
            new NetworkSummary(graph.VertexCount, graph.EdgeCount, graph.IsDirected, graph.IsWeighted, options.InputSha256 ?? string.Empty),
            new Provenance("stakeholders", LibraryVersion, parameters, options.Seed),
            measures.Select(m => m.Name).ToArray(),
            rows,
            communities,
            timings)
        {
            Warnings = context.Warnings.ToArray(),
        };
    }
}

/// <summary>The community algorithms the analysis facade runs by name.</summary>
public static class CommunityAlgorithms
{
    /// <summary>The names: <c>louvain</c>, <c>leiden</c>, <c>label-propagation</c>, <c>components</c>.</summary>
    public static IReadOnlyList<string> Names { get; } = ["louvain", "leiden", "label-propagation", "components"];

    /// <summary>Runs the named algorithm with the given resolution (Louvain, Leiden) and seed.</summary>
    /// <exception cref="ArgumentException">The name is not one of <see cref="Names"/>.</exception>
    public static CommunityResult Run(string name, CsrGraph graph, double resolution, int seed, CancellationToken cancellationToken = default) => name switch
    {
        "louvain" => CommunityAlgorithmsFacade.Louvain(graph, new LouvainOptions { Resolution = resolution, Seed = seed }, cancellationToken),
        "leiden" => CommunityAlgorithmsFacade.Leiden(graph, new LeidenOptions { Resolution = resolution, Seed = seed }, cancellationToken),
        "label-propagation" => CommunityAlgorithmsFacade.LabelPropagation(graph, new LabelPropagationOptions { Seed = seed }, cancellationToken),
        "components" => CommunityAlgorithmsFacade.Components(graph),
        _ => throw new ArgumentException($"Unknown community algorithm '{name}'. Known: {string.Join(", ", Names)}.", nameof(name)),
    };
}
