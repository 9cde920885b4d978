namespace ClusterGraph.Neo4j.QueryApi;

/// <summary>
/// A path: n nodes and n − 1 relationships, in walk order. A relationship's direction is only in its
/// start and end element ids, not in its place in the walk.
/// </summary>
public sealed record Neo4jPath(IReadOnlyList<Neo4jNode> Nodes, IReadOnlyList<Neo4jRelationship> Relationships);
