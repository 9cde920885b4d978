using System.Collections.Concurrent;
using System.Diagnostics;
using System.Linq.Expressions;
using System.Reflection;
using ClusterGraph.Graph.Store;

namespace ClusterGraph.Api.Operations;

/// <summary>
/// An <see cref="IGraphStore"/> decorator that counts every call and times every Task-returning one into
/// <see cref="StoreMetrics"/>. A DispatchProxy keeps it in step with the port's members as they change; each
/// member is called through a delegate compiled once (not <see cref="MethodInfo.Invoke(object, object[])"/>),
/// and its counters are looked up once per proxy. A task that is already complete is recorded at once;
/// otherwise a side continuation times it. The returned task is always the inner one, unchanged.
/// </summary>
#pragma warning disable CA1852 // DispatchProxy.Create needs a type it can derive from.
internal class MeasuredGraphStore : DispatchProxy
#pragma warning restore CA1852
{
    private static readonly ConcurrentDictionary<MethodInfo, Func<IGraphStore, object?[]?, object?>> s_invokers = new();

    private readonly ConcurrentDictionary<MethodInfo, StoreMethodMetrics> _methodMetrics = new();
    private IGraphStore? _inner;
    private StoreMetrics? _metrics;

    /// <summary>The store being measured.</summary>
    public IGraphStore Inner => _inner!;

    public static IGraphStore Wrap(IGraphStore inner, StoreMetrics metrics)
    {
        IGraphStore proxy = Create<IGraphStore, MeasuredGraphStore>();
        var measured = (MeasuredGraphStore)(object)proxy;
        measured._inner = inner;
        measured._metrics = metrics;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        Func<IGraphStore, object?[]?, object?> invoke = s_invokers.GetOrAdd(targetMethod, Compile);
        if (targetMethod.DeclaringType == typeof(IAsyncDisposable))
        {
            return invoke(_inner!, args);
        }

        StoreMethodMetrics metrics = _methodMetrics.GetOrAdd(targetMethod, static (method, all) => all.For(method.Name), _metrics!);
        long started = Stopwatch.GetTimestamp();
        object? result;
        try
        {
            result = invoke(_inner!, args);
        }
        catch
        {
            metrics.Record(failed: true, Stopwatch.GetElapsedTime(started));
            throw;
        }

        if (result is Task task)
        {
            if (task.IsCompleted)
            {
                metrics.Record(failed: !task.IsCompletedSuccessfully, Stopwatch.GetElapsedTime(started));
            }
            else
            {
                _ = task.ContinueWith(
                    static (t, state) => ((Timing)state!).Metrics.Record(failed: !t.IsCompletedSuccessfully, Stopwatch.GetElapsedTime(((Timing)state).Started)),
                    new Timing(metrics, started),
                    CancellationToken.None,
                    TaskContinuationOptions.ExecuteSynchronously,
                    TaskScheduler.Default);
            }
        }
        else
        {
            // Streams (the change feed) are counted when opened; their lifetime is not a latency.
            metrics.Record(failed: false, elapsed: null);
        }

        return result;
    }

    /// <summary>(store, args) => (object)store.Method((T0)args[0], …), compiled once per member.</summary>
    private static Func<IGraphStore, object?[]?, object?> Compile(MethodInfo method)
    {
        ParameterExpression store = Expression.Parameter(typeof(IGraphStore), "store");
        ParameterExpression args = Expression.Parameter(typeof(object?[]), "args");
        Expression target = method.DeclaringType == typeof(IGraphStore) ? store : Expression.Convert(store, method.DeclaringType!);
        Expression[] arguments = [.. method.GetParameters().Select((p, i) =>
            (Expression)Expression.Convert(Expression.ArrayIndex(args, Expression.Constant(i)), p.ParameterType))];
        Expression call = Expression.Call(target, method, arguments);
        Expression body = method.ReturnType == typeof(void)
            ? Expression.Block(call, Expression.Constant(null, typeof(object)))
            : Expression.Convert(call, typeof(object));
        return Expression.Lambda<Func<IGraphStore, object?[]?, object?>>(body, store, args).Compile();
    }

    private sealed record Timing(StoreMethodMetrics Metrics, long Started);
}
