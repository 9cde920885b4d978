using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace ClusterGraph.Api.Operations;

/// <summary>
/// Cost budgets per caller: a token bucket per API key or client IP holding <see cref="RateLimitSettings.PerKeyCost"/>
/// (or <see cref="RateLimitSettings.PerIpCost"/>) tokens, refilled evenly over the window. Each
/// operation spends its static cost rounded up and at least 1 (so free documents still count); a budget that
/// cannot pay is refused with the time until it can. Idle buckets are dropped by the partitioned limiter.
/// </summary>
internal sealed class CostBudgets : IDisposable
{
    private readonly RateLimitSettings _settings;
    private readonly PartitionedRateLimiter<string> _limiter;

    public CostBudgets(IOptions<RateLimitSettings> options)
    {
        _settings = options.Value;
        _limiter = PartitionedRateLimiter.Create<string, string>(Partition);
    }

    /// <summary>Spends <paramref name="cost"/> from the caller's budget; false (with the wait) when the budget cannot pay it.</summary>
    public bool TrySpend(string partition, double cost, out TimeSpan? retryAfter)
    {
        int tokens = Tokens(partition, cost);
        return Acquire(partition, tokens, out retryAfter);
    }

    /// <summary>True when the caller's budget is empty, so a request can be refused before its body is read.</summary>
    public bool IsSpent(string partition, out TimeSpan? retryAfter) => !Acquire(partition, 0, out retryAfter);

    public void Dispose() => _limiter.Dispose();

    private bool Acquire(string partition, int tokens, out TimeSpan? retryAfter)
    {
        retryAfter = null;
        if (!_settings.Enabled)
        {
            return true;
        }

        using RateLimitLease lease = _limiter.AttemptAcquire(partition, tokens);
        if (lease.IsAcquired)
        {
            return true;
        }

        retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out TimeSpan wait) ? wait : null;
        return false;
    }

    /// <summary>The cost in whole tokens: rounded up, at least 1, at most the whole budget (more could never be paid).</summary>
    private int Tokens(string partition, double cost)
    {
        int budget = Budget(partition);
        if (budget == 0)
        {
            return 0;
        }

        double rounded = double.IsFinite(cost) ? Math.Ceiling(cost) : budget;
        return (int)Math.Clamp(rounded, 1, budget);
    }

    private int Budget(string partition) =>
        partition.StartsWith("key:", StringComparison.Ordinal) ? _settings.PerKeyCost : _settings.PerIpCost;

    private RateLimitPartition<string> Partition(string partition)
    {
        int budget = Budget(partition);
        if (budget == 0)
        {
            return RateLimitPartition.GetNoLimiter(partition);
        }

        // A budget of at least one token a second refills every second; a smaller one refills a token at a time.
        int window = _settings.WindowSeconds;
        bool perSecond = budget >= window;
        return RateLimitPartition.GetTokenBucketLimiter(partition, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = budget,
            TokensPerPeriod = perSecond ? (int)Math.Ceiling((double)budget / window) : 1,
            ReplenishmentPeriod = perSecond ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds((double)window / budget),
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }
}
