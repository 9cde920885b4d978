namespace ClusterGraph.Redis.Caching;

/// <summary>Settings of <see cref="RedisDistributedCache"/>.</summary>
public sealed class RedisDistributedCacheOptions
{
    /// <summary>Prepended to every cache key, so several applications can share one database.</summary>
    public string KeyPrefix { get; set; } = string.Empty;
}
