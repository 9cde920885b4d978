namespace ClusterGraph.Neo4j.QueryApi;

/// <summary>
/// Neo4j cannot be reached or says it is unavailable (connection refused, HTTP 503,
/// <c>Neo.TransientError.Database.DatabaseUnavailable</c>), after any retries. The API answers 503
/// with <see cref="RetryAfter"/> as its Retry-After header.
/// </summary>
public sealed class Neo4jUnavailableException : Neo4jException
{
    /// <summary>Creates the exception.</summary>
    public Neo4jUnavailableException(string code, string message, TimeSpan retryAfter, int? httpStatus = null, Exception? innerException = null)
        : base(code, message, httpStatus, innerException)
    {
        RetryAfter = retryAfter;
    }

    /// <summary>Creates the exception with a default retry delay.</summary>
    public Neo4jUnavailableException()
        : this(Neo4jErrorCodes.ConnectionFailed, "Neo4j is unavailable.", TimeSpan.FromSeconds(5))
    {
    }

    /// <summary>Creates the exception with a default retry delay.</summary>
    public Neo4jUnavailableException(string message)
        : this(Neo4jErrorCodes.ConnectionFailed, message, TimeSpan.FromSeconds(5))
    {
    }

    /// <summary>Creates the exception with a default retry delay.</summary>
    public Neo4jUnavailableException(string message, Exception innerException)
        : this(Neo4jErrorCodes.ConnectionFailed, message, TimeSpan.FromSeconds(5), null, innerException)
    {
    }

    /// <summary>How long a caller should wait before trying again: the server's Retry-After, else the configured default.</summary>
    public TimeSpan RetryAfter { get; }
}
