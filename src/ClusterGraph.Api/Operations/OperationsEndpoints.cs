namespace ClusterGraph.Api.Operations;

/// <summary>What operators need: health probes (and, as they are added, metrics and rate limits).</summary>
public static class OperationsEndpoints
{
    public static IServiceCollection AddOperations(this IServiceCollection services)
    {
        services.AddHealthChecks();
        return services;
    }

    /// <summary>Maps <c>/healthz</c>: the process is alive and serving requests.</summary>
    public static WebApplication MapOperations(this WebApplication app)
    {
        app.MapGet("/healthz", () => Results.Text("ok", "text/plain"));
        return app;
    }
}
