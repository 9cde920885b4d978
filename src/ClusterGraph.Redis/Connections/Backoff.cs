namespace ClusterGraph.Redis.Connections;

/// <summary>Exponential reconnect delay with jitter, so many clients do not reconnect in lockstep.</summary>
internal static class Backoff
{
    /// <summary>
    /// base × 2^failures, capped at <paramref name="max"/>, then scaled by a random factor in [0.5, 1).
    /// </summary>
    public static TimeSpan Delay(int failures, TimeSpan baseDelay, TimeSpan max)
    {
        double exponential = baseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(failures, 30));
        double capped = Math.Min(exponential, max.TotalMilliseconds);
        double jittered = capped * (0.5 + (Random.Shared.NextDouble() / 2));
        return TimeSpan.FromMilliseconds(jittered);
    }
}
