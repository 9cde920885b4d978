using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace ClusterGraph.Api.Operations;

/// <summary>
/// A global limiter partitioned by caller that applies only to <c>/graphql</c>: probes and metrics are
/// never refused. Refusals are 429 with Retry-After (whole seconds, rounded up) and a GraphQL-shaped body.
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

        string? keyName = context.User.Identity is { IsAuthenticated: true } identity ? identity.Name : null;
        return keyName is not null
            ? RateLimitPartition.GetFixedWindowLimiter("key:" + keyName, _ => Window(settings.PerKeyPermits, settings))
            : RateLimitPartition.GetFixedWindowLimiter("ip:" + ClientAddress(context), _ => Window(settings.PerIpPermits, settings));
    }

    private static FixedWindowRateLimiterOptions Window(int permits, RateLimitSettings settings) => new()
    {
        PermitLimit = permits,
        Window = TimeSpan.FromSeconds(settings.WindowSeconds),
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    private static string ClientAddress(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static async ValueTask OnRejectedAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        HttpResponse response = rejected.HttpContext.Response;
        double seconds = 1;
        if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out TimeSpan retryAfter))
        {
            seconds = Math.Max(1, Math.Ceiling(retryAfter.TotalSeconds));
        }

        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        response.ContentType = "application/json; charset=utf-8";
        await response.WriteAsync(
            "{\"errors\":[{\"message\":\"Rate limit exceeded: retry after " + seconds.ToString(CultureInfo.InvariantCulture)
                + " s.\",\"extensions\":{\"code\":\"RATE_LIMITED\"}}]}",
            cancellationToken).ConfigureAwait(false);
    }
}
