namespace ClusterGraph.Api.Operations;

/// <summary>
/// Whose budget a request spends: the API key's for an authenticated caller, else the client IP's (after
/// the forwarded-headers middleware, which rewrites it only for requests from configured proxies).
/// </summary>
internal static class CallerPartition
{
    public static string Of(HttpContext context, out bool isKey)
    {
        string? keyName = context.User.Identity is { IsAuthenticated: true } identity ? identity.Name : null;
        isKey = keyName is not null;
        return keyName is not null ? "key:" + keyName : "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
    }
}
