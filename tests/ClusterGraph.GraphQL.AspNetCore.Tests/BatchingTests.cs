using System.Net;
using ClusterGraph.GraphQL.AspNetCore.Tests.Infrastructure;

namespace ClusterGraph.GraphQL.AspNetCore.Tests;

/// <summary>Batched requests: refused unless enabled, bounded in size, answered in order.</summary>
public sealed class BatchingTests
{
    private const string Batch = """[{"query":"{ hello(name: \"a\") }"},{"query":"{ nope }"},{"query":1}]""";

    [Fact]
    public async Task Batches_are_refused_by_default()
    {
        var executor = new TinySchemaExecutor();
        await using GraphQLTestServer server = await GraphQLTestServer.StartAsync(executor: executor);

        using HttpResponseMessage response = await server.PostJsonAsync(Batch);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BATCH_REFUSED", ResponseJson.ErrorCode(await ResponseJson.ReadAsync(response)));
        Assert.Equal(0, executor.Executions);
    }

    [Fact]
    public async Task Enabled_batch_answers_each_request_in_order()
    {
        await using GraphQLTestServer server = await GraphQLTestServer.StartAsync(o => o.Batching.Enabled = true);

        using HttpResponseMessage response = await server.PostJsonAsync(Batch);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            """[{"data":{"hello":"Hello, a!"}},"""
            + """{"errors":[{"message":"Cannot query field \"nope\" on type \"Query\".","locations":[{"line":1,"column":3}]}]},"""
            + """{"errors":[{"message":"The 'query' parameter must be a string or null, not a number.","extensions":{"code":"BAD_REQUEST"}}]}]""",
            await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Batch_larger_than_the_maximum_is_refused_whole()
    {
        var executor = new TinySchemaExecutor();
        await using GraphQLTestServer server = await GraphQLTestServer.StartAsync(o =>
        {
            o.Batching.Enabled = true;
            o.Batching.MaxBatchSize = 2;
        }, executor);

        using HttpResponseMessage response = await server.PostJsonAsync(Batch);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("The batch holds 3 requests; at most 2 are allowed.", (string?)(await ResponseJson.ReadAsync(response))["errors"]![0]!["message"]);
        Assert.Equal(0, executor.Executions);
    }
}
