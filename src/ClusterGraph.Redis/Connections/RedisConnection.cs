using System.Buffers;
using System.IO.Pipelines;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using ClusterGraph.Redis.Protocol;

namespace ClusterGraph.Redis.Connections;

/// <summary>
/// One physical connection shared by many callers. Callers write their command into an in-memory pipe
/// and join the reply queue under one lock, so the queue order is the wire order; a send loop copies
/// the pipe to the socket (batching whatever accumulated), and a receive loop completes replies in order.
/// </summary>
internal sealed class RedisConnection : IAsyncDisposable
{
    private static readonly RedisArgument s_hello = RedisArgument.FromString("HELLO");
    private static readonly RedisArgument s_auth = RedisArgument.FromString("AUTH");
    private static readonly RedisArgument s_setName = RedisArgument.FromString("SETNAME");
    private static readonly RedisArgument s_client = RedisArgument.FromString("CLIENT");
    private static readonly RedisArgument s_select = RedisArgument.FromString("SELECT");

    private readonly Stream _stream;
    private readonly PipeReader _input;
    private readonly Pipe _output;
    private readonly RedisOptions _options;
    private readonly Action<RespValue>? _onPush;
    private readonly Queue<PendingReply> _pending = new();
    private readonly Lock _sync = new();
    private readonly TaskCompletionSource<Exception> _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Timer _timeoutTimer;
    private readonly long _timeoutMilliseconds;
    private Task _receiveLoop = Task.CompletedTask;
    private Task _sendLoop = Task.CompletedTask;
    private Exception? _closeReason;

    // Subscriber connections hand every frame after the handshake to _onPush (RESP2 has no push type).
    private volatile bool _pushMode;

