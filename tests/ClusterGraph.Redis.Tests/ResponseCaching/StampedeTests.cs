using ClusterGraph.GraphQL.AspNetCore;
using ClusterGraph.Redis.ResponseCaching;
using ClusterGraph.Redis.Tests.Infrastructure;

namespace ClusterGraph.Redis.Tests.ResponseCaching;

/// <summary>Identical concurrent cold queries run the inner executor once (single-flight).</summary>
[Collection(SharedRedisCollection.Name)]
public sealed class StampedeTests(SharedRedisServer shared)
{
    private const int Callers = 500;

    [Fact]
    public async Task Five_hundred_concurrent_identical_cold_queries_execute_once_in_memory_only()
    {
        await using ResponseCache cache = CacheRequests.InMemoryCache(new ManualVersionSource());
        await AssertOneExecutionAsync(cache);
    }

    [Fact]
    public async Task Five_hundred_concurrent_identical_cold_queries_execute_once_with_redis()
    {
        await using RedisClient redis = await RedisClient.ConnectAsync(shared.Server.Options());
        var options = new ResponseCacheOptions { RedisKeyPrefix = $"stampede:{Guid.NewGuid():N}:" };
        await using var cache = new ResponseCache(options, new ManualVersionSource(), redis);
        await AssertOneExecutionAsync(cache);
    }

    private static async Task AssertOneExecutionAsync(ResponseCache cache)
    {
        var inner = new CountingExecutor { Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously) };
        var executor = new CachingRequestExecutor(inner, cache);
        const string Query = "query Hot($i: Int) { ranking(first: $i) { name } }";

        Task<GraphQLExecutionOutcome>[] calls = Enumerable.Range(0, Callers)
            .Select(_ => Task.Run(async () => await executor.ExecuteAsync(CacheRequests.Create(Query, """{"i": 10}"""), default)))
            .ToArray();

        // Hold the one execution until every other caller is waiting for it, so none is served by a finished entry.
        await Poll.UntilAsync(() => cache.Statistics.Joined + cache.Statistics.MemoryHits >= Callers - 1 || inner.Executions > 1,
            "every caller joined the first one", attempts: 400);
        inner.Gate.SetResult();
        GraphQLExecutionOutcome[] outcomes = await Task.WhenAll(calls);

        Assert.Equal(1, inner.Executions);
        Assert.Equal(Callers - 1, cache.Statistics.Joined);
        Assert.All(outcomes, o => Assert.Equal(1, CacheRequests.Execution(o)));
    }
}
