using System.Reflection;
using ClusterGraph.Graph.Store;

namespace ClusterGraph.Api.Tests.Operations;

/// <summary>
/// An <see cref="IGraphStore"/> whose Task-returning reads (all but GetVersionAsync and DisposeAsync) signal
/// <see cref="Gate.Entered"/> and wait for <see cref="Gate.Release"/> before calling the real store.
/// </summary>
#pragma warning disable CA1852 // DispatchProxy.Create needs a type it can derive from.
public class GatedGraphStore : DispatchProxy
#pragma warning restore CA1852
{
    private static readonly MethodInfo s_delayed = typeof(GatedGraphStore).GetMethod(nameof(DelayedAsync), BindingFlags.NonPublic | BindingFlags.Static)!;
    private IGraphStore? _inner;
    private Gate? _gate;

    public static IGraphStore Wrap(IGraphStore inner, Gate gate)
    {
        IGraphStore proxy = Create<IGraphStore, GatedGraphStore>();
        var gated = (GatedGraphStore)(object)proxy;
        gated._inner = inner;
        gated._gate = gate;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        Type returns = targetMethod.ReturnType;
        if (targetMethod.Name is nameof(IGraphStore.GetVersionAsync) or nameof(IAsyncDisposable.DisposeAsync)
            || !returns.IsGenericType || returns.GetGenericTypeDefinition() != typeof(Task<>))
        {
            return targetMethod.Invoke(_inner, args);
        }

        Func<object?> call = () => targetMethod.Invoke(_inner, args);
        return s_delayed.MakeGenericMethod(returns.GetGenericArguments()[0]).Invoke(null, [_gate!, call]);
    }

    private static async Task<T> DelayedAsync<T>(Gate gate, Func<object?> call)
    {
        gate.Entered.TrySetResult();
        await gate.Release.Task.ConfigureAwait(false);
        return await ((Task<T>)call()!).ConfigureAwait(false);
    }

    /// <summary>Entered is set when a read reaches the store; completing Release lets reads through.</summary>
    public sealed class Gate
    {
        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
