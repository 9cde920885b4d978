using System.Text.Json;
using ClusterGraph.GraphQL.Execution;
using ClusterGraph.GraphQL.Language;
using ClusterGraph.GraphQL.Types;

namespace ClusterGraph.GraphQL.Tests.Execution;

public sealed class ExecutorTests
{
    private static string Run(string sdl, string query, string rootJson = "{}", string? variablesJson = null, SchemaBuilder? builder = null)
    {
        Schema schema = (builder ?? SchemaBuilder.FromSdl(sdl)).Build();
        var request = new ExecutionRequest
        {
            Document = Parser.Parse(query),
            RootValue = JsonDocument.Parse(rootJson).RootElement,
            Variables = variablesJson is null ? null : ExecutionRequest.VariablesFromJson(JsonDocument.Parse(variablesJson).RootElement),
        };
        return new Executor(schema).Execute(request).ToJsonString();
    }

    [Fact]
    public void Executes_scalar_fields_over_a_json_root()
    {
        string result = Run("type Query { a: Int b: String c: Boolean }", "{ a b c }", """{"a": 1, "b": "x", "c": true}""");
        Assert.Equal("""{"data":{"a":1,"b":"x","c":true}}""", result);
    }

    [Fact]
    public void Null_in_a_non_null_field_propagates_to_the_nearest_nullable_parent()
    {
        string result = Run(
            "type Query { obj: Obj } type Obj { x: Int! y: Int }",
            "{ obj { x y } }",
            """{"obj": {"x": null, "y": 2}}""");
        Assert.Equal(
            """{"errors":[{"message":"Cannot return null for non-nullable field Obj.x.","locations":[{"line":1,"column":9}],"path":["obj","x"]}],"data":{"obj":null}}""",
            result);
    }

    [Fact]
    public void Resolvers_bound_by_coordinate_receive_coerced_arguments()
    {
        SchemaBuilder builder = SchemaBuilder.FromSdl("type Query { add(a: Int!, b: Int = 10): Int }")
            .Bind("Query.add", c => c.GetArgument<int>("a") + c.GetArgument<int>("b"));
        Assert.Equal("""{"data":{"x":15,"y":3}}""", Run(string.Empty, "{ x: add(a: 5) y: add(a: 1, b: 2) }", builder: builder));
    }

    [Fact]
    public void Introspection_names_the_query_type()
    {
        Assert.Equal(
            """{"data":{"__schema":{"queryType":{"name":"Query"}},"__typename":"Query"}}""",
            Run("type Query { a: Int }", "{ __schema { queryType { name } } __typename }"));
    }
}
