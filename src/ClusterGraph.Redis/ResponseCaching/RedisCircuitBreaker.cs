using Microsoft.Extensions.Logging;

namespace ClusterGraph.Redis.ResponseCaching;

/// <summary>
/// Runs optional Redis work (a cache read or write) so that a failing Redis costs callers at most one
/// short timeout per break: each command gets <c>commandTimeout</c>; after a failure Redis is skipped for
/// <c>breakDuration</c>, then a single caller probes it. A warning is logged once per outage and an
/// information line when Redis answers again.
/// </summary>
internal sealed class RedisCircuitBreaker
{
    private readonly TimeSpan _commandTimeout;
    private readonly TimeSpan _breakDuration;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly string _purpose;
    private long _closedAfterTimestamp;
    private int _inOutage;
    private int _probing;
    private long _failures;

    public RedisCircuitBreaker(TimeSpan commandTimeout, TimeSpan breakDuration, TimeProvider time, ILogger logger, string purpose)
    {
        _commandTimeout = commandTimeout;
        _breakDuration = breakDuration;
        _time = time;
        _logger = logger;
        _purpose = purpose;
    }

    /// <summary>Whether Redis is being skipped now.</summary>
    public bool IsOpen => Volatile.Read(ref _inOutage) == 1;

    /// <summary>How many Redis calls failed or timed out.</summary>
    public long Failures => Interlocked.Read(ref _failures);

    /// <summary>Runs <paramref name="operation"/> unless Redis is being skipped; false (and no value) when skipped or failed.</summary>
    public async ValueTask<(bool Succeeded, T? Value)> TryRunAsync<T>(Func<CancellationToken, Task<T>> operation, CancellationToken cancellationToken)
    {
        bool probe = false;
        if (Volatile.Read(ref _inOutage) == 1)
        {
            if (_time.GetTimestamp() < Interlocked.Read(ref _closedAfterTimestamp) || Interlocked.CompareExchange(ref _probing, 1, 0) != 0)
            {
                return (false, default);
            }

            probe = true;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_commandTimeout);
        try
        {
            T value = await operation(timeout.Token).ConfigureAwait(false);
            if (Interlocked.Exchange(ref _inOutage, 0) == 1)
            {
                _logger.LogInformation("Redis answers again; the {Purpose} uses it again.", _purpose);
            }

            return (true, value);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e) when (e is RedisException or OperationCanceledException or ObjectDisposedException)
        {
            Interlocked.Increment(ref _failures);
            Interlocked.Exchange(ref _closedAfterTimestamp, _time.GetTimestamp() + (long)(_breakDuration.TotalSeconds * _time.TimestampFrequency));
            if (Interlocked.Exchange(ref _inOutage, 1) == 0)
            {
                string reason = e is OperationCanceledException ? $"no answer within {_commandTimeout.TotalMilliseconds:0} ms" : e.Message;
                _logger.LogWarning(e is OperationCanceledException ? null : e,
                    "Redis is failing ({Reason}); the {Purpose} goes on without it and probes it every {BreakSeconds:0.###} s.",
                    reason, _purpose, _breakDuration.TotalSeconds);
            }

            return (false, default);
        }
        finally
        {
            if (probe)
            {
                Volatile.Write(ref _probing, 0);
            }
        }
    }
}
