namespace ClusterGraph.GraphQL.AspNetCore;

/// <summary>Which documents the endpoint runs.</summary>
public enum PersistedQueryMode
{
    /// <summary>Any document sent as text; persisted-query hashes are refused (PERSISTED_QUERY_NOT_SUPPORTED).</summary>
    Disabled,

    /// <summary>Any document; clients may register a document under its SHA-256 and later send only the
    /// hash (Apollo's automatic persisted queries). The default.</summary>
    Automatic,

    /// <summary>Only documents already in the store (trusted documents): by hash, or as text whose hash
    /// is in the store. Nothing is registered by clients.</summary>
    TrustedOnly,
}
