using ClusterGraph.GraphQL.AspNetCore;
using ClusterGraph.Redis.ResponseCaching;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ClusterGraph.Redis.PersistedQueries;

/// <summary>
/// Persisted documents (APQ) shared by replicas through Redis, with a bounded in-process copy in front.
/// A document registered on one replica is found by the others; a document read back from Redis is used
/// only if it still hashes to its key. Redis trouble never fails a request: reads fall back to the local
/// copy (an unknown hash answers PersistedQueryNotFound and the client sends the document again) and
/// writes keep the local copy.
/// </summary>
public sealed class RedisPersistedDocumentStore : IPersistedDocumentStore
{
    private readonly RedisClient _redis;
    private readonly RedisPersistedDocumentStoreOptions _options;
    private readonly InMemoryPersistedDocumentStore _local;
    private readonly RedisCircuitBreaker _breaker;
    private readonly ILogger _logger;

    /// <summary>Creates the store over <paramref name="redis"/>.</summary>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public RedisPersistedDocumentStore(RedisClient redis, RedisPersistedDocumentStoreOptions options, ILogger<RedisPersistedDocumentStore>? logger = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(redis);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Validate() is { Count: > 0 } failures)
        {
            throw new ArgumentException("Invalid persisted-document store options: " + string.Join(" ", failures), nameof(options));
        }

        _redis = redis;
        _options = options;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _local = new InMemoryPersistedDocumentStore([], options.LocalCapacity);
        _breaker = new RedisCircuitBreaker(options.CommandTimeout, options.BreakDuration, time ?? TimeProvider.System, _logger, "persisted-document store");
    }

    /// <inheritdoc />
    public async ValueTask<string?> TryGetAsync(string sha256Hash, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sha256Hash);
        string hash = sha256Hash.ToLowerInvariant();
        if (await _local.TryGetAsync(hash, cancellationToken).ConfigureAwait(false) is { } known)
        {
            return known;
        }

        (bool succeeded, string? document) = await _breaker.TryRunAsync(
            token => _redis.GetStringAsync(_options.KeyPrefix + hash, token), cancellationToken).ConfigureAwait(false);
        if (!succeeded || document is null)
        {
            return null;
        }

        if (PersistedDocumentHash.Compute(document) != hash)
        {
            _logger.LogWarning("Ignored the persisted document under {Key}: its text does not hash to its key.", _options.KeyPrefix + hash);
            return null;
        }

        await _local.SaveAsync(hash, document, cancellationToken).ConfigureAwait(false);
        return document;
    }

    /// <inheritdoc />
    public async ValueTask SaveAsync(string sha256Hash, string document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sha256Hash);
        ArgumentNullException.ThrowIfNull(document);
        string hash = sha256Hash.ToLowerInvariant();
        await _local.SaveAsync(hash, document, cancellationToken).ConfigureAwait(false);
        await _breaker.TryRunAsync(
            token => _redis.SetAsync(_options.KeyPrefix + hash, document, _options.TimeToLive, SetCondition.Always, token),
            cancellationToken).ConfigureAwait(false);
    }
}
