using System.Globalization;
using System.Text;

namespace Stakeholders.Network.Neo4j;

/// <summary>Which of Neo4j's HTTP APIs to talk to.</summary>
public enum Neo4jApi
{
    /// <summary>Read the server's discovery document (<c>GET /</c>): the Query API v2 when it is advertised, else the transactional endpoint.</summary>
    Auto,

    /// <summary>The transactional HTTP endpoint: <c>/db/{database}/tx</c> on Neo4j 4 and 5, <c>/db/data/transaction</c> on Neo4j 3.</summary>
    Transactional,

    /// <summary>The Query API v2, <c>/db/{database}/query/v2</c> (Neo4j 5.19+ and Aura).</summary>
    QueryV2,
}

/// <summary>
/// How to reach a Neo4j server and how to talk to it. Immutable; <see cref="Validate"/> checks every member.
/// </summary>
/// <remarks>
/// <see cref="ToString"/> never shows <see cref="Password"/>, and no message, log line or exception the adapter makes does.
/// </remarks>
public sealed record Neo4jOptions
{
    /// <summary>The server's HTTP(S) root, such as <c>http://127.0.0.1:7474</c> or <c>https://xxxx.databases.neo4j.io</c>. No credentials in it.</summary>
    public required Uri Uri { get; init; }

    /// <summary>The database name, <c>neo4j</c> by default. Neo4j 3 has a single database and ignores it.</summary>
    public string Database { get; init; } = "neo4j";

    /// <summary>The user for HTTP basic authentication; null when the server runs without authentication.</summary>
    public string? User { get; init; }

    /// <summary>The password for <see cref="User"/>. Never printed.</summary>
    public string? Password { get; init; }

    /// <summary>Which API to use; <see cref="Neo4jApi.Auto"/> (the default) asks the server.</summary>
    public Neo4jApi Api { get; init; } = Neo4jApi.Auto;

    /// <summary>Rows per <c>UNWIND $rows</c> statement when pushing, and nodes per delete statement in <see cref="Neo4jNetworkStore.DeleteNetworkAsync"/>. Default 1000; 1 to 100000. (A pull's page size is <see cref="PullFilter.PageSize"/>.)</summary>
    public int BatchSize { get; init; } = 1000;

    /// <summary>How long one HTTP request may take before it fails with <see cref="Neo4jTimeoutException"/>. Default 100 s.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(100);

