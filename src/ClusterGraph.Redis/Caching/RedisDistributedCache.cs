using System.Buffers;
using ClusterGraph.Redis.Protocol;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Options;

namespace ClusterGraph.Redis.Caching;

/// <summary>
/// <see cref="IDistributedCache"/> over <see cref="RedisClient"/>.
/// <para>
/// Each entry is a hash with fields <c>data</c>, <c>absexp</c> (absolute expiry, Unix milliseconds, -1 for
/// none) and <c>sldexp</c> (sliding window in milliseconds, -1 for none). The key's own TTL is
/// min(sliding window, time left until the absolute expiry), so Redis removes the entry when either
/// runs out. A read or refresh of an entry with a sliding window runs a Lua script that, in one atomic
/// round trip, reads the hash and pushes the TTL forward again, never past the absolute expiry. Entries
/// with neither expiry never expire. "Now" is the client's clock (<see cref="TimeProvider"/>), the same
/// clock <see cref="DistributedCacheEntryOptions.AbsoluteExpiration"/> is expressed in.
/// </para>
/// </summary>
public sealed class RedisDistributedCache : IBufferDistributedCache
{
    private const long NotSet = -1;

    // KEYS[1]; ARGV: absexp, sldexp, key ttl in ms (-1: none), data.
    private static readonly RedisScript s_set = new("""
        redis.call('DEL', KEYS[1])
        redis.call('HSET', KEYS[1], 'absexp', ARGV[1], 'sldexp', ARGV[2], 'data', ARGV[4])
        if ARGV[3] ~= '-1' then
          redis.call('PEXPIRE', KEYS[1], ARGV[3])
        end
        return 1
        """);

    // KEYS[1]; ARGV: now (Unix ms), '1' to return the data or '0' to refresh only. Nil when missing.
    private static readonly RedisScript s_getAndRefresh = new("""
        local entry = redis.call('HMGET', KEYS[1], 'absexp', 'sldexp', 'data')
        if not entry[3] then
          return false
        end
        local sliding = tonumber(entry[2])
        if sliding and sliding > 0 then
          local ttl = sliding
          local absolute = tonumber(entry[1])
          if absolute and absolute > 0 then
            local left = absolute - tonumber(ARGV[1])
            if left <= 0 then
              redis.call('DEL', KEYS[1])
              return false
            end
            if left < ttl then
              ttl = left
            end
          end
          redis.call('PEXPIRE', KEYS[1], ttl)
        end
        if ARGV[2] == '1' then
          return entry[3]
        end
        return 1
        """);

    private static readonly RedisArgument s_returnData = RedisArgument.FromString("1");
    private static readonly RedisArgument s_refreshOnly = RedisArgument.FromString("0");

    private readonly RedisClient _client;
    private readonly string _prefix;
    private readonly TimeProvider _time;

    public RedisDistributedCache(RedisClient client, IOptions<RedisDistributedCacheOptions> options, TimeProvider timeProvider)
    {
        _client = client;
        _prefix = options.Value.KeyPrefix;
        _time = timeProvider;
    }

    public byte[]? Get(string key) => GetAsync(key).GetAwaiter().GetResult();

    public async Task<byte[]?> GetAsync(string key, CancellationToken token = default)
    {
        RespValue reply = await GetAndRefreshAsync(key, s_returnData, token).ConfigureAwait(false);
        return reply.IsNull ? null : reply.ToByteArray();
    }

    public bool TryGet(string key, IBufferWriter<byte> destination) =>
        TryGetAsync(key, destination).AsTask().GetAwaiter().GetResult();

    public async ValueTask<bool> TryGetAsync(string key, IBufferWriter<byte> destination, CancellationToken token = default)
    {
        RespValue reply = await GetAndRefreshAsync(key, s_returnData, token).ConfigureAwait(false);
        if (reply.IsNull)
        {
            return false;
        }

        destination.Write(reply.Bytes);
        return true;
    }

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) =>
        SetAsync(key, value, options).GetAwaiter().GetResult();

    public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default)
    {
        ArgumentNullException.ThrowIfNull(value);
        return SetCoreAsync(key, value, options, token);
    }

    public void Set(string key, ReadOnlySequence<byte> value, DistributedCacheEntryOptions options) =>
        SetAsync(key, value, options).AsTask().GetAwaiter().GetResult();

    public ValueTask SetAsync(string key, ReadOnlySequence<byte> value, DistributedCacheEntryOptions options, CancellationToken token = default) =>
        new(SetCoreAsync(key, value.IsSingleSegment ? value.First : value.ToArray(), options, token));

    public void Refresh(string key) => RefreshAsync(key).GetAwaiter().GetResult();

    public Task RefreshAsync(string key, CancellationToken token = default) => GetAndRefreshAsync(key, s_refreshOnly, token);

    public void Remove(string key) => RemoveAsync(key).GetAwaiter().GetResult();

    public Task RemoveAsync(string key, CancellationToken token = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        return _client.UnlinkAsync([_prefix + key], token);
    }

    private Task<RespValue> GetAndRefreshAsync(string key, RedisArgument mode, CancellationToken token)
    {
        ArgumentNullException.ThrowIfNull(key);
        long now = _time.GetUtcNow().ToUnixTimeMilliseconds();
        return s_getAndRefresh.EvaluateAsync(_client, [_prefix + key], [now, mode], token);
    }

    private Task<RespValue> SetCoreAsync(string key, ReadOnlyMemory<byte> value, DistributedCacheEntryOptions options, CancellationToken token)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(options);
        DateTimeOffset now = _time.GetUtcNow();
        DateTimeOffset? absolute = options.AbsoluteExpirationRelativeToNow is TimeSpan relative
            ? now + relative
            : options.AbsoluteExpiration;
        if (absolute is DateTimeOffset at && at <= now)
        {
            throw new ArgumentOutOfRangeException(nameof(options), at, "The absolute expiration value must be in the future.");
        }

        long absoluteMs = absolute?.ToUnixTimeMilliseconds() ?? NotSet;
        long slidingMs = options.SlidingExpiration is TimeSpan sliding ? (long)Math.Ceiling(sliding.TotalMilliseconds) : NotSet;
        long ttlMs = NotSet;
        if (absolute is DateTimeOffset until)
        {
            ttlMs = Math.Max(1, (long)Math.Ceiling((until - now).TotalMilliseconds));
        }

        if (slidingMs != NotSet)
        {
            ttlMs = ttlMs == NotSet ? slidingMs : Math.Min(ttlMs, slidingMs);
        }

        return s_set.EvaluateAsync(_client, [_prefix + key], [absoluteMs, slidingMs, ttlMs, value], token);
    }
}
