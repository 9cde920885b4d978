using ClusterGraph.Graph.Model;
using ClusterGraph.Graph.Seed;

namespace ClusterGraph.Graph.Tests.Seed;

public sealed class SeedLoaderTests
{
    [Fact]
    public void A_valid_seed_loads_everything()
    {
        using TempSeed seed = TempSeed.Create();
        SeedLoadResult result = SeedLoader.Load(seed.Path);

        Assert.True(result.Succeeded, result.Describe());
        Assert.Empty(result.Errors);
        Assert.Equal(["source:article"], result.Graph.Sources.Select(s => s.Id));
        // Files load in ordinal name order: entities/others.jsonl before entities/regions.jsonl.
        Assert.Equal(["company:amkor-technology-korea", "industry:semiconductor", "region:incheon"], result.Graph.Entities.Select(e => e.Id));

        // The relation without an id gets the one the ID rule derives.
        Relation located = result.Graph.FindRelation("relation:located-in:amkor-technology-korea:incheon")!;
        Assert.Equal((RelationType.LocatedIn, 1.0), (located.Type, located.Confidence));
        Relation active = result.Graph.FindRelation("relation:active-in:amkor-technology-korea:semiconductor")!;
        Assert.Equal((0.9, new DateOnly(2020, 1, 1)), (active.Confidence, active.Since));

        Entity incheon = result.Graph.FindEntity("region:incheon")!;
        Assert.Equal(new RegionAttributes(RegionLevel.MetropolitanCity), incheon.Attributes);
        Assert.Equal(new GeoPoint(37.46, 126.7, LocationPrecision.Region), incheon.Location);
        Assert.Equal(new LocalizedText("앰코코리아", null), result.Graph.FindEntity("company:amkor-technology-korea")!.Names);
    }

