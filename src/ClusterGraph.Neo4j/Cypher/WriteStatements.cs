using ClusterGraph.Graph.Model;
using ClusterGraph.Neo4j.QueryApi;

namespace ClusterGraph.Neo4j.Cypher;

/// <summary>
/// Statements that change the graph. Each is one statement, hence one transaction, and every
/// store write also bumps the <c>GraphVersion</c> node in that same statement. Imports MERGE in
/// UNWIND batches and record their checkpoint in the same statement, so a rerun resumes.
/// </summary>
public static class WriteStatements
{
    private const string BumpVersion =
        "MERGE (v:GraphVersion {key: $versionKey}) SET v.version = coalesce(v.version, 0) + 1";

    /// <summary>Imports one batch of sources.</summary>
    public static CypherStatement ImportSources { get; } = Import(
        "import.sources",
        """
        UNWIND $rows AS row
        MERGE (s:Source {id: row.id})
        SET s = row
        WITH count(s) AS merged
        MERGE (c:ImportCheckpoint {key: $checkpointKey})
        SET c.batchesDone = $batch, c.batchesTotal = $batchesTotal
        RETURN merged
        """,
        ExampleRows.Sources);

    /// <summary>Marks an import finished and bumps the version once for all of it.</summary>
    public static CypherStatement FinishImport { get; } = Import(
        "import.finish",
        $$"""
        MERGE (c:ImportCheckpoint {key: $checkpointKey})
        SET c.completed = true
        WITH c
        {{BumpVersion}}
        RETURN v.version AS version
        """,
        ExampleRows.None);

    /// <summary>Reads an import's checkpoint: how many batches are done, and whether it finished.</summary>
    public static CypherStatement ReadCheckpoint { get; } = new(
        "import.checkpoint",
        CypherText.OneLine(
            """
            OPTIONAL MATCH (c:ImportCheckpoint {key: $checkpointKey})
            RETURN coalesce(c.batchesDone, 0) AS batchesDone, coalesce(c.completed, false) AS completed
            """),
        Neo4jAccessMode.Read,
        new Dictionary<string, object?> { ["checkpointKey"] = ExampleRows.CheckpointKey });

    /// <summary>Imports one batch of entities of one kind (the kind label comes from the enum, never from input).</summary>
    public static CypherStatement ImportEntities(EntityKind kind) => s_importEntities[kind];

    /// <summary>Imports one batch of relations of one type; rows whose endpoints are missing are not counted in <c>merged</c>.</summary>
    public static CypherStatement ImportRelations(RelationType type) => s_importRelations[type];

    /// <summary>Creates or replaces one entity and bumps the version.</summary>
    public static CypherStatement UpsertEntity(EntityKind kind) => s_upsertEntity[kind];

    /// <summary>Creates or replaces one relation between existing entities and bumps the version.</summary>
    public static CypherStatement UpsertRelation(RelationType type) => s_upsertRelation[type];

    /// <summary>Creates or replaces one source and bumps the version.</summary>
    public static CypherStatement UpsertSource { get; } = Write(
        "write.upsertSource",
        $$"""
        MERGE (s:Source {id: $row.id})
        SET s = $row
        WITH s
        {{BumpVersion}}
        RETURN s.id AS id, v.version AS version
        """,
        new Dictionary<string, object?> { ["row"] = ExampleRows.Sources[0], ["versionKey"] = Neo4jGraphSchema.GraphVersionKey });

    /// <summary>Deletes an entity with its relations (DETACH), returning their ids, and bumps the version; no row when it did not exist.</summary>
    public static CypherStatement DeleteEntity { get; } = Write(
        "write.deleteEntity",
        $$"""
        MATCH (e:Entity {id: $id})
        OPTIONAL MATCH (e)-[r]-()
        WITH e, collect(DISTINCT r.id) AS cascade
        DETACH DELETE e
        WITH cascade
        {{BumpVersion}}
        RETURN cascade, v.version AS version
        """,
        new Dictionary<string, object?> { ["id"] = "company:amkor-technology-korea", ["versionKey"] = Neo4jGraphSchema.GraphVersionKey });

