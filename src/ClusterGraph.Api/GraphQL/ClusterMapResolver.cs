using System.Text.Json.Nodes;
using ClusterGraph.Graph.Model;
using ClusterGraph.Graph.Store;
using ClusterGraph.GraphQL.Execution;

namespace ClusterGraph.Api.GraphQL;

/// <summary>
/// <c>clusterMap</c>: an RFC 7946 FeatureCollection of located entities (Point features, [lon, lat])
/// and, on request, the relations among them (LineString features). Built with a fixed number of
/// store calls whatever the number of points: one page walk, one degree batch, one region batch,
/// one relations-among call.
/// </summary>
internal static class ClusterMapResolver
{
    /// <summary>The contract's bound on points.</summary>
    public const int MaxPoints = 10_000;

    public static void Bind(Binder binder) => binder.Field("Query.clusterMap", static context => BuildAsync(context));

    private static async Task<object?> BuildAsync(FieldContext context)
    {
        IGraphStore store = Loaders.Store(context);
        int limit = Args.Bounded(context, "limit", 2000, 1, MaxPoints);
        var filterInput = context.Arguments.GetValueOrDefault("filter") as IReadOnlyDictionary<string, object?>;
        EntityFilter filter = Args.Filter(filterInput);
        bool includeRelations = filterInput?.GetValueOrDefault("includeRelations") is true;

        (List<Entity> located, bool truncated) = await CollectLocatedAsync(store, filter, limit, context.CancellationToken).ConfigureAwait(false);
        string[] ids = [.. located.Select(e => e.Id)];
        IReadOnlyList<int> degrees = await store.GetDegreesAsync(ids, context.CancellationToken).ConfigureAwait(false);
        IReadOnlyList<Entity?> regions = await store.GetContainingRegionsAsync(ids, context.CancellationToken).ConfigureAwait(false);

        var features = new JsonArray();
        for (int i = 0; i < located.Count; i++)
        {
            features.Add(PointFeature(located[i], degrees[i], regions[i]));
        }

        if (includeRelations && ids.Length > 0)
        {
            var byId = located.ToDictionary(e => e.Id, StringComparer.Ordinal);
            foreach (Relation relation in await store.GetRelationsAmongAsync(ids, filter.AsOf, context.CancellationToken).ConfigureAwait(false))
            {
                features.Add(LineFeature(relation, byId[relation.FromId].Location!.Value, byId[relation.ToId].Location!.Value));
            }
        }

        return new JsonObject
        {
            ["type"] = "FeatureCollection",
            ["features"] = features,
            ["truncated"] = truncated,
        };
    }

    /// <summary>Walks the filtered list until <paramref name="limit"/> located entities are held; truncated when more located ones remain.</summary>
    private static async Task<(List<Entity> Located, bool Truncated)> CollectLocatedAsync(IGraphStore store, EntityFilter filter, int limit, CancellationToken cancellationToken)
    {
        var located = new List<Entity>(Math.Min(limit, 1024));
        string? after = null;
        while (true)
        {
            Page<Entity> page = await store.ListEntitiesAsync(filter, [], new PageRequest(First: 1000, After: after), cancellationToken).ConfigureAwait(false);
            foreach (PageEdge<Entity> edge in page.Edges)
            {
                if (edge.Node.Location is null)
                {
                    continue;
                }

                if (located.Count == limit)
                {
                    return (located, true);
                }

                located.Add(edge.Node);
            }

            if (!page.HasNextPage || page.EndCursor is null)
            {
                return (located, false);
            }

            after = page.EndCursor;
        }
    }

    private static JsonObject PointFeature(Entity entity, int degree, Entity? region)
    {
        GeoPoint point = entity.Location!.Value;
        return new JsonObject
        {
            ["type"] = "Feature",
            ["id"] = entity.Id,
            ["geometry"] = new JsonObject
            {
                ["type"] = "Point",
                ["coordinates"] = new JsonArray(point.Lon, point.Lat),
            },
            ["properties"] = new JsonObject
            {
                ["id"] = entity.Id,
                ["kind"] = ContractNames.ToContractName(entity.Kind),
                ["names"] = new JsonObject { ["ko"] = entity.Names.Ko, ["en"] = entity.Names.En },
                ["degree"] = degree,
                ["region"] = region?.Id,
                ["precision"] = ContractNames.ToContractName(point.Precision),
            },
        };
    }

    private static JsonObject LineFeature(Relation relation, GeoPoint from, GeoPoint to) => new()
    {
        ["type"] = "Feature",
        ["id"] = relation.Id,
        ["geometry"] = new JsonObject
        {
            ["type"] = "LineString",
            ["coordinates"] = new JsonArray(new JsonArray(from.Lon, from.Lat), new JsonArray(to.Lon, to.Lat)),
        },
        ["properties"] = new JsonObject
        {
            ["id"] = relation.Id,
            ["type"] = ContractNames.ToContractName(relation.Type),
            ["from"] = relation.FromId,
            ["to"] = relation.ToId,
            ["role"] = relation.Role,
            ["confidence"] = relation.Confidence,
        },
    };
}
