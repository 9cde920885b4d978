using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.ExceptionServices;
using ClusterGraph.Graph.Store;

namespace ClusterGraph.Api.Tests.Infrastructure;

/// <summary>
/// An <see cref="IGraphStore"/> decorator that counts every call by method name and forwards it, so
/// tests can prove a nested query makes a fixed number of store calls (no N+1). A DispatchProxy keeps
/// it in step with the port without restating its thirty-odd members.
/// </summary>
#pragma warning disable CA1852 // DispatchProxy.Create needs a type it can derive from.
public class CountingGraphStore : DispatchProxy
#pragma warning restore CA1852
{
    private IGraphStore? _inner;
    private ConcurrentDictionary<string, int>? _counts;

    /// <summary>Wraps <paramref name="inner"/>; every call is added to <paramref name="counts"/>.</summary>
    public static IGraphStore Wrap(IGraphStore inner, ConcurrentDictionary<string, int> counts)
    {
        IGraphStore proxy = Create<IGraphStore, CountingGraphStore>();
        var counting = (CountingGraphStore)(object)proxy;
        counting._inner = inner;
        counting._counts = counts;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        _counts!.AddOrUpdate(targetMethod.Name, 1, static (_, n) => n + 1);
        try
        {
            return targetMethod.Invoke(_inner, args);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }
    }
}
