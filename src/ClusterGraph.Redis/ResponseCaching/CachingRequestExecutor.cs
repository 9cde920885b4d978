using ClusterGraph.GraphQL.AspNetCore;

namespace ClusterGraph.Redis.ResponseCaching;

/// <summary>
/// Decorates an <see cref="IGraphQLRequestExecutor"/> with the response cache. Only queries are cached
/// (the selected operation's type is read from the parsed document), only results without errors, and
/// every entry carries the data version it was computed at: an entry is served only while that is still
/// the newest version known. Identical concurrent misses run the inner executor once. Redis trouble never
/// fails a read: the cache skips Redis and the inner executor answers.
/// </summary>
public sealed class CachingRequestExecutor : IGraphQLRequestExecutor
{
    private readonly IGraphQLRequestExecutor _inner;
    private readonly ResponseCache _cache;

    /// <summary>Wraps <paramref name="inner"/>; <paramref name="cache"/> is shared by every executor of the process.</summary>
    public CachingRequestExecutor(IGraphQLRequestExecutor inner, ResponseCache cache)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(cache);
        _inner = inner;
        _cache = cache;
    }

    /// <inheritdoc />
    public async ValueTask<GraphQLExecutionOutcome> ExecuteAsync(GraphQLExecutionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        // With neither level to keep an entry (L1 off, no Redis) the cache is off: no key, and identical
        // concurrent requests each execute (joining them is a cache feature, off with the cache).
        if (_cache.Memory is null && _cache.Redis is null)
        {
            return await _inner.ExecuteAsync(request, cancellationToken).ConfigureAwait(false);
        }

        string? key = _cache.KeyBuilder.TryCreateKey(request);
        if (key is null)
        {
            return await BypassAsync(request, cancellationToken).ConfigureAwait(false);
        }

        string localVersion = await _cache.Versions.GetVersionAsync(cancellationToken).ConfigureAwait(false);
        if (!DataVersion.IsWellFormed(localVersion))
        {
            _cache.ReportMalformedVersion(localVersion);
            return await BypassAsync(request, cancellationToken).ConfigureAwait(false);
        }

        string version = _cache.Tracker.Observe(localVersion);

        // A replica whose store lags behind an announced version still answers, but does not cache that answer.
        bool mayStore = DataVersion.Compare(localVersion, version) >= 0;
        if (_cache.Memory?.TryGet(key, version, _cache.Time.GetUtcNow()) is { } hit)
        {
            _cache.Statistics.CountMemoryHit();
            return Answer(request, hit, CacheSource.Memory, joined: false);
        }

        (CacheLoad load, bool joined) = await _cache.Flights.RunAsync(
            key + "@" + version,
            token => LoadAsync(request, key, version, mayStore, token),
            cancellationToken).ConfigureAwait(false);
        if (load.Entry is { } entry)
        {
            return Answer(request, entry, load.Source, joined);
        }

        if (_cache.Options.Debug)
        {
            ResponseCacheHeaders.RecordUncached(request.HttpContext);
        }

        return load.Uncached!;
    }

    private async ValueTask<GraphQLExecutionOutcome> BypassAsync(GraphQLExecutionRequest request, CancellationToken cancellationToken)
    {
        _cache.Statistics.CountBypassed();
        if (_cache.Options.Debug)
        {
            ResponseCacheHeaders.RecordUncached(request.HttpContext);
        }

        return await _inner.ExecuteAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private async Task<CacheLoad> LoadAsync(GraphQLExecutionRequest request, string key, string version, bool mayStore, CancellationToken cancellationToken)
    {
        if (_cache.Redis is { } redis
            && await redis.TryGetAsync(key, cancellationToken).ConfigureAwait(false) is { } shared
            && shared.Version == version
            && shared.ExpiresAt > _cache.Time.GetUtcNow())
        {
            _cache.Statistics.CountRedisHit();
            _cache.Memory?.Set(key, shared);
            return new CacheLoad(shared, null, CacheSource.Redis);
        }

        _cache.Statistics.CountExecution();
        GraphQLExecutionOutcome outcome = await _inner.ExecuteAsync(request, cancellationToken).ConfigureAwait(false);
        if (!mayStore
            || outcome.Kind != GraphQLOutcomeKind.Executed
            || outcome.Result is not { Errors.Count: 0 } result
            || !ResultJsonWriter.TryWrite(result, _cache.Options.MaxEntryBytes, out byte[] payload))
        {
            return new CacheLoad(null, outcome, CacheSource.Executor);
        }

        DateTimeOffset now = _cache.Time.GetUtcNow();
        var entry = new CachedResponse(version, now, now + _cache.Options.TimeToLive, payload);
        _cache.Memory?.Set(key, entry);
        _cache.Statistics.CountStored();
        if (_cache.Redis is { } store)
        {
            await store.TrySetAsync(key, entry, cancellationToken).ConfigureAwait(false);
        }

        return new CacheLoad(entry, null, CacheSource.Executor);
    }

    /// <summary>The entry as an outcome; with <see cref="ResponseCacheOptions.Debug"/> on, marked and with headers.</summary>
    private GraphQLExecutionOutcome Answer(GraphQLExecutionRequest request, CachedResponse entry, CacheSource source, bool joined)
    {
        if (!_cache.Options.Debug)
        {
            return entry.ToOutcome(null);
        }

        DateTimeOffset now = _cache.Time.GetUtcNow();
        TimeSpan age = now - entry.StoredAt;
        ResponseCacheHeaders.RecordCached(request.HttpContext, age, entry.ExpiresAt - now);
        bool hit = joined || source != CacheSource.Executor;
        var marker = new Dictionary<string, object?>
        {
            ["status"] = hit ? "hit" : "miss",
            ["source"] = joined ? "shared" : source switch
            {
                CacheSource.Memory => "memory",
                CacheSource.Redis => "redis",
                _ => "executor",
            },
            ["age"] = Math.Max(0, (long)age.TotalSeconds),
        };
        return entry.ToOutcome(marker);
    }
}
