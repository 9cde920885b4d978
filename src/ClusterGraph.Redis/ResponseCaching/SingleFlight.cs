using System.Collections.Concurrent;

namespace ClusterGraph.Redis.ResponseCaching;

/// <summary>
/// Identical concurrent work runs once: the first caller for a key does it, later callers await its
/// task. If the first caller is cancelled (its client went away), each waiter does the work itself.
/// </summary>
internal sealed class SingleFlight<T>
{
    private readonly ConcurrentDictionary<string, Task<T>> _flights = new(StringComparer.Ordinal);
    private readonly Action? _onJoin;

    /// <summary><paramref name="onJoin"/> runs when a caller starts waiting for another's work.</summary>
    public SingleFlight(Action? onJoin = null)
    {
        _onJoin = onJoin;
    }

    /// <summary>How many distinct keys are being worked on now.</summary>
    public int InFlight => _flights.Count;

    /// <summary>Runs or joins the work for <paramref name="key"/>; <c>Joined</c> says whether another caller's result was used.</summary>
    public async Task<(T Value, bool Joined)> RunAsync(string key, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        var mine = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        Task<T> flight = _flights.GetOrAdd(key, mine.Task);
        if (flight != mine.Task)
        {
            _onJoin?.Invoke();
            try
            {
                return (await flight.WaitAsync(cancellationToken).ConfigureAwait(false), true);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return (await work(cancellationToken).ConfigureAwait(false), false);
            }
        }

        try
        {
            T value = await work(cancellationToken).ConfigureAwait(false);
            mine.SetResult(value);
            return (value, false);
        }
        catch (OperationCanceledException e)
        {
            mine.SetCanceled(e.CancellationToken);
            throw;
        }
        catch (Exception e)
        {
            mine.SetException(e);
            throw;
        }
        finally
        {
            _flights.TryRemove(new KeyValuePair<string, Task<T>>(key, mine.Task));
        }
    }
}
