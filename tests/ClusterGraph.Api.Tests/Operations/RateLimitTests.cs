using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace ClusterGraph.Api.Tests.Operations;

/// <summary>
/// Budgets on /graphql: per client IP for anonymous callers, per API key for authenticated ones; a spent
/// budget is 429 with Retry-After, and probes and metrics are never limited. One test walks the whole
/// sequence because the budgets it spends are shared by the host.
/// </summary>
public sealed class RateLimitTests(TinyLimitApi api) : IClassFixture<TinyLimitApi>
{
    [Fact]
    public async Task Spent_budgets_are_refused_with_429_and_Retry_After_per_IP_and_per_key()
    {
        for (int i = 0; i < TinyLimitApi.PerIpPermits; i++)
        {
            using HttpResponseMessage allowed = await PostAsync(key: null);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using (HttpResponseMessage refused = await PostAsync(key: null))
        {
            await AssertRefusedAsync(refused);
        }

        // The anonymous budget of this IP is spent; a key has its own budget.
        for (int i = 0; i < TinyLimitApi.PerKeyPermits; i++)
        {
            using HttpResponseMessage allowed = await PostAsync(api.ReaderKey);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using (HttpResponseMessage refused = await PostAsync(api.ReaderKey))
        {
            await AssertRefusedAsync(refused);
        }

        // Another key from the same IP is not charged for the first key's requests.
        using (HttpResponseMessage other = await PostAsync(api.OtherReaderKey))
        {
            Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        }

        foreach (string path in new[] { "/healthz", "/readyz", "/metrics", "/healthz", "/readyz", "/metrics" })
        {
            using HttpResponseMessage probe = await api.Client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, probe.StatusCode);
        }

        // Refusals are counted in the request metrics: one anonymous and one keyed 429.
        string metrics = await api.Client.GetStringAsync(new Uri("/metrics", UriKind.Relative));
        Assert.Equal(2, MetricsText.Value(metrics, "clustergraph_graphql_requests_total{status=\"429\"}"));
        Assert.Equal(
            TinyLimitApi.PerIpPermits + TinyLimitApi.PerKeyPermits + 1,
            MetricsText.Value(metrics, "clustergraph_graphql_requests_total{status=\"200\"}"));
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage refused)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        string retryAfter = Assert.Single(refused.Headers.GetValues("Retry-After"));
        int seconds = int.Parse(retryAfter, NumberStyles.None, CultureInfo.InvariantCulture);
        Assert.InRange(seconds, 1, TinyLimitApi.WindowSeconds);
        var body = (JsonObject)JsonNode.Parse(await refused.Content.ReadAsStringAsync())!;
        Assert.Equal("RATE_LIMITED", (string?)body["errors"]![0]!["extensions"]!["code"]);
    }

    private async Task<HttpResponseMessage> PostAsync(string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("{\"query\":\"{ __typename }\"}", Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        return await api.Client.SendAsync(request);
    }
}
