using System.Diagnostics;
using System.Globalization;
using ClusterGraph.GraphQL.AspNetCore;
using ClusterGraph.Redis;
using ClusterGraph.Redis.ResponseCaching;
using Microsoft.AspNetCore.Http;

/// <summary>
/// Latency of one GraphQL request through the response cache, one caller at a time: the inner executor
/// alone, a hit from the in-process cache (L1), a hit from Redis with L1 off (L2), and a miss (the data
/// version moves before every call, so each call executes, serializes and stores in L1 and Redis).
/// The inner executor builds a 50-row result (Korean names, numbers, nested objects) without I/O: it
/// stands for the engine's result-building cost, not for a store round trip.
/// </summary>
internal static class CacheBench
{
    private const string Query = "query Ranking($first: Int) { clusters(first: $first) { id name region { name } companies employees share } }";

    public static async Task RunAsync(string[] args)
    {
        int port = int.Parse(args[0], CultureInfo.InvariantCulture);
        int iterations = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20_000;
        await using RedisClient redis = await RedisClient.ConnectAsync(new RedisOptions { Port = port });
        var inner = new ResultBuildingExecutor();
        var versions = new CountingVersionSource();

        await using var memoryOnly = new ResponseCache(new ResponseCacheOptions(), versions);
        await using var redisOnly = new ResponseCache(new ResponseCacheOptions { UseMemoryCache = false, RedisKeyPrefix = "bench:l2:" }, versions, redis);
        await using var both = new ResponseCache(new ResponseCacheOptions { RedisKeyPrefix = "bench:miss:" }, versions, redis);
        var l1 = new CachingRequestExecutor(inner, memoryOnly);
        var l2 = new CachingRequestExecutor(inner, redisOnly);
        var miss = new CachingRequestExecutor(inner, both);

        GraphQLExecutionOutcome sample = await l1.ExecuteAsync(Request(), default);
        Console.WriteLine($"iterations={iterations} payload={ResultBytes(sample)} bytes (JSON of data)");
        Report("inner executor (uncached)", await MeasureAsync(iterations, () => inner.ExecuteAsync(Request(), default)));
        Report("hit from L1 (in process)", await MeasureAsync(iterations, () => l1.ExecuteAsync(Request(), default)));
        Report("hit from Redis (L1 off)", await MeasureAsync(iterations, () => l2.ExecuteAsync(Request(), default)));
        Report("miss (execute + serialize + L1 + Redis SET)", await MeasureAsync(iterations / 4, () =>
        {
            versions.Bump();
            return miss.ExecuteAsync(Request(), default);
        }));
        Console.WriteLine($"L1 hits {memoryOnly.Statistics.MemoryHits}, Redis hits {redisOnly.Statistics.RedisHits}, misses {both.Statistics.Executions}");
    }

    private static GraphQLExecutionRequest Request() => new()
    {
        Query = Query,
        Variables = System.Text.Json.JsonDocument.Parse("""{"first": 50}""").RootElement,
        HttpContext = new DefaultHttpContext(),
    };

    private static int ResultBytes(GraphQLExecutionOutcome outcome) =>
        System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(outcome.Result!.Data).Length;

    private static async Task<long[]> MeasureAsync(int count, Func<ValueTask<GraphQLExecutionOutcome>> call)
    {
        for (int i = 0; i < Math.Min(2_000, count); i++)
        {
            await call();
        }

        long[] ticks = new long[count];
        for (int i = 0; i < count; i++)
        {
            long begin = Stopwatch.GetTimestamp();
            GraphQLExecutionOutcome outcome = await call();
            ticks[i] = Stopwatch.GetTimestamp() - begin;
            if (outcome.Kind != GraphQLOutcomeKind.Executed)
            {
                throw new InvalidOperationException("A benchmark request failed.");
            }
        }

        return ticks;
    }

    private static void Report(string name, long[] ticks)
    {
        Array.Sort(ticks);
        double Microseconds(double q) => ticks[(int)Math.Min(ticks.Length - 1, q * ticks.Length)] * 1_000_000.0 / Stopwatch.Frequency;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-46} n={ticks.Length,6}  p50 {Microseconds(0.50),9:F1} µs  p99 {Microseconds(0.99),9:F1} µs  max {Microseconds(1.0),9:F1} µs"));
    }

    private sealed class CountingVersionSource : IDataVersionSource
    {
        private long _version = 1;

        public void Bump() => Interlocked.Increment(ref _version);

        public ValueTask<string> GetVersionAsync(CancellationToken cancellationToken) =>
            ValueTask.FromResult(Interlocked.Read(ref _version).ToString(CultureInfo.InvariantCulture));
    }

    private sealed class ResultBuildingExecutor : IGraphQLRequestExecutor
    {
        public ValueTask<GraphQLExecutionOutcome> ExecuteAsync(GraphQLExecutionRequest request, CancellationToken cancellationToken)
        {
            var rows = new List<object?>(50);
            for (int i = 0; i < 50; i++)
            {
                rows.Add(new Dictionary<string, object?>
                {
                    ["id"] = "cluster-" + i.ToString(CultureInfo.InvariantCulture),
                    ["name"] = "울산 미포 국가산업단지 " + i.ToString(CultureInfo.InvariantCulture),
                    ["region"] = new Dictionary<string, object?> { ["name"] = "울산광역시" },
                    ["companies"] = 100 + i,
                    ["employees"] = 12_000L + (i * 37),
                    ["share"] = i / 7.0,
                });
            }

            return ValueTask.FromResult(GraphQLExecutionOutcome.Executed(new GraphQLResult
            {
                Data = new Dictionary<string, object?> { ["clusters"] = rows },
            }));
        }
    }
}
