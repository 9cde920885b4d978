using ClusterGraph.Graph.Model;
using ClusterGraph.Graph.Store;
using static ClusterGraph.Graph.Tests.Store.HandGraph;

namespace ClusterGraph.Graph.Tests.Store;

public abstract partial class GraphStoreContractTests
{
    private static readonly EntityFilter s_companies = new() { Kinds = [EntityKind.Company] };

    [Fact]
    public async Task Lists_page_forward_and_backward_by_english_name()
    {
        await using IGraphStore store = await HandStoreAsync();
        EntityOrder[] byName = [new(EntityOrderField.Name, OrderDirection.Asc, Lang.En)];

        // English names, case-insensitive: A One < A Three < A Two < B One < B Three < B Two.
        Page<Entity> first = await store.ListEntitiesAsync(s_companies, byName, PageRequest.Forward(2, includeTotalCount: true), Ct);
        Page<Entity> second = await store.ListEntitiesAsync(s_companies, byName, PageRequest.Forward(2, first.EndCursor), Ct);
        Page<Entity> last = await store.ListEntitiesAsync(s_companies, byName, PageRequest.Backward(2), Ct);
        Page<Entity> beforeLast = await store.ListEntitiesAsync(s_companies, byName, PageRequest.Backward(2, last.StartCursor), Ct);

        Assert.Equal([A1, A3], first.Nodes.Select(e => e.Id));
        Assert.Equal(6, first.TotalCount);
        Assert.True(first.HasNextPage);
        Assert.False(first.HasPreviousPage);
        Assert.Equal([A2, B1], second.Nodes.Select(e => e.Id));
        Assert.True(second.HasPreviousPage);
        Assert.Null(second.TotalCount);
        Assert.Equal([B3, B2], last.Nodes.Select(e => e.Id));
        Assert.True(last.HasPreviousPage);
        Assert.False(last.HasNextPage);
        Assert.Equal([A2, B1], beforeLast.Nodes.Select(e => e.Id));
        Assert.True(beforeLast.HasNextPage);
    }

    [Fact]
    public async Task Lists_sort_by_korean_name_kind_and_degree_with_id_tie_break()
    {
        await using IGraphStore store = await HandStoreAsync();

        // Korean names by code unit: 비(U+BE44) < 에(U+C5D0); 쓰(U+C4F0) < 원(U+C6D0) < 투(U+D22C).
        Page<Entity> korean = await store.ListEntitiesAsync(s_companies, [new(EntityOrderField.Name)], PageRequest.Default, Ct);
        // Degrees: a1 6; a3, b1, b2 4 each (ties by ID); a2 2; b3 1.
        Page<Entity> degree = await store.ListEntitiesAsync(s_companies, [new(EntityOrderField.Degree, OrderDirection.Desc)], PageRequest.Default, Ct);
        // Kind descending puts the initiative first, then the stages by ID.
        Page<Entity> kind = await store.ListEntitiesAsync(EntityFilter.All, [new(EntityOrderField.Kind, OrderDirection.Desc)], PageRequest.Forward(4), Ct);

        Assert.Equal([B3, B1, B2, A3, A1, A2], korean.Nodes.Select(e => e.Id));
        Assert.Equal([A1, A3, B1, B2, A2, B3], degree.Nodes.Select(e => e.Id));
        Assert.Equal([Pact, Design, Fab, Pack], kind.Nodes.Select(e => e.Id));
    }

    [Fact]
    public async Task Within_is_transitive_and_respects_as_of()
    {
        await using IGraphStore store = await HandStoreAsync();

        Page<Entity> inAlpha = await store.ListEntitiesAsync(new EntityFilter { Within = [Alpha] }, [], PageRequest.Default, Ct);
        // b1 is LOCATED_IN beta-city only from 2021-01-01.
        Page<Entity> inBeta2020 = await store.ListEntitiesAsync(s_companies with { Within = [Beta], AsOf = new DateOnly(2020, 6, 1) }, [], PageRequest.Default, Ct);
        Page<Entity> inBeta2021 = await store.ListEntitiesAsync(s_companies with { Within = [Beta], AsOf = new DateOnly(2021, 1, 1) }, [], PageRequest.Default, Ct);
        Page<Entity> inComplexOrBetaCity = await store.ListEntitiesAsync(new EntityFilter { Within = [AlphaPark, BetaCity] }, [], PageRequest.Default, Ct);

        Assert.Equal([A1, A2, A3, AlphaPark, Pact, Lab], inAlpha.Nodes.Select(e => e.Id));
        Assert.Equal([B2, B3], inBeta2020.Nodes.Select(e => e.Id));
        Assert.Equal([B1, B2, B3], inBeta2021.Nodes.Select(e => e.Id));
        Assert.Equal([A1, A2, B1, B2], inComplexOrBetaCity.Nodes.Select(e => e.Id));
    }

