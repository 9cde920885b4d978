namespace ClusterGraph.Redis.PubSub;

/// <summary>A handler registered on a channel; disposing it unregisters the handler (and unsubscribes when it was the last).</summary>
public sealed class RedisSubscription : IAsyncDisposable, IDisposable
{
    private readonly RedisSubscriber _owner;
    private readonly Action<RedisChannelMessage> _handler;
    private int _disposed;

    internal RedisSubscription(RedisSubscriber owner, string channel, Action<RedisChannelMessage> handler)
    {
        _owner = owner;
        Channel = channel;
        _handler = handler;
    }

    public string Channel { get; }

    internal Action<RedisChannelMessage> Handler => _handler;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _owner.Remove(this);
        }
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}
