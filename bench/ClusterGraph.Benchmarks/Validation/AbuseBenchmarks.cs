using BenchmarkDotNet.Attributes;
using ClusterGraph.GraphQL.Types;
using ClusterGraph.GraphQL.Validation;

namespace ClusterGraph.Benchmarks.Validation;

/// <summary>
/// Time to reject each abuse-matrix document (parse + validate through the cache path, a fresh cache each
/// time), with the default limits and with the token and alias limits raised so validation itself runs.
/// </summary>
[MemoryDiagnoser]
public class AbuseBenchmarks
{
    private static readonly ValidationOptions s_raised = new() { MaxTokens = 2_000_000, MaxAliases = 1_000_000 };
    private Schema _schema = null!;
    private string _document = string.Empty;

    [Params("dup10k", "inline200x100", "cycle1000", "aliases1000", "directives70k", "tokens15k", "int1M", "fanout20")]
    public string Document { get; set; } = "dup10k";

    [GlobalSetup]
    public void Setup()
    {
        _schema = SchemaBuilder.Build(ValidationDocuments.KitchenSinkSchema);
        _document = ValidationDocuments.Abuse(Document);
    }

    [Benchmark(Baseline = true)]
    public int DefaultLimits() => new ValidatedDocumentCache(_schema).GetOrValidate(_document).Errors.Count;

    [Benchmark]
    public int RaisedLimits() => new ValidatedDocumentCache(_schema, s_raised).GetOrValidate(_document).Errors.Count;
}
