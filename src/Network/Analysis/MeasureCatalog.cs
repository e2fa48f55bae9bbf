using System.Diagnostics.CodeAnalysis;
using Stakeholders.Network.Algorithms.Brokerage;
using Stakeholders.Network.Algorithms.Centrality;
using Stakeholders.Network.Algorithms.Cohesion;
using Stakeholders.Network.Algorithms.Multiplex;
using Stakeholders.Network.Graphs;

namespace Stakeholders.Network.Analysis;

/// <summary>
/// Every per-stakeholder measure the analysis facade, the CLI (<c>--measures</c>) and the reports know by name.
/// Each equals the NetworkX function named in <see cref="CatalogMeasure.Equivalent"/> with its default arguments.
/// </summary>
public static class MeasureCatalog
{
    private static readonly CatalogMeasure[] Definitions =
    [
        new("degree", "Number of ties (in + out for directed graphs).", "G.degree()",
            c => CentralityMeasures.Degree(c.Graph).Scores),
        new("in-degree", "Number of incoming ties (directed graphs; all ties otherwise).", "G.in_degree()",
            c => CentralityMeasures.Degree(c.Graph, new DegreeOptions { Direction = c.Graph.IsDirected ? DegreeDirection.In : DegreeDirection.All }).Scores),
        new("out-degree", "Number of outgoing ties (directed graphs; all ties otherwise).", "G.out_degree()",
            c => CentralityMeasures.Degree(c.Graph, new DegreeOptions { Direction = c.Graph.IsDirected ? DegreeDirection.Out : DegreeDirection.All }).Scores),
        new("degree-centrality", "Degree divided by n − 1: the share of the others a stakeholder is tied to directly.", "degree_centrality(G)",
            c => CentralityMeasures.DegreeCentrality(c.Graph).Scores),
        new("strength", "Sum of tie weights (weighted degree).", "G.degree(weight='weight')",
            c => CentralityMeasures.Strength(c.Graph).Scores),
        new("betweenness", "Share of shortest paths between others that pass through the stakeholder (normalized).", "betweenness_centrality(G)",
            c => CentralityMeasures.Betweenness(c.Graph, new BetweennessOptions { CancellationToken = c.CancellationToken }).Scores),
        new("closeness", "Inverse average distance to the stakeholders it reaches, Wasserman–Faust corrected.", "closeness_centrality(G)",
            c => CentralityMeasures.Closeness(c.Graph, new ClosenessOptions { CancellationToken = c.CancellationToken }).Scores),
        new("harmonic", "Sum of inverse distances to every other stakeholder.", "harmonic_centrality(G)",
            c => CentralityMeasures.Harmonic(c.Graph, new HarmonicOptions { CancellationToken = c.CancellationToken }).Scores),
        new("eigenvector", "Ties to stakeholders who are themselves well tied (leading eigenvector).", "eigenvector_centrality(G)",
            c => Iterative(c, "eigenvector", CentralityMeasures.TryEigenvector(c.Graph, Tuned(c, new EigenvectorOptions { CancellationToken = c.CancellationToken }), out var r), r)) { Undefined = "eigenvector centrality did not converge within the iteration limit (raise --max-iterations or loosen --tolerance)" },
        new("pagerank", "Long-run share of a random walk that follows ties (damping 0.85).", "pagerank(G, alpha=0.85)",
            c => Iterative(c, "pagerank", CentralityMeasures.TryPageRank(c.Graph, Tuned(c, new PageRankOptions { CancellationToken = c.CancellationToken }), out var r), r)) { Undefined = "PageRank did not converge within the iteration limit (raise --max-iterations or loosen --tolerance)" },
        new("katz", "Weighted count of all walks reaching the stakeholder (alpha 0.1, beta 1).", "katz_centrality(G, alpha=0.1, beta=1.0)",
            c => Iterative(c, "katz", CentralityMeasures.TryKatz(c.Graph, Tuned(c, new KatzOptions { CancellationToken = c.CancellationToken }), out var r), r)) { Undefined = "Katz centrality did not converge within the iteration limit: alpha 0.1 must stay below 1 / the largest eigenvalue, which dense or heavily weighted graphs exceed" },
        new("hubs", "HITS hub score: points at good authorities.", "hits(G)[0]",
            c => Hits(c).Hubs) { Undefined = "a hub score is 0/0 on a projection without edges (no stakeholder points at another; NetworkX's hits raises there), or HITS did not converge within the iteration limit" },
        new("authorities", "HITS authority score: pointed at by good hubs.", "hits(G)[1]",
            c => Hits(c).Authorities) { Undefined = "an authority score is 0/0 on a projection without edges (no stakeholder is pointed at; NetworkX's hits raises there), or HITS did not converge within the iteration limit" },
        new("clustering", "Share of a stakeholder's contacts that are tied to each other.", "clustering(G)",
            c => CohesionMeasures.Clustering(c.Graph, new ClusteringOptions { CancellationToken = c.CancellationToken }).Scores),
        new("coreness", "The largest k such that the stakeholder is in the k-core.", "core_number(G)",
            c => CohesionMeasures.CoreNumbers(c.Graph).Scores.Select(k => (double)k).ToArray()),
        new("constraint", "Burt's constraint: how much the contacts are tied to each other (low = brokerage opportunity).", "constraint(G, weight) (weight=None unless --weight)",
            c => Holes(c).Constraint) { Undefined = "Burt's constraint sums over a stakeholder's contacts, and an isolated stakeholder has none: 0/0 (NetworkX returns NaN)" },
        new("effective-size", "Burt's effective size: contacts minus their redundancy.", "effective_size(G, weight) (weight=None unless --weight)",
            c => Holes(c).EffectiveSize) { Undefined = "Burt's effective size subtracts the redundancy among a stakeholder's contacts, and an isolated stakeholder has no contacts (NetworkX returns NaN)" },
        new("efficiency", "Effective size divided by the number of contacts.", "effective_size(G)[v] / number of contacts (Burt 1992; equals / G.degree(v) without self-loops, undirected)",
            c => Holes(c).Efficiency) { Undefined = "efficiency is the effective size divided by the number of contacts, and an isolated stakeholder has none: 0/0" },
        new("brokerage-coordinator", "Gould–Fernandez coordinator: open two-paths a→v→c with a, v and c in one group.", "sna::brokerage(g, cl)$raw.nli[, 'w_I']",
            c => Roles(c)[BrokerageRole.Coordinator]),
        new("brokerage-itinerant", "Gould–Fernandez itinerant: v links two members of another group.", "sna::brokerage(g, cl)$raw.nli[, 'w_O']",
            c => Roles(c)[BrokerageRole.Itinerant]),
        new("brokerage-representative", "Gould–Fernandez representative: v carries its own group's tie to an outsider.", "sna::brokerage(g, cl)$raw.nli[, 'b_IO']",
            c => Roles(c)[BrokerageRole.Representative]),
        new("brokerage-gatekeeper", "Gould–Fernandez gatekeeper: v lets an outsider reach its own group.", "sna::brokerage(g, cl)$raw.nli[, 'b_OI']",
            c => Roles(c)[BrokerageRole.Gatekeeper]),
        new("brokerage-liaison", "Gould–Fernandez liaison: v links two different groups, neither its own.", "sna::brokerage(g, cl)$raw.nli[, 'b_O']",
            c => Roles(c)[BrokerageRole.Liaison]),
        new("participation", "Multiplex participation coefficient: 1 when a stakeholder's ties spread evenly over all tie types (layers), 0 when they lie in one (Battiston et al. 2014).", "(none in NetworkX: M/(M−1)·[1 − Σ_l (G_l.degree(v)/o_v)²] over the layer graphs)",
            c => MultiplexMeasures.Participation(LayersOf(c, "participation")).Scores) { RequiresLayers = true, Undefined = "the participation coefficient needs at least two layers (its factor M/(M−1)) and a stakeholder with a tie in one of them (it divides by the overlapping degree): otherwise 0/0" },
        new("overlapping-degree", "Overlapping degree: the number of ties summed over the tie types (layers), a pair tied in two layers counting twice.", "(none in NetworkX: Σ_l G_l.degree(v) over the layer graphs)",
            c => MultiplexMeasures.OverlappingDegree(LayersOf(c, "overlapping-degree")).Scores) { RequiresLayers = true },
        new("hierarchy", "Burt's hierarchy: how much the constraint is concentrated on one contact (Burt 1992).", "(none in NetworkX)",
            c => Holes(c).Hierarchy) { Undefined = "Burt's hierarchy measures how the constraint is spread over a stakeholder's contacts, and an isolated stakeholder has none: 0/0" },
    ];

