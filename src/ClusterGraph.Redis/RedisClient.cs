using ClusterGraph.Redis.Connections;
using ClusterGraph.Redis.Protocol;
using ClusterGraph.Redis.PubSub;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ClusterGraph.Redis;

/// <summary>
/// A Redis client for many concurrent callers: commands are pipelined over
/// <see cref="RedisOptions.ConnectionCount"/> multiplexed connections, pub/sub runs on its own
/// connection, and dropped connections are re-established in the background. While a connection is
/// down, calls fail at once with <see cref="RedisConnectionException"/> instead of queueing.
/// Thread-safe; create one per process and share it.
/// </summary>
public sealed partial class RedisClient : IAsyncDisposable
{
    private readonly ConnectionSupervisor[] _connections;
    private readonly ILogger _logger;
    private readonly Lock _subscriberSync = new();
    private RedisSubscriber? _subscriber;
    private int _next;
    private volatile bool _disposed;

    /// <summary>Creates the client and starts connecting in the background; usable at once (calls fail fast until connected).</summary>
    public RedisClient(RedisOptions options, ILogger<RedisClient>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ThrowIfInvalid();
        Options = options;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _connections = new ConnectionSupervisor[options.ConnectionCount];
        for (int i = 0; i < _connections.Length; i++)
        {
            _connections[i] = new ConnectionSupervisor(options, _logger, $"command #{i}", subscriber: false, onPush: null, onConnected: null);
            _connections[i].Start();
        }
    }

    /// <summary>Raised after the pub/sub connection came back and every channel was subscribed again.</summary>
    public event EventHandler? SubscriptionsRestored;

    public RedisOptions Options { get; }

    /// <summary>True when at least one command connection is open.</summary>
    public bool IsConnected => Array.Exists(_connections, c => c.Current is not null);

    /// <summary>Creates a client and waits for its first connections; throws what the first attempt threw (e.g. WRONGPASS).</summary>
    public static async Task<RedisClient> ConnectAsync(RedisOptions options, ILogger<RedisClient>? logger = null, CancellationToken cancellationToken = default)
    {
        var client = new RedisClient(options, logger);
        try
        {
            await Task.WhenAll(Array.ConvertAll(client._connections, c => c.FirstAttempt)).WaitAsync(cancellationToken).ConfigureAwait(false);
            return client;
        }
        catch
        {
            await client.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Sends any command (name first) and returns the raw reply. Error replies throw
    /// <see cref="RedisServerException"/>; no reply within <see cref="RedisOptions.CommandTimeout"/> throws
    /// <see cref="RedisTimeoutException"/>; no connection throws <see cref="RedisConnectionException"/>.
    /// </summary>
    public Task<RespValue> ExecuteAsync(ReadOnlySpan<RedisArgument> command, CancellationToken cancellationToken = default)
    {
        if (_disposed)
        {
            return Task.FromException<RespValue>(new ObjectDisposedException(nameof(RedisClient)));
        }

        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<RespValue>(cancellationToken);
        }

        RedisConnection? connection = PickConnection();
        return connection is null
            ? Task.FromException<RespValue>(_connections[0].NotConnected())
            : connection.SendAsync(command, cancellationToken);
    }

    /// <summary>
    /// Calls <paramref name="handler"/> for every message on <paramref name="channel"/>. The handler runs on
    /// the receive loop: keep it short and non-blocking (or use <see cref="SubscribeWithReaderAsync"/>).
    /// While disconnected this returns at once and the channel is subscribed when the connection returns.
    /// </summary>
    public Task<RedisSubscription> SubscribeAsync(string channel, Action<RedisChannelMessage> handler, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(channel);
        ArgumentNullException.ThrowIfNull(handler);
        ObjectDisposedException.ThrowIf(_disposed, this);
        return GetSubscriber().SubscribeAsync(channel, handler, cancellationToken);
    }

    /// <summary>Subscribes with a bounded reader of <paramref name="capacity"/> messages (oldest dropped when full).</summary>
    public async Task<RedisChannelReaderSubscription> SubscribeWithReaderAsync(string channel, int capacity = 1024, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        var reader = new RedisChannelReaderSubscription(capacity);
        reader.Attach(await SubscribeAsync(channel, reader.Write, cancellationToken).ConfigureAwait(false));
        return reader;
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        foreach (ConnectionSupervisor connection in _connections)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
        }

        RedisSubscriber? subscriber;
        lock (_subscriberSync)
        {
            subscriber = _subscriber;
        }

        if (subscriber is not null)
        {
            await subscriber.DisposeAsync().ConfigureAwait(false);
        }
    }

    private RedisConnection? PickConnection()
    {
        if (_connections.Length == 1)
        {
            return _connections[0].Current;
        }

        int start = (int)((uint)Interlocked.Increment(ref _next) % (uint)_connections.Length);
        for (int i = 0; i < _connections.Length; i++)
        {
            RedisConnection? connection = _connections[(start + i) % _connections.Length].Current;
            if (connection is not null)
            {
                return connection;
            }
        }

        return null;
    }

    private RedisSubscriber GetSubscriber()
    {
        lock (_subscriberSync)
        {
            if (_subscriber is null)
            {
                _subscriber = new RedisSubscriber(Options, _logger);
                _subscriber.Restored += (_, _) => SubscriptionsRestored?.Invoke(this, EventArgs.Empty);
            }

            return _subscriber;
        }
    }
}
