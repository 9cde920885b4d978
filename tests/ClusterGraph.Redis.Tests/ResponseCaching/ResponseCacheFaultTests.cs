using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ClusterGraph.GraphQL.AspNetCore;
using ClusterGraph.Redis.ResponseCaching;
using ClusterGraph.Redis.Tests.Infrastructure;
using Microsoft.Extensions.Logging;

namespace ClusterGraph.Redis.Tests.ResponseCaching;

/// <summary>
/// Reads never fail while Redis dies or stalls. The in-process cache is off, so every hit counted here
/// came from Redis: hits stop during the outages and come back after them.
/// </summary>
[Collection(ServerFaultCollection.Name)]
public sealed class ResponseCacheFaultTests
{
    private const int Reads = 2_000;
    private const int DistinctQueries = 20;

    [Fact]
    public async Task Reads_survive_a_killed_and_a_stopped_redis_and_redis_hits_come_back()
    {
        using RedisServer server = RedisServer.Start();
        using var logs = new CapturingLoggerProvider();
        using var loggerFactory = LoggerFactory.Create(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        await using RedisClient redis = await RedisClient.ConnectAsync(server.Options());
        var options = new ResponseCacheOptions
        {
            UseMemoryCache = false,
            RedisCommandTimeout = TimeSpan.FromMilliseconds(500),
            RedisBreakDuration = TimeSpan.FromMilliseconds(200),
        };
        await using var cache = new ResponseCache(options, new ManualVersionSource(), redis, loggerFactory);
        var inner = new CountingExecutor();
        var executor = new CachingRequestExecutor(inner, cache);

        int failed = 0;
        int? recoveredAfterRestartAt = null;
        int? recoveredAfterStopAt = null;
        long redisHitsAtRecovery = 0;
        Task? resume = null;
        for (int read = 0; read < Reads; read++)
        {
            if (read == 400)
            {
                server.Kill();
            }
            else if (read == 700)
            {
                server.Restart();
            }
            else if (read == 1_000)
            {
                Signal("STOP", server.ProcessId);
                int pid = server.ProcessId;
                resume = Task.Run(async () =>
                {
                    await Task.Delay(TimeSpan.FromSeconds(5));
                    Signal("CONT", pid);
                });
            }

            long hitsBefore = cache.Statistics.RedisHits;
            int i = read % DistinctQueries;
            try
            {
                GraphQLExecutionOutcome outcome = await executor.ExecuteAsync(
                    CacheRequests.Create("query Q($i: Int) { item(i: $i) { name } }", $$"""{"i": {{i}}}"""), default);
                JsonElement data = JsonDocument.Parse(CacheRequests.ResultJson(outcome)).RootElement.GetProperty("data");
                if (data.GetProperty("i").GetInt32() != i)
                {
                    failed++;
                }
            }
            catch (Exception)
            {
                failed++;
            }

            bool redisHit = cache.Statistics.RedisHits > hitsBefore;
            if (read >= 700 && read < 1_000 && recoveredAfterRestartAt is null)
            {
                if (redisHit)
                {
                    recoveredAfterRestartAt = read;
                }
                else
                {
                    await Task.Delay(10); // give the restarted server and the breaker's probe a moment
                }
            }

            if (resume is not null && recoveredAfterStopAt is null)
            {
                if (resume.IsCompleted && redisHit)
                {
                    recoveredAfterStopAt = read;
                    redisHitsAtRecovery = cache.Statistics.RedisHits;
                }
                else
                {
                    await Task.Delay(10); // spread reads over the stop
                }
            }
        }

        await resume!;
        Assert.Equal(0, failed);
        Assert.NotNull(recoveredAfterRestartAt);
        Assert.NotNull(recoveredAfterStopAt);

        // After the stop the entries are still in Redis: reads are Redis hits again (all of them unless the
        // loaded test machine made a command miss its timeout, which opens the breaker for a moment).
        long readsAfterRecovery = Reads - 1 - recoveredAfterStopAt!.Value;
        long hitsAfterRecovery = cache.Statistics.RedisHits - redisHitsAtRecovery;
        Assert.True(readsAfterRecovery > 100, $"Redis came back only at read {recoveredAfterStopAt}.");
        Assert.True(hitsAfterRecovery >= readsAfterRecovery * 9 / 10, $"{hitsAfterRecovery} Redis hits in the {readsAfterRecovery} reads after recovery.");

        // One warning per outage and one note per recovery, however many reads skipped Redis meanwhile:
        // at least the two outages caused here (killed, stopped), each followed by its recovery.
        string category = typeof(ResponseCache).FullName!;
        int warnings = logs.Count(LogLevel.Warning, category);
        Assert.InRange(warnings, 2, 4);
        Assert.Equal(warnings, logs.Count(LogLevel.Information, category));
        // Every read while Redis was dead (400..699) went to the inner executor, besides the first read of each query.
        Assert.True(inner.Executions >= 300 + DistinctQueries, $"{inner.Executions} inner executions");
    }

    private static void Signal(string signal, int pid)
    {
        var start = new ProcessStartInfo("kill");
        start.ArgumentList.Add("-" + signal);
        start.ArgumentList.Add(pid.ToString(CultureInfo.InvariantCulture));
        using Process process = Process.Start(start)!;
        process.WaitForExit(10_000);
        Assert.Equal(0, process.ExitCode);
    }
}
