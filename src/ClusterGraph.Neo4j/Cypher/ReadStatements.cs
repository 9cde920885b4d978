using ClusterGraph.Graph.Model;
using ClusterGraph.Neo4j.QueryApi;
using static ClusterGraph.Neo4j.Cypher.CypherFragments;

namespace ClusterGraph.Neo4j.Cypher;

/// <summary>
/// The store's reads. Batched reads UNWIND <c>$ids</c>; paged reads use keysets (<c>$cursor</c>,
/// <c>$take</c> = page size + 1) and also return <c>total</c> and <c>beyond</c> (items on the other
/// side of the cursor) so that page info needs no second round trip.
/// </summary>
public static class ReadStatements
{
    private static readonly string s_depth = MaxContainmentDepth.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Entities by id.</summary>
    public static CypherStatement EntitiesByIds { get; } = Read("read.entitiesByIds",
        "UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN id, e",
        Example.Ids);

    /// <summary>Sources by id.</summary>
    public static CypherStatement SourcesByIds { get; } = Read("read.sourcesByIds",
        "UNWIND $ids AS id MATCH (s:Source {id: id}) RETURN id, s",
        Example.SourceIds);

    /// <summary>Relations of one type by id (the type is read off the relation id, so the id's index is used).</summary>
    public static CypherStatement RelationsByIds(RelationType type) => s_relationsByIds[type];

    /// <summary>Degree of each entity: relations of any type and direction.</summary>
    public static CypherStatement Degrees { get; } = Read("read.degrees",
        "UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN id, COUNT { (e)--() } AS degree",
        Example.Ids);

    /// <summary>The regions containing each entity with their depth in the hierarchy (the caller keeps the deepest, ties by id).</summary>
    public static CypherStatement ContainingRegions { get; } = Read("read.containingRegions",
        $"""
        UNWIND $ids AS id
        MATCH (e:Entity {"{"}id: id{"}"})-[:LOCATED_IN*1..{s_depth}]->(r:Region)
        WHERE r <> e
        WITH DISTINCT id, r
        MATCH chain = (r)-[:LOCATED_IN*0..{s_depth}]->(top:Region)
        WHERE NOT EXISTS {"{"} MATCH (top)-[:LOCATED_IN]->(:Region) {"}"}
        RETURN id, r, max(length(chain)) AS depth
        """,
        Example.Ids);

    /// <summary>The bounding box of the located entities within each place, the place included.</summary>
    public static CypherStatement Bounds { get; } = Read("read.bounds",
        $"""
        UNWIND $ids AS id
        MATCH (p:Entity {"{"}id: id{"}"}) WHERE p:Region OR p:IndustrialComplex
        MATCH (n:Entity)-[:LOCATED_IN*0..{s_depth}]->(p)
        WHERE n.lat IS NOT NULL AND n.lon IS NOT NULL
        RETURN id, min(n.lon) AS west, min(n.lat) AS south, max(n.lon) AS east, max(n.lat) AS north
        """,
        Example.Ids);

    /// <summary>The stages of each industry, by STAGE_OF or by their industry attribute, in value-chain order.</summary>
    public static CypherStatement StagesOf { get; } = Read("read.stagesOf",
        """
        UNWIND $ids AS id
        MATCH (s:ValueChainStage)
        WHERE s.industryId = id OR EXISTS { MATCH (s)-[:STAGE_OF]->(i:Industry) WHERE i.id = id }
        RETURN id, s ORDER BY s.stageOrder, s.id
        """,
        Example.Ids);

    /// <summary>The industry of each stage: its STAGE_OF target, else its industry attribute.</summary>
    public static CypherStatement IndustriesOfStages { get; } = Read("read.industriesOfStages",
        """
        UNWIND $ids AS id
        MATCH (s:ValueChainStage {id: id})
        OPTIONAL MATCH (s)-[:STAGE_OF]->(byRelation:Industry)
        OPTIONAL MATCH (byAttribute:Industry {id: s.industryId})
        WITH id, byRelation, byAttribute ORDER BY byRelation.id
        RETURN id, coalesce(byRelation, byAttribute) AS industry
        """,
        Example.Ids);

    /// <summary>A page of each entity's relations, by relation id.</summary>
    public static CypherStatement RelationsOf(PageDirection direction) => direction == PageDirection.Forward ? s_relationsOfForward : s_relationsOfBackward;

    /// <summary>A page of each entity's distinct neighbors, by entity id.</summary>
    public static CypherStatement NeighborsOf(PageDirection direction) => direction == PageDirection.Forward ? s_neighborsOfForward : s_neighborsOfBackward;

    /// <summary>A page of the relations citing each source, by relation id.</summary>
    public static CypherStatement RelationsCiting(PageDirection direction) => direction == PageDirection.Forward ? s_relationsCitingForward : s_relationsCitingBackward;

