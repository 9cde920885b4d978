using System.ComponentModel.DataAnnotations;

namespace ClusterGraph.Api.Operations;

/// <summary>
/// Request budgets on <c>/graphql</c> (configuration section <c>ClusterGraph:RateLimits</c>): a fixed
/// window per API key for authenticated callers and per client IP for anonymous ones.
/// </summary>
public sealed class RateLimitSettings
{
    /// <summary>The configuration section these settings bind to.</summary>
    public const string SectionName = "ClusterGraph:RateLimits";

    /// <summary>Whether requests are limited at all.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Requests one API key may make per window.</summary>
    [Range(1, 1_000_000)]
    public int PerKeyPermits { get; set; } = 1200;

    /// <summary>Requests one anonymous client IP may make per window.</summary>
    [Range(1, 1_000_000)]
    public int PerIpPermits { get; set; } = 600;

    /// <summary>The window's length in seconds.</summary>
    [Range(1, 3600)]
    public int WindowSeconds { get; set; } = 60;
}
