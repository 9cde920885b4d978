using ClusterGraph.GraphQL.Tests.Conformance;
using ClusterGraph.GraphQL.Validation;
using Xunit.Abstractions;

namespace ClusterGraph.GraphQL.Tests.Validation;

/// <summary>
/// Every hostile document gets errors, never a crash or a hang: once with the default limits (most are
/// stopped by the token limit), once with the token and alias limits raised so the rules' algorithms
/// (field merging, cycle search, directive uniqueness, literal coercion) run on the whole document.
/// Timings are measured in bench/ (AbuseBenchmarks), not asserted here.
/// </summary>
public sealed class AbuseMatrixTests(ITestOutputHelper output)
{
    private static readonly ValidationOptions s_raised = new() { MaxTokens = 2_000_000, MaxAliases = 1_000_000 };

    public static TheoryData<string> Names()
    {
        var names = new TheoryData<string>();
        foreach ((string name, _) in AbuseDocuments.All())
        {
            names.Add(name);
        }

        return names;
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Default_limits_reject_the_document(string name) => AssertRejected(name, ValidationOptions.Default);

    [Theory]
    [MemberData(nameof(Names))]
    public void Raised_token_and_alias_limits_still_reject_it_by_validation(string name) => AssertRejected(name, s_raised);

    private void AssertRejected(string name, ValidationOptions options)
    {
        string document = AbuseDocuments.All().Single(d => d.Name == name).Document;
        var cache = new ValidatedDocumentCache(ValidationSchemas.KitchenSink, options);

        ValidatedDocument result = cache.GetOrValidate(document);

        Assert.NotEmpty(result.Errors);
        Assert.True(result.Errors.Count <= options.MaxErrors + 1);
        string first = result.Errors[0].Message;
        output.WriteLine($"{name}: {result.Errors.Count} errors; first: {(first.Length > 200 ? first[..200] + "…" : first)}");
    }
}
