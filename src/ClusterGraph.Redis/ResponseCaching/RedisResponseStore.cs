namespace ClusterGraph.Redis.ResponseCaching;

/// <summary>The shared cache (L2) in Redis: one string key per answer, expiring with the entry; failures only skip it.</summary>
internal sealed class RedisResponseStore
{
    private readonly RedisClient _client;
    private readonly RedisCircuitBreaker _breaker;
    private readonly string _prefix;
    private readonly TimeSpan _timeToLive;
    private readonly TimeProvider _time;

    public RedisResponseStore(RedisClient client, RedisCircuitBreaker breaker, ResponseCacheOptions options, TimeProvider time)
    {
        _client = client;
        _breaker = breaker;
        _prefix = options.RedisKeyPrefix;
        _timeToLive = options.TimeToLive;
        _time = time;
    }

    public async ValueTask<CachedResponse?> TryGetAsync(string key, CancellationToken cancellationToken)
    {
        (bool succeeded, byte[]? value) = await _breaker.TryRunAsync(
            token => _client.GetAsync(_prefix + key, token), cancellationToken).ConfigureAwait(false);
        return succeeded && value is not null ? CachedResponse.FromRedisValue(value, _timeToLive) : null;
    }

    public async ValueTask TrySetAsync(string key, CachedResponse entry, CancellationToken cancellationToken)
    {
        TimeSpan remaining = entry.ExpiresAt - _time.GetUtcNow();
        if (remaining < TimeSpan.FromMilliseconds(1))
        {
            return;
        }

        byte[] value = entry.ToRedisValue();
        await _breaker.TryRunAsync(
            token => _client.SetAsync(_prefix + key, value, remaining, SetCondition.Always, token), cancellationToken).ConfigureAwait(false);
    }
}
