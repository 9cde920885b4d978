namespace ClusterGraph.Neo4j.QueryApi;

/// <summary>The temporal instant types of the Query API's typed JSON (Duration has its own type).</summary>
public enum Neo4jTemporalKind
{
    /// <summary>Cypher DATE, typed JSON <c>Date</c>: <c>2015-03-26</c>.</summary>
    Date,

    /// <summary>Cypher ZONED TIME, typed JSON <c>Time</c>: <c>12:50:35.556+01:00</c>.</summary>
    Time,

    /// <summary>Cypher LOCAL TIME, typed JSON <c>LocalTime</c>: <c>12:50:35.556</c>.</summary>
    LocalTime,

    /// <summary>Cypher ZONED DATETIME, typed JSON <c>OffsetDateTime</c>: <c>2015-11-21T21:40:32.142Z[Antarctica/Troll]</c>.</summary>
    OffsetDateTime,

    /// <summary>Cypher LOCAL DATETIME, typed JSON <c>LocalDateTime</c>: <c>2015-07-04T19:32:24</c>.</summary>
    LocalDateTime,
}
