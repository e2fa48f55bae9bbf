using System.Collections.Frozen;

namespace Stakeholders.Network.Reports.Model;

/// <summary>
/// One-line, plain-language definitions for the report: every measure of <see cref="Analysis.MeasureCatalog"/> uses the
/// catalogue's own definition (one source of truth), and the names only reports use (broker roles, community) are
/// defined here. Unknown names get a neutral fallback, so new measures still render.
/// </summary>
internal static class MeasureGlossary
{
    private static readonly FrozenDictionary<string, string> Definitions = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["coordinator"] = Analysis.MeasureCatalog.RoleDefinition(Algorithms.Brokerage.BrokerageRole.Coordinator),
        ["gatekeeper"] = Analysis.MeasureCatalog.RoleDefinition(Algorithms.Brokerage.BrokerageRole.Gatekeeper),
        ["representative"] = Analysis.MeasureCatalog.RoleDefinition(Algorithms.Brokerage.BrokerageRole.Representative),
        ["consultant"] = Analysis.MeasureCatalog.RoleDefinition(Algorithms.Brokerage.BrokerageRole.Itinerant),
        ["itinerant"] = Analysis.MeasureCatalog.RoleDefinition(Algorithms.Brokerage.BrokerageRole.Itinerant),
        ["liaison"] = Analysis.MeasureCatalog.RoleDefinition(Algorithms.Brokerage.BrokerageRole.Liaison),
        ["community"] = "The community a stakeholder was assigned to by the community detection algorithm.",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The definition of <paramref name="measure"/>, or a neutral fallback for unknown names.</summary>
    public static string Define(string measure) =>
        Analysis.MeasureCatalog.TryGet(measure, out var catalogued) ? catalogued.Definition
        : Definitions.TryGetValue(measure, out var definition) ? definition
        : $"The '{measure}' measure (see the library documentation).";

    /// <summary>Definitions for the given measures, in the given order, without duplicates.</summary>
    public static IReadOnlyList<MeasureDefinition> For(IEnumerable<string> measures) =>
        measures.Distinct(StringComparer.OrdinalIgnoreCase).Select(m => new MeasureDefinition(m, Define(m))).ToArray();
}
