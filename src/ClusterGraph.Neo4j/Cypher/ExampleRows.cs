using ClusterGraph.Graph.Model;
using ClusterGraph.Neo4j.Mapping;

namespace ClusterGraph.Neo4j.Cypher;

/// <summary>Example parameter values for the catalog, built by the same mapping real calls use.</summary>
internal static class ExampleRows
{
    public const string CheckpointKey = "import:seed:3f2a9c";

    public static readonly Dictionary<string, object?>[] Sources =
    [
        GraphRows.Source(new Source("source:kyeongin-2024-semiconductor", "인천 반도체 산업 육성 전략", Lang.Ko)
        {
            Publisher = "경인일보",
            PublishedAt = new DateOnly(2024, 5, 2),
        }),
    ];

    public static readonly Dictionary<string, object?>[] Entities =
    [
        GraphRows.Entity(new Entity("company:amkor-technology-korea", EntityKind.Company, new LocalizedText("앰코테크놀로지코리아", "Amkor Technology Korea"))
        {
            Aliases = ["앰코코리아", "Amkor"],
            Location = new GeoPoint(37.38, 126.64, LocationPrecision.Site),
            Attributes = new CompanyAttributes(CompanySize.Large),
            Evidence = [new Evidence("source:kyeongin-2024-semiconductor", "앰코테크놀로지코리아")],
        }),
    ];

    public static readonly Dictionary<string, object?>[] Relations =
    [
        GraphRows.RelationImport(new Relation("relation:located-in:amkor-technology-korea:incheon", RelationType.LocatedIn, "company:amkor-technology-korea", "region:incheon")
        {
            Evidence = [new Evidence("source:kyeongin-2024-semiconductor", null)],
        }),
    ];

    public static readonly Dictionary<string, object?> None = [];
}
