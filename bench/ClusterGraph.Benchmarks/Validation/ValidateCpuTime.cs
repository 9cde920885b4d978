using System.Diagnostics;
using System.Globalization;
using ClusterGraph.GraphQL.Language;
using ClusterGraph.GraphQL.Types;
using ClusterGraph.GraphQL.Validation;

namespace ClusterGraph.Benchmarks.Validation;

/// <summary>
/// Parse + validate cost as process CPU time per document (best of seven rounds after a warm-up), the
/// measure bench/node/validate-bench.mjs prints for graphql-js with process.cpuUsage(); CPU time holds up
/// on a machine shared with other work better than wall-clock time. Then one timed rejection of each
/// abuse document with raised token and alias limits.
/// </summary>
public static class ValidateCpuTime
{
    public static void Run()
    {
        Schema kitchenSink = SchemaBuilder.Build(ValidationDocuments.KitchenSinkSchema);
        Schema contract = SchemaBuilder.Build(ValidationDocuments.ContractSchema);
        var noCost = new ValidationOptions { MaxCost = 0 };
        Measure("kitchen-sink, specified rules", kitchenSink, ValidationDocuments.KitchenSinkQuery, ValidationOptions.SpecifiedOnly, 5_000);
        Measure("kitchen-sink, rules + limits", kitchenSink, ValidationDocuments.KitchenSinkQuery, noCost, 5_000);
        Measure("contract query, specified rules", contract, ValidationDocuments.ContractQuery, ValidationOptions.SpecifiedOnly, 20_000);
        Measure("contract query, rules + limits", contract, ValidationDocuments.ContractQuery, ValidationOptions.Default, 20_000);

        var raised = new ValidationOptions { MaxTokens = 2_000_000, MaxAliases = 1_000_000 };
        foreach (string name in new[] { "dup10k", "inline200x100", "cycle1000", "aliases1000", "directives70k", "tokens15k", "int1M", "fanout20" })
        {
            string document = ValidationDocuments.Abuse(name);
            new ValidatedDocumentCache(kitchenSink, raised).GetOrValidate(document);
            TimeSpan before = Process.GetCurrentProcess().TotalProcessorTime;
            int errors = new ValidatedDocumentCache(kitchenSink, raised).GetOrValidate(document).Errors.Count;
            double ms = (Process.GetCurrentProcess().TotalProcessorTime - before).TotalMilliseconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"abuse {name,-16} {ms,10:F1} ms CPU  ({errors} errors)"));
        }
    }

    private static void Measure(string name, Schema schema, string query, ValidationOptions options, int iterations)
    {
        int errors = DocumentValidator.Validate(schema, Parser.Parse(query), options).Count;
        if (errors > 0)
        {
            throw new InvalidOperationException($"{name}: the benchmark document is invalid.");
        }

        for (int i = 0; i < iterations; i++)
        {
            DocumentValidator.Validate(schema, Parser.Parse(query), options);
        }

        var rounds = new double[7];
        for (int round = 0; round < rounds.Length; round++)
        {
            TimeSpan before = Process.GetCurrentProcess().TotalProcessorTime;
            for (int i = 0; i < iterations; i++)
            {
                DocumentValidator.Validate(schema, Parser.Parse(query), options);
            }

            rounds[round] = (Process.GetCurrentProcess().TotalProcessorTime - before).TotalNanoseconds / iterations;
        }

        Array.Sort(rounds);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-34} {rounds[0],10:F0} ns CPU/op best, {rounds[3],10:F0} median  (rounds {string.Join(' ', rounds.Select(r => r.ToString("F0", CultureInfo.InvariantCulture)))})"));
    }
}
