using ClusterGraph.Graph.Model;
using ClusterGraph.Graph.Seed;
using ClusterGraph.Graph.Store;
using ClusterGraph.Graph.Tests.Seed;

namespace ClusterGraph.Graph.Tests.Store;

/// <summary>The contract on the curated seed: what the articles state must be found.</summary>
public abstract partial class GraphStoreContractTests
{
    private const string Amkor = "company:amkor-technology-korea";
    private const string StatsChipPac = "company:stats-chippac-korea";
    private const string Kitech = "institute:kitech";
    private const string PackagingTest = "stage:semiconductor-packaging-test";
    private const string Semiconductor = "industry:semiconductor";

    private static readonly Lazy<KnowledgeGraph> s_seed = new(() =>
    {
        SeedLoadResult result = SeedLoader.Load(RepositoryPaths.Seed);
        return result.Succeeded ? result.Graph : throw new InvalidOperationException(result.Describe());
    });

    protected Task<IGraphStore> SeedStoreAsync() => Factory.CreateAsync(s_seed.Value, Ct);

    [Theory]
    [InlineData("앰코")]
    [InlineData("amkor")]
    [InlineData("AMKOR")]
    [InlineData("ㅇㅋㅋㄹㅇ")]
    [InlineData("앰코코리아")]
    [InlineData("Amkor Technology Korea")]
    [InlineData("amkro")]
    public async Task Seed_search_finds_amkor_korea_first(string text)
    {
        await using IGraphStore store = await SeedStoreAsync();

        Page<SearchHit> hits = await store.SearchAsync(new SearchQuery(text), PageRequest.Forward(5), Ct);

        Assert.Equal(Amkor, hits.Nodes.First().Entity.Id);
    }

    [Fact]
    public async Task Seed_typo_search_prefers_the_closest_name()
    {
        await using IGraphStore store = await SeedStoreAsync();

        // One letter missing from "technology": the parent's alias "Amkor Technology" is one edit away as a
        // whole, so the parent ranks first; Amkor Technology Korea still matches word by word.
        Page<SearchHit> hits = await store.SearchAsync(new SearchQuery("amkor tecnology"), PageRequest.Forward(5), Ct);

        Assert.Equal("company:amkor-technology", hits.Nodes.First().Entity.Id);
        Assert.Contains(hits.Nodes, h => h.Entity.Id == Amkor && h.MatchKind == SearchMatchKind.Fuzzy);
    }

    [Fact]
    public async Task Seed_choseong_search_ranks_amkor_korea_above_other_amkor_names()
    {
        await using IGraphStore store = await SeedStoreAsync();

        // ㅇㅋ is the start of 앰코 (alias), 앰코코리아 (name) and 앰코테크놀로지코리아 (alias): a prefix hit.
        Page<SearchHit> hits = await store.SearchAsync(new SearchQuery("ㅇㅋ", [EntityKind.Company]), PageRequest.Forward(3), Ct);

        Assert.Equal(Amkor, hits.Nodes.First().Entity.Id);
        Assert.Equal(SearchMatchKind.Prefix, hits.Nodes.First().MatchKind);
    }

    [Fact]
    public async Task Seed_incheon_packaging_and_test_has_amkor_and_stats_chippac()
    {
        await using IGraphStore store = await SeedStoreAsync();

        Page<Entity> actors = await store.ListEntitiesAsync(
            new EntityFilter { Within = ["region:incheon"], ActiveIn = [PackagingTest], Kinds = [EntityKind.Company] },
            [],
            PageRequest.Forward(50),
            Ct);
        CoverageMatrix? matrix = await store.GetCoverageAsync(Semiconductor, ["region:incheon"], Ct);

        Assert.Contains(actors.Nodes, e => e.Id == Amkor);
        Assert.Contains(actors.Nodes, e => e.Id == StatsChipPac);
        CoverageCell cell = Assert.Single(matrix!.Cells, c => c.Stage.Id == PackagingTest);
        Assert.True(cell.CompanyCount >= 2);
        Assert.False(cell.Gap);
    }

