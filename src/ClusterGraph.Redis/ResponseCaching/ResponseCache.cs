using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ClusterGraph.Redis.ResponseCaching;

/// <summary>
/// The state of the GraphQL response cache, one per process: the in-process cache (L1), the Redis store
/// (L2, when a client is given), the data-version tracker with its pub/sub channel, single-flight and
/// counters. <see cref="CachingRequestExecutor"/> is the request path over it.
/// </summary>
public sealed class ResponseCache : IAsyncDisposable
{
    private readonly ILogger _logger;
    private int _malformedVersionLogged;

    /// <summary>Creates the cache; with <paramref name="redis"/> null (or <see cref="ResponseCacheOptions.UseRedis"/> off) it is in-process only.</summary>
    /// <exception cref="OptionsValidationException">The options are invalid.</exception>
    public ResponseCache(ResponseCacheOptions options, IDataVersionSource versions, RedisClient? redis = null, ILoggerFactory? loggerFactory = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(versions);
        ValidateOptionsResult validation = new ResponseCacheOptionsValidator().Validate(null, options);
        if (validation.Failed)
        {
            throw new OptionsValidationException(nameof(ResponseCacheOptions), typeof(ResponseCacheOptions), validation.Failures);
        }

        loggerFactory ??= NullLoggerFactory.Instance;
        _logger = loggerFactory.CreateLogger<ResponseCache>();
        Options = options;
        Versions = versions;
        Time = time ?? TimeProvider.System;
        KeyBuilder = new ResponseCacheKeyBuilder(options.DocumentMemoCapacity, options.CallerRole);
        Memory = options.UseMemoryCache ? new MemoryResponseCache(options.MemoryCacheSizeLimit) : null;
        RedisCircuitBreaker? breaker = null;
        if (redis is not null && options.UseRedis)
        {
            breaker = new RedisCircuitBreaker(options.RedisCommandTimeout, options.RedisBreakDuration, Time, _logger, "GraphQL response cache");
            Redis = new RedisResponseStore(redis, breaker, options, Time);
        }

        Breaker = breaker;
        Flights = new SingleFlight<CacheLoad>(Statistics.CountJoined);
        Tracker = new DataVersionTracker(ClearMemory, Redis is null ? null : redis, breaker, options.VersionChannel, _logger);
    }

    /// <summary>Hit, miss and store counters.</summary>
    public ResponseCacheStatistics Statistics { get; } = new();

    /// <summary>The highest data version seen (from the store or announced by a replica); null before the first request.</summary>
    public string? KnownVersion => Tracker.Highest;

    /// <summary>Whether Redis is in use.</summary>
    public bool UsesRedis => Redis is not null;

    /// <summary>Whether Redis is being skipped after a failure (it is probed again periodically).</summary>
    public bool RedisSkipped => Breaker?.IsOpen ?? false;

    /// <summary>Entries in the in-process cache.</summary>
    public int MemoryEntryCount => Memory?.Count ?? 0;

    /// <summary>Completes once the data-version channel is subscribed (at once without Redis).</summary>
    public Task WhenSubscribed => Tracker.WhenSubscribed;

    internal ResponseCacheOptions Options { get; }

    internal IDataVersionSource Versions { get; }

    internal TimeProvider Time { get; }

    internal ResponseCacheKeyBuilder KeyBuilder { get; }

    internal MemoryResponseCache? Memory { get; }

    internal RedisResponseStore? Redis { get; }

    internal RedisCircuitBreaker? Breaker { get; }

    internal DataVersionTracker Tracker { get; }

    internal SingleFlight<CacheLoad> Flights { get; }

    /// <summary>
    /// Call after a write with the store's new version: this replica stops serving older answers at once and
    /// the others are told on the version channel (replicas also notice a new version in their own store).
    /// </summary>
    public Task AnnounceVersionAsync(string version, CancellationToken cancellationToken = default)
    {
        if (!DataVersion.IsWellFormed(version))
        {
            throw new ArgumentException($"A data version is a decimal integer of at most {DataVersion.MaxLength} digits.", nameof(version));
        }

        return Tracker.AnnounceAsync(version, cancellationToken);
    }

    /// <summary>Drops every in-process entry.</summary>
    public void ClearMemory() => Memory?.Clear();

    /// <inheritdoc />
    public ValueTask DisposeAsync() => Tracker.DisposeAsync();

    internal void ReportMalformedVersion(string? version)
    {
        if (Interlocked.Exchange(ref _malformedVersionLogged, 1) == 0)
        {
            _logger.LogError("The data-version source returned {Version}, which is not a decimal integer; responses are not cached until it does.", version);
        }
    }
}
