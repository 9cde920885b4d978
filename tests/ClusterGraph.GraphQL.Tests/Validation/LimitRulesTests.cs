using System.Text.Json.Nodes;
using ClusterGraph.GraphQL.Errors;
using ClusterGraph.GraphQL.Language;
using ClusterGraph.GraphQL.Tests.Conformance;
using ClusterGraph.GraphQL.Validation;

namespace ClusterGraph.GraphQL.Tests.Validation;

/// <summary>The limit rules on their own (the differential runs the specified rules only); limits worked out by hand.</summary>
public sealed class LimitRulesTests
{
    private static IReadOnlyList<GraphQLError> Validate(string document, ValidationOptions? options = null, bool contract = false) =>
        DocumentValidator.Validate(contract ? ValidationSchemas.Contract : ValidationSchemas.KitchenSink, Parser.Parse(document), options ?? ValidationOptions.Default);

    /// <summary>region → parent × n → id: depth n + 2.</summary>
    private static string Nested(int parents) =>
        "{ region(code: \"a\") { " + string.Concat(Enumerable.Repeat("parent { ", parents)) + "id" + new string('}', parents) + " } }";

    [Fact]
    public void Depth_twelve_passes_and_thirteen_is_rejected_at_the_first_field_too_deep()
    {
        Assert.Empty(Validate(Nested(10)));

        GraphQLError error = Assert.Single(Validate(Nested(11)));
        Assert.Equal("The operation's fields nest 13 deep, more than the limit of 12.", error.Message);

        // "{ region(code: "a") { " is 22 characters, each "parent { " 9: the 13th field, "id", is at column 23 + 11 * 9.
        Assert.Equal([new ErrorLocation(1, 23 + (11 * 9))], error.Locations);
    }

    [Fact]
    public void Depth_counts_through_fragments()
    {
        string document = "{ region(code: \"a\") { ...P } } fragment P on Region { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { id } } } } } } } } } } } }";

        Assert.Contains(Validate(document), e => e.Message == "The operation's fields nest 13 deep, more than the limit of 12.");
    }

    [Fact]
    public void Graphql_js_introspection_query_passes_the_default_limits()
    {
        JsonObject answer = NodeOracle.Run([new JsonObject { ["op"] = "validate", ["introspectionQuery"] = true }])[0];
        string introspection = (string)answer["query"]!;

        Assert.Empty(Validate(introspection));
        Assert.True(new ValidatedDocumentCache(ValidationSchemas.Contract).GetOrValidate(introspection).IsValid);
    }

    [Fact]
    public void Introspection_is_exempt_from_depth_but_capped_on_ofType_nesting()
    {
        static string OfTypes(int count) =>
            "{ __type(name: \"Region\") { " + string.Concat(Enumerable.Repeat("ofType { ", count)) + "name" + new string('}', count) + " } }";

        Assert.Empty(Validate(OfTypes(10)));
        GraphQLError error = Assert.Single(Validate(OfTypes(11)));
        Assert.Equal("The introspection query nests ofType 11 deep, more than the limit of 10.", error.Message);
    }

    [Fact]
    public void Aliases_over_the_limit_are_rejected_at_the_first_alias_too_many()
    {
        static string Aliases(int count) => "{ " + string.Join(" ", Enumerable.Range(0, count).Select(i => $"a{i}: old")) + " }";

        Assert.Empty(Validate(Aliases(15)));
        GraphQLError error = Assert.Single(Validate(Aliases(16)));
        Assert.Equal("The operation uses 16 aliases, more than the limit of 15.", error.Message);

        // "{ " then 15 × "aN: old " (8 or 9 characters): a0..a9 take 8 each, a10..a14 take 9 each.
        Assert.Equal([new ErrorLocation(1, 3 + (10 * 8) + (5 * 9))], error.Locations);
        Assert.Empty(Validate(Aliases(16), new ValidationOptions { MaxAliases = 16 }));
    }

    [Fact]
    public void Directives_over_the_limit_are_rejected()
    {
        static string Tags(int count) => "{ old " + string.Concat(Enumerable.Repeat("@tag(name: \"t\") ", count)) + "}";

        Assert.Empty(Validate(Tags(50)));
        Assert.Equal("The operation applies 51 directives, more than the limit of 50.", Assert.Single(Validate(Tags(51))).Message);
    }

    [Fact]
    public void Fragment_fan_out_is_stopped_by_the_visit_budget()
    {
        // F0 spreads F1 twice, F1 spreads F2 twice, ...: 2 + 4 + ... + 2^11 = 4094 spreads followed.
        var document = new System.Text.StringBuilder("{ ...F0 }\n");
        for (int i = 0; i < 11; i++)
        {
            document.Append($"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }}\n");
        }

        document.Append("fragment F11 on Query { old }\n");

        IReadOnlyList<GraphQLError> errors = Validate(document.ToString());

        GraphQLError error = Assert.Single(errors);
        Assert.Equal("The operation spreads fragments more than 1000 times.", error.Message);
        Assert.Empty(Validate(document.ToString(), new ValidationOptions { MaxFragmentVisits = 5_000 }));
    }

    [Fact]
    public void Cost_over_the_limit_is_rejected_for_the_operation()
    {
        // Contract: entities(first: 100) → 1 + nodes: 100 × (1 + relations(first: 100) → 1 + nodes: 100 × 1) = 10,201.
        const string document = "{ entities(first: 100) { nodes { relations(first: 100) { nodes { id } } } } }";

        GraphQLError error = Assert.Single(Validate(document, contract: true));
        Assert.Equal("The operation costs 10201, more than the limit of 5000.", error.Message);
        Assert.Equal([new ErrorLocation(1, 1)], error.Locations);
    }

    [Fact]
    public void Typical_contract_query_passes_the_default_limits()
    {
        ValidatedDocument validated = new ValidatedDocumentCache(ValidationSchemas.Contract).GetOrValidate(ValidationHandWrittenCases.TypicalContractQuery);

        Assert.True(validated.IsValid, string.Join("; ", validated.Errors));
    }

    [Fact]
    public void Limits_can_be_turned_off()
    {
        var off = new ValidationOptions { MaxDepth = 0, MaxAliases = 0, MaxDirectives = 0, MaxCost = 0, MaxFragmentVisits = 0, MaxIntrospectionOfTypeDepth = 0 };

        Assert.Empty(Validate(Nested(40), off));
    }
}
