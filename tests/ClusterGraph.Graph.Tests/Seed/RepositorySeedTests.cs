using ClusterGraph.Graph.Model;
using ClusterGraph.Graph.Seed;

namespace ClusterGraph.Graph.Tests.Seed;

public sealed class RepositorySeedTests
{
    private static readonly Lazy<KnowledgeGraph> s_graph = new(() =>
    {
        SeedLoadResult result = SeedLoader.Load(RepositoryPaths.Seed);
        Assert.True(result.Succeeded, "The repository seed does not load:" + Environment.NewLine + result.Describe());
        return result.Graph;
    });

    private static KnowledgeGraph Graph => s_graph.Value;

    [Fact]
    public void The_repository_seed_loads_and_is_valid_as_a_whole()
    {
        Assert.Empty(GraphValidator.Validate(Graph));
        Assert.NotEmpty(Graph.Entities);
        Assert.NotEmpty(Graph.Relations);
    }

    [Fact]
    public void Every_entity_kind_and_relation_type_occurs()
    {
        Assert.Equal(Enum.GetValues<EntityKind>(), Enum.GetValues<EntityKind>().Where(k => Graph.Entities.Any(e => e.Kind == k)));
        RelationType[] unused = [.. Enum.GetValues<RelationType>().Where(t => Graph.Relations.All(r => r.Type != t))];
        // No article states a supply relation between two companies; SUPPLIES is left for curation and the generator.
        Assert.Equal([RelationType.Supplies], unused);
    }

    [Fact]
    public void Root_industries_have_six_parallel_stages_in_the_article_order()
    {
        string[] expected = ["stage:casting", "stage:mold", "stage:forming", "stage:welding", "stage:surface-treatment", "stage:heat-treatment"];
        Assert.Equal(expected, StagesOf("industry:root-industries"));
        Assert.DoesNotContain(Graph.Relations, r => r.Type == RelationType.Feeds && expected.Contains(r.FromId));
    }

    [Fact]
    public void Semiconductor_chain_runs_design_fabrication_packaging_with_materials_feeding_both()
    {
        Assert.Equal(
            ["stage:semiconductor-design", "stage:semiconductor-materials-parts-equipment", "stage:semiconductor-wafer-fabrication", "stage:semiconductor-packaging-test"],
            StagesOf("industry:semiconductor"));
        (string, string)[] feeds = [.. Graph.Relations.Where(r => r.Type == RelationType.Feeds && r.FromId.StartsWith("stage:semiconductor", StringComparison.Ordinal))
            .Select(r => (r.FromId, r.ToId)).Order()];
        Assert.Equal(
            [
                ("stage:semiconductor-design", "stage:semiconductor-wafer-fabrication"),
                ("stage:semiconductor-materials-parts-equipment", "stage:semiconductor-packaging-test"),
                ("stage:semiconductor-materials-parts-equipment", "stage:semiconductor-wafer-fabrication"),
                ("stage:semiconductor-wafer-fabrication", "stage:semiconductor-packaging-test"),
            ],
            feeds);

        // Design and fabrication are not in the articles: public facts, below certainty.
        Relation designFeeds = Graph.Relations.Single(r => r.Type == RelationType.Feeds && r.FromId == "stage:semiconductor-design");
        Assert.True(designFeeds.Confidence < 1);
        Assert.All(designFeeds.Evidence, e => Assert.StartsWith("source:public-facts", e.SourceId, StringComparison.Ordinal));
    }

    [Fact]
    public void Facts_citing_only_non_article_sources_are_below_certainty()
    {
        HashSet<string> articles = [.. Graph.Sources.Where(s => s.Id.StartsWith("source:00", StringComparison.Ordinal)).Select(s => s.Id)];
        Assert.Equal(5, articles.Count);
        Assert.All(
            Graph.Relations.Where(r => r.Evidence.All(e => !articles.Contains(e.SourceId))),
            r => Assert.True(r.Confidence < 1, $"{r.Id} cites no article but has confidence {r.Confidence}."));
    }

    [Fact]
    public void Governments_are_institutes_located_in_their_region()
    {
        (string Government, string Region)[] pairs =
        [
            ("institute:incheon-metropolitan-government", "region:incheon"),
            ("institute:gyeongsangbuk-do-provincial-government", "region:gyeongsangbuk-do"),
            ("institute:gumi-city-government", "region:gumi"),
            ("institute:daejeon-metropolitan-city-government", "region:daejeon"),
        ];
        foreach ((string government, string region) in pairs)
        {
            Entity entity = Graph.FindEntity(government)!;
            Assert.Equal(InstituteKind.LocalGovernment, Assert.IsType<InstituteAttributes>(entity.Attributes).InstituteKind);
            Assert.Contains(Graph.Relations, r => r.Type == RelationType.LocatedIn && r.FromId == government && r.ToId == region);
        }
    }

    [Fact]
    public void Every_initiative_is_located_and_partial_dates_stay_null()
    {
        foreach (Entity initiative in Graph.Entities.Where(e => e.Kind == EntityKind.Initiative))
        {
            Assert.Contains(Graph.Relations, r => r.Type == RelationType.LocatedIn && r.FromId == initiative.Id);
        }

        // The root-industry MOU happened "on the 18th" of a month the article does not give.
        var mou = Assert.IsType<InitiativeAttributes>(Graph.FindEntity("initiative:incheon-root-industry-support-mou")!.Attributes);
        Assert.Null(mou.Date);
        Assert.Contains("18일", mou.Period, StringComparison.Ordinal);
    }

    [Fact]
    public void Regions_complexes_and_institutes_have_coordinates_in_korea()
    {
        foreach (Entity entity in Graph.Entities.Where(e => e.Kind is EntityKind.Region or EntityKind.IndustrialComplex or EntityKind.Institute))
        {
            GeoPoint point = Assert.NotNull(entity.Location);
            Assert.InRange(point.Lat, 33.0, 38.7);
            Assert.InRange(point.Lon, 124.5, 131.0);
        }
    }

    private static string[] StagesOf(string industry) =>
        [.. Graph.Entities
            .Where(e => e.Attributes is StageAttributes stage && stage.IndustryId == industry)
            .OrderBy(e => ((StageAttributes)e.Attributes!).Order)
            .Select(e => e.Id)];
}
