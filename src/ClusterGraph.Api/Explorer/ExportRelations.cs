using ClusterGraph.Graph.Model;
using ClusterGraph.Graph.Store;

namespace ClusterGraph.Api.Explorer;

/// <summary>The relations an export carries: those among the filtered entities, valid on the filter's asOf when given (as <c>clusterMap</c>'s lines).</summary>
internal static class ExportRelations
{
    public static async Task<IReadOnlyList<Relation>> AmongAsync(IGraphStore store, EntityFilter filter, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        await foreach (IReadOnlyList<Entity> page in ExportPages.WalkAsync(store, filter, cancellationToken).ConfigureAwait(false))
        {
            ids.AddRange(page.Select(e => e.Id));
        }

        return ids.Count == 0 ? [] : await store.GetRelationsAmongAsync(ids, filter.AsOf, cancellationToken).ConfigureAwait(false);
    }
}
