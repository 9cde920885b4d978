using System.Diagnostics;
using System.Globalization;
using ClusterGraph.GraphQL.Language;

namespace ClusterGraph.Benchmarks.Parsing;

/// <summary>
/// Parse cost as process CPU time per parse (best and median of seven rounds after a warm-up), the same
/// measure bench/node/parse-bench.mjs prints for graphql-js with process.cpuUsage(); and a fixed-count
/// mode for an instruction counter around the whole process (count-instructions.sh).
/// </summary>
internal static class ParseCpuTime
{
    private const int WarmUp = 20_000;

    public static void Run()
    {
        Measure("kitchen-sink", BenchmarkDocuments.KitchenSink, 20_000);
        Measure("large-schema (100 KB SDL)", BenchmarkDocuments.LargeSchema, 200);
        Measure("typical query (30 lines)", BenchmarkDocuments.TypicalQuery, 50_000);
    }

    /// <summary>Warm-up, then exactly <paramref name="count"/> parses of one document (string input, locations on).</summary>
    public static void Count(string name, int count)
    {
        string document = name switch
        {
            "kitchen-sink" => BenchmarkDocuments.KitchenSink,
            "large-schema" => BenchmarkDocuments.LargeSchema,
            "typical-query" => BenchmarkDocuments.TypicalQuery,
            _ => throw new ArgumentException($"Unknown document '{name}' (kitchen-sink, large-schema, typical-query).", nameof(name)),
        };
        int warmUp = name == "large-schema" ? WarmUp / 50 : WarmUp;
        for (int i = 0; i < warmUp; i++)
        {
            Parser.Parse(document);
        }

        // Let tiered compilation finish its background work inside the warm-up, not the counted part.
        Thread.Sleep(1_000);
        for (int i = 0; i < warmUp; i++)
        {
            Parser.Parse(document);
        }

        Thread.Sleep(500);
        int sink = 0;
        for (int i = 0; i < count; i++)
        {
            sink += Parser.Parse(document).Definitions.Count;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name} {count} {sink}"));
    }

    private static void Measure(string name, string document, int iterations)
    {
        using Process process = Process.GetCurrentProcess();
        for (int i = 0; i < iterations; i++)
        {
            Parser.Parse(document);
        }

        var rounds = new double[7];
        for (int round = 0; round < rounds.Length; round++)
        {
            process.Refresh();
            TimeSpan before = process.TotalProcessorTime;
            for (int i = 0; i < iterations; i++)
            {
                Parser.Parse(document);
            }

            process.Refresh();
            rounds[round] = (process.TotalProcessorTime - before).TotalNanoseconds / iterations;
        }

        Array.Sort(rounds);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-28} {rounds[0],10:F0} cpu-ns/op best {rounds[3],10:F0} median"));
    }
}
