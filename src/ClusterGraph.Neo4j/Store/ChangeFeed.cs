using System.Runtime.CompilerServices;
using System.Threading.Channels;
using ClusterGraph.Graph.Store;

namespace ClusterGraph.Neo4j.Store;

/// <summary>
/// The changes this store committed, fanned out to subscribers, with a bounded log for replay.
/// A subscriber that falls more than <see cref="SubscriberCapacity"/> changes behind is ended with an
/// <see cref="InvalidOperationException"/> instead of slowing writers.
/// </summary>
internal sealed class ChangeFeed
{
    public const int LogCapacity = 1024;
    public const int SubscriberCapacity = 1024;

    private readonly Lock _lock = new();
    private readonly LinkedList<GraphChange> _log = new();
    private readonly List<Channel<GraphChange>> _subscribers = [];
    private bool _completed;

    public void Publish(GraphChange change)
    {
        lock (_lock)
        {
            _log.AddLast(change);
            if (_log.Count > LogCapacity)
            {
                _log.RemoveFirst();
            }

            foreach (Channel<GraphChange> subscriber in _subscribers.ToArray())
            {
                if (!subscriber.Writer.TryWrite(change))
                {
                    subscriber.Writer.TryComplete(new InvalidOperationException("The change subscriber fell too far behind and was ended."));
                    _subscribers.Remove(subscriber);
                }
            }
        }
    }

    public void Complete()
    {
        lock (_lock)
        {
            _completed = true;
            foreach (Channel<GraphChange> subscriber in _subscribers)
            {
                subscriber.Writer.TryComplete();
            }

            _subscribers.Clear();
        }
    }

    public async IAsyncEnumerable<GraphChange> WatchAsync(long? sinceVersion, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Channel<GraphChange> channel = Channel.CreateBounded<GraphChange>(new BoundedChannelOptions(SubscriberCapacity) { FullMode = BoundedChannelFullMode.Wait });
        lock (_lock)
        {
            if (sinceVersion is { } since)
            {
                foreach (GraphChange change in _log.Where(c => long.Parse(c.Version, System.Globalization.CultureInfo.InvariantCulture) > since))
                {
                    channel.Writer.TryWrite(change);
                }
            }

            if (_completed)
            {
                channel.Writer.TryComplete();
            }
            else
            {
                _subscribers.Add(channel);
            }
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
            lock (_lock)
            {
                _subscribers.Remove(channel);
            }
        }
    }
}
