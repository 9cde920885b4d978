using System.Diagnostics;
using System.Globalization;
using ClusterGraph.GraphQL.Language;

namespace ClusterGraph.Benchmarks.Parsing;

/// <summary>
/// Parse cost as process CPU time per parse (best of seven rounds after a warm-up), the same measure
/// bench/node/parse-bench.mjs prints for graphql-js with process.cpuUsage().
/// </summary>
internal static class ParseCpuTime
{
    public static void Run()
    {
        Measure("kitchen-sink", BenchmarkDocuments.KitchenSink, 20_000);
        Measure("large-schema (100 KB SDL)", BenchmarkDocuments.LargeSchema, 200);
        Measure("typical query (30 lines)", BenchmarkDocuments.TypicalQuery, 50_000);
    }

    private static void Measure(string name, string document, int iterations)
    {
        using Process process = Process.GetCurrentProcess();
        for (int i = 0; i < iterations; i++)
        {
            Parser.Parse(document);
        }

        double best = double.MaxValue;
        for (int round = 0; round < 7; round++)
        {
            process.Refresh();
            TimeSpan before = process.TotalProcessorTime;
            for (int i = 0; i < iterations; i++)
            {
                Parser.Parse(document);
            }

            process.Refresh();
            best = Math.Min(best, (process.TotalProcessorTime - before).TotalNanoseconds / iterations);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-28} {best,10:F0} cpu-ns/op"));
    }
}
