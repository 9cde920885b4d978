using System.Diagnostics;
using ClusterGraph.GraphQL.AspNetCore;
using ClusterGraph.GraphQL.Validation;
using ClusterGraph.Graph.Store;
using Microsoft.Extensions.Options;

namespace ClusterGraph.Api.Operations;

/// <summary>
/// What operators need: health and readiness probes, Prometheus metrics, request and cost budgets on
/// <c>/graphql</c>, a structured log line per GraphQL request, and a clean stop.
/// </summary>
public static class OperationsEndpoints
{
    /// <summary>Registers the operations services. Call after the store and the GraphQL executor are registered: both are decorated.</summary>
    public static IServiceCollection AddOperations(this IServiceCollection services)
    {
        services.AddHealthChecks();
        services.AddOptions<MetricsSettings>().BindConfiguration(MetricsSettings.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(provider => new RequestMetrics(provider.GetRequiredService<IOptions<MetricsSettings>>().Value.MaxOperationNames));
        services.AddSingleton<StoreMetrics>();
        services.AddSingleton<CostBudgets>();
        Decorate<IGraphStore>(services, (provider, inner) =>
        {
            StoreShutdown.CheckpointWhenStopped(provider, inner);
            return MeasuredGraphStore.Wrap(inner, provider.GetRequiredService<StoreMetrics>());
        });
        Decorate<IGraphQLRequestExecutor>(services, (provider, inner) => new ObservedRequestExecutor(
            inner,
            new ValidatedDocumentCache(provider.GetRequiredService<ClusterGraph.GraphQL.Types.Schema>(), new ValidationOptions { IncludeSuggestions = false }),
            provider.GetRequiredService<RequestMetrics>(),
            provider.GetRequiredService<CostBudgets>()));
        services.AddOptions<RateLimitSettings>().BindConfiguration(RateLimitSettings.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddRateLimiter(GraphQLRateLimiting.Configure);
        ForwardedClients.AddForwardedClients(services);
        return services;
    }

    /// <summary>Replaces the last registration of <typeparamref name="T"/> (if any) by <paramref name="decorate"/> applied to it.</summary>
    private static void Decorate<T>(IServiceCollection services, Func<IServiceProvider, T, T> decorate)
        where T : class
    {
        ServiceDescriptor? original = services.LastOrDefault(d => d.ServiceType == typeof(T) && !d.IsKeyedService);
        if (original is null)
        {
            return;
        }

        services.Remove(original);
        services.AddSingleton(provider => decorate(provider, (T)(original.ImplementationInstance
            ?? original.ImplementationFactory?.Invoke(provider)
            ?? ActivatorUtilities.CreateInstance(provider, original.ImplementationType!))));
    }

    /// <summary>
    /// Maps <c>/healthz</c> (the process is alive), <c>/readyz</c> (the store answers) and <c>/metrics</c>;
    /// honours X-Forwarded-For from configured proxies; times, counts and logs every <c>/graphql</c> request
    /// (refusals included); then applies the request budgets and refuses callers whose cost budget is spent.
    /// </summary>
    public static WebApplication MapOperations(this WebApplication app)
    {
        ForwardedClients.UseForwardedClients(app);
        RequestMetrics metrics = app.Services.GetRequiredService<RequestMetrics>();
        ILogger log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("ClusterGraph.Requests");
        app.Use(async (context, next) =>
        {
            if (!context.Request.Path.StartsWithSegments("/graphql", StringComparison.Ordinal))
            {
                await next(context).ConfigureAwait(false);
                return;
            }

            long started = Stopwatch.GetTimestamp();
            GraphQLRequestRecord record = GraphQLRequestRecord.Of(context);
            context.Response.OnStarting(() => AnswerCostRefusal(context, record));
            try
            {
                await next(context).ConfigureAwait(false);
            }
            finally
            {
                // A small answer is sent when the pipeline ends, after this: settle its status now so the
                // metrics and the log see the one the client gets.
                if (!context.Response.HasStarted)
                {
                    await AnswerCostRefusal(context, record).ConfigureAwait(false);
                }

                TimeSpan elapsed = Stopwatch.GetElapsedTime(started);
                Observe(metrics, context, record, elapsed);
                RequestLog.Finished(log, context, record, elapsed);
            }
        });
        app.UseRateLimiter();
        app.Use(RefuseSpentBudgetsAsync);
        app.MapGet("/healthz", () => Results.Text("ok", "text/plain"));
        app.MapGet("/readyz", ReadinessEndpoint.CheckAsync);
        app.MapGet("/metrics", MetricsEndpoint.Render);
        return app;
    }

    private static void Observe(RequestMetrics metrics, HttpContext context, GraphQLRequestRecord record, TimeSpan elapsed)
    {
        int status = context.Response.StatusCode;
        metrics.Record(status, elapsed);
        if (record.Operations.Count == 0)
        {
            metrics.RecordNoOperation(status);
        }

        foreach (OperationRecord operation in record.Operations)
        {
            metrics.RecordOperation(operation.OperationName, status);
        }
    }

    /// <summary>A request whose only operation its cost budget could not pay is answered 429 (a batch stays 200, the item carries the error).</summary>
    private static Task AnswerCostRefusal(HttpContext context, GraphQLRequestRecord record)
    {
        if (record.CostRefusalSeconds is { } seconds && record.Operations.Count == 1)
        {
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return Task.CompletedTask;
    }

    /// <summary>A caller whose cost budget is empty is refused before its body is read.</summary>
    private static async Task RefuseSpentBudgetsAsync(HttpContext context, RequestDelegate next)
    {
        if (context.Request.Path.StartsWithSegments("/graphql", StringComparison.Ordinal)
            && context.RequestServices.GetRequiredService<CostBudgets>().IsSpent(CallerPartition.Of(context, out _), out TimeSpan? wait))
        {
            context.RequestServices.GetRequiredService<RequestMetrics>().RecordCostRefusal();
            await RateLimitResponse.WriteAsync(context.Response, RateLimitResponse.RetryAfterSeconds(wait), context.RequestAborted).ConfigureAwait(false);
            return;
        }

        await next(context).ConfigureAwait(false);
    }
}
