using System.Globalization;
using Stakeholders.Network.Reports.Model;
using Stakeholders.Network.Reports.Text;

namespace Stakeholders.Network.Reports.Rendering;

/// <summary>The fixed sentences the HTML and Markdown reports share: headings and what each section means to a policy reader.</summary>
internal static class ReportTexts
{
    public const string FindingsHeading = "In brief";

    public const string SummaryHeading = "At a glance";
    public const string SummaryIntro = "Who and what the network holds: the stakeholders, the documented ties between them, and the documents those ties come from.";

    public const string NetworkHeading = "The network";

    public const string KeyActorsHeading = "Key actors";

    public const string BrokersHeading = "Brokers";
    public const string BrokersIntro = "Brokers connect groups that are otherwise apart. They can pass information and opportunities between those groups, or hold them back, so they are often the most effective stakeholders to approach and the most sensitive to lose. Low constraint and high liaison or gatekeeper counts mark a broker.";

    public const string ClustersHeading = "Clusters";
    public const string ClustersIntro = "Clusters (communities) are groups of stakeholders more densely tied to each other than to the rest of the network. They often mirror an institution, a sector or a recurring event. Each is named after its most central member and what most of its other members are; the bridges are its members with ties into other clusters. Groups of one or two stakeholders are fragments, not clusters.";

    public const string TimelineHeading = "Over time";
    public const string TimelineIntro = "The network as it stood at several dates, from the dates on the ties: which ties began or ended between one date and the next, and whose rank moved most. Undated ties count at every date.";

    public const string ChartsHeading = "How the measures are spread";
    public const string ChartsIntro = "How unequal the network is: a histogram with a long tail to the right means a few stakeholders hold most of the ties or of the control, and the rest very little.";

    public const string EvidenceHeading = "Evidence";
    public const string EvidenceIntro = "The documented ties of the key actors, with the exact words of the sources, so every statement in this report can be traced back to a document.";

    public const string MethodHeading = "Method and provenance";
    public const string MethodIntro = "How the numbers were made, so anyone can reproduce them from the same input: what each measure means, the parameters and seed used, the software version and a fingerprint (SHA-256) of the input.";

    public static string NetworkIntro(NetworkDrawingInput drawing, bool interactive = true) =>
        $"Each circle is a stakeholder and each line a documented tie. Larger circles score higher on {drawing.SizeMeasure}; colours show {(drawing.ColorBy == DrawingColorBy.Kind ? "the kind of stakeholder" : "the cluster each stakeholder belongs to")}. Stakeholders drawn close together share many ties; the position on the page has no other meaning." + (interactive ? " Hover over a circle for details." : string.Empty);

    public static string KeyActorsIntro(KeyActorsSection section) =>
        section.RankedBy is null
            ? "The stakeholders that stand out most. Each column is a different way of being central; a stakeholder that ranks high on several is hard to work around."
            : $"The stakeholders that stand out most, ranked by {section.RankedBy}. Each column is a different way of being central; a stakeholder that ranks high on several is hard to work around.";

    /// <summary>The header of the rank-range column.</summary>
    public static string RankRangeHeader(RankSupport support) => Inv($"Rank range ({support.Level:0%})");

    /// <summary>What the rank-range column means (tooltip and key).</summary>
    public static string RankRangeMeaning(RankSupport support) =>
        Inv($"The ranks this stakeholder takes by {support.Measure} in the middle {support.Level:0%} of {support.Method}.");

    /// <summary>The header of the score-range column.</summary>
    /// <summary>The header of the top-k column.</summary>
    public static string TopShareHeader(RankSupport support) => Inv($"In top {support.TopK}");

    /// <summary>What the top-k column means.</summary>
    public static string TopShareMeaning(RankSupport support) =>
        Inv($"The share of those {support.Replicates} networks in which this stakeholder ranks among the first {support.TopK} by {support.Measure}.");

    /// <summary>A rank interval as "3" or "2–5" (ends rounded to whole ranks).</summary>
    public static string RankRange(KeyActorInterval? interval)
    {
        if (interval is null)
        {
            return "–";
        }

        var lower = (int)Math.Round(interval.LowerRank);
        var upper = (int)Math.Round(interval.UpperRank);
        return lower == upper ? Inv($"{lower}") : Inv($"{lower}–{upper}");
    }

    /// <summary>A share as a whole percentage ("96%"), or a dash.</summary>
    public static string Share(KeyActorInterval? interval) => interval is null ? "–" : Inv($"{interval.TopShare:0%}");

    public static string NotComputed(string? reason) =>
        string.IsNullOrWhiteSpace(reason) ? "Not computed for this report." : $"Not computed for this report: {reason}";

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