    [Fact]
    public async Task Active_in_an_industry_matches_its_stages()
    {
        await using IGraphStore store = await HandStoreAsync();

        Page<Entity> chips = await store.ListEntitiesAsync(new EntityFilter { ActiveIn = [Chips] }, [], PageRequest.Default, Ct);
        Page<Entity> fabInAlpha = await store.ListEntitiesAsync(new EntityFilter { ActiveIn = [Fab], Within = [Alpha] }, [], PageRequest.Default, Ct);
        Page<Entity> notAnActivity = await store.ListEntitiesAsync(new EntityFilter { ActiveIn = [A1] }, [], PageRequest.Default, Ct);

        Assert.Equal([A1, A2, A3, B1, B2, Lab], chips.Nodes.Select(e => e.Id));
        Assert.Equal([A3], fabInAlpha.Nodes.Select(e => e.Id));
        Assert.Empty(notAnActivity.Edges);
    }

    [Fact]
    public async Task Lists_of_each_filter_come_back_in_the_filters_order_with_one_page_request()
    {
        await using IGraphStore store = await HandStoreAsync();

        // Answers as in the tests above: companies within alpha are a1, a2, a3; fab within alpha only a3;
        // within alpha-park or beta-city a1, a2, b1, b2; no kind matches nothing.
        IReadOnlyList<Page<Entity>> pages = await store.ListEntitiesOfEachAsync(
            [s_companies with { Within = [Alpha] }, new EntityFilter { ActiveIn = [Fab], Within = [Alpha] }, new EntityFilter { Kinds = [] }, new EntityFilter { Within = [AlphaPark, BetaCity] }],
            [],
            PageRequest.Forward(2, includeTotalCount: true),
            Ct);
        Page<Entity> rest = (await store.ListEntitiesOfEachAsync([s_companies with { Within = [Alpha] }], [], PageRequest.Forward(2, pages[0].EndCursor), Ct))[0];
        Page<Entity> single = await store.ListEntitiesAsync(s_companies, [], PageRequest.Forward(2, pages[0].EndCursor), Ct);

        Assert.Equal(4, pages.Count);
        Assert.Equal([A1, A2], pages[0].Nodes.Select(e => e.Id));
        Assert.Equal((3, true), (pages[0].TotalCount, pages[0].HasNextPage));
        Assert.Equal([A3], pages[1].Nodes.Select(e => e.Id));
        Assert.Equal((1, false), (pages[1].TotalCount, pages[1].HasNextPage));
        Assert.Empty(pages[2].Edges);
        Assert.Equal(0, pages[2].TotalCount);
        Assert.Equal([A1, A2], pages[3].Nodes.Select(e => e.Id));
        Assert.Equal((4, true), (pages[3].TotalCount, pages[3].HasNextPage));
        Assert.Equal([A3], rest.Nodes.Select(e => e.Id));
        Assert.True(rest.HasPreviousPage);
        // The batch's cursors are the single list's cursors: companies after a2 (within anywhere) are a3, b1 ….
        Assert.Equal([A3, B1], single.Nodes.Select(e => e.Id));
        Assert.Empty(await store.ListEntitiesOfEachAsync([], [], PageRequest.Default, Ct));
    }

    [Fact]
    public async Task Name_contains_ignores_case_width_and_spaces_and_reads_aliases()
    {
        await using IGraphStore store = await HandStoreAsync();

        Page<Entity> two = await store.ListEntitiesAsync(new EntityFilter { NameContains = "TWO" }, [], PageRequest.Default, Ct);
        Page<Entity> fullWidth = await store.ListEntitiesAsync(new EntityFilter { NameContains = "ｌａｂ" }, [], PageRequest.Default, Ct);
        Page<Entity> korean = await store.ListEntitiesAsync(new EntityFilter { NameContains = "에이" }, [], PageRequest.Default, Ct);
        Page<Entity> spaced = await store.ListEntitiesAsync(new EntityFilter { NameContains = "alphap ark" }, [], PageRequest.Default, Ct);

        Assert.Equal([A2, B2], two.Nodes.Select(e => e.Id));
        Assert.Equal([Lab], fullWidth.Nodes.Select(e => e.Id));
        Assert.Equal([A1, A2, A3], korean.Nodes.Select(e => e.Id));
        Assert.Equal([AlphaPark], spaced.Nodes.Select(e => e.Id));
    }