    /// <summary>
    /// Replaces the whole graph in one statement, hence one transaction: deletes every entity and
    /// source, creates the given ones (one parameter per kind and per relation type, so labels and
    /// types come from the enums), and bumps the version once.
    /// </summary>
    public static CypherStatement ReplaceGraph { get; } = BuildReplaceGraph();

    /// <summary>The parameter holding the rows of one entity kind in <see cref="ReplaceGraph"/>.</summary>
    public static string EntitiesParameter(EntityKind kind) => "entities" + Neo4jGraphSchema.LabelOf(kind);

    /// <summary>The parameter holding the rows of one relation type in <see cref="ReplaceGraph"/>.</summary>
    public static string RelationsParameter(RelationType type) => "relations" + type.ToString();

    /// <summary>Deletes a relation by id (its type comes from the enum) and bumps the version.</summary>
    public static CypherStatement DeleteRelation(RelationType type) => s_deleteRelation[type];

    /// <summary>Every write statement, for the catalog.</summary>
    public static IEnumerable<CypherStatement> All =>
    [
        ImportSources, FinishImport, ReadCheckpoint, UpsertSource, DeleteEntity, ReplaceGraph,
        .. s_importEntities.Values, .. s_importRelations.Values, .. s_upsertEntity.Values, .. s_upsertRelation.Values, .. s_deleteRelation.Values,
    ];

    private static readonly Dictionary<EntityKind, CypherStatement> s_importEntities = Enum.GetValues<EntityKind>().ToDictionary(
        kind => kind,
        kind => Import(
            "import.entities." + Neo4jGraphSchema.LabelOf(kind),
            $$"""
            UNWIND $rows AS row
            MERGE (e:Entity {id: row.id})
            SET e = row, e:{{Neo4jGraphSchema.LabelOf(kind)}}
            WITH count(e) AS merged
            MERGE (c:ImportCheckpoint {key: $checkpointKey})
            SET c.batchesDone = $batch, c.batchesTotal = $batchesTotal
            RETURN merged
            """,
            ExampleRows.Entities));

    private static readonly Dictionary<RelationType, CypherStatement> s_importRelations = Enum.GetValues<RelationType>().ToDictionary(
        type => type,
        type => Import(
            "import.relations." + Neo4jGraphSchema.RelationshipTypeOf(type),
            $$"""
            UNWIND $rows AS row
            MATCH (a:Entity {id: row.fromId})
            MATCH (b:Entity {id: row.toId})
            MERGE (a)-[r:{{Neo4jGraphSchema.RelationshipTypeOf(type)}} {id: row.props.id}]->(b)
            SET r = row.props
            WITH count(r) AS merged
            MERGE (c:ImportCheckpoint {key: $checkpointKey})
            SET c.batchesDone = $batch, c.batchesTotal = $batchesTotal
            RETURN merged
            """,
            ExampleRows.Relations));

    private static readonly Dictionary<EntityKind, CypherStatement> s_upsertEntity = Enum.GetValues<EntityKind>().ToDictionary(
        kind => kind,
        kind => Write(
            "write.upsertEntity." + Neo4jGraphSchema.LabelOf(kind),
            $$"""
            MERGE (e:Entity {id: $row.id})
            SET e = $row, e:{{Neo4jGraphSchema.LabelOf(kind)}}
            WITH e
            {{BumpVersion}}
            RETURN e.id AS id, v.version AS version
            """,
            new Dictionary<string, object?> { ["row"] = ExampleRows.Entities[0], ["versionKey"] = Neo4jGraphSchema.GraphVersionKey }));

