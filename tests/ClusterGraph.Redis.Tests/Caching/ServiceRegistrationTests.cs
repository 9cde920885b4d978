using ClusterGraph.Redis.Caching;
using ClusterGraph.Redis.Tests.Infrastructure;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ClusterGraph.Redis.Tests.Caching;

[Collection(SharedRedisCollection.Name)]
public sealed class ServiceRegistrationTests(SharedRedisServer shared)
{
    [Fact]
    public async Task The_distributed_cache_resolves_and_works()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddRedisClient(o => o.Port = shared.Server.Port);
        services.AddRedisDistributedCache(o => o.KeyPrefix = "di:");
        await using ServiceProvider provider = services.BuildServiceProvider();

        IDistributedCache cache = provider.GetRequiredService<IDistributedCache>();
        RedisClient client = provider.GetRequiredService<RedisClient>();
        await Poll.UntilAsync(() => client.IsConnected, "the client connected");
        await cache.SetStringAsync("hello", "world");

        Assert.IsType<RedisDistributedCache>(cache);
        Assert.Same(cache, provider.GetRequiredService<IBufferDistributedCache>());
        Assert.Equal("world", await cache.GetStringAsync("hello"));
        Assert.Equal(1, (await client.ExecuteAsync(["EXISTS", "di:hello"])).Integer);
    }

    [Fact]
    public async Task Invalid_options_are_rejected_with_every_problem_named()
    {
        var services = new ServiceCollection();
        services.AddRedisClient(o => { o.Port = 0; o.Host = ""; o.User = "u"; o.CommandTimeout = TimeSpan.Zero; });
        await using ServiceProvider provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<RedisClient>());

        Assert.Contains("RedisOptions.Port must be between 1 and 65535 (was 0).", error.Failures);
        Assert.Contains("RedisOptions.Host is required.", error.Failures);
        Assert.Contains("RedisOptions.User needs a Password.", error.Failures);
        Assert.Contains(error.Failures, f => f.StartsWith("RedisOptions.CommandTimeout must be positive", StringComparison.Ordinal));
    }

    [Fact]
    public void The_client_constructor_validates_too()
    {
        var error = Assert.Throws<ArgumentException>(() => new RedisClient(new RedisOptions { ConnectionCount = 0, Database = -1 }));

        Assert.Contains("ConnectionCount must be between 1 and 64 (was 0)", error.Message, StringComparison.Ordinal);
        Assert.Contains("Database must not be negative (was -1)", error.Message, StringComparison.Ordinal);
        Assert.Empty(new RedisOptions().Validate());
    }
}
