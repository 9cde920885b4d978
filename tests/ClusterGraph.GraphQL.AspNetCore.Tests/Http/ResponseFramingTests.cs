using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ClusterGraph.GraphQL.AspNetCore.Tests.Infrastructure;
using ClusterGraph.GraphQL.Utilities;

namespace ClusterGraph.GraphQL.AspNetCore.Tests.Http;

/// <summary>
/// How answers are framed on the wire: a small one goes out whole with a Content-Length; one that grows
/// past the writer's flush threshold (16 KiB) streams with chunked encoding; both arrive intact, and a
/// pre-serialized value (<see cref="RawJsonValue"/>) is copied into the answer as it is.
/// </summary>
public sealed class ResponseFramingTests
{
    [Fact]
    public async Task A_small_answer_has_a_Content_Length_equal_to_its_body()
    {
        await using GraphQLTestServer server = await GraphQLTestServer.StartAsync(executor: new SizedAnswerExecutor());

        using HttpResponseMessage response = await server.PostJsonAsync("""{"query":"{ small }"}""");
        byte[] body = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(body.Length, response.Content.Headers.ContentLength);
        Assert.NotEqual(true, response.Headers.TransferEncodingChunked);
        Assert.Equal("""{"data":{"small":"hello","raw":{"a":[1,"한"]}}}""", Encoding.UTF8.GetString(body));
    }

    [Fact]
    public async Task A_large_answer_streams_chunked_and_arrives_whole()
    {
        await using GraphQLTestServer server = await GraphQLTestServer.StartAsync(executor: new SizedAnswerExecutor());

        using HttpResponseMessage response = await server.PostJsonAsync("""{"query":"{ large }"}""");
        string body = await response.Content.ReadAsStringAsync();

        // (HttpClient fills in a Content-Length once it has buffered the body, so the header to check is this one.)
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.TransferEncodingChunked);

        // 2,000 items of 40 characters each: far past the 16 KiB threshold.
        JsonArray items = JsonNode.Parse(body)!["data"]!["large"]!.AsArray();
        Assert.Equal(SizedAnswerExecutor.LargeItems, items.Count);
        Assert.All(items, (item, i) => Assert.Equal(SizedAnswerExecutor.Item(i), (string?)item));
    }

    /// <summary>Answers <c>{ small }</c> with a few bytes (and a raw JSON value) and <c>{ large }</c> with about 90 KB.</summary>
    private sealed class SizedAnswerExecutor : IGraphQLRequestExecutor
    {
        public const int LargeItems = 2000;

        public static string Item(int i) => $"item {i:D6} " + new string('x', 28);

        public ValueTask<GraphQLExecutionOutcome> ExecuteAsync(GraphQLExecutionRequest request, CancellationToken cancellationToken)
        {
            Dictionary<string, object?> data = request.Query.Contains("large", StringComparison.Ordinal)
                ? new() { ["large"] = Enumerable.Range(0, LargeItems).Select(Item).ToArray() }
                : new() { ["small"] = "hello", ["raw"] = RawJsonValue.Parse("""{"a":[1,"한"]}"""u8.ToArray()) };
            return ValueTask.FromResult(GraphQLExecutionOutcome.Executed(new GraphQLResult { Data = data }));
        }
    }
}
