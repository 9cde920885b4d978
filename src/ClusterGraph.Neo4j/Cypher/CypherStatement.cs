using ClusterGraph.Neo4j.QueryApi;

namespace ClusterGraph.Neo4j.Cypher;

/// <summary>
/// One statement the adapter can send: a name for the catalog, the Cypher text (values only as
/// parameters), example parameters and how it is routed.
/// </summary>
/// <param name="Name">Catalog name, e.g. <c>import.entities.Company</c>.</param>
/// <param name="Text">Cypher text, on one line.</param>
/// <param name="AccessMode">Read or write.</param>
/// <param name="ExampleParameters">Parameters a real call would pass; the analyzer checks every $name against them.</param>
public sealed record CypherStatement(string Name, string Text, Neo4jAccessMode AccessMode, IReadOnlyDictionary<string, object?> ExampleParameters)
{
    /// <summary>Whether running it twice equals running it once (MERGE-only imports): such writes may be retried.</summary>
    public bool Idempotent { get; init; } = AccessMode == Neo4jAccessMode.Read;

    /// <summary>A query for this statement with the given parameters.</summary>
    public Neo4jQuery ToQuery(IReadOnlyDictionary<string, object?> parameters) =>
        new(Text, parameters, AccessMode) { Idempotent = Idempotent };
}
