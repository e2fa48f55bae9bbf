using System.Globalization;
using System.Text;
using Stakeholders.Network.Graphs;

namespace Stakeholders.Benchmarks.CommunitySuites;

/// <summary>
/// The seeded random graph of the community and cohesion suites: G(n, m) with n = 100 000 vertices and m = 1 000 000
/// distinct undirected edges, no self-loops, drawn by <see cref="Random"/> with seed 42. It is written once to
/// <c>artifacts/benchmarks/random_100k_1m.edges</c> (lines <c>u v</c>, vertices 0..n-1) so that
/// <c>benchmarks/peers/community_peers.py</c> times igraph and graph-tool on exactly the same graph.
/// </summary>
public static class CommunityBenchmarkGraph
{
    public const int VertexCount = 100_000;
    public const int EdgeCount = 1_000_000;
    public const int Seed = 42;

    public static string EdgeListPath
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Stakeholders.sln")))
            {
                directory = directory.Parent;
            }

            var root = directory?.FullName ?? Directory.GetCurrentDirectory();
            return Path.Combine(root, "artifacts", "benchmarks", "random_100k_1m.edges");
        }
    }

    /// <summary>Reads the edge list, writing it first when it does not exist yet.</summary>
    public static CsrGraph Load()
    {
        var path = EdgeListPath;
        if (!File.Exists(path))
        {
            Write(path);
        }

        var builder = new CsrGraphBuilder(VertexCount);
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var space = line.IndexOf(' ', StringComparison.Ordinal);
            builder.AddEdge(
                int.Parse(line.AsSpan(0, space), CultureInfo.InvariantCulture),
                int.Parse(line.AsSpan(space + 1), CultureInfo.InvariantCulture));
        }

        return builder.Build();
    }

    private static void Write(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var random = new Random(Seed);
        var seen = new HashSet<long>(EdgeCount);
        var text = new StringBuilder(EdgeCount * 14);
        text.Append(CultureInfo.InvariantCulture, $"# G(n={VertexCount}, m={EdgeCount}) undirected, no self-loops, System.Random({Seed})\n");
        while (seen.Count < EdgeCount)
        {
            var u = random.Next(VertexCount);
            var v = random.Next(VertexCount);
            if (u == v)
            {
                continue;
            }

            var key = ((long)Math.Min(u, v) * VertexCount) + Math.Max(u, v);
            if (seen.Add(key))
            {
                text.Append(CultureInfo.InvariantCulture, $"{u} {v}\n");
            }
        }

        var temporary = path + ".tmp";
        File.WriteAllText(temporary, text.ToString());
        File.Move(temporary, path, overwrite: true);
    }
}
