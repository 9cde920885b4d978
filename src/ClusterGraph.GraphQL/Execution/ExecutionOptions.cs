namespace ClusterGraph.GraphQL.Execution;

/// <summary>How the executor treats errors and time.</summary>
public sealed class ExecutionOptions
{
    /// <summary>Default options: resolver exception messages masked, no timeout.</summary>
    public static ExecutionOptions Default { get; } = new();

    /// <summary>
    /// Development mode: a resolver's exception message reaches the client. Otherwise clients see
    /// <see cref="MaskedErrorMessage"/>; both carry <c>extensions.code</c>.
    /// </summary>
    public bool Development { get; init; }

    /// <summary>The whole execution is cancelled after this long (null: no limit).</summary>
    public TimeSpan? Timeout { get; init; }

    public const string MaskedErrorMessage = "Unexpected error.";

    /// <summary>The code of an error raised by a resolver's own exception.</summary>
    public const string InternalErrorCode = "INTERNAL_SERVER_ERROR";

    /// <summary>The code of the error reported when <see cref="Timeout"/> elapses.</summary>
    public const string TimeoutErrorCode = "EXECUTION_TIMEOUT";
}
