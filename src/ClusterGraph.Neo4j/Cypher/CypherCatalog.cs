using ClusterGraph.Neo4j.QueryApi;

namespace ClusterGraph.Neo4j.Cypher;

/// <summary>
/// Every statement the adapter can send, with example parameters, and the database schema they
/// assume (labels, relationship types, property keys, procedures, functions). The API host prints
/// it (<c>cypher-catalog</c>); the conformance test feeds it to Neo4j's Cypher analyzer.
/// </summary>
public static class CypherCatalog
{
    /// <summary>The procedures statements call; the analyzer is given exactly these signatures.</summary>
    public static IReadOnlyList<string> Procedures { get; } = ["db.index.fulltext.queryNodes"];

    /// <summary>The functions statements call; the analyzer is given exactly these signatures.</summary>
    public static IReadOnlyList<string> Functions { get; } =
        ["coalesce", "count", "collect", "min", "max", "length", "size", "type", "startNode", "endNode", "nodes", "relationships", "toFloat"];

    /// <summary>Every statement: schema setup, imports, writes and reads, names unique.</summary>
    public static IReadOnlyList<CypherStatement> Statements { get; } = Collect();

    /// <summary>The statement with this name.</summary>
    public static CypherStatement Get(string name) =>
        Statements.FirstOrDefault(s => s.Name == name) ?? throw new KeyNotFoundException($"No Cypher statement named '{name}'.");

    /// <summary>The catalog as JSON: <c>{"schema": {…}, "statements": [{name, accessMode, idempotent, text, parameters}]}</c>.</summary>
    public static string ToJson() => CatalogJson.Write(Statements);

    private static List<CypherStatement> Collect()
    {
        List<CypherStatement> all =
        [
            .. SchemaStatements.All, .. WriteStatements.All, .. ReadStatements.All, .. EntityListStatements.All, .. TraversalStatements.All, .. AnalyticsStatements.All,
        ];
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (CypherStatement statement in all)
        {
            if (!names.Add(statement.Name))
            {
                throw new InvalidOperationException($"Two Cypher statements are named '{statement.Name}'.");
            }
        }

        return all;
    }

    internal static string AccessModeName(Neo4jAccessMode mode) => mode == Neo4jAccessMode.Read ? "Read" : "Write";
}
