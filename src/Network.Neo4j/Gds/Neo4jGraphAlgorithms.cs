using System.Globalization;
using System.Text.Json;

namespace Stakeholders.Network.Neo4j;

/// <summary>How relationships are read when projecting the pushed network into a GDS in-memory graph.</summary>
public enum GdsOrientation
{
    /// <summary>As stored: source → target.</summary>
    Natural,

    /// <summary>Reversed: target → source.</summary>
    Reverse,

    /// <summary>Both ways (the default): ties as undirected edges, as the core's projections do by default.</summary>
    Undirected,
}

/// <summary>Which part of the pushed network to project, and how.</summary>
public sealed record GdsProjection
{
    /// <summary>Only these tie types (relationship types); null for all.</summary>
    public IReadOnlyCollection<string>? TieTypes { get; init; }

    /// <summary>Edge direction; <see cref="GdsOrientation.Undirected"/> by default. Leiden needs it undirected.</summary>
    public GdsOrientation Orientation { get; init; } = GdsOrientation.Undirected;

    /// <summary>Whether algorithms read tie strength as the relationship weight (default false: every tie weighs 1).</summary>
    public bool Weighted { get; init; }

    /// <summary>Checks the members.</summary>
    public void Validate()
    {
        if (!Enum.IsDefined(Orientation))
        {
            throw new ArgumentException($"GdsProjection.Orientation {(int)Orientation} is not defined.", nameof(Orientation));
        }

        if (TieTypes is { Count: 0 } || (TieTypes is not null && TieTypes.Any(t => !CypherNames.IsValidName(t))))
        {
            throw new ArgumentException("GdsProjection.TieTypes must be null or hold valid, non-blank types.", nameof(TieTypes));
        }
    }
}

/// <summary>Per-stakeholder scores computed by GDS.</summary>
/// <param name="Algorithm">The GDS procedure that computed them, such as <c>gds.pageRank.stream</c>.</param>
/// <param name="Scores">Score per stakeholder id.</param>
public sealed record GdsScores(string Algorithm, IReadOnlyDictionary<string, double> Scores);

/// <summary>A partition computed by GDS.</summary>
/// <param name="Algorithm">The GDS procedure, such as <c>gds.louvain.stream</c>.</param>
/// <param name="Membership">Community id per stakeholder id (ids as GDS numbers them, not renumbered).</param>
public sealed record GdsCommunities(string Algorithm, IReadOnlyDictionary<string, long> Membership)
{
    /// <summary>The number of distinct communities.</summary>
    public int Count => Membership.Values.Distinct().Count();
}

/// <summary>
/// Runs Neo4j Graph Data Science (GDS 2.x) algorithms on the network pushed to the database: projects the
/// <c>Stakeholder</c> nodes and their ties with <c>gds.graph.project</c>, streams the algorithm, maps GDS node ids back to
/// stakeholder ids with <c>gds.util.asNode(nodeId).id</c>, and drops the projection in a finally block.
/// </summary>
/// <remarks>
/// Availability is detected by looking for the procedure <c>gds.graph.project</c> (<c>SHOW PROCEDURES</c> on Neo4j 5,
/// <c>CALL dbms.procedures()</c> before); without it every method throws <see cref="Neo4jFeatureNotAvailableException"/>.
/// GDS defaults apply unless an argument says otherwise; results are GDS's, not the core library's (which follow NetworkX).
/// </remarks>
public sealed class Neo4jGraphAlgorithms
{
    private readonly ICypherRunner _runner;
    private readonly Neo4jRetryPolicy _retry;
    private string? _version;

    /// <summary>Creates the algorithms facade over a runner.</summary>
    public Neo4jGraphAlgorithms(ICypherRunner runner, Neo4jRetryPolicy retry)
    {
        ArgumentNullException.ThrowIfNull(runner);
        ArgumentNullException.ThrowIfNull(retry);
        _runner = runner;
        _retry = retry;
    }

    /// <summary>Creates the facade over a store's runner and retry policy.</summary>
    public Neo4jGraphAlgorithms(Neo4jNetworkStore store)
        : this((store ?? throw new ArgumentNullException(nameof(store))).Runner, store.Retry)
    {
    }