    /// <summary>How many times a unit of work is retried after a transient failure. Default 3; 0 turns retries off; at most 20.</summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>The delay before the first retry; each further retry doubles it, capped by <see cref="RetryMaxDelay"/>. Default 200 ms.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The longest delay between two attempts. Default 10 s.</summary>
    public TimeSpan RetryMaxDelay { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The seed of the retry jitter: each delay is multiplied by a factor in [0.5, 1) drawn from a generator with this seed.
    /// Null (the default) means no jitter: delays are exactly base × 2^attempt.
    /// </summary>
    public int? RetryJitterSeed { get; init; }

    /// <summary>Receives one line per HTTP request (method, path, status, milliseconds); never headers, bodies or credentials.</summary>
    public Action<string>? Log { get; init; }

    /// <summary>Checks every member.</summary>
    /// <exception cref="ArgumentException">A member is out of range; the message names it and never contains the password.</exception>
    public void Validate()
    {
        if (Uri is null)
        {
            throw new ArgumentException("Neo4jOptions.Uri is required, e.g. http://127.0.0.1:7474.", nameof(Uri));
        }

        if (!Uri.IsAbsoluteUri || (Uri.Scheme != Uri.UriSchemeHttp && Uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException(
                $"Neo4jOptions.Uri must be an absolute http:// or https:// address (the HTTP port, 7474 by default), not '{DisplayUri}'. Bolt addresses are not supported.",
                nameof(Uri));
        }

        if (!string.IsNullOrEmpty(Uri.UserInfo))
        {
            throw new ArgumentException("Neo4jOptions.Uri must not contain credentials; set User and Password instead.", nameof(Uri));
        }

        if (!string.IsNullOrEmpty(Uri.Query) || !string.IsNullOrEmpty(Uri.Fragment))
        {
            throw new ArgumentException($"Neo4jOptions.Uri must not have a query or fragment: '{DisplayUri}'.", nameof(Uri));
        }

        if (string.IsNullOrWhiteSpace(Database) || Database.Length > 63
            || !Database.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_'))
        {
            throw new ArgumentException(
                $"Neo4jOptions.Database '{Database}' is not a valid database name (1 to 63 ASCII letters, digits, '.', '-', '_').",
                nameof(Database));
        }

        if (User is null != Password is null)
        {
            throw new ArgumentException("Neo4jOptions.User and Password must be given together (or both left null when authentication is off).", nameof(User));
        }

        if (User is not null && (User.Length == 0 || User.Contains(':', StringComparison.Ordinal)))
        {
            throw new ArgumentException("Neo4jOptions.User must be non-empty and must not contain ':'.", nameof(User));
        }

        if (!Enum.IsDefined(Api))
        {
            throw new ArgumentException($"Neo4jOptions.Api {(int)Api} is not one of Auto, Transactional, QueryV2.", nameof(Api));
        }

        if (BatchSize is < 1 or > 100_000)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Neo4jOptions.BatchSize {BatchSize} is outside 1..100000."), nameof(BatchSize));
        }

        if (Timeout <= TimeSpan.Zero && Timeout != System.Threading.Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentException($"Neo4jOptions.Timeout {Timeout} must be positive (or Timeout.InfiniteTimeSpan).", nameof(Timeout));
        }

        if (MaxRetries is < 0 or > 20)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Neo4jOptions.MaxRetries {MaxRetries} is outside 0..20."), nameof(MaxRetries));
        }

        if (RetryBaseDelay < TimeSpan.Zero || RetryMaxDelay < RetryBaseDelay)
        {
            throw new ArgumentException(
                $"Neo4jOptions.RetryBaseDelay ({RetryBaseDelay}) must be >= 0 and RetryMaxDelay ({RetryMaxDelay}) >= RetryBaseDelay.",
                nameof(RetryBaseDelay));
        }
    }

    /// <summary>
    /// Reads options from environment variables: <c>NEO4J_URI</c> (required), <c>NEO4J_USER</c> (or <c>NEO4J_USERNAME</c>),
    /// <c>NEO4J_PASSWORD</c>, <c>NEO4J_DATABASE</c>, <c>NEO4J_API</c> (<c>auto</c>, <c>transactional</c>, <c>queryv2</c>).
    /// </summary>
    /// <returns>The options, or null when <c>NEO4J_URI</c> is not set.</returns>
    public static Neo4jOptions? FromEnvironment()
    {
        var uri = Environment.GetEnvironmentVariable("NEO4J_URI");
        if (string.IsNullOrWhiteSpace(uri))
        {
            return null;
        }

        var user = Environment.GetEnvironmentVariable("NEO4J_USER") ?? Environment.GetEnvironmentVariable("NEO4J_USERNAME");
        var password = Environment.GetEnvironmentVariable("NEO4J_PASSWORD");
        var database = Environment.GetEnvironmentVariable("NEO4J_DATABASE");
        var api = Environment.GetEnvironmentVariable("NEO4J_API");
        var parsedApi = Neo4jApi.Auto;
        if (!string.IsNullOrWhiteSpace(api) && !Enum.TryParse(api.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true, out parsedApi))
        {
            throw new ArgumentException($"NEO4J_API '{api}' is not one of auto, transactional, queryv2.");
        }

        return new Neo4jOptions
        {
            Uri = new Uri(uri.Trim(), UriKind.Absolute),
            User = string.IsNullOrEmpty(user) ? null : user,
            Password = string.IsNullOrEmpty(user) ? null : password ?? string.Empty,
            Database = string.IsNullOrWhiteSpace(database) ? "neo4j" : database.Trim(),
            Api = parsedApi,
        };
    }

    /// <summary>The address without any user information, safe to print.</summary>
    public string DisplayUri => Uri is null ? "(none)"
        : string.IsNullOrEmpty(Uri.UserInfo) ? Uri.ToString()
        : new UriBuilder(Uri) { UserName = string.Empty, Password = string.Empty }.Uri.ToString();

    /// <summary>Prints the members, the password masked.</summary>
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append(CultureInfo.InvariantCulture, $"Uri = {DisplayUri}, Database = {Database}, User = {User ?? "(none)"}, ");
        builder.Append(Password is null ? "Password = (none), " : "Password = ***, ");
        builder.Append(CultureInfo.InvariantCulture, $"Api = {Api}, BatchSize = {BatchSize}, Timeout = {Timeout}, MaxRetries = {MaxRetries}, ");
        builder.Append(CultureInfo.InvariantCulture, $"RetryBaseDelay = {RetryBaseDelay}, RetryMaxDelay = {RetryMaxDelay}, RetryJitterSeed = {RetryJitterSeed?.ToString(CultureInfo.InvariantCulture) ?? "(none)"}");
        return true;
    }
}
