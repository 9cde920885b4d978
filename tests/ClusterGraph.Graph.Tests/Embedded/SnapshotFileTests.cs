using ClusterGraph.Graph.Embedded;
using ClusterGraph.Graph.Model;
using ClusterGraph.Graph.Store;
using ClusterGraph.Graph.Tests.Store;
using Microsoft.Data.Sqlite;

namespace ClusterGraph.Graph.Tests.Embedded;

/// <summary>
/// The snapshot file beside the database: an open after a clean close loads it and answers exactly
/// as an open that decodes the database's rows (the independent path, checked item by item and
/// query by query); a database without a file, or with a file that is truncated, altered, of an older
/// version or of another database, opens from its rows, and the file is rewritten for the next open.
/// </summary>
public sealed class SnapshotFileTests : IDisposable
{
    private readonly EmbeddedStoreFactory _files = new();

    [Fact]
    public async Task A_reopened_store_loads_the_file_and_answers_as_the_rows_do()
    {
        string path = await CreateWrittenDatabaseAsync();

        await using EmbeddedGraphStore fromFile = await OpenAsync(path);
        await using EmbeddedGraphStore fromRows = await OpenAsync(path, useSnapshotFile: false);

        Assert.Equal(StoreLoadSource.SnapshotFile, fromFile.LoadedFrom);
        Assert.Null(fromFile.SnapshotFileNote);
        Assert.Equal(StoreLoadSource.Database, fromRows.LoadedFrom);
        await AssertSameGraphAsync(fromRows, fromFile);
    }

