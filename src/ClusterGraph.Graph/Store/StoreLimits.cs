namespace ClusterGraph.Graph.Store;

/// <summary>
/// Bounds every implementation of <see cref="IGraphStore"/> enforces; a request beyond one fails with
/// <see cref="GraphQueryException"/> instead of being cut silently. The API applies the contract's
/// tighter bounds (page size 100) itself; the store's page bound serves the map (10,000 points).
/// </summary>
public static class StoreLimits
{
    /// <summary>Page size when a request gives neither first nor last.</summary>
    public const int DefaultPageSize = 20;

    /// <summary>Largest page a store returns.</summary>
    public const int MaxPageSize = 10_000;

    /// <summary>Most IDs accepted by one batched call.</summary>
    public const int MaxBatchSize = 10_000;

    /// <summary>Longest path (relations) a path query may ask for.</summary>
    public const int MaxPathHops = 8;

    /// <summary>Most paths a k-shortest-paths query may ask for.</summary>
    public const int MaxPaths = 20;

    /// <summary>Most hops an ecosystem query may ask for.</summary>
    public const int MaxEcosystemHops = 3;

    /// <summary>Most entities an ecosystem query may ask for.</summary>
    public const int MaxEcosystemLimit = 1_000;

    /// <summary>Longest search text accepted, in characters.</summary>
    public const int MaxSearchTextLength = 200;

    /// <summary>Most partner suggestions one call returns.</summary>
    public const int MaxSuggestions = 100;
}
