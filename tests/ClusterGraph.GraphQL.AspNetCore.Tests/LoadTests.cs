using System.Diagnostics;
using System.Net;
using System.Text;
using ClusterGraph.GraphQL.AspNetCore.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ClusterGraph.GraphQL.AspNetCore.Tests;

/// <summary>
/// Many clients at once over the real engine: every answer is right and the execution gate never lets
/// more operations run than configured. The throughput it prints is informational (bench/RESULTS-http.md).
/// </summary>
[Collection(nameof(LimitTests))]
public sealed class LoadTests(ITestOutputHelper output)
{
    private const int Clients = 32;
    private const int RequestsPerClient = 200;
    private const int MaxConcurrent = 4;

    [Fact]
    public async Task Concurrent_clients_get_correct_answers_and_the_gate_holds()
    {
        var counting = new CountingExecutor(new EngineTestSchema().Executor);
        await using GraphQLTestServer server = await GraphQLTestServer.StartAsync(o =>
        {
            o.Limits.MaxConcurrentExecutions = MaxConcurrent;
            o.Limits.ConcurrencyQueueTimeout = TimeSpan.FromSeconds(60);
        }, counting);
        var latencies = new double[Clients * RequestsPerClient];
        int wrong = 0;
        var samples = new List<string>();

        var clock = Stopwatch.StartNew();
        await Parallel.ForAsync(0, Clients, new ParallelOptions { MaxDegreeOfParallelism = Clients }, async (client, cancellationToken) =>
        {
            for (int i = 0; i < RequestsPerClient; i++)
            {
                string name = $"c{client}-{i}";
                long started = Stopwatch.GetTimestamp();
                using HttpResponseMessage response = await server.PostJsonAsync("""{"query":"query ($n: String) { hello(name: $n) }","variables":{"n":"NAME"}}""".Replace("NAME", name, StringComparison.Ordinal));
                string body = await response.Content.ReadAsStringAsync(cancellationToken);
                latencies[(client * RequestsPerClient) + i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (response.StatusCode != HttpStatusCode.OK || body != """{"data":{"hello":"Hello, NAME!"}}""".Replace("NAME", name, StringComparison.Ordinal))
                {
                    if (Interlocked.Increment(ref wrong) <= 3)
                    {
                        lock (samples)
                        {
                            samples.Add($"{(int)response.StatusCode} expected {name}: {body}");
                        }
                    }
                }
            }
        });
        clock.Stop();

        Array.Sort(latencies);
        output.WriteLine($"{latencies.Length} requests, {Clients} clients, gate {MaxConcurrent}: {latencies.Length / clock.Elapsed.TotalSeconds:0} req/s; "
            + $"latency p50 {latencies[latencies.Length / 2]:0.00} ms, p99 {latencies[(int)(latencies.Length * 0.99)]:0.00} ms; max in flight {counting.MaxInFlight}");
        samples.ForEach(output.WriteLine);
        Assert.Equal(0, wrong);
        Assert.InRange(counting.MaxInFlight, 1, MaxConcurrent);
        Assert.Equal(latencies.Length, counting.Calls);
    }

    /// <summary>Counts how many executions overlap.</summary>
    private sealed class CountingExecutor(IGraphQLRequestExecutor inner) : IGraphQLRequestExecutor
    {
        private int _inFlight;
        private int _maxInFlight;
        private int _calls;

        public int MaxInFlight => Volatile.Read(ref _maxInFlight);

        public int Calls => Volatile.Read(ref _calls);

        public async ValueTask<GraphQLExecutionOutcome> ExecuteAsync(GraphQLExecutionRequest request, CancellationToken cancellationToken)
        {
            int now = Interlocked.Increment(ref _inFlight);
            Interlocked.Increment(ref _calls);
            int seen;
            while (now > (seen = Volatile.Read(ref _maxInFlight)) && Interlocked.CompareExchange(ref _maxInFlight, now, seen) != seen)
            {
                // Another thread raised the maximum meanwhile: compare again.
            }

            try
            {
                // Yield so overlapping requests really overlap inside the executor.
                await Task.Yield();
                return await inner.ExecuteAsync(request, cancellationToken);
            }
            finally
            {
                Interlocked.Decrement(ref _inFlight);
            }
        }
    }
}
