namespace ClusterGraph.Graph.Store;

/// <summary>Why a read request was refused.</summary>
public enum GraphQueryErrorCode
{
    /// <summary>An argument is out of its range or malformed (page size, hops, limit, blank search text, unknown version).</summary>
    InvalidArgument,

    /// <summary>A cursor is not one this store issued, or was issued for another list or ordering.</summary>
    InvalidCursor,
}
