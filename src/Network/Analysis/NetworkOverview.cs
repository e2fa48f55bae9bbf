using Stakeholders.Network.Algorithms.Paths;
using Stakeholders.Network.Graphs;
using Stakeholders.Network.Model;

namespace Stakeholders.Network.Analysis;

/// <summary>
/// What a network is, at a glance: counts by kind, organization type and tie type, connectivity, density, the dates
/// its ties span, and the data-quality warnings an analyst should see before trusting any measure.
/// Used by <c>stakeholders info</c> and by the report's summary.
/// </summary>
/// <param name="Title">The network's title, if any.</param>
/// <param name="Stakeholders">The number of stakeholders.</param>
/// <param name="Ties">The number of ties.</param>
/// <param name="Documents">The number of source documents.</param>
/// <param name="ByKind">Stakeholders per kind name, every kind listed.</param>
/// <param name="ByOrganizationType">Organizations per organization type name (types with none are left out).</param>
/// <param name="ByTieType">Ties per type name, most frequent first, then by name.</param>
/// <param name="Edges">Distinct stakeholder pairs joined by at least one tie (self-ties excluded).</param>
/// <param name="Components">The number of connected components, ties read without direction.</param>
/// <param name="LargestComponent">The number of stakeholders in the largest component.</param>
/// <param name="Isolated">Stakeholders with no tie.</param>
/// <param name="Density">Edges divided by the n(n−1)/2 possible pairs; 0 for fewer than two stakeholders.</param>
/// <param name="EarliestDate">The earliest start or end date among the ties, or null when no tie is dated.</param>
/// <param name="LatestDate">The latest start or end date among the ties, or null.</param>
/// <param name="TiesWithEvidence">Ties carrying at least one evidence quote.</param>
/// <param name="Warnings">Data-quality warnings (isolated stakeholders, ties without evidence), each one line.</param>
public sealed record NetworkOverview(
    string? Title,
    int Stakeholders,
    int Ties,
    int Documents,
    IReadOnlyList<KeyValuePair<string, int>> ByKind,
    IReadOnlyList<KeyValuePair<string, int>> ByOrganizationType,
    IReadOnlyList<KeyValuePair<string, int>> ByTieType,
    int Edges,
    int Components,
    int LargestComponent,
    int Isolated,
    double Density,
    PartialDate? EarliestDate,
    PartialDate? LatestDate,
    int TiesWithEvidence,
    IReadOnlyList<string> Warnings)
{
    /// <summary>How tightly knit the network is (ties read without direction or weight, self-ties left out).</summary>
    public CohesionSummary Cohesion { get; init; } = CohesionSummary.Empty;

    /// <summary>
    /// Describes a network. O(n + m log m) plus the cohesion summary: clustering O(m·d), and the largest component's
    /// diameter and mean path length exact up to <see cref="NetworkOverviewOptions.ExactPathWorkLimit"/> breadth-first
    /// steps, estimated beyond (see <see cref="CohesionSummary.PathLengthsExact"/>).
    /// </summary>
    public static NetworkOverview Describe(StakeholderNetwork network) => Describe(network, NetworkOverviewOptions.Default);

    /// <summary>Describes a network, with exact or estimated path statistics as the options say.</summary>
    public static NetworkOverview Describe(StakeholderNetwork network, NetworkOverviewOptions options)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(options);
        var byKind = Enum.GetValues<StakeholderKind>()
            .Select(k => KeyValuePair.Create(k.ToName(), network.Stakeholders.Count(s => s.Kind == k)))
            .ToArray();
        var byType = network.Stakeholders
            .Where(s => s.Kind == StakeholderKind.Organization)
            .GroupBy(s => s.OrganizationType)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
            .Select(g => KeyValuePair.Create(g.Key.ToName(), g.Count()))
            .ToArray();
        var byTie = network.Ties
            .GroupBy(t => t.Type.Name, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => KeyValuePair.Create(g.Key, g.Count()))
            .ToArray();

        var builder = new CsrGraphBuilder(network.Stakeholders.Select(s => s.Id));
        foreach (var t in network.Ties)
        {
            if (!string.Equals(t.Source, t.Target, StringComparison.Ordinal))
            {
                builder.AddEdge(network.IndexOf(t.Source), network.IndexOf(t.Target));
            }
        }

        var graph = builder.Build();
        var components = Algorithms.Paths.PathFinding.ConnectedComponents(graph);
        var n = graph.VertexCount;
        var selfTied = network.Ties.Where(t => string.Equals(t.Source, t.Target, StringComparison.Ordinal)).Select(t => t.Source).ToHashSet(StringComparer.Ordinal);
        var isolatedIds = Enumerable.Range(0, n).Where(v => graph.Degree(v) == 0 && !selfTied.Contains(graph.IdOf(v))).Select(graph.IdOf).ToArray();
        var dates = network.Ties
            .Where(t => t.Period is not null)
            .SelectMany(t => new[] { t.Period!.Start, t.Period.End })
            .Where(d => d is not null)
            .Select(d => d!.Value)
            .ToArray();
        var withEvidence = network.Ties.Count(t => t.Evidence.Count > 0);

        var warnings = new List<string>();
        if (isolatedIds.Length > 0)
        {
            warnings.Add($"{isolatedIds.Length} stakeholder(s) take part in no tie: {string.Join(", ", isolatedIds.Take(10))}{(isolatedIds.Length > 10 ? ", ..." : string.Empty)}");
        }

        if (withEvidence < network.Ties.Count)
        {
            warnings.Add($"{network.Ties.Count - withEvidence} of {network.Ties.Count} tie(s) carry no evidence quote");
        }

        return new NetworkOverview(
            network.Title,
            n,
            network.Ties.Count,
            network.Documents.Count,
            byKind,
            byType,
            byTie,
            graph.EdgeCount,
            components.Sizes.Length,
            components.Sizes.Length == 0 ? 0 : components.Sizes.Max(),
            isolatedIds.Length,
            n < 2 ? 0 : 2.0 * graph.EdgeCount / ((double)n * (n - 1)),
            dates.Length == 0 ? null : dates.Min(),
            dates.Length == 0 ? null : dates.Max(),
            withEvidence,
            warnings)
        {
            Cohesion = CohesionSummary.Describe(network, graph, components, options),
        };
    }
}

