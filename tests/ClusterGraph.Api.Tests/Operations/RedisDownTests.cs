using System.Net;
using System.Text.Json.Nodes;

namespace ClusterGraph.Api.Tests.Operations;

/// <summary>With Redis configured but unreachable, the API still answers reads and reports itself degraded.</summary>
public sealed class RedisDownTests(RedisDownApi api) : IClassFixture<RedisDownApi>
{
    [Fact]
    public async Task Readyz_is_degraded_but_still_200_and_reads_still_succeed()
    {
        (HttpStatusCode status, JsonObject body) = await api.GetJsonAsync("/readyz");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("degraded", (string?)body["status"]);
        Assert.True((bool)body["store"]!["reachable"]!);
        Assert.True((bool)body["redis"]!["configured"]!);
        Assert.False((bool)body["redis"]!["connected"]!);
        Assert.Contains("reads still succeed", (string?)body["note"], StringComparison.Ordinal);

        using var content = new StringContent("{\"query\":\"{ entity(id: \\\"region:incheon\\\") { id } }\"}", System.Text.Encoding.UTF8, "application/json");
        using HttpResponseMessage read = await api.Client.PostAsync(new Uri("/graphql", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var answer = (JsonObject)JsonNode.Parse(await read.Content.ReadAsStringAsync())!;
        Assert.Equal("region:incheon", (string?)answer["data"]!["entity"]!["id"]);
        Assert.Null(answer["errors"]);

        string metrics = await api.Client.GetStringAsync(new Uri("/metrics", UriKind.Relative));
        Assert.Equal(1, MetricsText.Value(metrics, "clustergraph_redis_configured"));
        Assert.Equal(0, MetricsText.Value(metrics, "clustergraph_redis_connected"));
    }
}
