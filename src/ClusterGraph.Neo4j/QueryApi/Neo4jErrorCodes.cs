namespace ClusterGraph.Neo4j.QueryApi;

/// <summary>Neo4j status codes this client acts on, its own codes for failures without one, and the retry rule.</summary>
public static class Neo4jErrorCodes
{
    /// <summary>Client code: the server could not be reached (connection refused, reset, DNS).</summary>
    public const string ConnectionFailed = "ClusterGraph.Neo4j.ConnectionFailed";

    /// <summary>Client code: the server answered HTTP 502/503/504 without a Neo4j error body.</summary>
    public const string ServiceUnavailable = "ClusterGraph.Neo4j.ServiceUnavailable";

    /// <summary>Client code: no answer within the configured request timeout.</summary>
    public const string Timeout = "ClusterGraph.Neo4j.Timeout";

    /// <summary>Client code: the response was not the Query API's documented shape.</summary>
    public const string ProtocolViolation = "ClusterGraph.Neo4j.ProtocolViolation";

    /// <summary>Client code: any other failure without a Neo4j code (an HTTP error status with no body).</summary>
    public const string ClientFailure = "ClusterGraph.Neo4j.Failure";

    /// <summary>Neo4j: the database is not available (starting, stopping, or failed over).</summary>
    public const string DatabaseUnavailable = "Neo.TransientError.Database.DatabaseUnavailable";

    /// <summary>Neo4j: the transaction was terminated (by an administrator or a timeout): not retried.</summary>
    public const string TransactionTerminated = "Neo.TransientError.Transaction.Terminated";

    /// <summary>Neo4j: the transaction's lock client was stopped (it was terminated): not retried.</summary>
    public const string LockClientStopped = "Neo.TransientError.Transaction.LockClientStopped";

    private const string TransientPrefix = "Neo.TransientError.";

    /// <summary>
    /// Whether a failure with this code may succeed if tried again: Neo4j's transient errors except a
    /// terminated transaction or a stopped lock client (someone ended it on purpose), and this client's
    /// connection failures and bodiless 502/503/504. Timeouts are not retried: the work may still run.
    /// </summary>
    public static bool IsRetryable(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (code.StartsWith(TransientPrefix, StringComparison.Ordinal))
        {
            return code != TransactionTerminated && code != LockClientStopped;
        }

        return code is ConnectionFailed or ServiceUnavailable;
    }

    /// <summary>Whether the code means Neo4j is unavailable rather than the request being wrong.</summary>
    public static bool MeansUnavailable(string code) =>
        code is ConnectionFailed or ServiceUnavailable or DatabaseUnavailable ||
        code == "Neo.TransientError.General.DatabaseUnavailable";
}