    /// <summary>The GDS version, or null when GDS 2.x is not installed.</summary>
    public async Task<string?> GetVersionAsync(CancellationToken cancellationToken = default)
    {
        if (_version is not null)
        {
            return _version;
        }

        var count = await _retry.ExecuteAsync(
            ct => _runner.RunAsync(
                CypherSyntax.CountProcedures(_runner.Server.Dialect),
                new Dictionary<string, object?> { ["procedure"] = "gds.graph.project" },
                ct),
            cancellationToken).ConfigureAwait(false);
        if (count.Single("n").GetInt64() == 0)
        {
            return null;
        }

        var version = await _retry.ExecuteAsync(ct => _runner.RunAsync("RETURN gds.version() AS version", null, ct), cancellationToken).ConfigureAwait(false);
        _version = version.Single("version").GetString() ?? "unknown";
        return _version;
    }

    /// <summary>Whether GDS 2.x is installed.</summary>
    public async Task<bool> IsAvailableAsync(CancellationToken cancellationToken = default) =>
        await GetVersionAsync(cancellationToken).ConfigureAwait(false) is not null;

    /// <summary>PageRank (<c>gds.pageRank.stream</c>).</summary>
    /// <param name="projection">What to project; null for all ties, undirected, unweighted.</param>
    /// <param name="dampingFactor">The damping factor, in [0, 1); GDS default 0.85.</param>
    /// <param name="maxIterations">At most this many iterations; GDS default 20.</param>
    /// <param name="tolerance">Convergence tolerance; GDS default 1e-7.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<GdsScores> PageRankAsync(GdsProjection? projection = null, double dampingFactor = 0.85, int maxIterations = 20, double tolerance = 1e-7, CancellationToken cancellationToken = default)
    {
        if (!(dampingFactor is >= 0 and < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(dampingFactor), dampingFactor, "The damping factor must be in [0, 1).");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(maxIterations, 1);
        if (!(tolerance >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "The tolerance must be >= 0.");
        }

        return ScoresAsync(
            "gds.pageRank.stream",
            projection,
            new Dictionary<string, object?> { ["dampingFactor"] = dampingFactor, ["maxIterations"] = maxIterations, ["tolerance"] = tolerance },
            cancellationToken);
    }

    /// <summary>Betweenness centrality (<c>gds.betweenness.stream</c>), exact and unnormalised as GDS computes it.</summary>
    public Task<GdsScores> BetweennessAsync(GdsProjection? projection = null, CancellationToken cancellationToken = default) =>
        ScoresAsync("gds.betweenness.stream", projection, new Dictionary<string, object?>(), cancellationToken);

    /// <summary>Louvain communities (<c>gds.louvain.stream</c>).</summary>
    /// <param name="projection">What to project.</param>
    /// <param name="maxLevels">At most this many levels; GDS default 10.</param>
    /// <param name="maxIterations">Iterations per level; GDS default 10.</param>
    /// <param name="tolerance">Minimum modularity change per iteration; GDS default 1e-4.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<GdsCommunities> LouvainAsync(GdsProjection? projection = null, int maxLevels = 10, int maxIterations = 10, double tolerance = 1e-4, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLevels, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxIterations, 1);
        return CommunitiesAsync(
            "gds.louvain.stream",
            projection,
            new Dictionary<string, object?> { ["maxLevels"] = maxLevels, ["maxIterations"] = maxIterations, ["tolerance"] = tolerance },
            cancellationToken);
    }

    /// <summary>Leiden communities (<c>gds.leiden.stream</c>); needs an undirected projection.</summary>
    /// <param name="projection">What to project (its orientation must be undirected).</param>
    /// <param name="gamma">The resolution; GDS default 1.0.</param>
    /// <param name="randomSeed">A seed for reproducible runs; null lets GDS choose.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<GdsCommunities> LeidenAsync(GdsProjection? projection = null, double gamma = 1.0, long? randomSeed = null, CancellationToken cancellationToken = default)
    {
        if ((projection?.Orientation ?? GdsOrientation.Undirected) != GdsOrientation.Undirected)
        {
            throw new ArgumentException("Leiden runs on undirected graphs only; use GdsOrientation.Undirected.", nameof(projection));
        }

        if (!(gamma > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(gamma), gamma, "The resolution must be positive.");
        }

        var config = new Dictionary<string, object?> { ["gamma"] = gamma };
        if (randomSeed is { } seed)
        {
            config["randomSeed"] = seed;
        }

        return CommunitiesAsync("gds.leiden.stream", projection, config, cancellationToken);
    }

