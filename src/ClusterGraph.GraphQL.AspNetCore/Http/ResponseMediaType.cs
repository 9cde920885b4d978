namespace ClusterGraph.GraphQL.AspNetCore.Http;

/// <summary>The response formats the endpoint can produce.</summary>
internal enum ResponseMediaType
{
    /// <summary>Nothing the client accepts.</summary>
    None,

    /// <summary><c>application/graphql-response+json</c>: status codes follow the GraphQL-over-HTTP spec (400 for request errors).</summary>
    GraphQLResponseJson,

    /// <summary><c>application/json</c>: the legacy format, 200 for every well-formed GraphQL request.</summary>
    Json,

    /// <summary><c>text/event-stream</c>: GraphQL over SSE, distinct connections mode.</summary>
    EventStream,

    /// <summary><c>text/html</c>: the GraphiQL page.</summary>
    Html,
}
