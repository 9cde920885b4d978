using ClusterGraph.Graph.Model;

namespace ClusterGraph.Graph.Tests.Store;

/// <summary>
/// A small graph written out by hand, so that the contract tests can state their expected answers
/// (paths, location quotients, gaps, suggestions) worked out on paper in their comments.
/// <code>
/// region:korea (COUNTRY)
/// ├─ region:alpha (METROPOLITAN_CITY)
/// │   ├─ complex:alpha-park ── company:a1 (pack), company:a2 (pack)
/// │   ├─ company:a3 (fab)       institute:lab (pack)     initiative:pact
/// └─ region:beta (PROVINCE)
///     ├─ company:b3 (no chips activity)
///     └─ region:beta-city (CITY) ── company:b1 (fab), company:b2 (design)
/// industry:chips ← STAGE_OF ── stage:chips-design(1) → FEEDS → stage:chips-fab(2) → FEEDS → stage:chips-pack(3)
/// institute:lab SUPPORTS a1, a3        a3 SUPPLIES a1
/// a1 PARTNERS_WITH b2                  b2 PARTNERS_WITH b1
/// a1, b1 PARTICIPATE_IN initiative:pact (LOCATED_IN alpha, TARGETS industry:chips, since 2020-01-01)
/// b1 LOCATED_IN beta-city since 2021-01-01 (before that date b1 is nowhere)
/// </code>
/// </summary>
internal static class HandGraph
{
    public const string SourceId = "source:hand";

    public const string Korea = "region:korea";
    public const string Alpha = "region:alpha";
    public const string Beta = "region:beta";
    public const string BetaCity = "region:beta-city";
    public const string AlphaPark = "complex:alpha-park";
    public const string Chips = "industry:chips";
    public const string Design = "stage:chips-design";
    public const string Fab = "stage:chips-fab";
    public const string Pack = "stage:chips-pack";
    public const string A1 = "company:a1";
    public const string A2 = "company:a2";
    public const string A3 = "company:a3";
    public const string B1 = "company:b1";
    public const string B2 = "company:b2";
    public const string B3 = "company:b3";
    public const string Lab = "institute:lab";
    public const string Pact = "initiative:pact";

    public static IReadOnlyList<Evidence> Cite { get; } = [new Evidence(SourceId, "stated by hand")];

    public static Source Source { get; } = new(SourceId, "Hand-made test graph", Lang.En);

    public static KnowledgeGraph Build()
    {
        Entity[] entities =
        [
            Region(Korea, "대한민국", "Korea", RegionLevel.Country, 36.5, 127.8),
            Region(Alpha, "알파시", "Alpha City", RegionLevel.MetropolitanCity, 37.0, 126.0),
            Region(Beta, "베타도", "Beta Province", RegionLevel.Province, 36.0, 128.5),
            Region(BetaCity, "베타시", "Beta City", RegionLevel.City, 36.1, 128.4),
            new(AlphaPark, EntityKind.IndustrialComplex, new LocalizedText("알파산단", "Alpha Park"))
            {
                Attributes = new ComplexAttributes(ComplexKind.National),
                Location = new GeoPoint(37.1, 126.1, LocationPrecision.Site),
                Evidence = Cite,
            },
            new(Chips, EntityKind.Industry, new LocalizedText("칩", "Chips")) { Evidence = Cite },
            Stage(Design, "칩 설계", "Chip design", 1),
            Stage(Fab, "칩 제조", "Chip fabrication", 2),
            Stage(Pack, "칩 패키징", "Chip packaging", 3),
            Company(A1, "에이원", "A One", 37.1, 126.1),
            Company(A2, "에이투", "A Two", 37.1, 126.1),
            Company(A3, "에이쓰리", "A Three", 37.0, 126.0),
            Company(B1, "비원", "B One", 36.1, 128.4),
            Company(B2, "비투", "B Two", 36.1, 128.4),
            Company(B3, "비쓰리", "B Three", null, null),
            new(Lab, EntityKind.Institute, new LocalizedText("연구소", "Lab"))
            {
                Aliases = ["LAB"],
                Attributes = new InstituteAttributes(InstituteKind.ResearchInstitute),
                Location = new GeoPoint(37.0, 126.0, LocationPrecision.City),
                Evidence = Cite,
            },
            new(Pact, EntityKind.Initiative, new LocalizedText("협약", "Pact"))
            {
                Attributes = new InitiativeAttributes(InitiativeKind.Mou, new DateOnly(2020, 1, 1)),
                Evidence = Cite,
            },
        ];

        Relation[] relations =
        [
            Relate(RelationType.LocatedIn, Alpha, Korea),
            Relate(RelationType.LocatedIn, Beta, Korea),
            Relate(RelationType.LocatedIn, BetaCity, Beta),
            Relate(RelationType.LocatedIn, AlphaPark, Alpha),
            Relate(RelationType.LocatedIn, A1, AlphaPark),
            Relate(RelationType.LocatedIn, A2, AlphaPark),
            Relate(RelationType.LocatedIn, A3, Alpha),
            Relate(RelationType.LocatedIn, B1, BetaCity) with { Since = new DateOnly(2021, 1, 1) },
            Relate(RelationType.LocatedIn, B2, BetaCity),
            Relate(RelationType.LocatedIn, B3, Beta),
            Relate(RelationType.LocatedIn, Lab, Alpha),
            Relate(RelationType.LocatedIn, Pact, Alpha),
            Relate(RelationType.StageOf, Design, Chips),
            Relate(RelationType.StageOf, Fab, Chips),
            Relate(RelationType.StageOf, Pack, Chips),
            Relate(RelationType.Feeds, Design, Fab),
            Relate(RelationType.Feeds, Fab, Pack),
            Relate(RelationType.ActiveIn, A1, Pack),
            Relate(RelationType.ActiveIn, A2, Pack),
            Relate(RelationType.ActiveIn, A3, Fab),
            Relate(RelationType.ActiveIn, B1, Fab),
            Relate(RelationType.ActiveIn, B2, Design),
            Relate(RelationType.ActiveIn, Lab, Pack),
            Relate(RelationType.Supports, Lab, A1),
            Relate(RelationType.Supports, Lab, A3),
            Relate(RelationType.Supplies, A3, A1),
            Relate(RelationType.PartnersWith, A1, B2),
            Relate(RelationType.PartnersWith, B2, B1),
            Relate(RelationType.ParticipatesIn, A1, Pact) with { Since = new DateOnly(2020, 1, 1) },
            Relate(RelationType.ParticipatesIn, B1, Pact) with { Since = new DateOnly(2020, 1, 1) },
            Relate(RelationType.Targets, Pact, Chips),
        ];

        return new KnowledgeGraph([Source], entities, relations);
    }

