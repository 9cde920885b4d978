using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ClusterGraph.GraphQL.AspNetCore.Tests.Infrastructure;

namespace ClusterGraph.GraphQL.AspNetCore.Tests;

/// <summary>Body size, execution timeout and concurrency limits.</summary>
[Collection(nameof(LimitTests))]
public sealed class LimitTests
{
    private static readonly TimeSpan s_hangGuard = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Body_larger_than_the_limit_is_413_by_Content_Length()
    {
        var executor = new TinySchemaExecutor();
        await using GraphQLTestServer server = await GraphQLTestServer.StartAsync(o => o.Limits.MaxRequestBodyBytes = 1000, executor);
        string padding = new(' ', 1000);

        using HttpResponseMessage response = await server.PostJsonAsync($$"""{"query":"{ __typename }"{{padding}}}""");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("REQUEST_BODY_TOO_LARGE", ResponseJson.ErrorCode(await ResponseJson.ReadAsync(response)));
        Assert.Equal(0, executor.Executions);
    }

    [Fact]
    public async Task Body_larger_than_the_limit_is_413_when_chunked()
    {
        await using GraphQLTestServer server = await GraphQLTestServer.StartAsync(o => o.Limits.MaxRequestBodyBytes = 1000);
        byte[] body = Encoding.UTF8.GetBytes($$"""{"query":"{ __typename }"{{new string(' ', 1000)}}}""");
        var content = new StreamContent(new UnknownLengthStream(body));
        content.Headers.ContentType = new("application/json");

        using HttpResponseMessage response = await server.Client.PostAsync(server.Endpoint, content);

        Assert.Null(content.Headers.ContentLength);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Body_at_the_limit_is_accepted()
    {
        await using GraphQLTestServer server = await GraphQLTestServer.StartAsync(o => o.Limits.MaxRequestBodyBytes = 100);
        string body = """{"query":"{ __typename }"}""";
        body += new string(' ', 100 - body.Length);

        using HttpResponseMessage response = await server.PostJsonAsync(body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Execution_timeout_cancels_the_slow_resolver_through_its_token()
    {
        var executor = new TinySchemaExecutor();
        await using GraphQLTestServer server = await GraphQLTestServer.StartAsync(o => o.Limits.ExecutionTimeout = TimeSpan.FromMilliseconds(300), executor);

        using HttpResponseMessage response = await server.PostJsonAsync("""{"query":"{ slow }"}""").WaitAsync(s_hangGuard);

        await executor.SlowCancelled.WaitAsync(s_hangGuard);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        JsonObject body = (await ResponseJson.ReadAsync(response)).AsObject();
        Assert.True(body.ContainsKey("data"));
        Assert.Null(body["data"]);
        Assert.Equal("EXECUTION_TIMEOUT", ResponseJson.ErrorCode(body));
    }

    [Fact]
    public async Task Requests_beyond_the_concurrency_limit_are_503_with_Retry_After()
    {
        var executor = new TinySchemaExecutor();
        await using GraphQLTestServer server = await GraphQLTestServer.StartAsync(o =>
        {
            o.Limits.MaxConcurrentExecutions = 1;
            o.Limits.ConcurrencyQueueTimeout = TimeSpan.Zero;
        }, executor);
        using var abandon = new CancellationTokenSource();
        Task<HttpResponseMessage> occupying = server.Client.PostAsync(server.Endpoint,
            new StringContent("""{"query":"{ slow }"}""", Encoding.UTF8, "application/json"), abandon.Token);
        await executor.SlowStarted.WaitAsync(s_hangGuard);

        using HttpResponseMessage refused = await server.PostJsonAsync("""{"query":"{ __typename }"}""");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal("1", refused.Headers.RetryAfter?.Delta?.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("SERVER_BUSY", ResponseJson.ErrorCode(await ResponseJson.ReadAsync(refused)));

        // The client going away cancels the slow resolver too, and frees the slot.
        await abandon.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => occupying);
        await executor.SlowCancelled.WaitAsync(s_hangGuard);
    }

    [Fact]
    public void Out_of_range_limits_fail_at_start()
    {
        var options = new GraphQLHttpOptions();
        options.Limits.MaxConcurrentExecutions = 0;

        InvalidOperationException error = Assert.Throws<InvalidOperationException>(options.Validate);
        Assert.Contains("MaxConcurrentExecutions", error.Message, StringComparison.Ordinal);
    }

    /// <summary>A stream whose length HttpClient cannot know, so it sends the body chunked.</summary>
    private sealed class UnknownLengthStream(byte[] content) : MemoryStream(content)
    {
        public override bool CanSeek => false;
    }
}
