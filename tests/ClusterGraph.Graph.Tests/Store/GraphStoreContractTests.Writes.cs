using ClusterGraph.Graph.Model;
using ClusterGraph.Graph.Store;
using static ClusterGraph.Graph.Tests.Store.HandGraph;

namespace ClusterGraph.Graph.Tests.Store;

public abstract partial class GraphStoreContractTests
{
    [Fact]
    public async Task Upserts_are_visible_at_once_and_bump_the_version_by_one()
    {
        await using IGraphStore store = await HandStoreAsync();
        long before = long.Parse(await store.GetVersionAsync(Ct), System.Globalization.CultureInfo.InvariantCulture);

        WriteResult<Source> source = await store.UpsertSourceAsync(new Source("source:second", "Second", Lang.Ko), Ct);
        WriteResult<Entity> entity = await store.UpsertEntityAsync(Company("company:c1", "씨원", "C One", null, null), Ct);
        WriteResult<Relation> relation = await store.UpsertRelationAsync(Relate(RelationType.Supplies, "company:c1", A1), Ct);

        Assert.True(source.Succeeded && entity.Succeeded && relation.Succeeded);
        Assert.Equal([before + 1, before + 2, before + 3], new[] { source.Version, entity.Version, relation.Version }.Select(v => long.Parse(v!, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(relation.Version, await store.GetVersionAsync(Ct));
        Assert.Equal("C One", (await store.GetEntitiesAsync(["company:c1"], Ct))[0]?.Names.En);
        Assert.Equal([7], await store.GetDegreesAsync([A1], Ct));
        Assert.Equal(2, (await store.GetStatsAsync(Ct)).SourceCount);
    }

    [Fact]
    public async Task An_upsert_replaces_the_whole_entity()
    {
        await using IGraphStore store = await HandStoreAsync();
        Entity renamed = Company(B3, "비삼", "B Three Renamed", 36.2, 128.6) with { Aliases = ["B3"] };

        WriteResult<Entity> result = await store.UpsertEntityAsync(renamed, Ct);
        Page<SearchHit> hits = await store.SearchAsync(new SearchQuery("b3"), PageRequest.Default, Ct);

        Assert.True(result.Succeeded);
        Assert.Equal(renamed, (await store.GetEntitiesAsync([B3], Ct))[0]);
        Assert.Equal([1], await store.GetDegreesAsync([B3], Ct));
        Assert.Equal(B3, hits.Nodes.First().Entity.Id);
        Assert.Equal(SearchMatchKind.ExactAlias, hits.Nodes.First().MatchKind);
    }

    [Fact]
    public async Task Invalid_writes_change_nothing_and_say_why()
    {
        await using IGraphStore store = await HandStoreAsync();
        string version = await store.GetVersionAsync(Ct);

        WriteResult<Relation> wrongKinds = await store.UpsertRelationAsync(Relate(RelationType.LocatedIn, A1, Chips), Ct);
        WriteResult<Relation> dangling = await store.UpsertRelationAsync(Relate(RelationType.Supplies, A1, "company:ghost"), Ct);
        WriteResult<Entity> noEvidence = await store.UpsertEntityAsync(Company("company:c2", "씨투", "C Two", null, null) with { Evidence = [] }, Ct);
        WriteResult<Entity> unknownSource = await store.UpsertEntityAsync(Company("company:c3", "씨쓰리", "C Three", null, null) with { Evidence = [new Evidence("source:ghost", "q")] }, Ct);
        // A second STAGE_OF for a stage would give it two industries.
        Entity other = new("industry:other", EntityKind.Industry, new LocalizedText("기타", "Other")) { Evidence = Cite };
        Assert.True((await store.UpsertEntityAsync(other, Ct)).Succeeded);
        version = await store.GetVersionAsync(Ct);
        WriteResult<Relation> secondIndustry = await store.UpsertRelationAsync(Relate(RelationType.StageOf, Fab, other.Id), Ct);
        // Moving a stage's declared industry away from its STAGE_OF relation breaks that relation.
        Entity movedStage = (await store.GetEntitiesAsync([Fab], Ct))[0]! with { Attributes = new StageAttributes(2, other.Id) };
        WriteResult<Entity> conflicting = await store.UpsertEntityAsync(movedStage, Ct);

        Assert.Equal(WriteErrorCode.NotAllowedBetweenKinds, Assert.Single(wrongKinds.Errors).Code);
        Assert.Contains(dangling.Errors, e => e.Code == WriteErrorCode.ReferenceMissing && e.Field == "to");
        Assert.Contains(noEvidence.Errors, e => e.Code == WriteErrorCode.EvidenceRequired);
        Assert.Contains(unknownSource.Errors, e => e.Code == WriteErrorCode.ReferenceMissing);
        Assert.Contains(secondIndustry.Errors, e => e.Code == WriteErrorCode.Conflict);
        Assert.Contains(conflicting.Errors, e => e.Code == WriteErrorCode.Conflict);
        Assert.All(new[] { wrongKinds.Version, dangling.Version, noEvidence.Version, secondIndustry.Version, conflicting.Version }, Assert.Null);
        Assert.Equal(version, await store.GetVersionAsync(Ct));
        Assert.Equal([null, null], await store.GetEntitiesAsync(["company:c2", "company:c3"], Ct));
        Assert.Equal(Chips, (await store.GetIndustriesOfStagesAsync([Fab], Ct))[0]?.Id);
    }

    [Fact]
    public async Task Deleting_an_entity_cascades_to_its_relations()
    {
        await using IGraphStore store = await HandStoreAsync();

        DeleteResult deleted = await store.DeleteEntityAsync(A1, Ct);

        Assert.True(deleted.Succeeded);
        Assert.Equal(A1, deleted.DeletedId);
        Assert.Equal(
            ["relation:active-in:a1:chips-pack", "relation:located-in:a1:alpha-park", "relation:participates-in:a1:pact",
             "relation:partners-with:a1:b2", "relation:supplies:a3:a1", "relation:supports:lab:a1"],
            deleted.CascadeIds);
        Assert.Equal([null], await store.GetEntitiesAsync([A1], Ct));
        Assert.Equal([null], await store.GetRelationsAsync(["relation:supplies:a3:a1"], Ct));
        // lab had alpha, pack, a1, a3; b2 had beta-city, design, a1, b1.
        Assert.Equal([3, 3], await store.GetDegreesAsync([Lab, B2], Ct));
        Assert.Equal(25, (await store.GetStatsAsync(Ct)).RelationCount);
    }

    [Fact]
    public async Task Deletes_refuse_missing_items_and_dangling_references()
    {
        await using IGraphStore store = await HandStoreAsync();
        string version = await store.GetVersionAsync(Ct);

        DeleteResult missingEntity = await store.DeleteEntityAsync("company:none", Ct);
        DeleteResult missingRelation = await store.DeleteRelationAsync("relation:supplies:x:y", Ct);
        // The stages declare chips as their industry.
        DeleteResult industry = await store.DeleteEntityAsync(Chips, Ct);
        DeleteResult relation = await store.DeleteRelationAsync("relation:supplies:a3:a1", Ct);

        Assert.Equal(WriteErrorCode.NotFound, Assert.Single(missingEntity.Errors).Code);
        Assert.Equal(WriteErrorCode.NotFound, Assert.Single(missingRelation.Errors).Code);
        Assert.Equal(3, industry.Errors.Count);
        Assert.All(industry.Errors, e => Assert.Equal(WriteErrorCode.Conflict, e.Code));
        Assert.Null(industry.Version);
        Assert.True(relation.Succeeded);
        Assert.Equal(long.Parse(version, System.Globalization.CultureInfo.InvariantCulture) + 1, long.Parse(relation.Version!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal([3], await store.GetDegreesAsync([A3], Ct));
    }

    [Fact]
    public async Task Import_replaces_everything_or_nothing()
    {
        await using IGraphStore store = await HandStoreAsync();
        var small = new KnowledgeGraph([HandGraph.Source], [Company("company:only", "하나", "Only", null, null)], []);
        var broken = new KnowledgeGraph([HandGraph.Source], [Company("company:x", "엑스", "X", null, null)], [Relate(RelationType.Supplies, "company:x", "company:ghost")]);

        ImportResult refused = await store.ImportAsync(broken, Ct);
        Assert.False(refused.Succeeded);
        Assert.Equal(17, (await store.GetStatsAsync(Ct)).EntityCount);

        ImportResult imported = await store.ImportAsync(small, Ct);
        GraphStats stats = await store.GetStatsAsync(Ct);

        Assert.True(imported.Succeeded);
        Assert.Equal((1, 0), (stats.EntityCount, stats.RelationCount));
        Assert.Equal(imported.Version, stats.Version);
    }

    [Fact]
    public async Task Change_feed_reports_each_write_and_replays_since_a_version()
    {
        await using IGraphStore store = await HandStoreAsync();
        string start = await store.GetVersionAsync(Ct);
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using IAsyncEnumerator<GraphChange> live = store.WatchChangesAsync(null, cancel.Token).GetAsyncEnumerator(cancel.Token);
        Task<bool> firstMove = live.MoveNextAsync().AsTask();

        WriteResult<Entity> created = await store.UpsertEntityAsync(Company("company:c1", "씨원", "C One", null, null), Ct);
        DeleteResult deleted = await store.DeleteEntityAsync(A2, Ct);

        Assert.True(await firstMove);
        Assert.Equal(created.Version, live.Current.Version);
        Assert.Equal(["company:c1"], live.Current.Upserted);
        Assert.True(await live.MoveNextAsync());
        Assert.Equal(deleted.Version, live.Current.Version);
        Assert.Equal([A2, "relation:active-in:a2:chips-pack", "relation:located-in:a2:alpha-park"], live.Current.Deleted);

        // A late subscriber asking for everything since `start` gets both again, in order.
        await using IAsyncEnumerator<GraphChange> replay = store.WatchChangesAsync(start, cancel.Token).GetAsyncEnumerator(cancel.Token);
        Assert.True(await replay.MoveNextAsync());
        Assert.Equal(created.Version, replay.Current.Version);
        Assert.True(await replay.MoveNextAsync());
        Assert.Equal(deleted.Version, replay.Current.Version);
        Assert.Throws<GraphQueryException>(() => store.WatchChangesAsync("v-latest", cancel.Token));
    }
}
