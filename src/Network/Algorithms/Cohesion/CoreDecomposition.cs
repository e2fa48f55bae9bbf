using Stakeholders.Network.Graphs;

namespace Stakeholders.Network.Algorithms.Cohesion;

/// <summary>
/// Core numbers by Batagelj &amp; Zaversnik's bucket algorithm (2003, doi:10.48550/arXiv.cs/0310049): repeatedly remove a
/// vertex of least remaining degree; its degree at removal is its core number. O(n + m), sequential.
/// </summary>
internal static class CoreDecomposition
{
    public static int[] CoreNumbers(CsrGraph graph)
    {
        var n = graph.VertexCount;
        var degree = new int[n];
        var maxDegree = 0;
        for (var v = 0; v < n; v++)
        {
            var d = graph.IsDirected ? graph.OutDegree(v) + graph.InDegree(v) : graph.OutDegree(v);
            if (graph.HasSelfLoop(v))
            {
                d -= graph.IsDirected ? 2 : 1;
            }

            degree[v] = d;
            maxDegree = Math.Max(maxDegree, d);
        }

        var binStart = new int[maxDegree + 2];
        foreach (var d in degree)
        {
            binStart[d + 1]++;
        }

        for (var d = 0; d <= maxDegree; d++)
        {
            binStart[d + 1] += binStart[d];
        }

        var position = new int[n];
        var sorted = new int[n];
        var fill = new int[maxDegree + 1];
        Array.Copy(binStart, fill, maxDegree + 1);
        for (var v = 0; v < n; v++)
        {
            position[v] = fill[degree[v]]++;
            sorted[position[v]] = v;
        }

        var offsets = graph.Offsets;
        var targets = graph.Targets;
        var inOffsets = graph.InOffsets;
        var inSources = graph.InSources;
        for (var i = 0; i < n; i++)
        {
            var v = sorted[i];
            var dv = degree[v];
            for (var a = offsets[v]; a < offsets[v + 1]; a++)
            {
                Lower(targets[a], v, dv, degree, binStart, position, sorted);
            }

            if (graph.IsDirected)
            {
                for (var a = inOffsets[v]; a < inOffsets[v + 1]; a++)
                {
                    Lower(inSources[a], v, dv, degree, binStart, position, sorted);
                }
            }
        }

        return degree;
    }

    private static void Lower(int u, int v, int dv, int[] degree, int[] binStart, int[] position, int[] sorted)
    {
        var du = degree[u];
        if (u == v || du <= dv)
        {
            return;
        }

        // Swap u with the first vertex of its bin, then shrink the bin by one: u now sits in bin du-1.
        var pu = position[u];
        var pw = binStart[du];
        var w = sorted[pw];
        if (u != w)
        {
            position[u] = pw;
            sorted[pu] = w;
            position[w] = pu;
            sorted[pw] = u;
        }

        binStart[du]++;
        degree[u] = du - 1;
    }
}
