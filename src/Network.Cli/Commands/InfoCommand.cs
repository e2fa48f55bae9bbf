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
        var command = new Command(
            "info",
            "Summarise a network: counts by kind, organization type and tie type, components, density, dates, and every validation problem.\n\n"
            + "Example:\n  stakeholders info seeds/shijingshan-forum-2023.json")
        {
            input,
            format,
        };
        command.SetAction(parse => CommandRunner.Run(context, () =>
        {
            var path = parse.GetValue(input)!;
            StakeholderNetwork network;
            try
            {
                network = InputOptions.Read(path, parse.GetValue(format));
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

            Write(context.Output, path, NetworkOverview.Describe(network));
            return StakeholdersCli.Success;
        }));
        return command;
    }

    private static string Number(double value) =>
        double.IsFinite(value) ? value.ToString("0.####", CultureInfo.InvariantCulture) : "n/a";

    private static void Write(TextWriter o, string path, NetworkOverview v)
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

        o.WriteLine(string.Create(ci, $"  edges         {v.Edges} distinct pairs  (several ties between the same two stakeholders count once)"));
        o.WriteLine(string.Create(ci, $"  components    {v.Components} (largest {v.LargestComponent}, isolated {v.Isolated})  (groups with no path between them; isolated = stakeholders with no tie)"));
        o.WriteLine(string.Create(ci, $"  density       {v.Density:0.####}  (share of all possible pairs that are tied: {v.Density:0.#%})"));
        o.WriteLine(v.EarliestDate is null ? "  dates         none" : $"  dates         {v.EarliestDate} to {v.LatestDate}  (earliest and latest date on any tie)");
        var c = v.Cohesion;
        o.WriteLine("  cohesion");
        o.WriteLine(string.Create(ci, $"    transitivity              {Number(c.Transitivity)}  (0-1: share of two-step paths closed into triangles)"));
        o.WriteLine(string.Create(ci, $"    average clustering        {Number(c.AverageClustering)}  (0-1: mean share of a stakeholder's contacts tied to each other)"));
        o.WriteLine(string.Create(ci, $"    degeneracy (max k-core)   {c.Degeneracy}  (largest k with a core where everyone has k ties inside it)"));
        o.WriteLine(string.Create(ci, $"    degree assortativity      {Number(c.DegreeAssortativity)}  (-1 to 1: above 0, well-tied stakeholders tie to each other; below 0, hubs tie to the periphery)"));
        o.WriteLine(string.Create(ci, $"    sector assortativity      {Number(c.SectorAssortativity)}  (-1 to 1: above 0, ties stay within a kind or organization type; below 0, they cross)"));
        o.WriteLine(string.Create(ci, $"    diameter (largest comp.)  {c.LargestComponentDiameter}  (most steps between two stakeholders)"));
        o.WriteLine(string.Create(ci, $"    mean path (largest comp.) {Number(c.LargestComponentAveragePathLength)}  (average steps between two stakeholders)"));
        o.WriteLine(v.Warnings.Count == 0 ? "  problems      none" : "  warnings");
        foreach (var w in v.Warnings)
        {
            o.WriteLine($"    {w}");
        }
    }
}