    private RedisConnection(Stream stream, RedisOptions options, Action<RespValue>? onPush)
    {
        _stream = stream;
        _options = options;
        _onPush = onPush;
        _timeoutMilliseconds = (long)options.CommandTimeout.TotalMilliseconds;
        _input = PipeReader.Create(stream, new StreamPipeReaderOptions(bufferSize: 16 * 1024, minimumReadSize: 4 * 1024));

        // Never pause writers: the pending-command bound already limits what can accumulate.
        _output = new Pipe(new PipeOptions(pauseWriterThreshold: 0, resumeWriterThreshold: 0, minimumSegmentSize: 16 * 1024, useSynchronizationContext: false));
        TimeSpan sweep = TimeSpan.FromMilliseconds(Math.Clamp(options.CommandTimeout.TotalMilliseconds / 4, 10, 250));
        _timeoutTimer = new Timer(static state => ((RedisConnection)state!).SweepTimeouts(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _timeoutTimer.Change(sweep, sweep);
    }

    /// <summary>Completes, with the reason, when the connection is closed for any cause.</summary>
    public Task<Exception> Closed => _closed.Task;

    public bool IsOpen => Volatile.Read(ref _closeReason) is null;

    /// <summary>Connects, negotiates TLS and runs the handshake, all within <see cref="RedisOptions.ConnectTimeout"/>.</summary>
    public static async Task<RedisConnection> OpenAsync(RedisOptions options, bool subscriber, Action<RespValue>? onPush, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.ConnectTimeout);
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        Stream? stream = null;
        RedisConnection? connection = null;
        try
        {
            await socket.ConnectAsync(options.Host, options.Port, timeout.Token).ConfigureAwait(false);
            stream = new NetworkStream(socket, ownsSocket: true);
            if (options.UseTls)
            {
                var tls = new SslStream(stream, leaveInnerStreamOpen: false);
                stream = tls;
                var authentication = new SslClientAuthenticationOptions
                {
                    TargetHost = options.TlsHostName ?? options.Host,
                    RemoteCertificateValidationCallback = options.RemoteCertificateValidation,
                };
                await tls.AuthenticateAsClientAsync(authentication, timeout.Token).ConfigureAwait(false);
            }

            connection = new RedisConnection(stream, options, onPush);
            connection.Start();
            await connection.HandshakeAsync(timeout.Token).ConfigureAwait(false);
            connection._pushMode = subscriber;
            return connection;
        }
        catch (Exception ex)
        {
            if (connection is not null)
            {
                await connection.DisposeAsync().ConfigureAwait(false);
            }
            else if (stream is not null)
            {
                await stream.DisposeAsync().ConfigureAwait(false);
            }
            else
            {
                socket.Dispose();
            }

            Exception? translated = ex switch
            {
                OperationCanceledException when !cancellationToken.IsCancellationRequested =>
                    new RedisTimeoutException($"Connecting to {options.EndpointText} took longer than {options.ConnectTimeout}.", ex),
                SocketException or IOException =>
                    new RedisConnectionException($"Could not connect to {options.EndpointText}: {ex.Message}", ex),
                AuthenticationException =>
                    new RedisConnectionException($"TLS with {options.EndpointText} failed: {ex.Message}", ex),
                _ => null,
            };
            if (translated is null)
            {
                throw;
            }

            throw translated;
        }
    }

    /// <summary>Queues a command and returns its reply; fails at once when closed or when too many are in flight.</summary>
    public Task<RespValue> SendAsync(ReadOnlySpan<RedisArgument> command, CancellationToken cancellationToken)
    {
        var pending = new PendingReply(Environment.TickCount64 + _timeoutMilliseconds);
        lock (_sync)
        {
            if (_closeReason is not null)
            {
                return Task.FromException<RespValue>(NotConnected());
            }

            if (_pending.Count >= _options.MaxPendingCommands)
            {
                return Task.FromException<RespValue>(new RedisConnectionException(
                    $"{_pending.Count} commands are already waiting on {_options.EndpointText}; failing fast instead of queueing more."));
            }

            _pending.Enqueue(pending);
            WriteAndFlush(command);
        }

        return cancellationToken.CanBeCanceled ? pending.Task.WaitAsync(cancellationToken) : pending.Task;
    }

    /// <summary>Writes a command whose answer arrives as a push (SUBSCRIBE, UNSUBSCRIBE on a subscriber connection).</summary>
    public bool TrySendWithoutReply(ReadOnlySpan<RedisArgument> command)
    {
        lock (_sync)
        {
            if (_closeReason is not null)
            {
                return false;
            }

            WriteAndFlush(command);
            return true;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Close(new RedisConnectionException($"The connection to {_options.EndpointText} was closed by the client."));
        await Task.WhenAll(_receiveLoop, _sendLoop).ConfigureAwait(false);
    }

    private void WriteAndFlush(ReadOnlySpan<RedisArgument> command)
    {
        PipeWriter writer = _output.Writer;
        RespWriter.WriteCommand(writer, command);

        // With writer pausing disabled this completes synchronously; it wakes the send loop.
        ValueTask<FlushResult> flush = writer.FlushAsync(CancellationToken.None);
        if (flush.IsCompleted)
        {
            flush.GetAwaiter().GetResult();
        }
        else
        {
            flush.AsTask().ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        }
    }

    private void Start()
    {
        _receiveLoop = Task.Run(ReceiveLoopAsync);
        _sendLoop = Task.Run(SendLoopAsync);
    }

    private async Task HandshakeAsync(CancellationToken cancellationToken)
    {
        var replies = new List<Task<RespValue>>(3);
        string? user = _options.User ?? (_options.Password is null ? null : "default");
        if (_options.Protocol == RespProtocol.Resp3)
        {
            RedisArgument[] hello = (user, _options.ClientName) switch
            {
                (null, null) => [s_hello, 3],
                (null, string name) => [s_hello, 3, s_setName, name],
                (string u, null) => [s_hello, 3, s_auth, u, _options.Password!],
                (string u, string name) => [s_hello, 3, s_auth, u, _options.Password!, s_setName, name],
            };
            replies.Add(SendAsync(hello, cancellationToken));
        }
        else
        {
            if (user is not null)
            {
                replies.Add(SendAsync([s_auth, user, _options.Password!], cancellationToken));
            }

            if (_options.ClientName is not null)
            {
                replies.Add(SendAsync([s_client, s_setName, _options.ClientName], cancellationToken));
            }
        }

        if (_options.Database != 0)
        {
            replies.Add(SendAsync([s_select, _options.Database], cancellationToken));
        }

        // In order, so the first failure (WRONGPASS rather than the NOAUTH that follows it) is the one reported.
        foreach (Task<RespValue> reply in replies)
        {
            await reply.ConfigureAwait(false);
        }
    }

    private async Task SendLoopAsync()
    {
        PipeReader reader = _output.Reader;
        try
        {
            while (true)
            {
                ReadResult result = await reader.ReadAsync().ConfigureAwait(false);
                ReadOnlySequence<byte> buffer = result.Buffer;
                foreach (ReadOnlyMemory<byte> segment in buffer)
                {
                    await _stream.WriteAsync(segment).ConfigureAwait(false);
                }

                await _stream.FlushAsync().ConfigureAwait(false);
                reader.AdvanceTo(buffer.End);
                if (result.IsCompleted)
                {
                    break;
                }
            }
        }
        catch (Exception ex)
        {
            Close(new RedisConnectionException($"Writing to {_options.EndpointText} failed: {ex.Message}", ex));
        }
        finally
        {
            await reader.CompleteAsync().ConfigureAwait(false);
        }
    }

    private async Task ReceiveLoopAsync()
    {
        Exception reason;

        // Once a frame turned out incomplete, later reads only check completeness (no allocation) until it is whole.
        bool partial = false;
        try
        {
            while (true)
            {
                ReadResult result = await _input.ReadAsync().ConfigureAwait(false);
                ReadOnlySequence<byte> buffer = result.Buffer;
                while (!partial || RespReader.IsFrameComplete(buffer, _options.ReaderLimits))
                {
                    partial = !RespReader.TryRead(buffer, _options.ReaderLimits, out RespValue value, out SequencePosition consumed);
                    if (partial)
                    {
                        break;
                    }

                    buffer = buffer.Slice(consumed);
                    Dispatch(value);
                }

                _input.AdvanceTo(buffer.Start, buffer.End);
                if (result.IsCompleted)
                {
                    reason = new RedisConnectionException($"{_options.EndpointText} closed the connection.");
                    break;
                }
            }
        }
        catch (RedisProtocolException ex)
        {
            reason = new RedisConnectionException($"Dropped the connection to {_options.EndpointText}: {ex.Message}", ex);
        }
        catch (Exception ex)
        {
            reason = new RedisConnectionException($"The connection to {_options.EndpointText} was lost: {ex.Message}", ex);
        }

        Close(reason);
        await _input.CompleteAsync().ConfigureAwait(false);
    }

    private void Dispatch(RespValue value)
    {
        if (_pushMode || value.Type == RespType.Push)
        {
            _onPush?.Invoke(value);
            return;
        }

        PendingReply? pending;
        lock (_sync)
        {
            _pending.TryDequeue(out pending);
        }

        if (pending is null)
        {
            throw new RedisProtocolException($"Malformed RESP from the server: a reply arrived that no command was waiting for: {value}.");
        }

        if (value.IsError)
        {
            pending.TrySetException(new RedisServerException(value.AsString()!));
        }
        else
        {
            pending.TrySetResult(value);
        }
    }

    private void SweepTimeouts()
    {
        long now = Environment.TickCount64;
        lock (_sync)
        {
            foreach (PendingReply pending in _pending)
            {
                if (pending.Deadline > now)
                {
                    break;
                }

                if (!pending.Task.IsCompleted)
                {
                    pending.TrySetException(new RedisTimeoutException(
                        $"No reply from {_options.EndpointText} within {_options.CommandTimeout} ({_pending.Count} commands in flight)."));
                }
            }
        }
    }

    private void Close(Exception reason)
    {
        PendingReply[] orphans;
        lock (_sync)
        {
            if (_closeReason is not null)
            {
                return;
            }

            _closeReason = reason;
            orphans = [.. _pending];
            _pending.Clear();
            _output.Writer.Complete();
        }

        _timeoutTimer.Dispose();
        foreach (PendingReply orphan in orphans)
        {
            orphan.TrySetException(new RedisConnectionException(
                $"The connection to {_options.EndpointText} closed before the reply arrived: {reason.Message}", reason));
        }

        try
        {
            _stream.Dispose();
        }
        catch (IOException)
        {
            // Already broken; nothing more to release.
        }

        _closed.TrySetResult(reason);
    }

    private RedisConnectionException NotConnected() =>
        new($"The connection to {_options.EndpointText} is closed: {_closeReason?.Message}", _closeReason);
}
