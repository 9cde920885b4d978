using System.Text.Json;
using System.Text.Json.Nodes;
using ClusterGraph.GraphQL.Execution;
using ClusterGraph.GraphQL.Language;
using ClusterGraph.GraphQL.Types;

namespace ClusterGraph.GraphQL.Tests.Conformance;

/// <summary>
/// The schema printer and introspection against graphql-js: for every corpus schema, our printed SDL
/// equals graphql-js's printSchema(buildSchema(sdl)), graphql-js reprints our SDL unchanged, and
/// graphql-js's buildClientSchema over our introspection result prints the same SDL again.
/// </summary>
public sealed class SchemaConformanceTests
{
    [Fact]
    public void Printer_and_introspection_round_trip_through_graphql_js()
    {
        List<(string Name, string Sdl)> schemas = [.. SchemaCorpus.All()];
        JsonObject queryAnswer = NodeOracle.Run([new JsonObject { ["op"] = "schema", ["introspectionQuery"] = true }])[0];
        string introspectionQuery = (string)queryAnswer["query"]!;

        var requests = new List<JsonObject>();
        var printed = new List<string>();
        foreach ((string name, string sdl) in schemas)
        {
            Schema schema = SchemaBuilder.Build(sdl);
            string ours = SchemaPrinter.Print(schema);
            printed.Add(ours);
            ExecutionResult introspection = new Executor(schema).Execute(new ExecutionRequest { Document = Parser.Parse(introspectionQuery) });
            Assert.Null(introspection.Errors);
            requests.Add(new JsonObject { ["op"] = "schema", ["sdl"] = sdl });
            requests.Add(new JsonObject { ["op"] = "schema", ["sdl"] = ours });
            requests.Add(new JsonObject { ["op"] = "schema", ["introspection"] = introspection.ToJsonObject()["data"]!.DeepClone() });
        }

        IReadOnlyList<JsonObject> answers = NodeOracle.Run(requests);
        for (int i = 0; i < schemas.Count; i++)
        {
            string name = schemas[i].Name;
            Assert.True(answers[3 * i]["printed"] is not null, $"{name}: graphql-js rejected the SDL: {answers[3 * i]}");
            Assert.Equal((string)answers[3 * i]["printed"]!, printed[i]);
            Assert.Equal(printed[i], (string?)answers[(3 * i) + 1]["printed"]);
            Assert.Equal(printed[i], (string?)answers[(3 * i) + 2]["printed"]);
        }
    }

    [Fact]
    public void Introspection_result_equals_graphql_js_for_every_corpus_schema()
    {
        JsonObject queryAnswer = NodeOracle.Run([new JsonObject { ["op"] = "schema", ["introspectionQuery"] = true }])[0];
        string introspectionQuery = (string)queryAnswer["query"]!;
        List<(string Name, string Sdl)> schemas = [.. SchemaCorpus.All()];
        var requests = schemas.Select(s => new JsonObject { ["op"] = "execute", ["sdl"] = s.Sdl, ["query"] = introspectionQuery }).ToList();
        IReadOnlyList<JsonObject> answers = NodeOracle.Run(requests);
        for (int i = 0; i < schemas.Count; i++)
        {
            Schema schema = SchemaBuilder.Build(schemas[i].Sdl);
            JsonObject ours = new Executor(schema).Execute(new ExecutionRequest { Document = Parser.Parse(introspectionQuery) }).ToJsonObject();
            JsonNode expected = answers[i]["result"]!;
            Assert.Null(ExecutionJson.FirstDifference(JsonNode.Parse(expected.ToJsonString()), JsonNode.Parse(ours.ToJsonString())));
        }
    }
}
