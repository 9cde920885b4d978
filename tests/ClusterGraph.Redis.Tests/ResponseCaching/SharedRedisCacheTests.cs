using ClusterGraph.GraphQL.AspNetCore;
using ClusterGraph.Redis.ResponseCaching;
using ClusterGraph.Redis.Tests.Infrastructure;

namespace ClusterGraph.Redis.Tests.ResponseCaching;

/// <summary>Two API instances: each its own decorator, L1 and Redis client, sharing one redis-server.</summary>
[Collection(SharedRedisCollection.Name)]
public sealed class SharedRedisCacheTests(SharedRedisServer shared) : IAsyncLifetime
{
    private readonly string _prefix = $"two:{Guid.NewGuid():N}:";
    private readonly CountingExecutor _innerA = new();
    private readonly CountingExecutor _innerB = new();
    private readonly ManualVersionSource _versionsA = new("1");
    private readonly ManualVersionSource _versionsB = new("1");
    private RedisClient _redisA = null!;
    private RedisClient _redisB = null!;
    private ResponseCache _cacheA = null!;
    private ResponseCache _cacheB = null!;

    public async Task InitializeAsync()
    {
        _redisA = await RedisClient.ConnectAsync(shared.Server.Options());
        _redisB = await RedisClient.ConnectAsync(shared.Server.Options());
        _cacheA = CreateCache(_versionsA, _redisA);
        _cacheB = CreateCache(_versionsB, _redisB);
        await Task.WhenAll(_cacheA.WhenSubscribed, _cacheB.WhenSubscribed);
    }

    public async Task DisposeAsync()
    {
        await _cacheA.DisposeAsync();
        await _cacheB.DisposeAsync();
        await _redisA.DisposeAsync();
        await _redisB.DisposeAsync();
    }

    [Fact]
    public async Task An_answer_computed_on_one_instance_is_served_from_redis_on_the_other()
    {
        var a = new CachingRequestExecutor(_innerA, _cacheA);
        var b = new CachingRequestExecutor(_innerB, _cacheB);

        GraphQLExecutionOutcome computed = await a.ExecuteAsync(CacheRequests.Create("{ clusters { name } }"), default);
        GraphQLExecutionOutcome fromRedis = await b.ExecuteAsync(CacheRequests.Create("query { clusters { name } }"), default);
        GraphQLExecutionOutcome fromMemory = await b.ExecuteAsync(CacheRequests.Create("{clusters{name}}"), default);

        Assert.Equal((1, 0), (_innerA.Executions, _innerB.Executions));
        Assert.Equal(CacheRequests.ResultJson(computed), CacheRequests.ResultJson(fromRedis));
        Assert.Equal(CacheRequests.ResultJson(computed), CacheRequests.ResultJson(fromMemory));
        Assert.Equal((1, 1), (_cacheB.Statistics.RedisHits, _cacheB.Statistics.MemoryHits));
    }

    [Fact]
    public async Task A_version_bump_on_one_instance_invalidates_the_cached_answer_on_the_other()
    {
        var a = new CachingRequestExecutor(_innerA, _cacheA);
        var b = new CachingRequestExecutor(_innerB, _cacheB);
        await a.ExecuteAsync(CacheRequests.Create("{ clusters { name } }"), default);
        await b.ExecuteAsync(CacheRequests.Create("{ clusters { name } }"), default);
        await b.ExecuteAsync(CacheRequests.Create("{ clusters { name } }"), default);
        await b.ExecuteAsync(CacheRequests.Create("{ onlyOnB }"), default);
        Assert.Equal((1, 1), (_innerA.Executions, _innerB.Executions));
        Assert.Equal(2, _cacheB.MemoryEntryCount);

        // A write lands on A's store; A notices the new version on its next read and announces it.
        // B's own version source still says 1 (it has not seen the write), so only the channel can tell it.
        _versionsA.Version = "2";
        GraphQLExecutionOutcome onA = await a.ExecuteAsync(CacheRequests.Create("{ clusters { name } }"), default);
        Assert.Equal(2, CacheRequests.Execution(onA));
        await Poll.UntilAsync(() => _cacheB.KnownVersion == "2", "B heard of version 2");
        Assert.Equal(0, _cacheB.MemoryEntryCount);

        // B no longer serves its version-1 answers: A's version-2 answer is in Redis, so B serves that ...
        GraphQLExecutionOutcome onB = await b.ExecuteAsync(CacheRequests.Create("{ clusters { name } }"), default);
        Assert.Equal(CacheRequests.ResultJson(onA), CacheRequests.ResultJson(onB));
        Assert.Equal(2, _cacheB.Statistics.RedisHits);

        // ... and with no version-2 answer anywhere B executes; its store lags, so that answer is not kept.
        await b.ExecuteAsync(CacheRequests.Create("{ onlyOnB }"), default);
        await b.ExecuteAsync(CacheRequests.Create("{ onlyOnB }"), default);
        Assert.Equal(3, _innerB.Executions);

        // Once B's store has the write, B caches again.
        _versionsB.Version = "2";
        await b.ExecuteAsync(CacheRequests.Create("{ onlyOnB }"), default);
        await b.ExecuteAsync(CacheRequests.Create("{ onlyOnB }"), default);
        Assert.Equal(4, _innerB.Executions);
    }

    [Fact]
    public async Task An_explicit_announcement_reaches_the_other_instance()
    {
        var b = new CachingRequestExecutor(_innerB, _cacheB);
        await b.ExecuteAsync(CacheRequests.Create("{ a }"), default);
        Assert.Equal(1, _cacheB.MemoryEntryCount);

        await _cacheA.AnnounceVersionAsync("7");
        await Poll.UntilAsync(() => _cacheB.KnownVersion == "7", "B heard of version 7");

        Assert.Equal(0, _cacheB.MemoryEntryCount);
    }

    private ResponseCache CreateCache(ManualVersionSource versions, RedisClient redis) => new(
        new ResponseCacheOptions { RedisKeyPrefix = _prefix, VersionChannel = _prefix + "version" },
        versions,
        redis);
}
