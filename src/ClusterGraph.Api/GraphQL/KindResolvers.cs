using ClusterGraph.Graph.Model;
using ClusterGraph.Graph.Store;
using ClusterGraph.GraphQL.Execution;

namespace ClusterGraph.Api.GraphQL;

/// <summary>The fields particular to each entity kind.</summary>
internal static class KindResolvers
{
    private static readonly EntityKind[] s_organizationKinds = [EntityKind.Company, EntityKind.Institute];

    public static void Bind(Binder binder)
    {
        // Region
        binder.Field("Region.level", static context => Attributes<RegionAttributes>(context)?.Level ?? RegionLevel.Zone);
        binder.Field("Region.code", static context => Attributes<RegionAttributes>(context)?.Code);
        binder.Field("Region.children", static context => EntityResolvers.Linked(context, RelationType.LocatedIn, Direction.In, [EntityKind.Region]));
        binder.Field("Region.bounds", static context => Loaders.Bounds(context, Id(context)));
        binder.Field("Region.complexes", static context => Within(context, "complexesWithin", [EntityKind.IndustrialComplex]));
        binder.Field("Region.organizations", static context => Within(context, "organizationsWithin", Organizations(Args.List<EntityKind>(context, "kinds"))));

        // IndustrialComplex
        binder.Field("IndustrialComplex.complexKind", static context => Attributes<ComplexAttributes>(context)?.ComplexKind ?? ComplexKind.General);
        binder.Field("IndustrialComplex.specializations", static context => EntityResolvers.Linked(context, RelationType.SpecializesIn, Direction.Out));
        binder.Field("IndustrialComplex.tenants", static context => Within(context, "tenantsWithin", s_organizationKinds));

        // Organization: Company and Institute
        string[] organizations = ["Company", "Institute"];
        binder.Fields(organizations, "website", static context =>
            ((Entity)context.Source!).Attributes switch
            {
                CompanyAttributes company => company.Website,
                InstituteAttributes institute => institute.Website,
                _ => null,
            });
        binder.Fields(organizations, "activeIn", static context => EntityResolvers.Linked(context, RelationType.ActiveIn, Direction.Out));
        binder.Fields(organizations, "initiatives", static context =>
            EntityResolvers.LinkedPage(context, RelationType.ParticipatesIn, Direction.Out, [EntityKind.Initiative]));

        binder.Field("Company.size", static context => Attributes<CompanyAttributes>(context)?.Size ?? CompanySize.Unknown);
        binder.Field("Company.parent", static async context =>
            (await EntityResolvers.Linked(context, RelationType.SubsidiaryOf, Direction.Out, [EntityKind.Company]).ConfigureAwait(false)) is [var parent, ..] ? parent : null);
        binder.Field("Company.subsidiaries", static context => EntityResolvers.LinkedPage(context, RelationType.SubsidiaryOf, Direction.In, [EntityKind.Company]));
        binder.Field("Company.suppliers", static context => EntityResolvers.LinkedPage(context, RelationType.Supplies, Direction.In, [EntityKind.Company]));
        binder.Field("Company.customers", static context => EntityResolvers.LinkedPage(context, RelationType.Supplies, Direction.Out, [EntityKind.Company]));

        binder.Field("Institute.instituteKind", static context => Attributes<InstituteAttributes>(context)?.InstituteKind ?? InstituteKind.ResearchInstitute);
        binder.Field("Institute.supports", static context => EntityResolvers.LinkedPage(context, RelationType.Supports, Direction.Out));

        // Industry and its value chain
        binder.Field("Industry.stages", static context => Loaders.Stages(context, Id(context)));
        binder.Field("ValueChainStage.industry", static context => Loaders.IndustryOfStage(context, Id(context)));
        binder.Field("ValueChainStage.order", static context => Attributes<StageAttributes>(context)?.Order ?? 0);
        binder.Field("ValueChainStage.upstream", static context => EntityResolvers.Linked(context, RelationType.Feeds, Direction.In, [EntityKind.ValueChainStage]));
        binder.Field("ValueChainStage.downstream", static context => EntityResolvers.Linked(context, RelationType.Feeds, Direction.Out, [EntityKind.ValueChainStage]));
        binder.Field("ValueChainStage.actors", static context => Actors(context, Id(context), Args.List<string>(context, "regions")));

        // Initiative
        binder.Field("Initiative.initiativeKind", static context => Attributes<InitiativeAttributes>(context)?.InitiativeKind ?? InitiativeKind.Program);
        binder.Field("Initiative.date", static context => Attributes<InitiativeAttributes>(context)?.Date);
        binder.Field("Initiative.endDate", static context => Attributes<InitiativeAttributes>(context)?.EndDate);
        binder.Field("Initiative.participants", static context => EntityResolvers.LinkedPage(context, RelationType.ParticipatesIn, Direction.In, defaultFirst: 50));
        binder.Field("Initiative.targets", static context => EntityResolvers.LinkedPage(context, RelationType.Targets, Direction.Out, defaultFirst: 50));
    }

    /// <summary>Organizations active in a stage or industry, optionally within regions, as a connection.</summary>
    public static Task<object?> Actors(FieldContext context, string activeIn, IReadOnlyList<string>? regions)
    {
        // The batch key carries the parent's stage and regions; the kinds are arguments, the same for the whole batch.
        IReadOnlyList<EntityKind> kinds = Organizations(Args.List<EntityKind>(context, "kinds"));
        string key = regions is null ? activeIn : activeIn + KeySeparator + string.Join(KeySeparator, regions);
        return Connection.Of(Loaders.Listed(context, "actors", key, k =>
        {
            string[] parts = k.Split(KeySeparator);
            return new EntityFilter { ActiveIn = [parts[0]], Within = parts.Length == 1 ? null : parts[1..], Kinds = kinds };
        }, Args.Page(context)));
    }

    /// <summary>The organization kinds asked for (companies and institutes by default; other kinds are never organizations).</summary>
    public static IReadOnlyList<EntityKind> Organizations(IReadOnlyList<EntityKind>? kinds) =>
        kinds is null ? s_organizationKinds : [.. kinds.Where(k => k is EntityKind.Company or EntityKind.Institute)];

    // Entity IDs never hold control characters, so one can separate the parts of a batch key.
    private const char KeySeparator = '\u001f';

    private static Task<object?> Within(FieldContext context, string loader, IReadOnlyList<EntityKind> kinds) =>
        Connection.Of(Loaders.Listed(context, loader, Id(context), place => new EntityFilter { Within = [place], Kinds = kinds }, Args.Page(context)));

    private static string Id(FieldContext context) => ((Entity)context.Source!).Id;

    private static T? Attributes<T>(FieldContext context)
        where T : EntityAttributes => ((Entity)context.Source!).Attributes as T;
}
