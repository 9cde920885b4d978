using ClusterGraph.Graph.Model;
using ClusterGraph.Graph.Store;
using ClusterGraph.GraphQL.Types;

namespace ClusterGraph.Api.GraphQL;

/// <summary>
/// The served schema: schema/cluster-graph.graphql (embedded at build) bound to resolvers over the
/// store port. Resolvers take the store from the request's services, so one schema serves any store.
/// </summary>
public static class ClusterGraphSchema
{
    /// <summary>The object types that implement Entity, one per kind.</summary>
    internal static readonly string[] EntityTypes = ["Region", "IndustrialComplex", "Company", "Institute", "Industry", "ValueChainStage", "Initiative"];

    /// <summary>The SDL this server serves.</summary>
    public static string Sdl { get; } = ReadSdl();

    /// <summary>Builds the executable schema.</summary>
    public static Schema Build()
    {
        var binder = new Binder(SchemaBuilder.FromSdl(Sdl));
        foreach (ScalarType scalar in Scalars.All)
        {
            binder.Builder.BindScalar(scalar);
        }

        BindEnums(binder.Builder);
        binder.Builder.BindTypeResolver("Node", static (value, _) => TypeNameOf(value));
        binder.Builder.BindTypeResolver("Entity", static (value, _) => TypeNameOf(value));
        binder.Builder.BindTypeResolver("Organization", static (value, _) => TypeNameOf(value));

        EntityResolvers.Bind(binder);
        KindResolvers.Bind(binder);
        QueryResolvers.Bind(binder);
        AnalyticsResolvers.Bind(binder);
        ClusterMapResolver.Bind(binder);
        MutationResolvers.Bind(binder);
        return binder.Builder.Build();
    }

    /// <summary>The object type of a resolved value: an entity's kind, or Relation / Source.</summary>
    internal static string? TypeNameOf(object? value) => value switch
    {
        Entity entity => TypeNameOf(entity.Kind),
        Relation => "Relation",
        Source => "Source",
        _ => null,
    };

    internal static string TypeNameOf(EntityKind kind) => kind switch
    {
        EntityKind.Region => "Region",
        EntityKind.IndustrialComplex => "IndustrialComplex",
        EntityKind.Company => "Company",
        EntityKind.Institute => "Institute",
        EntityKind.Industry => "Industry",
        EntityKind.ValueChainStage => "ValueChainStage",
        _ => "Initiative",
    };

    private static void BindEnums(SchemaBuilder builder)
    {
        BindEnum<Lang>(builder, "Lang");
        BindEnum<EntityKind>(builder, "EntityKind");
        BindEnum<RelationType>(builder, "RelationType");
        BindEnum<Direction>(builder, "Direction");
        BindEnum<RegionLevel>(builder, "RegionLevel");
        BindEnum<ComplexKind>(builder, "ComplexKind");
        BindEnum<InstituteKind>(builder, "InstituteKind");
        BindEnum<CompanySize>(builder, "CompanySize");
        BindEnum<InitiativeKind>(builder, "InitiativeKind");
        BindEnum<LocationPrecision>(builder, "LocationPrecision");
        BindEnum<EntityOrderField>(builder, "EntityOrderField");
        BindEnum<OrderDirection>(builder, "OrderDirection");
        BindEnum<SuggestionReasonKind>(builder, "SuggestionReasonKind");
        BindEnum<WriteErrorCode>(builder, "UserErrorCode");
    }

    /// <summary>Each GraphQL enum value stands for the CLR value of the same contract name.</summary>
    private static void BindEnum<T>(SchemaBuilder builder, string graphQLName)
        where T : struct, Enum
    {
        foreach (T value in Enum.GetValues<T>())
        {
            builder.BindEnumValue(graphQLName + "." + ContractNames.ToContractName(value), value);
        }
    }

    private static string ReadSdl()
    {
        using Stream stream = typeof(ClusterGraphSchema).Assembly.GetManifestResourceStream("cluster-graph.graphql")
            ?? throw new InvalidOperationException("schema/cluster-graph.graphql is not embedded in the API assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
