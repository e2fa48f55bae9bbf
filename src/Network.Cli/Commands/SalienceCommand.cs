using System.CommandLine;
using Stakeholders.Network.Analysis;
using Stakeholders.Network.IO;
using static Stakeholders.Cli.Commands.AnalyticsCliSupport;

namespace Stakeholders.Cli.Commands;

/// <summary>
/// <c>stakeholders salience &lt;input&gt;</c>: each stakeholder's Mitchell–Agle–Wood salience class and Mendelow quadrant from
/// its attributes power, legitimacy, urgency and interest, and the stakeholders whose attributed power disagrees with
/// their position in the network.
/// </summary>
internal static class SalienceCommand
{
    public static Command Create(CliContext context)
    {
        var input = InputOptions.InputArgument();
        var format = InputOptions.FormatOption();
        var attributes = AttributesOption();
        var measure = new Option<string>("--measure", "-m") { Description = "The structural measure power is compared with. Default betweenness.", DefaultValueFactory = _ => "betweenness" };
        var attributeThreshold = new Option<double>("--attribute-threshold") { Description = "A 0–1 power, legitimacy or urgency at or above this counts as held. Default 0.5.", DefaultValueFactory = _ => 0.5 };
        var powerThreshold = new Option<double>("--power-threshold") { Description = "Power at or above this is high on the power–interest grid. Default 0.5.", DefaultValueFactory = _ => 0.5 };
        var interestThreshold = new Option<double>("--interest-threshold") { Description = "Interest at or above this is high on the grid. Default 0.5.", DefaultValueFactory = _ => 0.5 };
        var minDifference = new Option<int?>("--min-rank-difference") { Description = "The least rank difference reported as a disagreement. Default max(2, a third of the stakeholders compared)." };
        var json = JsonOption();
        var projection = new ProjectionCliOptions();
        var command = new Command(
            "salience",
            "Classify stakeholders by salience (Mitchell, Agle & Wood 1997: dormant, discretionary, demanding, dominant, "
            + "dangerous, dependent, definitive) and on Mendelow's power–interest grid (manage-closely, keep-satisfied, "
            + "keep-informed, monitor) from their attributes power, legitimacy, urgency (yes/no or 0–1) and interest (0–1), "
            + "and list those whose attributed power disagrees with their structural position. Missing attributes are "
            + "reported, never guessed.\n\n"
            + "Example:\n  stakeholders salience seeds/shijingshan-forum-2023.json --attributes examples/data/shijingshan-salience-example.csv")
        {
            input, format, attributes, measure, attributeThreshold, powerThreshold, interestThreshold, minDifference, json,
        };
        projection.AddTo(command);
        command.SetAction(parse => Run(context, () =>
        {
            var network = InputOptions.Read(parse, parse.GetValue(input)!, parse.GetValue(format));
            network = ApplyAttributes(network, parse.GetValue(attributes));
            var projectionOptions = projection.Read(parse, network, out network);
            var options = new SalienceOptions
            {
                Measure = Measure(parse.GetValue(measure)),
                AttributeThreshold = parse.GetValue(attributeThreshold),
                PowerThreshold = parse.GetValue(powerThreshold),
                InterestThreshold = parse.GetValue(interestThreshold),
                MinimumRankDifference = parse.GetValue(minDifference),
                Projection = projectionOptions,
            };
            var result = Checked(() => SalienceAnalysis.Compute(network, options));
            foreach (var problem in result.Problems)
            {
                context.Error.WriteLine($"stakeholders: warning: {problem}");
            }

            if (parse.GetValue(json))
            {
                context.Output.WriteLine(Json(w => WriteJson(w, result)));
            }
            else
            {
                WriteText(context.Output, result);
            }

            return StakeholdersCli.Success;
        }));
        return command;
    }

    /// <summary>The <c>--attributes</c> option: a CSV of stakeholder attributes (id column + one column per attribute) laid over the input.</summary>
    public static Option<string?> AttributesOption() => new("--attributes")
    {
        Description = "A CSV file of stakeholder attributes laid over the input: an id column and one column per attribute (e.g. power,legitimacy,urgency,interest).",
    };

