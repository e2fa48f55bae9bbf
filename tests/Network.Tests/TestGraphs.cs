using System.Globalization;
using Stakeholders.Network.Graphs;

namespace Stakeholders.Network.Tests;

/// <summary>
/// Loads the classic graphs of <c>tests/TestData/graphs</c> (written by <c>make_graphs.py</c>) without going through the
/// library's own readers, so algorithm tests do not depend on the IO code they are not testing.
/// </summary>
internal static class TestGraphs
{
    public static string DataDirectory => Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData");

    /// <summary>Loads <c>graphs/{name}.edges</c>. Weighted files keep their third column; <c>#! node x</c> lines add isolated vertices.</summary>
    public static CsrGraph Load(string name, bool? directed = null, bool? weighted = null, WeightMeaning meaning = WeightMeaning.Distance)
    {
        var lines = File.ReadAllLines(Path.Combine(DataDirectory, "graphs", name + ".edges"));
        var isDirected = directed ?? lines.Any(l => l.StartsWith("# directed", StringComparison.Ordinal));
        var rows = lines.Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        var isWeighted = weighted ?? rows.Any(r => r.Length > 2);
        var builder = new CsrGraphBuilder { Directed = isDirected, Weighted = isWeighted, WeightMeaning = meaning, ParallelEdges = ParallelEdgePolicy.Last };
        foreach (var line in lines)
        {
            if (line.StartsWith("#! node ", StringComparison.Ordinal))
            {
                builder.AddVertex(line["#! node ".Length..].Trim());
            }
        }

        foreach (var r in rows)
        {
            builder.AddEdge(r[0], r[1], r.Length > 2 ? double.Parse(r[2], CultureInfo.InvariantCulture) : 1.0);
        }

        return builder.Build();
    }
}
