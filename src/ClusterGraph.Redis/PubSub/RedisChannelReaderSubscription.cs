using System.Threading.Channels;

namespace ClusterGraph.Redis.PubSub;

/// <summary>
/// A subscription whose messages are read from a bounded <see cref="ChannelReader{T}"/>. When the
/// reader falls behind, the oldest messages are dropped (and counted) rather than buffering without bound.
/// </summary>
public sealed class RedisChannelReaderSubscription : IAsyncDisposable, IDisposable
{
    private readonly Channel<RedisChannelMessage> _messages;
    private RedisSubscription? _subscription;
    private long _dropped;

    internal RedisChannelReaderSubscription(int capacity)
    {
        _messages = System.Threading.Channels.Channel.CreateBounded<RedisChannelMessage>(
            new BoundedChannelOptions(capacity) { FullMode = BoundedChannelFullMode.DropOldest, SingleWriter = true },
            _ => Interlocked.Increment(ref _dropped));
    }

    public ChannelReader<RedisChannelMessage> Messages => _messages.Reader;

    /// <summary>Messages dropped because the reader fell behind.</summary>
    public long DroppedCount => Interlocked.Read(ref _dropped);

    internal void Attach(RedisSubscription subscription) => _subscription = subscription;

    internal void Write(RedisChannelMessage message) => _messages.Writer.TryWrite(message);

    public void Dispose()
    {
        _subscription?.Dispose();
        _messages.Writer.TryComplete();
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}
