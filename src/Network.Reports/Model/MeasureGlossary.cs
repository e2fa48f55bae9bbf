using System.Collections.Frozen;

namespace Stakeholders.Network.Reports.Model;

/// <summary>
/// One-line, plain-language definitions of the measures named in the CLI contract, for the report's method section and
/// the "why" texts. Unknown names get a neutral fallback, so new measures still render.
/// </summary>
public static class MeasureGlossary
{
    private static readonly FrozenDictionary<string, string> Definitions = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["degree"] = "The number of ties a stakeholder has (each distinct partner once per edge of the analysis graph).",
        ["degree-centrality"] = "The share of all other stakeholders a stakeholder is directly tied to (degree divided by n − 1).",
        ["strength"] = "The sum of the weights of a stakeholder's ties: degree that counts strong ties more.",
        ["betweenness"] = "How often a stakeholder lies on the shortest paths between two others, normalised to 0–1: a measure of control over flows between parts of the network.",
        ["closeness"] = "How close a stakeholder is to all others it can reach (inverse mean shortest-path distance, Wasserman–Faust corrected for disconnected networks).",
        ["harmonic"] = "The sum of inverse distances to all other stakeholders: closeness that also works across disconnected parts.",
        ["eigenvector"] = "Being tied to stakeholders who are themselves well tied (the leading eigenvector of the adjacency matrix).",
        ["pagerank"] = "Importance passed along ties, as in Google's PageRank (damping 0.85): high for stakeholders tied to other important ones.",
        ["katz"] = "Influence counted over paths of every length, longer paths weighted less (alpha 0.1, beta 1).",
        ["hubs"] = "HITS hub score: points to many authoritative stakeholders (directed networks).",
        ["authorities"] = "HITS authority score: pointed to by many good hubs (directed networks).",
        ["clustering"] = "The share of a stakeholder's partners that are also tied to each other: how closed its neighbourhood is.",
        ["coreness"] = "The k-core a stakeholder belongs to: the largest k such that it sits in a group where everyone has at least k ties inside.",
        ["constraint"] = "Burt's constraint: how much a stakeholder's ties lead into the same closed group (low constraint = access to separate groups, a broker).",
        ["effective-size"] = "Burt's effective size: the number of a stakeholder's partners that are not tied to each other (non-redundant contacts).",
        ["coordinator"] = "Gould–Fernandez coordinator: links two members of its own group.",
        ["gatekeeper"] = "Gould–Fernandez gatekeeper: lets an outsider reach a member of its own group.",
        ["representative"] = "Gould–Fernandez representative: passes a member of its own group on to an outsider.",
        ["consultant"] = "Gould–Fernandez consultant (itinerant): links two members of another group.",
        ["itinerant"] = "Gould–Fernandez itinerant (consultant): links two members of another group.",
        ["liaison"] = "Gould–Fernandez liaison: links two different groups, neither its own.",
        ["community"] = "The community a stakeholder was assigned to by the community detection algorithm.",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The definition of <paramref name="measure"/>, or a neutral fallback for unknown names.</summary>
    public static string Define(string measure) =>
        Definitions.TryGetValue(measure, out var definition) ? definition : $"The '{measure}' measure (see the library documentation).";

    /// <summary>Whether <paramref name="measure"/> has a built-in definition.</summary>
    public static bool IsKnown(string measure) => Definitions.ContainsKey(measure);

    /// <summary>Definitions for the given measures, in the given order, without duplicates.</summary>
    public static IReadOnlyList<MeasureDefinition> For(IEnumerable<string> measures) =>
        measures.Distinct(StringComparer.OrdinalIgnoreCase).Select(m => new MeasureDefinition(m, Define(m))).ToArray();
}
