namespace ClusterGraph.Graph.Store;

/// <summary>
/// A malformed read request: the caller's mistake, reported with the argument at fault. Missing IDs
/// are not errors (they read as null or empty); this is only for arguments the store cannot honour.
/// </summary>
public sealed class GraphQueryException : Exception
{
    /// <summary>Creates the exception.</summary>
    public GraphQueryException(GraphQueryErrorCode code, string argument, string message)
        : base(message)
    {
        Code = code;
        Argument = argument;
    }

    /// <summary>Creates an invalid-argument exception with no argument name.</summary>
    public GraphQueryException()
        : this(GraphQueryErrorCode.InvalidArgument, string.Empty, "Invalid graph query.")
    {
    }

    /// <summary>Creates an invalid-argument exception with no argument name.</summary>
    public GraphQueryException(string message)
        : this(GraphQueryErrorCode.InvalidArgument, string.Empty, message)
    {
    }

    /// <summary>Creates an invalid-argument exception wrapping another.</summary>
    public GraphQueryException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = GraphQueryErrorCode.InvalidArgument;
        Argument = string.Empty;
    }

    /// <summary>What kind of mistake.</summary>
    public GraphQueryErrorCode Code { get; }

    /// <summary>Name of the argument at fault, e.g. <c>first</c>, <c>after</c>, <c>maxHops</c>.</summary>
    public string Argument { get; }
}
