using System.Text.Json.Nodes;
using ClusterGraph.Graph.Store;
using ClusterGraph.Redis;

namespace ClusterGraph.Api.Operations;

/// <summary>
/// Renders <c>/readyz</c>: ready when the store answers within a short timeout. Redis is reported but a
/// Redis outage only makes the API degraded (still 200): reads go to the store, only cache hits are lost.
/// </summary>
internal static class ReadinessEndpoint
{
    private static readonly TimeSpan s_storeTimeout = TimeSpan.FromSeconds(2);

    public static async Task<IResult> CheckAsync(HttpContext context, IGraphStore graphStore)
    {
        IServiceProvider services = context.RequestServices;
        var store = new JsonObject();
        bool storeReady;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
            timeout.CancelAfter(s_storeTimeout);
            string version = await graphStore.GetVersionAsync(timeout.Token)
                .WaitAsync(timeout.Token).ConfigureAwait(false);
            store["reachable"] = true;
            store["version"] = version;
            storeReady = true;
        }
        catch (Exception e) when (e is not OperationCanceledException || !context.RequestAborted.IsCancellationRequested)
        {
            // Any failure (timeout, I/O, a store that failed to open) means not ready; the type is enough for operators.
            store["reachable"] = false;
            store["error"] = e is OperationCanceledException ? "timed out after " + s_storeTimeout.TotalSeconds + " s" : e.GetType().Name;
            storeReady = false;
        }

        RedisClient? redis = services.GetService<RedisClient>();
        var redisState = new JsonObject { ["configured"] = redis is not null };
        bool redisDown = redis is not null && !redis.IsConnected;
        if (redis is not null)
        {
            redisState["connected"] = redis.IsConnected;
        }

        string status = !storeReady ? "unready" : redisDown ? "degraded" : "ready";
        var body = new JsonObject
        {
            ["status"] = status,
            ["store"] = store,
            ["redis"] = redisState,
        };
        if (redisDown)
        {
            body["note"] = "Redis is unreachable: reads still succeed from the store; only shared cache hits and persisted queries stored in Redis are unavailable.";
        }

        return Results.Text(body.ToJsonString(), "application/json; charset=utf-8", statusCode: storeReady ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }
}
