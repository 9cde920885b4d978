namespace ClusterGraph.Neo4j.QueryApi;

/// <summary>A value the Query API could not serialize (typed JSON v1.1 <c>Unsupported</c>), with the server's explanation.</summary>
public sealed record Neo4jUnsupportedValue(string Message);