    [Fact]
    public async Task Seed_daejeon_and_gumi_packaging_and_test_cells_are_gaps()
    {
        await using IGraphStore store = await SeedStoreAsync();

        CoverageMatrix? matrix = await store.GetCoverageAsync(Semiconductor, ["region:daejeon", "region:gumi"], Ct);

        Assert.NotNull(matrix);
        Assert.Equal(["region:daejeon", "region:gumi"], matrix.Regions.Select(r => r.Id));
        Assert.All(matrix.Cells.Where(c => c.Stage.Id == PackagingTest), c =>
        {
            Assert.True(c.Gap);
            Assert.Equal(0, c.CompanyCount + c.InstituteCount);
        });
    }

    [Fact]
    public async Task Seed_amkor_reaches_kitech_within_four_hops()
    {
        await using IGraphStore store = await SeedStoreAsync();

        GraphPath? path = await store.FindShortestPathAsync(new PathQuery(Amkor, Kitech, MaxHops: 4), Ct);
        IReadOnlyList<GraphPath> paths = await store.FindShortestPathsAsync(new PathQuery(Amkor, Kitech, MaxHops: 4), 3, Ct);

        Assert.NotNull(path);
        Assert.InRange(path.Length, 1, 4);
        Assert.Equal(Kitech, path.End.Id);
        AssertWellFormed(path);
        Assert.NotEmpty(paths);
        Assert.Equal(path.Length, paths[0].Length);
        Assert.All(paths, AssertWellFormed);
        Assert.Equal(paths.Count, paths.Select(p => string.Join(",", p.Steps.Select(s => s.Relation.Id))).Distinct().Count());
    }

    [Fact]
    public async Task Seed_stats_version_and_every_read_answer()
    {
        await using IGraphStore store = await SeedStoreAsync();
        KnowledgeGraph seed = s_seed.Value;

        GraphStats stats = await store.GetStatsAsync(Ct);
        Subgraph? ecosystem = await store.GetEcosystemAsync(new EcosystemQuery(Amkor, Hops: 2, Limit: 50), Ct);
        IReadOnlyList<Cluster> clusters = await store.GetClustersAsync(new ClusterQuery(Semiconductor), Ct);
        IReadOnlyList<PartnerSuggestion> suggestions = await store.SuggestPartnersAsync(Amkor, null, 5, Ct);
        IReadOnlyList<Entity?> region = await store.GetContainingRegionsAsync([Amkor], Ct);

        Assert.Equal((seed.Entities.Count, seed.Relations.Count, seed.Sources.Count), (stats.EntityCount, stats.RelationCount, stats.SourceCount));
        Assert.Equal(seed.Entities.Count, stats.CountsByKind.Sum(k => k.Value));
        Assert.Equal("1", stats.Version);
        Assert.NotNull(ecosystem);
        Assert.Equal(Amkor, ecosystem.Entities[0].Id);
        Assert.Contains(clusters, c => c.Region.Id == "region:incheon");
        // STATS ChipPAC shares Amkor's stage, so it is among the first suggestions with that reason.
        PartnerSuggestion stats2 = Assert.Single(suggestions, s => s.Entity.Id == StatsChipPac);
        Assert.Contains(stats2.Reasons, r => r.Kind == SuggestionReasonKind.SharedStage && r.Via.Id == PackagingTest);
        Assert.Equal("region:incheon", region[0]?.Id);
    }

    private static void AssertWellFormed(GraphPath path)
    {
        string current = path.Start.Id;
        foreach (PathStep step in path.Steps)
        {
            string expectedFrom = step.Direction == Direction.Out ? current : step.Entity.Id;
            string expectedTo = step.Direction == Direction.Out ? step.Entity.Id : current;
            Assert.Equal((expectedFrom, expectedTo), (step.Relation.FromId, step.Relation.ToId));
            current = step.Entity.Id;
        }
    }
}
