namespace ClusterGraph.Neo4j.QueryApi;

/// <summary>A relationship as returned by a query; its direction is start → end.</summary>
/// <param name="ElementId">Neo4j's element id; stable only within one transaction.</param>
/// <param name="StartNodeElementId">The element id of the start node.</param>
/// <param name="EndNodeElementId">The element id of the end node.</param>
/// <param name="Type">The relationship type.</param>
/// <param name="Properties">The relationship's properties.</param>
public sealed record Neo4jRelationship(
    string ElementId,
    string StartNodeElementId,
    string EndNodeElementId,
    string Type,
    IReadOnlyDictionary<string, object?> Properties);
