using System.Text.Json.Nodes;
using ClusterGraph.Neo4j.Cypher;

namespace ClusterGraph.Neo4j.Tests.Conformance;

/// <summary>
/// Every statement the adapter can send passes Neo4j's own Cypher analyzer (lintCypherQuery,
/// @neo4j-cypher/language-support 2.0.0-next.38) under Cypher 5 and Cypher 25, given the full
/// schema, with zero errors and zero warnings; and the analyzer, so configured, does reject bad
/// statements (the check cannot pass vacuously).
/// </summary>
public sealed class CypherCatalogLintTests
{
    [Fact]
    public void Every_catalog_statement_passes_the_cypher_analyzer_without_diagnostics()
    {
        (int linted, IReadOnlyList<CypherDiagnostic> diagnostics) = CypherLinter.Lint(CypherCatalog.ToJson());

        Assert.Equal(2 * CypherCatalog.Statements.Count, linted); // Cypher 5 and Cypher 25
        Assert.True(
            diagnostics.Count == 0,
            "The Cypher analyzer reported:\n" + string.Join("\n", diagnostics.Select(d => $"  {d.Statement} [{d.Version}] {d.Severity}: {d.Message}")));
    }

    // Each must draw a diagnostic of the given severity: one Node run lints them all.
    private static readonly (string What, string Text, string Severity)[] s_brokenStatements =
    [
        ("syntax", "MATCH (e:Entity RETURN e", "error"),
        ("unknown label", "MATCH (e:Entiti) RETURN e.id", "warning"),
        ("unknown relationship type", "MATCH (a:Entity)-[:LOCATED]->(b:Entity) RETURN b.id", "warning"),
        ("unknown property", "MATCH (e:Entity) RETURN e.nmae", "warning"),
        ("undefined parameter", "MATCH (e:Entity {id: $nope}) RETURN e.id", "error"),
        ("undefined variable", "MATCH (e:Entity) RETURN f", "error"),
        ("undeclared function", "MATCH (e:Entity) RETURN toUpper(e.id)", "error"),
        ("procedure arity", "CALL db.index.fulltext.queryNodes('entity_search') YIELD node RETURN node", "error"),
        ("deprecated function", "MATCH (e:Entity) RETURN id(e)", "warning"),
    ];

    [Fact]
    public void The_analyzer_so_configured_rejects_broken_statements()
    {
        string catalog = CatalogWith(s_brokenStatements.Select(b => (b.What, b.Text)));

        (int linted, IReadOnlyList<CypherDiagnostic> diagnostics) = CypherLinter.Lint(catalog);

        Assert.Equal(2 * s_brokenStatements.Length, linted);
        Assert.All(s_brokenStatements, broken => Assert.True(
            diagnostics.Any(d => d.Statement == broken.What && d.Version == "CYPHER 5" && d.Severity == broken.Severity),
            $"No {broken.Severity} for the {broken.What} statement; got: {string.Join("; ", diagnostics.Where(d => d.Statement == broken.What).Select(d => d.Message))}"));
    }

    // The real catalog's schema with hand-written statements instead of the real ones.
    private static string CatalogWith(IEnumerable<(string Name, string Text)> statements)
    {
        JsonObject catalog = JsonNode.Parse(CypherCatalog.ToJson())!.AsObject();
        var array = new JsonArray();
        foreach ((string name, string text) in statements)
        {
            array.Add(new JsonObject
            {
                ["name"] = name,
                ["accessMode"] = "Read",
                ["idempotent"] = true,
                ["text"] = text,
                ["parameters"] = new JsonObject { ["id"] = "company:x" },
            });
        }

        catalog["statements"] = array;
        return catalog.ToJsonString();
    }
}
