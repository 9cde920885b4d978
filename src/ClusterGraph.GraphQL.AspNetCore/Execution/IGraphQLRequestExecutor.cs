namespace ClusterGraph.GraphQL.AspNetCore;

/// <summary>
/// The seam between the HTTP transport and the GraphQL engine: the transport has already parsed the
/// HTTP request (body, query string, persisted-query lookup) into a <see cref="GraphQLExecutionRequest"/>;
/// the executor parses, validates, coerces variables and executes, and says which of these happened.
/// </summary>
public interface IGraphQLRequestExecutor
{
    /// <summary>
    /// Runs one GraphQL request. Parse, validation and variable-coercion failures must come back as
    /// <see cref="GraphQLExecutionOutcome.RequestError"/> (the request never executed, so the response
    /// has no <c>data</c> key); <paramref name="cancellationToken"/> fires on the execution timeout or when
    /// the client goes away, and should reach the resolvers.
    /// </summary>
    ValueTask<GraphQLExecutionOutcome> ExecuteAsync(GraphQLExecutionRequest request, CancellationToken cancellationToken);
}
