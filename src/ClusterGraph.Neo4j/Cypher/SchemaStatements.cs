using ClusterGraph.Graph.Model;
using ClusterGraph.Neo4j.QueryApi;

namespace ClusterGraph.Neo4j.Cypher;

/// <summary>
/// Constraints and indexes, each <c>IF NOT EXISTS</c> so that running them on every start is safe:
/// unique ids (which also index them), kind/region lookups, relation ids per type, and the
/// full-text index over names, aliases and Hangul initials.
/// </summary>
public static class SchemaStatements
{
    private static readonly Dictionary<string, object?> s_none = [];

    /// <summary>Every schema statement, in the order they are applied.</summary>
    public static IReadOnlyList<CypherStatement> All { get; } = Build();

    private static CypherStatement Schema(string name, string text) =>
        new("schema." + name, CypherText.OneLine(text), Neo4jAccessMode.Write, s_none) { Idempotent = true };

    private static List<CypherStatement> Build()
    {
        var statements = new List<CypherStatement>
        {
            Schema("entity_id", "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE"),
            Schema("source_id", "CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE"),
            Schema("graph_version_key", "CREATE CONSTRAINT graph_version_key IF NOT EXISTS FOR (v:GraphVersion) REQUIRE v.key IS UNIQUE"),
            Schema("import_checkpoint_key", "CREATE CONSTRAINT import_checkpoint_key IF NOT EXISTS FOR (c:ImportCheckpoint) REQUIRE c.key IS UNIQUE"),
            Schema("entity_kind", "CREATE INDEX entity_kind IF NOT EXISTS FOR (e:Entity) ON (e.kind)"),
            Schema("entity_name_ko", "CREATE INDEX entity_name_ko IF NOT EXISTS FOR (e:Entity) ON (e.nameKo)"),
            Schema("entity_name_en", "CREATE INDEX entity_name_en IF NOT EXISTS FOR (e:Entity) ON (e.nameEn)"),
            Schema("region_level", "CREATE INDEX region_level IF NOT EXISTS FOR (r:Region) ON (r.level)"),
            Schema("region_code", "CREATE INDEX region_code IF NOT EXISTS FOR (r:Region) ON (r.code)"),
            Schema("entity_lat_lon", "CREATE INDEX entity_lat_lon IF NOT EXISTS FOR (e:Entity) ON (e.lat, e.lon)"),
            Schema(
                Neo4jGraphSchema.SearchIndex,
                "CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (e:Entity) ON EACH [e.searchText, e.initials]"),
        };

        foreach (RelationType type in Enum.GetValues<RelationType>())
        {
            string relationshipType = Neo4jGraphSchema.RelationshipTypeOf(type);
            string name = relationshipType.ToLowerInvariant() + "_id";
            statements.Add(Schema(name, $"CREATE CONSTRAINT {name} IF NOT EXISTS FOR ()-[r:{relationshipType}]-() REQUIRE r.id IS UNIQUE"));
        }

        return statements;
    }
}
