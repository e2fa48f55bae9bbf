using System.CommandLine;
using Stakeholders.Network.Algorithms.Multiplex;
using Stakeholders.Network.Analysis;
using static Stakeholders.Cli.Commands.AnalyticsCliSupport;

namespace Stakeholders.Cli.Commands;

/// <summary>
/// <c>stakeholders layers &lt;input&gt;</c>: the network as one layer per tie type (or per value of a tie attribute) — each
/// layer's size, density and components, how layers overlap, and which stakeholders are tied in one kind of tie only and
/// which across all of them (overlapping degree, multiplex participation coefficient).
/// </summary>
internal static class LayersCommand
{
    public static Command Create(CliContext context)
    {
        var input = InputOptions.InputArgument();
        var format = InputOptions.FormatOption();
        var by = new Option<string>("--layers", "--by")
        {
            Description = "What the layers are: tie-type (default) or a tie attribute name.",
            DefaultValueFactory = _ => MultiplexProjection.ByTieType,
        };
        var communities = new Option<bool>("--communities") { Description = "Also find communities shared by all layers (multiplex Leiden)." };
        var resolution = new Option<double>("--resolution") { Description = "Modularity resolution of every layer for --communities. Default 1.", DefaultValueFactory = _ => 1.0 };
        var seed = new Option<int>("--seed") { Description = "Seed for --communities. Default 42.", DefaultValueFactory = _ => 42 };
        var top = new Option<int>("--top") { Description = "Show the N stakeholders with the highest overlapping degree (0 for all). Default 20.", DefaultValueFactory = _ => 20 };
        var json = JsonOption();
        var projection = new ProjectionCliOptions();
        var command = new Command(
            "layers",
            "See the network as layers, one per tie type (or per value of a tie attribute): per layer its size, density and "
            + "components; between layers the edge overlap (Jaccard) and degree correlation (Pearson); per stakeholder its "
            + "degree in each layer, overlapping degree and multiplex participation coefficient (Battiston et al. 2014).\n\n"
            + "Examples:\n  stakeholders layers seeds/shijingshan-forum-2023.json\n"
            + "  stakeholders layers seeds/shijingshan-forum-2023.json --communities --json")
        {
            input, format, by, communities, resolution, seed, top, json,
        };
        projection.AddTo(command);
        command.SetAction(parse => Run(context, () =>
        {
            if (parse.GetValue(top) < 0)
            {
                throw new CliUsageException("--top must be >= 0");
            }

            var network = InputOptions.Read(parse, parse.GetValue(input)!, parse.GetValue(format));
            var projectionOptions = projection.Read(parse, network, out network);
            var layered = Checked(() => MultiplexProjection.Project(network, parse.GetValue(by)!, projectionOptions));
            var result = MultiplexMeasures.Analyze(layered.Graph);
            var partition = parse.GetValue(communities)
                ? Checked(() => MultiplexMeasures.Leiden(layered.Graph, new MultiplexLeidenOptions { Resolution = parse.GetValue(resolution), Seed = parse.GetValue(seed) }))
                : null;
            var order = Enumerable.Range(0, layered.Graph.VertexCount)
                .OrderByDescending(v => result.OverlappingDegree[v])
                .ThenBy(v => layered.Graph.VertexIds[v], StringComparer.Ordinal)
                .ToArray();
            var n = parse.GetValue(top);
            var shown = n == 0 ? order : order.Take(n).ToArray();
            if (parse.GetValue(json))
            {
                context.Output.WriteLine(Json(w =>
                {
                    w.WriteStartObject();
                    w.WriteString("layers", layered.LayerBy);
                    w.WriteStartArray("layerSummaries");
                    foreach (var l in result.Layers)
                    {
                        w.WriteStartObject();
                        w.WriteString("name", l.Name);
                        w.WriteNumber("activeNodes", l.ActiveVertices);
                        w.WriteNumber("edges", l.Edges);
                        w.WriteNumber("density", l.Density);
                        w.WriteNumber("components", l.Components);
                        w.WriteNumber("largestComponent", l.LargestComponent);
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                    w.WriteStartArray("pairs");
                    foreach (var p in result.Pairs)
                    {
                        w.WriteStartObject();
                        w.WriteString("a", p.First);
                        w.WriteString("b", p.Second);
                        w.WriteNumber("sharedPairs", p.SharedPairs);
                        Number(w, "edgeOverlap", p.EdgeOverlap, "edge overlap is the pairs tied in both layers over the pairs tied in either, and neither layer ties any pair: 0/0");
                        Number(w, "degreeCorrelation", p.DegreeCorrelation, "the Pearson correlation of the two layers' degrees is 0/0 when every stakeholder has the same degree in one of them (no variance) or there are fewer than two stakeholders");
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                    if (partition is not null)
                    {
                        w.WriteStartObject("communities");
                        w.WriteString("algorithm", "multiplex-leiden");
                        w.WriteNumber("count", partition.Partition.CommunityCount);
                        Number(w, "quality", partition.Modularity, MeasureCatalog.ModularityUndefinedReason(result.Layers.Sum(l => l.Edges), partition.Modularity));
                        w.WriteEndObject();
                    }

                    w.WriteStartArray("stakeholders");
                    foreach (var v in shown)
                    {
                        var s = layered.Union.StakeholderOf(v);
                        w.WriteStartObject();
                        w.WriteString("id", s.Id);
                        w.WriteString("name", s.Name);
                        w.WriteStartObject("degree");
                        for (var l = 0; l < result.LayerNames.Count; l++)
                        {
                            w.WriteNumber(result.LayerNames[l], result.DegreeByLayer[l][v]);
                        }

                        w.WriteEndObject();
                        w.WriteNumber("overlappingDegree", result.OverlappingDegree[v]);
                        Number(w, "participation", result.Participation[v], MeasureCatalog.UndefinedReason("participation", result.Participation[v]));
                        if (partition is not null)
                        {
                            w.WriteNumber("community", partition.Partition.CommunityOf(v));
                        }

                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                }));
                return StakeholdersCli.Success;
            }

            var o = context.Output;
            o.WriteLine($"{result.Layers.Count} layers by {layered.LayerBy}, {layered.Graph.VertexCount} stakeholders");
            o.WriteLine($"{"layer",-28} {"nodes",6} {"edges",6} {"density",8} {"comps",6} {"largest",8}");
            foreach (var l in result.Layers)
            {
                o.WriteLine($"{l.Name,-28} {l.ActiveVertices,6} {l.Edges,6} {Fmt(l.Density),8} {l.Components,6} {l.LargestComponent,8}");
            }

            if (result.Pairs.Count > 0)
            {
                o.WriteLine();
                o.WriteLine("Between layers (edge overlap = Jaccard of tied pairs; degree correlation = Pearson over all stakeholders):");
                var notable = result.Pairs.Where(p => p.SharedPairs > 0 || Math.Abs(p.DegreeCorrelation) >= 0.3).ToArray();
                foreach (var p in notable)
                {
                    o.WriteLine($"  {p.First} ~ {p.Second}: {p.SharedPairs} shared pairs, overlap {Fmt(p.EdgeOverlap)}, degree correlation {Fmt(p.DegreeCorrelation)}");
                }

                if (notable.Length < result.Pairs.Count)
                {
                    o.WriteLine($"  ({result.Pairs.Count - notable.Length} other pairs share no tie and have |degree correlation| < 0.3; --json lists every pair)");
                }
            }

            if (partition is not null)
            {
                o.WriteLine();
                o.WriteLine($"Multiplex Leiden: {partition.Partition.CommunityCount} communities, summed modularity {Fmt(partition.Modularity)}");
            }

            o.WriteLine();
            o.WriteLine("Stakeholders (overlapping degree = ties summed over layers; participation 0 = one layer only, 1 = spread evenly):");
            o.WriteLine($"{"overlap",7} {"particip.",9}  stakeholder  [degree per layer]");
            foreach (var v in shown)
            {
                var s = layered.Union.StakeholderOf(v);
                var perLayer = string.Join(", ", Enumerable.Range(0, result.LayerNames.Count)
                    .Where(l => result.DegreeByLayer[l][v] > 0)
                    .Select(l => $"{result.LayerNames[l]} {result.DegreeByLayer[l][v]}"));
                o.WriteLine($"{Fmt(result.OverlappingDegree[v]),7} {Fmt(result.Participation[v]),9}  {Label(s)}  [{perLayer}]");
            }

            return StakeholdersCli.Success;
        }));
        return command;
    }
}
