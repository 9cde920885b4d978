using ClusterGraph.Graph.Model;
using ClusterGraph.Graph.Store;
using ClusterGraph.GraphQL.Execution;

namespace ClusterGraph.Api.GraphQL;

/// <summary>The root fields that look things up and list them.</summary>
internal static class QueryResolvers
{
    public static void Bind(Binder binder)
    {
        binder.Field("Query.node", static context => Node(context, Args.String(context, "id")!));
        binder.Field("Query.nodes", static async context =>
        {
            IReadOnlyList<string> ids = Args.List<string>(context, "ids") ?? [];
            if (ids.Count > Args.MaxNodeIds)
            {
                throw Errors.BadInput("ids", $"Argument \"ids\" takes at most {Args.MaxNodeIds} IDs; got {ids.Count}.");
            }

            return await Task.WhenAll(ids.Select(id => Node(context, id))).ConfigureAwait(false);
        });
        binder.Field("Query.entity", static context => Loaders.Entity(context, Args.String(context, "id")!));
        binder.Field("Query.entities", static context =>
            Connection.Of(Loaders.Store(context).ListEntitiesAsync(
                Args.Filter(context.Arguments.GetValueOrDefault("filter")),
                Order(context.Arguments.GetValueOrDefault("orderBy")),
                Args.Page(context),
                context.CancellationToken)));
        binder.Field("Query.search", static context =>
            Connection.Of(Loaders.Store(context).SearchAsync(
                new SearchQuery(Args.String(context, "text") ?? string.Empty, Args.List<EntityKind>(context, "kinds")),
                Args.Page(context, defaultFirst: 10),
                context.CancellationToken)));
        binder.Field("Query.regions", static context =>
            Connection.Of(Loaders.Store(context).ListEntitiesAsync(
                new EntityFilter
                {
                    Kinds = [EntityKind.Region],
                    RegionLevels = context.Arguments.GetValueOrDefault("level") is RegionLevel level ? [level] : null,
                },
                [],
                Args.Page(context, defaultFirst: 50),
                context.CancellationToken)));
        binder.Field("Query.industries", static async context =>
        {
            Page<Entity> page = await Loaders.Store(context).ListEntitiesAsync(
                new EntityFilter { Kinds = [EntityKind.Industry] }, [], new PageRequest(First: StoreLimits.MaxPageSize), context.CancellationToken).ConfigureAwait(false);
            return page.Nodes.ToList();
        });
        binder.Field("Query.initiatives", static context =>
            Connection.Of(Loaders.Store(context).ListEntitiesAsync(
                new EntityFilter
                {
                    Kinds = [EntityKind.Initiative],
                    Within = Args.List<string>(context, "within"),
                    InitiativeFrom = Args.Date(context, "from"),
                    InitiativeTo = Args.Date(context, "to"),
                },
                [],
                Args.Page(context),
                context.CancellationToken)));
        binder.Field("Query.sources", static context =>
            Connection.Of(Loaders.Store(context).ListSourcesAsync(Args.Page(context), context.CancellationToken)));
        binder.Field("Query.graphStats", static async context =>
        {
            GraphStats stats = await Loaders.Store(context).GetStatsAsync(context.CancellationToken).ConfigureAwait(false);
            return new
            {
                stats.EntityCount,
                stats.RelationCount,
                stats.SourceCount,
                CountsByKind = stats.CountsByKind.Select(pair => new { Kind = pair.Key, Count = pair.Value }).ToList(),
                stats.Version,
            };
        });
    }

    /// <summary>Any ID: a source, a relation or an entity, by its prefix; null when it names nothing.</summary>
    private static async Task<object?> Node(FieldContext context, string id)
    {
        if (id.StartsWith(GraphIds.SourcePrefix + ":", StringComparison.Ordinal))
        {
            return await Loaders.Source(context, id).ConfigureAwait(false);
        }

        if (id.StartsWith(GraphIds.RelationPrefix + ":", StringComparison.Ordinal))
        {
            return await Loaders.Relation(context, id).ConfigureAwait(false);
        }

        return await Loaders.Entity(context, id).ConfigureAwait(false);
    }

    private static List<EntityOrder> Order(object? input)
    {
        IReadOnlyList<object>? items = Args.ListOf<object>(input);
        if (items is null)
        {
            return [];
        }

        var order = new List<EntityOrder>(items.Count);
        foreach (IReadOnlyDictionary<string, object?> item in items.OfType<IReadOnlyDictionary<string, object?>>())
        {
            order.Add(new EntityOrder(
                item.GetValueOrDefault("field") is EntityOrderField field ? field : EntityOrderField.Name,
                item.GetValueOrDefault("direction") is OrderDirection direction ? direction : OrderDirection.Asc,
                item.GetValueOrDefault("lang") is Lang lang ? lang : Lang.Ko));
        }

        return order;
    }
}
