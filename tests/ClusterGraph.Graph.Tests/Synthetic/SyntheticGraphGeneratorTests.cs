using ClusterGraph.Graph.Model;
using ClusterGraph.Graph.Synthetic;

namespace ClusterGraph.Graph.Tests.Synthetic;

public sealed class SyntheticGraphGeneratorTests
{
    private static readonly Lazy<KnowledgeGraph> s_medium = new(() => SyntheticGraphGenerator.Generate(new SyntheticGraphOptions(20_000, Seed: 11)));

    [Theory]
    [InlineData(500)]
    [InlineData(1_000)]
    [InlineData(12_345)]
    public void Generates_exactly_the_requested_number_of_entities(int count)
    {
        KnowledgeGraph graph = SyntheticGraphGenerator.Generate(new SyntheticGraphOptions(count));
        Assert.Equal(count, graph.Entities.Count);
        Assert.Equal(count, SyntheticComposition.For(count).Total);
        Assert.Equal([SyntheticGraphGenerator.SourceId], graph.Sources.Select(s => s.Id));
    }

    [Fact]
    public void Same_seed_gives_the_same_graph_and_another_seed_another()
    {
        KnowledgeGraph first = SyntheticGraphGenerator.Generate(new SyntheticGraphOptions(2_000, Seed: 7));
        KnowledgeGraph second = SyntheticGraphGenerator.Generate(new SyntheticGraphOptions(2_000, Seed: 7));
        KnowledgeGraph other = SyntheticGraphGenerator.Generate(new SyntheticGraphOptions(2_000, Seed: 8));

        Assert.Equal(first.Entities.Select(Describe), second.Entities.Select(Describe));
        Assert.Equal(first.Relations.Select(Describe), second.Relations.Select(Describe));
        Assert.NotEqual(first.Relations.Select(r => r.Id), other.Relations.Select(r => r.Id));
    }

