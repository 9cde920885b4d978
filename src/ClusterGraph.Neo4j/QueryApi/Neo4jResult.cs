namespace ClusterGraph.Neo4j.QueryApi;

/// <summary>The outcome of one statement: its fields, rows, the bookmarks of its transaction and any notifications.</summary>
public sealed record Neo4jResult(
    IReadOnlyList<string> Fields,
    IReadOnlyList<Neo4jRecord> Records,
    IReadOnlyList<string> Bookmarks,
    IReadOnlyList<Neo4jNotification> Notifications);
