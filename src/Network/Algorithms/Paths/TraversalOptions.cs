namespace Stakeholders.Network.Algorithms.Paths;

/// <summary>Which arcs a traversal follows from a vertex.</summary>
public enum TraversalDirection
{
    /// <summary>Out-arcs <c>v→w</c>: what the source reaches (NetworkX's default on directed graphs).</summary>
    Out,

    /// <summary>In-arcs <c>w→v</c>: who reaches the source; the same as running on the reversed graph (<c>G.reverse()</c>).</summary>
    In,

    /// <summary>Arcs in either direction, as if the graph were undirected (<c>G.to_undirected()</c>).</summary>
    Both,
}

/// <summary>Options of <see cref="PathFinding.Bfs(Graphs.CsrGraph, int, BfsOptions?, CancellationToken)"/>.</summary>
public sealed record BfsOptions
{
    /// <summary>The default options: out-arcs, no depth limit.</summary>
    public static BfsOptions Default { get; } = new();

    /// <summary>Which arcs to follow. Default <see cref="TraversalDirection.Out"/>; on undirected graphs every direction is the same.</summary>
    public TraversalDirection Direction { get; init; } = TraversalDirection.Out;

    /// <summary>
    /// The largest hop distance to explore, or null for no limit (NetworkX's <c>cutoff</c> of
    /// <c>single_source_shortest_path_length</c>). Default null.
    /// </summary>
    public int? MaxDepth { get; init; }

    /// <summary>Checks the options.</summary>
    /// <exception cref="ArgumentException">The direction is unknown or the depth is negative.</exception>
    public void Validate()
    {
        if (!Enum.IsDefined(Direction))
        {
            throw new ArgumentException($"Unknown traversal direction {(int)Direction}.", nameof(Direction));
        }

        if (MaxDepth is < 0)
        {
            throw new ArgumentException($"MaxDepth must be null or >= 0, not {MaxDepth}.", nameof(MaxDepth));
        }
    }
}

/// <summary>Options of <see cref="PathFinding.ShortestPaths(Graphs.CsrGraph, int, ShortestPathOptions?, CancellationToken)"/>.</summary>
public sealed record ShortestPathOptions
{
    /// <summary>The default options: out-arcs, weights used when the graph has them, no cutoff.</summary>
    public static ShortestPathOptions Default { get; } = new();

    /// <summary>Which arcs to follow. Default <see cref="TraversalDirection.Out"/>.</summary>
    public TraversalDirection Direction { get; init; } = TraversalDirection.Out;

    /// <summary>
    /// Whether to read arc costs (<see cref="Graphs.CsrGraph.GetArcCosts"/>: <c>1/w</c> for strengths, <c>w</c> for
    /// distances) and run Dijkstra, or to count hops with BFS. Null (the default) uses costs exactly when the graph
    /// <see cref="Graphs.CsrGraph.IsWeighted"/>.
    /// </summary>
    public bool? UseWeights { get; init; }

    /// <summary>
    /// Only paths of length at most this are reported (NetworkX's <c>cutoff</c>). Default +∞ (no cutoff).
    /// </summary>
    public double Cutoff { get; init; } = double.PositiveInfinity;

    /// <summary>Checks the options.</summary>
    /// <exception cref="ArgumentException">The direction is unknown or the cutoff is negative or NaN.</exception>
    public void Validate()
    {
        if (!Enum.IsDefined(Direction))
        {
            throw new ArgumentException($"Unknown traversal direction {(int)Direction}.", nameof(Direction));
        }

        if (double.IsNaN(Cutoff) || Cutoff < 0)
        {
            throw new ArgumentException($"Cutoff must be >= 0 (or +∞ for none), not {Cutoff}.", nameof(Cutoff));
        }
    }
}
