namespace ClusterGraph.GraphQL.Execution;

/// <summary>Loads many keys in one call; keys missing from the answer resolve to default (null).</summary>
public delegate ValueTask<IReadOnlyDictionary<TKey, TValue>> BatchLoader<TKey, TValue>(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    where TKey : notnull;
