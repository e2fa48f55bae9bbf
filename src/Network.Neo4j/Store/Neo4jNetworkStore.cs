using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Stakeholders.Network.Model;

namespace Stakeholders.Network.Neo4j;

/// <summary>
/// Pushes stakeholder networks to Neo4j and pulls them back. The public door of the adapter (the CLI's
/// <c>stakeholders neo4j push|pull</c> uses it).
/// </summary>
/// <remarks>
/// <para>Push: uniqueness constraints first, then the network's title and documents, stakeholders, and ties, each in
/// batches of <c>UNWIND $rows</c> with <c>MERGE</c> on the stable id, so pushing the same network twice creates nothing; a row equal to what the database holds is not rewritten.
/// <see cref="PushMode.Atomic"/> runs everything in one transaction; <see cref="PushMode.Batched"/> commits each batch
/// and can resume.</para>
/// <para>Pull: over a runner that streams rows (the HTTP transactional endpoint), one statement each for documents,
/// stakeholders and ties, read row by row as the answer arrives, so no answer is ever held whole. Otherwise, or with a
/// <see cref="PullFilter.PageSize"/>, keyset pagination (<c>WHERE n.id &gt; $after ... ORDER BY n.id LIMIT $page</c>) for
/// nodes; ties by windows of source stakeholders whose out-degrees add up to at most a page, and a keyset on the tie id
/// for a stakeholder with more ties than a page; never one giant result.
/// Statements and pages are separate reads, so a pull that runs while someone writes may see a mix; pull from a quiet database.</para>
/// <para>The data model is described in docs/neo4j.md and <see cref="Neo4jGraphModel"/>.</para>
/// </remarks>
public sealed class Neo4jNetworkStore : IAsyncDisposable
{
    private readonly bool _ownsRunner;
    private readonly Neo4jOptions _options;

    /// <summary>Creates a store over an existing runner (not disposed by the store).</summary>
    /// <param name="runner">How to run Cypher.</param>
    /// <param name="options">Batch size and retry settings.</param>
    public Neo4jNetworkStore(ICypherRunner runner, Neo4jOptions options)
        : this(runner, options, ownsRunner: false)
    {
    }

    private Neo4jNetworkStore(ICypherRunner runner, Neo4jOptions options, bool ownsRunner)
    {
        ArgumentNullException.ThrowIfNull(runner);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Runner = runner;
        _options = options;
        _ownsRunner = ownsRunner;
        Retry = new Neo4jRetryPolicy(options);
    }

    /// <summary>Connects over HTTP (see <see cref="Neo4jHttpCypherRunner.ConnectAsync(Neo4jOptions, CancellationToken)"/>) and returns a store that owns the connection.</summary>
    public static Task<Neo4jNetworkStore> ConnectAsync(Neo4jOptions options, CancellationToken cancellationToken = default) =>
        ConnectAsync(options, handler: null, cancellationToken);

    /// <summary>Connects through a given HTTP message handler (not disposed by the store).</summary>
    public static async Task<Neo4jNetworkStore> ConnectAsync(Neo4jOptions options, HttpMessageHandler? handler, CancellationToken cancellationToken = default)
    {
        var runner = await Neo4jHttpCypherRunner.ConnectAsync(options, handler, cancellationToken).ConfigureAwait(false);
        return new Neo4jNetworkStore(runner, options, ownsRunner: true);
    }

    /// <summary>The runner the store uses.</summary>
    public ICypherRunner Runner { get; }

    /// <summary>The server.</summary>
    public Neo4jServerInfo Server => Runner.Server;

    /// <summary>The retry policy every unit of work goes through.</summary>
    internal Neo4jRetryPolicy Retry { get; }

    /// <summary>Creates the uniqueness constraints on the ids of stakeholders, documents and the network info node, if missing.</summary>
    public async Task EnsureConstraintsAsync(CancellationToken cancellationToken = default)
    {
        var dialect = Server.Dialect;
        foreach (var (name, label) in new[]
                 {
                     ("stakeholder_id_unique", Neo4jGraphModel.StakeholderLabel),
                     ("source_document_id_unique", Neo4jGraphModel.DocumentLabel),
                     ("stakeholder_network_info_id_unique", Neo4jGraphModel.NetworkInfoLabel),
                 })
        {
            var statement = CypherSyntax.UniqueConstraint(dialect, name, label, "id");
            try
            {
                await Retry.ExecuteAsync(ct => Runner.RunAsync(statement, null, ct), cancellationToken).ConfigureAwait(false);
            }
            catch (Neo4jQueryException e) when (e.Code is "Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists"
                                                    or "Neo.ClientError.Schema.ConstraintAlreadyExists")
            {
                // Servers without IF NOT EXISTS report an existing constraint as an error; it is what we want.
            }
        }
    }

