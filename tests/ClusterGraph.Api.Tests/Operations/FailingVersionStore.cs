using System.Reflection;
using ClusterGraph.Graph.Store;

namespace ClusterGraph.Api.Tests.Operations;

/// <summary>An <see cref="IGraphStore"/> whose GetVersionAsync fails with an I/O error; every other call is forwarded.</summary>
#pragma warning disable CA1852 // DispatchProxy.Create needs a type it can derive from.
public class FailingVersionStore : DispatchProxy
#pragma warning restore CA1852
{
    private IGraphStore? _inner;

    public static IGraphStore Wrap(IGraphStore inner)
    {
        IGraphStore proxy = Create<IGraphStore, FailingVersionStore>();
        ((FailingVersionStore)(object)proxy)._inner = inner;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        return targetMethod.Name == nameof(IGraphStore.GetVersionAsync)
            ? Task.FromException<string>(new IOException("database file is gone"))
            : targetMethod.Invoke(_inner, args);
    }
}