    /// <summary>Lays an attribute file over the network (errors name file, line and reason: bad input).</summary>
    public static Network.Model.StakeholderNetwork ApplyAttributes(Network.Model.StakeholderNetwork network, string? path) =>
        path is null ? network : AttributeOverlay.ApplyCsv(network, path);

    private static void WriteJson(System.Text.Json.Utf8JsonWriter w, SalienceResult r)
    {
        w.WriteStartObject();
        w.WriteString("measure", r.Measure);
        w.WriteNumber("minimumRankDifference", r.MinimumRankDifference);
        w.WriteStartArray("stakeholders");
        foreach (var s in r.Stakeholders)
        {
            w.WriteStartObject();
            w.WriteString("id", s.Id);
            w.WriteString("name", s.Name);
            Optional(w, "power", s.Power);
            Optional(w, "legitimacy", s.Legitimacy);
            Optional(w, "urgency", s.Urgency);
            Optional(w, "interest", s.Interest);
            if (s.Class is { } c)
            {
                w.WriteString("salienceClass", c.ToName());
            }
            else
            {
                w.WriteNull("salienceClass");
            }

            if (s.Quadrant is { } q)
            {
                w.WriteString("quadrant", q.ToName());
            }
            else
            {
                w.WriteNull("quadrant");
            }

            w.WriteStartArray("missing");
            foreach (var m in s.Missing)
            {
                w.WriteStringValue(m);
            }

            w.WriteEndArray();
            Number(w, r.Measure, s.Score, MeasureCatalog.UndefinedReason(r.Measure, s.Score));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("disagreements");
        foreach (var d in r.Disagreements)
        {
            w.WriteStartObject();
            w.WriteString("id", d.Id);
            w.WriteString("name", d.Name);
            w.WriteString("direction", d.Direction);
            w.WriteNumber("power", d.Power);
            w.WriteNumber("powerRank", d.PowerRank);
            Number(w, "score", d.Score, MeasureCatalog.UndefinedReason(r.Measure, d.Score));
            w.WriteNumber("structuralRank", d.StructuralRank);
            w.WriteNumber("compared", d.Compared);
            w.WriteNumber("rankDifference", d.RankDifference);
            w.WriteString("reason", d.Reason);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("problems");
        foreach (var p in r.Problems)
        {
            w.WriteStringValue(p);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Optional(System.Text.Json.Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } x)
        {
            w.WriteNumber(name, x);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void WriteText(TextWriter o, SalienceResult r)
    {
        var rated = r.Stakeholders.Where(s => s.IsRated).ToArray();
        o.WriteLine($"Salience of {rated.Length} rated stakeholders ({r.Stakeholders.Count - rated.Length} without any of power, legitimacy, urgency, interest; --json lists them)");
        o.WriteLine($"{"class",-14} {"quadrant",-15} {"P",4} {"L",4} {"U",4} {"I",4}  stakeholder");
        foreach (var s in rated.OrderBy(s => s.Class is null ? 1 : 0).ThenBy(s => s.Class).ThenBy(s => s.Quadrant).ThenBy(s => s.Id, StringComparer.Ordinal))
        {
            var missing = s.Missing.Count > 0 ? $"  (missing: {string.Join(", ", s.Missing)})" : string.Empty;
            o.WriteLine($"{s.Class?.ToName() ?? "?",-14} {s.Quadrant?.ToName() ?? "?",-15} {V(s.Power),4} {V(s.Legitimacy),4} {V(s.Urgency),4} {V(s.Interest),4}  {s.Name} ({s.Id}){missing}");
        }

        o.WriteLine();
        if (r.Disagreements.Count == 0)
        {
            o.WriteLine($"Attributed power and {r.Measure} agree: no rank difference of {r.MinimumRankDifference} or more.");
            return;
        }

        o.WriteLine($"Attributed power vs {r.Measure} (rank difference ≥ {r.MinimumRankDifference}):");
        foreach (var d in r.Disagreements)
        {
            o.WriteLine($"  {d.Name} ({d.Id}): {d.Reason}");
        }
    }

    private static string V(double? x) => x is { } v ? Fmt(v) : "-";
}
