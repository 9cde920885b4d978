namespace ClusterGraph.GraphQL.Errors;

/// <summary>A 1-based line and column in the GraphQL source an error points at.</summary>
public readonly record struct ErrorLocation(int Line, int Column);
