using ClusterGraph.Graph.Embedded;
using ClusterGraph.Graph.Model;
using ClusterGraph.Graph.Store;
using ClusterGraph.Graph.Tests.Store;

namespace ClusterGraph.Graph.Tests.Embedded;

/// <summary>What only the embedded store promises: the database is the record, the seed loads once, readers never see half a write.</summary>
public sealed class EmbeddedGraphStoreDurabilityTests : IDisposable
{
    private readonly EmbeddedStoreFactory _files = new();

    [Fact]
    public async Task The_initial_graph_loads_on_first_start_only_and_writes_survive_reopening()
    {
        string path = _files.NewDatabasePath();
        int initialLoads = 0;
        var options = new EmbeddedStoreOptions
        {
            DatabasePath = path,
            InitialGraph = () =>
            {
                initialLoads++;
                return HandGraph.Build();
            },
        };

        await using (EmbeddedGraphStore first = await EmbeddedGraphStore.OpenAsync(options))
        {
            Assert.True((await first.UpsertEntityAsync(HandGraph.Company("company:c1", "씨원", "C One", 36.0, 127.0))).Succeeded);
            Assert.True((await first.DeleteEntityAsync(HandGraph.A2)).Succeeded);
            Assert.True((await first.UpsertRelationAsync(HandGraph.Relate(RelationType.Supplies, "company:c1", HandGraph.B1) with { Role = "wafers", Since = new DateOnly(2022, 3, 1), Confidence = 0.5 })).Succeeded);
        }

        await using EmbeddedGraphStore second = await EmbeddedGraphStore.OpenAsync(options);

        Assert.Equal(1, initialLoads);
        // Import = version 1, then three writes.
        Assert.Equal("4", await second.GetVersionAsync());
        Assert.Equal("ok", second.CheckIntegrity());
        AssertSameEntity(HandGraph.Company("company:c1", "씨원", "C One", 36.0, 127.0), (await second.GetEntitiesAsync(["company:c1"]))[0]);
        Assert.Null((await second.GetEntitiesAsync([HandGraph.A2]))[0]);
        Relation? supplies = (await second.GetRelationsAsync(["relation:supplies:c1:b1"]))[0];
        Assert.Equal(("wafers", new DateOnly(2022, 3, 1), 0.5), (supplies?.Role, supplies?.Since, supplies?.Confidence));
        Assert.Equal((17, 30), ((await second.GetStatsAsync()).EntityCount, (await second.GetStatsAsync()).RelationCount));
    }

    [Fact]
    public async Task Every_field_of_every_item_round_trips_through_the_database()
    {
        string path = _files.NewDatabasePath();
        KnowledgeGraph graph = HandGraph.Build();
        Entity rich = HandGraph.RichInitiative();
        Source source = HandGraph.RichSource();
        await using (EmbeddedGraphStore store = await EmbeddedGraphStore.OpenAsync(new EmbeddedStoreOptions { DatabasePath = path, InitialGraph = () => graph }))
        {
            Assert.True((await store.UpsertSourceAsync(source)).Succeeded);
            Assert.True((await store.UpsertEntityAsync(rich)).Succeeded);
        }

        await using EmbeddedGraphStore reopened = await EmbeddedGraphStore.OpenAsync(new EmbeddedStoreOptions { DatabasePath = path });

        Entity? read = (await reopened.GetEntitiesAsync([rich.Id]))[0];
        Assert.NotNull(read);
        Assert.Equal(rich.Names, read.Names);
        Assert.Equal(rich.Aliases, read.Aliases);
        Assert.Equal(rich.Description, read.Description);
        Assert.Equal(rich.Location, read.Location);
        Assert.Equal(rich.Attributes, read.Attributes);
        Assert.Equal(rich.Evidence, read.Evidence);
        Indicator indicator = Assert.Single(read.Indicators);
        Assert.Equal(rich.Indicators[0] with { Evidence = [] }, indicator with { Evidence = [] });
        Assert.Equal(rich.Indicators[0].Evidence, indicator.Evidence);
        Assert.Equal(source, (await reopened.GetSourcesAsync([source.Id]))[0]);
        foreach (Entity entity in graph.Entities)
        {
            Entity? again = (await reopened.GetEntitiesAsync([entity.Id]))[0];
            Assert.Equal((entity.Id, entity.Names, entity.Location, entity.Attributes), (again?.Id, again?.Names, again?.Location, again?.Attributes));
        }
    }

