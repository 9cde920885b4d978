using System.Runtime.CompilerServices;
using System.Threading.Channels;
using ClusterGraph.Graph.Store;

namespace ClusterGraph.Graph.Embedded;

/// <summary>
/// Publishes committed changes to subscribers and keeps the last <see cref="Capacity"/> of them for
/// replay. Each subscriber has a bounded queue; one that falls <see cref="Capacity"/> changes behind
/// is ended with an error instead of holding writers back or growing without bound.
/// </summary>
internal sealed class ChangeFeed : IDisposable
{
    /// <summary>Changes kept for replay, and the most a subscriber may lag.</summary>
    public const int Capacity = 1024;

    private readonly Lock _gate = new();
    private readonly Queue<(long Version, GraphChange Change)> _log = new();
    private readonly List<Channel<GraphChange>> _subscribers = [];
    private bool _disposed;

    /// <summary>Records a change and hands it to every subscriber.</summary>
    public void Publish(long version, GraphChange change)
    {
        lock (_gate)
        {
            _log.Enqueue((version, change));
            while (_log.Count > Capacity)
            {
                _log.Dequeue();
            }

            for (int i = _subscribers.Count - 1; i >= 0; i--)
            {
                if (!_subscribers[i].Writer.TryWrite(change))
                {
                    _subscribers[i].Writer.TryComplete(new InvalidOperationException(
                        $"The change subscriber fell more than {Capacity} changes behind and was ended; subscribe again with 'since' to resume."));
                    _subscribers.RemoveAt(i);
                }
            }
        }
    }

    /// <summary>Changes after <paramref name="since"/> (replayed from the log), then every new one.</summary>
    public async IAsyncEnumerable<GraphChange> Watch(long? since, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<GraphChange>(new BoundedChannelOptions(Capacity)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        lock (_gate)
        {
            if (_disposed)
            {
                yield break;
            }

            if (since is long from)
            {
                foreach ((long version, GraphChange change) in _log)
                {
                    if (version > from)
                    {
                        channel.Writer.TryWrite(change);
                    }
                }
            }

            _subscribers.Add(channel);
        }

        try
        {
            await foreach (GraphChange change in channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return change;
            }
        }
        finally
        {
            lock (_gate)
            {
                _subscribers.Remove(channel);
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            foreach (Channel<GraphChange> subscriber in _subscribers)
            {
                subscriber.Writer.TryComplete();
            }

            _subscribers.Clear();
        }
    }
}
