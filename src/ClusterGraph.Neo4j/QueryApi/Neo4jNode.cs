namespace ClusterGraph.Neo4j.QueryApi;

/// <summary>A node as returned by a query.</summary>
/// <param name="ElementId">Neo4j's element id; stable only within one transaction.</param>
/// <param name="Labels">The node's labels.</param>
/// <param name="Properties">The node's properties, values mapped like any other result value.</param>
public sealed record Neo4jNode(string ElementId, IReadOnlyList<string> Labels, IReadOnlyDictionary<string, object?> Properties);
