// The decorator as it was before the cached-delegate rewrite (HEAD b3ac1c8), kept only as the "before" of this benchmark.
using System.Diagnostics;
using System.Reflection;
using System.Runtime.ExceptionServices;
using ClusterGraph.Graph.Store;

namespace ClusterGraph.StoreProxyBench.Before;

/// <summary>
/// An <see cref="IGraphStore"/> decorator that counts every call and times every Task-returning one into
/// the metrics. A DispatchProxy keeps it in step with the port's thirty-odd members; the
/// returned task is the inner one unchanged, timed by a side continuation.
/// </summary>
#pragma warning disable CA1852 // DispatchProxy.Create needs a type it can derive from.
internal class ReflectionMeasuredGraphStore : DispatchProxy
#pragma warning restore CA1852
{
    private IGraphStore? _inner;
    private StoreMetrics? _metrics;

    public static IGraphStore Wrap(IGraphStore inner, StoreMetrics metrics)
    {
        IGraphStore proxy = Create<IGraphStore, ReflectionMeasuredGraphStore>();
        var measured = (ReflectionMeasuredGraphStore)(object)proxy;
        measured._inner = inner;
        measured._metrics = metrics;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        if (targetMethod.Name == nameof(IAsyncDisposable.DisposeAsync))
        {
            return targetMethod.Invoke(_inner, args);
        }

        string method = targetMethod.Name;
        long started = Stopwatch.GetTimestamp();
        object? result;
        try
        {
            result = targetMethod.Invoke(_inner, args);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            _metrics!.Record(method, failed: true, Stopwatch.GetElapsedTime(started));
            ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }

        if (result is Task task)
        {
            StoreMetrics metrics = _metrics!;
            _ = task.ContinueWith(
                t => metrics.Record(method, failed: !t.IsCompletedSuccessfully, Stopwatch.GetElapsedTime(started)),
                CancellationToken.None,
                TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
        }
        else
        {
            // Streams (the change feed) are counted when opened; their lifetime is not a latency.
            _metrics!.Record(method, failed: false, elapsed: null);
        }

        return result;
    }
}
