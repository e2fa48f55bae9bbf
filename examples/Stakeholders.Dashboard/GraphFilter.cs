using Stakeholders.Network.Graphs;
using Stakeholders.Network.Model;

namespace Stakeholders.Dashboard;

/// <summary>
/// The filters a dashboard user sets, read from the query string (<c>tieTypes</c>, <c>asOf</c>, <c>minEvidence</c>) and
/// checked against the network, so a bad value is a 400 with the reason, never a 500.
/// </summary>
/// <param name="TieTypes">Tie types to keep, or null for all.</param>
/// <param name="AsOf">Keep ties valid at some point of this partial date, or null.</param>
/// <param name="MinimumEvidence">Keep ties citing at least this many distinct documents.</param>
public sealed record GraphFilter(IReadOnlyList<TieType>? TieTypes, PartialDate? AsOf, int MinimumEvidence)
{
    /// <summary>No filter: every tie.</summary>
    public static GraphFilter None { get; } = new(null, null, 0);

    /// <summary>Reads the query parameters; returns false with the reason when one is not valid for this network.</summary>
    public static bool TryParse(StakeholderNetwork network, string? tieTypes, string? asOf, string? minEvidence, out GraphFilter filter, out string reason)
    {
        filter = None;
        List<TieType>? types = null;
        if (!string.IsNullOrWhiteSpace(tieTypes))
        {
            var known = network.Ties.Select(t => t.Type).ToHashSet();
            types = [];
            foreach (var name in tieTypes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var type = new TieType(name.ToUpperInvariant());
                if (!known.Contains(type))
                {
                    reason = $"tieTypes: '{name}' is not a tie type of this network; known: {string.Join(", ", known.Select(k => k.Name).Order(StringComparer.Ordinal))}";
                    return false;
                }

                types.Add(type);
            }
        }

        PartialDate? date = null;
        if (!string.IsNullOrWhiteSpace(asOf))
        {
            if (!PartialDate.TryParse(asOf, out var parsed, out var why))
            {
                reason = $"asOf: {why}";
                return false;
            }

            date = parsed;
        }

        var minimum = 0;
        if (!string.IsNullOrWhiteSpace(minEvidence) && (!int.TryParse(minEvidence, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out minimum) || minimum > 1000))
        {
            reason = $"minEvidence: '{minEvidence}' is not a whole number from 0 to 1000";
            return false;
        }

        filter = new GraphFilter(types, date, minimum);
        reason = string.Empty;
        return true;
    }

    /// <summary>The projection options of this filter: undirected, unweighted, isolated stakeholders kept.</summary>
    public ProjectionOptions ToProjectionOptions() => new()
    {
        TieTypes = TieTypes,
        AsOf = AsOf,
        MinimumEvidence = MinimumEvidence,
        WeightSource = WeightSource.None,
        KeepIsolated = true,
    };
}
