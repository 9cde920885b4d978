using ClusterGraph.Redis.Protocol;
using Microsoft.Extensions.Logging;

namespace ClusterGraph.Redis.Connections;

/// <summary>
/// Keeps one logical connection alive: connects, waits for the connection to drop, reconnects with
/// exponential backoff and jitter. While there is no connection, <see cref="Current"/> is null and
/// callers fail fast; nothing is queued.
/// </summary>
internal sealed class ConnectionSupervisor : IAsyncDisposable
{
    private readonly RedisOptions _options;
    private readonly ILogger _logger;
    private readonly string _role;
    private readonly bool _subscriber;
    private readonly Action<RespValue>? _onPush;
    private readonly Func<RedisConnection, bool, CancellationToken, Task>? _onConnected;
    private readonly CancellationTokenSource _stopping = new();
    private readonly TaskCompletionSource _firstAttempt = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile RedisConnection? _current;
    private volatile Exception? _lastError;
    private Task _loop = Task.CompletedTask;

    /// <param name="onConnected">Runs on every new connection before it is published (the bool says whether it is a reconnect).</param>
    public ConnectionSupervisor(
        RedisOptions options,
        ILogger logger,
        string role,
        bool subscriber,
        Action<RespValue>? onPush,
        Func<RedisConnection, bool, CancellationToken, Task>? onConnected)
    {
        _options = options;
        _logger = logger;
        _role = role;
        _subscriber = subscriber;
        _onPush = onPush;
        _onConnected = onConnected;

        // Nobody may await the first attempt (a lazily created client); observe its failure anyway.
        _firstAttempt.Task.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
    }

    /// <summary>The open connection, or null while (re)connecting.</summary>
    public RedisConnection? Current
    {
        get
        {
            RedisConnection? connection = _current;
            return connection is { IsOpen: true } ? connection : null;
        }
    }

    /// <summary>Why the last attempt failed or the last connection closed.</summary>
    public Exception? LastError => _lastError;

    /// <summary>Completes when the first attempt succeeds; faults with its error when it fails.</summary>
    public Task FirstAttempt => _firstAttempt.Task;

    public void Start() => _loop = Task.Run(RunAsync);

    public RedisConnectionException NotConnected() => new(
        $"Not connected to {_options.EndpointText} ({_role}); reconnecting in the background. Last error: {_lastError?.Message ?? "none"}",
        _lastError);

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        await _loop.ConfigureAwait(false);
        _stopping.Dispose();
    }

    private async Task RunAsync()
    {
        int failures = 0;
        bool everConnected = false;
        while (!_stopping.IsCancellationRequested)
        {
            RedisConnection? connection = null;
            try
            {
                connection = await RedisConnection.OpenAsync(_options, _subscriber, _onPush, _stopping.Token).ConfigureAwait(false);
                if (_onConnected is not null)
                {
                    await _onConnected(connection, everConnected, _stopping.Token).ConfigureAwait(false);
                }

                if (everConnected || failures > 0)
                {
                    _logger.LogInformation("Redis {Role} connection to {Endpoint} restored after {Failures} failed attempts.", _role, _options.EndpointText, failures);
                }

                everConnected = true;
                failures = 0;
                _lastError = null;
                _current = connection;
                _firstAttempt.TrySetResult();

                Exception reason = await connection.Closed.WaitAsync(_stopping.Token).ConfigureAwait(false);
                _current = null;
                _lastError = reason;
                _logger.LogWarning("Redis {Role} connection to {Endpoint} lost: {Reason}", _role, _options.EndpointText, reason.Message);
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                _lastError = ex;
                _firstAttempt.TrySetException(ex);
                if (failures == 0)
                {
                    _logger.LogWarning("Redis {Role} connection to {Endpoint} failed: {Reason}", _role, _options.EndpointText, ex.Message);
                }
                else
                {
                    _logger.LogDebug("Redis {Role} reconnect attempt {Attempt} to {Endpoint} failed: {Reason}", _role, failures + 1, _options.EndpointText, ex.Message);
                }

                failures++;
            }
            finally
            {
                if (connection is not null && !ReferenceEquals(connection, _current))
                {
                    await connection.DisposeAsync().ConfigureAwait(false);
                }
            }

            try
            {
                await Task.Delay(Backoff.Delay(failures, _options.ReconnectBaseDelay, _options.ReconnectMaxDelay), _stopping.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        RedisConnection? last = _current;
        _current = null;
        if (last is not null)
        {
            await last.DisposeAsync().ConfigureAwait(false);
        }

        _firstAttempt.TrySetException(new ObjectDisposedException(nameof(RedisClient)));
    }
}