    [Fact]
    public async Task Bounding_box_levels_and_initiative_dates_filter()
    {
        await using IGraphStore store = await HandStoreAsync();

        // Alpha's entities lie at 37.0-37.1 N, 126.0-126.1 E; Korea's centroid (36.5, 127.8) and Beta's are outside.
        Page<Entity> inBox = await store.ListEntitiesAsync(s_companies with { BoundingBox = new BoundingBox(125.5, 36.5, 126.5, 37.5) }, [], PageRequest.Default, Ct);
        Page<Entity> cities = await store.ListEntitiesAsync(new EntityFilter { RegionLevels = [RegionLevel.City] }, [], PageRequest.Default, Ct);
        Page<Entity> from2020 = await store.ListEntitiesAsync(new EntityFilter { InitiativeFrom = new DateOnly(2020, 1, 1), InitiativeTo = new DateOnly(2020, 1, 1) }, [], PageRequest.Default, Ct);
        Page<Entity> after2020 = await store.ListEntitiesAsync(new EntityFilter { InitiativeFrom = new DateOnly(2020, 1, 2) }, [], PageRequest.Default, Ct);
        IReadOnlyList<int> counts = await store.CountEntitiesAsync([s_companies, new EntityFilter { Within = [Beta] }, new EntityFilter { Kinds = [] }], Ct);

        Assert.Equal([A1, A2, A3], inBox.Nodes.Select(e => e.Id));
        Assert.Equal([BetaCity], cities.Nodes.Select(e => e.Id));
        Assert.Equal([Pact], from2020.Nodes.Select(e => e.Id));
        Assert.Empty(after2020.Edges);
        Assert.Equal([6, 4, 0], counts);
    }

    [Fact]
    public async Task Bad_cursors_are_refused_with_the_argument_named()
    {
        await using IGraphStore store = await HandStoreAsync();
        Page<Entity> byName = await store.ListEntitiesAsync(s_companies, [new(EntityOrderField.Name)], PageRequest.Forward(1), Ct);

        GraphQueryException garbage = await Assert.ThrowsAsync<GraphQueryException>(() =>
            store.ListEntitiesAsync(s_companies, [], PageRequest.Forward(1, "not-a-cursor"), Ct));
        GraphQueryException otherOrder = await Assert.ThrowsAsync<GraphQueryException>(() =>
            store.ListEntitiesAsync(s_companies, [new(EntityOrderField.Degree)], PageRequest.Backward(1, byName.EndCursor), Ct));

        Assert.Equal((GraphQueryErrorCode.InvalidCursor, "after"), (garbage.Code, garbage.Argument));
        Assert.Equal((GraphQueryErrorCode.InvalidCursor, "before"), (otherOrder.Code, otherOrder.Argument));
    }

    [Fact]
    public async Task A_cursor_from_an_older_version_continues_after_its_key()
    {
        await using IGraphStore store = await HandStoreAsync();
        Page<Entity> first = await store.ListEntitiesAsync(s_companies, [], PageRequest.Forward(2), Ct);

        // Between the pages: a0 is added before the cursor, a2 (the cursor's own item) deleted, a25 added after it.
        Assert.True((await store.UpsertEntityAsync(Company("company:a0", "에이영", "A Zero", null, null), Ct)).Succeeded);
        Assert.True((await store.DeleteEntityAsync(A2, Ct)).Succeeded);
        Assert.True((await store.UpsertEntityAsync(Company("company:a25", "에이이오", "A Two Five", null, null), Ct)).Succeeded);
        Page<Entity> next = await store.ListEntitiesAsync(s_companies, [], PageRequest.Forward(2, first.EndCursor), Ct);

        Assert.Equal([A1, A2], first.Nodes.Select(e => e.Id));
        Assert.Equal(["company:a25", A3], next.Nodes.Select(e => e.Id));
        Assert.True(next.HasPreviousPage);
    }
}
