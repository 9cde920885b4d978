using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace ClusterGraph.Api.Operations;

/// <summary>
/// A global limiter partitioned by caller (<see cref="CallerPartition"/>) that applies only to
/// <c>/graphql</c>: probes and metrics are never refused. This one counts requests; <see cref="CostBudgets"/>
/// counts what they cost.
/// </summary>
internal static class GraphQLRateLimiting
{
    private const string Unlimited = "unlimited";

    public static void Configure(RateLimiterOptions options)
    {
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(Partition);
        options.OnRejected = OnRejectedAsync;
    }

    private static RateLimitPartition<string> Partition(HttpContext context)
    {
        RateLimitSettings settings = context.RequestServices.GetRequiredService<IOptions<RateLimitSettings>>().Value;
        if (!settings.Enabled || !context.Request.Path.StartsWithSegments("/graphql", StringComparison.Ordinal))
        {
            return RateLimitPartition.GetNoLimiter(Unlimited);
        }

        string partition = CallerPartition.Of(context, out bool isKey);
        return RateLimitPartition.GetFixedWindowLimiter(partition, _ => Window(isKey ? settings.PerKeyPermits : settings.PerIpPermits, settings));
    }

    private static FixedWindowRateLimiterOptions Window(int permits, RateLimitSettings settings) => new()
    {
        PermitLimit = permits,
        Window = TimeSpan.FromSeconds(settings.WindowSeconds),
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    private static async ValueTask OnRejectedAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        TimeSpan? wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out TimeSpan retryAfter) ? retryAfter : null;
        await RateLimitResponse.WriteAsync(rejected.HttpContext.Response, RateLimitResponse.RetryAfterSeconds(wait), cancellationToken).ConfigureAwait(false);
    }
}
