namespace ClusterGraph.GraphQL.AspNetCore;

/// <summary>Persisted queries: Apollo's <c>extensions.persistedQuery</c> protocol and trusted documents.</summary>
public sealed class GraphQLPersistedQueryOptions
{
    /// <summary>Which documents run. <see cref="PersistedQueryMode.Automatic"/> by default.</summary>
    public PersistedQueryMode Mode { get; set; } = PersistedQueryMode.Automatic;
}
