using ClusterGraph.Graph.Model;

namespace ClusterGraph.Graph.Tests.Model;

/// <summary>A small valid graph, written out by hand, that validator tests break one rule at a time.</summary>
internal static class TinyGraph
{
    public const string SourceId = "source:article";

    public static Source Source { get; } = new(SourceId, "An article", Lang.Ko);

    public static IReadOnlyList<Evidence> Cite { get; } = [new Evidence(SourceId, "a passage")];

    public static Entity Incheon { get; } = new("region:incheon", EntityKind.Region, new LocalizedText("인천", "Incheon"))
    {
        Attributes = new RegionAttributes(RegionLevel.MetropolitanCity, "28"),
        Location = new GeoPoint(37.46, 126.71, LocationPrecision.Region),
        Evidence = Cite,
    };

    public static Entity Amkor { get; } = new("company:amkor-technology-korea", EntityKind.Company, new LocalizedText("앰코코리아", "Amkor Technology Korea"))
    {
        Aliases = ["Amkor"],
        Attributes = new CompanyAttributes(CompanySize.Large, "https://amkor.example/"),
        Evidence = Cite,
    };

    public static Entity Semiconductor { get; } = new("industry:semiconductor", EntityKind.Industry, new LocalizedText("반도체", "Semiconductor"))
    {
        Evidence = Cite,
    };

    public static Entity Packaging { get; } = new("stage:semiconductor-packaging-test", EntityKind.ValueChainStage, new LocalizedText("패키징", "Packaging"))
    {
        Attributes = new StageAttributes(4, "industry:semiconductor"),
        Evidence = Cite,
    };

    public static Relation AmkorInIncheon { get; } = Relate(RelationType.LocatedIn, Amkor.Id, Incheon.Id);

    public static Relation PackagingOfSemiconductor { get; } = Relate(RelationType.StageOf, Packaging.Id, Semiconductor.Id);

    public static Relation Relate(RelationType type, string from, string to) =>
        new(GraphIds.ForRelation(type, from, to), type, from, to) { Evidence = Cite };

    public static KnowledgeGraph With(Entity[]? entities = null, Relation[]? relations = null, Source[]? sources = null) =>
        new(sources ?? [Source], entities ?? [Incheon, Amkor, Semiconductor, Packaging], relations ?? [AmkorInIncheon, PackagingOfSemiconductor]);
}
