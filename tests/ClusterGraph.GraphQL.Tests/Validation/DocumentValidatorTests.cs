using ClusterGraph.GraphQL.Errors;
using ClusterGraph.GraphQL.Language;
using ClusterGraph.GraphQL.Tests.Conformance;
using ClusterGraph.GraphQL.Validation;

namespace ClusterGraph.GraphQL.Tests.Validation;

/// <summary>Expectations worked out by hand from the spec and graphql-js's messages (the differential tests cover breadth).</summary>
public sealed class DocumentValidatorTests
{
    private static IReadOnlyList<GraphQLError> Validate(string document, ValidationOptions? options = null) =>
        DocumentValidator.Validate(ValidationSchemas.KitchenSink, Parser.Parse(document), options ?? ValidationOptions.SpecifiedOnly);

    [Fact]
    public void A_valid_document_has_no_errors()
    {
        Assert.Empty(Validate("query Q($c: String!) { region(code: $c) { id name(lang: EN) ... on Entity { kind } } }"));
    }

    [Fact]
    public void Conflicting_aliases_are_reported_once_per_pair_at_both_fields()
    {
        IReadOnlyList<GraphQLError> errors = Validate("{ x: old x: echo(need: \"\") x: old }");

        // Pairs (1,2) and (2,3) conflict; (1,3) are the same field.
        Assert.Equal(2, errors.Count);
        Assert.Equal(
            "Fields \"x\" conflict because \"old\" and \"echo\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
            errors[0].Message);
        Assert.Equal([new ErrorLocation(1, 3), new ErrorLocation(1, 10)], errors[0].Locations);
        Assert.Equal([new ErrorLocation(1, 10), new ErrorLocation(1, 28)], errors[1].Locations);
    }

    [Fact]
    public void Validation_stops_after_one_hundred_errors_with_graphql_js_message()
    {
        string document = "{ " + string.Join(" ", Enumerable.Range(0, 150).Select(i => "nope" + i)) + " }";

        IReadOnlyList<GraphQLError> errors = Validate(document);

        Assert.Equal(101, errors.Count);
        Assert.Equal("Too many validation errors, error limit reached. Validation aborted.", errors[100].Message);
        Assert.Empty(errors[100].Locations);
        Assert.StartsWith("Cannot query field \"nope99\" on type \"Query\".", errors[99].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Exactly_one_hundred_errors_do_not_abort()
    {
        string document = "{ " + string.Join(" ", Enumerable.Range(0, 100).Select(i => "nope" + i)) + " }";

        Assert.Equal(100, Validate(document).Count);
    }

    [Fact]
    public void Suggestions_can_be_switched_off()
    {
        const string document = "{ regoin(code: \"x\") { id } echo(size: SMAL, need: \"\") }";
        var noHints = new ValidationOptions { EnableLimits = false, IncludeSuggestions = false };

        IReadOnlyList<GraphQLError> withHints = Validate(document);
        IReadOnlyList<GraphQLError> withoutHints = Validate(document, noHints);

        Assert.Equal("Cannot query field \"regoin\" on type \"Query\". Did you mean \"region\" or \"regions\"?", withHints[0].Message);
        Assert.Equal("Cannot query field \"regoin\" on type \"Query\".", withoutHints[0].Message);
        Assert.Equal("Value \"SMAL\" does not exist in \"Size\" enum. Did you mean the enum value \"SMALL\"?", withHints[1].Message);
        Assert.Equal("Value \"SMAL\" does not exist in \"Size\" enum.", withoutHints[1].Message);
        Assert.DoesNotContain(withoutHints, e => e.Message.Contains("Did you mean", StringComparison.Ordinal));
    }

    [Fact]
    public void Transitive_fragment_cycle_names_the_path_and_locates_every_spread()
    {
        IReadOnlyList<GraphQLError> errors = Validate("{ ...A }\nfragment A on Query { ...B }\nfragment B on Query { ...A }");

        GraphQLError cycle = Assert.Single(errors);
        Assert.Equal("Cannot spread fragment \"A\" within itself via \"B\".", cycle.Message);
        Assert.Equal([new ErrorLocation(2, 23), new ErrorLocation(3, 23)], cycle.Locations);
    }

    [Fact]
    public void OneOf_input_needs_exactly_one_non_null_field()
    {
        IReadOnlyList<GraphQLError> errors = Validate("{ a: lookup(ref: {}) { id } b: lookup(ref: {id: null}) { id } }");

        Assert.Equal(
            ["OneOf Input Object \"RegionRef\" must specify exactly one key.", "Field \"RegionRef.id\" must be non-null."],
            errors.Select(e => e.Message).Where(m => !m.StartsWith("Fields", StringComparison.Ordinal)).Take(2));
    }
}
