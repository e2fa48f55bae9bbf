using System.CommandLine;
using Stakeholders.Network;
using Stakeholders.Network.Analysis;
using Stakeholders.Network.Algorithms.KeyPlayers;
using static Stakeholders.Cli.Commands.AnalyticsCliSupport;

namespace Stakeholders.Cli.Commands;

/// <summary><c>stakeholders keyplayers &lt;input&gt; --k K</c>: Borgatti's key-player sets (fragment the network, or reach it).</summary>
internal static class KeyPlayersCommand
{
    private const string FragmentationUndefined =
        "fragmentation compares the pairs of remaining stakeholders that cannot reach each other with all their pairs, and fewer than two remaining stakeholders make no pair: 0/0";

    public static Command Create(CliContext context)
    {
        var input = InputOptions.InputArgument();
        var format = InputOptions.FormatOption();
        var k = new Option<int>("--k", "-k") { Description = "The size of the set.", Required = true };
        var goal = new Option<string>("--goal")
        {
            Description = "fragment: the k whose removal splits the network most (KPP-Neg); reach: the k who reach most others within --m steps (KPP-Pos). Default fragment.",
            DefaultValueFactory = _ => "fragment",
        };
        goal.AcceptOnlyFromAmong("fragment", "reach");
        var m = new Option<int>("--m") { Description = "Step limit of reach. Default 1 (direct contacts).", DefaultValueFactory = _ => 1 };
        var seed = new Option<int>("--seed") { Description = $"Seed of the greedy search's starting sets. Default {StakeholdersDefaults.Seed}.", DefaultValueFactory = _ => StakeholdersDefaults.Seed };
        var restarts = new Option<int>("--restarts") { Description = $"Greedy runs from different starting sets. Default {FragmentationOptions.Default.Restarts}.", DefaultValueFactory = _ => FragmentationOptions.Default.Restarts };
        var json = JsonOption();
        var projection = new ProjectionCliOptions();
        var command = new Command(
            "keyplayers",
            "Find a key-player set (Borgatti 2006): the k stakeholders whose removal fragments the network most, or the k who "
            + "together reach the most others within m steps. Greedy swap search from seeded random starts.\n\n"
            + "Example:\n  stakeholders keyplayers seeds/shijingshan-forum-2023.json --k 3 --goal reach --m 2 --seed 1")
        {
            input, format, k, goal, m, seed, restarts, json,
        };
        projection.AddTo(command);
        command.SetAction(parse => Run(context, () =>
        {
            var projected = Project(parse, input, format, projection);
            var g = projected.Graph;
            var size = parse.GetValue(k);
            var isReach = parse.GetValue(goal) == "reach";
            var result = Checked(() => isReach
                ? KeyPlayerSearch.Reach(g, size, parse.GetValue(m), new ReachOptions { Seed = parse.GetValue(seed), Restarts = parse.GetValue(restarts) })
                : KeyPlayerSearch.Fragmentation(g, size, new FragmentationOptions { Seed = parse.GetValue(seed), Restarts = parse.GetValue(restarts) }));

            var baseline = isReach ? double.NaN : KeyPlayerSearch.FragmentationScore(g, []);
            if (parse.GetValue(json))
            {
                context.Output.WriteLine(Json(w =>
                {
                    w.WriteStartObject();
                    w.WriteString("goal", isReach ? "reach" : "fragment");
                    w.WriteNumber("k", size);
                    if (isReach)
                    {
                        w.WriteNumber("m", parse.GetValue(m));
                    }

                    w.WriteNumber("seed", parse.GetValue(seed));
                    Number(w, "score", result.Score, isReach ? "reach is the share of the stakeholders outside the set within m steps of it, and none are outside: 0/0" : FragmentationUndefined);
                    if (!isReach)
                    {
                        Number(w, "fragmentationBefore", baseline, FragmentationUndefined);
                    }

                    w.WriteString("search", result.Search.ToString().ToLowerInvariant());
                    w.WriteNumber("evaluations", result.Evaluations);
                    w.WriteStartArray("players");
                    foreach (var v in result.Players)
                    {
                        w.WriteStartObject();
                        w.WriteString("id", g.IdOf(v));
                        w.WriteString("name", projected.StakeholderOf(v).Name);
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                }));
            }
            else
            {
                var o = context.Output;
                o.WriteLine(isReach
                    ? $"Key players (reach within {parse.GetValue(m)} step(s)), k = {size}: together they reach {Fmt(result.Score * 100)}% of the other {g.VertexCount - size} stakeholders"
                    : $"Key players (fragmentation), k = {size}: removing them raises fragmentation from {Fmt(baseline)} to {Fmt(result.Score)}");
                foreach (var v in result.Players)
                {
                    o.WriteLine($"  {g.IdOf(v),-40} {projected.StakeholderOf(v).Name}");
                }

                o.WriteLine($"({result.Search.ToString().ToLowerInvariant()} search, {result.Evaluations} sets scored, seed {parse.GetValue(seed)})");
            }

            return StakeholdersCli.Success;
        }));
        return command;
    }
}
