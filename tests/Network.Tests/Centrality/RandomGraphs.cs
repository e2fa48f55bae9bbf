using Stakeholders.Network.Graphs;

namespace Stakeholders.Network.Tests.CentralityTests;

/// <summary>Seeded random graphs for the invariant tests (not oracle fixtures: only self-consistency is checked on them).</summary>
internal static class RandomGraphs
{
    /// <summary>
    /// Preferential attachment: each new vertex links to <paramref name="m"/> distinct earlier vertices chosen in proportion
    /// to their degree. Directed graphs point new → old, and every fifth vertex also gets an arc back, so there are cycles.
    /// </summary>
    public static CsrGraph ScaleFree(int n, int m, int seed, bool directed)
    {
        var random = new Random(seed);
        var builder = new CsrGraphBuilder(n) { Directed = directed };
        var ends = new List<int>();
        var chosen = new HashSet<int>();
        for (var v = 0; v < n; v++)
        {
            chosen.Clear();
            var want = Math.Min(m, v);
            while (chosen.Count < want)
            {
                chosen.Add(ends.Count == 0 || random.Next(4) == 0 ? random.Next(v) : ends[random.Next(ends.Count)]);
            }

            foreach (var u in chosen.Order())
            {
                builder.AddEdge(v, u);
                if (directed && v % 5 == 0)
                {
                    builder.AddEdge(u, v);
                }

                ends.Add(u);
                ends.Add(v);
            }
        }

        return builder.Build();
    }
}
