using System.CommandLine;
using Stakeholders.Network;
using Stakeholders.Network.Algorithms.Brokerage;
using Stakeholders.Network.Analysis;
using Stakeholders.Network.Graphs;
using Stakeholders.Network.Model;
using static Stakeholders.Cli.Commands.AnalyticsCliSupport;

namespace Stakeholders.Cli.Commands;

/// <summary><c>stakeholders brokers &lt;input&gt;</c>: Gould–Fernandez brokerage roles by group, their z-scores, and Burt's constraint.</summary>
internal static class BrokersCommand
{
    private const string ExpectedUndefined =
        "the expected count comes from a random digraph of the observed density, and a network of fewer than two stakeholders has no density: 0/0";

    private const string ZUndefined =
        "z divides the count's distance from its expected value by the standard deviation, which is 0 when the random digraph cannot produce the role (no ties, or groups too small for it) or the network has fewer than two stakeholders: 0/0";

    private static readonly BrokerageRole[] Roles =
        [BrokerageRole.Coordinator, BrokerageRole.Itinerant, BrokerageRole.Representative, BrokerageRole.Gatekeeper, BrokerageRole.Liaison, BrokerageRole.Total];

    public static Command Create(CliContext context)
    {
        var input = InputOptions.InputArgument();
        var format = InputOptions.FormatOption();
        var groupBy = new Option<string>("--group-by")
        {
            Description = "What makes the groups brokers mediate between: kind, organization-type, community (Louvain, seeded), or the name of a stakeholder attribute. Default kind.",
            DefaultValueFactory = _ => "kind",
        };
        var seed = new Option<int>("--seed") { Description = $"Seed of the community detection for --group-by community. Default {StakeholdersDefaults.Seed}.", DefaultValueFactory = _ => StakeholdersDefaults.Seed };
        var top = new Option<int>("--top") { Description = "Show the N stakeholders with the most brokerage (0 for all). Default 15.", DefaultValueFactory = _ => 15 };
        var json = JsonOption();
        var projection = new ProjectionCliOptions();
        var command = new Command(
            "brokers",
            "Find the brokers: Gould–Fernandez roles (coordinator, itinerant, representative, gatekeeper, liaison) between the "
            + "groups given by --group-by, with z-scores against a random graph of the same density (as R sna::brokerage), and "
            + "Burt's constraint (low = spans structural holes). Undirected ties count in both directions; use --directed to read direction. "
            + "Rows are ranked as the report ranks its brokers: most brokerage first, then lower constraint, then id.\n\n"
            + "Example:\n  stakeholders brokers seeds/shijingshan-forum-2023.json --group-by organization-type --top 10")
        {
            input, format, groupBy, seed, top, json,
        };
        projection.AddTo(command);
        command.SetAction(parse => Run(context, () =>
        {
            if (parse.GetValue(top) < 0)
            {
                throw new CliUsageException("--top must be >= 0");
            }

            var projected = Project(parse, input, format, projection);
            var g = projected.Graph;
            var by = parse.GetValue(groupBy)!;
            var labels = GroupLabels(projected, by, parse.GetValue(seed));
            var distinct = labels.Distinct(StringComparer.Ordinal).ToList();
            var groups = labels.Select(l => distinct.IndexOf(l)).ToArray();
            var gf = Checked(() => BrokerageMeasures.GouldFernandez(g, groups));
            var constraint = BrokerageMeasures.StructuralHoles(g, new StructuralHolesOptions { UseWeights = false }).Constraint;
            var order = BrokerRanking.Order(g, gf, constraint);
            var n = parse.GetValue(top);
            var shown = n == 0 ? order : order.Take(n).ToArray();
            if (parse.GetValue(json))
            {
                context.Output.WriteLine(Json(w => WriteJson(w, projected, by, labels, gf, constraint, shown)));
            }
            else
            {
                WriteText(context.Output, projected, by, labels, gf, constraint, shown, distinct.Count);
            }

            return StakeholdersCli.Success;
        }));
        return command;
    }

