using System.Net;
using System.Text.Json.Nodes;
using ClusterGraph.Api.Tests.Infrastructure;
using ClusterGraph.Graph.Store;
using Microsoft.Extensions.DependencyInjection;

namespace ClusterGraph.Api.Tests.Operations;

/// <summary>/healthz, /readyz and /metrics on the seeded host (no Redis configured).</summary>
[Collection(SeedApiCollection.Name)]
public sealed class OperationsEndpointTests(SeedApi api)
{
    [Fact]
    public async Task Healthz_answers_ok()
    {
        using HttpResponseMessage response = await api.Client.GetAsync(new Uri("/healthz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Readyz_is_ready_with_the_stores_version_and_Redis_deliberately_absent()
    {
        using HttpResponseMessage response = await api.Client.GetAsync(new Uri("/readyz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        var body = (JsonObject)JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("ready", (string?)body["status"]);
        Assert.True((bool)body["store"]!["reachable"]!);
        string version = await api.Services.GetRequiredService<IGraphStore>().GetVersionAsync();
        Assert.Equal(version, (string?)body["store"]!["version"]);
        Assert.False((bool)body["redis"]!["configured"]!);
        Assert.Null(body["note"]);
    }

    [Fact]
    public async Task Metrics_are_Prometheus_text_with_every_family()
    {
        using HttpResponseMessage response = await api.Client.GetAsync(new Uri("/metrics", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains(response.Content.Headers.ContentType.Parameters, p => p.Name == "version" && p.Value == "0.0.4");
        string text = await response.Content.ReadAsStringAsync();
        Assert.True(MetricsText.HasFamily(text, "clustergraph_graphql_requests_total", "counter"));
        Assert.True(MetricsText.HasFamily(text, "clustergraph_graphql_request_duration_seconds", "histogram"));
        Assert.True(MetricsText.HasFamily(text, "clustergraph_graphql_operations_total", "counter"));
        Assert.True(MetricsText.HasFamily(text, "clustergraph_graphql_validation_rejections_total", "counter"));
        Assert.True(MetricsText.HasFamily(text, "clustergraph_graphql_cost_spent_total", "counter"));
        Assert.True(MetricsText.HasFamily(text, "clustergraph_graphql_cost_refusals_total", "counter"));
        Assert.True(MetricsText.HasFamily(text, "clustergraph_response_cache_requests_total", "counter"));
        Assert.True(MetricsText.HasFamily(text, "clustergraph_response_cache_stored_total", "counter"));
        Assert.True(MetricsText.HasFamily(text, "clustergraph_store_calls_total", "counter"));
        Assert.True(MetricsText.HasFamily(text, "clustergraph_store_call_duration_seconds", "histogram"));
        Assert.True(MetricsText.HasFamily(text, "clustergraph_redis_configured", "gauge"));
        Assert.Equal(0, MetricsText.Value(text, "clustergraph_redis_configured"));
        Assert.DoesNotContain("clustergraph_redis_connected", text, StringComparison.Ordinal);
        Assert.True(MetricsText.HasFamily(text, "process_resident_memory_bytes", "gauge"));
        Assert.True(MetricsText.Value(text, "process_resident_memory_bytes") > 0);
        Assert.True(MetricsText.Value(text, "dotnet_gc_heap_size_bytes") > 0);
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Request_latency_and_cache_counters_move_with_GraphQL_requests()
    {
        string before = await MetricsAsync();
        // A document no other test sends, twice: the first is a cache miss, the second an in-process hit.
        string query = "{ unique_" + Guid.NewGuid().ToString("N") + ": __typename }";
        await api.QueryAsync(query);
        await api.QueryAsync(query);
        string after = await MetricsAsync();

        const string Ok = "clustergraph_graphql_requests_total{status=\"200\"}";
        Assert.True(MetricsText.Value(after, Ok) >= MetricsText.Value(before, Ok) + 2);
        const string Count = "clustergraph_graphql_request_duration_seconds_count";
        Assert.True(MetricsText.Value(after, Count) >= MetricsText.Value(before, Count) + 2);
        Assert.Equal(MetricsText.Value(after, Count), MetricsText.Value(after, "clustergraph_graphql_request_duration_seconds_bucket{le=\"+Inf\"}"));
        Assert.True(MetricsText.Value(after, "clustergraph_graphql_request_duration_seconds_sum") > MetricsText.Value(before, "clustergraph_graphql_request_duration_seconds_sum"));

        const string Miss = "clustergraph_response_cache_requests_total{outcome=\"miss\"}";
        Assert.True(MetricsText.Value(after, Miss) >= MetricsText.Value(before, Miss) + 1);
        const string MemoryHit = "clustergraph_response_cache_requests_total{outcome=\"memory_hit\"}";
        Assert.True(MetricsText.Value(after, MemoryHit) >= MetricsText.Value(before, MemoryHit) + 1);
        Assert.True(CacheOutcomes(after) >= CacheOutcomes(before) + 2);
    }

    [Fact]
    public async Task Store_call_counts_match_the_calls_the_test_hosts_own_counting_store_saw()
    {
        // The host's CountingGraphStore wraps the measured store, so every call it counts reaches the metrics too.
        string before = await MetricsAsync();
        api.ResetStoreCalls();
        await api.QueryAsync("{ unique_" + Guid.NewGuid().ToString("N") + ": entity(id: \"company:amkor-technology-korea\") { id name } }");
        var seen = new Dictionary<string, int>(api.StoreCalls);
        string after = await MetricsAsync();

        Assert.NotEmpty(seen);
        foreach ((string method, int calls) in seen)
        {
            string ok = "clustergraph_store_calls_total{method=\"" + method + "\",outcome=\"ok\"}";
            Assert.Equal(calls, MetricsText.Value(after, ok) - MetricsText.Value(before, ok));
            string count = "clustergraph_store_call_duration_seconds_count{method=\"" + method + "\"}";
            Assert.Equal(calls, MetricsText.Value(after, count) - MetricsText.Value(before, count));
        }

        Assert.Equal(seen.Values.Sum(), MetricsText.Sum(after, "clustergraph_store_calls_total") - MetricsText.Sum(before, "clustergraph_store_calls_total"));
    }

    private static double CacheOutcomes(string text) =>
        new[] { "memory_hit", "redis_hit", "joined", "miss", "bypassed" }
            .Sum(o => MetricsText.Value(text, "clustergraph_response_cache_requests_total{outcome=\"" + o + "\"}"));

    private async Task<string> MetricsAsync()
    {
        using HttpResponseMessage response = await api.Client.GetAsync(new Uri("/metrics", UriKind.Relative));
        return await response.Content.ReadAsStringAsync();
    }
}