    /// <summary>Pushes a network: creates or updates its documents, stakeholders and ties, keyed by id.</summary>
    /// <param name="network">The network.</param>
    /// <param name="options">How; null for an atomic push with <see cref="Neo4jOptions.BatchSize"/>.</param>
    /// <param name="progress">Receives progress after every batch.</param>
    /// <param name="cancellationToken">Cancels the push (an atomic push is then rolled back).</param>
    /// <returns>What was written.</returns>
    /// <exception cref="ArgumentException">The options are invalid, or the resume token belongs to another network.</exception>
    /// <exception cref="Neo4jPushInterruptedException">A batched push failed after committing some batches; it carries the resume token.</exception>
    /// <exception cref="Neo4jException">The push failed (an atomic push then wrote nothing).</exception>
    public async Task<PushResult> PushAsync(
        StakeholderNetwork network,
        PushOptions? options = null,
        IProgress<PushProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(network);
        options ??= new PushOptions();
        options.Validate();
        var watch = Stopwatch.StartNew();
        var plan = new PushPlan(network, options.BatchSize ?? _options.BatchSize);
        var skip = 0L;
        if (options.ResumeFrom is { } token)
        {
            if (token.NetworkFingerprint != plan.Fingerprint)
            {
                throw new ArgumentException(
                    $"The resume token belongs to another network (fingerprint {token.NetworkFingerprint}, this network {plan.Fingerprint}).",
                    nameof(options));
            }

            skip = Math.Clamp(token.CompletedItems, 0, plan.TotalItems);
        }

        if (options.EnsureConstraints)
        {
            progress?.Report(new PushProgress(PushPhase.Schema, skip, plan.TotalItems, skip > 0, skip > 0 ? new PushResumeToken(plan.Fingerprint, skip) : null));
            await EnsureConstraintsAsync(cancellationToken).ConfigureAwait(false);
        }

        var counters = CypherCounters.None;
        var batches = 0;
        if (options.Mode == PushMode.Atomic)
        {
            counters = await Retry.ExecuteAsync(
                async ct =>
                {
                    var sum = CypherCounters.None;
                    var tx = await Runner.BeginTransactionAsync(ct).ConfigureAwait(false);
                    await using (tx.ConfigureAwait(false))
                    {
                        try
                        {
                            sum += await WriteInfoAsync(tx, network, ct).ConfigureAwait(false);
                            foreach (var batch in plan.Batches())
                            {
                                sum += await WriteBatchAsync(tx, batch, ct).ConfigureAwait(false);
                                progress?.Report(new PushProgress(batch.Phase, batch.End, plan.TotalItems, false, null));
                            }

                            await tx.CommitAsync(ct).ConfigureAwait(false);
                        }
                        catch
                        {
                            await RollbackQuietlyAsync(tx).ConfigureAwait(false);
                            throw;
                        }
                    }

                    return sum;
                },
                cancellationToken).ConfigureAwait(false);
            batches = plan.Batches().Count();
        }
        else
        {
            var committed = skip;
            try
            {
                counters += await InTransactionAsync(tx => WriteInfoAsync(tx, network, cancellationToken), cancellationToken).ConfigureAwait(false);
                foreach (var batch in plan.Batches())
                {
                    if (batch.End <= skip)
                    {
                        continue;
                    }

                    counters += await InTransactionAsync(tx => WriteBatchAsync(tx, batch, cancellationToken), cancellationToken).ConfigureAwait(false);
                    committed = batch.End;
                    batches++;
                    progress?.Report(new PushProgress(batch.Phase, committed, plan.TotalItems, true, new PushResumeToken(plan.Fingerprint, committed)));
                }
            }
            catch (Neo4jException e) when (committed > skip)
            {
                throw new Neo4jPushInterruptedException(new PushResumeToken(plan.Fingerprint, committed), e);
            }
        }

        var final = new PushResumeToken(plan.Fingerprint, plan.TotalItems);
        progress?.Report(new PushProgress(PushPhase.Completed, plan.TotalItems, plan.TotalItems, true, options.Mode == PushMode.Batched ? final : null));
        return new PushResult(
            network.Documents.Count,
            network.Stakeholders.Count,
            network.Ties.Count,
            skip,
            batches,
            counters,
            watch.Elapsed,
            final);
    }

