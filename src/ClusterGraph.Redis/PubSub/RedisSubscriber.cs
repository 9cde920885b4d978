using ClusterGraph.Redis.Connections;
using ClusterGraph.Redis.Protocol;
using Microsoft.Extensions.Logging;

namespace ClusterGraph.Redis.PubSub;

/// <summary>
/// Pub/sub over a dedicated connection. Handlers are registered per channel; the channels are
/// subscribed again on every reconnect, after which <see cref="Restored"/> fires (messages published
/// during the outage are lost, so listeners should assume they missed some).
/// </summary>
internal sealed class RedisSubscriber : IAsyncDisposable
{
    private static readonly RedisArgument s_subscribe = RedisArgument.FromString("SUBSCRIBE");
    private static readonly RedisArgument s_unsubscribe = RedisArgument.FromString("UNSUBSCRIBE");

    private readonly RedisOptions _options;
    private readonly ILogger _logger;
    private readonly ConnectionSupervisor _supervisor;
    private readonly Lock _sync = new();
    private readonly Dictionary<string, RedisSubscription[]> _handlers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TaskCompletionSource> _confirmations = new(StringComparer.Ordinal);
    private RedisConnection? _connection;

    public RedisSubscriber(RedisOptions options, ILogger logger)
    {
        _options = options;
        _logger = logger;
        _supervisor = new ConnectionSupervisor(options, logger, "pub/sub", subscriber: true, OnPush, OnConnectedAsync);
        _supervisor.Start();
    }

    /// <summary>Raised after a reconnect, once every channel is subscribed again.</summary>
    public event EventHandler? Restored;

    public bool IsConnected => _supervisor.Current is not null;

    /// <summary>
    /// Registers <paramref name="handler"/>. When connected, waits for the server to confirm the
    /// subscription; while disconnected, returns at once and the channel is subscribed on reconnect.
    /// </summary>
    public async Task<RedisSubscription> SubscribeAsync(string channel, Action<RedisChannelMessage> handler, CancellationToken cancellationToken)
    {
        if (!_supervisor.FirstAttempt.IsCompleted)
        {
            // A fresh subscriber: let its first connection attempt finish so the channel is subscribed now.
            try
            {
                await _supervisor.FirstAttempt.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (RedisException)
            {
                // Down: the handler is registered below and subscribed on reconnect.
            }
        }

        var subscription = new RedisSubscription(this, channel, handler);
        Task? confirmation = null;
        lock (_sync)
        {
            if (_handlers.TryGetValue(channel, out RedisSubscription[]? existing))
            {
                _handlers[channel] = [.. existing, subscription];
                confirmation = _confirmations.GetValueOrDefault(channel)?.Task;
            }
            else
            {
                _handlers[channel] = [subscription];
                if (_connection is { IsOpen: true } connection)
                {
                    var confirmed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                    _confirmations[channel] = confirmed;
                    if (connection.TrySendWithoutReply([s_subscribe, channel]))
                    {
                        confirmation = confirmed.Task;
                    }
                }
            }
        }

        if (confirmation is not null)
        {
            try
            {
                await confirmation.WaitAsync(_options.CommandTimeout, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                subscription.Dispose();
                throw ex is TimeoutException
                    ? new RedisTimeoutException($"{_options.EndpointText} did not confirm SUBSCRIBE {channel} within {_options.CommandTimeout}.", ex)
                    : ex;
            }
        }

        return subscription;
    }

    public ValueTask DisposeAsync() => _supervisor.DisposeAsync();

    internal void Remove(RedisSubscription subscription)
    {
        lock (_sync)
        {
            if (!_handlers.TryGetValue(subscription.Channel, out RedisSubscription[]? existing))
            {
                return;
            }

            RedisSubscription[] remaining = Array.FindAll(existing, s => !ReferenceEquals(s, subscription));
            if (remaining.Length > 0)
            {
                _handlers[subscription.Channel] = remaining;
                return;
            }

            _handlers.Remove(subscription.Channel);
            _confirmations.Remove(subscription.Channel);
            _connection?.TrySendWithoutReply([s_unsubscribe, subscription.Channel]);
        }
    }

    private async Task OnConnectedAsync(RedisConnection connection, bool reconnect, CancellationToken cancellationToken)
    {
        Task[] confirmations;
        lock (_sync)
        {
            _connection = connection;
            RedisArgument[] command = new RedisArgument[_handlers.Count + 1];
            command[0] = s_subscribe;
            confirmations = new Task[_handlers.Count];
            int i = 0;
            foreach (string channel in _handlers.Keys)
            {
                var confirmed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                _confirmations[channel] = confirmed;
                confirmations[i] = confirmed.Task;
                command[++i] = channel;
            }

            if (confirmations.Length > 0)
            {
                connection.TrySendWithoutReply(command);
            }
        }

        if (confirmations.Length > 0)
        {
            // A failure here drops this connection and the supervisor tries again.
            await Task.WhenAll(confirmations).WaitAsync(_options.ConnectTimeout, cancellationToken).ConfigureAwait(false);
        }

        if (reconnect)
        {
            try
            {
                Restored?.Invoke(this, EventArgs.Empty);
            }
            catch (Exception ex)
            {
                // A listener's bug must not look like a failed connection (that would loop reconnecting).
                _logger.LogError(ex, "A SubscriptionsRestored handler threw.");
            }
        }
    }

    // Runs on the connection's receive loop: message kinds are ["message", channel, payload] and
    // ["subscribe", channel, count] (RESP3 pushes, RESP2 arrays).
    private void OnPush(RespValue frame)
    {
        if (frame.IsError)
        {
            _logger.LogWarning("Redis pub/sub error from {Endpoint}: {Error}", _options.EndpointText, frame.AsString());
            FailConfirmations(new RedisServerException(frame.AsString()!));
            return;
        }

        if (!frame.IsAggregate || frame.Type == RespType.Map || frame.Count < 2)
        {
            return;
        }

        ReadOnlySpan<RespValue> parts = frame.Elements;
        if (parts[0].Type is not (RespType.BulkString or RespType.SimpleString) || parts[1].Type != RespType.BulkString)
        {
            return;
        }

        ReadOnlySpan<byte> kind = parts[0].Bytes;
        if (kind.SequenceEqual("message"u8) && parts.Length == 3 && parts[2].Type == RespType.BulkString)
        {
            Deliver(parts[1].AsString()!, parts[2].ToByteArray()!);
        }
        else if (kind.SequenceEqual("subscribe"u8))
        {
            TaskCompletionSource? confirmed;
            lock (_sync)
            {
                _confirmations.Remove(parts[1].AsString()!, out confirmed);
            }

            confirmed?.TrySetResult();
        }
    }

    private void Deliver(string channel, byte[] payload)
    {
        RedisSubscription[]? handlers;
        lock (_sync)
        {
            _handlers.TryGetValue(channel, out handlers);
        }

        if (handlers is null)
        {
            return;
        }

        var message = new RedisChannelMessage(channel, payload);
        foreach (RedisSubscription subscription in handlers)
        {
            try
            {
                subscription.Handler(message);
            }
            catch (Exception ex)
            {
                _logger.LogError(ex, "A Redis message handler for channel {Channel} threw.", channel);
            }
        }
    }

    private void FailConfirmations(Exception error)
    {
        TaskCompletionSource[] waiting;
        lock (_sync)
        {
            waiting = [.. _confirmations.Values];
            _confirmations.Clear();
        }

        foreach (TaskCompletionSource confirmation in waiting)
        {
            confirmation.TrySetException(error);
        }
    }
}
