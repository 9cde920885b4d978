using System.Runtime.CompilerServices;
using ClusterGraph.Graph.Model;
using ClusterGraph.Graph.Store;

namespace ClusterGraph.Api.Explorer;

/// <summary>Walks every entity matching a filter in ID order, one store page at a time, so exports stream.</summary>
internal static class ExportPages
{
    public const int PageSize = 1000;

    /// <summary>The pages of matching entities; the walk ends when the store says there is no next page.</summary>
    public static async IAsyncEnumerable<IReadOnlyList<Entity>> WalkAsync(IGraphStore store, EntityFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string? after = null;
        while (true)
        {
            Page<Entity> page = await store.ListEntitiesAsync(filter, [], new PageRequest(First: PageSize, After: after), cancellationToken).ConfigureAwait(false);
            yield return [.. page.Edges.Select(e => e.Node)];
            if (!page.HasNextPage || page.EndCursor is null)
            {
                yield break;
            }

            after = page.EndCursor;
        }
    }
}
