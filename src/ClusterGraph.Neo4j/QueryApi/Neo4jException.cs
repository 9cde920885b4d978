namespace ClusterGraph.Neo4j.QueryApi;

/// <summary>
/// Neo4j refused or failed a request. <see cref="Code"/> is Neo4j's status code
/// (<c>Neo.ClientError.Statement.SyntaxError</c>, …) when the server sent one.
/// </summary>
public class Neo4jException : Exception
{
    /// <summary>Creates the exception.</summary>
    public Neo4jException(string code, string message, int? httpStatus = null, Exception? innerException = null)
        : base($"{code}: {message}", innerException)
    {
        Code = code;
        ServerMessage = message;
        HttpStatus = httpStatus;
    }

    /// <summary>Creates an exception without a Neo4j code.</summary>
    public Neo4jException()
        : this(Neo4jErrorCodes.ClientFailure, "Neo4j request failed.")
    {
    }

    /// <summary>Creates an exception without a Neo4j code.</summary>
    public Neo4jException(string message)
        : this(Neo4jErrorCodes.ClientFailure, message)
    {
    }

    /// <summary>Creates an exception without a Neo4j code.</summary>
    public Neo4jException(string message, Exception innerException)
        : this(Neo4jErrorCodes.ClientFailure, message, null, innerException)
    {
    }

    /// <summary>Neo4j's status code, or one of this client's own (<see cref="Neo4jErrorCodes"/>).</summary>
    public string Code { get; }

    /// <summary>The message as the server (or this client) wrote it.</summary>
    public string ServerMessage { get; }

    /// <summary>The HTTP status of the response, when there was one.</summary>
    public int? HttpStatus { get; }

    /// <summary>Whether trying again may succeed (see <see cref="Neo4jErrorCodes.IsRetryable"/>).</summary>
    public bool IsRetryable => Neo4jErrorCodes.IsRetryable(Code);
}
