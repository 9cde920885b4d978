using System.Text.Json.Nodes;
using ClusterGraph.GraphQL.Errors;
using ClusterGraph.GraphQL.Types;

namespace ClusterGraph.GraphQL.Tests.Conformance;

/// <summary>
/// Invalid schemas: SchemaBuilder rejects each with the same messages as graphql-js (buildSchema's SDL
/// checks or validateSchema's type-system rules), and accepts what graphql-js accepts.
/// </summary>
public sealed class SchemaValidationConformanceTests
{
    private static readonly string[] s_schemas =
    [
        "type Query { a: Int }",
        "type Query { a: Unknown }",
        "type Query { a: Int } type Query { b: Int }",
        "type Query { a: In } input In { x: Int }",
        "type Query { a(x: Obj): Int } type Obj { a: Int }",
        "type Query { a: Int } interface I { x: Int } type T implements I { y: Int }",
        "type Query { a: Int } interface I { x: Int } type T implements I { x: String }",
        "type Query { a: Int } interface I { x(a: Int): Int } type T implements I { x: Int }",
        "type Query { a: Int } interface I { x(a: Int): Int } type T implements I { x(a: String): Int }",
        "type Query { a: Int } interface I { x: Int } type T implements I { x(b: Int!): Int }",
        "type Query { a: Int } interface I { x: Int } interface J implements I { x: Int } type T implements J { x: Int }",
        "type Query { a: Int } interface I { x: [Int] } type T implements I { x: [Int!]! }",
        "type Query { a: Int } union U = Query | U2 type U2 { b: Int }",
        "type Query { a: Int } input In @oneOf { a: Int! b: String }",
        "type Query { a: Int } input In @oneOf { a: Int = 1 b: String }",
        "type Query { a: Int } input A { b: B! } input B { a: A! }",
        "type Query { a: Int } input A { self: A! }",
        "type Query { a: Int } input A { self: [A!]! other: A }",
        "type Query { a(x: Int! @deprecated): Int }",
        "type Query { a: Int } input In { x: Int! @deprecated }",
        "type Query { __a: Int }",
        "type Query { a: Int } enum E { A B A }",
        "type Query { a: Int } type Empty",
        "type Query { a: Int } enum E",
        "type Query { a: Int } directive @d on FIELD directive @d on QUERY",
        "type Query { a: Int } extend type Missing { b: Int }",
        "type Query { a: Int } scalar S extend type S { b: Int }",
        "schema { query: Q } type Query { a: Int }",
        "schema { query: Q } type Q { a: Int } schema { query: Q }",
        "schema { mutation: M } type M { a: Int }",
        "type Query { a: Int } type Mutation",
        "schema { query: In } input In { a: Int }",
        "type Query { a: Int b: Int a: String }",
        "type Query implements Query { a: Int }",
        "type Query { a: Int } interface I implements I { a: Int }",
        "type Query { a: Int } directive @d(a: Int, a: Int) on FIELD",
        "type Query { a: Int } directive @d(x: Query) on FIELD",
        "type Query { a: Int } type T implements Query { a: Int }",
    ];

    [Fact]
    public void Schema_errors_match_graph_ql_js()
    {
        IReadOnlyList<JsonObject> answers = NodeOracle.Run([.. s_schemas.Select(sdl => new JsonObject { ["op"] = "schema", ["validate"] = true, ["sdl"] = sdl })]);
        var mismatches = new List<string>();
        for (int i = 0; i < s_schemas.Length; i++)
        {
            // buildSchema reports all its SDL errors in one message, separated by blank lines.
            List<string> expected = [.. answers[i]["messages"]!.AsArray().SelectMany(m => ((string)m!).Split("\n\n"))];
            List<string> actual;
            try
            {
                SchemaBuilder.Build(s_schemas[i]);
                actual = [];
            }
            catch (SchemaException e)
            {
                actual = [.. e.Errors.Select(error => error.Message)];
            }

            expected.Sort(StringComparer.Ordinal);
            actual.Sort(StringComparer.Ordinal);
            if (!expected.SequenceEqual(actual))
            {
                mismatches.Add($"{s_schemas[i]}\n  graphql-js ({answers[i]["stage"]}): {string.Join(" / ", expected)}\n  ours: {string.Join(" / ", actual)}");
            }
        }

        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }
}
