using BenchmarkDotNet.Attributes;
using ClusterGraph.GraphQL.Errors;
using ClusterGraph.GraphQL.Language;
using ClusterGraph.GraphQL.Types;
using ClusterGraph.GraphQL.Validation;

namespace ClusterGraph.Benchmarks.Validation;

/// <summary>
/// Parse + validate of the validation kitchen-sink query and of a typical contract query, the work
/// bench/node/validate-bench.mjs times for graphql-js (parse + validate with specifiedRules). "Spec" runs
/// the specified rules only (the like-for-like comparison), "Limits" adds the limit rules and cost,
/// "Cached" is a hit in the validated-document cache (hash + lookup).
/// </summary>
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    private Schema _kitchenSinkSchema = null!;
    private Schema _contractSchema = null!;
    private string _kitchenSinkQuery = string.Empty;
    private string _contractQuery = string.Empty;
    private ValidatedDocumentCache _kitchenSinkCache = null!;
    private ValidatedDocumentCache _contractCache = null!;

    [GlobalSetup]
    public void Setup()
    {
        _kitchenSinkSchema = SchemaBuilder.Build(ValidationDocuments.KitchenSinkSchema);
        _contractSchema = SchemaBuilder.Build(ValidationDocuments.ContractSchema);
        _kitchenSinkQuery = ValidationDocuments.KitchenSinkQuery;
        _contractQuery = ValidationDocuments.ContractQuery;
        var roomy = new ValidationOptions { MaxCost = 0 };
        _kitchenSinkCache = new ValidatedDocumentCache(_kitchenSinkSchema, roomy);
        _contractCache = new ValidatedDocumentCache(_contractSchema);
        Check(ParseAndValidate(_kitchenSinkSchema, _kitchenSinkQuery, ValidationOptions.SpecifiedOnly));
        Check(ParseAndValidate(_contractSchema, _contractQuery, ValidationOptions.Default));
        Check(_kitchenSinkCache.GetOrValidate(_kitchenSinkQuery).Errors);
        Check(_contractCache.GetOrValidate(_contractQuery).Errors);
    }

    [Benchmark(Baseline = true)]
    public IReadOnlyList<GraphQLError> KitchenSinkSpec() => ParseAndValidate(_kitchenSinkSchema, _kitchenSinkQuery, ValidationOptions.SpecifiedOnly);

    [Benchmark]
    public IReadOnlyList<GraphQLError> KitchenSinkLimits() => ParseAndValidate(_kitchenSinkSchema, _kitchenSinkQuery, s_noCost);

    [Benchmark]
    public ValidatedDocument KitchenSinkCached() => _kitchenSinkCache.GetOrValidate(_kitchenSinkQuery);

    [Benchmark]
    public IReadOnlyList<GraphQLError> ContractSpec() => ParseAndValidate(_contractSchema, _contractQuery, ValidationOptions.SpecifiedOnly);

    [Benchmark]
    public IReadOnlyList<GraphQLError> ContractLimits() => ParseAndValidate(_contractSchema, _contractQuery, ValidationOptions.Default);

    [Benchmark]
    public ValidatedDocument ContractCached() => _contractCache.GetOrValidate(_contractQuery);

    // The kitchen-sink query is deliberately broad: it passes every limit but cost (its lists multiply).
    private static readonly ValidationOptions s_noCost = new() { MaxCost = 0 };

    private static IReadOnlyList<GraphQLError> ParseAndValidate(Schema schema, string query, ValidationOptions options) =>
        DocumentValidator.Validate(schema, Parser.Parse(query), options);

    private static void Check(IReadOnlyList<GraphQLError> errors)
    {
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("A benchmark document is invalid: " + errors[0]);
        }
    }
}
