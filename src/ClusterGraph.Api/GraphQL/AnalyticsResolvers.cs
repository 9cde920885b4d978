using ClusterGraph.Graph.Model;
using ClusterGraph.Graph.Store;
using ClusterGraph.GraphQL.Execution;

namespace ClusterGraph.Api.GraphQL;

/// <summary>Value chains, coverage, clusters, paths, ecosystems and partner suggestions.</summary>
internal static class AnalyticsResolvers
{
    public static void Bind(Binder binder)
    {
        binder.Field("Query.valueChain", static context => ValueChain(context));
        binder.Field("ValueChainStageCoverage.actors", static context =>
        {
            var coverage = (StageCoverage)context.Source!;
            return KindResolvers.Actors(context, coverage.Stage.Id, coverage.Regions);
        });

        binder.Field("Query.coverage", static context =>
            Loaders.Store(context).GetCoverageAsync(Args.String(context, "industry")!, Args.List<string>(context, "regions"), context.CancellationToken));

        binder.Field("Query.clusters", static context =>
            Loaders.Store(context).GetClustersAsync(
                new ClusterQuery(
                    Args.String(context, "industry"),
                    Args.List<string>(context, "regions"),
                    Args.Bool(context, "byStage", false),
                    Args.Bounded(context, "minStars", 0, 0, 3),
                    Args.Bounded(context, "first", 20, 1, Args.MaxPageSize)),
                context.CancellationToken));
        binder.Field("Cluster.members", static context =>
        {
            var cluster = (Cluster)context.Source!;
            return KindResolvers.Actors(context, (cluster.Stage ?? cluster.Industry).Id, [cluster.Region.Id]);
        });
        binder.Field("Cluster.initiatives", static context =>
            Connection.InMemory(((Cluster)context.Source!).Initiatives, static e => e.Id, Args.Page(context)));

        binder.Field("Query.path", static context =>
            Loaders.Store(context).FindShortestPathAsync(PathQueryOf(context), context.CancellationToken));
        binder.Field("Query.paths", static context =>
            Loaders.Store(context).FindShortestPathsAsync(PathQueryOf(context), Args.Bounded(context, "first", 5, 1, StoreLimits.MaxPaths), context.CancellationToken));

        binder.Field("Query.ecosystem", static context =>
            Loaders.Store(context).GetEcosystemAsync(
                new EcosystemQuery(
                    Args.String(context, "of")!,
                    Args.Bounded(context, "hops", 1, 1, StoreLimits.MaxEcosystemHops),
                    Args.List<RelationType>(context, "types"),
                    Args.List<EntityKind>(context, "kinds"),
                    Args.Date(context, "asOf"),
                    Args.Bounded(context, "limit", 200, 1, StoreLimits.MaxEcosystemLimit)),
                context.CancellationToken));

        binder.Field("Query.partnerSuggestions", static context =>
            Loaders.Store(context).SuggestPartnersAsync(
                Args.String(context, "for")!,
                Args.List<EntityKind>(context, "kinds"),
                Args.Bounded(context, "first", 10, 1, StoreLimits.MaxSuggestions),
                context.CancellationToken));
        binder.Field("SuggestionReason.text", static context =>
        {
            var reason = (SuggestionReason)context.Source!;
            return reason.Text.Get(Args.Enum(context, "lang", Lang.Ko)) ?? reason.Kind.ToString();
        });
    }

    private static PathQuery PathQueryOf(FieldContext context) => new(
        Args.String(context, "from")!,
        Args.String(context, "to")!,
        Args.Bounded(context, "maxHops", 4, 1, StoreLimits.MaxPathHops),
        Args.List<RelationType>(context, "types"),
        Args.List<EntityKind>(context, "excludeKinds"),
        Args.Date(context, "asOf"));

    /// <summary>An industry's stages in order, each with its actor counts in the requested regions (one count call for all stages).</summary>
    private static async Task<object?> ValueChain(FieldContext context)
    {
        IGraphStore store = Loaders.Store(context);
        Entity? industry = await Loaders.Entity(context, Args.String(context, "industry")!).ConfigureAwait(false);
        if (industry is not { Kind: EntityKind.Industry })
        {
            return null;
        }

        IReadOnlyList<string>? regions = Args.List<string>(context, "regions");
        IReadOnlyList<Entity> stages = await Loaders.Stages(context, industry.Id).ConfigureAwait(false);
        var filters = new List<EntityFilter>(stages.Count * 2);
        foreach (Entity stage in stages)
        {
            filters.Add(new EntityFilter { ActiveIn = [stage.Id], Within = regions, Kinds = [EntityKind.Company] });
            filters.Add(new EntityFilter { ActiveIn = [stage.Id], Within = regions, Kinds = [EntityKind.Institute] });
        }

        IReadOnlyList<int> counts = await store.CountEntitiesAsync(filters, context.CancellationToken).ConfigureAwait(false);
        var coverage = new List<StageCoverage>(stages.Count);
        for (int i = 0; i < stages.Count; i++)
        {
            coverage.Add(new StageCoverage(stages[i], regions, counts[2 * i], counts[(2 * i) + 1]));
        }

        return new ValueChainResult(industry, coverage);
    }

    private sealed record ValueChainResult(Entity Industry, IReadOnlyList<StageCoverage> Stages);

    private sealed record StageCoverage(Entity Stage, IReadOnlyList<string>? Regions, int CompanyCount, int InstituteCount);
}
