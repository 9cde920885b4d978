using ClusterGraph.Redis.Caching;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClusterGraph.Redis;

/// <summary>Registers the Redis client (one per process, validated at start) and the distributed cache.</summary>
public static class RedisServiceCollectionExtensions
{
    /// <summary>Adds a singleton <see cref="RedisClient"/> configured by <paramref name="configure"/>; options are validated on start.</summary>
    public static IServiceCollection AddRedisClient(this IServiceCollection services, Action<RedisOptions> configure)
    {
        services.AddOptions<RedisOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RedisOptions>, RedisOptionsValidator>());
        services.TryAddSingleton(static provider => new RedisClient(
            provider.GetRequiredService<IOptions<RedisOptions>>().Value,
            provider.GetService<ILogger<RedisClient>>()));
        return services;
    }

    /// <summary>Adds <see cref="RedisDistributedCache"/> as the <see cref="IDistributedCache"/> (needs <see cref="AddRedisClient"/>).</summary>
    public static IServiceCollection AddRedisDistributedCache(this IServiceCollection services, Action<RedisDistributedCacheOptions>? configure = null)
    {
        services.AddOptions<RedisDistributedCacheOptions>().Configure(configure ?? (static _ => { }));
        services.TryAddSingleton(TimeProvider.System);
        services.RemoveAll<IDistributedCache>();
        services.AddSingleton<RedisDistributedCache>();
        services.AddSingleton<IDistributedCache>(static provider => provider.GetRequiredService<RedisDistributedCache>());
        services.AddSingleton<IBufferDistributedCache>(static provider => provider.GetRequiredService<RedisDistributedCache>());
        return services;
    }
}
