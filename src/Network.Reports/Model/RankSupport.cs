using System.Globalization;
using Stakeholders.Network.Analysis;

namespace Stakeholders.Network.Reports.Model;

/// <summary>
/// How firmly the resampled networks support one key actor's place (from <see cref="RankStability"/>, the engine the
/// uncertainty analysis shares).
/// </summary>
/// <param name="LowerRank">The lower end of the rank's interval (the better rank; 1 is first).</param>
/// <param name="UpperRank">The upper end of the rank's interval.</param>
/// <param name="LowerScore">The lower end of the score's interval, or null when the score was undefined in every replicate.</param>
/// <param name="UpperScore">The upper end of the score's interval, or null.</param>
/// <param name="TopShare">The share of resampled networks in which the stakeholder ranks in the top k.</param>
/// <param name="FirstShare">The share of resampled networks in which it ranks first.</param>
public sealed record KeyActorInterval(double LowerRank, double UpperRank, double? LowerScore, double? UpperScore, double TopShare, double FirstShare);

/// <summary>Which ranks of the key actors the evidence supports, with how it was measured.</summary>
/// <param name="Measure">The measure ranked.</param>
/// <param name="Replicates">How many resampled networks.</param>
/// <param name="Level">The coverage of the intervals (0.9).</param>
/// <param name="TopK">The k of <see cref="KeyActorInterval.TopShare"/>.</param>
/// <param name="Method">How the networks were resampled, in words.</param>
/// <param name="Sentence">Which ranks the evidence supports, in words.</param>
public sealed record RankSupport(string Measure, int Replicates, double Level, int TopK, string Method, string Sentence);

/// <summary>Turns a <see cref="RankStabilityResult"/> into the key actors' intervals and the sentence on which ranks hold.</summary>
internal static class RankSupportBuilder
{
    /// <summary>The share of resampled networks a leader must be first in to be called firmly first (the interval level).</summary>
    internal const double FirmShare = 0.9;

    /// <summary>Adds intervals to the rows and the sentence to the section; unchanged when the stability ranks another measure.</summary>
    public static KeyActorsSection Attach(KeyActorsSection section, RankStabilityResult stability)
    {
        if (section.Rows.Count == 0 || !string.Equals(section.RankedBy, stability.Measure, StringComparison.Ordinal))
        {
            return section;
        }

        var byId = stability.Stakeholders.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var rows = section.Rows.Select(r => byId.TryGetValue(r.Id, out var s)
            ? r with
            {
                Interval = new KeyActorInterval(
                    s.LowerRank, s.UpperRank, double.IsNaN(s.LowerScore) ? null : s.LowerScore, double.IsNaN(s.UpperScore) ? null : s.UpperScore, s.TopShare, s.FirstShare),
            }
            : r).ToArray();
        var method = stability.Resampling == TieResampling.Drop
            ? Inv($"{stability.Replicates} networks, each with {stability.DropFraction:0%} of the ties dropped at random")
            : Inv($"{stability.Replicates} bootstrap resamples of the ties");
        var support = new RankSupport(stability.Measure, stability.Replicates, stability.Level, stability.TopK, method, Sentence(rows, stability));
        return section with { Rows = rows, Support = support };
    }

