using System.Globalization;
using static ClusterGraph.Neo4j.Cypher.CypherFragments;

namespace ClusterGraph.Neo4j.Cypher;

/// <summary>The facts clusters and partner suggestions are scored from, each read in one statement.</summary>
public static class AnalyticsStatements
{
    private static readonly string s_depth = MaxContainmentDepth.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Every organization active in a stage or industry, with the industry (the target itself, or the
    /// stage's industry) and each region below the country it lies in.
    /// </summary>
    public static CypherStatement Memberships { get; } = ReadStatements.Read("read.clusters.memberships",
        $"""
        MATCH (o:Entity)-[:ACTIVE_IN]->(t:Entity)
        WHERE (o:Company OR o:Institute) AND (t:Industry OR t:ValueChainStage)
        OPTIONAL MATCH (t)-[:STAGE_OF]->(i:Industry)
        WITH o, t, CASE WHEN t:Industry THEN t.id ELSE coalesce(i.id, t.industryId) END AS industryId
        WHERE industryId IS NOT NULL AND ($industryId IS NULL OR industryId = $industryId)
        MATCH (o)-[:LOCATED_IN*1..{s_depth}]->(reg:Region)
        WHERE NOT reg.level IN $excludedLevels
        RETURN DISTINCT o.id AS organizationId, o.kind AS organizationKind, t.id AS targetId, t.kind AS targetKind, industryId, reg.id AS regionId
        """,
        new() { ["industryId"] = null, ["excludedLevels"] = new[] { "COUNTRY" } });

    /// <summary>Companies per region (every industry), and in the whole graph.</summary>
    public static CypherStatement CompaniesPerRegion { get; } = ReadStatements.Read("read.clusters.companiesPerRegion",
        $"""
        MATCH (c:Company)-[:LOCATED_IN*1..{s_depth}]->(reg:Region)
        RETURN reg.id AS regionId, count(DISTINCT c) AS companies
        """,
        []);

    /// <summary>SUPPORTS relations from institutes to companies.</summary>
    public static CypherStatement Supports { get; } = ReadStatements.Read("read.clusters.supports",
        "MATCH (i:Institute)-[:SUPPORTS]->(c:Company) RETURN i.id AS instituteId, c.id AS companyId",
        []);

    /// <summary>Complexes and initiatives of each region with what they specialize in, hold or target.</summary>
    public static CypherStatement PlacesAndInitiatives { get; } = ReadStatements.Read("read.clusters.placesAndInitiatives",
        $"""
        MATCH (x:Entity)-[:LOCATED_IN*1..{s_depth}]->(reg:Region)
        WHERE x:IndustrialComplex OR x:Initiative
        OPTIONAL MATCH (x)-[:SPECIALIZES_IN|TARGETS]->(t:Entity)
        OPTIONAL MATCH (member:Entity)-[:LOCATED_IN]->(x)
        WHERE member:Company OR member:Institute
        RETURN DISTINCT reg.id AS regionId, x AS place, collect(DISTINCT t.id) AS targets, collect(DISTINCT member.id) AS members
        """,
        []);

    /// <summary>The neighbourhood of an organization that partner suggestions are drawn from (two relations out).</summary>
    public static CypherStatement SuggestionFacts { get; } = ReadStatements.Read("read.suggestions.facts",
        """
        MATCH (o:Entity {id: $id}) WHERE o:Company OR o:Institute
        OPTIONAL MATCH (o)-[first]-(via:Entity)-[second]-(candidate:Entity)
        WHERE candidate <> o AND (candidate:Company OR candidate:Institute)
        RETURN o, via, type(first) AS firstType, startNode(first) = o AS firstOut,
               type(second) AS secondType, startNode(second) = via AS secondOut, candidate
        """,
        new() { ["id"] = "company:amkor-technology-korea" });

    /// <summary>Organizations active in a stage that FEEDS, or is fed by, a stage the organization is active in, with the candidate's stage.</summary>
    public static CypherStatement SupplyChainNeighbors { get; } = ReadStatements.Read("read.suggestions.supplyChain",
        """
        MATCH (o:Entity {id: $id})-[:ACTIVE_IN]->(:ValueChainStage)-[:FEEDS]-(stage:ValueChainStage)<-[:ACTIVE_IN]-(candidate:Entity)
        WHERE candidate <> o AND (candidate:Company OR candidate:Institute)
        RETURN DISTINCT stage, candidate
        """,
        new() { ["id"] = "company:amkor-technology-korea" });

    /// <summary>Every statement of this class, for the catalog.</summary>
    public static IEnumerable<CypherStatement> All => [Memberships, CompaniesPerRegion, Supports, PlacesAndInitiatives, SuggestionFacts, SupplyChainNeighbors];
}
