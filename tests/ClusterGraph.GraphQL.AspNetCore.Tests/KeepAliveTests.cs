using System.Net;
using System.Runtime.CompilerServices;
using System.Text;
using ClusterGraph.GraphQL.AspNetCore.Tests.Infrastructure;

namespace ClusterGraph.GraphQL.AspNetCore.Tests;

/// <summary>An idle subscription stream sends SSE comments so proxies keep it open.</summary>
public sealed class KeepAliveTests
{
    [Fact]
    public async Task Idle_stream_sends_comments_until_the_next_event()
    {
        var executor = new GatedStreamExecutor();
        await using GraphQLTestServer server = await GraphQLTestServer.StartAsync(o => o.Limits.SubscriptionKeepAliveInterval = TimeSpan.FromMilliseconds(50), executor);
        using var request = new HttpRequestMessage(HttpMethod.Post, server.Endpoint)
        {
            Content = new StringContent("""{"query":"subscription { tick }"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("text/event-stream");

        using HttpResponseMessage response = await server.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using Stream body = await response.Content.ReadAsStreamAsync();
        var received = new StringBuilder();
        byte[] buffer = new byte[1024];
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (!received.ToString().Contains(":\n\n", StringComparison.Ordinal))
        {
            int read = await body.ReadAsync(buffer, guard.Token);
            Assert.NotEqual(0, read);
            received.Append(Encoding.UTF8.GetString(buffer, 0, read));
        }

        executor.Release();
        using var rest = new StreamReader(body);
        received.Append(await rest.ReadToEndAsync(guard.Token));

        string text = received.ToString();
        Assert.StartsWith(":\n\n", text, StringComparison.Ordinal);
        Assert.EndsWith("event: next\ndata: {\"data\":{\"tick\":1}}\n\nevent: complete\ndata: \n\n", text, StringComparison.Ordinal);
        string beforeFirstEvent = text[..text.IndexOf("event:", StringComparison.Ordinal)];
        Assert.Matches("^(:\n\n)+$", beforeFirstEvent);
    }

    /// <summary>A subscription whose one event waits for the test's go-ahead.</summary>
    private sealed class GatedStreamExecutor : IGraphQLRequestExecutor
    {
        private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Release() => _gate.TrySetResult();

        public ValueTask<GraphQLExecutionOutcome> ExecuteAsync(GraphQLExecutionRequest request, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GraphQLExecutionOutcome.Subscription(TicksAsync(CancellationToken.None)));

        private async IAsyncEnumerable<GraphQLResult> TicksAsync([EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await _gate.Task.WaitAsync(cancellationToken);
            yield return new GraphQLResult { Data = new Dictionary<string, object?> { ["tick"] = 1 } };
        }
    }
}
