using ClusterGraph.GraphQL.AspNetCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClusterGraph.Redis.PersistedQueries;

/// <summary>Registers the Redis persisted-document store.</summary>
public static class PersistedQueryServiceCollectionExtensions
{
    /// <summary>
    /// Makes <see cref="RedisPersistedDocumentStore"/> the <see cref="IPersistedDocumentStore"/> (replacing the
    /// in-memory default whether <c>AddGraphQLHttp</c> ran before or after). Needs
    /// <see cref="RedisServiceCollectionExtensions.AddRedisClient"/>. Options are validated at start.
    /// </summary>
    public static IServiceCollection AddRedisPersistedDocumentStore(this IServiceCollection services, Action<RedisPersistedDocumentStoreOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<RedisPersistedDocumentStoreOptions>()
            .Configure(configure ?? (static _ => { }))
            .Validate(static o => o.Validate().Count == 0, "Invalid RedisPersistedDocumentStoreOptions (see RedisPersistedDocumentStoreOptions.Validate).")
            .ValidateOnStart();
        services.RemoveAll<IPersistedDocumentStore>();
        services.AddSingleton<IPersistedDocumentStore>(static provider => new RedisPersistedDocumentStore(
            provider.GetRequiredService<RedisClient>(),
            provider.GetRequiredService<IOptions<RedisPersistedDocumentStoreOptions>>().Value,
            provider.GetService<ILogger<RedisPersistedDocumentStore>>(),
            provider.GetService<TimeProvider>()));
        return services;
    }
}
