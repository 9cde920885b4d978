using ClusterGraph.GraphQL.AspNetCore;

namespace ClusterGraph.Redis.ResponseCaching;

/// <summary>Where an answer came from.</summary>
internal enum CacheSource
{
    Memory,
    Redis,
    Executor,
}

/// <summary>What one single-flight computation produced: a cacheable entry, or an outcome that is not cached.</summary>
internal sealed record CacheLoad(CachedResponse? Entry, GraphQLExecutionOutcome? Uncached, CacheSource Source);
