namespace ClusterGraph.GraphQL.AspNetCore;

/// <summary>What happened to a GraphQL request; decides the status code and the response shape.</summary>
public enum GraphQLOutcomeKind
{
    /// <summary>The request never executed (parse, validation or variable coercion failed, or a
    /// persisted query was unknown): no <c>data</c> key; 400 under application/graphql-response+json.</summary>
    RequestError,

    /// <summary>The operation executed: a response with a <c>data</c> key.</summary>
    Executed,

    /// <summary>A subscription: a stream of results, sent as Server-Sent Events.</summary>
    Stream,

    /// <summary>The operation type is not allowed on this HTTP method (a mutation over GET): 405.</summary>
    OperationNotAllowed,
}