    [Fact]
    public void The_graph_obeys_every_model_rule()
    {
        KnowledgeGraph graph = SyntheticGraphGenerator.Generate(new SyntheticGraphOptions(3_000, Seed: 3));
        IReadOnlyList<ValidationError> errors = GraphValidator.Validate(graph);
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Take(20)));
    }

    [Fact]
    public void Ids_are_kind_prefixed_and_marked_synthetic()
    {
        foreach (Entity entity in s_medium.Value.Entities)
        {
            Assert.True(GraphIds.TryParseEntityId(entity.Id, out EntityKind kind, out string slug));
            Assert.Equal(entity.Kind, kind);
            Assert.StartsWith(SyntheticGraphGenerator.SlugPrefix, slug, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Regions_nest_country_province_city()
    {
        KnowledgeGraph graph = s_medium.Value;
        Dictionary<string, string> parent = LocatedIn(graph);
        Entity[] regions = [.. graph.Entities.Where(e => e.Kind == EntityKind.Region)];
        Entity country = Assert.Single(regions, r => Level(r) == RegionLevel.Country);
        Entity[] firstLevel = [.. regions.Where(r => Level(r) is RegionLevel.Province or RegionLevel.MetropolitanCity)];
        Assert.Equal(17, firstLevel.Length);
        Assert.All(firstLevel, p => Assert.Equal(country.Id, parent[p.Id]));

        HashSet<string> firstLevelIds = [.. firstLevel.Select(p => p.Id)];
        Entity[] cities = [.. regions.Where(r => Level(r) is RegionLevel.City or RegionLevel.District)];
        Assert.Equal(regions.Length - 18, cities.Length);
        Assert.All(cities, c => Assert.Contains(parent[c.Id], firstLevelIds));
        Assert.Equal(firstLevelIds, cities.Select(c => parent[c.Id]).ToHashSet());
    }

    [Fact]
    public void Companies_sit_in_complexes_or_cities_at_their_point()
    {
        KnowledgeGraph graph = s_medium.Value;
        Dictionary<string, string> parent = LocatedIn(graph);
        Entity[] companies = [.. graph.Entities.Where(e => e.Kind == EntityKind.Company)];
        int inComplex = 0;
        foreach (Entity company in companies)
        {
            Entity place = graph.FindEntity(parent[company.Id])!;
            GeoPoint point = company.Location!.Value;
            Assert.Equal((place.Location!.Value.Lat, place.Location.Value.Lon), (point.Lat, point.Lon));
            if (place.Kind == EntityKind.IndustrialComplex)
            {
                inComplex++;
                Assert.Equal(LocationPrecision.Complex, point.Precision);
            }
            else
            {
                Assert.Equal(EntityKind.Region, place.Kind);
                Assert.Equal(LocationPrecision.City, point.Precision);
            }
        }

        // The option asks for 75% in complexes; with ~19,000 draws the share lands within a few tenths of a percent.
        Assert.InRange(inComplex / (double)companies.Length, 0.73, 0.77);
    }

    [Fact]
    public void Companies_in_a_complex_mostly_work_in_its_industry()
    {
        KnowledgeGraph graph = s_medium.Value;
        Dictionary<string, string> parent = LocatedIn(graph);
        Dictionary<string, string> complexIndustry = graph.Relations.Where(r => r.Type == RelationType.SpecializesIn).ToDictionary(r => r.FromId, r => r.ToId);
        Dictionary<string, string> stageIndustry = StageIndustries(graph);
        ILookup<string, string> stagesOf = graph.Relations.Where(r => r.Type == RelationType.ActiveIn).ToLookup(r => r.FromId, r => r.ToId);

        int tenants = 0;
        int sameIndustry = 0;
        foreach (Entity company in graph.Entities.Where(e => e.Kind == EntityKind.Company))
        {
            if (complexIndustry.TryGetValue(parent[company.Id], out string? industry))
            {
                tenants++;
                if (stagesOf[company.Id].Any(s => stageIndustry[s] == industry))
                {
                    sameIndustry++;
                }
            }
        }

        // 80% affinity plus the chance that the other 20% draw the same industry anyway.
        Assert.True(sameIndustry >= 0.8 * tenants, $"{sameIndustry} of {tenants} tenants work in their complex's industry");
    }

    [Fact]
    public void Every_industry_has_ordered_stages_and_only_chains_have_feeds()
    {
        KnowledgeGraph graph = s_medium.Value;
        Dictionary<string, string> stageIndustry = StageIndustries(graph);
        foreach (Entity industry in graph.Entities.Where(e => e.Kind == EntityKind.Industry))
        {
            int[] orders = [.. graph.Entities.Where(e => stageIndustry.GetValueOrDefault(e.Id) == industry.Id)
                .Select(e => ((StageAttributes)e.Attributes!).Order).Order()];
            Assert.True(orders.Length >= 3, $"{industry.Names.En} has {orders.Length} stages");
            Assert.Equal(Enumerable.Range(1, orders.Length), orders);
        }

        string root = graph.Entities.Single(e => e.Names.En == "Root industries").Id;
        Assert.DoesNotContain(graph.Relations, r => r.Type == RelationType.Feeds && stageIndustry[r.FromId] == root);
        Assert.All(graph.Relations.Where(r => r.Type == RelationType.Feeds), r => Assert.Equal(stageIndustry[r.FromId], stageIndustry[r.ToId]));
    }

    [Fact]
    public void Supplies_follow_the_value_chain()
    {
        KnowledgeGraph graph = s_medium.Value;
        ILookup<string, string> feeds = graph.Relations.Where(r => r.Type == RelationType.Feeds).ToLookup(r => r.FromId, r => r.ToId);
        Dictionary<string, string> nameOf = graph.Entities.Where(e => e.Kind == EntityKind.ValueChainStage).ToDictionary(e => e.Id, e => e.Names.En!);

        // Where a chain ends (or its stages are parallel), its output goes to named stages of other
        // industries, written out by hand; an end not listed sells to no company.
        string[] rootBuyers = ["Materials & forgings", "Component machining", "Machine parts", "Steel & blocks"];
        var crossIndustry = new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            ["Packaging & test"] = ["Module assembly", "Modules"],
            ["Recycling"] = ["Modules"],
            ["Commercialization"] = ["Modules", "Robot components"],
            ["Maintenance"] = ["Robot components", "Marine equipment"],
            ["Casting"] = rootBuyers,
            ["Mold"] = rootBuyers,
            ["Forming"] = rootBuyers,
            ["Welding"] = rootBuyers,
            ["Surface treatment"] = rootBuyers,
            ["Heat treatment"] = rootBuyers,
        };
        ILookup<string, string> stagesOf = graph.Relations.Where(r => r.Type == RelationType.ActiveIn).ToLookup(r => r.FromId, r => r.ToId);
        Relation[] supplies = [.. graph.Relations.Where(r => r.Type == RelationType.Supplies)];
        Assert.NotEmpty(supplies);
        foreach (Relation supply in supplies)
        {
            bool allowed = stagesOf[supply.FromId].Any(from =>
                stagesOf[supply.ToId].Any(to =>
                    feeds[from].Contains(to)
                    || (!feeds[from].Any() && crossIndustry.TryGetValue(nameOf[from], out string[]? buyers) && buyers.Contains(nameOf[to]))));
            Assert.True(allowed, $"{supply.Id}: {string.Join("/", stagesOf[supply.FromId].Select(s => nameOf[s]))} -> {string.Join("/", stagesOf[supply.ToId].Select(s => nameOf[s]))}");
        }

        // Final assembly stages sell to no company.
        string assembly = nameOf.Single(p => p.Value == "Vehicle assembly").Key;
        HashSet<string> assemblers = [.. graph.Relations.Where(r => r.Type == RelationType.ActiveIn && r.ToId == assembly).Select(r => r.FromId)];
        Assert.DoesNotContain(supplies, s => assemblers.Contains(s.FromId) && stagesOf[s.FromId].Count() == 1);
    }

    [Fact]
    public void Supply_in_degrees_are_heavy_tailed()
    {
        KnowledgeGraph graph = s_medium.Value;
        int companies = graph.Entities.Count(e => e.Kind == EntityKind.Company);
        int[] inDegrees = [.. graph.Relations.Where(r => r.Type == RelationType.Supplies).GroupBy(r => r.ToId).Select(g => g.Count()).OrderDescending()];
        double mean = inDegrees.Sum() / (double)companies;
        int topOnePercent = inDegrees.Take(companies / 100).Sum();

        // Under uniform choice the maximum would sit near mean + a few standard deviations (~10)
        // and the top 1% would hold ~3% of the edges; preferential choice concentrates them.
        Assert.True(inDegrees[0] >= 20 * mean, $"max in-degree {inDegrees[0]}, mean {mean:F2}");
        Assert.True(topOnePercent >= 0.10 * inDegrees.Sum(), $"top 1% hold {topOnePercent} of {inDegrees.Sum()}");
    }

    [Fact]
    public void Complex_sizes_are_heavy_tailed()
    {
        KnowledgeGraph graph = s_medium.Value;
        HashSet<string> complexes = [.. graph.Entities.Where(e => e.Kind == EntityKind.IndustrialComplex).Select(e => e.Id)];
        int[] tenants = [.. graph.Relations.Where(r => r.Type == RelationType.LocatedIn && complexes.Contains(r.ToId) && r.FromId.StartsWith("company:", StringComparison.Ordinal))
            .GroupBy(r => r.ToId).Select(g => g.Count()).OrderDescending()];
        double mean = tenants.Sum() / (double)complexes.Count;

        // With equal starts the largest of 80 complexes would hold about ln(80) ≈ 4.4 times the mean.
        Assert.True(tenants[0] >= 5 * mean, $"largest complex {tenants[0]} tenants, mean {mean:F1}");
    }

    [Fact]
    public void Names_are_bilingual_and_points_lie_in_korea()
    {
        foreach (Entity entity in s_medium.Value.Entities)
        {
            Assert.Contains(entity.Names.Ko!, c => c is >= '\uAC00' and <= '\uD7A3');
            Assert.True(entity.Names.En!.All(char.IsAscii), entity.Names.En);
            if (entity.Location is GeoPoint point)
            {
                Assert.InRange(point.Lat, 33.0, 38.7);
                Assert.InRange(point.Lon, 124.5, 131.0);
            }
        }
    }

    [Fact]
    public void Initiatives_are_located_led_and_aimed()
    {
        KnowledgeGraph graph = s_medium.Value;
        HashSet<string> governments = [.. graph.Entities.Where(e => e.Attributes is InstituteAttributes { InstituteKind: InstituteKind.LocalGovernment }).Select(e => e.Id)];
        Assert.Equal(17, governments.Count);
        foreach (Entity initiative in graph.Entities.Where(e => e.Kind == EntityKind.Initiative))
        {
            Assert.Single(graph.Relations, r => r.Type == RelationType.LocatedIn && r.FromId == initiative.Id);
            Assert.Contains(graph.Relations, r => r.Type == RelationType.Targets && r.FromId == initiative.Id);
            Assert.Contains(graph.Relations, r => r.Type == RelationType.ParticipatesIn && r.ToId == initiative.Id && governments.Contains(r.FromId));
        }
    }

    [Theory]
    [InlineData(SyntheticGraphOptions.MinEntityCount - 1)]
    [InlineData(SyntheticGraphOptions.MaxEntityCount + 1)]
    public void Sizes_out_of_range_are_refused(int count)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SyntheticGraphGenerator.Generate(new SyntheticGraphOptions(count)));
    }

    private static string Describe(Entity e) => $"{e.Id}|{e.Names.Ko}|{e.Names.En}|{e.Location}|{e.Attributes}";

    private static string Describe(Relation r) => $"{r.Id}|{r.Since}|{r.Until}|{r.Confidence}|{r.Role}";

    private static RegionLevel Level(Entity region) => ((RegionAttributes)region.Attributes!).Level;

    private static Dictionary<string, string> LocatedIn(KnowledgeGraph graph) =>
        graph.Relations.Where(r => r.Type == RelationType.LocatedIn).ToDictionary(r => r.FromId, r => r.ToId);

    private static Dictionary<string, string> StageIndustries(KnowledgeGraph graph) =>
        graph.Relations.Where(r => r.Type == RelationType.StageOf).ToDictionary(r => r.FromId, r => r.ToId);
}
