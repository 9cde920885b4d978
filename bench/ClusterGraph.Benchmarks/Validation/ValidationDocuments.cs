using System.Runtime.CompilerServices;
using System.Text;

namespace ClusterGraph.Benchmarks.Validation;

/// <summary>
/// The schemas and documents the validation benchmarks share with bench/node/validate-bench.mjs, read
/// from the repository (found from this file's compile-time path), and the hostile documents of the
/// abuse matrix (built the same way as in tests/ClusterGraph.GraphQL.Tests/Validation/AbuseDocuments.cs).
/// </summary>
internal static class ValidationDocuments
{
    public static string KitchenSinkSchema => Read("tests", "ClusterGraph.GraphQL.Tests", "Conformance", "ValidationKitchenSink.graphql");

    public static string KitchenSinkQuery => Read("tests", "ClusterGraph.GraphQL.Tests", "Conformance", "ValidationKitchenSinkQuery.graphql");

    public static string ContractSchema => File.ReadAllText(Path.Combine(RepoRoot(), "..", "shared", "contract", "cluster-graph.graphql"));

    public static string ContractQuery => Read("tests", "ClusterGraph.GraphQL.Tests", "Conformance", "ValidationTypicalContractQuery.graphql");

    /// <summary>The abuse documents by name (each invalid even with the token and alias limits raised).</summary>
    public static string Abuse(string name) => name switch
    {
        "dup10k" => "{ " + string.Concat(Enumerable.Repeat("old ", 10_000)) + "old: echo(need: \"\") }",
        "inline200x100" => InlineFragments(200, 100),
        "cycle1000" => Chain(1_000),
        "aliases1000" => "{ " + string.Concat(Enumerable.Range(0, 1_000).Select(i => $"a{i}: old ")) + "a0: echo(need: \"\") }",
        "directives70k" => "{ old" + string.Concat(Enumerable.Repeat(" @include(if: true)", 70_000)) + " }",
        "tokens15k" => "{ " + string.Concat(Enumerable.Repeat("old ", 14_997)) + "nope }",
        "int1M" => "{ echo(count: " + new string('7', 1_000_000) + ", need: \"\") }",
        "fanout20" => FanOut(20),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown abuse document"),
    };

    private static string InlineFragments(int fragments, int fields)
    {
        var builder = new StringBuilder("{\n");
        for (int f = 0; f < fragments; f++)
        {
            builder.Append("  ... on Query {");
            for (int i = 0; i < fields; i++)
            {
                builder.Append(" f").Append(i).Append(": old");
            }

            builder.Append(" }\n");
        }

        return builder.Append("  ... on Query { f0: echo(need: \"\") }\n}").ToString();
    }

    private static string Chain(int count)
    {
        var builder = new StringBuilder("{ ...F0 }\n");
        for (int i = 0; i < count; i++)
        {
            builder.Append("fragment F").Append(i).Append(" on Query { ...F").Append((i + 1) % count).Append(" }\n");
        }

        return builder.ToString();
    }

    private static string FanOut(int levels)
    {
        var builder = new StringBuilder("{ ...F0 }\n");
        for (int i = 0; i < levels; i++)
        {
            builder.Append("fragment F").Append(i).Append(" on Query { ...F").Append(i + 1).Append(" ...F").Append(i + 1).Append(" }\n");
        }

        return builder.Append("fragment F").Append(levels).Append(" on Query { nope }\n").ToString();
    }

    private static string Read(params string[] parts) => File.ReadAllText(Path.Combine([RepoRoot(), .. parts]));

    private static string RepoRoot([CallerFilePath] string thisFile = "")
        => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", ".."));
}
