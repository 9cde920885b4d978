using ClusterGraph.Graph.Store;
using ClusterGraph.Redis.ResponseCaching;

namespace ClusterGraph.Api.Hosting;

/// <summary>The response cache's data version is the store's: every committed write bumps it.</summary>
internal sealed class StoreDataVersion(IGraphStore store) : IDataVersionSource
{
    public ValueTask<string> GetVersionAsync(CancellationToken cancellationToken) => new(store.GetVersionAsync(cancellationToken));
}