    private async Task<GdsScores> ScoresAsync(string procedure, GdsProjection? projection, Dictionary<string, object?> config, CancellationToken cancellationToken)
    {
        var rows = await StreamAsync(procedure, "score", projection, config, cancellationToken).ConfigureAwait(false);
        return new GdsScores(procedure, rows.ToDictionary(r => r.Id, r => r.Value.GetDouble(), StringComparer.Ordinal));
    }

    private async Task<GdsCommunities> CommunitiesAsync(string procedure, GdsProjection? projection, Dictionary<string, object?> config, CancellationToken cancellationToken)
    {
        var rows = await StreamAsync(procedure, "communityId", projection, config, cancellationToken).ConfigureAwait(false);
        return new GdsCommunities(procedure, rows.ToDictionary(r => r.Id, r => r.Value.GetInt64(), StringComparer.Ordinal));
    }

    private async Task<List<(string Id, JsonElement Value)>> StreamAsync(
        string procedure,
        string column,
        GdsProjection? projection,
        Dictionary<string, object?> config,
        CancellationToken cancellationToken)
    {
        projection ??= new GdsProjection();
        projection.Validate();
        if (await GetVersionAsync(cancellationToken).ConfigureAwait(false) is null)
        {
            throw new Neo4jFeatureNotAvailableException(
                $"The Neo4j server ({_runner.Server.Version}) does not have the Graph Data Science library 2.x (no procedure gds.graph.project), which {procedure} needs. "
                + "Install the GDS plugin, use AuraDS, or run the algorithm locally with the core library.");
        }

        var graphName = "stakeholders-" + Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture);
        if (projection.Weighted)
        {
            config["relationshipWeightProperty"] = "strength";
        }

        await _retry.ExecuteAsync(
            ct => _runner.RunAsync(
                "CALL gds.graph.project($graph, $nodes, $relationships) YIELD graphName RETURN graphName",
                new Dictionary<string, object?>
                {
                    ["graph"] = graphName,
                    ["nodes"] = Neo4jGraphModel.StakeholderLabel,
                    ["relationships"] = RelationshipProjection(projection),
                },
                ct),
            cancellationToken).ConfigureAwait(false);
        try
        {
            var result = await _retry.ExecuteAsync(
                ct => _runner.RunAsync(
                    $"CALL {procedure}($graph, $config) YIELD nodeId, {column} RETURN gds.util.asNode(nodeId).id AS id, {column} AS value",
                    new Dictionary<string, object?> { ["graph"] = graphName, ["config"] = config },
                    ct),
                cancellationToken).ConfigureAwait(false);
            return result.Rows.Select(r => (r[0].GetString() ?? string.Empty, r[1])).ToList();
        }
        finally
        {
            try
            {
                using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
                await _runner.RunAsync(
                    "CALL gds.graph.drop($graph, false) YIELD graphName RETURN graphName",
                    new Dictionary<string, object?> { ["graph"] = graphName },
                    cts.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is Neo4jException or OperationCanceledException)
            {
                // The projection lives in server memory until dropped; a failure here must not hide the algorithm's result or error.
            }
        }
    }

    /// <summary>The relationship projection map: one entry per tie type (or one <c>*</c> entry), with orientation and the strength property.</summary>
    internal static Dictionary<string, object?> RelationshipProjection(GdsProjection projection)
    {
        var orientation = projection.Orientation switch
        {
            GdsOrientation.Natural => "NATURAL",
            GdsOrientation.Reverse => "REVERSE",
            _ => "UNDIRECTED",
        };

        Dictionary<string, object?> Entry(string type)
        {
            var entry = new Dictionary<string, object?> { ["type"] = type, ["orientation"] = orientation };
            if (projection.Weighted)
            {
                entry["properties"] = new Dictionary<string, object?>
                {
                    ["strength"] = new Dictionary<string, object?> { ["property"] = "strength", ["defaultValue"] = 1.0 },
                };
            }

            return entry;
        }

        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (projection.TieTypes is null)
        {
            map["ALL"] = Entry("*");
        }
        else
        {
            var i = 0;
            foreach (var type in projection.TieTypes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                map[string.Create(CultureInfo.InvariantCulture, $"T{i++}")] = Entry(type);
            }
        }

        return map;
    }
}
