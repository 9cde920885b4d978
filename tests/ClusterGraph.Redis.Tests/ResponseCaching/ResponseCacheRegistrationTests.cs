using ClusterGraph.GraphQL.AspNetCore;
using ClusterGraph.Redis.ResponseCaching;
using ClusterGraph.Redis.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ClusterGraph.Redis.Tests.ResponseCaching;

[Collection(SharedRedisCollection.Name)]
public sealed class ResponseCacheRegistrationTests(SharedRedisServer shared)
{
    [Fact]
    public async Task The_registered_executor_is_decorated_once_and_uses_redis_when_a_client_is_registered()
    {
        var inner = new CountingExecutor();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddRedisClient(o => o.Port = shared.Server.Port);
        services.AddSingleton<IGraphQLRequestExecutor>(inner);
        services.AddSingleton<IDataVersionSource>(new ManualVersionSource());
        services.AddGraphQLResponseCache(o => o.RedisKeyPrefix = $"di:{Guid.NewGuid():N}:");
        services.AddGraphQLResponseCache();
        await using ServiceProvider provider = services.BuildServiceProvider();

        IGraphQLRequestExecutor executor = provider.GetRequiredService<IGraphQLRequestExecutor>();
        await executor.ExecuteAsync(CacheRequests.Create("{ a }"), default);
        await executor.ExecuteAsync(CacheRequests.Create("{ a }"), default);

        Assert.IsType<CachingRequestExecutor>(executor);
        Assert.Single(services, d => d.ServiceType == typeof(IGraphQLRequestExecutor));
        Assert.True(provider.GetRequiredService<ResponseCache>().UsesRedis);
        Assert.Equal(1, inner.Executions);
    }

    [Fact]
    public async Task Without_a_redis_client_the_cache_is_in_process_only()
    {
        var inner = new CountingExecutor();
        var services = new ServiceCollection();
        services.AddSingleton<IGraphQLRequestExecutor>(_ => inner);
        services.AddSingleton<IDataVersionSource>(new ManualVersionSource());
        services.AddGraphQLResponseCache();
        await using ServiceProvider provider = services.BuildServiceProvider();

        IGraphQLRequestExecutor executor = provider.GetRequiredService<IGraphQLRequestExecutor>();
        await executor.ExecuteAsync(CacheRequests.Create("{ a }"), default);
        await executor.ExecuteAsync(CacheRequests.Create("{ a }"), default);

        Assert.False(provider.GetRequiredService<ResponseCache>().UsesRedis);
        Assert.Equal(1, inner.Executions);
    }

    [Fact]
    public void The_executor_must_be_registered_first()
    {
        var services = new ServiceCollection();

        var error = Assert.Throws<InvalidOperationException>(() => services.AddGraphQLResponseCache());

        Assert.Contains("IGraphQLRequestExecutor", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_options_fail_at_resolution_with_the_problem_named()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IGraphQLRequestExecutor>(new CountingExecutor());
        services.AddSingleton<IDataVersionSource>(new ManualVersionSource());
        services.AddGraphQLResponseCache(o => o.TimeToLive = TimeSpan.FromDays(2));
        await using ServiceProvider provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<ResponseCacheOptions>>().Value);

        Assert.Contains("TimeToLive", Assert.Single(error.Failures), StringComparison.Ordinal);
    }
}
