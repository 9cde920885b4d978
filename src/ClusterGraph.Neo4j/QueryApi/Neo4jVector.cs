namespace ClusterGraph.Neo4j.QueryApi;

/// <summary>A Cypher VECTOR (typed JSON v1.1): its coordinate type (FLOAT64 … INT8) and coordinates.</summary>
public sealed record Neo4jVector(string CoordinatesType, IReadOnlyList<double> Coordinates);
