using ClusterGraph.GraphQL.AspNetCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClusterGraph.Redis.ResponseCaching;

/// <summary>Registers the GraphQL response cache around the host's executor.</summary>
public static class ResponseCachingServiceCollectionExtensions
{
    private static readonly DecoratedMarker s_decorated = new();

    /// <summary>
    /// Decorates the registered <see cref="IGraphQLRequestExecutor"/> (register it first, and an
    /// <see cref="IDataVersionSource"/>) with <see cref="CachingRequestExecutor"/> over one
    /// <see cref="ResponseCache"/>. Redis is used when a <see cref="RedisClient"/> is registered
    /// (<see cref="RedisServiceCollectionExtensions.AddRedisClient"/>) and <see cref="ResponseCacheOptions.UseRedis"/>
    /// is on; otherwise the cache is in-process only. Options are validated at start. Calling it twice
    /// does not wrap the executor twice.
    /// </summary>
    /// <exception cref="InvalidOperationException">No <see cref="IGraphQLRequestExecutor"/> is registered yet.</exception>
    public static IServiceCollection AddGraphQLResponseCache(this IServiceCollection services, Action<ResponseCacheOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<ResponseCacheOptions>().Configure(configure ?? (static _ => { })).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ResponseCacheOptions>, ResponseCacheOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(static provider => new ResponseCache(
            provider.GetRequiredService<IOptions<ResponseCacheOptions>>().Value,
            provider.GetRequiredService<IDataVersionSource>(),
            provider.GetService<RedisClient>(),
            provider.GetService<ILoggerFactory>(),
            provider.GetService<TimeProvider>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, ResponseCacheStartup>());

        ServiceDescriptor? inner = services.LastOrDefault(static d => d.ServiceType == typeof(IGraphQLRequestExecutor) && !d.IsKeyedService);
        if (inner is null)
        {
            throw new InvalidOperationException(
                $"Register the {nameof(IGraphQLRequestExecutor)} before calling {nameof(AddGraphQLResponseCache)}: the cache decorates it.");
        }

        if (services.Any(static d => d.ServiceType == typeof(DecoratedMarker)))
        {
            return services;
        }

        services.Remove(inner);
        services.AddSingleton(s_decorated);
        services.Add(ServiceDescriptor.Describe(
            typeof(IGraphQLRequestExecutor),
            provider => new CachingRequestExecutor(CreateInner(provider, inner), provider.GetRequiredService<ResponseCache>()),
            inner.Lifetime));
        return services;
    }

    private static IGraphQLRequestExecutor CreateInner(IServiceProvider provider, ServiceDescriptor inner) =>
        (IGraphQLRequestExecutor)(inner.ImplementationInstance
            ?? inner.ImplementationFactory?.Invoke(provider)
            ?? ActivatorUtilities.CreateInstance(provider, inner.ImplementationType!));

    /// <summary>Says the executor is already wrapped.</summary>
    private sealed class DecoratedMarker;
}
