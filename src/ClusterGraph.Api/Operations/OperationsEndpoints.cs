using System.Diagnostics;
using ClusterGraph.Graph.Store;

namespace ClusterGraph.Api.Operations;

/// <summary>What operators need: health and readiness probes, Prometheus metrics and rate limits on <c>/graphql</c>.</summary>
public static class OperationsEndpoints
{
    public static IServiceCollection AddOperations(this IServiceCollection services)
    {
        services.AddHealthChecks();
        services.AddSingleton<RequestMetrics>();
        services.AddSingleton<StoreMetrics>();
        MeasureStore(services);
        services.AddOptions<RateLimitSettings>().BindConfiguration(RateLimitSettings.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddRateLimiter(GraphQLRateLimiting.Configure);
        return services;
    }

    /// <summary>Wraps the registered store (if any) so every call is counted and timed; disposal still reaches it.</summary>
    private static void MeasureStore(IServiceCollection services)
    {
        ServiceDescriptor? original = services.LastOrDefault(d => d.ServiceType == typeof(IGraphStore) && !d.IsKeyedService);
        if (original is null)
        {
            return;
        }

        services.Remove(original);
        services.AddSingleton(provider => MeasuredGraphStore.Wrap(
            (IGraphStore)(original.ImplementationInstance
                ?? original.ImplementationFactory?.Invoke(provider)
                ?? ActivatorUtilities.CreateInstance(provider, original.ImplementationType!)),
            provider.GetRequiredService<StoreMetrics>()));
    }

    /// <summary>
    /// Maps <c>/healthz</c> (the process is alive), <c>/readyz</c> (the store answers) and <c>/metrics</c>;
    /// times every <c>/graphql</c> request (refusals included) and then applies the rate limits.
    /// </summary>
    public static WebApplication MapOperations(this WebApplication app)
    {
        RequestMetrics metrics = app.Services.GetRequiredService<RequestMetrics>();
        app.Use(async (context, next) =>
        {
            if (!context.Request.Path.StartsWithSegments("/graphql", StringComparison.Ordinal))
            {
                await next(context).ConfigureAwait(false);
                return;
            }

            long started = Stopwatch.GetTimestamp();
            try
            {
                await next(context).ConfigureAwait(false);
            }
            finally
            {
                metrics.Record(context.Response.StatusCode, Stopwatch.GetElapsedTime(started));
            }
        });
        app.UseRateLimiter();
        app.MapGet("/healthz", () => Results.Text("ok", "text/plain"));
        app.MapGet("/readyz", ReadinessEndpoint.CheckAsync);
        app.MapGet("/metrics", MetricsEndpoint.Render);
        return app;
    }
}
