using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Stakeholders.Network.Neo4j.Http;

/// <summary>A reply that passed the error checks: the status, the headers the protocols need, and the JSON body (cloned).</summary>
internal sealed record HttpReply(HttpStatusCode Status, JsonElement Body, string? Location, string? ClusterAffinity);

/// <summary>
/// Sends requests to one Neo4j server: adds the headers, enforces <see cref="Neo4jOptions.Timeout"/>, and turns every
/// failure (transport, HTTP status, an <c>errors</c> array in a 2xx body) into the adapter's exceptions.
/// </summary>
internal sealed class Neo4jHttpConnection : IDisposable
{
    public const string ClusterAffinityHeader = "neo4j-cluster-affinity";

    private readonly HttpClient _client;
    private readonly Neo4jOptions _options;
    private readonly AuthenticationHeaderValue? _authorization;
    private readonly string? _basicToken;

    public Neo4jHttpConnection(Neo4jOptions options, HttpMessageHandler? handler)
    {
        _options = options;
        var baseUri = options.Uri.AbsoluteUri.EndsWith('/') ? options.Uri : new Uri(options.Uri.AbsoluteUri + "/");
        _client = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
        _client.BaseAddress = baseUri;
        _client.Timeout = System.Threading.Timeout.InfiniteTimeSpan;
        if (options.User is not null)
        {
            _basicToken = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.Password}"));
            _authorization = new AuthenticationHeaderValue("Basic", _basicToken);
        }
    }

    /// <summary>The database segment for paths, escaped.</summary>
    public string DatabaseSegment => Uri.EscapeDataString(_options.Database);

    public void Dispose() => _client.Dispose();

    /// <summary>Removes the password and the basic-auth token from a text that may echo them.</summary>
    public string Redact(string text) => Redact(text, _options.Password, _basicToken);

    internal static string Redact(string text, string? password, string? token)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        if (!string.IsNullOrEmpty(token))
        {
            text = text.Replace(token, "***", StringComparison.Ordinal);
        }

        // Short passwords would garble ordinary words; they are also never echoed by Neo4j, so only long ones are scrubbed.
        if (password is { Length: >= 4 })
        {
            text = text.Replace(password, "***", StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>Sends a request and returns its checked reply.</summary>
    public async Task<HttpReply> SendAsync(
        HttpMethod method,
        string relativePath,
        byte[]? body,
        string? clusterAffinity,
        bool authenticate,
        CancellationToken cancellationToken)
    {
        using var request = CreateRequest(method, relativePath, body, clusterAffinity, authenticate);
        using var timeout = StartTimeout(cancellationToken);
        var what = $"{method} /{relativePath}";
        var watch = Stopwatch.StartNew();
        HttpResponseMessage response;
        byte[] payload;
        try
        {
            response = await _client.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token).ConfigureAwait(false);
            payload = await response.Content.ReadAsByteArrayAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (Translate(e, what, watch, cancellationToken) is { } translated)
        {
            throw translated;
        }

        using (response)
        {
            Log(string.Create(CultureInfo.InvariantCulture, $"{what} -> {(int)response.StatusCode} in {watch.ElapsedMilliseconds} ms"));
            var json = ParseBody(payload);
            ThrowOnErrors(what, response.StatusCode, json);
            var location = response.Headers.Location?.ToString();
            string? affinity = response.Headers.TryGetValues(ClusterAffinityHeader, out var values) ? values.FirstOrDefault() : null;
            return new HttpReply(response.StatusCode, json, location, affinity);
        }
    }

    /// <summary>
    /// Sends a statement to the transactional endpoint and reads the answer as it arrives: each row of the first
    /// result goes to <paramref name="onRow"/> as soon as its bytes are in, so memory holds one row and a read buffer
    /// (64 KiB, grown only for a row larger than that), never the response. The errors are the same as
    /// <see cref="SendAsync"/>'s; rows handed over before an error (an <c>errors</c> entry after some rows, a
    /// connection that breaks, a body that ends early) belong to a failed request. <see cref="Neo4jOptions.Timeout"/>
    /// covers the whole exchange, reading included.
    /// </summary>
    /// <returns>The statement's counters.</returns>
    public async Task<CypherCounters> SendStreamingAsync(
        string relativePath,
        byte[] body,
        Action<IReadOnlyList<JsonElement>> onRow,
        CancellationToken cancellationToken)
    {
        using var request = CreateRequest(HttpMethod.Post, relativePath, body, clusterAffinity: null, authenticate: true);
        using var timeout = StartTimeout(cancellationToken);
        var what = $"POST /{relativePath}";
        var watch = Stopwatch.StartNew();
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            HttpResponseMessage response;
            try
            {
                response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (Translate(e, what, watch, cancellationToken) is { } translated)
            {
                throw translated;
            }

            using (response)
            {
                var status = response.StatusCode;
                if ((int)status is < 200 or >= 300)
                {
                    byte[] payload;
                    try
                    {
                        payload = await response.Content.ReadAsByteArrayAsync(timeout.Token).ConfigureAwait(false);
                    }
                    catch (Exception e) when (Translate(e, what, watch, cancellationToken) is { } translated)
                    {
                        throw translated;
                    }

                    Log(string.Create(CultureInfo.InvariantCulture, $"{what} -> {(int)status} in {watch.ElapsedMilliseconds} ms"));
                    ThrowOnErrors(what, status, ParseBody(payload));
                }

                var rows = new TransactionalRowReader();
                try
                {
                    var stream = await response.Content.ReadAsStreamAsync(timeout.Token).ConfigureAwait(false);
                    await using (stream.ConfigureAwait(false))
                    {
                        var filled = 0;
                        while (true)
                        {
                            if (filled == buffer.Length)
                            {
                                // One unit (a row, the stats, the errors) is larger than the buffer: make room for it.
                                var larger = System.Buffers.ArrayPool<byte>.Shared.Rent(checked(buffer.Length * 2));
                                buffer.AsSpan(0, filled).CopyTo(larger);
                                System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
                                buffer = larger;
                            }

                            var read = await stream.ReadAsync(buffer.AsMemory(filled), timeout.Token).ConfigureAwait(false);
                            if (read == 0)
                            {
                                break;
                            }

                            filled += read;
                            var consumed = rows.Feed(buffer.AsSpan(0, filled), onRow);
                            if (rows.Error is { } error)
                            {
                                Log(string.Create(CultureInfo.InvariantCulture, $"{what} -> {(int)status} with an error after {rows.Rows} rows in {watch.ElapsedMilliseconds} ms"));
                                throw TranslateServerError(what, status, error.Code, Redact(error.Message));
                            }

                            buffer.AsSpan(consumed, filled - consumed).CopyTo(buffer);
                            filled -= consumed;
                        }
                    }
                }
                catch (Exception e) when (Translate(e, what, watch, cancellationToken) is { } translated)
                {
                    throw translated;
                }

                if (!rows.IsComplete)
                {
                    Log(string.Create(CultureInfo.InvariantCulture, $"{what} -> {(int)status}, answer ended early after {rows.Rows} rows"));
                    throw new Neo4jConnectionException(
                        string.Create(CultureInfo.InvariantCulture, $"The answer to {what} from {_options.DisplayUri} ended early, after {rows.Rows} rows (the connection closed mid-response)."),
                        isTransient: true,
                        innerException: null);
                }

                Log(string.Create(CultureInfo.InvariantCulture, $"{what} -> {(int)status}, {rows.Rows} rows streamed in {watch.ElapsedMilliseconds} ms"));
                return rows.Counters;
            }
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private HttpRequestMessage CreateRequest(HttpMethod method, string relativePath, byte[]? body, string? clusterAffinity, bool authenticate)
    {
        var request = new HttpRequestMessage(method, relativePath);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (authenticate && _authorization is not null)
        {
            request.Headers.Authorization = _authorization;
        }

        if (clusterAffinity is not null)
        {
            request.Headers.TryAddWithoutValidation(ClusterAffinityHeader, clusterAffinity);
        }

        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        }

        return request;
    }

    private CancellationTokenSource StartTimeout(CancellationToken cancellationToken)
    {
        var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (_options.Timeout != System.Threading.Timeout.InfiniteTimeSpan)
        {
            timeout.CancelAfter(_options.Timeout);
        }

        return timeout;
    }

    /// <summary>
    /// The adapter's exception for a transport failure, or null to let <paramref name="e"/> through unchanged (the
    /// caller's cancellation, and anything that is not a transport failure, such as an exception from a row callback).
    /// </summary>
    private Exception? Translate(Exception e, string what, Stopwatch watch, CancellationToken cancellationToken)
    {
        switch (e)
        {
            case OperationCanceledException when cancellationToken.IsCancellationRequested:
                return null;
            case OperationCanceledException:
                Log($"{what} -> timed out after {watch.ElapsedMilliseconds} ms");
                return new Neo4jTimeoutException(
                    string.Create(CultureInfo.InvariantCulture, $"{what} on {_options.DisplayUri} took longer than the timeout of {_options.Timeout.TotalSeconds:0.###} s."),
                    code: null,
                    e);
            case HttpRequestException h:
                Log($"{what} -> {h.HttpRequestError}");
                return TranslateTransportError(what, h);
            case IOException:
                Log($"{what} -> connection broken");
                return new Neo4jConnectionException($"The connection to {_options.DisplayUri} broke during {what}: {Redact(e.Message)}", isTransient: true, e);
            default:
                return null;
        }
    }

    private static JsonElement ParseBody(byte[] payload)
    {
        var span = payload.AsSpan().TrimStart(" \t\r\n"u8);
        if (span.IsEmpty || (span[0] != (byte)'{' && span[0] != (byte)'['))
        {
            return default;
        }

        try
        {
            using var doc = JsonDocument.Parse(payload, new JsonDocumentOptions { MaxDepth = 256 });
            return doc.RootElement.Clone();
        }
        catch (JsonException)
        {
            return default;
        }
    }

    private void ThrowOnErrors(string what, HttpStatusCode status, JsonElement json)
    {
        if (json.ValueKind == JsonValueKind.Object
            && json.TryGetProperty("errors", out var errors)
            && errors.ValueKind == JsonValueKind.Array
            && errors.GetArrayLength() > 0)
        {
            var first = errors[0];
            var code = first.ValueKind == JsonValueKind.Object && first.TryGetProperty("code", out var c) ? c.GetString() ?? string.Empty : string.Empty;
            var message = first.ValueKind == JsonValueKind.Object && first.TryGetProperty("message", out var m) ? m.GetString() ?? string.Empty : string.Empty;
            throw TranslateServerError(what, status, code, Redact(message));
        }

        var numeric = (int)status;
        if (numeric is >= 200 and < 300)
        {
            return;
        }

        throw status switch
        {
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => new Neo4jAuthenticationException(
                string.Create(CultureInfo.InvariantCulture, $"{_options.DisplayUri} refused the credentials (HTTP {numeric}) for {what}."),
                code: string.Create(CultureInfo.InvariantCulture, $"HTTP {numeric}")),
            HttpStatusCode.ServiceUnavailable => new Neo4jTransientException(
                $"{_options.DisplayUri} is unavailable (HTTP 503) for {what}.", "HTTP 503"),
            HttpStatusCode.RequestTimeout or HttpStatusCode.GatewayTimeout => new Neo4jTimeoutException(
                string.Create(CultureInfo.InvariantCulture, $"{what} on {_options.DisplayUri} timed out (HTTP {numeric})."),
                code: string.Create(CultureInfo.InvariantCulture, $"HTTP {numeric}")),
            HttpStatusCode.NotFound => new Neo4jFeatureNotAvailableException(
                $"{_options.DisplayUri} has no endpoint /{what.Split(' ', 2)[1].TrimStart('/')} (HTTP 404): the server does not offer this API, or the database does not exist."),
            _ => new Neo4jException(
                string.Create(CultureInfo.InvariantCulture, $"{what} on {_options.DisplayUri} failed with HTTP {numeric} {status}."),
                string.Create(CultureInfo.InvariantCulture, $"HTTP {numeric}"),
                isTransient: numeric is 502),
        };
    }

    private Neo4jException TranslateServerError(string what, HttpStatusCode status, string code, string message)
    {
        if (code.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal) || status is HttpStatusCode.Unauthorized)
        {
            return new Neo4jAuthenticationException($"{_options.DisplayUri} refused the request {what}: {code}: {message}", code);
        }

        if (code.StartsWith("Neo.TransientError.", StringComparison.Ordinal))
        {
            return new Neo4jTransientException($"{code}: {message}", code);
        }

        if (code.StartsWith("Neo.ClientError.Transaction.TransactionTimedOut", StringComparison.Ordinal)
            || code == "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration")
        {
            return new Neo4jTimeoutException($"{code}: {message}", code);
        }

        return new Neo4jQueryException(code.Length == 0 ? "Neo.Unknown" : code, message);
    }

    private Neo4jConnectionException TranslateTransportError(string what, HttpRequestException e)
    {
        var socket = FindSocketError(e);
        var reset = socket is SocketError.ConnectionReset or SocketError.ConnectionAborted or SocketError.Shutdown
            || e.HttpRequestError is HttpRequestError.ResponseEnded;
        var reason = socket switch
        {
            SocketError.ConnectionRefused => "connection refused (is the server running, and is this its HTTP port?)",
            SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain => "the host name could not be resolved",
            _ when e.HttpRequestError == HttpRequestError.NameResolutionError => "the host name could not be resolved",
            _ when reset => "the connection was reset",
            _ => Redact(e.Message),
        };
        return new Neo4jConnectionException($"Could not complete {what} on {_options.DisplayUri}: {reason}.", reset, e);
    }

    private static SocketError? FindSocketError(Exception e)
    {
        for (Exception? x = e; x is not null; x = x.InnerException)
        {
            if (x is SocketException s)
            {
                return s.SocketErrorCode;
            }
        }

        return null;
    }

    private void Log(string line) => _options.Log?.Invoke(Redact(line));
}
