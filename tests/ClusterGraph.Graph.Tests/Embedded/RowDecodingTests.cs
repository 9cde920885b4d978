using System.Globalization;
using ClusterGraph.Graph.Embedded;
using ClusterGraph.Graph.Model;
using ClusterGraph.Graph.Store;
using ClusterGraph.Graph.Tests.Store;
using Microsoft.Data.Sqlite;

namespace ClusterGraph.Graph.Tests.Embedded;

/// <summary>
/// The start-up decoder: every model shape comes back field for field, rows written by hand (escaped
/// names and values, properties in any order) decode as JSON means them, thousands of rows keep their
/// order across the decoding threads, and a row the decoder does not understand fails the open clearly.
/// </summary>
public sealed class RowDecodingTests : IDisposable
{
    private readonly EmbeddedStoreFactory _files = new();

    [Fact]
    public async Task Every_entity_kind_and_relation_field_round_trips_in_order_across_many_batches()
    {
        // 3,000 companies make several row batches (a batch holds at most 1,024 rows), so the
        // decoding threads' results must be put back in ID order.
        KnowledgeGraph hand = HandGraph.Build();
        var entities = new List<Entity>(hand.Entities);
        var relations = new List<Relation>(hand.Relations);
        for (int i = 0; i < 3000; i++)
        {
            string id = string.Create(CultureInfo.InvariantCulture, $"company:bulk-{i:D4}");
            entities.Add(HandGraph.Company(id, $"벌크 {i}", $"Bulk {i}", 35 + (i / 1000.0), 127) with
            {
                Attributes = new CompanyAttributes(i % 2 == 0 ? CompanySize.Large : CompanySize.Sme, i % 3 == 0 ? $"https://bulk{i}.example" : null),
                Aliases = i % 5 == 0 ? [$"B{i}", "벌크"] : [],
            });
            relations.Add(HandGraph.Relate(RelationType.LocatedIn, id, i % 2 == 0 ? HandGraph.Alpha : HandGraph.BetaCity) with
            {
                Role = i % 7 == 0 ? "plant" : null,
                Since = i % 4 == 0 ? new DateOnly(2000 + (i % 20), 1 + (i % 12), 1 + (i % 28)) : null,
                Until = i % 9 == 0 ? new DateOnly(2030, 12, 31) : null,
                Confidence = i % 10 / 10.0,
                Evidence = i % 11 == 0 ? [new Evidence(HandGraph.SourceId, "only")] : [new Evidence(HandGraph.SourceId, i % 2 == 0 ? "even" : "odd"), new Evidence(HandGraph.SourceId, "second")],
            });
        }

        var graph = new KnowledgeGraph(hand.Sources, entities, relations);
        string path = _files.NewDatabasePath();
        await (await EmbeddedGraphStore.OpenAsync(new EmbeddedStoreOptions { DatabasePath = path, InitialGraph = () => graph, FullSync = false, UseSnapshotFile = false })).DisposeAsync();

        await using EmbeddedGraphStore reopened = await EmbeddedGraphStore.OpenAsync(new EmbeddedStoreOptions { DatabasePath = path });

        IReadOnlyList<Entity?> readEntities = await reopened.GetEntitiesAsync([.. entities.Select(e => e.Id)]);
        for (int i = 0; i < entities.Count; i++)
        {
            AssertSame(entities[i], readEntities[i]);
        }

        IReadOnlyList<Relation?> readRelations = await reopened.GetRelationsAsync([.. relations.Select(r => r.Id)]);
        for (int i = 0; i < relations.Count; i++)
        {
            Relation expected = relations[i];
            Relation read = readRelations[i] ?? throw new Xunit.Sdk.XunitException($"{expected.Id} did not come back");
            Assert.Equal(expected with { Evidence = [] }, read with { Evidence = [] });
            Assert.Equal(expected.Evidence, read.Evidence);
        }

        // Listing is in ID order: the hand graph's six companies, then bulk-0000, bulk-0001, ...
        Page<Entity> first = await reopened.ListEntitiesAsync(new EntityFilter { Kinds = [EntityKind.Company] }, [], PageRequest.Forward(8));
        Assert.Equal(
            [HandGraph.A1, HandGraph.A2, HandGraph.A3, HandGraph.B1, HandGraph.B2, HandGraph.B3, "company:bulk-0000", "company:bulk-0001"],
            first.Edges.Select(e => e.Node.Id));
        Assert.Equal(3000 + hand.Entities.Count, (await reopened.GetStatsAsync()).EntityCount);
    }