    [Fact]
    public async Task Search_follows_each_write_while_unchanged_entities_keep_their_forms()
    {
        await using EmbeddedGraphStore store = await EmbeddedGraphStore.OpenAsync(
            new EmbeddedStoreOptions { DatabasePath = _files.NewDatabasePath(), InitialGraph = HandGraph.Build, FullSync = false });
        async Task<string[]> FindAsync(string text) =>
            [.. (await store.SearchAsync(new SearchQuery(text), PageRequest.Forward(50))).Edges.Select(e => e.Node.Entity.Id)];

        Assert.Contains(HandGraph.B3, await FindAsync("비쓰리"));
        Assert.True((await store.UpsertEntityAsync(HandGraph.Company(HandGraph.B3, "비삼", "Bee Three", null, null))).Succeeded);
        Assert.DoesNotContain(HandGraph.B3, await FindAsync("비쓰리"));
        Assert.Contains(HandGraph.B3, await FindAsync("비삼"));
        Assert.Contains(HandGraph.B3, await FindAsync("bee three"));

        // A source-only write and an unrelated write leave every other entity searchable as before.
        Assert.True((await store.UpsertSourceAsync(HandGraph.RichSource())).Succeeded);
        Assert.True((await store.DeleteEntityAsync(HandGraph.A2)).Succeeded);
        Assert.Empty(await FindAsync("에이투"));
        Assert.Contains(HandGraph.A1, await FindAsync("에이원"));
        Assert.Contains(HandGraph.B3, await FindAsync("비삼"));
        Assert.Contains(HandGraph.Lab, await FindAsync("LAB"));
    }

    [Fact]
    public async Task Readers_see_whole_writes_only()
    {
        await using EmbeddedGraphStore store = await EmbeddedGraphStore.OpenAsync(
            new EmbeddedStoreOptions { DatabasePath = _files.NewDatabasePath(), InitialGraph = HandGraph.Build, FullSync = false });
        using var stop = new CancellationTokenSource();

        // Each write adds one entity; every read of stats must show counts that belong to one version:
        // entities = 17 + (version - 1).
        Task<int> reader = Task.Run(async () =>
        {
            int reads = 0;
            while (!stop.IsCancellationRequested)
            {
                GraphStats stats = await store.GetStatsAsync();
                Assert.Equal(17 + (int.Parse(stats.Version, System.Globalization.CultureInfo.InvariantCulture) - 1), stats.EntityCount);
                reads++;
            }

            return reads;
        });
        for (int i = 0; i < 100; i++)
        {
            Assert.True((await store.UpsertEntityAsync(HandGraph.Company($"company:r{i}", "알", "R", null, null))).Succeeded);
        }

        await stop.CancelAsync();
        Assert.True(await reader > 0);
        Assert.Equal("101", await store.GetVersionAsync());
    }

    [Fact]
    public async Task Concurrent_writers_are_serialized_and_none_is_lost()
    {
        await using EmbeddedGraphStore store = await EmbeddedGraphStore.OpenAsync(
            new EmbeddedStoreOptions { DatabasePath = _files.NewDatabasePath(), InitialGraph = HandGraph.Build, FullSync = false });

        WriteResult<Entity>[] results = await Task.WhenAll(Enumerable.Range(0, 40).Select(i =>
            Task.Run(() => store.UpsertEntityAsync(HandGraph.Company($"company:p{i}", "피", "P", null, null)))));

        Assert.All(results, r => Assert.True(r.Succeeded));
        Assert.Equal(40, results.Select(r => r.Version).Distinct().Count());
        Assert.Equal("41", await store.GetVersionAsync());
        Assert.Equal(17 + 40, (await store.GetStatsAsync()).EntityCount);
    }

    [Fact]
    public async Task The_repository_seed_is_the_default_initial_graph()
    {
        string seed = Seed.RepositoryPaths.Seed;
        await using EmbeddedGraphStore store = await EmbeddedGraphStore.OpenAsync(
            new EmbeddedStoreOptions { DatabasePath = _files.NewDatabasePath(), InitialGraph = EmbeddedStoreOptions.SeedFrom(seed) });

        Page<SearchHit> hits = await store.SearchAsync(new SearchQuery("앰코"), PageRequest.Forward(1));

        Assert.Equal("company:amkor-technology-korea", hits.Nodes.Single().Entity.Id);
        await Assert.ThrowsAsync<InvalidDataException>(() => EmbeddedGraphStore.OpenAsync(
            new EmbeddedStoreOptions { DatabasePath = _files.NewDatabasePath(), InitialGraph = EmbeddedStoreOptions.SeedFrom(Path.Combine(seed, "no-such-folder")) }));
    }

    public void Dispose() => _files.Dispose();

    private static void AssertSameEntity(Entity expected, Entity? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal((expected.Id, expected.Kind, expected.Names, expected.Description, expected.Location, expected.Attributes),
            (actual.Id, actual.Kind, actual.Names, actual.Description, actual.Location, actual.Attributes));
        Assert.Equal(expected.Aliases, actual.Aliases);
        Assert.Equal(expected.Evidence, actual.Evidence);
        Assert.Equal(expected.Indicators.Count, actual.Indicators.Count);
    }
}
