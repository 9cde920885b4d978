namespace ClusterGraph.GraphQL.Validation.Limits;

/// <summary>The static cost of one operation (null name: the anonymous operation).</summary>
public readonly record struct OperationCost(string? OperationName, double Cost);