    private static readonly Dictionary<RelationType, CypherStatement> s_upsertRelation = Enum.GetValues<RelationType>().ToDictionary(
        type => type,
        type => Write(
            "write.upsertRelation." + Neo4jGraphSchema.RelationshipTypeOf(type),
            $$"""
            MATCH (a:Entity {id: $fromId})
            MATCH (b:Entity {id: $toId})
            OPTIONAL MATCH ()-[old:{{Neo4jGraphSchema.RelationshipTypeOf(type)}} {id: $props.id}]->()
            DELETE old
            WITH a, b
            CREATE (a)-[r:{{Neo4jGraphSchema.RelationshipTypeOf(type)}}]->(b)
            SET r = $props
            WITH r
            {{BumpVersion}}
            RETURN r.id AS id, v.version AS version
            """,
            new Dictionary<string, object?>
            {
                ["fromId"] = ExampleRows.Relations[0]["fromId"],
                ["toId"] = ExampleRows.Relations[0]["toId"],
                ["props"] = ExampleRows.Relations[0]["props"],
                ["versionKey"] = Neo4jGraphSchema.GraphVersionKey,
            }));

    private static readonly Dictionary<RelationType, CypherStatement> s_deleteRelation = Enum.GetValues<RelationType>().ToDictionary(
        type => type,
        type => Write(
            "write.deleteRelation." + Neo4jGraphSchema.RelationshipTypeOf(type),
            $$"""
            MATCH ()-[r:{{Neo4jGraphSchema.RelationshipTypeOf(type)}} {id: $id}]->()
            WITH r LIMIT 1
            DELETE r
            WITH 1 AS deleted
            {{BumpVersion}}
            RETURN deleted, v.version AS version
            """,
            new Dictionary<string, object?> { ["id"] = "relation:located-in:amkor-technology-korea:incheon", ["versionKey"] = Neo4jGraphSchema.GraphVersionKey }));

    private static CypherStatement BuildReplaceGraph()
    {
        var text = new System.Text.StringBuilder();
        text.Append("CALL () { MATCH (n) WHERE n:Entity OR n:Source DETACH DELETE n } ");
        text.Append("CALL () { UNWIND $sources AS row CREATE (s:Source) SET s = row } ");
        var parameters = new Dictionary<string, object?> { ["sources"] = ExampleRows.Sources, ["versionKey"] = Neo4jGraphSchema.GraphVersionKey };
        foreach (EntityKind kind in Enum.GetValues<EntityKind>())
        {
            text.Append($"CALL () {{ UNWIND ${EntitiesParameter(kind)} AS row CREATE (e:Entity:{Neo4jGraphSchema.LabelOf(kind)}) SET e = row }} ");
            parameters[EntitiesParameter(kind)] = kind == EntityKind.Company ? ExampleRows.Entities : Array.Empty<object>();
        }

        foreach (RelationType type in Enum.GetValues<RelationType>())
        {
            text.Append($"CALL () {{ UNWIND ${RelationsParameter(type)} AS row MATCH (a:Entity {{id: row.fromId}}) MATCH (b:Entity {{id: row.toId}}) ");
            text.Append($"CREATE (a)-[r:{Neo4jGraphSchema.RelationshipTypeOf(type)}]->(b) SET r = row.props }} ");
            parameters[RelationsParameter(type)] = type == RelationType.LocatedIn ? ExampleRows.Relations : Array.Empty<object>();
        }

        text.Append(BumpVersion).Append(" RETURN v.version AS version");
        return Write("write.replaceGraph", text.ToString(), parameters);
    }

    private static CypherStatement Import(string name, string text, object? rows) =>
        new(name, CypherText.OneLine(text), Neo4jAccessMode.Write, ImportParameters(name, rows)) { Idempotent = true };

    private static CypherStatement Write(string name, string text, IReadOnlyDictionary<string, object?> parameters) =>
        new(name, CypherText.OneLine(text), Neo4jAccessMode.Write, parameters);

    private static Dictionary<string, object?> ImportParameters(string name, object? rows) =>
        name == "import.finish"
            ? new() { ["checkpointKey"] = ExampleRows.CheckpointKey, ["versionKey"] = Neo4jGraphSchema.GraphVersionKey }
            : new() { ["rows"] = rows, ["checkpointKey"] = ExampleRows.CheckpointKey, ["batch"] = 1, ["batchesTotal"] = 3 };
}
