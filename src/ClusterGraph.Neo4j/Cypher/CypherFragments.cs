namespace ClusterGraph.Neo4j.Cypher;

/// <summary>Predicates shared by read statements; every value in them is a parameter.</summary>
internal static class CypherFragments
{
    /// <summary>How deep LOCATED_IN chains are followed (region hierarchy plus complexes); a constant, never input.</summary>
    public const int MaxContainmentDepth = 8;

    /// <summary>The contract's validity rule for relationship <paramref name="r"/> on <c>$asOf</c> (null = always).</summary>
    public static string Valid(string r, string asOf = "$asOf") =>
        $"({asOf} IS NULL OR (({r}.since IS NULL OR {r}.since <= {asOf}) AND ({r}.until IS NULL OR {asOf} < {r}.until)))";

    /// <summary>Type filter on <c>$types</c> (null = any).</summary>
    public static string TypeIn(string r) => $"($types IS NULL OR type({r}) IN $types)";

    /// <summary>
    /// Direction seen from entity <paramref name="e"/>: <c>$direction</c> is OUT, IN or BOTH; the
    /// undirected types (<c>$undirected</c>) match in every direction.
    /// </summary>
    public static string Direction(string e, string r) =>
        $"($direction = $both OR type({r}) IN $undirected OR ($direction = $out AND startNode({r}) = {e}) OR ($direction = $in AND endNode({r}) = {e}))";

    /// <summary>
    /// The entity filter (see EntityFilter) on node <paramref name="e"/>, reading its arguments with
    /// <paramref name="p"/> as prefix: <c>$</c> for statement parameters, <c>f.</c> for a row of a batch.
    /// Only regions have a <c>level</c> and only initiatives a <c>date</c>, so those conditions imply the kind.
    /// </summary>
    public static string EntityFilter(string e, string p)
    {
        string depth = MaxContainmentDepth.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return $"""
            ({p}kinds IS NULL OR {e}.kind IN {p}kinds)
            AND ({p}within IS NULL OR EXISTS {"{"} MATCH path = ({e})-[:LOCATED_IN*1..{depth}]->(w:Entity)
                WHERE w.id IN {p}within AND (w:Region OR w:IndustrialComplex) AND all(x IN nodes(path)[1..] WHERE x:Region OR x:IndustrialComplex)
                AND all(link IN relationships(path) WHERE {Valid("link", p + "asOf")}) {"}"})
            AND ({p}activeIn IS NULL OR EXISTS {"{"} MATCH ({e})-[act:ACTIVE_IN|SPECIALIZES_IN]->(t:Entity)
                WHERE {Valid("act", p + "asOf")} AND (t.id IN {p}activeIn OR EXISTS {"{"} MATCH (t)-[:STAGE_OF]->(i:Industry) WHERE i.id IN {p}activeIn {"}"}) {"}"})
            AND ({p}nameContains IS NULL OR {e}.searchText CONTAINS {p}nameContains)
            AND ({p}west IS NULL OR ({e}.lat >= {p}south AND {e}.lat <= {p}north
                AND CASE WHEN {p}west <= {p}east THEN {e}.lon >= {p}west AND {e}.lon <= {p}east ELSE {e}.lon >= {p}west OR {e}.lon <= {p}east END))
            AND ({p}regionLevels IS NULL OR {e}.level IN {p}regionLevels)
            AND ({p}initiativeFrom IS NULL OR {e}.date >= {p}initiativeFrom)
            AND ({p}initiativeTo IS NULL OR {e}.date <= {p}initiativeTo)
            """;
    }
}