    [Fact]
    public async Task A_database_written_without_a_file_opens_from_its_rows_and_gains_one()
    {
        // What a database from before the snapshot file looks like: rows, a version, no store ID.
        string path = _files.NewDatabasePath();
        await using (EmbeddedGraphStore old = await OpenAsync(path, useSnapshotFile: false, initial: RichGraph))
        {
            Assert.True((await old.UpsertEntityAsync(HandGraph.Company("company:late", "레이트", "Late", 36.0, 127.0))).Succeeded);
        }

        Assert.False(File.Exists(SnapshotPathOf(path)));
        await using (EmbeddedGraphStore first = await OpenAsync(path))
        {
            Assert.Equal(StoreLoadSource.Database, first.LoadedFrom);
            Assert.Equal("missing", first.SnapshotFileNote);
        }

        await using EmbeddedGraphStore second = await OpenAsync(path);
        await using EmbeddedGraphStore rows = await OpenAsync(path, useSnapshotFile: false);
        Assert.Equal(StoreLoadSource.SnapshotFile, second.LoadedFrom);
        Assert.Equal("2", await second.GetVersionAsync());
        await AssertSameGraphAsync(rows, second);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(1000)]
    [InlineData(-1)]
    public async Task A_truncated_file_is_ignored(int keptFromEnd)
    {
        string path = await CreateWrittenDatabaseAsync();
        string file = SnapshotPathOf(path);
        byte[] bytes = await File.ReadAllBytesAsync(file);

        // Cut the last byte, cut to 1,000 bytes, or cut inside the header.
        int length = keptFromEnd switch { 1 => bytes.Length - 1, -1 => 20, _ => keptFromEnd };
        await File.WriteAllBytesAsync(file, bytes[..length]);

        await AssertOpensFromRowsAsync(path, expectedNote: keptFromEnd == -1 ? "truncated" : "truncated or extended");
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.999)]
    public async Task A_file_with_one_flipped_byte_is_ignored(double where)
    {
        string path = await CreateWrittenDatabaseAsync();
        string file = SnapshotPathOf(path);
        byte[] bytes = await File.ReadAllBytesAsync(file);
        int at = (int)(bytes.Length * where);
        bytes[at] ^= 0x20;
        await File.WriteAllBytesAsync(file, bytes);

        await AssertOpensFromRowsAsync(path, expectedNote: null);
    }

    [Fact]
    public async Task A_file_of_an_older_version_is_ignored_and_replaced()
    {
        string path = _files.NewDatabasePath();
        string file = SnapshotPathOf(path);
        string older = path + ".older";
        await using (EmbeddedGraphStore store = await OpenAsync(path, initial: RichGraph))
        {
            store.Checkpoint();
            File.Copy(file, older);
            Assert.True((await store.UpsertEntityAsync(HandGraph.Company("company:newer", "뉴어", "Newer", 36.0, 127.0))).Succeeded);
        }

        File.Copy(older, file, overwrite: true);

        await AssertOpensFromRowsAsync(path, expectedNote: "holds version 1, the database 2");
        await using EmbeddedGraphStore again = await OpenAsync(path);
        Assert.Equal(StoreLoadSource.SnapshotFile, again.LoadedFrom);
        Assert.NotNull((await again.GetEntitiesAsync(["company:newer"]))[0]);
    }

    [Fact]
    public async Task A_file_left_beside_a_replaced_database_is_ignored()
    {
        // Two databases at the same version with different content: the stamp's store ID tells them apart.
        string first = await CreateWrittenDatabaseAsync();
        string second = _files.NewDatabasePath();
        await using (EmbeddedGraphStore other = await OpenAsync(second, initial: HandGraph.Build))
        {
            Assert.True((await other.UpsertEntityAsync(HandGraph.Company("company:other", "아더", "Other", 36.0, 127.0))).Succeeded);
            Assert.True((await other.DeleteEntityAsync(HandGraph.B3)).Succeeded);
            Assert.Equal("3", await other.GetVersionAsync());
        }

        File.Copy(SnapshotPathOf(first), SnapshotPathOf(second), overwrite: true);

        await AssertOpensFromRowsAsync(second, expectedNote: "written for another database");
    }

    [Fact]
    public async Task A_row_written_beside_the_store_with_a_new_version_is_read()
    {
        string path = await CreateWrittenDatabaseAsync();
        Entity added = HandGraph.Company("company:beside", "옆", "Beside", 36.0, 127.0);
        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString()))
        {
            connection.Open();
            using SqliteCommand command = connection.CreateCommand();
            command.CommandText = "INSERT INTO entities (id, doc) VALUES ($id, $doc); UPDATE meta SET value = '5' WHERE key = 'version';";
            command.Parameters.AddWithValue("$id", added.Id);
            command.Parameters.AddWithValue("$doc", ModelJson.Write(added));
            command.ExecuteNonQuery();
        }

        await AssertOpensFromRowsAsync(path, expectedNote: "holds version 4, the database 5");
        await using EmbeddedGraphStore reopened = await OpenAsync(path);
        Assert.Equal(ModelJson.Write(added), ModelJson.Write((await reopened.GetEntitiesAsync([added.Id]))[0]!));
    }

    [Fact]
    public async Task A_file_of_another_format_is_ignored()
    {
        string path = await CreateWrittenDatabaseAsync();
        string file = SnapshotPathOf(path);
        byte[] bytes = await File.ReadAllBytesAsync(file);
        bytes[8] = 99;
        await File.WriteAllBytesAsync(file, bytes);

        await AssertOpensFromRowsAsync(path, expectedNote: "format 99, not 2");
    }

    public void Dispose() => _files.Dispose();

    // Hand graph plus an item with every optional field, every attribute kind, then writes of each
    // kind: version 4 at the end, closed cleanly (so the file holds version 4).
    private async Task<string> CreateWrittenDatabaseAsync()
    {
        string path = _files.NewDatabasePath();
        await using (EmbeddedGraphStore store = await OpenAsync(path, initial: RichGraph))
        {
            Assert.True((await store.UpsertEntityAsync(HandGraph.Company("company:c1", "씨원", "C One", 36.0, 127.0))).Succeeded);
            Assert.True((await store.DeleteEntityAsync(HandGraph.A2)).Succeeded);
            Assert.True((await store.UpsertRelationAsync(HandGraph.Relate(RelationType.Supplies, "company:c1", HandGraph.B1) with
            {
                Role = "wafers", Since = new DateOnly(2022, 3, 1), Until = new DateOnly(2030, 1, 1), Confidence = 0.5,
            })).Succeeded);
            Assert.Equal("4", await store.GetVersionAsync());
        }

        Assert.True(File.Exists(SnapshotPathOf(path)));
        return path;
    }

    private static KnowledgeGraph RichGraph()
    {
        KnowledgeGraph hand = HandGraph.Build();
        Source second = HandGraph.RichSource();
        Entity rich = HandGraph.RichInitiative() with
        {
            Aliases = ["R", "리치 별칭"],
            Indicators =
            [
                .. HandGraph.RichInitiative().Indicators,
                new Indicator("plain", new LocalizedText(null, "Plain"), -1e-9) { Evidence = [new Evidence(second.Id, "둘째"), new Evidence(HandGraph.SourceId, null)] },
            ],
        };
        Entity website = HandGraph.Company("company:web", "웹", "Web Co", null, null) with
        {
            Attributes = new CompanyAttributes(CompanySize.Large, "https://web.example"),
        };
        Relation located = HandGraph.Relate(RelationType.LocatedIn, rich.Id, HandGraph.Alpha);
        return new KnowledgeGraph([.. hand.Sources, second], [.. hand.Entities, rich, website], [.. hand.Relations, located]);
    }

    private static async Task AssertOpensFromRowsAsync(string path, string? expectedNote)
    {
        await using (EmbeddedGraphStore store = await OpenAsync(path))
        await using (EmbeddedGraphStore rows = await OpenAsync(path, useSnapshotFile: false))
        {
            Assert.Equal(StoreLoadSource.Database, store.LoadedFrom);
            Assert.NotNull(store.SnapshotFileNote);
            if (expectedNote is not null)
            {
                Assert.Equal(expectedNote, store.SnapshotFileNote);
            }

            await AssertSameGraphAsync(rows, store);
        }

        // Closing wrote a sound file again.
        await using EmbeddedGraphStore reopened = await OpenAsync(path);
        Assert.Equal(StoreLoadSource.SnapshotFile, reopened.LoadedFrom);
    }

    private static async Task AssertSameGraphAsync(EmbeddedGraphStore expected, EmbeddedGraphStore actual)
    {
        GraphStats stats = await expected.GetStatsAsync();
        GraphStats actualStats = await actual.GetStatsAsync();
        Assert.Equal(
            (stats.Version, stats.EntityCount, stats.RelationCount, stats.SourceCount),
            (actualStats.Version, actualStats.EntityCount, actualStats.RelationCount, actualStats.SourceCount));
        Assert.Equal(stats.CountsByKind, actualStats.CountsByKind);

        Page<Entity> entities = await expected.ListEntitiesAsync(EntityFilter.All, [], PageRequest.Forward(1000));
        Assert.Equal(stats.EntityCount, entities.Edges.Count);
        string[] entityIds = [.. entities.Edges.Select(e => e.Node.Id)];
        Assert.Equal(entityIds, (await actual.ListEntitiesAsync(EntityFilter.All, [], PageRequest.Forward(1000))).Edges.Select(e => e.Node.Id));
        Assert.Equal(
            (await expected.GetEntitiesAsync(entityIds)).Select(e => ModelJson.Write(e!)),
            (await actual.GetEntitiesAsync(entityIds)).Select(e => ModelJson.Write(e!)));

        var relationIds = new List<string>();
        foreach (Page<Relation> page in await expected.GetRelationsOfAsync(entityIds, RelationQuery.All, PageRequest.Forward(1000)))
        {
            relationIds.AddRange(page.Edges.Select(e => e.Node.Id));
        }

        string[] distinct = [.. relationIds.Distinct().Order(StringComparer.Ordinal)];
        Assert.Equal(stats.RelationCount, distinct.Length);
        Assert.Equal(
            (await expected.GetRelationsAsync(distinct)).Select(r => ModelJson.Write(r!)),
            (await actual.GetRelationsAsync(distinct)).Select(r => ModelJson.Write(r!)));

        Page<Source> sources = await expected.ListSourcesAsync(PageRequest.Forward(100));
        Assert.Equal(
            sources.Edges.Select(e => ModelJson.Write(e.Node)),
            (await actual.ListSourcesAsync(PageRequest.Forward(100))).Edges.Select(e => ModelJson.Write(e.Node)));

        // The indexes built from the file answer as those built from the rows.
        Assert.Equal(
            (await expected.GetNeighborsAsync(entityIds, NeighborQuery.All, PageRequest.Forward(100))).Select(p => string.Join(",", p.Edges.Select(e => e.Node.Id))),
            (await actual.GetNeighborsAsync(entityIds, NeighborQuery.All, PageRequest.Forward(100))).Select(p => string.Join(",", p.Edges.Select(e => e.Node.Id))));
        Assert.Equal(await expected.GetDegreesAsync(entityIds), await actual.GetDegreesAsync(entityIds));
        Assert.Equal(
            (await expected.GetContainingRegionsAsync(entityIds)).Select(e => e?.Id),
            (await actual.GetContainingRegionsAsync(entityIds)).Select(e => e?.Id));
        foreach (string text in new[] { "칩", "alpha", "ㅇㅇ", "리치", "web co", "비" })
        {
            Assert.Equal(
                (await expected.SearchAsync(new SearchQuery(text), PageRequest.Forward(50))).Edges.Select(e => (e.Node.Entity.Id, e.Node.Score, e.Node.Matched, e.Node.MatchKind)),
                (await actual.SearchAsync(new SearchQuery(text), PageRequest.Forward(50))).Edges.Select(e => (e.Node.Entity.Id, e.Node.Score, e.Node.Matched, e.Node.MatchKind)));
        }

        foreach ((string from, string to) in new[] { (HandGraph.A1, HandGraph.B1), (HandGraph.A3, HandGraph.Pact), (HandGraph.Lab, "company:c1") })
        {
            Assert.Equal(
                (await expected.FindShortestPathAsync(new PathQuery(from, to)))?.Steps.Select(step => step.Relation.Id),
                (await actual.FindShortestPathAsync(new PathQuery(from, to)))?.Steps.Select(step => step.Relation.Id));
        }
    }

    private static string SnapshotPathOf(string databasePath) => databasePath + ".snapshot";

    private static Task<EmbeddedGraphStore> OpenAsync(string path, bool useSnapshotFile = true, Func<KnowledgeGraph>? initial = null) =>
        EmbeddedGraphStore.OpenAsync(new EmbeddedStoreOptions { DatabasePath = path, InitialGraph = initial, FullSync = false, UseSnapshotFile = useSnapshotFile });
}
