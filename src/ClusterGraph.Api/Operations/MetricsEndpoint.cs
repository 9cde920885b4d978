using System.Globalization;
using ClusterGraph.Redis;
using ClusterGraph.Redis.ResponseCaching;

namespace ClusterGraph.Api.Operations;

/// <summary>Renders <c>/metrics</c>: GraphQL requests, the response cache, Redis state and process memory.</summary>
internal static class MetricsEndpoint
{
    public static IResult Render(HttpContext context)
    {
        IServiceProvider services = context.RequestServices;
        var text = new PrometheusText();
        WriteRequests(text, services.GetRequiredService<RequestMetrics>());
        WriteStore(text, services.GetRequiredService<StoreMetrics>());
        if (services.GetService<ResponseCache>() is { } cache)
        {
            WriteCache(text, cache.Statistics);
        }

        RedisClient? redis = services.GetService<RedisClient>();
        text.Family("clustergraph_redis_configured", "gauge", "1 when a Redis server is configured, 0 when the API runs without one.");
        text.Sample("clustergraph_redis_configured", redis is null ? 0 : 1);
        if (redis is not null)
        {
            text.Family("clustergraph_redis_connected", "gauge", "1 while at least one connection to Redis is up.");
            text.Sample("clustergraph_redis_connected", redis.IsConnected ? 1 : 0);
        }

        text.Family("process_resident_memory_bytes", "gauge", "Resident memory size in bytes.");
        text.Sample("process_resident_memory_bytes", Environment.WorkingSet);
        text.Family("dotnet_gc_heap_size_bytes", "gauge", "Bytes the garbage collector counts as allocated and live.");
        text.Sample("dotnet_gc_heap_size_bytes", GC.GetTotalMemory(forceFullCollection: false));
        return Results.Text(text.ToString(), PrometheusText.ContentType);
    }

    private static void WriteRequests(PrometheusText text, RequestMetrics metrics)
    {
        text.Family("clustergraph_graphql_requests_total", "counter", "GraphQL HTTP requests by response status code.");
        foreach (KeyValuePair<int, long> status in metrics.ByStatus())
        {
            text.Sample("clustergraph_graphql_requests_total", status.Value, ("status", status.Key.ToString(CultureInfo.InvariantCulture)));
        }

        const string Latency = "clustergraph_graphql_request_duration_seconds";
        text.Family(Latency, "histogram", "Time from the request reaching /graphql to its response being written.");
        WriteHistogram(text, Latency, metrics.Latency.Snapshot());

        const string Operations = "clustergraph_graphql_operations_total";
        text.Family(Operations, "counter", "GraphQL operations by name and response status: (anonymous), (none) when no operation was reached, (other) past the cap on distinct names.");
        foreach (KeyValuePair<(string Operation, int Status), long> operation in metrics.ByOperation())
        {
            text.Sample(Operations, operation.Value, ("operation", operation.Key.Operation), ("status", operation.Key.Status.ToString(CultureInfo.InvariantCulture)));
        }

        const string Rejections = "clustergraph_graphql_validation_rejections_total";
        text.Family(Rejections, "counter", "Requests refused by validation, under each rule that reported an error; (syntax) when the document did not parse.");
        foreach (KeyValuePair<string, long> rule in metrics.RejectionsByRule())
        {
            text.Sample(Rejections, rule.Value, ("rule", rule.Key));
        }

        text.Family("clustergraph_graphql_cost_spent_total", "counter", "Static cost of the operations paid from callers' cost budgets.");
        text.Sample("clustergraph_graphql_cost_spent_total", metrics.CostSpent);
        text.Family("clustergraph_graphql_cost_refusals_total", "counter", "Requests or operations refused because the caller's cost budget could not pay.");
        text.Sample("clustergraph_graphql_cost_refusals_total", metrics.CostRefusals);
    }

    private static void WriteStore(PrometheusText text, StoreMetrics metrics)
    {
        const string Calls = "clustergraph_store_calls_total";
        text.Family(Calls, "counter", "Graph store calls by method and outcome (ok or error).");
        foreach (KeyValuePair<(string Method, string Outcome), long> call in metrics.Calls())
        {
            text.Sample(Calls, call.Value, ("method", call.Key.Method), ("outcome", call.Key.Outcome));
        }

        const string Latency = "clustergraph_store_call_duration_seconds";
        text.Family(Latency, "histogram", "Graph store call latency by method, until the returned task completes.");
        foreach (KeyValuePair<string, HistogramSnapshot> method in metrics.Latency())
        {
            WriteHistogram(text, Latency, method.Value, ("method", method.Key));
        }
    }

    private static void WriteHistogram(PrometheusText text, string name, HistogramSnapshot snapshot, params (string Name, string Value)[] labels)
    {
        for (int i = 0; i < LatencyHistogram.Bounds.Count; i++)
        {
            text.Sample(name + "_bucket", snapshot.CumulativeBucketCounts[i], [.. labels, ("le", PrometheusText.Format(LatencyHistogram.Bounds[i]))]);
        }

        text.Sample(name + "_bucket", snapshot.Count, [.. labels, ("le", "+Inf")]);
        text.Sample(name + "_sum", snapshot.SumSeconds, labels);
        text.Sample(name + "_count", snapshot.Count, labels);
    }

    private static void WriteCache(PrometheusText text, ResponseCacheStatistics statistics)
    {
        const string Lookups = "clustergraph_response_cache_requests_total";
        text.Family(Lookups, "counter", "GraphQL response cache outcomes: memory_hit, redis_hit, joined (single-flight), miss (executed), bypassed.");
        text.Sample(Lookups, statistics.MemoryHits, ("outcome", "memory_hit"));
        text.Sample(Lookups, statistics.RedisHits, ("outcome", "redis_hit"));
        text.Sample(Lookups, statistics.Joined, ("outcome", "joined"));
        text.Sample(Lookups, statistics.Executions, ("outcome", "miss"));
        text.Sample(Lookups, statistics.Bypassed, ("outcome", "bypassed"));
        text.Family("clustergraph_response_cache_stored_total", "counter", "Answers stored in the response cache after a miss.");
        text.Sample("clustergraph_response_cache_stored_total", statistics.Stored);
    }
}
