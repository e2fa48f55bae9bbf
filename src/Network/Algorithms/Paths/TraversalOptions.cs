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

/// <summary>Options of <see cref="PathFinding.Bfs(Graphs.CsrGraph, int, BfsOptions?)"/>.</summary>
public sealed record BfsOptions : AlgorithmOptions
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
    public override void Validate()
    {
        base.Validate();
        if (!Enum.IsDefined(Direction))
        {
            throw new InvalidOptionException(nameof(Direction), $"Unknown traversal direction {(int)Direction}.");
        }

        if (MaxDepth is < 0)
        {
            throw new InvalidOptionException(nameof(MaxDepth), $"MaxDepth must be null or >= 0, not {MaxDepth}.");
        }
    }
}

/// <summary>Options of <see cref="PathFinding.ShortestPaths(Graphs.CsrGraph, int, ShortestPathOptions?)"/>.</summary>
public sealed record ShortestPathOptions : AlgorithmOptions
{
    /// <summary>The default options: out-arcs, weights used when the graph has them, no cutoff.</summary>
    public static ShortestPathOptions Default { get; } = new();

    /// <summary>Which arcs to follow. Default <see cref="TraversalDirection.Out"/>.</summary>
    public TraversalDirection Direction { get; init; } = TraversalDirection.Out;

    /// <summary>
    /// Only paths of length at most this are reported (NetworkX's <c>cutoff</c>). Default +∞ (no cutoff).
    /// </summary>
    public double Cutoff { get; init; } = double.PositiveInfinity;

    /// <summary>Checks the options.</summary>
    /// <exception cref="ArgumentException">The direction is unknown or the cutoff is negative or NaN.</exception>
    public override void Validate()
    {
        base.Validate();
        if (!Enum.IsDefined(Direction))
        {
            throw new InvalidOptionException(nameof(Direction), $"Unknown traversal direction {(int)Direction}.");
        }

        if (double.IsNaN(Cutoff) || Cutoff < 0)
        {
            throw new InvalidOptionException(nameof(Cutoff), $"Cutoff must be >= 0 (or +∞ for none), not {Cutoff}.");
        }
    }
}

/// <summary>
/// Options of <see cref="PathFinding.ConnectedComponents"/>, <see cref="PathFinding.WeaklyConnectedComponents"/> and
/// <see cref="PathFinding.StronglyConnectedComponents"/>: only the shared settings (cancellation) apply.
/// </summary>
public sealed record ComponentsOptions : AlgorithmOptions
{
    /// <summary>The defaults.</summary>
    public static ComponentsOptions Default { get; } = new();
}
