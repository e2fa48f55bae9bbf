using Stakeholders.Network.Graphs;

namespace Stakeholders.Network.Analysis;

/// <summary>
/// The ties of a projection as the units that resampling, uncertainty sampling and layering switch on and off: each kept
/// tie with its endpoints (vertex numbers of the projection's graph) and weight. <see cref="Build"/> makes the graph of a
/// subset of them over the same vertices, merging parallel ties as the projection does (weights summed).
/// </summary>
internal sealed class ProjectedTies
{
    private readonly (int Source, int Target, double Weight)[] _ties;

    public ProjectedTies(NetworkProjection projection)
    {
        Projection = projection;
        var graph = projection.Graph;
        var kept = projection.KeptTieIndices;
        _ties = new (int, int, double)[kept.Count];
        for (var i = 0; i < kept.Count; i++)
        {
            var tie = projection.Network.Ties[kept[i]];
            _ties[i] = (graph.IndexOf(tie.Source), graph.IndexOf(tie.Target), NetworkProjection.WeightOf(tie, projection.Options.WeightSource));
        }
    }

    public NetworkProjection Projection { get; }

    /// <summary>The number of kept ties.</summary>
    public int Count => _ties.Length;

    /// <summary>The tie behind unit <paramref name="i"/>.</summary>
    public Model.Tie TieAt(int i) => Projection.Network.Ties[Projection.KeptTieIndices[i]];

    /// <summary>The endpoints and weight of unit <paramref name="i"/>.</summary>
    public (int Source, int Target, double Weight) this[int i] => _ties[i];

    /// <summary>The graph of the ties for which <paramref name="keep"/> is true, over every vertex of the projection.</summary>
    public CsrGraph Build(Func<int, bool> keep)
    {
        var graph = Projection.Graph;
        var builder = new CsrGraphBuilder(graph.VertexIds)
        {
            Directed = graph.IsDirected,
            Weighted = graph.IsWeighted,
            WeightMeaning = graph.WeightMeaning,
            ParallelEdges = ParallelEdgePolicy.Sum,
        };
        for (var i = 0; i < _ties.Length; i++)
        {
            if (keep(i))
            {
                builder.AddEdge(_ties[i].Source, _ties[i].Target, _ties[i].Weight);
            }
        }

        return builder.Build();
    }
}

/// <summary>
/// The one engine behind every seeded resampling (<see cref="RankStability"/>, <see cref="UncertaintyAnalysis"/>): runs
/// <c>replicates</c> independent replicates in parallel, replicate r drawing from <c>new Random(seed_r)</c> with seed_r
/// from <see cref="RankStability.ReplicateSeed"/>, each writing only its own slot, so the result is bit-identical for any
/// number of threads.
/// </summary>
internal static class ReplicateEngine
{
    public static T[] Run<T>(int replicates, int seed, int maxDegreeOfParallelism, CancellationToken cancellationToken, Func<int, Random, T> replicate)
    {
        var results = new T[replicates];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism, CancellationToken = cancellationToken };
        Parallel.For(0, replicates, parallel, r => results[r] = replicate(r, new Random(RankStability.ReplicateSeed(seed, r))));
        return results;
    }
}
