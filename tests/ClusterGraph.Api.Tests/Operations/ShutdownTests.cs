using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using ClusterGraph.Graph.Embedded;

namespace ClusterGraph.Api.Tests.Operations;

/// <summary>A stop (as on SIGTERM) ends open event streams with graphql-sse's complete event.</summary>
public sealed class StreamShutdownTests(StoppableApi api) : IClassFixture<StoppableApi>
{
    [Fact]
    public async Task An_open_subscription_stream_ends_with_complete_when_the_host_stops()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("{\"query\":\"subscription { graphChanged { version } }\"}", Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        using HttpResponseMessage response = await api.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, patience.Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);

        Task stopping = api.StopAsync();
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(patience.Token));
        var lines = new List<string>();
        for (int guard = 0; guard < 10_000; guard++)
        {
            string? line = await reader.ReadLineAsync(patience.Token);
            if (line is null)
            {
                break;
            }

            lines.Add(line);
        }

        await stopping.WaitAsync(patience.Token);

        // Keep-alive comments may come first; the stream's last event is complete, then the server closes it.
        List<string> events = [.. lines.Where(l => l.StartsWith("event: ", StringComparison.Ordinal))];
        Assert.Equal("event: complete", events.Last());
        Assert.DoesNotContain("event: next", events);
    }
}

/// <summary>A stop checkpoints the embedded store: the database file alone, without its -wal, holds the last write.</summary>
public sealed class CheckpointShutdownTests(StoppableApi api) : IClassFixture<StoppableApi>
{
    [Fact]
    public async Task After_a_stop_the_database_file_alone_holds_the_last_acknowledged_write()
    {
        string id = "source:checkpoint-" + Guid.NewGuid().ToString("N")[..8];
        const string Mutation = "mutation($input: SourceInput!) { upsertSource(input: $input) { version errors { message } } }";
        var variables = new JsonObject { ["input"] = new JsonObject { ["id"] = id, ["title"] = "Checkpoint test", ["lang"] = "EN" } };
        using (HttpResponseMessage written = await GraphQLPost.SendAsync(api.Client, GraphQLPost.Create(Mutation, variables, key: api.CuratorKey)))
        {
            Assert.Equal(HttpStatusCode.OK, written.StatusCode);
            var body = (JsonObject)JsonNode.Parse(await written.Content.ReadAsStringAsync())!;
            Assert.Empty(body["data"]!["upsertSource"]!["errors"]!.AsArray());
        }

        string wal = api.DatabasePath + "-wal";
        Assert.True(new FileInfo(wal).Length > 0, "the write should sit in the WAL before the stop");

        await api.StopAsync();

        Assert.Equal(0, new FileInfo(wal).Length);
        string copy = Path.Combine(Path.GetTempPath(), "cg-checkpoint-" + Guid.NewGuid().ToString("N"), "graph.db");
        Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
        try
        {
            File.Copy(api.DatabasePath, copy);
            await using EmbeddedGraphStore reopened = await EmbeddedGraphStore.OpenAsync(new EmbeddedStoreOptions { DatabasePath = copy });
            Assert.NotNull(Assert.Single(await reopened.GetSourcesAsync([id])));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(copy)!, recursive: true);
        }
    }
}