    private static string[] GroupLabels(NetworkProjection projected, string by, int seed)
    {
        return NetworkAnalyzer.GroupLabelsOf(projected, by, new AnalysisOptions { Seed = seed });
    }

    private static void WriteJson(System.Text.Json.Utf8JsonWriter w, NetworkProjection p, string by, string[] labels, GouldFernandezResult gf, double[] constraint, int[] shown)
    {
        w.WriteStartObject();
        w.WriteString("groupBy", by);
        w.WriteStartObject("global");
        foreach (var role in Roles)
        {
            w.WriteStartObject(Name(role));
            Number(w, "raw", gf.Global.Raw[(int)role], MeasureCatalog.UndefinedReason("brokerage-" + Name(role), gf.Global.Raw[(int)role]));
            Number(w, "expected", gf.Global.Expected[(int)role], ExpectedUndefined);
            Number(w, "z", gf.Global.Z[(int)role], ZUndefined);
            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WriteStartArray("stakeholders");
        foreach (var v in shown)
        {
            var s = p.StakeholderOf(v);
            w.WriteStartObject();
            w.WriteString("id", s.Id);
            w.WriteString("name", s.Name);
            w.WriteString("group", labels[v]);
            foreach (var role in Roles)
            {
                Number(w, Name(role), gf.Raw[role, v], MeasureCatalog.UndefinedReason("brokerage-" + Name(role), gf.Raw[role, v]));
            }

            w.WriteStartObject("z");
            foreach (var role in Roles)
            {
                Number(w, Name(role), gf.Z[role, v], ZUndefined);
            }

            w.WriteEndObject();
            Number(w, "constraint", constraint[v], MeasureCatalog.UndefinedReason("constraint", constraint[v]));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteText(TextWriter o, NetworkProjection p, string by, string[] labels, GouldFernandezResult gf, double[] constraint, int[] shown, int groupCount)
    {
        o.WriteLine($"Brokerage between {groupCount} groups by {by} ({p.Graph.VertexCount} stakeholders, {p.Graph.EdgeCount} edges)");
        o.WriteLine("Whole network (raw / expected / z): " + string.Join("; ", Roles.Select(r => $"{Name(r)} {Fmt(gf.Global.Raw[(int)r])}/{Fmt(gf.Global.Expected[(int)r])}/{Fmt(gf.Global.Z[(int)r])}")));
        o.WriteLine($"{"stakeholder",-34} {"group",-24} {"coord",5} {"itin",5} {"repr",5} {"gate",5} {"liais",5} {"total",6} {"z(total)",8} {"constraint",10}");
        foreach (var v in shown)
        {
            var s = p.StakeholderOf(v);
            o.WriteLine(
                $"{Trim(s.Id, 34),-34} {Trim(labels[v], 24),-24} {Fmt(gf.Raw[BrokerageRole.Coordinator, v]),5} {Fmt(gf.Raw[BrokerageRole.Itinerant, v]),5} "
                + $"{Fmt(gf.Raw[BrokerageRole.Representative, v]),5} {Fmt(gf.Raw[BrokerageRole.Gatekeeper, v]),5} {Fmt(gf.Raw[BrokerageRole.Liaison, v]),5} "
                + $"{Fmt(gf.Raw[BrokerageRole.Total, v]),6} {Fmt(Math.Round(gf.Z[BrokerageRole.Total, v], 2)),8} {Fmt(Math.Round(constraint[v], 3)),10}");
        }
    }

    private static string Trim(string text, int width) => text.Length <= width ? text : text[..(width - 1)] + "…";

    private static string Name(BrokerageRole role) => role switch
    {
        BrokerageRole.Coordinator => "coordinator",
        BrokerageRole.Itinerant => "itinerant",
        BrokerageRole.Representative => "representative",
        BrokerageRole.Gatekeeper => "gatekeeper",
        BrokerageRole.Liaison => "liaison",
        _ => "total",
    };
}
