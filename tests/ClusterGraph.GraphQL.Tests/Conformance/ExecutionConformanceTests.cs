using System.Text.Json;
using System.Text.Json.Nodes;
using ClusterGraph.GraphQL.Execution;
using ClusterGraph.GraphQL.Language;
using ClusterGraph.GraphQL.Types;
using Xunit.Abstractions;

namespace ClusterGraph.GraphQL.Tests.Conformance;

/// <summary>
/// Differential execution against graphql-js 16.11.0: the same (SDL, document, variables, JSON root)
/// executed by both with default resolvers must give the same <c>data</c> and the same errors
/// (message, path, locations; compared as a set since their order follows completion order).
/// Documents graphql-js's validation rejects are left out (execution assumes a valid document).
/// </summary>
public sealed class ExecutionConformanceTests(ITestOutputHelper output)
{
    [Fact]
    public void Hand_written_corpus_matches_graphql_js()
    {
        int compared = Compare([.. ExecutionCorpus.All()]);
        Assert.True(compared >= 300, $"Only {compared} hand-written cases are valid documents.");
    }

    [Fact]
    public void Generated_corpus_matches_graphql_js()
    {
        int compared = Compare([.. ExecutionCaseGenerator.Generate(seed: 20261122, count: 2600)]);
        Assert.True(compared >= 2000, $"Only {compared} generated cases are valid documents.");
    }

    private int Compare(IReadOnlyList<ExecutionCase> cases)
    {
        var requests = new List<JsonObject>(cases.Count);
        foreach (ExecutionCase c in cases)
        {
            var request = new JsonObject
            {
                ["op"] = "execute",
                ["sdl"] = c.Sdl,
                ["query"] = c.Query,
                ["root"] = JsonNode.Parse(c.Root),
            };
            if (c.Variables is not null)
            {
                request["variables"] = JsonNode.Parse(c.Variables);
            }

            if (c.OperationName is not null)
            {
                request["operationName"] = c.OperationName;
            }

            requests.Add(request);
        }

        IReadOnlyList<JsonObject> answers = NodeOracle.Run(requests);
        var schemas = new Dictionary<string, Schema>(StringComparer.Ordinal);
        var disagreements = new List<string>();
        int compared = 0;
        int withErrors = 0;
        int withoutData = 0;
        for (int i = 0; i < cases.Count; i++)
        {
            ExecutionCase c = cases[i];
            JsonObject answer = answers[i];
            if (answer["result"] is not JsonObject expected)
            {
                Assert.True(answer["invalid"] is not null, $"{c.Name}: graphql-js could not run the case: {answer.ToJsonString()}");
                continue;
            }

            compared++;
            withErrors += expected["errors"] is JsonArray ? 1 : 0;
            withoutData += expected["data"] is null ? 1 : 0;
            if (!schemas.TryGetValue(c.Sdl, out Schema? schema))
            {
                schemas[c.Sdl] = schema = SchemaBuilder.Build(c.Sdl);
            }

            JsonObject actual;
            try
            {
                actual = Execute(schema, c);
            }
            catch (Exception e)
            {
                disagreements.Add($"{c.Name}\n  threw {e}");
                continue;
            }

            if (Disagreement(expected, actual) is { } difference)
            {
                disagreements.Add($"{c.Name}\n  root {c.Root.ReplaceLineEndings(" ")[..Math.Min(200, c.Root.Length)]} vars {c.Variables}\n  {difference}\n  expected {expected.ToJsonString()}\n  actual   {actual.ToJsonString()}");
            }
        }

        foreach (string disagreement in disagreements.Take(15))
        {
            output.WriteLine(disagreement);
        }

        output.WriteLine(
            $"{compared} valid cases compared ({withErrors} with errors, {withoutData} with null or no data), " +
            $"{cases.Count - compared} invalid documents left out, {disagreements.Count} disagreements.");
        Assert.True(disagreements.Count == 0, $"{disagreements.Count} of {compared} cases disagree with graphql-js; first:\n{string.Join("\n", disagreements.Take(5))}");
        return compared;
    }

    private static JsonObject Execute(Schema schema, ExecutionCase c)
    {
        var request = new ExecutionRequest
        {
            Document = Parser.Parse(c.Query),
            OperationName = c.OperationName,
            RootValue = JsonDocument.Parse(c.Root).RootElement,
            Variables = c.Variables is null ? null : ExecutionRequest.VariablesFromJson(JsonDocument.Parse(c.Variables).RootElement),
        };
        return new Executor(schema).Execute(request).ToJsonObject();
    }

    private static string? Disagreement(JsonObject expected, JsonObject actual)
    {
        if (expected.ContainsKey("data") != actual.ContainsKey("data"))
        {
            return $"data present: expected {expected.ContainsKey("data")}, got {actual.ContainsKey("data")}";
        }

        if (ExecutionJson.FirstDifference(expected["data"], actual["data"], "data") is { } dataDifference)
        {
            return dataDifference;
        }

        List<string> expectedErrors = ErrorKeys(expected["errors"]);
        List<string> actualErrors = ErrorKeys(actual["errors"]);
        return expectedErrors.SequenceEqual(actualErrors)
            ? null
            : $"errors differ:\n    expected {string.Join("\n             ", expectedErrors)}\n    actual   {string.Join("\n             ", actualErrors)}";
    }

    private static List<string> ErrorKeys(JsonNode? errors)
    {
        var keys = new List<string>();
        if (errors is JsonArray array)
        {
            foreach (JsonNode? error in array)
            {
                keys.Add($"{error!["message"]} | path {error["path"]?.ToJsonString() ?? "-"} | at {error["locations"]?.ToJsonString() ?? "-"}");
            }
        }

        keys.Sort(StringComparer.Ordinal);
        return keys;
    }
}