    /// <summary>The resume-token fingerprint of a network (see <see cref="PushResumeToken"/>).</summary>
    internal static string Fingerprint(StakeholderNetwork network) => PushPlan.ComputeFingerprint(network);

    private async Task<CypherCounters> InTransactionAsync(Func<ICypherTransaction, Task<CypherCounters>> work, CancellationToken cancellationToken) =>
        await Retry.ExecuteAsync(
            async ct =>
            {
                var tx = await Runner.BeginTransactionAsync(ct).ConfigureAwait(false);
                await using (tx.ConfigureAwait(false))
                {
                    try
                    {
                        var counters = await work(tx).ConfigureAwait(false);
                        await tx.CommitAsync(ct).ConfigureAwait(false);
                        return counters;
                    }
                    catch
                    {
                        await RollbackQuietlyAsync(tx).ConfigureAwait(false);
                        throw;
                    }
                }
            },
            cancellationToken).ConfigureAwait(false);

    private static async Task RollbackQuietlyAsync(ICypherTransaction tx)
    {
        try
        {
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await tx.RollbackAsync(cts.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is Neo4jException or OperationCanceledException or InvalidOperationException)
        {
            // The original failure matters more; the server drops abandoned transactions by itself.
        }
    }

    private static async Task<CypherCounters> WriteInfoAsync(ICypherTransaction tx, StakeholderNetwork network, CancellationToken ct)
    {
        var statement = $"MERGE (m:{CypherNames.Quote(Neo4jGraphModel.NetworkInfoLabel)} {{id: $id}}) {PushPlan.WhenChanged("properties(m) = $props")}SET m = $props)";
        var result = await tx.RunAsync(
            statement,
            new Dictionary<string, object?> { ["id"] = Neo4jGraphModel.NetworkInfoId, ["props"] = Neo4jGraphModel.NetworkInfoProperties(network) },
            ct).ConfigureAwait(false);
        return result.Counters;
    }

    private static async Task<CypherCounters> WriteBatchAsync(ICypherTransaction tx, PushBatch batch, CancellationToken ct)
    {
        var sum = CypherCounters.None;
        foreach (var (statement, rows) in batch.Statements())
        {
            var result = await tx.RunAsync(statement, new Dictionary<string, object?> { ["rows"] = rows }, ct).ConfigureAwait(false);
            var written = result.Rows.Count == 1 ? result.Single("written").GetInt64() : -1;
            if (written != rows.Count)
            {
                throw new Neo4jException(
                    $"A {batch.Phase} batch wrote {written} of {rows.Count} rows; a tie's endpoint is missing from the database (was a stakeholder deleted during the push?).");
            }

            sum += result.Counters;
        }

        return sum;
    }

    /// <summary>
    /// Pulls a network (or the part a filter selects) back: with a runner that streams (<see cref="ICypherRunner.StreamsRows"/>,
    /// the HTTP transactional endpoint) and no <see cref="PullFilter.PageSize"/>, one streamed statement each for the
    /// documents, the stakeholders and the ties; otherwise page by page.
    /// </summary>
    /// <param name="filter">What to pull; null for everything.</param>
    /// <param name="cancellationToken">Cancels the pull.</param>
    /// <returns>The network, stakeholders ordered by id and ties by id.</returns>
    /// <exception cref="NetworkValidationException">The database holds data the model rejects (listed with node/relationship ids).</exception>
    public async Task<StakeholderNetwork> PullAsync(PullFilter? filter = null, CancellationToken cancellationToken = default)
    {
        filter ??= new PullFilter();
        filter.Validate();
        var builder = new StakeholderNetworkBuilder();

        var info = await Retry.ExecuteAsync(
            ct => Runner.RunAsync(
                $"MATCH (m:{CypherNames.Quote(Neo4jGraphModel.NetworkInfoLabel)} {{id: $id}}) RETURN properties(m) AS props",
                new Dictionary<string, object?> { ["id"] = Neo4jGraphModel.NetworkInfoId },
                ct),
            cancellationToken).ConfigureAwait(false);
        if (info.Rows.Count > 0)
        {
            var props = info.Rows[0][0];
            builder.Title = Neo4jGraphModel.Text(props, "title");
            builder.Description = Neo4jGraphModel.Text(props, "description");
        }

        var labels = filter.Kinds?.Select(Neo4jGraphModel.KindLabel).Distinct().ToArray();
        var nodeWhere = labels is null ? string.Empty : " AND any(l IN labels(n) WHERE l IN $labels)";
        var nodeParameters = new Dictionary<string, object?>();
        if (labels is not null)
        {
            nodeParameters["labels"] = labels;
        }

        var tieWhere = new StringBuilder();
        var tieParameters = new Dictionary<string, object?>();
        if (labels is not null)
        {
            tieWhere.Append(" AND any(l IN labels(a) WHERE l IN $labels) AND any(l IN labels(b) WHERE l IN $labels)");
            tieParameters["labels"] = labels;
        }

        if (filter.TieTypes is not null)
        {
            tieWhere.Append(" AND type(r) IN $types");
            tieParameters["types"] = filter.TieTypes.Distinct(StringComparer.Ordinal).ToArray();
        }

        if (filter.To is { } to)
        {
            tieWhere.Append(" AND (r.validFromEarliest IS NULL OR r.validFromEarliest <= $to)");
            tieParameters["to"] = to;
        }

        if (filter.From is { } from)
        {
            tieWhere.Append(" AND (r.validToLatest IS NULL OR r.validToLatest >= $from)");
            tieParameters["from"] = from;
        }

        if (Runner.StreamsRows && filter.PageSize is null)
        {
            await PullStreamedAsync(builder, nodeWhere, nodeParameters, tieWhere.ToString(), tieParameters, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await PullPagedAsync(builder, filter.PageSize ?? PullFilter.DefaultPageSize, nodeWhere, nodeParameters, tieWhere.ToString(), tieParameters, cancellationToken).ConfigureAwait(false);
        }

        return builder.Build();
    }

    /// <summary>
    /// The streamed pull: one statement each for the documents, the stakeholders and the ties, without <c>ORDER BY</c>
    /// or paging (the server streams the rows as it finds them, the runner reads them as they arrive), run at the same
    /// time (the stakeholders and documents are read while the server is still finding ties); sorted by id here. When
    /// one fails, the others are cancelled and its error is the pull's.
    /// </summary>
    private async Task PullStreamedAsync(
        StakeholderNetworkBuilder builder,
        string nodeWhere,
        Dictionary<string, object?> nodeParameters,
        string tieWhere,
        Dictionary<string, object?> tieParameters,
        CancellationToken cancellationToken)
    {
        using var others = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var stakeholder = CypherNames.Quote(Neo4jGraphModel.StakeholderLabel);

        // The tie's id is read from its properties, not returned as a column of its own: the answer is 10 % smaller.
        var ties = StreamAllAsync(
            $"MATCH (a:{stakeholder})-[r]->(b:{stakeholder}) WHERE true{tieWhere} RETURN a.id AS source, b.id AS target, type(r) AS type, properties(r) AS props",
            tieParameters,
            (row, problem) => Neo4jGraphModel.ReadTie(
                Neo4jGraphModel.Text(row[3], "id") ?? string.Empty,
                Neo4jGraphModel.Text(row, 0),
                Neo4jGraphModel.Text(row, 1),
                Neo4jGraphModel.Text(row, 2),
                row[3],
                problem),
            others);
        var stakeholders = StreamAllAsync(
            $"MATCH (n:{stakeholder}) WHERE true{nodeWhere} RETURN properties(n) AS props",
            nodeParameters,
            (row, problem) => Neo4jGraphModel.ReadStakeholder(row[0], problem),
            others);
        var documents = StreamAllAsync(
            $"MATCH (d:{CypherNames.Quote(Neo4jGraphModel.DocumentLabel)}) RETURN properties(d) AS props",
            null,
            (row, problem) => Neo4jGraphModel.ReadDocument(row[0], problem),
            others);
        try
        {
            await Task.WhenAll(ties, stakeholders, documents).ConfigureAwait(false);
        }
        catch
        {
            // The first failure, not the cancellations it caused in the others.
            var failed = new Task[] { ties, stakeholders, documents }.FirstOrDefault(t => t.IsFaulted && t.Exception!.InnerException is not OperationCanceledException)
                         ?? new Task[] { ties, stakeholders, documents }.First(t => !t.IsCompletedSuccessfully);
            await failed.ConfigureAwait(false);
            throw;
        }

        foreach (var (where, what) in documents.Result.Problems.Concat(stakeholders.Result.Problems).Concat(ties.Result.Problems))
        {
            builder.ReportProblem(where, what);
        }

        var docs = documents.Result.Items;
        docs.Sort((x, y) => string.CompareOrdinal(x.Id, y.Id));
        foreach (var document in docs)
        {
            builder.AddDocument(document);
        }

        var nodes = stakeholders.Result.Items;
        nodes.Sort((x, y) => string.CompareOrdinal(x.Id, y.Id));
        foreach (var s in nodes)
        {
            builder.AddStakeholder(s);
        }

        var relationships = ties.Result.Items;
        relationships.Sort((x, y) => string.CompareOrdinal(x.Id, y.Id));
        foreach (var tie in relationships)
        {
            builder.AddTie(tie);
        }
    }

    /// <summary>
    /// Streams one statement and turns each row into an item as it arrives. A retried attempt starts from nothing, so
    /// the rows of a failed attempt never mix with the next one's. A failure cancels <paramref name="others"/>.
    /// </summary>
    private async Task<(List<T> Items, List<(string Where, string What)> Problems)> StreamAllAsync<T>(
        string statement,
        Dictionary<string, object?>? parameters,
        Func<IReadOnlyList<JsonElement>, Action<string, string>, T?> read,
        CancellationTokenSource others)
        where T : class
    {
        try
        {
            return await Retry.ExecuteAsync(
                async ct =>
                {
                    var items = new List<T>();
                    var problems = new List<(string Where, string What)>();
                    Action<string, string> report = (where, what) => problems.Add((where, what));
                    await Runner.StreamAsync(
                        statement,
                        parameters,
                        row =>
                        {
                            if (read(row, report) is { } item)
                            {
                                items.Add(item);
                            }
                        },
                        ct).ConfigureAwait(false);
                    return (items, problems);
                },
                others.Token).ConfigureAwait(false);
        }
        catch
        {
            await others.CancelAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>The paged pull: keyset pages of documents and stakeholders, then ties by windows of sources (see <see cref="TiePagesAsync"/>).</summary>
    private async Task PullPagedAsync(
        StakeholderNetworkBuilder builder,
        int page,
        string nodeWhere,
        Dictionary<string, object?> nodeParameters,
        string tieWhere,
        Dictionary<string, object?> tieParameters,
        CancellationToken cancellationToken)
    {
        await foreach (var row in PagesAsync(
                           $"MATCH (d:{CypherNames.Quote(Neo4jGraphModel.DocumentLabel)}) WHERE d.id > $after WITH d ORDER BY d.id LIMIT $page RETURN d.id AS id, properties(d) AS props ORDER BY id",
                           new Dictionary<string, object?>(),
                           page,
                           cancellationToken).ConfigureAwait(false))
        {
            builder.AddDocument(Neo4jGraphModel.ReadDocument(row[1], builder));
        }

        var stakeholder = CypherNames.Quote(Neo4jGraphModel.StakeholderLabel);
        var sources = new List<(string Id, long Degree)>();
        await foreach (var row in PagesAsync(
                           $"MATCH (n:{stakeholder}) WHERE n.id > $after{nodeWhere} WITH n ORDER BY n.id LIMIT $page "
                           + "RETURN n.id AS id, properties(n) AS props, size([(n)-->() | 1]) AS degree ORDER BY id",
                           nodeParameters,
                           page,
                           cancellationToken).ConfigureAwait(false))
        {
            sources.Add((row[0].GetString()!, row[2].GetInt64()));
            if (Neo4jGraphModel.ReadStakeholder(row[1], builder) is { } s)
            {
                builder.AddStakeholder(s);
            }
        }

        // Windows come back in no particular order (sorting on the server costs more than here): ties are added by id.
        var tieRows = new List<IReadOnlyList<JsonElement>>();
        await foreach (var row in TiePagesAsync(sources, tieWhere, tieParameters, page, cancellationToken).ConfigureAwait(false))
        {
            tieRows.Add(row);
        }

        tieRows.Sort((x, y) => string.CompareOrdinal(x[0].GetString(), y[0].GetString()));
        foreach (var row in tieRows)
        {
            var tie = Neo4jGraphModel.ReadTie(row[0].GetString()!, row[1].GetString() ?? string.Empty, row[2].GetString() ?? string.Empty, row[3].GetString()!, row[4], builder);
            if (tie is not null)
            {
                builder.AddTie(tie);
            }
        }
    }

    /// <summary>
    /// Runs a keyset-paginated query: <paramref name="statement"/> filters on <c>id &gt; $after</c>, keeps the first
    /// <c>$page</c> rows in id order, and returns the id as its first column. Sorting and limiting come before the
    /// projection (<c>WITH ... ORDER BY ... LIMIT</c>), so only a page's worth of property maps is ever built.
    /// </summary>
    private async IAsyncEnumerable<IReadOnlyList<JsonElement>> PagesAsync(
        string statement,
        Dictionary<string, object?> parameters,
        int page,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var after = string.Empty;
        while (true)
        {
            var p = new Dictionary<string, object?>(parameters) { ["after"] = after, ["page"] = page };
            var result = await Retry.ExecuteAsync(ct => Runner.RunAsync(statement, p, ct), cancellationToken).ConfigureAwait(false);
            foreach (var row in result.Rows)
            {
                yield return row;
            }

            if (result.Rows.Count < page)
            {
                yield break;
            }

            after = result.Rows[^1][0].GetString() ?? throw new Neo4jException("A page ended with a row without an id.");
        }
    }

    /// <summary>
    /// Reads the ties leaving the given stakeholders in windows of at most <paramref name="page"/> ties, using the
    /// out-degree each stakeholder had when its page was read: consecutive stakeholders are grouped while their degrees
    /// add up to a page (stakeholders without outgoing relationships are skipped), and each group is one request,
    /// <c>UNWIND $ids AS sid MATCH (a:Stakeholder {id: sid})-[r]-&gt;(b:Stakeholder)</c> without sorting, each source found through the unique
    /// index on <c>Stakeholder.id</c>. A stakeholder with more ties than a page is read alone with a keyset on the tie id
    /// (<c>r.id &gt; $afterTie ... ORDER BY r.id LIMIT $page</c>). A global order on the tie id would need a scan of every
    /// relationship per page (Neo4j 3 and 4 have no relationship property indexes), which makes pulling quadratic.
    /// </summary>
    private async IAsyncEnumerable<IReadOnlyList<JsonElement>> TiePagesAsync(
        List<(string Id, long Degree)> sources,
        string tieWhere,
        Dictionary<string, object?> parameters,
        int page,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var stakeholder = CypherNames.Quote(Neo4jGraphModel.StakeholderLabel);
        var match = $"UNWIND $ids AS sid MATCH (a:{stakeholder} {{id: sid}})-[r]->(b:{stakeholder}) ";
        var returned = "RETURN r.id AS id, a.id AS source, b.id AS target, type(r) AS type, properties(r) AS props";
        var window = $"{match}WHERE true{tieWhere} {returned}";
        var hub = $"{match}WHERE r.id > $afterTie{tieWhere} WITH a, r, b ORDER BY r.id LIMIT $page {returned} ORDER BY id";
        var ids = new List<string>();
        var degrees = 0L;
        foreach (var (id, degree) in sources.Where(s => s.Degree > 0).Append((string.Empty, long.MaxValue)))
        {
            if (ids.Count > 0 && (degree > page || degrees + degree > page))
            {
                var p = new Dictionary<string, object?>(parameters) { ["ids"] = ids.ToArray() };
                var result = await Retry.ExecuteAsync(ct => Runner.RunAsync(window, p, ct), cancellationToken).ConfigureAwait(false);
                foreach (var row in result.Rows)
                {
                    yield return row;
                }

                ids.Clear();
                degrees = 0;
            }

            if (degree == long.MaxValue)
            {
                break;
            }

            if (degree <= page)
            {
                ids.Add(id);
                degrees += degree;
                continue;
            }

            var afterTie = string.Empty;
            while (true)
            {
                var p = new Dictionary<string, object?>(parameters) { ["ids"] = new[] { id }, ["afterTie"] = afterTie, ["page"] = page };
                var result = await Retry.ExecuteAsync(ct => Runner.RunAsync(hub, p, ct), cancellationToken).ConfigureAwait(false);
                foreach (var row in result.Rows)
                {
                    yield return row;
                }

                if (result.Rows.Count < page)
                {
                    break;
                }

                afterTie = result.Rows[^1][0].GetString() ?? throw new Neo4jException("A tie page ended with a row without an id.");
            }
        }
    }

    /// <summary>Counts what the database holds.</summary>
    public async Task<NetworkCounts> CountsAsync(CancellationToken cancellationToken = default)
    {
        var stakeholder = CypherNames.Quote(Neo4jGraphModel.StakeholderLabel);
        var byKind = await Retry.ExecuteAsync(
            ct => Runner.RunAsync($"MATCH (n:{stakeholder}) RETURN n.kind AS kind, count(*) AS n", null, ct), cancellationToken).ConfigureAwait(false);
        var byType = await Retry.ExecuteAsync(
            ct => Runner.RunAsync($"MATCH (:{stakeholder})-[r]->(:{stakeholder}) RETURN type(r) AS type, count(*) AS n", null, ct), cancellationToken).ConfigureAwait(false);
        var documents = await Retry.ExecuteAsync(
            ct => Runner.RunAsync($"MATCH (d:{CypherNames.Quote(Neo4jGraphModel.DocumentLabel)}) RETURN count(d) AS n", null, ct), cancellationToken).ConfigureAwait(false);

        static Dictionary<string, long> ToMap(CypherResult r) => r.Rows.ToDictionary(
            row => row[0].ValueKind == JsonValueKind.String ? row[0].GetString()! : "(none)",
            row => row[1].GetInt64(),
            StringComparer.Ordinal);

        var kinds = ToMap(byKind);
        var types = ToMap(byType);
        return new NetworkCounts(kinds.Values.Sum(), types.Values.Sum(), documents.Single("n").GetInt64(), kinds, types);
    }

    /// <summary>Deletes every stakeholder, tie, source document and the network info node, in batches (other data stays).</summary>
    /// <returns>The number of nodes deleted.</returns>
    public async Task<long> DeleteNetworkAsync(CancellationToken cancellationToken = default)
    {
        var deleted = 0L;
        foreach (var label in new[] { Neo4jGraphModel.StakeholderLabel, Neo4jGraphModel.DocumentLabel, Neo4jGraphModel.NetworkInfoLabel })
        {
            var statement = $"MATCH (n:{CypherNames.Quote(label)}) WITH n LIMIT $page DETACH DELETE n RETURN count(*) AS n";
            while (true)
            {
                var result = await Retry.ExecuteAsync(
                    ct => Runner.RunAsync(statement, new Dictionary<string, object?> { ["page"] = _options.BatchSize }, ct),
                    cancellationToken).ConfigureAwait(false);
                var n = result.Single("n").GetInt64();
                deleted += n;
                if (n == 0)
                {
                    break;
                }
            }
        }

        return deleted;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_ownsRunner)
        {
            await Runner.DisposeAsync().ConfigureAwait(false);
        }
    }
}

/// <summary>One batch of a push: a slice of one phase's items, in the push's fixed order.</summary>
internal sealed class PushBatch(PushPhase phase, long start, Func<IEnumerable<(string Statement, IReadOnlyList<IReadOnlyDictionary<string, object?>> Rows)>> statements, int count)
{
    public PushPhase Phase { get; } = phase;

    public long Start { get; } = start;

    public long End => Start + count;

    public IEnumerable<(string Statement, IReadOnlyList<IReadOnlyDictionary<string, object?>> Rows)> Statements() => statements();
}

/// <summary>
/// The fixed order of a push: documents as given, stakeholders grouped by kind (stable), ties grouped by type (stable,
/// ordinal), so each batch needs few statements and a resume token's item count always means the same items.
/// </summary>
internal sealed class PushPlan
{
    private readonly StakeholderNetwork _network;
    private readonly Stakeholder[] _stakeholders;
    private readonly Tie[] _ties;
    private readonly int _batchSize;

    public PushPlan(StakeholderNetwork network, int batchSize)
    {
        _network = network;
        _batchSize = batchSize;
        _stakeholders = network.Stakeholders.Select((s, i) => (s, i)).OrderBy(x => x.s.Kind).ThenBy(x => x.i).Select(x => x.s).ToArray();
        _ties = network.Ties.Select((t, i) => (t, i)).OrderBy(x => x.t.Type.Name, StringComparer.Ordinal).ThenBy(x => x.i).Select(x => x.t).ToArray();
        var checkedTypes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in _ties)
        {
            if (checkedTypes.Add(t.Type.Name))
            {
                CypherNames.Quote(t.Type.Name, $"relationship type of tie '{t.Id}'");
            }
        }

        Fingerprint = ComputeFingerprint(network);
    }

    public string Fingerprint { get; }

    public long TotalItems => _network.Documents.Count + _stakeholders.Length + _ties.Length;

    public static string ComputeFingerprint(StakeholderNetwork network)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var bytes = new byte[256];
        void Add(string tag, string value)
        {
            // The same bytes as hashing UTF-8(tag), UTF-8(value), 0 one after the other, through one reused buffer.
            var length = tag.Length + Encoding.UTF8.GetMaxByteCount(value.Length) + 1;
            if (length > bytes.Length)
            {
                bytes = new byte[Math.Max(length, bytes.Length * 2)];
            }

            var n = Encoding.UTF8.GetBytes(tag, bytes);
            n += Encoding.UTF8.GetBytes(value, bytes.AsSpan(n));
            bytes[n++] = 0;
            hash.AppendData(bytes, 0, n);
        }

        foreach (var d in network.Documents)
        {
            Add("d", d.Id);
        }

        foreach (var s in network.Stakeholders)
        {
            Add("s", s.Id);
            Add("k", s.Kind.ToName());
        }

        foreach (var t in network.Ties)
        {
            Add("t", t.Id);
            Add("y", t.Type.Name);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }

    public IEnumerable<PushBatch> Batches()
    {
        long position = 0;
        var documents = _network.Documents;
        for (var i = 0; i < documents.Count; i += _batchSize)
        {
            var slice = documents.Skip(i).Take(_batchSize).ToArray();
            yield return new PushBatch(PushPhase.Documents, position, () => DocumentStatements(slice), slice.Length);
            position += slice.Length;
        }

        for (var i = 0; i < _stakeholders.Length; i += _batchSize)
        {
            var slice = new ArraySegment<Stakeholder>(_stakeholders, i, Math.Min(_batchSize, _stakeholders.Length - i));
            yield return new PushBatch(PushPhase.Stakeholders, position, () => StakeholderStatements(slice), slice.Count);
            position += slice.Count;
        }

        for (var i = 0; i < _ties.Length; i += _batchSize)
        {
            var slice = new ArraySegment<Tie>(_ties, i, Math.Min(_batchSize, _ties.Length - i));
            yield return new PushBatch(PushPhase.Ties, position, () => TieStatements(slice), slice.Count);
            position += slice.Count;
        }
    }

    /// <summary>
    /// The opening of a <c>FOREACH</c> that runs its updates (the caller appends them and the closing parenthesis) only
    /// for rows where <paramref name="unchanged"/> is not true, so re-pushing an unchanged network writes nothing: no
    /// transaction state, no log records, and a <c>PropertiesSet</c> of zero. Every row still reaches the
    /// <c>RETURN count(...)</c>, which the write check counts. A null comparison (a value Neo4j cannot compare) writes.
    /// </summary>
    internal static string WhenChanged(string unchanged) => $"FOREACH (changed IN CASE WHEN {unchanged} THEN [] ELSE [1] END | ";

    private static IEnumerable<(string, IReadOnlyList<IReadOnlyDictionary<string, object?>>)> DocumentStatements(SourceDocument[] slice)
    {
        var statement = $"UNWIND $rows AS row MERGE (d:{CypherNames.Quote(Neo4jGraphModel.DocumentLabel)} {{id: row.id}}) "
                        + $"{WhenChanged("properties(d) = row")}SET d = row) RETURN count(d) AS written";
        yield return (statement, new PushRows<SourceDocument>(slice, Neo4jGraphModel.WriteDocument));
    }

    private static IEnumerable<(string, IReadOnlyList<IReadOnlyDictionary<string, object?>>)> StakeholderStatements(ArraySegment<Stakeholder> slice)
    {
        foreach (var group in slice.GroupBy(s => s.Kind))
        {
            var label = Neo4jGraphModel.KindLabel(group.Key);
            var others = string.Concat(Neo4jGraphModel.KindLabels.Where(l => l != label).Select(l => ":" + CypherNames.Quote(l)));
            var otherTests = string.Join(" OR ", Neo4jGraphModel.KindLabels.Where(l => l != label).Select(l => "n:" + CypherNames.Quote(l)));
            var statement =
                $"UNWIND $rows AS row MERGE (n:{CypherNames.Quote(Neo4jGraphModel.StakeholderLabel)} {{id: row.id}}) "
                + WhenChanged($"properties(n) = row AND n:{CypherNames.Quote(label)} AND NOT ({otherTests})")
                + $"SET n = row, n:{CypherNames.Quote(label)} REMOVE n{others}) RETURN count(n) AS written";
            yield return (statement, new PushRows<Stakeholder>(group.ToArray(), Neo4jGraphModel.WriteStakeholder));
        }
    }

    private static IEnumerable<(string, IReadOnlyList<IReadOnlyDictionary<string, object?>>)> TieStatements(ArraySegment<Tie> slice)
    {
        var stakeholder = CypherNames.Quote(Neo4jGraphModel.StakeholderLabel);
        foreach (var group in slice.GroupBy(t => t.Type.Name, StringComparer.Ordinal))
        {
            var type = CypherNames.Quote(group.Key, "relationship type");
            var statement =
                $"UNWIND $rows AS row MATCH (a:{stakeholder} {{id: row.source}}) MATCH (b:{stakeholder} {{id: row.target}}) "
                + $"MERGE (a)-[r:{type} {{id: row.id}}]->(b) {WhenChanged("properties(r) = row.props")}SET r = row.props) RETURN count(r) AS written";
            yield return (statement, new PushRows<Tie>(group.ToArray(), Neo4jGraphModel.WriteTieRow));
        }
    }
}
