using ClusterGraph.GraphQL.Errors;
using ClusterGraph.GraphQL.Tests.Conformance;
using ClusterGraph.GraphQL.Validation;

namespace ClusterGraph.GraphQL.Tests.Validation;

public sealed class ValidatedDocumentCacheTests
{
    [Fact]
    public void A_repeated_document_is_served_from_the_cache()
    {
        var cache = new ValidatedDocumentCache(ValidationSchemas.KitchenSink);

        ValidatedDocument first = cache.GetOrValidate("{ old }");
        ValidatedDocument second = cache.GetOrValidate("{ old }");
        ValidatedDocument other = cache.GetOrValidate("{ old }\n");

        Assert.Same(first, second);
        Assert.NotSame(first, other);
        Assert.True(first.IsValid);
        Assert.Equal(2, cache.Count);
        Assert.Equal(ValidatedDocumentCache.HashOf("{ old }"), first.Hash);
    }

    [Fact]
    public void The_least_recently_used_document_is_dropped_at_capacity()
    {
        var cache = new ValidatedDocumentCache(ValidationSchemas.KitchenSink, capacity: 2);
        ValidatedDocument a = cache.GetOrValidate("{ a: old }");
        cache.GetOrValidate("{ b: old }");
        Assert.Same(a, cache.GetOrValidate("{ a: old }"));

        cache.GetOrValidate("{ c: old }");

        Assert.Equal(2, cache.Count);
        Assert.Same(a, cache.GetOrValidate("{ a: old }"));
        Assert.NotSame(cache.GetOrValidate("{ b: old }"), cache.GetOrValidate("{ b: old }\t"));
    }

    [Fact]
    public void Syntax_errors_and_validation_errors_are_cached_with_locations()
    {
        var cache = new ValidatedDocumentCache(ValidationSchemas.KitchenSink);

        ValidatedDocument syntax = cache.GetOrValidate("{ old");
        ValidatedDocument invalid = cache.GetOrValidate("{ nope }");

        Assert.Null(syntax.Document);
        Assert.Equal("Syntax Error: Expected Name, found <EOF>.", Assert.Single(syntax.Errors).Message);
        Assert.Equal([new ErrorLocation(1, 6)], syntax.Errors[0].Locations);
        Assert.False(invalid.IsValid);
        Assert.Equal([new ErrorLocation(1, 3)], Assert.Single(invalid.Errors).Locations);
        Assert.Same(invalid, cache.GetOrValidate("{ nope }"));
    }

    [Fact]
    public void The_token_limit_applies_when_parsing()
    {
        var cache = new ValidatedDocumentCache(ValidationSchemas.KitchenSink);
        string document = "{ " + string.Join(" ", Enumerable.Repeat("old", 1_000)) + " }";

        ValidatedDocument result = cache.GetOrValidate(document);

        // graphql-js's wording, "more that", kept by the parser.
        Assert.Equal("Syntax Error: Document contains more that 1000 tokens. Parsing aborted.", Assert.Single(result.Errors).Message);
        Assert.True(new ValidatedDocumentCache(ValidationSchemas.KitchenSink, new ValidationOptions { MaxTokens = 1_002 }).GetOrValidate(document).IsValid);
    }

    [Fact]
    public void Lone_surrogates_do_not_share_a_key_with_the_replacement_character()
    {
        Assert.NotEqual(ValidatedDocumentCache.HashOf("{ echo(text: \"\uD800\") }"), ValidatedDocumentCache.HashOf("{ echo(text: \"\uFFFD\") }"));
    }

    [Fact]
    public void Costs_are_reported_per_operation_for_valid_documents()
    {
        var cache = new ValidatedDocumentCache(ValidationSchemas.Contract);

        ValidatedDocument validated = cache.GetOrValidate("query A { entities(first: 3) { nodes { id } } } query B { graphStats { version } }");

        // A: EntityConnection 1 + 3 × Entity 1; B: GraphStats 1.
        Assert.Equal(4, validated.CostOf("A"));
        Assert.Equal(1, validated.CostOf("B"));
        Assert.Null(validated.CostOf(null));
        Assert.Empty(cache.GetOrValidate("{ nope }").Costs);
    }
}
