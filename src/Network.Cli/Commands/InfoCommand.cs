using System.CommandLine;
using System.Globalization;
using Stakeholders.Network.Analysis;
using Stakeholders.Network.Model;

namespace Stakeholders.Cli.Commands;

/// <summary><c>stakeholders info &lt;input&gt;</c>: counts, components, density, date range and data-quality warnings of a network file.</summary>
internal static class InfoCommand
{
    public static Command Create(CliContext context)
    {
        var input = InputOptions.InputArgument();
        var format = InputOptions.FormatOption();
        var exact = new Option<bool>("--exact")
        {
            Description = "Exact diameter and mean path length of the largest component at any size (a breadth-first search from every stakeholder, O(n·m)). "
                + "Without it they are exact up to 200,000,000 search steps (about 10,000 stakeholders with 10,000 ties) and estimated beyond.",
        };
        var seed = new Option<int>("--seed") { Description = "Seed for the sampled estimate of the mean path length.", DefaultValueFactory = _ => 42 };
        var command = new Command(
            "info",
            "Summarise a network: counts by kind, organization type and tie type, components, density, dates, and every validation problem.\n\n"
            + "Example:\n  stakeholders info seeds/shijingshan-forum-2023.json")
        {
            input,
            format,
            exact,
            seed,
        };
        command.SetAction(parse => CommandRunner.Run(context, () =>
        {
            var path = parse.GetValue(input)!;
            StakeholderNetwork network;
            try
            {
                network = InputOptions.Read(parse, path, parse.GetValue(format));
            }
            catch (NetworkValidationException e)
            {
                context.Error.WriteLine($"stakeholders: {path}: {e.Problems.Count} validation problem(s):");
                foreach (var p in e.Problems)
                {
                    context.Error.WriteLine($"  {p}");
                }

                return StakeholdersCli.BadInput;
            }

            Write(context.Output, path, NetworkOverview.Describe(network, new NetworkOverviewOptions { ExactPaths = parse.GetValue(exact), Seed = parse.GetValue(seed) }), context.Reader.Warnings);
            return StakeholdersCli.Success;
        }));
        return command;
    }

    private static string Number(double value) =>
        double.IsFinite(value) ? value.ToString("0.####", CultureInfo.InvariantCulture) : "n/a";

    private static void Write(TextWriter o, string path, NetworkOverview v, IReadOnlyList<string> readerWarnings)
    {
        var ci = CultureInfo.InvariantCulture;
        o.WriteLine($"{path}{(v.Title is null ? string.Empty : $" — {v.Title}")}");
        o.WriteLine(string.Create(ci, $"  stakeholders  {v.Stakeholders}"));
        foreach (var (kind, count) in v.ByKind.Where(k => k.Value > 0))
        {
            o.WriteLine(string.Create(ci, $"    {kind,-26}{count,5}"));
        }

        if (v.ByOrganizationType.Count > 0)
        {
            o.WriteLine("  organizations by type");
            foreach (var (type, count) in v.ByOrganizationType)
            {
                o.WriteLine(string.Create(ci, $"    {type,-26}{count,5}"));
            }
        }

        o.WriteLine(string.Create(ci, $"  ties          {v.Ties} ({v.TiesWithEvidence} with evidence, from {v.Documents} document(s))"));
        foreach (var (type, count) in v.ByTieType)
        {
            o.WriteLine(string.Create(ci, $"    {type,-26}{count,5}"));
        }

        o.WriteLine(string.Create(ci, $"  edges         {v.Edges} distinct pairs"));
        o.WriteLine(string.Create(ci, $"  components    {v.Components} (largest {v.LargestComponent}, isolated {v.Isolated})"));
        o.WriteLine(string.Create(ci, $"  density       {v.Density:0.####}"));
        o.WriteLine(v.EarliestDate is null ? "  dates         none" : $"  dates         {v.EarliestDate} to {v.LatestDate}");
        var c = v.Cohesion;
        o.WriteLine("  cohesion");
        o.WriteLine(string.Create(ci, $"    transitivity              {Number(c.Transitivity)}"));
        o.WriteLine(string.Create(ci, $"    average clustering        {Number(c.AverageClustering)}"));
        o.WriteLine(string.Create(ci, $"    degeneracy (max k-core)   {c.Degeneracy}"));
        o.WriteLine(string.Create(ci, $"    degree assortativity      {Number(c.DegreeAssortativity)}"));
        o.WriteLine(string.Create(ci, $"    sector assortativity      {Number(c.SectorAssortativity)}"));
        if (c.PathLengthsExact)
        {
            o.WriteLine(string.Create(ci, $"    diameter (largest comp.)  {c.LargestComponentDiameter}"));
            o.WriteLine(string.Create(ci, $"    mean path (largest comp.) {Number(c.LargestComponentAveragePathLength)}"));
        }
        else
        {
            o.WriteLine(string.Create(ci, $"    diameter (largest comp.)  >= {c.LargestComponentDiameter} (estimate: double-sweep lower bound; --exact for the exact value)"));
            o.WriteLine(string.Create(ci, $"    mean path (largest comp.) ~ {Number(c.LargestComponentAveragePathLength)} (estimate: {c.PathLengthSamples} sampled sources, seed {c.PathLengthSeed}; --exact for the exact value)"));
        }
        o.WriteLine(v.Warnings.Count == 0 ? "  problems      none" : "  warnings");
        foreach (var w in v.Warnings)
        {
            o.WriteLine($"    {w}");
        }

        if (readerWarnings.Count > 0)
        {
            o.WriteLine(string.Create(ci, $"  read leniently ({readerWarnings.Count} problem(s) read past)"));
            foreach (var w in readerWarnings)
            {
                o.WriteLine($"    {w}");
            }
        }
    }
}
