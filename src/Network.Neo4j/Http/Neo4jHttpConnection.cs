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
        using var request = new HttpRequestMessage(method, relativePath);
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

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (_options.Timeout != System.Threading.Timeout.InfiniteTimeSpan)
        {
            timeout.CancelAfter(_options.Timeout);
        }

        var what = $"{method} /{relativePath}";
        var watch = Stopwatch.StartNew();
        HttpResponseMessage response;
        byte[] payload;
        try
        {
            response = await _client.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token).ConfigureAwait(false);
            payload = await response.Content.ReadAsByteArrayAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (OperationCanceledException e)
        {
            Log($"{what} -> timed out after {watch.ElapsedMilliseconds} ms");
            throw new Neo4jTimeoutException(
                string.Create(CultureInfo.InvariantCulture, $"{what} on {_options.DisplayUri} took longer than the timeout of {_options.Timeout.TotalSeconds:0.###} s."),
                code: null,
                e);
        }
        catch (HttpRequestException e)
        {
            Log($"{what} -> {e.HttpRequestError}");
            throw TranslateTransportError(what, e);
        }
        catch (IOException e)
        {
            Log($"{what} -> connection broken");
            throw new Neo4jConnectionException($"The connection to {_options.DisplayUri} broke during {what}: {Redact(e.Message)}", isTransient: true, e);
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
