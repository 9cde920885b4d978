using System.Runtime.CompilerServices;

namespace ClusterGraph.Benchmarks.Parsing;

/// <summary>
/// The documents the parse benchmarks share with bench/node/parse-bench.mjs, read from the repository
/// (found from this source file's compile-time path, since benchmarks run from a generated folder).
/// </summary>
internal static class BenchmarkDocuments
{
    public static string KitchenSink => Read("tests", "ClusterGraph.GraphQL.Tests", "Conformance", "Corpus", "kitchen-sink.graphql");

    public static string LargeSchema => Read("bench", "documents", "large-schema.graphql");

    public static string TypicalQuery => Read("bench", "documents", "typical-query.graphql");

    private static string Read(params string[] parts) => File.ReadAllText(Path.Combine([RepoRoot(), .. parts]));

    private static string RepoRoot([CallerFilePath] string thisFile = "")
        => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", ".."));
}
