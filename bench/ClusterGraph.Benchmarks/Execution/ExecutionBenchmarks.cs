using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using ClusterGraph.GraphQL.Execution;
using ClusterGraph.GraphQL.Language;
using ClusterGraph.GraphQL.Types;

namespace ClusterGraph.Benchmarks.Execution;

/// <summary>
/// Executes the two documents bench/node/execute-bench.mjs runs through graphql-js, over the same SDL
/// and the same JSON root value with default resolvers: a 3-field query and a 50-object list query.
/// The document is parsed once (as graphql-js's is); "AndWrite" adds serializing the response to
/// UTF-8 JSON (graphql-js: JSON.stringify).
/// </summary>
[MemoryDiagnoser]
public class ExecutionBenchmarks
{
    public const string Sdl = """
        type Query {
          hello: String
          count: Int
          ready: Boolean
          items: [Item!]!
        }

        type Item {
          id: ID!
          name: String
          score: Float
          active: Boolean
        }
        """;

    public const string SmallQuery = "{ hello count ready }";

    public const string ListQuery = "{ items { id name score active } }";

    private readonly ArrayBufferWriter<byte> _buffer = new(16 * 1024);
    private Executor _executor = null!;
    private ExecutionRequest _small = null!;
    private ExecutionRequest _list = null!;

    /// <summary>The root value both engines read: 3 scalars and 50 items (same formula as the Node script).</summary>
    public static string RootJson()
    {
        var items = Enumerable.Range(0, 50).Select(i =>
            $$"""{"id":"item-{{i}}","name":"Item number {{i}}","score":{{(i * 1.5).ToString(System.Globalization.CultureInfo.InvariantCulture)}},"active":{{(i % 2 == 0 ? "true" : "false")}}}""");
        return $$"""{"hello":"world","count":42,"ready":true,"items":[{{string.Join(",", items)}}]}""";
    }

    [GlobalSetup]
    public void Setup()
    {
        _executor = new Executor(SchemaBuilder.Build(Sdl));
        JsonElement root = JsonDocument.Parse(RootJson()).RootElement;
        _small = new ExecutionRequest { Document = Parser.Parse(SmallQuery), RootValue = root };
        _list = new ExecutionRequest { Document = Parser.Parse(ListQuery), RootValue = root };
    }

    [Benchmark(Baseline = true)]
    public ExecutionResult SmallQueryExecute() => Complete(_executor.ExecuteAsync(_small));

    [Benchmark]
    public int SmallQueryExecuteAndWrite() => Write(Complete(_executor.ExecuteAsync(_small)));

    [Benchmark]
    public ExecutionResult ListQueryExecute() => Complete(_executor.ExecuteAsync(_list));

    [Benchmark]
    public int ListQueryExecuteAndWrite() => Write(Complete(_executor.ExecuteAsync(_list)));

    /// <summary>Default resolvers over JSON complete synchronously; the fallback only guards the benchmark.</summary>
    private static ExecutionResult Complete(ValueTask<ExecutionResult> running) =>
        running.IsCompletedSuccessfully ? running.Result : running.AsTask().GetAwaiter().GetResult();

    private int Write(ExecutionResult result)
    {
        _buffer.ResetWrittenCount();
        result.WriteTo(_buffer);
        return _buffer.WrittenCount;
    }
}
