using ClusterGraph.Graph.Store;
using static ClusterGraph.Graph.Tests.Store.HandGraph;

namespace ClusterGraph.Graph.Tests.Store;

public abstract partial class GraphStoreContractTests
{
    [Fact]
    public async Task Search_ranks_exact_name_then_prefix_then_substring()
    {
        await using IGraphStore store = await HandStoreAsync();

        // "비" starts 비원, 비투, 비쓰리 (prefix; the shorter name covers more of itself: 2-letter names first).
        Page<SearchHit> bee = await store.SearchAsync(new SearchQuery("비"), PageRequest.Default, Ct);
        // "lab" is the English name of the lab exactly; no other name contains it.
        Page<SearchHit> lab = await store.SearchAsync(new SearchQuery("LAB"), PageRequest.Default, Ct);
        // "one": substring of "A One" and "B One".
        Page<SearchHit> one = await store.SearchAsync(new SearchQuery("one"), PageRequest.Default, Ct);

        Assert.Equal([B1, B2, B3], bee.Nodes.Select(h => h.Entity.Id));
        Assert.All(bee.Nodes, h => Assert.Equal(SearchMatchKind.Prefix, h.MatchKind));
        Assert.Equal(Lab, Assert.Single(lab.Nodes).Entity.Id);
        Assert.Equal(SearchMatchKind.ExactName, lab.Nodes.Single().MatchKind);
        Assert.Equal([A1, B1], one.Nodes.Select(h => h.Entity.Id));
        Assert.All(one.Nodes, h => Assert.Equal(SearchMatchKind.Substring, h.MatchKind));
    }

    [Fact]
    public async Task Search_matches_choseong_initials()
    {
        await using IGraphStore store = await HandStoreAsync();

        // ㅂㅌ: 비투 (ㅂㅌ, whole) before 베타도 and 베타시 (ㅂㅌㄷ, ㅂㅌㅅ: 2 of 3), those by ID.
        Page<SearchHit> hits = await store.SearchAsync(new SearchQuery("ㅂㅌ"), PageRequest.Default, Ct);
        // Mixed: syllable 에 then initial ㅇ then ㅇ: 에이원 only (에이쓰리 has ㅆ, 에이투 ㅌ).
        Page<SearchHit> mixed = await store.SearchAsync(new SearchQuery("에ㅇㅇ"), PageRequest.Default, Ct);

        Assert.Equal([B2, Beta, BetaCity], hits.Nodes.Select(h => h.Entity.Id));
        Assert.Equal("비투", hits.Nodes.First().Matched);
        Assert.Equal([A1], mixed.Nodes.Select(h => h.Entity.Id));
    }

    [Fact]
    public async Task Search_tolerates_one_typo_in_words_of_four_letters_or_more()
    {
        await using IGraphStore store = await HandStoreAsync();

        // "alpah" swaps two letters of "alpha"; "alpa" drops one. Both reach Alpha City and Alpha Park.
        Page<SearchHit> swapped = await store.SearchAsync(new SearchQuery("alpah"), PageRequest.Default, Ct);
        Page<SearchHit> dropped = await store.SearchAsync(new SearchQuery("Alpa park"), PageRequest.Default, Ct);
        // "onw" is 3 letters: no typo tolerance, and it is no substring of anything.
        Page<SearchHit> tooShort = await store.SearchAsync(new SearchQuery("onw"), PageRequest.Default, Ct);

        Assert.Equal([AlphaPark, Alpha], swapped.Nodes.Select(h => h.Entity.Id).Order(StringComparer.Ordinal));
        Assert.All(swapped.Nodes, h => Assert.Equal(SearchMatchKind.Fuzzy, h.MatchKind));
        Assert.Equal([AlphaPark], dropped.Nodes.Select(h => h.Entity.Id));
        Assert.Empty(tooShort.Edges);
    }

    [Fact]
    public async Task Search_filters_kinds_pages_forward_and_refuses_blank_text()
    {
        await using IGraphStore store = await HandStoreAsync();

        Page<SearchHit> first = await store.SearchAsync(new SearchQuery("비", [ClusterGraph.Graph.Model.EntityKind.Company]), PageRequest.Forward(2, includeTotalCount: true), Ct);
        Page<SearchHit> rest = await store.SearchAsync(new SearchQuery("비", [ClusterGraph.Graph.Model.EntityKind.Company]), PageRequest.Forward(2, first.EndCursor), Ct);
        Page<SearchHit> regions = await store.SearchAsync(new SearchQuery("alpha", [ClusterGraph.Graph.Model.EntityKind.Region]), PageRequest.Default, Ct);

        Assert.Equal([B1, B2], first.Nodes.Select(h => h.Entity.Id));
        Assert.Equal(3, first.TotalCount);
        Assert.Equal([B3], rest.Nodes.Select(h => h.Entity.Id));
        Assert.False(rest.HasNextPage);
        Assert.Equal([Alpha], regions.Nodes.Select(h => h.Entity.Id));
        await Assert.ThrowsAsync<GraphQueryException>(() => store.SearchAsync(new SearchQuery("  "), PageRequest.Default, Ct));
        await Assert.ThrowsAsync<GraphQueryException>(() => store.SearchAsync(new SearchQuery(new string('a', StoreLimits.MaxSearchTextLength + 1)), PageRequest.Default, Ct));
    }
}