    /// <summary>
    /// The one text that defines a Gould–Fernandez role (the definition of its <c>brokerage-*</c> catalogue measure), for
    /// the CLI, the reports and their glossaries; <see cref="BrokerageRole.Total"/> gets the definition of all five.
    /// </summary>
    public static string RoleDefinition(BrokerageRole role) => role switch
    {
        BrokerageRole.Coordinator => Definitions.First(d => d.Name == "brokerage-coordinator").Definition,
        BrokerageRole.Itinerant => Definitions.First(d => d.Name == "brokerage-itinerant").Definition,
        BrokerageRole.Representative => Definitions.First(d => d.Name == "brokerage-representative").Definition,
        BrokerageRole.Gatekeeper => Definitions.First(d => d.Name == "brokerage-gatekeeper").Definition,
        BrokerageRole.Liaison => Definitions.First(d => d.Name == "brokerage-liaison").Definition,
        _ => "Gould–Fernandez brokerage roles: counts of open two-paths a→v→c through v, by how the groups of a, v and c relate (coordinator, itinerant, representative, gatekeeper, liaison).",
    };

    /// <summary>
    /// Why a score of <paramref name="column"/> (a measure name, or a per-layer column <c>measure@layer</c>) is not a
    /// number: the measure's own <see cref="CatalogMeasure.Undefined"/> for NaN, an overflow for an infinity. The one text
    /// the JSON writers put beside a null score as <c>&lt;name&gt;Undefined</c> and the analysis warnings quote.
    /// </summary>
    public static string UndefinedReason(string column, double value)
    {
        ArgumentNullException.ThrowIfNull(column);
        var at = column.IndexOf('@', StringComparison.Ordinal);
        var name = at >= 0 ? column[..at] : column;
        var layer = at >= 0 ? $" in layer {column[(at + 1)..]}" : string.Empty;
        if (!double.IsInfinity(value) && TryGet(name, out var measure) && measure.Undefined is { } reason)
        {
            return reason + layer;
        }

        return double.IsInfinity(value)
            ? $"{name} is infinite here{layer}: a sum of tie weights overflows a double; rescale the weights"
            : $"{name} has no value here{layer}: sums of tie weights overflowed a double (infinity minus infinity); rescale the weights";
    }