    /// <summary>A page of the entities citing each source (their evidence or an indicator's), by entity id.</summary>
    public static CypherStatement EntitiesMentioning(PageDirection direction) => direction == PageDirection.Forward ? s_entitiesMentioningForward : s_entitiesMentioningBackward;

    /// <summary>A page of all sources, by id.</summary>
    public static CypherStatement Sources(PageDirection direction) => direction == PageDirection.Forward ? s_sourcesForward : s_sourcesBackward;

    /// <summary>The relations valid on <c>$asOf</c>, of <c>$types</c>, with both ends among <c>$ids</c>.</summary>
    public static CypherStatement RelationsAmong { get; } = Read("read.relationsAmong",
        $"""
        MATCH (a:Entity)-[r]->(b:Entity)
        WHERE a.id IN $ids AND b.id IN $ids AND {TypeIn("r")} AND {Valid("r")}
        RETURN r, a.id AS fromId, b.id AS toId ORDER BY r.id
        """,
        new() { ["ids"] = Example.Ids["ids"], ["types"] = null, ["asOf"] = new DateOnly(2024, 6, 1) });

    /// <summary>How many entities match each filter of a batch (<c>$filters</c>: rows with an <c>index</c> and the filter's fields).</summary>
    public static CypherStatement CountEntities { get; } = Read("read.countEntities",
        $"""
        UNWIND $filters AS f
        CALL (f) {"{"}
          MATCH (e:Entity)
          WHERE {EntityFilter("e", "f.")}
          RETURN count(e) AS matched
        {"}"}
        RETURN f.index AS index, matched
        """,
        new() { ["filters"] = new[] { Example.FilterRow(0) } });

    /// <summary>Counts, per kind, of entities; relations; sources; and the version, in one transaction.</summary>
    public static CypherStatement Stats { get; } = Read("read.stats",
        """
        CALL () { MATCH (e:Entity) WITH e.kind AS kind, count(e) AS entities RETURN collect([kind, entities]) AS kinds }
        CALL () { MATCH ()-[r]->() RETURN count(r) AS relations }
        CALL () { MATCH (s:Source) RETURN count(s) AS sources }
        OPTIONAL MATCH (v:GraphVersion {key: $versionKey})
        RETURN kinds, relations, sources, coalesce(v.version, 0) AS version
        """,
        new() { ["versionKey"] = Neo4jGraphSchema.GraphVersionKey });

    /// <summary>The data version (0 before any write).</summary>
    public static CypherStatement Version { get; } = Read("read.version",
        "OPTIONAL MATCH (v:GraphVersion {key: $versionKey}) RETURN coalesce(v.version, 0) AS version",
        new() { ["versionKey"] = Neo4jGraphSchema.GraphVersionKey });

    /// <summary>Entities that another entity refers to outside relations (a stage's industry, an indicator's subject).</summary>
    public static CypherStatement ReferencesTo { get; } = Read("read.referencesTo",
        "MATCH (x:Entity) WHERE x.industryId = $id OR $id IN x.indicatorAboutIds RETURN x.id AS id ORDER BY id",
        new() { ["id"] = "industry:semiconductor" });

    /// <summary>Every statement of this class, for the catalog.</summary>
    public static IEnumerable<CypherStatement> All =>
    [
        EntitiesByIds, SourcesByIds, Degrees, ContainingRegions, Bounds, StagesOf, IndustriesOfStages, RelationsAmong, CountEntities, Stats, Version, ReferencesTo,
        s_relationsOfForward, s_relationsOfBackward, s_neighborsOfForward, s_neighborsOfBackward,
        s_relationsCitingForward, s_relationsCitingBackward, s_entitiesMentioningForward, s_entitiesMentioningBackward,
        s_sourcesForward, s_sourcesBackward, .. s_relationsByIds.Values,
    ];

    private static readonly Dictionary<RelationType, CypherStatement> s_relationsByIds = Enum.GetValues<RelationType>().ToDictionary(
        type => type,
        type => Read(
            "read.relationsByIds." + Neo4jGraphSchema.RelationshipTypeOf(type),
            $"UNWIND $ids AS id MATCH (a:Entity)-[r:{Neo4jGraphSchema.RelationshipTypeOf(type)} {"{"}id: id{"}"}]->(b:Entity) RETURN id, r, a.id AS fromId, b.id AS toId",
            new() { ["ids"] = new[] { "relation:located-in:amkor-technology-korea:incheon" } }));

    private static readonly CypherStatement s_relationsOfForward = PerIdPage("read.relationsOf", PageDirection.Forward,
        "MATCH (e:Entity {id: id})-[r]-(o:Entity)", $"{TypeIn("r")} AND {Direction("e", "r")} AND {Valid("r")}", "r",
        "{r: r, fromId: startNode(r).id, toId: endNode(r).id}", Example.Adjacency);

