using System.CommandLine;
using Stakeholders.Network;
using Stakeholders.Network.Algorithms.Paths;
using Stakeholders.Network.Analysis;
using static Stakeholders.Cli.Commands.AnalyticsCliSupport;

namespace Stakeholders.Cli.Commands;

/// <summary><c>stakeholders ego &lt;input&gt; &lt;id&gt;</c>: a stakeholder's ego network, its density, effective size and the make-up of its alters.</summary>
internal static class EgoCommand
{
    public static Command Create(CliContext context)
    {
        var input = InputOptions.InputArgument();
        var id = new Argument<string>("id") { Description = "The ego's stakeholder id." };
        var format = InputOptions.FormatOption();
        var radius = new Option<int>("--radius", "-r") { Description = $"Largest number of steps from the ego. Default {EgoNetworkOptions.Default.Radius}.", DefaultValueFactory = _ => EgoNetworkOptions.Default.Radius };
        var direction = new Option<string>("--direction")
        {
            Description = "With --directed: follow ties out of the ego, into it, or both. Default out.",
            DefaultValueFactory = _ => "out",
        };
        direction.AcceptOnlyFromAmong("out", "in", "both");
        var json = JsonOption();
        var projection = new ProjectionCliOptions();
        var command = new Command(
            "ego",
            "Show a stakeholder's ego network: everyone within --radius steps, the density among them, the ego's effective size "
            + "(Burt), and the alters counted by kind and organization type.\n\n"
            + "Example:\n  stakeholders ego seeds/shijingshan-forum-2023.json liang-jie --radius 2")
        {
            input, id, format, radius, direction, json,
        };
        projection.AddTo(command);
        command.SetAction(parse => Run(context, () =>
        {
            var projected = Project(parse, input, format, projection);
            var options = new EgoNetworkOptions
            {
                Radius = parse.GetValue(radius),
                Direction = parse.GetValue(direction) switch { "in" => TraversalDirection.In, "both" => TraversalDirection.Both, _ => TraversalDirection.Out },
            };
            var ego = Checked(() => StakeholderEgoNetwork.Of(projected, parse.GetValue(id)!, options));
            if (parse.GetValue(json))
            {
                context.Output.WriteLine(Json(w => WriteJson(w, ego)));
            }
            else
            {
                WriteText(context.Output, ego);
            }

            return StakeholdersCli.Success;
        }));
        return command;
    }

    private static void WriteJson(System.Text.Json.Utf8JsonWriter w, StakeholderEgoNetwork ego)
    {
        w.WriteStartObject();
        w.WriteString("ego", ego.Ego.Id);
        w.WriteString("name", ego.Ego.Name);
        w.WriteNumber("radius", ego.Radius);
        w.WriteString("direction", ego.Direction.ToString().ToLowerInvariant());
        w.WriteNumber("size", ego.Members.Count);
        w.WriteNumber("ties", ego.Ties);
        Number(w, "density", ego.Density, "the density of the ego network (its ties over the possible pairs of its members, 0 below two members) is not a number here");
        Number(w, "effectiveSize", ego.EffectiveSize ?? double.NaN, MeasureCatalog.UndefinedReason("effective-size", ego.EffectiveSize ?? double.NaN));
        if (ego.EffectiveSizeNote is not null)
        {
            w.WriteString("effectiveSizeNote", ego.EffectiveSizeNote);
        }

        w.WriteStartObject("alterKinds");
        foreach (var (k, n) in ego.AlterKinds)
        {
            w.WriteNumber(k, n);
        }

        w.WriteEndObject();
        w.WriteStartObject("alterOrganizationTypes");
        foreach (var (k, n) in ego.AlterOrganizationTypes)
        {
            w.WriteNumber(k, n);
        }

        w.WriteEndObject();
        w.WriteStartArray("members");
        foreach (var m in ego.Members)
        {
            w.WriteStartObject();
            w.WriteString("id", m.Id);
            w.WriteString("name", m.Name);
            w.WriteString("kind", m.Kind);
            if (m.OrganizationType is not null)
            {
                w.WriteString("organizationType", m.OrganizationType);
            }

            w.WriteNumber("distance", m.Distance);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("links");
        foreach (var link in ego.Links)
        {
            w.WriteStartObject();
            w.WriteString("source", link.Source);
            w.WriteString("target", link.Target);
            w.WriteNumber("weight", link.Weight);
            w.WriteStartArray("ties");
            foreach (var tie in link.TieIds)
            {
                w.WriteStringValue(tie);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteText(TextWriter o, StakeholderEgoNetwork ego)
    {
        o.WriteLine($"Ego network of {ego.Ego.Name} ({ego.Ego.Id}), radius {ego.Radius}");
        o.WriteLine($"  members         {ego.Members.Count} ({ego.Members.Count - 1} alters), {ego.Ties} ties among them");
        o.WriteLine($"  density         {Fmt(ego.Density)}");
        o.WriteLine($"  effective size  {(ego.EffectiveSize is { } size ? Fmt(size) : ego.EffectiveSizeNote)}");
        o.WriteLine($"  alters by kind  {string.Join(", ", ego.AlterKinds.Select(p => $"{p.Key} {p.Value}"))}");
        if (ego.AlterOrganizationTypes.Count > 0)
        {
            o.WriteLine($"  organizations   {string.Join(", ", ego.AlterOrganizationTypes.Select(p => $"{p.Key} {p.Value}"))}");
        }

        foreach (var group in ego.Members.Where(m => m.Distance > 0).GroupBy(m => m.Distance))
        {
            o.WriteLine($"  at distance {group.Key}:");
            foreach (var m in group)
            {
                o.WriteLine($"    {m.Id,-40} {m.Name} [{m.Kind}{(m.OrganizationType is null ? string.Empty : ", " + m.OrganizationType)}]");
            }
        }
    }
}