    public static Relation Relate(RelationType type, string from, string to) =>
        new(GraphIds.ForRelation(type, from, to), type, from, to) { Evidence = Cite };

    public static Entity Company(string id, string ko, string en, double? lat, double? lon) =>
        new(id, EntityKind.Company, new LocalizedText(ko, en))
        {
            Attributes = new CompanyAttributes(CompanySize.Sme),
            Location = lat is double la && lon is double lo ? new GeoPoint(la, lo, LocationPrecision.Site) : null,
            Evidence = Cite,
        };

    /// <summary>An initiative with every optional field set, and text that needs escaping.</summary>
    public static Entity RichInitiative() =>
        new("initiative:rich", EntityKind.Initiative, new LocalizedText("풍부한 \"따옴표\"", null))
        {
            Aliases = ["R", "리치"],
            Description = new LocalizedText(null, "Line\nbreak and \\ backslash"),
            Location = new GeoPoint(-33.8688, 151.2093, LocationPrecision.City),
            Attributes = new InitiativeAttributes(InitiativeKind.Plan, new DateOnly(2023, 2, 1), new DateOnly(2030, 12, 31), "2023~2030"),
            Indicators =
            [
                new Indicator("jobs-target", new LocalizedText("일자리", "Jobs"), 30000.5)
                {
                    Unit = "jobs", Qualifier = "약", About = Chips, Date = new DateOnly(2030, 1, 1), Period = "by 2030", Target = true,
                    Evidence = [new Evidence(SourceId, "3만 개")],
                },
            ],
            Evidence = [new Evidence(SourceId, null)],
        };

    /// <summary>A source with every optional field set.</summary>
    public static Source RichSource() =>
        new("source:rich_one", "Title", Lang.En)
        {
            Publisher = "P", Url = "https://example.com/a?b=c", PublishedAt = new DateOnly(2023, 2, 10),
            RetrievedAt = new DateTimeOffset(2026, 11, 21, 9, 30, 0, TimeSpan.FromHours(9)), Note = "n",
        };

    private static Entity Region(string id, string ko, string en, RegionLevel level, double lat, double lon) =>
        new(id, EntityKind.Region, new LocalizedText(ko, en))
        {
            Attributes = new RegionAttributes(level),
            Location = new GeoPoint(lat, lon, LocationPrecision.Region),
            Evidence = Cite,
        };

    private static Entity Stage(string id, string ko, string en, int order) =>
        new(id, EntityKind.ValueChainStage, new LocalizedText(ko, en))
        {
            Attributes = new StageAttributes(order, Chips),
            Evidence = Cite,
        };
}