    private static readonly CypherStatement s_relationsOfBackward = PerIdPage("read.relationsOf", PageDirection.Backward,
        "MATCH (e:Entity {id: id})-[r]-(o:Entity)", $"{TypeIn("r")} AND {Direction("e", "r")} AND {Valid("r")}", "r",
        "{r: r, fromId: startNode(r).id, toId: endNode(r).id}", Example.Adjacency);

    private static readonly CypherStatement s_neighborsOfForward = PerIdPage("read.neighborsOf", PageDirection.Forward,
        "MATCH (e:Entity {id: id})-[r]-(o:Entity)", $"o <> e AND ($kinds IS NULL OR o.kind IN $kinds) AND {TypeIn("r")} AND {Direction("e", "r")} AND {Valid("r")}", "o",
        "o", Example.Neighbors, distinct: true);

    private static readonly CypherStatement s_neighborsOfBackward = PerIdPage("read.neighborsOf", PageDirection.Backward,
        "MATCH (e:Entity {id: id})-[r]-(o:Entity)", $"o <> e AND ($kinds IS NULL OR o.kind IN $kinds) AND {TypeIn("r")} AND {Direction("e", "r")} AND {Valid("r")}", "o",
        "o", Example.Neighbors, distinct: true);

    private static readonly CypherStatement s_relationsCitingForward = PerIdPage("read.relationsCiting", PageDirection.Forward,
        "MATCH (a:Entity)-[r]->(b:Entity)", "id IN r.evidenceSourceIds", "r", "{r: r, fromId: startNode(r).id, toId: endNode(r).id}", Example.Citing);

    private static readonly CypherStatement s_relationsCitingBackward = PerIdPage("read.relationsCiting", PageDirection.Backward,
        "MATCH (a:Entity)-[r]->(b:Entity)", "id IN r.evidenceSourceIds", "r", "{r: r, fromId: startNode(r).id, toId: endNode(r).id}", Example.Citing);

    private static readonly CypherStatement s_entitiesMentioningForward = PerIdPage("read.entitiesMentioning", PageDirection.Forward,
        "MATCH (e:Entity)", "id IN e.evidenceSourceIds OR id IN e.indicatorSourceIds", "e", "e", Example.Citing);

    private static readonly CypherStatement s_entitiesMentioningBackward = PerIdPage("read.entitiesMentioning", PageDirection.Backward,
        "MATCH (e:Entity)", "id IN e.evidenceSourceIds OR id IN e.indicatorSourceIds", "e", "e", Example.Citing);

    private static readonly CypherStatement s_sourcesForward = SourcePage(PageDirection.Forward);

    private static readonly CypherStatement s_sourcesBackward = SourcePage(PageDirection.Backward);

    // One page per id of $ids: the matching items ordered by their id (keyset on $cursor), their total,
    // and how many lie on the other side of the cursor.
    private static CypherStatement PerIdPage(
        string name, PageDirection direction, string match, string where, string item, string projection,
        Dictionary<string, object?> example, bool distinct = false)
    {
        (string after, string beyond, string order) = Keyset(direction);
        string keep = distinct ? $"WITH DISTINCT {item}" : $"WITH {item}";
        string text = $$"""
            UNWIND $ids AS id
            CALL (id) {
              {{match}}
              WHERE {{where}}
              {{keep}}
              RETURN count({{item}}) AS total, count(CASE WHEN $cursor IS NOT NULL AND {{item}}.id {{beyond}} $cursor THEN 1 END) AS beyond
            }
            CALL (id) {
              {{match}}
              WHERE {{where}}
              {{keep}}
              WHERE $cursor IS NULL OR {{item}}.id {{after}} $cursor
              WITH {{item}} ORDER BY {{item}}.id {{order}} LIMIT $take
              RETURN collect({{projection}}) AS items
            }
            RETURN id, total, beyond, items
            """;
        return Read($"{name}.{direction.ToString().ToLowerInvariant()}", text, example);
    }

    private static CypherStatement SourcePage(PageDirection direction)
    {
        (string after, string beyond, string order) = Keyset(direction);
        string text = $$"""
            CALL () {
              MATCH (s:Source)
              RETURN count(s) AS total, count(CASE WHEN $cursor IS NOT NULL AND s.id {{beyond}} $cursor THEN 1 END) AS beyond
            }
            CALL () {
              MATCH (s:Source)
              WHERE $cursor IS NULL OR s.id {{after}} $cursor
              WITH s ORDER BY s.id {{order}} LIMIT $take
              RETURN collect(s) AS items
            }
            RETURN total, beyond, items
            """;
        return Read($"read.sources.{direction.ToString().ToLowerInvariant()}", text, new() { ["cursor"] = null, ["take"] = 21 });
    }

    internal static (string After, string Beyond, string Order) Keyset(PageDirection direction) =>
        direction == PageDirection.Forward ? (">", "<=", "ASC") : ("<", ">=", "DESC");

    internal static CypherStatement Read(string name, string text, Dictionary<string, object?> example) =>
        new(name, CypherText.OneLine(text), Neo4jAccessMode.Read, example);
}