/// <summary>Options of <see cref="NetworkOverview.Describe(StakeholderNetwork, NetworkOverviewOptions)"/>.</summary>
public sealed record NetworkOverviewOptions
{
    /// <summary>The defaults: exact path statistics only where cheap, seed 42.</summary>
    public static NetworkOverviewOptions Default { get; } = new();

    /// <summary>
    /// The breadth-first steps (component size × (size + arcs)) up to which the diameter and mean path length are exact:
    /// 200,000,000, about a second on one core (e.g. 10,000 stakeholders with 10,000 ties).
    /// </summary>
    public const long ExactPathWorkLimit = Algorithms.Cohesion.ComponentDistances.ExactWorkLimit;

    /// <summary>Always compute the exact diameter and mean path length (a breadth-first search from every vertex: O(n·m)). CLI <c>--exact</c>.</summary>
    public bool ExactPaths { get; init; }

    /// <summary>The seed of the sampled sources and sweeps of the estimate.</summary>
    public int Seed { get; init; } = 42;
}

/// <summary>
/// The cohesion of a network at a glance, each value equal to the NetworkX function named: <c>transitivity</c>,
/// <c>average_clustering</c>, the largest <c>core_number</c> (degeneracy), <c>degree_assortativity_coefficient</c>,
/// <c>attribute_assortativity_coefficient</c> by sector (organization type for organizations, kind for every other
/// stakeholder), and the <c>diameter</c> and <c>average_shortest_path_length</c> of the largest component.
/// NaN where a value is undefined (assortativity when every degree is equal, paths in a one-vertex component).
/// </summary>
/// <param name="Transitivity">Three times the triangles over the connected triples.</param>
/// <param name="AverageClustering">The mean local clustering coefficient.</param>
/// <param name="Degeneracy">The largest k with a non-empty k-core.</param>
/// <param name="DegreeAssortativity">Whether well-tied stakeholders tie to each other (positive) or to the periphery (negative).</param>
/// <param name="SectorAssortativity">Whether stakeholders tie within their own sector (positive) or across (negative).</param>
/// <param name="LargestComponentDiameter">The longest shortest path, in ties, in the largest component.</param>
/// <param name="LargestComponentAveragePathLength">The mean shortest path, in ties, between two stakeholders of the largest component.</param>
public sealed record CohesionSummary(
    double Transitivity,
    double AverageClustering,
    int Degeneracy,
    double DegreeAssortativity,
    double SectorAssortativity,
    int LargestComponentDiameter,
    double LargestComponentAveragePathLength)
{
    /// <summary>The summary of an empty network.</summary>
    public static CohesionSummary Empty { get; } = new(double.NaN, double.NaN, 0, double.NaN, double.NaN, 0, double.NaN);

    /// <summary>
    /// Whether <see cref="LargestComponentDiameter"/> and <see cref="LargestComponentAveragePathLength"/> are exact.
    /// When false (a component beyond <see cref="NetworkOverviewOptions.ExactPathWorkLimit"/>), the diameter is a
    /// double-sweep lower bound (the best of 2 sweeps and the sampled sources' eccentricities) and the mean path length
    /// the mean distance from <see cref="PathLengthSamples"/> sources drawn with <see cref="PathLengthSeed"/>.
    /// </summary>
    public bool PathLengthsExact { get; init; } = true;

    /// <summary>The number of sampled sources of an estimated mean path length (0 when exact).</summary>
    public int PathLengthSamples { get; init; }

    /// <summary>The seed of an estimate.</summary>
    public int PathLengthSeed { get; init; }

    internal static CohesionSummary Describe(StakeholderNetwork network, CsrGraph graph, Algorithms.Paths.ComponentsResult components, NetworkOverviewOptions options)
    {
        if (graph.VertexCount == 0)
        {
            return Empty;
        }

        var sectors = new Dictionary<string, int>(StringComparer.Ordinal);
        var categories = network.Stakeholders
            .Select(s => s.Kind == StakeholderKind.Organization && s.OrganizationType != OrganizationType.Unspecified ? s.OrganizationType.ToName() : s.Kind.ToName())
            .Select(name => sectors.TryGetValue(name, out var k) ? k : sectors[name] = sectors.Count)
            .ToArray();
        var largestLabel = Array.IndexOf(components.Sizes, components.Sizes.Max());
        var members = Enumerable.Range(0, graph.VertexCount).Where(v => components.Membership[v] == largestLabel).ToArray();
        var (diameter, mean, exact) = Algorithms.Cohesion.ComponentDistances.Measure(graph, members, options.ExactPaths, options.Seed);
        return new CohesionSummary(
            graph.EdgeCount == 0 ? 0 : Algorithms.Cohesion.CohesionMeasures.Transitivity(graph),
            Algorithms.Cohesion.CohesionMeasures.AverageClustering(graph),
            Algorithms.Cohesion.CohesionMeasures.CoreNumbers(graph).Scores.DefaultIfEmpty().Max(),
            graph.EdgeCount == 0 ? double.NaN : Algorithms.Cohesion.CohesionMeasures.DegreeAssortativity(graph),
            graph.EdgeCount == 0 ? double.NaN : Algorithms.Cohesion.CohesionMeasures.AttributeAssortativity(graph, categories),
            diameter,
            members.Length > 1 ? mean : 0)
        {
            PathLengthsExact = exact,
            PathLengthSamples = exact ? 0 : Algorithms.Cohesion.ComponentDistances.Samples,
            PathLengthSeed = exact ? 0 : options.Seed,
        };
    }
}
