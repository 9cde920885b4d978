using ClusterGraph.Graph.Model;
using ClusterGraph.Graph.Store;
using ClusterGraph.GraphQL.Execution;

namespace ClusterGraph.Api.GraphQL;

/// <summary>
/// The request's DataLoaders over the store port: every per-parent field of a list (N entities'
/// regions, degrees, neighbors …) becomes one batched store call per field and argument set.
/// </summary>
internal static class Loaders
{
    public static IGraphStore Store(FieldContext context) =>
        context.Services?.GetService(typeof(IGraphStore)) as IGraphStore
        ?? throw new InvalidOperationException("No IGraphStore is registered.");

    public static Task<Entity?> Entity(FieldContext context, string id) =>
        context.DataLoader<string, Entity?>("entity", Batch(context, static (store, ids, ct) => store.GetEntitiesAsync(ids, ct))).LoadAsync(id);

    public static Task<IReadOnlyList<Entity?>> Entities(FieldContext context, IEnumerable<string> ids) =>
        context.DataLoader<string, Entity?>("entity", Batch(context, static (store, ids, ct) => store.GetEntitiesAsync(ids, ct))).LoadManyAsync(ids);

    public static Task<Relation?> Relation(FieldContext context, string id) =>
        context.DataLoader<string, Relation?>("relation", Batch(context, static (store, ids, ct) => store.GetRelationsAsync(ids, ct))).LoadAsync(id);

    public static Task<Source?> Source(FieldContext context, string id) =>
        context.DataLoader<string, Source?>("source", Batch(context, static (store, ids, ct) => store.GetSourcesAsync(ids, ct))).LoadAsync(id);

    public static async Task<int> Degree(FieldContext context, string id) =>
        await context.DataLoader<string, int>("degree", Batch(context, static (store, ids, ct) => store.GetDegreesAsync(ids, ct))).LoadAsync(id).ConfigureAwait(false);

    public static Task<Entity?> ContainingRegion(FieldContext context, string id) =>
        context.DataLoader<string, Entity?>("region", Batch(context, static (store, ids, ct) => store.GetContainingRegionsAsync(ids, ct))).LoadAsync(id);

    public static Task<BoundingBox?> Bounds(FieldContext context, string id) =>
        context.DataLoader<string, BoundingBox?>("bounds", Batch(context, static (store, ids, ct) => store.GetBoundsAsync(ids, ct))).LoadAsync(id);

    public static async Task<IReadOnlyList<Entity>> Stages(FieldContext context, string industryId) =>
        await context.DataLoader<string, IReadOnlyList<Entity>>("stages", Batch(context, static (store, ids, ct) => store.GetStagesAsync(ids, ct))).LoadAsync(industryId).ConfigureAwait(false) ?? [];

    public static Task<Entity?> IndustryOfStage(FieldContext context, string stageId) =>
        context.DataLoader<string, Entity?>("industryOfStage", Batch(context, static (store, ids, ct) => store.GetIndustriesOfStagesAsync(ids, ct))).LoadAsync(stageId);

    /// <summary>A page of the entity's relations; parents asking with the same arguments share one call.</summary>
    public static async Task<Page<Relation>> RelationsOf(FieldContext context, string entityId, RelationQuery query, PageRequest page) =>
        await context.DataLoader<string, Page<Relation>>("relationsOf:" + Args.Key(context) + TotalSuffix(page), Batch(context, (store, ids, ct) => store.GetRelationsOfAsync(ids, query, page, ct)))
            .LoadAsync(entityId).ConfigureAwait(false) ?? Page.Empty<Relation>(page.IncludeTotalCount);

    /// <summary>A page of the entity's neighbors; parents asking with the same arguments share one call.</summary>
    public static async Task<Page<Entity>> NeighborsOf(FieldContext context, string entityId, NeighborQuery query, PageRequest page, string? loaderSuffix = null) =>
        await context.DataLoader<string, Page<Entity>>("neighborsOf:" + (loaderSuffix ?? string.Empty) + Args.Key(context) + TotalSuffix(page), Batch(context, (store, ids, ct) => store.GetNeighborsAsync(ids, query, page, ct)))
            .LoadAsync(entityId).ConfigureAwait(false) ?? Page.Empty<Entity>(page.IncludeTotalCount);

    public static async Task<Page<Relation>> RelationsCiting(FieldContext context, string sourceId, PageRequest page) =>
        await context.DataLoader<string, Page<Relation>>("citing:" + Args.Key(context) + TotalSuffix(page), Batch(context, (store, ids, ct) => store.GetRelationsCitingAsync(ids, page, ct)))
            .LoadAsync(sourceId).ConfigureAwait(false) ?? Page.Empty<Relation>(page.IncludeTotalCount);

    public static async Task<Page<Entity>> EntitiesMentioning(FieldContext context, string sourceId, PageRequest page) =>
        await context.DataLoader<string, Page<Entity>>("mentioning:" + Args.Key(context) + TotalSuffix(page), Batch(context, (store, ids, ct) => store.GetEntitiesMentioningAsync(ids, page, ct)))
            .LoadAsync(sourceId).ConfigureAwait(false) ?? Page.Empty<Entity>(page.IncludeTotalCount);

    /// <summary>
    /// A page of the entities that the filter named by <paramref name="key"/> keeps (a region's complexes,
    /// a stage's actors …); parents asking with the same arguments share one batched list call.
    /// </summary>
    public static async Task<Page<Entity>> Listed(FieldContext context, string loader, string key, Func<string, EntityFilter> filterOf, PageRequest page) =>
        await context.DataLoader<string, Page<Entity>>(loader + ":" + Args.Key(context) + TotalSuffix(page), Batch(context, (store, keys, ct) => store.ListEntitiesOfEachAsync([.. keys.Select(filterOf)], [], page, ct)))
            .LoadAsync(key).ConfigureAwait(false) ?? Page.Empty<Entity>(page.IncludeTotalCount);

    // Whether totalCount is selected is not an argument, but it changes the store call: keep such calls apart.
    private static string TotalSuffix(PageRequest page) => page.IncludeTotalCount ? "|totalCount" : string.Empty;

    /// <summary>Adapts a store call answering one item per ID, in order, to a DataLoader batch.</summary>
    private static BatchLoader<string, T> Batch<T>(FieldContext context, Func<IGraphStore, IReadOnlyList<string>, CancellationToken, Task<IReadOnlyList<T>>> load)
    {
        IGraphStore store = Store(context);
        return async (keys, cancellationToken) =>
        {
            IReadOnlyList<T> values = await load(store, keys, cancellationToken).ConfigureAwait(false);
            var byKey = new Dictionary<string, T>(keys.Count, StringComparer.Ordinal);
            for (int i = 0; i < keys.Count && i < values.Count; i++)
            {
                if (values[i] is { } value)
                {
                    byKey[keys[i]] = value;
                }
            }

            return byKey;
        };
    }

}
