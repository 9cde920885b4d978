using System.Diagnostics;
using System.Globalization;
using ClusterGraph.Api.GraphQL;
using ClusterGraph.Graph.Embedded;
using ClusterGraph.Graph.Seed;
using ClusterGraph.Graph.Store;
using ClusterGraph.GraphQL.AspNetCore;
using ClusterGraph.GraphQL.Execution;
using ClusterGraph.Redis;
using ClusterGraph.Redis.ResponseCaching;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Latency of one request through the response cache over the real engine and the seed graph, one
/// caller at a time: uncached (parse cache warm, validate cache warm, execute over the embedded store),
/// a hit from L1, a hit from Redis with L1 off, and a miss. The queries are two from docs/examples.md:
/// the researcher's value chain (store-heavy) and the investor's search (one store call).
/// </summary>
internal static class SeedCacheBench
{
    private static readonly (string Name, string Query)[] s_queries =
    [
        ("value chain, Incheon", """
            { valueChain(industry: "industry:semiconductor", regions: ["region:incheon"]) {
                industry { name(lang: EN) }
                stages { stage { id name(lang: EN) order } companyCount instituteCount actors { nodes { id name(lang: EN) } } } } }
            """),
        ("search ㅇㅋㅋㄹㅇ", """
            { search(text: "ㅇㅋㅋㄹㅇ", first: 3) { nodes { matched score entity { id kind name names { ko en } location { lat lon precision } } } } }
            """),
    ];

    public static async Task RunAsync(string[] args)
    {
        int port = int.Parse(args[0], CultureInfo.InvariantCulture);
        int iterations = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20_000;
        string seed = SeedDirectory.FindRepositorySeed(Directory.GetCurrentDirectory())
            ?? throw new InvalidOperationException("Run from the repository: the seed/ folder was not found.");
        string database = Path.Combine(Path.GetTempPath(), "clustergraph-cache-bench-" + Environment.ProcessId + ".db");
        try
        {
            await using EmbeddedGraphStore store = await EmbeddedGraphStore.OpenAsync(new EmbeddedStoreOptions { DatabasePath = database, InitialGraph = EmbeddedStoreOptions.SeedFrom(seed) });
            ServiceProvider services = new ServiceCollection().AddSingleton<IGraphStore>(store).BuildServiceProvider();
            await using RedisClient redis = await RedisClient.ConnectAsync(new RedisOptions { Port = port });
            GraphQLEngineRequestExecutor engine = GraphQLEngineRequestExecutor.Create(ClusterGraphSchema.Build(), new ExecutionOptions { Timeout = TimeSpan.FromSeconds(10) });
            var versions = new StoreVersions(store);

            await using var memoryOnly = new ResponseCache(new ResponseCacheOptions(), versions);
            await using var redisOnly = new ResponseCache(new ResponseCacheOptions { UseMemoryCache = false, RedisKeyPrefix = "bench:seed:l2:" }, versions, redis);
            var l1 = new CachingRequestExecutor(engine, memoryOnly);
            var l2 = new CachingRequestExecutor(engine, redisOnly);
            var missVersions = new BumpingVersions();
            await using var missCache = new ResponseCache(new ResponseCacheOptions { RedisKeyPrefix = "bench:seed:miss:" }, missVersions, redis);
            var missing = new CachingRequestExecutor(engine, missCache);

            Console.WriteLine($"iterations={iterations} store=embedded over seed/ ({(await store.GetStatsAsync()).EntityCount} entities)");
            foreach ((string name, string query) in s_queries)
            {
                GraphQLExecutionOutcome sample = await engine.ExecuteAsync(Request(query, services), default);
                Console.WriteLine($"-- {name}: {System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(sample.Result!.Data).Length} bytes of data");
                Report("uncached (engine over the store)", await MeasureAsync(iterations, () => engine.ExecuteAsync(Request(query, services), default)));
                Report("hit from L1 (in process)", await MeasureAsync(iterations, () => l1.ExecuteAsync(Request(query, services), default)));
                Report("hit from Redis (L1 off)", await MeasureAsync(iterations, () => l2.ExecuteAsync(Request(query, services), default)));
                Report("miss (execute + L1 + Redis SET)", await MeasureAsync(iterations / 4, () =>
                {
                    missVersions.Bump();
                    return missing.ExecuteAsync(Request(query, services), default);
                }));
            }

            Console.WriteLine($"L1 hits {memoryOnly.Statistics.MemoryHits}, Redis hits {redisOnly.Statistics.RedisHits}, misses {missCache.Statistics.Executions}");
        }
        finally
        {
            foreach (string file in Directory.GetFiles(Path.GetDirectoryName(database)!, Path.GetFileName(database) + "*"))
            {
                File.Delete(file);
            }
        }
    }

    private static GraphQLExecutionRequest Request(string query, IServiceProvider services) => new()
    {
        Query = query,
        HttpContext = new DefaultHttpContext { RequestServices = services },
    };

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
            if (outcome.Kind != GraphQLOutcomeKind.Executed || outcome.Result?.Errors is { Count: > 0 })
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
            $"  {name,-36} n={ticks.Length,6}  p50 {Microseconds(0.50),9:F1} µs  p99 {Microseconds(0.99),9:F1} µs  max {Microseconds(1.0),9:F1} µs"));
    }

    // The data version as the API reads it: the store's own.
    private sealed class StoreVersions(IGraphStore store) : IDataVersionSource
    {
        public async ValueTask<string> GetVersionAsync(CancellationToken cancellationToken) => await store.GetVersionAsync(cancellationToken).ConfigureAwait(false);
    }

    // A version that moves before every call, so every call misses.
    private sealed class BumpingVersions : IDataVersionSource
    {
        private long _version;

        public void Bump() => Interlocked.Increment(ref _version);

        public ValueTask<string> GetVersionAsync(CancellationToken cancellationToken) =>
            ValueTask.FromResult(Interlocked.Read(ref _version).ToString(CultureInfo.InvariantCulture));
    }
}