    [Fact]
    public async Task Hand_written_rows_with_escapes_and_any_property_order_decode_as_json_means_them()
    {
        string path = await CreateWithHandGraphAsync();
        // "\u0069d" is "id", "COMP\u0041NY" is "COMPANY", "2021\u002d05\u002d06" is "2021-05-06": the
        // decoder's fast paths skip escaped text and must fall back to reading it properly.
        InsertRow(path, "entities", "company:hand", """
            {"evidence":[{"source":"source:hand","quote":"쓴 \"그대로\""}],"company":{"size":"LARGE","website":"https://hand.example"},
             "names":{"en":"Hand \u00e9crit","ko":"손글씨"},"kind":"COMP\u0041NY","\u0069d":"company:hand",
             "location":{"precision":"SITE","lon":127.5,"lat":36.25},"aliases":["\uD55C"]}
            """);
        InsertRow(path, "relations", "relation:hand", """
            {"to":"region:alpha","from":"company:hand","type":"LOCATED_IN","id":"relation:hand","confidence":0.75,
             "since":"2021\u002d05\u002d06","until":"2024-02-29","role":"HQ","evidence":[]}
            """);

        await using EmbeddedGraphStore store = await EmbeddedGraphStore.OpenAsync(new EmbeddedStoreOptions { DatabasePath = path });

        Entity entity = (await store.GetEntitiesAsync(["company:hand"]))[0] ?? throw new Xunit.Sdk.XunitException("company:hand missing");
        Assert.Equal(EntityKind.Company, entity.Kind);
        Assert.Equal(new LocalizedText("손글씨", "Hand écrit"), entity.Names);
        Assert.Equal(["한"], entity.Aliases);
        Assert.Equal(new GeoPoint(36.25, 127.5, LocationPrecision.Site), entity.Location);
        Assert.Equal(new CompanyAttributes(CompanySize.Large, "https://hand.example"), entity.Attributes);
        Assert.Equal([new Evidence(HandGraph.SourceId, "쓴 \"그대로\"")], entity.Evidence);
        Relation relation = (await store.GetRelationsAsync(["relation:hand"]))[0] ?? throw new Xunit.Sdk.XunitException("relation:hand missing");
        Assert.Equal(
            new Relation("relation:hand", RelationType.LocatedIn, "company:hand", HandGraph.Alpha)
            {
                Role = "HQ", Since = new DateOnly(2021, 5, 6), Until = new DateOnly(2024, 2, 29), Confidence = 0.75, Evidence = [],
            },
            relation with { Evidence = [] });
        Assert.Empty(relation.Evidence);
        // The relation is in the adjacency: the hand-written company is one of alpha's neighbors.
        Page<Entity> neighbors = (await store.GetNeighborsAsync([HandGraph.Alpha], NeighborQuery.All, PageRequest.Forward(100)))[0];
        Assert.Contains(neighbors.Edges, e => e.Node.Id == "company:hand");
    }

    [Theory]
    [InlineData("""{"id":"company:bad","kind":"COMPANY","names":{"ko":"나쁨"},"colour":"red"}""", "colour")]
    [InlineData("""{"id":"company:bad","kind":"SHIP","names":{"ko":"나쁨"}}""", "SHIP")]
    [InlineData("""{"id":"company:bad","kind":"COMPANY","names":{"ko":"나쁨"},"company":{"website":"x"}}""", "size")]
    public async Task A_row_the_decoder_does_not_understand_fails_the_open_with_a_clear_error(string row, string named)
    {
        string path = await CreateWithHandGraphAsync();
        InsertRow(path, "entities", "company:bad", row);

        InvalidDataException error = await Assert.ThrowsAsync<InvalidDataException>(
            () => EmbeddedGraphStore.OpenAsync(new EmbeddedStoreOptions { DatabasePath = path }));
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_row_after_thousands_of_good_ones_still_fails_the_open()
    {
        string path = await CreateWithHandGraphAsync();
        for (int i = 0; i < 2500; i++)
        {
            string id = string.Create(CultureInfo.InvariantCulture, $"company:ok-{i:D4}");
            InsertRow(path, "entities", id, $$"""{"id":"{{id}}","kind":"COMPANY","names":{"ko":"좋음"},"company":{"size":"SME"},"evidence":[]}""");
        }

        InsertRow(path, "entities", "company:zz-bad", """{"id":"company:zz-bad","kind":"COMPANY","names":{"ko":"나쁨"},"company":{"size":"HUGE"}}""");

        InvalidDataException error = await Assert.ThrowsAsync<InvalidDataException>(
            () => EmbeddedGraphStore.OpenAsync(new EmbeddedStoreOptions { DatabasePath = path }));
        Assert.Contains("HUGE", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _files.Dispose();

    private static void AssertSame(Entity expected, Entity? read)
    {
        Assert.NotNull(read);
        Assert.Equal((expected.Id, expected.Kind, expected.Names, expected.Description, expected.Location, expected.Attributes),
            (read.Id, read.Kind, read.Names, read.Description, read.Location, read.Attributes));
        Assert.Equal(expected.Aliases, read.Aliases);
        Assert.Equal(expected.Evidence, read.Evidence);
        Assert.Equal(expected.Indicators.Count, read.Indicators.Count);
        for (int i = 0; i < expected.Indicators.Count; i++)
        {
            Assert.Equal(expected.Indicators[i] with { Evidence = [] }, read.Indicators[i] with { Evidence = [] });
            Assert.Equal(expected.Indicators[i].Evidence, read.Indicators[i].Evidence);
        }
    }

    private static void InsertRow(string path, string table, string id, string doc)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = $"INSERT INTO {table} (id, doc) VALUES ($id, $doc)";
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$doc", doc);
        command.ExecuteNonQuery();
    }

    private async Task<string> CreateWithHandGraphAsync()
    {
        string path = _files.NewDatabasePath();
        // Without a snapshot file, so the next open decodes the rows these tests write by hand (rows
        // added beside the store without a new version are not seen while its snapshot file matches).
        await (await EmbeddedGraphStore.OpenAsync(new EmbeddedStoreOptions { DatabasePath = path, InitialGraph = HandGraph.Build, FullSync = false, UseSnapshotFile = false })).DisposeAsync();
        return path;
    }
}
