using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ClusterGraph.GraphQL.AspNetCore.Tests.Infrastructure;

namespace ClusterGraph.GraphQL.AspNetCore.Tests;

/// <summary>Subscriptions over Server-Sent Events (graphql-sse, distinct connections mode).</summary>
public sealed class SubscriptionTests
{
    [Fact]
    public async Task The_graphql_sse_client_receives_every_event_and_the_completion()
    {
        await using GraphQLTestServer server = await GraphQLTestServer.StartAsync();

        string output = await NodeScript.RunAsync("http/sse-subscribe.mjs",
            [server.Endpoint.ToString(), "subscription { countdown(from: 3) }"], TimeSpan.FromSeconds(60));

        string[] lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            [
                """{"next":{"data":{"countdown":3}}}""",
                """{"next":{"data":{"countdown":2}}}""",
                """{"next":{"data":{"countdown":1}}}""",
                """{"complete":true}""",
            ],
            lines);
    }

    [Fact]
    public async Task The_event_stream_has_next_events_and_a_complete_event_with_empty_data()
    {
        await using GraphQLTestServer server = await GraphQLTestServer.StartAsync();

        using HttpResponseMessage response = await server.PostJsonAsync("""{"query":"subscription { n: countdown(from: 2) }"}""", "text/event-stream");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", ResponseJson.MediaType(response));
        Assert.Equal(
            "event: next\ndata: {\"data\":{\"n\":2}}\n\nevent: next\ndata: {\"data\":{\"n\":1}}\n\nevent: complete\ndata: \n\n",
            await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Validation_errors_arrive_as_a_next_event_on_an_accepted_stream()
    {
        await using GraphQLTestServer server = await GraphQLTestServer.StartAsync();

        using HttpResponseMessage response = await server.PostJsonAsync("""{"query":"subscription { nope }"}""", "text/event-stream");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            "event: next\ndata: {\"errors\":[{\"message\":\"Cannot query field \\\"nope\\\" on type \\\"Subscription\\\".\",\"locations\":[{\"line\":1,\"column\":16}]}]}\n\nevent: complete\ndata: \n\n",
            await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task EventSource_style_GET_subscribes_too()
    {
        await using GraphQLTestServer server = await GraphQLTestServer.StartAsync();

        using HttpResponseMessage response = await server.GetAsync("query=" + Uri.EscapeDataString("subscription { countdown(from: 1) }"), "text/event-stream");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("event: next\ndata: {\"data\":{\"countdown\":1}}\n\nevent: complete\ndata: \n\n", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_query_sent_as_event_stream_is_one_next_event()
    {
        await using GraphQLTestServer server = await GraphQLTestServer.StartAsync();

        using HttpResponseMessage response = await server.PostJsonAsync("""{"query":"{ __typename }"}""", "text/event-stream");

        Assert.Equal("event: next\ndata: {\"data\":{\"__typename\":\"Query\"}}\n\nevent: complete\ndata: \n\n", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_subscription_asked_for_as_JSON_is_refused()
    {
        await using GraphQLTestServer server = await GraphQLTestServer.StartAsync();

        using HttpResponseMessage response = await server.PostJsonAsync("""{"query":"subscription { countdown(from: 2) }"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("SUBSCRIPTION_REQUIRES_EVENT_STREAM", ResponseJson.ErrorCode(await ResponseJson.ReadAsync(response)));
    }

    [Fact]
    public async Task Subscriptions_beyond_the_limit_are_503()
    {
        await using GraphQLTestServer server = await GraphQLTestServer.StartAsync(o => o.Limits.MaxConcurrentSubscriptions = 1);
        using var first = new HttpRequestMessage(HttpMethod.Post, server.Endpoint)
        {
            Content = new StringContent("""{"query":"subscription { countdown(from: 100) }"}""", Encoding.UTF8, "application/json"),
        };
        first.Headers.Accept.ParseAdd("text/event-stream");
        using HttpResponseMessage open = await server.Client.SendAsync(first, HttpCompletionOption.ResponseHeadersRead);

        using HttpResponseMessage refused = await server.PostJsonAsync("""{"query":"subscription { countdown(from: 1) }"}""", "text/event-stream");

        Assert.Equal(HttpStatusCode.OK, open.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        JsonNode body = await ResponseJson.ReadAsync(refused);
        Assert.Equal("SERVER_BUSY", ResponseJson.ErrorCode(body));
    }
}
