using System.ComponentModel.DataAnnotations;

namespace ClusterGraph.Api.Operations;

/// <summary>
/// Budgets on <c>/graphql</c> (configuration section <c>ClusterGraph:RateLimits</c>), per API key for
/// authenticated callers and per client IP for anonymous ones: a number of requests per fixed window, and a
/// cost budget (the validator's static cost of each operation, at least 1) that refills evenly over the window.
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

    /// <summary>Cost one API key may spend per window (0 turns cost budgets off for keys).</summary>
    [Range(0, 1_000_000_000)]
    public int PerKeyCost { get; set; } = 240_000;

    /// <summary>Cost one anonymous client IP may spend per window (0 turns cost budgets off for IPs).</summary>
    [Range(0, 1_000_000_000)]
    public int PerIpCost { get; set; } = 60_000;

    /// <summary>The window's length in seconds.</summary>
    [Range(1, 3600)]
    public int WindowSeconds { get; set; } = 60;
}
