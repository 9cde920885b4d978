namespace ClusterGraph.GraphQL.AspNetCore;

/// <summary>A 1-based line and column in the GraphQL document.</summary>
public readonly record struct GraphQLResponseErrorLocation(int Line, int Column);
