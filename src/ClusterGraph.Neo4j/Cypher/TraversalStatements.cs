using System.Globalization;
using ClusterGraph.Graph.Store;
using static ClusterGraph.Neo4j.Cypher.CypherFragments;

namespace ClusterGraph.Neo4j.Cypher;

/// <summary>
/// Search, paths, neighbourhoods and coverage. Variable-length bounds cannot be parameters in
/// Cypher: they are written from integers clamped to the contract's limits
/// (<see cref="StoreLimits.MaxPathHops"/>, <see cref="StoreLimits.MaxEcosystemHops"/>), one
/// statement per bound, all in the catalog.
/// </summary>
public static class TraversalStatements
{
    /// <summary>Full-text candidates: the index's Lucene query over names, aliases and Hangul initials.</summary>
    public static CypherStatement FullTextSearch { get; } = ReadStatements.Read("read.search.fullText",
        """
        CALL db.index.fulltext.queryNodes($index, $query, {limit: $limit}) YIELD node, score
        WHERE $kinds IS NULL OR node.kind IN $kinds
        RETURN node, score
        """,
        new() { ["index"] = Neo4jGraphSchema.SearchIndex, ["query"] = "searchText:(amkor~1)", ["limit"] = 200, ["kinds"] = null });

    /// <summary>Substring candidates: normalized names or initials containing the text (exact, prefix and substring hits).</summary>
    public static CypherStatement SubstringSearch { get; } = ReadStatements.Read("read.search.substring",
        """
        MATCH (e:Entity)
        WHERE ($kinds IS NULL OR e.kind IN $kinds) AND (e.searchText CONTAINS $text OR e.initials CONTAINS $text)
        RETURN e ORDER BY e.id LIMIT $limit
        """,
        new() { ["text"] = "앰코", ["limit"] = 1000, ["kinds"] = new[] { "COMPANY" } });

    /// <summary>All shortest paths of at most <paramref name="maxHops"/> relations (the caller picks one deterministically).</summary>
    public static CypherStatement ShortestPaths(int maxHops) => s_shortest[Clamp(maxHops, StoreLimits.MaxPathHops) - 1];

    /// <summary>All paths of 1..<paramref name="maxHops"/> relations, shortest first, up to <c>$cap</c> (the caller keeps simple ones).</summary>
    public static CypherStatement BoundedPaths(int maxHops) => s_bounded[Clamp(maxHops, StoreLimits.MaxPathHops) - 1];

    /// <summary>The entities within <paramref name="hops"/> relations of <c>$id</c>, nearest first then by id.</summary>
    public static CypherStatement Ecosystem(int hops) => s_ecosystem[Clamp(hops, StoreLimits.MaxEcosystemHops) - 1];

    /// <summary>The coverage cells of regions × stages: organizations active in the stage within the region, and the location quotient.</summary>
    public static CypherStatement CoverageCells { get; } = ReadStatements.Read("read.coverage.cells",
        $$"""
        UNWIND $regionIds AS regionId
        MATCH (reg:Region {id: regionId})
        UNWIND $stageIds AS stageId
        MATCH (s:ValueChainStage {id: stageId})
        CALL (reg, s) {
          OPTIONAL MATCH (o:Entity)-[:ACTIVE_IN]->(s)
          WHERE (o:Company OR o:Institute) AND EXISTS { MATCH (o)-[:LOCATED_IN*1..{{MaxContainmentDepth.ToString(CultureInfo.InvariantCulture)}}]->(reg) }
          RETURN count(DISTINCT CASE WHEN o:Company THEN o END) AS companies, count(DISTINCT CASE WHEN o:Institute THEN o END) AS institutes
        }
        CALL (reg) {
          OPTIONAL MATCH (c:Company) WHERE EXISTS { MATCH (c)-[:LOCATED_IN*1..{{MaxContainmentDepth.ToString(CultureInfo.InvariantCulture)}}]->(reg) }
          RETURN count(DISTINCT c) AS regionCompanies
        }
        CALL (s) {
          OPTIONAL MATCH (c:Company)-[:ACTIVE_IN]->(s)
          RETURN count(DISTINCT c) AS stageCompanies
        }
        CALL () {
          MATCH (c:Company)
          RETURN count(c) AS allCompanies
        }
        RETURN regionId, stageId, companies, institutes,
          CASE WHEN regionCompanies = 0 OR stageCompanies = 0 OR allCompanies = 0 THEN null
               ELSE (toFloat(companies) / regionCompanies) / (toFloat(stageCompanies) / allCompanies) END AS locationQuotient
        """,
        new() { ["regionIds"] = new[] { "region:incheon" }, ["stageIds"] = new[] { "stage:semiconductor-packaging-test" } });

