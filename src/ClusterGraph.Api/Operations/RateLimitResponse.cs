using System.Globalization;

namespace ClusterGraph.Api.Operations;

/// <summary>The refusal of a spent budget: 429, Retry-After in whole seconds (rounded up, at least 1) and a GraphQL-shaped body.</summary>
internal static class RateLimitResponse
{
    public const string Code = "RATE_LIMITED";

    public static int RetryAfterSeconds(TimeSpan? retryAfter) =>
        retryAfter is { } wait ? (int)Math.Clamp(Math.Ceiling(wait.TotalSeconds), 1, int.MaxValue) : 1;

    public static string Message(int seconds) =>
        "Rate limit exceeded: retry after " + seconds.ToString(CultureInfo.InvariantCulture) + " s.";

    public static Task WriteAsync(HttpResponse response, int seconds, CancellationToken cancellationToken)
    {
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        response.ContentType = "application/json; charset=utf-8";
        return response.WriteAsync(
            "{\"errors\":[{\"message\":\"" + Message(seconds) + "\",\"extensions\":{\"code\":\"" + Code + "\"}}]}",
            cancellationToken);
    }
}
