using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Stakeholders.Network.Algorithms.Communities;
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
        var groups = options.GroupBy is null ? null : GroupsOf(projected, options.GroupBy, options, cancellationToken);
        return Run(
            projected.Graph,
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
    }

    /// <summary>Analyses a bare graph (vertex ids as labels, no kinds).</summary>
    public static AnalysisResult Analyze(CsrGraph graph, AnalysisOptions options, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var groups = options.GroupBy switch
        {
            null => null,
            "community" => CommunityDetection.Run("louvain", graph, options.Resolution, options.Seed, cancellationToken).Partition.ToArray(),
            var other => throw new InvalidOptionException(nameof(AnalysisOptions.GroupBy), $"GroupBy '{other}': a bare graph has no stakeholder attributes, so only 'community' works without a network."),
        };
        return Run(graph, groups, v => (graph.IdOf(v), null), options with { InputSha256 = options.InputSha256 ?? string.Empty }, new Dictionary<string, double>(StringComparer.Ordinal), progress, cancellationToken);
    }

    /// <summary>The SHA-256 of a byte sequence as lower-case hex, the form recorded in provenance.</summary>
    public static string Sha256Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

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
    public static int[] GroupsOf(NetworkProjection projection, string groupBy, AnalysisOptions options, CancellationToken cancellationToken = default)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        return GroupLabelsOf(projection, groupBy, options, cancellationToken)
            .Select(l => numbers.TryGetValue(l, out var k) ? k : numbers[l] = numbers.Count)
            .ToArray();
    }

    /// <summary>
    /// The group label of every vertex for a grouping name: the kind name, the organization type (organizations with a
    /// type; every other stakeholder by kind), <c>community N</c> (Louvain with the options' resolution and seed), or
    /// the value of a stakeholder attribute (<c>(none)</c> where a stakeholder lacks it).
    /// </summary>
    /// <exception cref="ArgumentException">No stakeholder carries the named attribute.</exception>
    public static string[] GroupLabelsOf(NetworkProjection projection, string groupBy, AnalysisOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(projection);
        ArgumentNullException.ThrowIfNull(options);
        var graph = projection.Graph;
        if (groupBy == "community")
        {
            return CommunityDetection.Run("louvain", graph, options.Resolution, options.Seed, cancellationToken).Partition.ToArray()
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

    private static AnalysisResult Run(
        CsrGraph graph,
        int[]? groups,
        Func<int, (string Label, string? Kind)> describe,
        AnalysisOptions options,
        Dictionary<string, double> timings,
        IProgress<string>? progress,
        CancellationToken cancellationToken)
    {
        var context = new MeasureContext(graph, options.Seed, cancellationToken) { Groups = groups, Tolerance = options.Tolerance, MaxIterations = options.MaxIterations };
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
            var result = CommunityDetection.Run(algorithm, graph, options.Resolution, options.Seed, cancellationToken);
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
        if (options.GroupBy is not null)
        {
            parameters["groupBy"] = options.GroupBy;
        }
        foreach (var (k, v) in options.Parameters)
        {
            parameters[k] = v;
        }

        return new AnalysisResult(
            new AnalyzedNetwork(graph.VertexCount, graph.EdgeCount, graph.IsDirected, graph.IsWeighted, options.InputSha256 ?? string.Empty),
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
