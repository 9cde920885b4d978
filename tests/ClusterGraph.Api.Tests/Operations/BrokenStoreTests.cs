using System.Net;
using System.Text.Json.Nodes;

namespace ClusterGraph.Api.Tests.Operations;

/// <summary>A store that cannot answer makes /readyz 503 while /healthz (the process is alive) stays 200.</summary>
public sealed class BrokenStoreTests(BrokenStoreApi api) : IClassFixture<BrokenStoreApi>
{
    [Fact]
    public async Task Readyz_is_503_unready_naming_the_failure_and_healthz_stays_ok()
    {
        (HttpStatusCode status, JsonObject body) = await api.GetJsonAsync("/readyz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("unready", (string?)body["status"]);
        Assert.False((bool)body["store"]!["reachable"]!);
        Assert.Equal("IOException", (string?)body["store"]!["error"]);
        Assert.False((bool)body["redis"]!["configured"]!);

        using HttpResponseMessage health = await api.Client.GetAsync(new Uri("/healthz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }
}
