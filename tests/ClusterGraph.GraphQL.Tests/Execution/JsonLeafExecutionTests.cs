using System.Text.Json;
using ClusterGraph.GraphQL.Execution;
using ClusterGraph.GraphQL.Language;
using ClusterGraph.GraphQL.Types;

namespace ClusterGraph.GraphQL.Tests.Execution;

/// <summary>
/// Objects made only of built-in scalars read from JSON complete inline (ExecutionState.Json.cs); these
/// cases hit each way out of that path back to the general one. Expected results are graphql-js's,
/// worked out by hand (JSON.parse semantics for the root value, the spec's null propagation).
/// </summary>
public sealed class JsonLeafExecutionTests
{
    private static string Run(string sdl, string query, string rootJson)
    {
        var request = new ExecutionRequest { Document = Parser.Parse(query), RootValue = JsonDocument.Parse(rootJson).RootElement };
        return new Executor(SchemaBuilder.Build(sdl)).Execute(request).ToJsonString();
    }

    [Fact]
    public void A_list_item_with_a_null_in_a_non_null_field_becomes_null_with_its_path()
    {
        string result = Run(
            "type Query { items: [Item] } type Item { id: ID! n: Int }",
            "{ items { id n } }",
            """{"items": [{"id": "a", "n": 1}, {"id": null, "n": 2}, {"id": "c"}]}""");
        Assert.Equal(
            """{"errors":[{"message":"Cannot return null for non-nullable field Item.id.","locations":[{"line":1,"column":11}],"path":["items",1,"id"]}],"data":{"items":[{"id":"a","n":1},null,{"id":"c","n":null}]}}""",
            result);
    }

    [Fact]
    public void A_failing_non_null_item_nulls_the_whole_non_null_list_up_to_data()
    {
        string result = Run(
            "type Query { items: [Item!]! } type Item { id: ID! }",
            "{ items { id } }",
            """{"items": [{"id": "a"}, {}, {"id": "c"}]}""");
        Assert.Equal(
            """{"errors":[{"message":"Cannot return null for non-nullable field Item.id.","locations":[{"line":1,"column":11}],"path":["items",1,"id"]}],"data":null}""",
            result);
    }

    [Fact]
    public void A_non_object_item_takes_the_general_path()
    {
        string result = Run("type Query { items: [Item] } type Item { id: ID! }", "{ items { id } }", """{"items": [1, {"id": "a"}]}""");
        Assert.Equal(
            """{"errors":[{"message":"Cannot return null for non-nullable field Item.id.","locations":[{"line":1,"column":11}],"path":["items",0,"id"]}],"data":{"items":[null,{"id":"a"}]}}""",
            result);
    }

    [Fact]
    public void Values_a_scalar_converts_are_serialized_as_graphql_js_does()
    {
        // JSON.parse gives 42 for 42.0; String(7) is "7"; Boolean(1) is true; an integer ID is its decimal string.
        string result = Run(
            "type Query { i: Int f: Float s: String b: Boolean id: ID }",
            "{ i f s b id }",
            """{"i": 42.0, "f": 3, "s": 7, "b": 1, "id": 5}""");
        Assert.Equal("""{"data":{"i":42,"f":3,"s":"7","b":true,"id":"5"}}""", result);
    }

    [Fact]
    public void A_value_a_scalar_rejects_is_an_error_at_its_field()
    {
        // The message is Int cannot represent non-integer value: "x" (the writer escapes its quotes as \u0022).
        string result = Run("type Query { a: Int b: String }", "{ a b }", """{"a": "x", "b": "y"}""");
        Assert.Equal(
            """{"errors":[{"message":"Int cannot represent non-integer value: \u0022x\u0022","locations":[{"line":1,"column":3}],"path":["a"]}],"data":{"a":null,"b":"y"}}""",
            result);
    }

    [Fact]
    public void The_last_of_duplicate_keys_wins_and_escaped_keys_match()
    {
        string result = Run("type Query { a: Int bc: String }", "{ a bc }", """{"a": 1, "b\u0063": "x", "a": 2}""");
        Assert.Equal("""{"data":{"a":2,"bc":"x"}}""", result);
    }

    [Fact]
    public void Missing_properties_are_null_and_a_missing_non_null_one_is_an_error()
    {
        Assert.Equal("""{"data":{"a":null,"b":null}}""", Run("type Query { a: Int b: String }", "{ a b }", "{}"));
        Assert.Equal(
            """{"errors":[{"message":"Cannot return null for non-nullable field Query.a.","locations":[{"line":1,"column":3}],"path":["a"]}],"data":null}""",
            Run("type Query { a: Int! b: String }", "{ a b }", """{"b": "y"}"""));
    }

    [Fact]
    public void Scalar_lists_complete_plain_items_inline_and_judge_the_others()
    {
        string result = Run(
            "type Query { tags: [String!] ns: [Int] }",
            "{ tags ns }",
            """{"tags": ["a", null, "c"], "ns": [1, 2.5, null]}""");
        Assert.Equal(
            """{"errors":[{"message":"Cannot return null for non-nullable field Query.tags.","locations":[{"line":1,"column":3}],"path":["tags",1]},""" +
            """{"message":"Int cannot represent non-integer value: 2.5","locations":[{"line":1,"column":8}],"path":["ns",1]}],"data":{"tags":null,"ns":[1,null,null]}}""",
            result);
    }

    [Fact]
    public void Scalar_fields_beside_an_object_field_complete_one_by_one()
    {
        // Boolean(0) serializes as false (graphql-js coerces finite numbers); 1.5 is no Int.
        string result = Run(
            "type Query { a: Int obj: O c: Boolean } type O { b: String }",
            "{ a obj { b } c }",
            """{"a": 1.5, "obj": {"b": "x"}, "c": 0}""");
        Assert.Equal(
            """{"errors":[{"message":"Int cannot represent non-integer value: 1.5","locations":[{"line":1,"column":3}],"path":["a"]}],"data":{"a":null,"obj":{"b":"x"},"c":false}}""",
            result);
    }
}
