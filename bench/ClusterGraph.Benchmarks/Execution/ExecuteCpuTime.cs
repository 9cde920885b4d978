using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ClusterGraph.GraphQL.Execution;
using ClusterGraph.GraphQL.Language;
using ClusterGraph.GraphQL.Types;

namespace ClusterGraph.Benchmarks.Execution;

/// <summary>
/// The <see cref="ExecutionBenchmarks"/> cases timed in ways that hold up on a machine shared with other
/// work. "execute-cpu": process CPU time per operation (best and median of seven rounds after a warm-up)
/// and bytes allocated per operation, the measure bench/node/execute-bench.mjs prints for graphql-js with
/// process.cpuUsage(). "execute-count &lt;case&gt; &lt;n&gt;": a fixed warm-up, then n operations of one case and
/// nothing else, for an instruction counter (perf stat) around the whole process; two runs with different
/// n give instructions per operation (see count-instructions.sh).
/// </summary>
public static class ExecuteCpuTime
{
    private const int WarmUp = 30_000;

    public static readonly string[] CaseNames = ["small", "small+write", "list", "list+write"];

    public static void Run()
    {
        var cases = new Cases();
        Console.WriteLine($".NET {Environment.Version}, server GC {System.Runtime.GCSettings.IsServerGC}");
        foreach (string name in CaseNames)
        {
            Func<int> operation = cases.Get(name);
            int iterations = name.StartsWith("small", StringComparison.Ordinal) ? 200_000 : 5_000;
            for (int i = 0; i < iterations; i++)
            {
                operation();
            }

            var rounds = new double[7];
            long allocated = 0;
            for (int round = 0; round < rounds.Length; round++)
            {
                long bytesBefore = GC.GetAllocatedBytesForCurrentThread();
                TimeSpan before = Process.GetCurrentProcess().TotalProcessorTime;
                for (int i = 0; i < iterations; i++)
                {
                    operation();
                }

                rounds[round] = (Process.GetCurrentProcess().TotalProcessorTime - before).TotalNanoseconds / iterations;
                allocated = (GC.GetAllocatedBytesForCurrentThread() - bytesBefore) / iterations;
            }

            Array.Sort(rounds);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-12} {rounds[0],10:F0} ns CPU/op best, {rounds[3],10:F0} median, {allocated,7} B allocated/op  (rounds {string.Join(' ', rounds.Select(r => r.ToString("F0", CultureInfo.InvariantCulture)))})"));
        }
    }

    /// <summary>Warm-up, then exactly <paramref name="count"/> operations of one case.</summary>
    public static void Count(string name, int count)
    {
        Func<int> operation = new Cases().Get(name);
        for (int i = 0; i < WarmUp; i++)
        {
            operation();
        }

        // Let tiered compilation finish its background work inside the warm-up, not the counted part.
        Thread.Sleep(1_000);
        for (int i = 0; i < WarmUp; i++)
        {
            operation();
        }

        Thread.Sleep(500);
        int sink = 0;
        for (int i = 0; i < count; i++)
        {
            sink += operation();
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name} {count} {sink}"));
    }

    private sealed class Cases
    {
        private readonly ArrayBufferWriter<byte> _buffer = new(16 * 1024);
        private readonly Executor _executor = new(SchemaBuilder.Build(ExecutionBenchmarks.Sdl));
        private readonly ExecutionRequest _small;
        private readonly ExecutionRequest _list;

        public Cases()
        {
            JsonElement root = JsonDocument.Parse(ExecutionBenchmarks.RootJson()).RootElement;
            _small = new ExecutionRequest { Document = Parser.Parse(ExecutionBenchmarks.SmallQuery), RootValue = root };
            _list = new ExecutionRequest { Document = Parser.Parse(ExecutionBenchmarks.ListQuery), RootValue = root };
            foreach (ExecutionRequest request in new[] { _small, _list })
            {
                if (Complete(_executor.ExecuteAsync(request)).Errors is not null)
                {
                    throw new InvalidOperationException("A benchmark document failed to execute.");
                }
            }
        }

        public Func<int> Get(string name) => name switch
        {
            "small" => () => Complete(_executor.ExecuteAsync(_small)).Errors?.Count ?? 0,
            "small+write" => () => Write(Complete(_executor.ExecuteAsync(_small))),
            "list" => () => Complete(_executor.ExecuteAsync(_list)).Errors?.Count ?? 0,
            "list+write" => () => Write(Complete(_executor.ExecuteAsync(_list))),
            _ => throw new ArgumentException($"Unknown case \"{name}\"; one of: {string.Join(", ", CaseNames)}.", nameof(name)),
        };

        private static ExecutionResult Complete(ValueTask<ExecutionResult> running) =>
            running.IsCompletedSuccessfully ? running.Result : running.AsTask().GetAwaiter().GetResult();

        private int Write(ExecutionResult result)
        {
            _buffer.ResetWrittenCount();
            result.WriteTo(_buffer);
            return _buffer.WrittenCount;
        }
    }
}
