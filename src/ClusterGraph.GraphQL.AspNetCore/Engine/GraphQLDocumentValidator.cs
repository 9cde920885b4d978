using ClusterGraph.GraphQL.Errors;
using ClusterGraph.GraphQL.Language;

namespace ClusterGraph.GraphQL.AspNetCore;

/// <summary>
/// Validates a parsed document before execution (the engine's specified rules plus its limit rules:
/// depth, cost, aliases…); the request carries the caller's switches (suggestions). An empty list
/// means valid. Subscriptions go through the same validator as queries, so the same limits apply.
/// </summary>
public delegate IReadOnlyList<GraphQLError> GraphQLDocumentValidator(DocumentNode document, GraphQLExecutionRequest request);