    /// <summary>Why a modularity (or a multiplex partition's quality) is not a number: 0/0 on a projection without edge weight, or a total weight that overflowed.</summary>
    /// <param name="edges">The edges of the projection.</param>
    /// <param name="modularity">The modularity computed.</param>
    public static string ModularityUndefinedReason(int edges, double modularity) =>
        edges == 0 || double.IsNaN(modularity)
            ? "modularity is undefined (0/0) on a projection without edge weight: it compares the weight inside communities with the total, which is 0; igraph returns NaN and NetworkX raises ZeroDivisionError"
            : "modularity is not finite: the total edge weight overflows a double; rescale the weights";

    /// <summary>The measure names, in catalogue order.</summary>
    public static IReadOnlyList<string> Names { get; } = Definitions.Select(d => d.Name).ToArray();

    /// <summary>Every measure definition, in catalogue order.</summary>
    public static IReadOnlyList<CatalogMeasure> All => Definitions;

    /// <summary>Looks a measure up by name (case-insensitive).</summary>
    public static bool TryGet(string name, [NotNullWhen(true)] out CatalogMeasure? definition)
    {
        definition = Definitions.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase));
        return definition is not null;
    }

    /// <summary>The options with the context's tolerance and iteration limit, where given.</summary>
    private static T Tuned<T>(MeasureContext context, T options)
        where T : IterativeCentralityOptions => options with
        {
            Tolerance = context.Tolerance ?? options.Tolerance,
            MaxIterations = context.MaxIterations ?? options.MaxIterations,
        };

    private static double[] Iterative(MeasureContext context, string name, bool converged, IterativeCentralityResult result)
    {
        if (!converged)
        {
            context.Warn($"{name} did not converge in {result.Iterations} iterations (last error {result.LastError:g3}); its scores are left empty");
            return Enumerable.Repeat(double.NaN, context.Graph.VertexCount).ToArray();
        }

        return result.Scores;
    }

    private static MultiplexGraph LayersOf(MeasureContext context, string name) =>
        context.Layers ?? throw new ArgumentException($"The measure {name} needs layers: say what they are with --layers tie-type or a tie attribute.");

    private static BrokerageRoleTable Roles(MeasureContext context) => context.GetOrCompute("gould-fernandez", () =>
    {
        var groups = context.Groups
            ?? throw new ArgumentException("The brokerage-* measures need a grouping of the stakeholders (--group-by).");
        return BrokerageMeasures.GouldFernandez(context.Graph, groups, new GouldFernandezOptions { CancellationToken = context.CancellationToken }).Raw;
    });

    private static StructuralHolesResult Holes(MeasureContext context) => context.GetOrCompute("structural-holes", () =>
        BrokerageMeasures.StructuralHoles(context.Graph, new StructuralHolesOptions { CancellationToken = context.CancellationToken }));

    private static HitsResult Hits(MeasureContext context) => context.GetOrCompute("hits", () =>
    {
        if (context.Graph.EdgeCount == 0 && context.Graph.VertexCount > 0)
        {
            // As NetworkX's hits, which raises on an edgeless graph: every score would be 0/0.
            context.Warn("HITS is undefined on a projection without edges (every hub and authority score would be 0/0); hubs and authorities are left empty");
            var undefined = Enumerable.Repeat(double.NaN, context.Graph.VertexCount).ToArray();
            return new HitsResult(undefined, undefined, 0, false, double.NaN) { Graph = context.Graph };
        }

        if (!CentralityMeasures.TryHits(context.Graph, Tuned(context, new HitsOptions { CancellationToken = context.CancellationToken }), out var r))
        {
            context.Warn($"HITS did not converge in {r.Iterations} iterations; hubs and authorities are left empty");
            var empty = Enumerable.Repeat(double.NaN, context.Graph.VertexCount).ToArray();
            return new HitsResult(empty, empty, r.Iterations, false, r.LastError) { Graph = context.Graph };
        }

        return r;
    });
}
