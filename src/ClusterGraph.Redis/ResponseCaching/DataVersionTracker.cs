using ClusterGraph.Redis.PubSub;
using Microsoft.Extensions.Logging;

namespace ClusterGraph.Redis.ResponseCaching;

/// <summary>
/// The highest data version this replica knows of: its own store's, or one announced by another
/// replica on the version channel. When it rises the in-process cache is dropped, and a rise seen in
/// the local store is announced to the others. When the pub/sub connection comes back after an outage
/// (announcements may have been lost) the in-process cache is dropped too.
/// </summary>
internal sealed class DataVersionTracker : IAsyncDisposable
{
    private readonly Lock _sync = new();
    private readonly Action _dropMemory;
    private readonly RedisClient? _redis;
    private readonly RedisCircuitBreaker? _breaker;
    private readonly string _channel;
    private readonly ILogger _logger;
    private readonly Task<RedisSubscription?> _subscription;
    private string? _highest;

    public DataVersionTracker(Action dropMemory, RedisClient? redis, RedisCircuitBreaker? breaker, string channel, ILogger logger)
    {
        _dropMemory = dropMemory;
        _redis = redis;
        _breaker = breaker;
        _channel = channel;
        _logger = logger;
        if (redis is null)
        {
            _subscription = Task.FromResult<RedisSubscription?>(null);
            return;
        }

        redis.SubscriptionsRestored += OnSubscriptionsRestored;
        _subscription = SubscribeAsync(redis);
    }

    /// <summary>The highest version seen so far (null before the first request).</summary>
    public string? Highest
    {
        get
        {
            lock (_sync)
            {
                return _highest;
            }
        }
    }

    /// <summary>Completes once the version channel is subscribed (or at once without Redis).</summary>
    public Task WhenSubscribed => _subscription;

    /// <summary>Takes the local store's version into account and returns the version cached answers must carry.</summary>
    public string Observe(string localVersion)
    {
        string? previous;
        lock (_sync)
        {
            previous = _highest;
            if (previous is not null && DataVersion.Compare(localVersion, previous) <= 0)
            {
                return previous;
            }

            _highest = localVersion;
        }

        if (previous is not null)
        {
            _dropMemory();
            _ = PublishAsync(localVersion, CancellationToken.None);
        }

        return localVersion;
    }

    /// <summary>Raises the known version to <paramref name="version"/> (if higher) and tells the other replicas.</summary>
    public async Task AnnounceAsync(string version, CancellationToken cancellationToken)
    {
        Raise(version);
        await PublishAsync(version, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (_redis is not null)
        {
            _redis.SubscriptionsRestored -= OnSubscriptionsRestored;
        }

        try
        {
            if (await _subscription.ConfigureAwait(false) is { } subscription)
            {
                await subscription.DisposeAsync().ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is RedisException or ObjectDisposedException)
        {
            // The client is going away too; nothing to unsubscribe from.
        }
    }

    private void Raise(string version)
    {
        lock (_sync)
        {
            if (_highest is not null && DataVersion.Compare(version, _highest) <= 0)
            {
                return;
            }

            _highest = version;
        }

        _dropMemory();
    }

    private async Task<RedisSubscription?> SubscribeAsync(RedisClient redis)
    {
        try
        {
            return await redis.SubscribeAsync(_channel, OnMessage).ConfigureAwait(false);
        }
        catch (Exception e) when (e is RedisException or ObjectDisposedException)
        {
            _logger.LogWarning(e, "Could not subscribe to the data-version channel {Channel}; replicas will not drop stale in-process answers early.", _channel);
            return null;
        }
    }

    private void OnMessage(RedisChannelMessage message)
    {
        string version = message.PayloadText;
        if (DataVersion.IsWellFormed(version))
        {
            Raise(version);
        }
        else
        {
            _logger.LogWarning("Ignored a malformed data version on {Channel} ({Length} characters).", _channel, version.Length);
        }
    }

    private void OnSubscriptionsRestored(object? sender, EventArgs e) => _dropMemory();

    private async Task PublishAsync(string version, CancellationToken cancellationToken)
    {
        if (_redis is null || _breaker is null)
        {
            return;
        }

        try
        {
            await _breaker.TryRunAsync(token => _redis.PublishAsync(_channel, version, token), cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The caller gave up; replicas still learn the version from their own store.
        }
    }
}
