using ClusterGraph.Graph.Model;
using ClusterGraph.Graph.Store;
using static ClusterGraph.Graph.Tests.Store.HandGraph;

namespace ClusterGraph.Graph.Tests.Store;

public abstract partial class GraphStoreContractTests
{
    [Fact]
    public async Task Shortest_path_walks_relations_either_way_and_reports_direction()
    {
        await using IGraphStore store = await HandStoreAsync();

        // a2's neighbors are alpha-park and chips-pack; b1's are beta-city, chips-fab, b2 and pact. The
        // only pair of those that touch is chips-pack / chips-fab (fab FEEDS pack), so the one shortest
        // path has 3 steps: a2 -ACTIVE_IN-> pack <-FEEDS- fab <-ACTIVE_IN- b1.
        GraphPath? path = await store.FindShortestPathAsync(new PathQuery(A2, B1), Ct);

        Assert.NotNull(path);
        Assert.Equal(A2, path.Start.Id);
        Assert.Equal(3, path.Length);
        Assert.Equal([Pack, Fab, B1], path.Steps.Select(s => s.Entity.Id));
        Assert.Equal([Direction.Out, Direction.In, Direction.In], path.Steps.Select(s => s.Direction));
        Assert.Equal(
            ["relation:active-in:a2:chips-pack", "relation:feeds:chips-fab:chips-pack", "relation:active-in:b1:chips-fab"],
            path.Steps.Select(s => s.Relation.Id));
    }

    [Fact]
    public async Task Shortest_path_honours_excluded_kinds_hops_and_as_of()
    {
        await using IGraphStore store = await HandStoreAsync();
        var noStages = new PathQuery(A2, B1, MaxHops: 4, ExcludeKinds: [EntityKind.ValueChainStage]);

        // Without stages a2 can only leave through alpha-park: 4 steps at least (see the k-paths test).
        GraphPath? four = await store.FindShortestPathAsync(noStages, Ct);
        GraphPath? none = await store.FindShortestPathAsync(noStages with { MaxHops = 3 }, Ct);
        // b1 is LOCATED_IN beta-city from 2021-01-01 only: through LOCATED_IN alone, b1 reaches beta in 2021, not in 2020.
        var located = new PathQuery(B1, Beta, Types: [RelationType.LocatedIn]);
        GraphPath? located2021 = await store.FindShortestPathAsync(located with { AsOf = new DateOnly(2021, 6, 1) }, Ct);
        GraphPath? located2020 = await store.FindShortestPathAsync(located with { AsOf = new DateOnly(2020, 6, 1) }, Ct);
        // Only SUPPORTS: the direct a3 SUPPLIES a1 is not allowed, so a1 <-SUPPORTS- lab -SUPPORTS-> a3.
        GraphPath? typed = await store.FindShortestPathAsync(new PathQuery(A1, A3, Types: [RelationType.Supports]), Ct);

        Assert.Equal(4, four?.Length);
        Assert.DoesNotContain(four!.Steps, s => s.Entity.Kind == EntityKind.ValueChainStage);
        Assert.Null(none);
        Assert.Equal([BetaCity, Beta], located2021?.Steps.Select(s => s.Entity.Id));
        Assert.Equal([Direction.Out, Direction.Out], located2021?.Steps.Select(s => s.Direction));
        Assert.Null(located2020);
        Assert.Equal([Lab, A3], typed?.Steps.Select(s => s.Entity.Id));
    }

    [Fact]
    public async Task Path_to_itself_is_empty_and_to_a_missing_entity_is_null()
    {
        await using IGraphStore store = await HandStoreAsync();

        GraphPath? self = await store.FindShortestPathAsync(new PathQuery(A1, A1), Ct);
        GraphPath? missing = await store.FindShortestPathAsync(new PathQuery(A1, "company:none"), Ct);
        IReadOnlyList<GraphPath> none = await store.FindShortestPathsAsync(new PathQuery("company:none", A1), 3, Ct);

        Assert.Equal(0, self?.Length);
        Assert.Null(missing);
        Assert.Empty(none);
        await Assert.ThrowsAsync<GraphQueryException>(() => store.FindShortestPathAsync(new PathQuery(A1, A2, MaxHops: StoreLimits.MaxPathHops + 1), Ct));
        await Assert.ThrowsAsync<GraphQueryException>(() => store.FindShortestPathsAsync(new PathQuery(A1, A2), StoreLimits.MaxPaths + 1, Ct));
    }

