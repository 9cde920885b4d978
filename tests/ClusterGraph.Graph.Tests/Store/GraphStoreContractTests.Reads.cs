using ClusterGraph.Graph.Model;
using ClusterGraph.Graph.Store;
using static ClusterGraph.Graph.Tests.Store.HandGraph;

namespace ClusterGraph.Graph.Tests.Store;

public abstract partial class GraphStoreContractTests
{
    [Fact]
    public async Task Relations_and_sources_by_ids_answer_in_order()
    {
        await using IGraphStore store = await HandStoreAsync();
        string supplies = GraphIds.ForRelation(RelationType.Supplies, A3, A1);

        IReadOnlyList<Relation?> relations = await store.GetRelationsAsync([supplies, "relation:supplies:x:y"], Ct);
        IReadOnlyList<Source?> sources = await store.GetSourcesAsync(["source:none", SourceId], Ct);

        Assert.Equal(A3, relations[0]?.FromId);
        Assert.Null(relations[1]);
        Assert.Null(sources[0]);
        Assert.Equal("Hand-made test graph", sources[1]?.Title);
    }

    [Fact]
    public async Task Degrees_count_every_relation_of_every_type_and_direction()
    {
        await using IGraphStore store = await HandStoreAsync();

        // a1: located-in, active-in, supported by lab, supplied by a3, partners b2, participates pact = 6.
        // b3: located-in only. A missing ID has degree 0.
        IReadOnlyList<int> degrees = await store.GetDegreesAsync([A1, B3, "company:none"], Ct);

        Assert.Equal([6, 1, 0], degrees);
    }

    [Fact]
    public async Task Containing_region_is_the_smallest_region_through_complexes()
    {
        await using IGraphStore store = await HandStoreAsync();

        // a1 sits in alpha-park, which is in alpha; b1 in beta-city; a region's region is its parent;
        // the country and an industry have none.
        IReadOnlyList<Entity?> regions = await store.GetContainingRegionsAsync([A1, B1, BetaCity, Korea, Chips], Ct);

        Assert.Equal([Alpha, BetaCity, Beta, null, null], regions.Select(r => r?.Id));
    }

    [Fact]
    public async Task Bounds_cover_the_place_and_everything_located_in_it()
    {
        await using IGraphStore store = await HandStoreAsync();

        // beta (36.0, 128.5), beta-city (36.1, 128.4), b1 and b2 at (36.1, 128.4); b3 has no location.
        IReadOnlyList<BoundingBox?> bounds = await store.GetBoundsAsync([Beta, Chips], Ct);

        Assert.Equal(new BoundingBox(128.4, 36.0, 128.5, 36.1), bounds[0]);
        Assert.Null(bounds[1]);
    }

    [Fact]
    public async Task Stages_come_in_value_chain_order_and_know_their_industry()
    {
        await using IGraphStore store = await HandStoreAsync();

        IReadOnlyList<IReadOnlyList<Entity>> stages = await store.GetStagesAsync([Chips, A1], Ct);
        IReadOnlyList<Entity?> industries = await store.GetIndustriesOfStagesAsync([Fab, A1], Ct);

        Assert.Equal([Design, Fab, Pack], stages[0].Select(s => s.Id));
        Assert.Empty(stages[1]);
        Assert.Equal([Chips, null], industries.Select(i => i?.Id));
    }

    [Fact]
    public async Task Relations_of_follow_direction_with_partners_undirected()
    {
        await using IGraphStore store = await HandStoreAsync();

        IReadOnlyList<Page<Relation>> pages = await store.GetRelationsOfAsync([A1, "company:none"], new RelationQuery(Direction: Direction.In), PageRequest.Default, Ct);
        IReadOnlyList<Page<Relation>> outgoing = await store.GetRelationsOfAsync([A1], new RelationQuery(Direction: Direction.Out), PageRequest.Forward(2, includeTotalCount: true), Ct);

        // Into a1: lab's support, a3's supplies, and the undirected partnership with b2 (ordered by ID).
        Assert.Equal(
            ["relation:partners-with:a1:b2", "relation:supplies:a3:a1", "relation:supports:lab:a1"],
            pages[0].Nodes.Select(r => r.Id));
        Assert.Empty(pages[1].Edges);

        // Out of a1: active-in, located-in, participates-in, partners-with; the first two by ID.
        Assert.Equal(["relation:active-in:a1:chips-pack", "relation:located-in:a1:alpha-park"], outgoing[0].Nodes.Select(r => r.Id));
        Assert.True(outgoing[0].HasNextPage);
        Assert.Equal(4, outgoing[0].TotalCount);
        IReadOnlyList<Page<Relation>> rest = await store.GetRelationsOfAsync([A1], new RelationQuery(Direction: Direction.Out), PageRequest.Forward(10, outgoing[0].EndCursor), Ct);
        Assert.Equal(["relation:participates-in:a1:pact", "relation:partners-with:a1:b2"], rest[0].Nodes.Select(r => r.Id));
        Assert.False(rest[0].HasNextPage);
        Assert.True(rest[0].HasPreviousPage);
    }

