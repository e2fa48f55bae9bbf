using System.Globalization;
using Stakeholders.Network.Graphs;
using Stakeholders.Network.Model;

namespace Stakeholders.Benchmarks;

/// <summary>
/// An edge list as plain arrays: edge <c>i</c> joins <c>Sources[i]</c> and <c>Targets[i]</c>; vertices are <c>0..VertexCount-1</c>.
/// </summary>
/// <param name="VertexCount">The number of vertices.</param>
/// <param name="Sources">The first endpoint of each edge.</param>
/// <param name="Targets">The second endpoint of each edge.</param>
public sealed record EdgeList(int VertexCount, int[] Sources, int[] Targets)
{
    /// <summary>The number of edges.</summary>
    public int EdgeCount => Sources.Length;
}

/// <summary>
/// Seeded random graph generators shared by every benchmark suite, so all suites measure on the same graphs.
/// The same arguments give the same graph on every machine and run (<see cref="Random(int)"/> with a seed is stable).
/// </summary>
public static class GraphGenerators
{
    /// <summary>
    /// Barabási–Albert preferential attachment (Barabási &amp; Albert, Science 286 (1999) 509–512,
    /// doi:10.1126/science.286.5439.509), as NetworkX's <c>barabasi_albert_graph(n, m)</c> builds it: start from a star on
    /// <c>m + 1</c> vertices; each new vertex joins <c>m</c> distinct earlier vertices drawn with probability proportional
    /// to degree (uniformly from the list of edge endpoints). <c>m(n - m)</c> edges, no self-loops, no parallel edges.
    /// </summary>
    public static EdgeList BarabasiAlbertEdges(int vertexCount, int edgesPerVertex, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(edgesPerVertex, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(vertexCount, edgesPerVertex);
        var m = edgesPerVertex;
        var random = new Random(seed);
        var edgeCount = checked(m * (vertexCount - m));
        var sources = new int[edgeCount];
        var targets = new int[edgeCount];
        var endpoints = new int[2 * edgeCount];
        int edges = 0, endpointCount = 0;
        for (var leaf = 1; leaf <= m; leaf++)
        {
            sources[edges] = 0;
            targets[edges++] = leaf;
            endpoints[endpointCount++] = 0;
            endpoints[endpointCount++] = leaf;
        }

        var chosen = new int[m];
        for (var v = m + 1; v < vertexCount; v++)
        {
            var picked = 0;
            while (picked < m)
            {
                var candidate = endpoints[random.Next(endpointCount)];
                if (Array.IndexOf(chosen, candidate, 0, picked) < 0)
                {
                    chosen[picked++] = candidate;
                }
            }

            for (var k = 0; k < m; k++)
            {
                sources[edges] = v;
                targets[edges++] = chosen[k];
                endpoints[endpointCount++] = chosen[k];
                endpoints[endpointCount++] = v;
            }
        }

        return new EdgeList(vertexCount, sources, targets);
    }

    /// <summary>
    /// The uniform random graph G(n, m) (Erdős &amp; Rényi, Publ. Math. Debrecen 6 (1959) 290–297): <c>m</c> distinct
    /// edges drawn uniformly among all vertex pairs, no self-loops; ordered pairs when <paramref name="directed"/>.
    /// </summary>
    public static EdgeList GnmEdges(int vertexCount, int edgeCount, bool directed, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(vertexCount, 2);
        var pairs = (long)vertexCount * (vertexCount - 1) / (directed ? 1 : 2);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(edgeCount, pairs);
        var random = new Random(seed);
        var seen = new HashSet<long>(edgeCount);
        var sources = new int[edgeCount];
        var targets = new int[edgeCount];
        var edges = 0;
        while (edges < edgeCount)
        {
            var u = random.Next(vertexCount);
            var v = random.Next(vertexCount);
            if (u == v)
            {
                continue;
            }

            var key = directed || u < v ? ((long)u * vertexCount) + v : ((long)v * vertexCount) + u;
            if (seen.Add(key))
            {
                sources[edges] = u;
                targets[edges++] = v;
            }
        }

        return new EdgeList(vertexCount, sources, targets);
    }

    /// <summary>Uniform random weights in [<paramref name="min"/>, <paramref name="max"/>), one per edge, seeded.</summary>
    public static double[] RandomWeights(int count, int seed, double min = 1.0, double max = 10.0)
    {
        var random = new Random(seed);
        var weights = new double[count];
        for (var i = 0; i < count; i++)
        {
            weights[i] = min + (random.NextDouble() * (max - min));
        }

        return weights;
    }

    /// <summary>Builds a <see cref="CsrGraph"/> from an edge list, weighted when <paramref name="weights"/> is given.</summary>
    public static CsrGraph ToCsr(EdgeList edges, bool directed, double[]? weights = null, WeightMeaning meaning = WeightMeaning.Distance)
    {
        ArgumentNullException.ThrowIfNull(edges);
        var builder = new CsrGraphBuilder(edges.VertexCount) { Directed = directed, Weighted = weights is not null, WeightMeaning = meaning };
        for (var i = 0; i < edges.EdgeCount; i++)
        {
            builder.AddEdge(edges.Sources[i], edges.Targets[i], weights?[i] ?? 1.0);
        }

        return builder.Build();
    }

    /// <summary>The named benchmark graphs: <c>BA-10k</c>, <c>BA-100k</c> (m = 5) and <c>Gnm-1M</c> (100k vertices, 1M edges).</summary>
    public static EdgeList Named(string name) => name switch
    {
        "BA-10k" => BarabasiAlbertEdges(10_000, 5, seed: 42),
        "BA-100k" => BarabasiAlbertEdges(100_000, 5, seed: 42),
        "Gnm-1M" => GnmEdges(100_000, 1_000_000, directed: false, seed: 42),
        "Gnm-1M-directed" => GnmEdges(100_000, 1_000_000, directed: true, seed: 42),
        _ => throw new ArgumentException($"Unknown benchmark graph '{name}'.", nameof(name)),
    };

    /// <summary>
    /// A stakeholder network over an edge list, for projection benchmarks: each vertex becomes a stakeholder (kinds drawn
    /// 60% person, 25% organization, 15% event), each edge a tie with a random well-known type, a period of whole years
    /// in 2015–2025 for 70% of ties, strength in [0.5, 3), confidence in [0.3, 1) and evidence from 0 to 2 of 50 documents.
    /// </summary>
    public static StakeholderNetwork SyntheticStakeholderNetwork(EdgeList edges, int seed)
    {
        ArgumentNullException.ThrowIfNull(edges);
        var random = new Random(seed);
        var builder = new StakeholderNetworkBuilder { Title = "synthetic" };
        var documents = Enumerable.Range(0, 50).Select(d => string.Create(CultureInfo.InvariantCulture, $"doc{d}")).ToArray();
        foreach (var d in documents)
        {
            builder.AddDocument(new SourceDocument(d));
        }

        for (var v = 0; v < edges.VertexCount; v++)
        {
            var draw = random.NextDouble();
            var kind = draw < 0.6 ? StakeholderKind.Person : draw < 0.85 ? StakeholderKind.Organization : StakeholderKind.Event;
            var id = string.Create(CultureInfo.InvariantCulture, $"s{v}");
            builder.AddStakeholder(new Stakeholder(id, id, kind));
        }

        var types = TieType.WellKnown;
        for (var i = 0; i < edges.EdgeCount; i++)
        {
            DatePeriod? period = null;
            if (random.NextDouble() < 0.7)
            {
                var start = 2015 + random.Next(11);
                period = new DatePeriod(PartialDate.FromYear(start), PartialDate.FromYear(start + random.Next(2026 - start)));
            }

            var evidence = new Evidence[random.Next(3)];
            for (var e = 0; e < evidence.Length; e++)
            {
                evidence[e] = new Evidence(documents[random.Next(documents.Length)], "quote");
            }

            builder.AddTie(new Tie(
                string.Create(CultureInfo.InvariantCulture, $"s{edges.Sources[i]}"),
                string.Create(CultureInfo.InvariantCulture, $"s{edges.Targets[i]}"),
                types[random.Next(types.Count)])
            {
                Id = string.Create(CultureInfo.InvariantCulture, $"t{i}"),
                Period = period,
                Strength = 0.5 + (2.5 * random.NextDouble()),
                Confidence = 0.3 + (0.7 * random.NextDouble()),
                Evidence = evidence,
            });
        }

        return builder.Build();
    }
}
