namespace ClusterGraph.GraphQL.AspNetCore;

/// <summary>What one request may cost the server before any GraphQL work starts, and while it runs.</summary>
public sealed class GraphQLRequestLimits
{
    /// <summary>Largest POST body, in bytes; larger is refused with 413. Default 1 MiB.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Longest query string of a GET, in characters; longer is refused with 414. Default 8 KiB.</summary>
    public int MaxQueryStringLength { get; set; } = 8 * 1024;

    /// <summary>Largest total of header names and values, in characters; larger is refused with 431.
    /// Kestrel's own limit (<c>MaxRequestHeadersTotalSize</c>, 32 KiB) still applies before this one.</summary>
    public int MaxRequestHeadersLength { get; set; } = 16 * 1024;

    /// <summary>How long one query or mutation may execute; its cancellation token then fires in the resolvers. Default 30 s.</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How many queries and mutations may execute at once on this endpoint. Default 64.</summary>
    public int MaxConcurrentExecutions { get; set; } = 64;

    /// <summary>How long a request waits for an execution slot before it is refused with 503. Default 5 s.</summary>
    public TimeSpan ConcurrencyQueueTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How many subscriptions may stream at once on this endpoint; more are refused with 503. Default 256.</summary>
    public int MaxConcurrentSubscriptions { get; set; } = 256;

    /// <summary>How often an idle subscription stream sends an SSE comment so proxies keep it open. Default 15 s.</summary>
    public TimeSpan SubscriptionKeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);

    internal void Validate()
    {
        Require(MaxRequestBodyBytes > 0, nameof(MaxRequestBodyBytes), MaxRequestBodyBytes);
        Require(MaxQueryStringLength > 0, nameof(MaxQueryStringLength), MaxQueryStringLength);
        Require(MaxRequestHeadersLength > 0, nameof(MaxRequestHeadersLength), MaxRequestHeadersLength);
        Require(ExecutionTimeout > TimeSpan.Zero, nameof(ExecutionTimeout), ExecutionTimeout);
        Require(MaxConcurrentExecutions > 0, nameof(MaxConcurrentExecutions), MaxConcurrentExecutions);
        Require(ConcurrencyQueueTimeout >= TimeSpan.Zero, nameof(ConcurrencyQueueTimeout), ConcurrencyQueueTimeout);
        Require(MaxConcurrentSubscriptions > 0, nameof(MaxConcurrentSubscriptions), MaxConcurrentSubscriptions);
        Require(SubscriptionKeepAliveInterval > TimeSpan.Zero, nameof(SubscriptionKeepAliveInterval), SubscriptionKeepAliveInterval);
    }

    private static void Require(bool condition, string name, object value)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"Limits.{name} is out of range ({value}).");
        }
    }
}
