namespace Stakeholders.Network.Neo4j;

/// <summary>
/// Retries a whole unit of work (an auto-commit statement, or a transaction from begin to commit) after a transient
/// failure: <c>Neo.TransientError.*</c>, HTTP 503, a reset connection (<see cref="Neo4jException.IsTransient"/>).
/// The delay before retry k (0-based) is min(<see cref="Neo4jOptions.RetryMaxDelay"/>, base × 2^k), times a jitter factor
/// in [0.5, 1) drawn from a generator seeded with <see cref="Neo4jOptions.RetryJitterSeed"/> (no jitter when null).
/// </summary>
/// <remarks>
/// Retrying single requests inside an explicit transaction would be wrong (the server has already rolled the transaction
/// back after an error), which is why retries wrap units of work. Thread-safe.
/// </remarks>
public sealed class Neo4jRetryPolicy
{
    private readonly int _maxRetries;
    private readonly TimeSpan _baseDelay;
    private readonly TimeSpan _maxDelay;
    private readonly Random? _jitter;
    private readonly Lock _gate = new();

    /// <summary>Creates the policy from the retry members of the options.</summary>
    public Neo4jRetryPolicy(Neo4jOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _maxRetries = options.MaxRetries;
        _baseDelay = options.RetryBaseDelay;
        _maxDelay = options.RetryMaxDelay;
        _jitter = options.RetryJitterSeed is { } seed ? new Random(seed) : null;
    }

    /// <summary>Receives (attempt number starting at 1, delay, the failure) before each retry; for logs and tests.</summary>
    public Action<int, TimeSpan, Neo4jException>? OnRetry { get; init; }

    /// <summary>The delay before retry <paramref name="retry"/> (0-based), jitter included (which advances the seeded generator).</summary>
    internal TimeSpan NextDelay(int retry)
    {
        var exponential = _baseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(retry, 30));
        var capped = Math.Min(exponential, _maxDelay.TotalMilliseconds);
        if (_jitter is not null)
        {
            lock (_gate)
            {
                capped *= 0.5 + (0.5 * _jitter.NextDouble());
            }
        }

        return TimeSpan.FromMilliseconds(capped);
    }

    /// <summary>Runs <paramref name="work"/>, retrying it while it fails transiently and retries remain.</summary>
    /// <exception cref="Neo4jException">The last failure, once retries are exhausted, or the first non-transient failure.</exception>
    public async Task<T> ExecuteAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        for (var retry = 0; ; retry++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                return await work(cancellationToken).ConfigureAwait(false);
            }
            catch (Neo4jException e) when (e.IsTransient && retry < _maxRetries)
            {
                var delay = NextDelay(retry);
                OnRetry?.Invoke(retry + 1, delay, e);
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Runs <paramref name="work"/> with retries (see <see cref="ExecuteAsync{T}"/>).</summary>
    public Task ExecuteAsync(Func<CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        return ExecuteAsync<bool>(
            async ct =>
            {
                await work(ct).ConfigureAwait(false);
                return true;
            },
            cancellationToken);
    }
}
