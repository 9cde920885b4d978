using System.Text;
using BenchmarkDotNet.Attributes;
using ClusterGraph.GraphQL.Language;

namespace ClusterGraph.Benchmarks.Parsing;

/// <summary>
/// Parse time of the three documents bench/node/parse-bench.mjs times for graphql-js. The text
/// benchmarks compare with graphql-js's parse(string); the UTF-8 ones show the server's path (body bytes).
/// </summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private string _kitchenSink = string.Empty;
    private string _largeSchema = string.Empty;
    private string _typicalQuery = string.Empty;
    private byte[] _kitchenSinkUtf8 = [];
    private byte[] _largeSchemaUtf8 = [];
    private byte[] _typicalQueryUtf8 = [];

    [GlobalSetup]
    public void Setup()
    {
        _kitchenSink = BenchmarkDocuments.KitchenSink;
        _largeSchema = BenchmarkDocuments.LargeSchema;
        _typicalQuery = BenchmarkDocuments.TypicalQuery;
        _kitchenSinkUtf8 = Encoding.UTF8.GetBytes(_kitchenSink);
        _largeSchemaUtf8 = Encoding.UTF8.GetBytes(_largeSchema);
        _typicalQueryUtf8 = Encoding.UTF8.GetBytes(_typicalQuery);
    }

    [Benchmark(Baseline = true)]
    public DocumentNode KitchenSink() => Parser.Parse(_kitchenSink);

    [Benchmark]
    public DocumentNode KitchenSinkUtf8() => Parser.Parse(_kitchenSinkUtf8.AsSpan());

    [Benchmark]
    public DocumentNode LargeSchema() => Parser.Parse(_largeSchema);

    [Benchmark]
    public DocumentNode LargeSchemaUtf8() => Parser.Parse(_largeSchemaUtf8.AsSpan());

    [Benchmark]
    public DocumentNode TypicalQuery() => Parser.Parse(_typicalQuery);

    [Benchmark]
    public DocumentNode TypicalQueryUtf8() => Parser.Parse(_typicalQueryUtf8.AsSpan());
}
