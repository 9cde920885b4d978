namespace ClusterGraph.Neo4j.Cypher;

/// <summary>Which way a keyset page reads: after the cursor (first/after) or before it (last/before).</summary>
public enum PageDirection
{
    /// <summary>Items after <c>$cursor</c>, ascending.</summary>
    Forward,

    /// <summary>Items before <c>$cursor</c>, descending (the caller reverses them).</summary>
    Backward,
}
