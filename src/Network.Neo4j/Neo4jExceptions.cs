namespace Stakeholders.Network.Neo4j;

/// <summary>
/// The base of every error the Neo4j adapter raises. Messages never contain credentials.
/// </summary>
public class Neo4jException : Exception
{
    /// <summary>Creates the exception.</summary>
    public Neo4jException()
        : this("A Neo4j operation failed.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public Neo4jException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public Neo4jException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a server status code.</summary>
    public Neo4jException(string message, string? code, bool isTransient, Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code;
        IsTransient = isTransient;
    }

    /// <summary>The Neo4j status code (<c>Neo.ClientError.Statement.SyntaxError</c>) or <c>HTTP 503</c>, when there is one.</summary>
    public string? Code { get; }

    /// <summary>Whether retrying the whole unit of work may succeed (transient server errors, 503, connection resets).</summary>
    public bool IsTransient { get; }
}

/// <summary>The server refused the credentials (HTTP 401/403, <c>Neo.ClientError.Security.*</c>).</summary>
public sealed class Neo4jAuthenticationException : Neo4jException
{
    /// <summary>Creates the exception.</summary>
    public Neo4jAuthenticationException()
        : this("Neo4j refused the credentials.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public Neo4jAuthenticationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public Neo4jAuthenticationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with the server's status code.</summary>
    public Neo4jAuthenticationException(string message, string? code)
        : base(message, code, isTransient: false)
    {
    }
}

/// <summary>The server could not be reached (connection refused, name not resolved) or the connection broke.</summary>
public sealed class Neo4jConnectionException : Neo4jException
{
    /// <summary>Creates the exception.</summary>
    public Neo4jConnectionException()
        : this("Could not connect to Neo4j.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public Neo4jConnectionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public Neo4jConnectionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception, saying whether the failure is worth a retry (a reset connection is; a refused one is not).</summary>
    public Neo4jConnectionException(string message, bool isTransient, Exception? innerException)
        : base(message, null, isTransient, innerException)
    {
    }
}

/// <summary>A request took longer than <see cref="Neo4jOptions.Timeout"/>, or the server timed the transaction out.</summary>
public sealed class Neo4jTimeoutException : Neo4jException
{
    /// <summary>Creates the exception.</summary>
    public Neo4jTimeoutException()
        : this("A Neo4j request timed out.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public Neo4jTimeoutException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public Neo4jTimeoutException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with the server's status code.</summary>
    public Neo4jTimeoutException(string message, string? code, Exception? innerException = null)
        : base(message, code, isTransient: false, innerException)
    {
    }
}

/// <summary>A Cypher statement failed: syntax, constraint violation, arithmetic error and the like. Carries the server's code and message.</summary>
public sealed class Neo4jQueryException : Neo4jException
{
    /// <summary>Creates the exception.</summary>
    public Neo4jQueryException()
        : this("A Cypher statement failed.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public Neo4jQueryException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public Neo4jQueryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception from a server error.</summary>
    /// <param name="code">The Neo4j status code.</param>
    /// <param name="serverMessage">The server's message.</param>
    public Neo4jQueryException(string code, string serverMessage)
        : base($"{code}: {serverMessage}", code, isTransient: false)
    {
        ServerMessage = serverMessage;
    }

    /// <summary>The server's own message, without the code.</summary>
    public string? ServerMessage { get; }
}

/// <summary>
/// A transient failure (<c>Neo.TransientError.*</c>, HTTP 503) that was still failing after the configured retries.
/// </summary>
public sealed class Neo4jTransientException : Neo4jException
{
    /// <summary>Creates the exception.</summary>
    public Neo4jTransientException()
        : this("Neo4j reported a transient error.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public Neo4jTransientException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public Neo4jTransientException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception from a server error.</summary>
    public Neo4jTransientException(string message, string? code)
        : base(message, code, isTransient: true)
    {
    }
}

/// <summary>The server lacks a feature an operation needs, such as the Graph Data Science library or the Query API.</summary>
public sealed class Neo4jFeatureNotAvailableException : Neo4jException
{
    /// <summary>Creates the exception.</summary>
    public Neo4jFeatureNotAvailableException()
        : this("The Neo4j server lacks a feature this operation needs.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public Neo4jFeatureNotAvailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public Neo4jFeatureNotAvailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>
/// A batched push stopped after committing part of the network. <see cref="ResumeToken"/> says where to resume;
/// <see cref="Exception.InnerException"/> is the cause (an authentication, connection, timeout or query exception).
/// </summary>
public sealed class Neo4jPushInterruptedException : Neo4jException
{
    /// <summary>Creates the exception.</summary>
    public Neo4jPushInterruptedException()
        : this("A batched push to Neo4j was interrupted.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public Neo4jPushInterruptedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public Neo4jPushInterruptedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a push interrupted after <paramref name="resumeToken"/>'s items were committed.</summary>
    public Neo4jPushInterruptedException(PushResumeToken resumeToken, Exception innerException)
        : base(
            $"The batched push stopped after committing {resumeToken.CompletedItems} items; resume with token '{resumeToken}'. Cause: {innerException.Message}",
            innerException)
    {
        ResumeToken = resumeToken;
    }

    /// <summary>Where to resume: pass it as <see cref="PushOptions.ResumeFrom"/>.</summary>
    public PushResumeToken? ResumeToken { get; }
}
