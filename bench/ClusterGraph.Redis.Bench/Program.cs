using System.Diagnostics;
using System.Globalization;
using ClusterGraph.Redis;
using ClusterGraph.Redis.Protocol;

// Load generator shaped like `redis-benchmark -t get,set -c <clients> -n <requests> -d <size>`:
// <clients> concurrent callers, each awaiting one command at a time, all multiplexed over one client.
// Usage: ClusterGraph.Redis.Bench <port> [clients=50] [requests=200000] [valueSize=32] [connections=1] [resp=3]
//        ClusterGraph.Redis.Bench cache <port> [iterations=20000]   (the GraphQL response cache, see CacheBench.cs)
//        ClusterGraph.Redis.Bench seed-cache <port> [iterations=20000]   (the cache over the engine and the seed, SeedCacheBench.cs)
if (args.Length > 0 && args[0] == "cache")
{
    await CacheBench.RunAsync(args[1..]);
    return;
}

if (args.Length > 0 && args[0] == "seed-cache")
{
    await SeedCacheBench.RunAsync(args[1..]);
    return;
}

int port = int.Parse(args[0], CultureInfo.InvariantCulture);
int clients = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 50;
int requests = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 200_000;
int valueSize = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 32;
int connections = args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 1;
var protocol = args.Length > 5 && args[5] == "2" ? RespProtocol.Resp2 : RespProtocol.Resp3;

await using RedisClient client = await RedisClient.ConnectAsync(new RedisOptions
{
    Port = port,
    ConnectionCount = connections,
    Protocol = protocol,
});
byte[] value = new byte[valueSize];
Array.Fill(value, (byte)'x');
const string Key = "bench:key";

// Warm-up: JIT, connection buffers, thread pool.
await Run(Math.Min(20_000, requests), i => client.SetAsync(Key, value));

Console.WriteLine($"clients={clients} requests={requests} valueSize={valueSize} connections={connections} protocol={protocol}");
Report("SET", await Run(requests, _ => client.SetAsync(Key, value)));
Report("GET", await Run(requests, _ => client.GetAsync(Key)));
return;

async Task<(double Seconds, long[] Ticks, long Bytes)> Run(int count, Func<int, Task> command)
{
    long[] ticks = new long[count];
    int next = -1;
    long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
    var start = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
    {
        int i;
        while ((i = Interlocked.Increment(ref next)) < count)
        {
            long begin = Stopwatch.GetTimestamp();
            await command(i);
            ticks[i] = Stopwatch.GetTimestamp() - begin;
        }
    })));
    double seconds = start.Elapsed.TotalSeconds;
    return (seconds, ticks, GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore);
}

static void Report(string name, (double Seconds, long[] Ticks, long Bytes) run)
{
    Array.Sort(run.Ticks);
    double Ms(double q) => run.Ticks[(int)Math.Min(run.Ticks.Length - 1, q * run.Ticks.Length)] * 1000.0 / Stopwatch.Frequency;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{name}: {run.Ticks.Length / run.Seconds:F0} requests/s, p50 {Ms(0.50):F3} ms, p99 {Ms(0.99):F3} ms, max {Ms(1.0):F3} ms, {run.Bytes / run.Ticks.Length} bytes allocated/op (whole process)"));
}