    /// <summary>
    /// The sentence: whether the leader is firmly first (first in at least 90% of the resampled networks), then the places
    /// as groups — a group starts at the first place not yet grouped and takes in every following place whose rank range
    /// overlaps the range of the group's first — and the key actors that fall out of the top k in more than half of the
    /// resampled networks.
    /// </summary>
    internal static string Sentence(IReadOnlyList<KeyActorRow> rows, RankStabilityResult stability)
    {
        var withInterval = rows.TakeWhile(r => r.Interval is not null).ToArray();
        if (withInterval.Length == 0)
        {
            return string.Empty;
        }

        var total = stability.Replicates;
        string Times(double share) => Inv($"{Math.Round(share * total)} of {total}");
        var level = Inv($"{stability.Level:0%}");
        var leader = withInterval[0];
        var parts = new List<string>();
        var firm = leader.Interval!.FirstShare >= FirmShare;
        if (firm)
        {
            parts.Add(Inv($"The evidence supports {leader.Name} as the most central stakeholder by {stability.Measure} (first in {Times(leader.Interval.FirstShare)} resampled networks)"));
        }
        else
        {
            var rivals = withInterval.Skip(1).Where(r => r.Interval!.FirstShare > 0).OrderByDescending(r => r.Interval!.FirstShare).Take(3)
                .Select(r => Inv($"{r.Name} in {Times(r.Interval!.FirstShare)}")).ToArray();
            parts.Add(leader.Interval.FirstShare >= 0.5
                ? Inv($"{leader.Name} is most often first by {stability.Measure} ({Times(leader.Interval.FirstShare)} resampled networks) but not firmly")
                : Inv($"No stakeholder is firmly first by {stability.Measure}: {leader.Name} is first in only {Times(leader.Interval.FirstShare)} resampled networks"));
            if (rivals.Length > 0)
            {
                parts[^1] += Inv($" ({BriefingBuilder.JoinWords(rivals)})");
            }
        }

        // Groups of consecutive places: a group starts at the first place not yet grouped and takes in every following
        // place whose rank range overlaps the range of the group's first. A firm leader stands alone.
        var groups = new List<(int Start, int End)>();
        var i0 = 0;
        while (i0 < withInterval.Length)
        {
            var end = i0;
            if (!(firm && i0 == 0))
            {
                while (end + 1 < withInterval.Length && withInterval[end + 1].Interval!.LowerRank <= withInterval[i0].Interval!.UpperRank)
                {
                    end++;
                }
            }

            groups.Add((i0, end));
            i0 = end + 1;
        }

        var described = new List<string>();
        foreach (var (s, e) in groups)
        {
            if (firm && s == 0)
            {
                continue;
            }

            var a = withInterval[s];
            if (s == e)
            {
                var i = a.Interval!;
                described.Add(Math.Round(i.LowerRank) == Math.Round(i.UpperRank)
                    ? Inv($"{a.Name} is firmly {BriefingBuilder.Ordinal(a.Rank)}")
                    : Inv($"{a.Name} is {BriefingBuilder.Ordinal(a.Rank)}, ranked {BriefingBuilder.Ordinal(i.LowerRank)} to {BriefingBuilder.Ordinal(i.UpperRank)} in {level} of them"));
            }
            else
            {
                var names = withInterval.Skip(s).Take(e - s + 1).Select(r => r.Name).ToArray();
                var places = Inv($"places {withInterval[s].Rank}–{withInterval[e].Rank}");
                described.Add(names.Length <= 4
                    ? Inv($"{places} are interchangeable ({BriefingBuilder.JoinWords(names)})")
                    : Inv($"{places} cannot be told apart"));
            }
        }

        if (described.Count > 0)
        {
            parts.Add(string.Join("; ", described));
        }

        var text = string.Join("; ", parts) + ".";
        var outside = withInterval.Where(r => r.Interval!.TopShare < 0.5).Select(r => r.Name).ToArray();
        if (outside.Length > 0)
        {
            text += Inv($" {BriefingBuilder.JoinWords(outside)} {(outside.Length == 1 ? "falls" : "fall")} outside the top {stability.TopK} in more than half of them.");
        }

        return text;
    }

    /// <summary>What the interval columns and the sentence mean, for the report's notes.</summary>
    public static string Note(RankStabilityResult stability)
    {
        var tail = (1 - stability.Level) / 2;
        var resampled = stability.Resampling == TieResampling.Drop
            ? Inv($"{stability.Replicates} networks resampled from this one, each with {stability.DropFraction:0%} of the ties dropped at random (as if that share of the evidence had been missed)")
            : Inv($"{stability.Replicates} bootstrap resamples of the ties");
        return Inv($"Rank intervals: beside each key actor, the range of its rank over {resampled}. ")
            + Inv($"The range holds the middle {stability.Level:0%} of them: {tail:0%} rank it better and {tail:0%} worse. ")
            + Inv($"\"In top {stability.TopK}\" is the share of those networks in which it ranks among the first {stability.TopK}. ")
            + Inv($"The sentence under the table says which places the evidence supports: a stakeholder is firmly first when it is first in at least {FirmShare:0%} of the networks, and places are grouped as interchangeable from the top down: a group takes in every following place whose rank range overlaps the range of its first. ")
            + Inv($"Only ranks are compared: a network missing part of its ties has systematically different {stability.Measure} values, so the full network's value can lie outside the range of the resampled ones while its place in the order is still well measured (the value ranges are in the JSON report). ")
            + "The same resampling engine gives the intervals of stakeholders analyze --uncertainty, which samples each tie by its confidence instead.";
    }

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