    /// <summary>Regions of the given levels, by id (the coverage matrix's default rows).</summary>
    public static CypherStatement RegionsOfLevels { get; } = ReadStatements.Read("read.regionsOfLevels",
        "MATCH (r:Region) WHERE r.level IN $levels RETURN r ORDER BY r.id",
        new() { ["levels"] = new[] { "PROVINCE", "METROPOLITAN_CITY" } });

    /// <summary>Every statement of this class, for the catalog.</summary>
    public static IEnumerable<CypherStatement> All =>
        [FullTextSearch, SubstringSearch, CoverageCells, RegionsOfLevels, .. s_shortest, .. s_bounded, .. s_ecosystem];

    private static readonly CypherStatement[] s_shortest = [.. Enumerable.Range(1, StoreLimits.MaxPathHops).Select(BuildShortest)];
    private static readonly CypherStatement[] s_bounded = [.. Enumerable.Range(1, StoreLimits.MaxPathHops).Select(BuildBounded)];
    private static readonly CypherStatement[] s_ecosystem = [.. Enumerable.Range(1, StoreLimits.MaxEcosystemHops).Select(BuildEcosystem)];

    private static int Clamp(int value, int max) => Math.Clamp(value, 1, max);

    private static string PathFilter => $"""
        all(r IN relationships(p) WHERE {TypeIn("r")} AND {Valid("r")})
        AND all(n IN nodes(p) WHERE n = a OR n = b OR NOT n.kind IN $excludeKinds)
        """;

    private const string PathProjection =
        "RETURN [n IN nodes(p) | n] AS nodes, [r IN relationships(p) | {r: r, fromId: startNode(r).id, toId: endNode(r).id}] AS rels";

    private static Dictionary<string, object?> PathExample => new()
    {
        ["from"] = "company:amkor-technology-korea",
        ["to"] = "institute:incheon-technopark",
        ["types"] = null,
        ["excludeKinds"] = new[] { "REGION" },
        ["asOf"] = null,
        ["cap"] = 10_000,
    };

    private static CypherStatement BuildShortest(int hops) => ReadStatements.Read(
        "read.shortestPaths." + hops.ToString(CultureInfo.InvariantCulture),
        $"""
        MATCH (a:Entity {"{"}id: $from{"}"}) MATCH (b:Entity {"{"}id: $to{"}"})
        MATCH p = allShortestPaths((a)-[*..{hops.ToString(CultureInfo.InvariantCulture)}]-(b))
        WHERE {PathFilter}
        {PathProjection}
        LIMIT $cap
        """,
        PathExample);

    private static CypherStatement BuildBounded(int hops) => ReadStatements.Read(
        "read.boundedPaths." + hops.ToString(CultureInfo.InvariantCulture),
        $"""
        MATCH (a:Entity {"{"}id: $from{"}"}) MATCH (b:Entity {"{"}id: $to{"}"})
        MATCH p = (a)-[*1..{hops.ToString(CultureInfo.InvariantCulture)}]-(b)
        WHERE {PathFilter}
        WITH p ORDER BY length(p) LIMIT $cap
        {PathProjection}
        """,
        PathExample);

    private static CypherStatement BuildEcosystem(int hops) => ReadStatements.Read(
        "read.ecosystem." + hops.ToString(CultureInfo.InvariantCulture),
        $$"""
        MATCH (c:Entity {id: $id})
        OPTIONAL MATCH p = (c)-[*1..{{hops.ToString(CultureInfo.InvariantCulture)}}]-(n:Entity)
        WHERE n <> c
          AND all(r IN relationships(p) WHERE {{TypeIn("r")}} AND {{Valid("r")}})
          AND all(x IN nodes(p) WHERE x = c OR $kinds IS NULL OR x.kind IN $kinds)
        WITH c, n, min(length(p)) AS distance
        ORDER BY distance, n.id
        WITH c, collect(n) AS reached
        RETURN c, reached[0..$take] AS entities, size(reached) AS reachable
        """,
        new() { ["id"] = "company:amkor-technology-korea", ["types"] = null, ["kinds"] = null, ["asOf"] = null, ["take"] = 199 });
}