    [Fact]
    public async Task K_shortest_paths_are_simple_distinct_and_shortest_first()
    {
        await using IGraphStore store = await HandStoreAsync();

        // With stages excluded and at most 4 steps, a2 -> b1 has exactly three paths (worked out from
        // the neighbor sets: a2 -> alpha-park -> {a1, alpha}; a1 -> {b2, pact} and alpha -> pact reach b1):
        //   a2-alpha-park-a1-b2-b1, a2-alpha-park-a1-pact-b1, a2-alpha-park-alpha-pact-b1.
        IReadOnlyList<GraphPath> paths = await store.FindShortestPathsAsync(
            new PathQuery(A2, B1, MaxHops: 4, ExcludeKinds: [EntityKind.ValueChainStage]), 5, Ct);
        // Without the exclusion the 3-step path comes first.
        IReadOnlyList<GraphPath> open = await store.FindShortestPathsAsync(new PathQuery(A2, B1, MaxHops: 4), 2, Ct);

        Assert.Equal(3, paths.Count);
        Assert.All(paths, p => Assert.Equal(4, p.Length));
        Assert.Equal(
            ["alpha-park a1 b2 b1", "alpha-park a1 pact b1", "alpha-park alpha pact b1"],
            paths.Select(p => string.Join(" ", p.Steps.Select(s => GraphIds.SlugOf(s.Entity.Id)))).Order(StringComparer.Ordinal));
        Assert.All(paths, p => Assert.Equal(p.Steps.Count + 1, p.Steps.Select(s => s.Entity.Id).Append(p.Start.Id).Distinct().Count()));
        Assert.Equal(2, open.Count);
        Assert.Equal(3, open[0].Length);
        Assert.True(open[1].Length >= 3);
    }

    [Fact]
    public async Task Ecosystem_walks_hops_in_id_order_and_cuts_at_the_limit()
    {
        await using IGraphStore store = await HandStoreAsync();

        // The pact touches alpha (LOCATED_IN), chips (TARGETS), a1 and b1 (PARTICIPATE_IN).
        Subgraph? one = await store.GetEcosystemAsync(new EcosystemQuery(Pact), Ct);
        Subgraph? limited = await store.GetEcosystemAsync(new EcosystemQuery(Pact, Limit: 3), Ct);
        // Before 2020 nobody participates yet.
        Subgraph? early = await store.GetEcosystemAsync(new EcosystemQuery(Pact, AsOf: new DateOnly(2019, 1, 1)), Ct);
        Subgraph? companies = await store.GetEcosystemAsync(new EcosystemQuery(Pact, Hops: 2, Kinds: [EntityKind.Company]), Ct);

        Assert.NotNull(one);
        Assert.Equal([Pact, A1, B1, Chips, Alpha], one.Entities.Select(e => e.Id));
        Assert.Equal(
            ["relation:located-in:pact:alpha", "relation:participates-in:a1:pact", "relation:participates-in:b1:pact", "relation:targets:pact:chips"],
            one.Relations.Select(r => r.Id));
        Assert.False(one.Truncated);
        Assert.Equal([Pact, A1, B1], limited?.Entities.Select(e => e.Id));
        Assert.Equal(2, limited?.Relations.Count);
        Assert.True(limited?.Truncated);
        Assert.Equal([Pact, Chips, Alpha], early?.Entities.Select(e => e.Id));
        // Companies only: a1, b1 at hop 1; then their company neighbors a3 (SUPPLIES a1) and b2 (partner of both).
        Assert.Equal([Pact, A1, B1, A3, B2], companies?.Entities.Select(e => e.Id));
        Assert.Null(await store.GetEcosystemAsync(new EcosystemQuery("company:none"), Ct));
        await Assert.ThrowsAsync<GraphQueryException>(() => store.GetEcosystemAsync(new EcosystemQuery(Pact, Hops: 4), Ct));
        await Assert.ThrowsAsync<GraphQueryException>(() => store.GetEcosystemAsync(new EcosystemQuery(Pact, Limit: StoreLimits.MaxEcosystemLimit + 1), Ct));
    }
}
