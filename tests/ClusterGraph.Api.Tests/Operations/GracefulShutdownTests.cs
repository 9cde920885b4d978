using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace ClusterGraph.Api.Tests.Operations;

/// <summary>Stopping the host (as on SIGTERM) lets a request already in flight finish with its full answer.</summary>
public sealed class GracefulShutdownTests(GatedStoreApi api) : IClassFixture<GatedStoreApi>
{
    [Fact]
    public async Task An_in_flight_request_finishes_while_the_host_stops()
    {
        using var content = new StringContent("{\"query\":\"{ entity(id: \\\"region:incheon\\\") { id } }\"}", Encoding.UTF8, "application/json");
        Task<HttpResponseMessage> inFlight = api.Client.PostAsync(new Uri("/graphql", UriKind.Relative), content);
        await api.Gate.Entered.Task.WaitAsync(TimeSpan.FromSeconds(30));

        Task stopping = api.StopAsync();
        Assert.False(stopping.IsCompleted);
        api.Gate.Release.SetResult();

        using HttpResponseMessage response = await inFlight.WaitAsync(TimeSpan.FromSeconds(30));
        await stopping.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = (JsonObject)JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("region:incheon", (string?)body["data"]!["entity"]!["id"]);
        Assert.Null(body["errors"]);
    }
}
