using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using ClusterGraph.Api.Tests.Infrastructure;
using ClusterGraph.GraphQL.Execution;
using ClusterGraph.GraphQL.Language;
using ClusterGraph.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using static ClusterGraph.Api.Tests.Infrastructure.Json;

namespace ClusterGraph.Api.Tests;

/// <summary>
/// graphChanged: emitted after each committed write, and replayed with since:. The HTTP layer's engine
/// executor does not run subscriptions yet, so the field is driven through the host's own engine
/// (Executor.SubscribeAsync over the host's schema and services: the same resolvers and store); the SSE test
/// is ready for when the HTTP layer runs them.
/// </summary>
[Collection(WritableApiCollection.Name)]
public sealed class GraphChangedTests(WritableApi api)
{
    private const string Subscription = "subscription($since: String) { graphChanged(since: $since) { version upserted deleted } }";
    private static readonly TimeSpan s_patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_committed_write_emits_graphChanged_and_since_replays_it()
    {
        string v0 = Str((await api.QueryAsync("{ graphStats { version } }"))["graphStats"]!["version"]);
        using var cancel = new CancellationTokenSource(s_patience);
        await using IAsyncEnumerator<ExecutionResult> live = Subscribe(null, cancel.Token);
        Task<bool> next = live.MoveNextAsync().AsTask();

        // The subscriber may attach a moment after MoveNextAsync returns, so write until it hears one (bounded).
        var written = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int attempt = 0; attempt < 20 && !next.IsCompleted; attempt++)
        {
            string id = $"source:graph-changed-{attempt}";
            written[await WriteSourceAsync(id)] = id;
            await Task.WhenAny(next, Task.Delay(250, cancel.Token));
        }

        Assert.True(await next, "graphChanged ended without an event");
        JsonObject heard = live.Current.ToJsonObject();
        Assert.Null(heard["errors"]);
        JsonNode change = heard["data"]!["graphChanged"]!;
        string version = Str(change["version"]);
        Assert.True(written.ContainsKey(version), $"event version {version} is none of the writes' {string.Join(",", written.Keys)}");
        Assert.Equal([written[version]], Arr(change["upserted"]).Select(id => Str(id)));
        Assert.Empty(Arr(change["deleted"]));

        // since: v0 replays every write after v0, in order, as far as the change log reaches (it reaches: few writes).
        await using IAsyncEnumerator<ExecutionResult> replay = Subscribe(v0, cancel.Token);
        foreach (KeyValuePair<string, string> write in written.OrderBy(w => long.Parse(w.Key, System.Globalization.CultureInfo.InvariantCulture)))
        {
            Assert.True(await replay.MoveNextAsync());
            JsonNode replayed = replay.Current.ToJsonObject()["data"]!["graphChanged"]!;
            Assert.Equal(write.Key, Str(replayed["version"]));
            Assert.Equal([write.Value], Arr(replayed["upserted"]).Select(id => Str(id)));
        }
    }

    [Fact]
    public async Task A_malformed_since_is_an_error()
    {
        using var cancel = new CancellationTokenSource(s_patience);
        await using IAsyncEnumerator<ExecutionResult> events = Subscribe("yesterday", cancel.Token);
        Assert.True(await events.MoveNextAsync());
        JsonObject result = events.Current.ToJsonObject();
        Assert.Equal("BAD_USER_INPUT", Str(Arr(result["errors"])[0]!["extensions"]!["code"]));
    }

    [Fact]
    public async Task GraphChanged_over_server_sent_events_carries_a_curator_write()
    {
        string v0 = Str((await api.QueryAsync("{ graphStats { version } }"))["graphStats"]!["version"]);
        string version = await WriteSourceAsync("source:graph-changed-sse");

        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(
                new JsonObject { ["query"] = Subscription, ["variables"] = new JsonObject { ["since"] = v0 } }.ToJsonString(),
                Encoding.UTF8,
                "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        using var cancel = new CancellationTokenSource(s_patience);
        using HttpResponseMessage response = await api.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancel.Token);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancel.Token));

        // graphql-sse distinct connections: "event: next" then "data: <result>" lines, an empty line ends an event.
        string? eventName = null;
        for (int guard = 0; guard < 1000; guard++)
        {
            string line = await reader.ReadLineAsync(cancel.Token) ?? throw new InvalidOperationException("the stream ended before the change");
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                eventName = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal) && eventName == "next")
            {
                JsonNode change = JsonNode.Parse(line["data: ".Length..])!["data"]!["graphChanged"]!;
                Assert.Equal(version, Str(change["version"]));
                Assert.Equal(["source:graph-changed-sse"], Arr(change["upserted"]).Select(id => Str(id)));
                return;
            }
        }

        Assert.Fail("no next event within 1000 lines");
    }

    /// <summary>Subscribes with an engine executor over the host's own schema (its resolvers) and services (its store).</summary>
    private IAsyncEnumerator<ExecutionResult> Subscribe(string? since, CancellationToken cancellationToken) =>
        new Executor(api.Services.GetRequiredService<Schema>(), new ExecutionOptions()).SubscribeAsync(
            new ExecutionRequest
            {
                Document = Parser.Parse(Subscription),
                Variables = new Dictionary<string, object?> { ["since"] = since },
                Services = api.Services,
            },
            cancellationToken).GetAsyncEnumerator(cancellationToken);

    /// <summary>Upserts a source as the curator; returns the version after the write.</summary>
    private async Task<string> WriteSourceAsync(string id)
    {
        JsonObject data = await api.QueryAsync(
            "mutation($input: SourceInput!) { upsertSource(input: $input) { version errors { message } } }",
            new JsonObject { ["input"] = new JsonObject { ["id"] = id, ["title"] = "Change feed " + id, ["lang"] = "EN" } },
            api.CuratorKey);
        Assert.Empty(Arr(data["upsertSource"]!["errors"]));
        return Str(data["upsertSource"]!["version"]);
    }
}
