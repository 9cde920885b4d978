namespace ClusterGraph.Neo4j.QueryApi;

/// <summary>A server notification (performance hint, deprecation, …) returned with a result.</summary>
public sealed record Neo4jNotification(string Code, string Title, string Description, string Severity);
