using System.Text.Json;

namespace Stakeholders.Network.Neo4j;

/// <summary>
/// Runs Cypher against one Neo4j database. The HTTP implementations are <see cref="Neo4jHttpCypherRunner"/>; a Bolt
/// implementation can be added behind the same interface without changing its callers.
/// </summary>
/// <remarks>
/// Parameter values are sent as parameters, never spliced into the statement. Supported values: null, string, bool,
/// int, long, double, float, <see cref="DateOnly"/> (sent as <c>yyyy-MM-dd</c>), lists of those, and string-keyed
/// dictionaries of those. Implementations do not retry: wrap whole units of work in <see cref="Neo4jRetryPolicy"/>.
/// </remarks>
public interface ICypherRunner : IAsyncDisposable
{
    /// <summary>What the runner found out about the server when it connected.</summary>
    Neo4jServerInfo Server { get; }

    /// <summary>Runs one statement in its own (auto-committed) transaction.</summary>
    Task<CypherResult> RunAsync(string statement, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken);

    /// <summary>Opens an explicit transaction. Dispose it to roll back when it was neither committed nor rolled back.</summary>
    Task<ICypherTransaction> BeginTransactionAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Whether <see cref="StreamAsync"/> hands rows over while the answer is still arriving, so a result of any size
    /// needs memory for one row only (callers may then ask for a whole result in one statement); false when it reads the
    /// whole result first, as the default implementation does.
    /// </summary>
    bool StreamsRows => false;

    /// <summary>
    /// Runs one statement in its own (auto-committed) transaction, like <see cref="RunAsync"/>, and hands each row to
    /// <paramref name="onRow"/> (values by position, in the order of the statement's <c>RETURN</c>) instead of
    /// collecting them. Rows handed over before an exception belong to a failed statement: discard them. The default
    /// implementation runs <see cref="RunAsync"/> and then hands its rows over.
    /// </summary>
    /// <returns>What the statement changed.</returns>
    async Task<CypherCounters> StreamAsync(
        string statement,
        IReadOnlyDictionary<string, object?>? parameters,
        Action<IReadOnlyList<JsonElement>> onRow,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(onRow);
        var result = await RunAsync(statement, parameters, cancellationToken).ConfigureAwait(false);
        foreach (var row in result.Rows)
        {
            onRow(row);
        }

        return result.Counters;
    }
}

/// <summary>An open explicit transaction.</summary>
/// <remarks>
/// After a statement fails the server has already rolled the transaction back; <see cref="RollbackAsync"/> is then a no-op.
/// </remarks>
public interface ICypherTransaction : IAsyncDisposable
{
    /// <summary>Runs a statement inside the transaction.</summary>
    Task<CypherResult> RunAsync(string statement, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken);

    /// <summary>Commits every statement run so far.</summary>
    Task CommitAsync(CancellationToken cancellationToken);

    /// <summary>Discards every statement run so far.</summary>
    Task RollbackAsync(CancellationToken cancellationToken);
}

/// <summary>The rows of one statement and the changes it made.</summary>
/// <param name="Columns">The column names, in order.</param>
/// <param name="Rows">The rows; each value is the plain JSON the server sent (maps for nodes, relationships and maps).</param>
/// <param name="Counters">What the statement changed.</param>
public sealed record CypherResult(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<JsonElement>> Rows, CypherCounters Counters)
{
    /// <summary>A result without rows or changes.</summary>
    public static CypherResult Empty { get; } = new([], [], CypherCounters.None);

    /// <summary>The position of a column.</summary>
    /// <exception cref="KeyNotFoundException">The result has no such column.</exception>
    public int ColumnIndex(string column)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i] == column)
            {
                return i;
            }
        }

        throw new KeyNotFoundException($"The result has no column '{column}' (columns: {string.Join(", ", Columns)}).");
    }

    /// <summary>The single value of a one-row result, or throws.</summary>
    public JsonElement Single(string column)
    {
        if (Rows.Count != 1)
        {
            throw new Neo4jException($"Expected one row with column '{column}', got {Rows.Count}.");
        }

        return Rows[0][ColumnIndex(column)];
    }
}

/// <summary>What a statement changed, as the server counted it.</summary>
public sealed record CypherCounters(
    long NodesCreated,
    long NodesDeleted,
    long RelationshipsCreated,
    long RelationshipsDeleted,
    long PropertiesSet,
    long LabelsAdded,
    long LabelsRemoved,
    long ConstraintsAdded,
    long IndexesAdded)
{
    /// <summary>No changes.</summary>
    public static CypherCounters None { get; } = new(0, 0, 0, 0, 0, 0, 0, 0, 0);

    /// <summary>Whether anything in the graph changed (properties set to the same value count as changes, as Neo4j counts them).</summary>
    public bool ContainsUpdates => NodesCreated + NodesDeleted + RelationshipsCreated + RelationshipsDeleted + PropertiesSet
        + LabelsAdded + LabelsRemoved + ConstraintsAdded + IndexesAdded > 0;

    /// <summary>Adds two sets of counters.</summary>
    public static CypherCounters operator +(CypherCounters a, CypherCounters b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new(
            a.NodesCreated + b.NodesCreated,
            a.NodesDeleted + b.NodesDeleted,
            a.RelationshipsCreated + b.RelationshipsCreated,
            a.RelationshipsDeleted + b.RelationshipsDeleted,
            a.PropertiesSet + b.PropertiesSet,
            a.LabelsAdded + b.LabelsAdded,
            a.LabelsRemoved + b.LabelsRemoved,
            a.ConstraintsAdded + b.ConstraintsAdded,
            a.IndexesAdded + b.IndexesAdded);
    }

    /// <summary>Adds two sets of counters.</summary>
    public static CypherCounters Add(CypherCounters a, CypherCounters b) => a + b;
}
