namespace ClusterGraph.Neo4j.QueryApi;

/// <summary>The Query API's <c>accessMode</c>: in a cluster, reads may go to readers, writes go to the writer.</summary>
public enum Neo4jAccessMode
{
    /// <summary>The statement only reads; it may be routed to a reader and retried after transient failures.</summary>
    Read,

    /// <summary>The statement writes; it is routed to the writer.</summary>
    Write,
}
