using Stakeholders.Network.Analysis;
using Stakeholders.Network.Model;

namespace Stakeholders.Network.Reports.Model;

/// <summary>The salience section of a report: the analysis and the thresholds it used.</summary>
/// <param name="Result">Classes, quadrants and disagreements.</param>
/// <param name="Options">The thresholds and the structural measure.</param>
public sealed record SalienceSection(SalienceResult Result, SalienceOptions Options)
{
    /// <summary>
    /// The section for a network, or null when no stakeholder carries any of <c>power</c>, <c>legitimacy</c>,
    /// <c>urgency</c>, <c>interest</c> (a report without ratings has no salience section).
    /// </summary>
    internal static SalienceSection? For(StakeholderNetwork network, SalienceOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(options);
        if (!network.Stakeholders.Any(s => SalienceAnalysis.AttributeNames.Any(s.Attributes.ContainsKey)))
        {
            return null;
        }

        return new SalienceSection(SalienceAnalysis.Compute(network, options with { CancellationToken = cancellationToken }), options);
    }
}
