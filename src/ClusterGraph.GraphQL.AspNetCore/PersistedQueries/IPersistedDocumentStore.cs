namespace ClusterGraph.GraphQL.AspNetCore;

/// <summary>
/// Where persisted documents live, keyed by the lower-case hex SHA-256 of their UTF-8 text. In-memory
/// by default (<see cref="InMemoryPersistedDocumentStore"/>); a shared store (Redis) lets replicas share
/// registrations.
/// </summary>
public interface IPersistedDocumentStore
{
    /// <summary>The document stored under <paramref name="sha256Hash"/>, or null.</summary>
    ValueTask<string?> TryGetAsync(string sha256Hash, CancellationToken cancellationToken);

    /// <summary>Stores <paramref name="document"/> under <paramref name="sha256Hash"/> (the caller has verified the hash).</summary>
    ValueTask SaveAsync(string sha256Hash, string document, CancellationToken cancellationToken);
}
