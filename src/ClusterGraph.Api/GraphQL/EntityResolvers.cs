using ClusterGraph.Graph.Model;
using ClusterGraph.Graph.Store;
using ClusterGraph.GraphQL.Execution;

namespace ClusterGraph.Api.GraphQL;

/// <summary>The fields every entity type shares (the Entity interface), and those of the fact types they hold.</summary>
internal static class EntityResolvers
{
    public static void Bind(Binder binder)
    {
        string[] types = ClusterGraphSchema.EntityTypes;
        binder.Fields(types, "name", static context => NameOf((Entity)context.Source!, Args.Enum(context, "lang", Lang.Ko)));
        binder.Fields(types, "description", static context => ((Entity)context.Source!).Description?.Get(Args.Enum(context, "lang", Lang.Ko)));
        binder.Fields(types, "location", static context => ((Entity)context.Source!).Location);
        binder.Fields(types, "region", static context => Loaders.ContainingRegion(context, ((Entity)context.Source!).Id));
        binder.Fields(types, "degree", static context => Loaders.Degree(context, ((Entity)context.Source!).Id));
        binder.Fields(types, "relations", static context =>
        {
            var query = new RelationQuery(Args.List<RelationType>(context, "types"), Args.Enum(context, "direction", Direction.Both), Args.Date(context, "asOf"));
            return Connection.Of(Loaders.RelationsOf(context, ((Entity)context.Source!).Id, query, Args.Page(context)));
        });
        binder.Fields(types, "neighbors", static context =>
        {
            var query = new NeighborQuery(
                Args.List<RelationType>(context, "types"),
                Args.List<EntityKind>(context, "kinds"),
                Args.Enum(context, "direction", Direction.Both),
                Args.Date(context, "asOf"));
            return Connection.Of(Loaders.NeighborsOf(context, ((Entity)context.Source!).Id, query, Args.Page(context)));
        });

        binder.Field("Indicator.name", static context => NameOf((Indicator)context.Source!, Args.Enum(context, "lang", Lang.Ko)));
        binder.Field("Indicator.about", static context => ((Indicator)context.Source!).About is { } about ? Loaders.Entity(context, about) : Task.FromResult<Entity?>(null));
        binder.Field("Evidence.source", static context => Loaders.Source(context, ((Evidence)context.Source!).SourceId));

        binder.Field("Relation.from", static context => Loaders.Entity(context, ((Relation)context.Source!).FromId));
        binder.Field("Relation.to", static context => Loaders.Entity(context, ((Relation)context.Source!).ToId));

        binder.Field("Source.relations", static context =>
            Connection.Of(Loaders.RelationsCiting(context, ((Source)context.Source!).Id, Args.Page(context))));
        binder.Field("Source.mentions", static context =>
            Connection.Of(Loaders.EntitiesMentioning(context, ((Source)context.Source!).Id, Args.Page(context))));
    }

    /// <summary>The name in the asked language, falling back to the other; the ID when neither exists (name is non-null).</summary>
    public static string NameOf(Entity entity, Lang lang) => entity.Names.Get(lang) ?? entity.Id;

    private static string NameOf(Indicator indicator, Lang lang) => indicator.Name.Get(lang) ?? indicator.Key;

    /// <summary>Neighbors of one entity along one relation type and direction, as a list (for small, unpaged fields).</summary>
    public static async Task<IReadOnlyList<Entity>> Linked(FieldContext context, RelationType type, Direction direction, IReadOnlyList<EntityKind>? kinds = null)
    {
        Page<Entity> page = await Loaders.NeighborsOf(
            context, ((Entity)context.Source!).Id, new NeighborQuery([type], kinds, direction), new PageRequest(First: 1000), "linked:").ConfigureAwait(false);
        return [.. page.Nodes];
    }

    /// <summary>A connection of one entity's neighbors along one relation type and direction.</summary>
    public static Task<object?> LinkedPage(FieldContext context, RelationType type, Direction direction, IReadOnlyList<EntityKind>? kinds = null, int? defaultFirst = null) =>
        Connection.Of(Loaders.NeighborsOf(context, ((Entity)context.Source!).Id, new NeighborQuery([type], kinds, direction), Args.Page(context, defaultFirst)));
}