    [Fact]
    public void Unknown_kind_is_reported_with_file_and_line()
    {
        using TempSeed seed = TempSeed.Create(others: ["", TempSeed.Amkor.Replace("\"COMPANY\"", "\"FIRM\"", StringComparison.Ordinal), TempSeed.Semiconductor]);
        SeedError error = AssertFailsWithOne(seed, e => e.File == "entities/others.jsonl");
        Assert.Equal(2, error.Line);
        Assert.StartsWith("kind: unknown entity kind 'FIRM'; expected one of REGION, INDUSTRIAL_COMPLEX", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("entities/others.jsonl:2: kind:", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Dangling_relation_end_is_reported()
    {
        string dangling = TempSeed.Located.Replace("region:incheon", "region:gumi", StringComparison.Ordinal);
        using TempSeed seed = TempSeed.Create(relations: [TempSeed.Active, dangling]);
        SeedError error = AssertFailsWithOne(seed);
        Assert.Equal(("relations/all.jsonl", 2), (error.File, error.Line));
        Assert.Equal("to: 'to' names 'region:gumi', which is not an entity of the graph.", error.Message);
    }

    [Fact]
    public void Relation_type_not_allowed_between_kinds_is_reported()
    {
        string wrong = """{"type":"SUPPLIES","from":"company:amkor-technology-korea","to":"region:incheon","evidence":[{"source":"source:article","quote":"x"}]}""";
        using TempSeed seed = TempSeed.Create(relations: [TempSeed.Located, TempSeed.Active, wrong]);
        SeedError error = AssertFailsWithOne(seed);
        Assert.Equal(3, error.Line);
        Assert.Equal("type: SUPPLIES may not join COMPANY 'company:amkor-technology-korea' to REGION 'region:incheon'; allowed: COMPANY -> COMPANY.", error.Message);
    }

    [Fact]
    public void Missing_evidence_is_reported()
    {
        string bare = """{"id":"industry:semiconductor","kind":"INDUSTRY","names":{"ko":"반도체"}}""";
        using TempSeed seed = TempSeed.Create(others: ["", TempSeed.Amkor, bare]);
        SeedError error = AssertFailsWithOne(seed);
        Assert.Equal(("entities/others.jsonl", 3), (error.File, error.Line));
        Assert.StartsWith("evidence: An entity needs evidence", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_coordinates_are_reported()
    {
        using TempSeed seed = TempSeed.Create(regions: [TempSeed.Incheon.Replace("\"lat\":37.46", "\"lat\":137.46", StringComparison.Ordinal)]);
        SeedError error = AssertFailsWithOne(seed);
        Assert.Equal(("entities/regions.jsonl", 1), (error.File, error.Line));
        Assert.StartsWith("location: Coordinates (137.46, 126.7) are invalid", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Until_before_since_is_reported()
    {
        string backwards = TempSeed.Active.Replace("\"since\":\"2020-01-01\"", "\"since\":\"2020-01-01\",\"until\":\"2019-12-31\"", StringComparison.Ordinal);
        using TempSeed seed = TempSeed.Create(relations: [TempSeed.Located, backwards]);
        SeedError error = AssertFailsWithOne(seed);
        Assert.Equal(2, error.Line);
        Assert.StartsWith("until: until 2019-12-31 must be after since 2020-01-01", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_id_format_is_reported()
    {
        using TempSeed seed = TempSeed.Create(regions: [TempSeed.Incheon.Replace("region:incheon", "region:Incheon City", StringComparison.Ordinal)]);
        SeedResultAssert(seed, errors =>
        {
            SeedError bad = Assert.Single(errors, e => e.File == "entities/regions.jsonl");
            Assert.StartsWith("id: 'region:Incheon City' is not an entity ID", bad.Message, StringComparison.Ordinal);

            // The relation that pointed at the old ID now dangles, and says so.
            Assert.Contains(errors, e => e.File == "relations/all.jsonl" && e.Line == 1 && e.Message.Contains("'region:incheon'", StringComparison.Ordinal));
        });
    }

    [Fact]
    public void Evidence_citing_an_unknown_source_is_reported()
    {
        string unknown = TempSeed.Semiconductor.Replace("source:article", "source:nowhere", StringComparison.Ordinal);
        using TempSeed seed = TempSeed.Create(others: ["", TempSeed.Amkor, unknown]);
        SeedError error = AssertFailsWithOne(seed);
        Assert.Equal(("entities/others.jsonl", 3), (error.File, error.Line));
        Assert.Equal("evidence[0].source: Evidence cites 'source:nowhere', which is not a source of the graph.", error.Message);
    }

    [Fact]
    public void Not_json_and_unknown_properties_are_reported()
    {
        string typo = TempSeed.Amkor.Replace("\"aliases\"", "\"aliasses\"", StringComparison.Ordinal);
        using TempSeed seed = TempSeed.Create(others: ["{not json", typo, TempSeed.Semiconductor]);
        SeedResultAssert(seed, errors =>
        {
            Assert.Contains(errors, e => e.File == "entities/others.jsonl" && e.Line == 1 && e.Message.StartsWith("not valid JSON:", StringComparison.Ordinal));
            Assert.Contains(errors, e => e.File == "entities/others.jsonl" && e.Line == 2 && e.Message == "aliasses: unknown property.");
        });
    }

    [Fact]
    public void Duplicate_ids_point_at_the_first_definition()
    {
        using TempSeed seed = TempSeed.Create(others: ["", TempSeed.Amkor, TempSeed.Semiconductor, TempSeed.Amkor]);
        SeedError error = AssertFailsWithOne(seed);
        Assert.Equal(("entities/others.jsonl", 4), (error.File, error.Line));
        Assert.Equal("id: 'company:amkor-technology-korea' is already defined at entities/others.jsonl:2.", error.Message);
    }

    [Fact]
    public void A_repeated_relation_is_told_to_take_a_suffix()
    {
        using TempSeed seed = TempSeed.Create(relations: [TempSeed.Located, TempSeed.Active, TempSeed.Located]);
        SeedError error = AssertFailsWithOne(seed);
        Assert.Equal(("relations/all.jsonl", 3), (error.File, error.Line));
        Assert.Equal(
            "id: 'relation:located-in:amkor-technology-korea:incheon' is already defined at relations/all.jsonl:1. A second relation of one type between one pair needs an explicit id ending in ':2'.",
            error.Message);

        using TempSeed fixedSeed = TempSeed.Create(relations:
            [TempSeed.Located, TempSeed.Active, "{\"id\":\"relation:located-in:amkor-technology-korea:incheon:2\"," + TempSeed.Located[1..]]);
        Assert.True(SeedLoader.Load(fixedSeed.Path).Succeeded);
    }

    [Fact]
    public void Every_invalid_line_is_reported_not_just_the_first()
    {
        string noEvidence = """{"type":"LOCATED_IN","from":"company:amkor-technology-korea","to":"region:incheon"}""";
        string badDate = TempSeed.Active.Replace("2020-01-01", "2020-13-01", StringComparison.Ordinal);
        using TempSeed seed = TempSeed.Create(relations: [noEvidence, badDate]);
        SeedResultAssert(seed, errors =>
        {
            Assert.Equal(2, errors.Count);
            Assert.Equal(("relations/all.jsonl", 1), (errors[0].File, errors[0].Line));
            Assert.StartsWith("evidence: A relation needs evidence", errors[0].Message, StringComparison.Ordinal);
            Assert.Equal(("relations/all.jsonl", 2), (errors[1].File, errors[1].Line));
            Assert.StartsWith("since: '2020-13-01' is not a date", errors[1].Message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Missing_files_and_folders_are_reported()
    {
        string path = Path.Combine(Path.GetTempPath(), "cg-seed-missing-" + Guid.NewGuid().ToString("N"));
        SeedLoadResult missingFolder = SeedLoader.Load(path);
        Assert.Null(missingFolder.Graph);
        Assert.Equal("the seed folder does not exist.", Assert.Single(missingFolder.Errors).Message);

        using TempSeed seed = TempSeed.Create();
        File.Delete(Path.Combine(seed.Path, "sources.jsonl"));
        Directory.Delete(Path.Combine(seed.Path, "relations"), recursive: true);
        SeedLoadResult result = SeedLoader.Load(seed.Path);
        Assert.Null(result.Graph);
        Assert.Contains(result.Errors, e => e.File == "sources.jsonl" && e.Line == 0);
        Assert.Contains(result.Errors, e => e.File == "relations/" && e.Line == 0);
        Assert.Equal("sources.jsonl: missing; every seed needs its sources.", result.Errors.Single(e => e.File == "sources.jsonl").ToString());
    }

    [Fact]
    public void Stage_without_industry_is_reported_on_its_line()
    {
        string stage = """{"id":"stage:packaging","kind":"VALUE_CHAIN_STAGE","names":{"en":"Packaging"},"stage":{"order":1},"evidence":[{"source":"source:article","quote":"패키징"}]}""";
        using TempSeed seed = TempSeed.Create(others: ["", TempSeed.Amkor, TempSeed.Semiconductor, stage]);
        SeedError error = AssertFailsWithOne(seed);
        Assert.Equal(("entities/others.jsonl", 4), (error.File, error.Line));
        Assert.Equal("stage.industry: The stage belongs to no industry: give stage.industry or a STAGE_OF relation.", error.Message);
    }

    private static SeedError AssertFailsWithOne(TempSeed seed, Func<SeedError, bool>? where = null)
    {
        SeedError? single = null;
        SeedResultAssert(seed, errors => single = where is null ? Assert.Single(errors) : Assert.Single(errors, e => where(e)));
        return single!;
    }

    private static void SeedResultAssert(TempSeed seed, Action<IReadOnlyList<SeedError>> check)
    {
        SeedLoadResult result = SeedLoader.Load(seed.Path);
        Assert.False(result.Succeeded);
        Assert.Null(result.Graph);
        Assert.NotEmpty(result.Errors);
        check(result.Errors);
    }
}