    [Fact]
    public async Task Relations_of_filter_by_type_and_validity()
    {
        await using IGraphStore store = await HandStoreAsync();

        // b1's LOCATED_IN holds from 2021-01-01; its participation in the pact from 2020-01-01.
        var query2020 = new RelationQuery(AsOf: new DateOnly(2020, 6, 1));
        var query2021 = new RelationQuery([RelationType.LocatedIn], AsOf: new DateOnly(2021, 1, 1));
        IReadOnlyList<Page<Relation>> in2020 = await store.GetRelationsOfAsync([B1], query2020, PageRequest.Default, Ct);
        IReadOnlyList<Page<Relation>> in2021 = await store.GetRelationsOfAsync([B1], query2021, PageRequest.Default, Ct);

        Assert.DoesNotContain(in2020[0].Nodes, r => r.Type == RelationType.LocatedIn);
        Assert.Contains(in2020[0].Nodes, r => r.Type == RelationType.ParticipatesIn);
        Assert.Equal(["relation:located-in:b1:beta-city"], in2021[0].Nodes.Select(r => r.Id));
    }

    [Fact]
    public async Task Neighbors_are_distinct_by_id_and_filtered_by_kind()
    {
        await using IGraphStore store = await HandStoreAsync();

        // b2 is the `to` end of a1-b2 and the `from` end of b2-b1; partnership is undirected, so OUT finds both.
        IReadOnlyList<Page<Entity>> partners = await store.GetNeighborsAsync([B2], new NeighborQuery([RelationType.PartnersWith], Direction: Direction.Out), PageRequest.Default, Ct);
        // alpha's neighbors that are companies: only a3 is LOCATED_IN alpha directly.
        IReadOnlyList<Page<Entity>> companies = await store.GetNeighborsAsync([Alpha], new NeighborQuery(Kinds: [EntityKind.Company]), PageRequest.Default, Ct);
        // lab: alpha, chips-pack, a1, a3 -> by ID.
        IReadOnlyList<Page<Entity>> all = await store.GetNeighborsAsync([Lab], NeighborQuery.All, PageRequest.Forward(3), Ct);

        Assert.Equal([A1, B1], partners[0].Nodes.Select(e => e.Id));
        Assert.Equal([A3], companies[0].Nodes.Select(e => e.Id));
        Assert.Equal([A1, A3, Alpha], all[0].Nodes.Select(e => e.Id));
        Assert.True(all[0].HasNextPage);
    }

    [Fact]
    public async Task Relations_among_entities_join_only_members()
    {
        await using IGraphStore store = await HandStoreAsync();

        IReadOnlyList<Relation> among = await store.GetRelationsAmongAsync([A1, A3, Lab, B3], null, Ct);

        Assert.Equal(["relation:supplies:a3:a1", "relation:supports:lab:a1", "relation:supports:lab:a3"], among.Select(r => r.Id));
    }

    [Fact]
    public async Task Sources_list_their_citing_relations_and_mentions()
    {
        await using IGraphStore store = await HandStoreAsync();

        Page<Source> sources = await store.ListSourcesAsync(PageRequest.Forward(10, includeTotalCount: true), Ct);
        IReadOnlyList<Page<Relation>> citing = await store.GetRelationsCitingAsync([SourceId, "source:none"], PageRequest.Forward(1, includeTotalCount: true), Ct);
        IReadOnlyList<Page<Entity>> mentions = await store.GetEntitiesMentioningAsync([SourceId], PageRequest.Forward(2, includeTotalCount: true), Ct);

        Assert.Equal([SourceId], sources.Nodes.Select(s => s.Id));
        Assert.Equal(1, sources.TotalCount);
        Assert.Equal(31, citing[0].TotalCount);
        Assert.Equal("relation:active-in:a1:chips-pack", Assert.Single(citing[0].Edges).Node.Id);
        Assert.Equal(0, citing[1].TotalCount);
        Assert.Equal(17, mentions[0].TotalCount);
        Assert.Equal([A1, A2], mentions[0].Nodes.Select(e => e.Id));
    }

    [Fact]
    public async Task Stats_count_by_kind_and_carry_the_version()
    {
        await using IGraphStore store = await HandStoreAsync();

        GraphStats stats = await store.GetStatsAsync(Ct);

        Assert.Equal((17, 31, 1), (stats.EntityCount, stats.RelationCount, stats.SourceCount));
        Assert.Equal(
            [4, 1, 6, 1, 1, 3, 1],
            stats.CountsByKind.Select(k => k.Value));
        Assert.Equal(await store.GetVersionAsync(Ct), stats.Version);
    }

    [Fact]
    public async Task Too_large_batches_and_pages_are_refused()
    {
        await using IGraphStore store = await HandStoreAsync();

        GraphQueryException tooMany = await Assert.ThrowsAsync<GraphQueryException>(() =>
            store.GetEntitiesAsync([.. Enumerable.Repeat(A1, StoreLimits.MaxBatchSize + 1)], Ct));
        GraphQueryException pageTooLarge = await Assert.ThrowsAsync<GraphQueryException>(() =>
            store.ListEntitiesAsync(EntityFilter.All, [], PageRequest.Forward(StoreLimits.MaxPageSize + 1), Ct));
        GraphQueryException both = await Assert.ThrowsAsync<GraphQueryException>(() =>
            store.ListEntitiesAsync(EntityFilter.All, [], new PageRequest(First: 1, Last: 1), Ct));
        GraphQueryException negative = await Assert.ThrowsAsync<GraphQueryException>(() =>
            store.GetNeighborsAsync([A1], NeighborQuery.All, PageRequest.Forward(-1), Ct));

        Assert.Equal("ids", tooMany.Argument);
        Assert.Equal("first", pageTooLarge.Argument);
        Assert.Equal(GraphQueryErrorCode.InvalidArgument, both.Code);
        Assert.Equal("first", negative.Argument);
    }
}
