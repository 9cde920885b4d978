namespace ClusterGraph.GraphQL.AspNetCore;

/// <summary>
/// One entry of a response's <c>errors</c> list, as the transport writes it. Errors that carry an
/// <see cref="Exception"/> came from unexpected failures (a resolver threw); outside Development their
/// message is masked.
/// </summary>
public sealed class GraphQLResponseError
{
    /// <summary>Creates an error with a message for the client.</summary>
    public GraphQLResponseError(string message)
    {
        Message = message;
    }

    /// <summary>The message the client reads.</summary>
    public string Message { get; }

    /// <summary>Where in the document the error is, 1-based.</summary>
    public IReadOnlyList<GraphQLResponseErrorLocation>? Locations { get; init; }

    /// <summary>The response path (field names and list indices) of the field that failed.</summary>
    public IReadOnlyList<object>? Path { get; init; }

    /// <summary>The error's <c>extensions</c> (by convention at least <c>code</c>).</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>The exception behind the error, if one: never written outside Development.</summary>
    public Exception? Exception { get; init; }

    /// <summary>Creates an error whose <c>extensions.code</c> is <paramref name="code"/>.</summary>
    public static GraphQLResponseError WithCode(string message, string code) =>
        new(message) { Extensions = new Dictionary<string, object?> { ["code"] = code } };
}
