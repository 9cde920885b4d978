using System.Text.Json;
using ClusterGraph.GraphQL.Execution;
using ClusterGraph.GraphQL.Language;
using ClusterGraph.GraphQL.Types;

namespace ClusterGraph.GraphQL.Tests.Execution;

/// <summary>DataLoader batching inside the executor: N parents' children cost one store call.</summary>
public sealed class DataLoaderTests
{
    private const string Sdl = """
        type Query { parents: [Parent!]! }
        type Parent { id: Int! children: [Child!]! firstChild: Child }
        type Child { id: String! owner: Int! }
        """;

    [Fact]
    public async Task Children_of_many_parents_are_loaded_in_one_batch_and_keys_are_cached()
    {
        var calls = new List<IReadOnlyList<int>>();
        BatchLoader<int, List<Dictionary<string, object?>>> loadChildren = (keys, _) =>
        {
            lock (calls)
            {
                calls.Add(keys);
            }

            IReadOnlyDictionary<int, List<Dictionary<string, object?>>> byParent = keys.ToDictionary(
                k => k,
                k => new List<Dictionary<string, object?>> { new() { ["id"] = $"c{k}a", ["owner"] = k }, new() { ["id"] = $"c{k}b", ["owner"] = k } });
            return new ValueTask<IReadOnlyDictionary<int, List<Dictionary<string, object?>>>>(byParent);
        };

        Schema schema = SchemaBuilder.FromSdl(Sdl)
            .Bind("Query.parents", _ => Enumerable.Range(1, 25).Select(i => new Dictionary<string, object?> { ["id"] = i }).ToList())
            .BindAsync("Parent.children", async c => await c.DataLoader("children", loadChildren).LoadAsync((int)((Dictionary<string, object?>)c.Source!)["id"]!))
            .BindAsync("Parent.firstChild", async c =>
                (await c.DataLoader("children", loadChildren).LoadAsync((int)((Dictionary<string, object?>)c.Source!)["id"]!))![0])
            .Build();

        ExecutionResult result = await new Executor(schema).ExecuteAsync(new ExecutionRequest
        {
            Document = Parser.Parse("{ parents { id children { id owner } firstChild { id } } }"),
        });

        Assert.Null(result.Errors);
        Assert.Single(calls);
        Assert.Equal(Enumerable.Range(1, 25), calls[0]);
        JsonElement parents = JsonDocument.Parse(result.ToJsonString()).RootElement.GetProperty("data").GetProperty("parents");
        Assert.Equal(25, parents.GetArrayLength());
        Assert.Equal("c7b", parents[6].GetProperty("children")[1].GetProperty("id").GetString());
        Assert.Equal("c25a", parents[24].GetProperty("firstChild").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Each_level_of_nesting_is_one_batch()
    {
        int calls = 0;
        BatchLoader<int, int> next = (keys, _) =>
        {
            Interlocked.Increment(ref calls);
            return new ValueTask<IReadOnlyDictionary<int, int>>(keys.ToDictionary(k => k, k => k * 10));
        };

        Schema schema = SchemaBuilder.FromSdl("type Query { nodes: [N!]! } type N { value: Int! next: N }")
            .Bind("Query.nodes", _ => new[] { 1, 2, 3 })
            .Bind("N.value", c => c.Source)
            .BindAsync("N.next", async c => (object?)await c.DataLoader("next", next).LoadAsync((int)c.Source!))
            .Build();

        ExecutionResult result = await new Executor(schema).ExecuteAsync(new ExecutionRequest
        {
            Document = Parser.Parse("{ nodes { value next { value next { value } } } }"),
        });

        Assert.Equal(
            """{"data":{"nodes":[{"value":1,"next":{"value":10,"next":{"value":100}}},{"value":2,"next":{"value":20,"next":{"value":200}}},{"value":3,"next":{"value":30,"next":{"value":300}}}]}}""",
            result.ToJsonString());
        Assert.Equal(2, calls);
    }

    [Fact]
    public async Task A_failing_batch_becomes_a_field_error_for_every_key()
    {
        BatchLoader<int, string> failing = (_, _) => throw new InvalidOperationException("store down");
        Schema schema = SchemaBuilder.FromSdl("type Query { a: String b: String }")
            .BindAsync("Query.a", async c => await c.DataLoader("f", failing).LoadAsync(1))
            .BindAsync("Query.b", async c => await c.DataLoader("f", failing).LoadAsync(2))
            .Build();

        ExecutionResult result = await new Executor(schema).ExecuteAsync(new ExecutionRequest { Document = Parser.Parse("{ a b }") });

        Assert.Equal(
            """{"errors":[{"message":"Unexpected error.","locations":[{"line":1,"column":3}],"path":["a"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}},{"message":"Unexpected error.","locations":[{"line":1,"column":5}],"path":["b"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":{"a":null,"b":null}}""",
            result.ToJsonString());
    }
}
