using Stakeholders.Network.Algorithms.Paths;
using Stakeholders.Network.Graphs;
using Stakeholders.Network.Model;

namespace Stakeholders.Network.Analysis;

/// <summary>A stakeholder id that is not in the network, or not in the analysed graph after filtering.</summary>
public sealed class StakeholderNotFoundException : KeyNotFoundException
{
    /// <summary>Creates the exception for an id, with a one-line reason.</summary>
    public StakeholderNotFoundException(string id, string message)
        : base(message) => StakeholderId = id;

    /// <summary>Creates the exception.</summary>
    public StakeholderNotFoundException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public StakeholderNotFoundException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public StakeholderNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The id asked for.</summary>
    public string StakeholderId { get; } = string.Empty;

    /// <summary>The vertex of <paramref name="id"/> in the projection, or throws naming the id and why it is missing.</summary>
    public static int VertexOrThrow(NetworkProjection projection, string id)
    {
        ArgumentNullException.ThrowIfNull(projection);
        var v = projection.VertexOf(id);
        if (v >= 0)
        {
            return v;
        }

        throw new StakeholderNotFoundException(
            id,
            projection.Network.Contains(id)
                ? $"stakeholder '{id}' is not in the analysed graph (the tie, kind or date filters leave it out)"
                : $"no stakeholder has the id '{id}'");
    }
}

/// <summary>One tie behind a step of a connection, with its evidence.</summary>
/// <param name="TieId">The tie's id.</param>
/// <param name="Type">The tie type, e.g. <c>SPOKE_AT</c>.</param>
/// <param name="SourceId">The tie's source stakeholder.</param>
/// <param name="TargetId">The tie's target stakeholder.</param>
/// <param name="Role">The role or title held, if any.</param>
/// <param name="Period">The validity period as text (<c>start/end</c>, <c>..</c> for open), or null when undated.</param>
/// <param name="Confidence">The tie's confidence.</param>
/// <param name="Evidence">The quotes supporting it.</param>
public sealed record TieExplanation(
    string TieId, string Type, string SourceId, string TargetId, string? Role, string? Period, double Confidence, IReadOnlyList<Evidence> Evidence);

/// <summary>One step of a path: from one stakeholder to the next, and the ties that join them.</summary>
/// <param name="FromId">The stakeholder the step leaves.</param>
/// <param name="FromName">Its display name.</param>
/// <param name="ToId">The stakeholder the step reaches.</param>
/// <param name="ToName">Its display name.</param>
/// <param name="Ties">The ties joining them (in either direction unless the analysis is directed), in network order.</param>
public sealed record ConnectionStep(string FromId, string FromName, string ToId, string ToName, IReadOnlyList<TieExplanation> Ties);

/// <summary>How two stakeholders are connected: their shortest paths, each step with the ties and evidence behind it.</summary>
/// <param name="SourceId">Where the paths start.</param>
/// <param name="TargetId">Where they end.</param>
/// <param name="Directed">Whether ties were followed only along their direction.</param>
/// <param name="Length">The length of each path (hops, or the sum of costs when weighted); +∞ when not connected.</param>
/// <param name="TotalPaths">How many shortest paths exist.</param>
/// <param name="Paths">The listed paths (at most the maximum asked for), each a list of steps.</param>
public sealed record ConnectionExplanation(
    string SourceId, string TargetId, bool Directed, double Length, long TotalPaths, IReadOnlyList<IReadOnlyList<ConnectionStep>> Paths)
{
    /// <summary>Whether the two are connected at all.</summary>
    public bool IsConnected => !double.IsPositiveInfinity(Length);

    /// <summary>Whether more shortest paths exist than are listed.</summary>
    public bool IsTruncated => TotalPaths > Paths.Count;
}

/// <summary>"How is A connected to B": the shortest paths between two stakeholders, each step explained by its ties and quotes.</summary>
public static class ConnectionExplainer
{
    /// <summary>Explains the connection between two stakeholders of a projected network.</summary>
    /// <remarks>
    /// Paths are those of <see cref="PathFinding.AllShortestPaths"/> on <see cref="NetworkProjection.Graph"/> (hop counts on an
    /// unweighted projection, Dijkstra over costs on a weighted one). On a directed projection a step u→v follows the
    /// ties u→v only (or, with <see cref="TraversalDirection.Both"/>, those of either direction, whose source and target
    /// show which way they run). The ties of a step come from <see cref="NetworkProjection.TiesBetween(int, int)"/>.
    /// </remarks>
    /// <exception cref="StakeholderNotFoundException">An id is not in the network or not in the projected graph.</exception>
    /// <exception cref="ArgumentException">The options are not valid.</exception>
    public static ConnectionExplanation Explain(
        NetworkProjection projection, string sourceId, string targetId, AllShortestPathsOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(projection);
        var s = StakeholderNotFoundException.VertexOrThrow(projection, sourceId);
        var t = StakeholderNotFoundException.VertexOrThrow(projection, targetId);
        options ??= AllShortestPathsOptions.Default;
        var result = PathFinding.AllShortestPaths(projection.Graph, s, t, options, cancellationToken);
        var bothWays = projection.Graph.IsDirected && options.Direction != TraversalDirection.Out;
        var paths = new List<IReadOnlyList<ConnectionStep>>(result.Paths.Count);
        foreach (var path in result.Paths)
        {
            var steps = new ConnectionStep[path.Length - 1];
            for (var i = 0; i + 1 < path.Length; i++)
            {
                int u = path[i], v = path[i + 1];
                var tieIndices = new SortedSet<int>();
                foreach (var k in projection.TieIndicesBetween(u, v))
                {
                    tieIndices.Add(k);
                }

                if (bothWays)
                {
                    foreach (var k in projection.TieIndicesBetween(v, u))
                    {
                        tieIndices.Add(k);
                    }
                }

                var from = projection.StakeholderOf(u);
                var to = projection.StakeholderOf(v);
                steps[i] = new ConnectionStep(from.Id, from.Name, to.Id, to.Name, tieIndices.Select(k => Describe(projection.Network.Ties[k])).ToArray());
            }

            paths.Add(steps);
        }

        return new ConnectionExplanation(sourceId, targetId, projection.Graph.IsDirected, result.Length, result.TotalCount, paths);
    }

    /// <summary>Projects the network (unweighted and undirected when <paramref name="projectionOptions"/> is null) and explains the connection.</summary>
    /// <inheritdoc cref="Explain(NetworkProjection, string, string, AllShortestPathsOptions?, CancellationToken)"/>
    public static ConnectionExplanation Explain(
        StakeholderNetwork network, string sourceId, string targetId, ProjectionOptions? projectionOptions = null,
        AllShortestPathsOptions? options = null, CancellationToken cancellationToken = default) =>
        Explain(NetworkProjection.Project(network, projectionOptions ?? new ProjectionOptions { WeightSource = WeightSource.None }), sourceId, targetId, options, cancellationToken);

    /// <summary>A tie as shown in an explanation.</summary>
    public static TieExplanation Describe(Tie tie)
    {
        ArgumentNullException.ThrowIfNull(tie);
        return new TieExplanation(tie.Id, tie.Type.Name, tie.Source, tie.Target, tie.Role, tie.Period?.ToString(), tie.Confidence, tie.Evidence);
    }
}
