namespace ClusterGraph.Neo4j.QueryApi;

/// <summary>One Cypher statement with its parameters, sent as one implicit transaction.</summary>
/// <param name="Statement">The Cypher text. Values never go in here: they go in <paramref name="Parameters"/>.</param>
/// <param name="Parameters">Parameter values: null, bool, int, long, double, string, byte[], DateOnly, lists and string-keyed maps of these.</param>
/// <param name="AccessMode">Read or write routing.</param>
public sealed record Neo4jQuery(string Statement, IReadOnlyDictionary<string, object?> Parameters, Neo4jAccessMode AccessMode)
{
    /// <summary>
    /// Whether running the statement twice has the same effect as once. Only idempotent work is
    /// retried after a transient failure; reads are, writes are not unless marked so (MERGE-only imports).
    /// </summary>
    public bool Idempotent { get; init; } = AccessMode == Neo4jAccessMode.Read;

    /// <summary>A read-only statement.</summary>
    public static Neo4jQuery Read(string statement, IReadOnlyDictionary<string, object?>? parameters = null) =>
        new(statement, parameters ?? new Dictionary<string, object?>(), Neo4jAccessMode.Read);

    /// <summary>A writing statement (not retried).</summary>
    public static Neo4jQuery Write(string statement, IReadOnlyDictionary<string, object?>? parameters = null) =>
        new(statement, parameters ?? new Dictionary<string, object?>(), Neo4jAccessMode.Write);
}
