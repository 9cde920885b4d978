namespace ClusterGraph.GraphQL.AspNetCore;

/// <summary>The executor's answer to one request; build one with the static factories.</summary>
public sealed class GraphQLExecutionOutcome
{
    private GraphQLExecutionOutcome(GraphQLOutcomeKind kind)
    {
        Kind = kind;
    }

    /// <summary>What happened.</summary>
    public GraphQLOutcomeKind Kind { get; }

    /// <summary>The errors of a <see cref="GraphQLOutcomeKind.RequestError"/> or
    /// <see cref="GraphQLOutcomeKind.OperationNotAllowed"/> outcome.</summary>
    public IReadOnlyList<GraphQLResponseError> Errors { get; private init; } = [];

    /// <summary>The result of an <see cref="GraphQLOutcomeKind.Executed"/> outcome.</summary>
    public GraphQLResult? Result { get; private init; }

    /// <summary>The results of a <see cref="GraphQLOutcomeKind.Stream"/> outcome; disposing the enumerator ends the subscription.</summary>
    public IAsyncEnumerable<GraphQLResult>? Stream { get; private init; }

    /// <summary>The request never executed.</summary>
    public static GraphQLExecutionOutcome RequestError(IReadOnlyList<GraphQLResponseError> errors)
    {
        if (errors.Count == 0)
        {
            throw new ArgumentException("A request error needs at least one error.", nameof(errors));
        }

        return new(GraphQLOutcomeKind.RequestError) { Errors = errors };
    }

    /// <summary>The request never executed, for one reason.</summary>
    public static GraphQLExecutionOutcome RequestError(GraphQLResponseError error) => RequestError([error]);

    /// <summary>The operation executed.</summary>
    public static GraphQLExecutionOutcome Executed(GraphQLResult result) =>
        new(GraphQLOutcomeKind.Executed) { Result = result };

    /// <summary>A subscription's source stream, already mapped to results.</summary>
    public static GraphQLExecutionOutcome Subscription(IAsyncEnumerable<GraphQLResult> stream) =>
        new(GraphQLOutcomeKind.Stream) { Stream = stream };

    /// <summary>The selected operation's type (<paramref name="operationType"/>: query, mutation or subscription) is not allowed here.</summary>
    public static GraphQLExecutionOutcome OperationNotAllowed(string operationType) =>
        new(GraphQLOutcomeKind.OperationNotAllowed)
        {
            Errors = [GraphQLResponseError.WithCode($"Can only perform a {operationType} operation from a POST request.", "OPERATION_NOT_ALLOWED")],
        };
}
