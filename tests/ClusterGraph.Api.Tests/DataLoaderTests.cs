using System.Text.Json.Nodes;
using ClusterGraph.Api.Tests.Infrastructure;
using Xunit.Abstractions;
using static ClusterGraph.Api.Tests.Infrastructure.Json;

namespace ClusterGraph.Api.Tests;

/// <summary>Nested fields over many entities batch into a fixed number of store calls (no N+1).</summary>
[Collection(SeedApiCollection.Name)]
public sealed class DataLoaderTests(SeedApi api, ITestOutputHelper output)
{
    private const string NestedQuery = """
        query($n: Int!) {
          entities(first: $n) {
            nodes {
              id name names { en } degree
              region { id name(lang: EN) region { id } }
              evidence { source { id title } }
              relations(first: 5) { nodes { id type from { id name } to { id name } evidence { source { id } } } }
              neighbors(first: 3) { nodes { id degree } }
              ... on Company { activeIn { id } parent { id } }
              ... on Institute { activeIn { id } }
              ... on ValueChainStage { industry { id } }
              ... on Region { bounds { west } }
            }
          }
        }
        """;

    [Fact]
    public async Task A_nested_query_over_50_entities_makes_as_many_store_calls_as_over_5()
    {
        Dictionary<string, int> five = await CallsFor(5);
        Dictionary<string, int> fifty = await CallsFor(50);
        output.WriteLine("store calls for 50 entities: " + string.Join(", ", fifty.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}")));

        Assert.Equal(five.OrderBy(p => p.Key, StringComparer.Ordinal), fifty.OrderBy(p => p.Key, StringComparer.Ordinal));

        // One list call; every per-entity field batched (a handful of calls per nesting level, whatever N is).
        Assert.Equal(1, fifty["ListEntitiesAsync"]);
        Assert.True(fifty.Values.Sum() <= 20, "store calls: " + string.Join(", ", fifty.Select(p => $"{p.Key}={p.Value}")));
    }

    [Fact]
    public async Task Per_entity_fields_of_every_kind_make_as_many_store_calls_for_2_entities_of_each_kind_as_for_10()
    {
        const string EveryKind = """
            fragment Kinds on Entity {
              id name degree region { id }
              ... on Region { level children { id } bounds { west } }
              ... on IndustrialComplex { specializations { id } }
              ... on Company { activeIn { id } parent { id } subsidiaries(first: 2) { nodes { id } } suppliers(first: 2) { nodes { id } } customers(first: 2) { nodes { id } } initiatives(first: 2) { nodes { id } } }
              ... on Institute { supports(first: 2) { nodes { id } } initiatives(first: 2) { nodes { id } } }
              ... on Industry { stages { id } }
              ... on ValueChainStage { industry { id } upstream { id } downstream { id } }
              ... on Initiative { participants(first: 2) { nodes { id } } targets(first: 2) { nodes { id } } }
            }
            query { entities(filter: { kinds: [THE_KIND] }, first: PAGE_SIZE) { nodes { ...Kinds } } }
            """;
        // One request per kind, with literal page sizes, keeps each within the cost limit; calls are counted per kind.
        string[] kinds = ["REGION", "INDUSTRIAL_COMPLEX", "COMPANY", "INSTITUTE", "INDUSTRY", "VALUE_CHAIN_STAGE", "INITIATIVE"];
        var two = new Dictionary<string, int>(StringComparer.Ordinal);
        var ten = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string kind in kinds)
        {
            string query = EveryKind.Replace("THE_KIND", kind, StringComparison.Ordinal);
            foreach ((string method, int count) in await CallsFor(0, query.Replace("PAGE_SIZE", "2", StringComparison.Ordinal)))
            {
                two[kind + ":" + method] = count;
            }

            foreach ((string method, int count) in await CallsFor(0, query.Replace("PAGE_SIZE", "10", StringComparison.Ordinal)))
            {
                ten[kind + ":" + method] = count;
            }
        }

        output.WriteLine("store calls for 10 of each kind: " + string.Join(", ", ten.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}")));
        Assert.Equal(two.OrderBy(p => p.Key, StringComparer.Ordinal), ten.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Fact]
    public async Task Per_place_lists_make_as_many_store_calls_for_2_places_as_for_10()
    {
        const string PlaceLists = """
            query($n: Int!) {
              regions: entities(filter: { kinds: [REGION] }, first: $n) { nodes { ... on Region { complexes { nodes { id } } organizations { nodes { id } } } } }
              complexes: entities(filter: { kinds: [INDUSTRIAL_COMPLEX] }, first: $n) { nodes { ... on IndustrialComplex { tenants { nodes { id } } } } }
              stages: entities(filter: { kinds: [VALUE_CHAIN_STAGE] }, first: $n) { nodes { ... on ValueChainStage { actors { nodes { id } } inIncheon: actors(regions: ["region:incheon"]) { totalCount } } } }
              clusters(first: $n) { members { nodes { id } } }
            }
            """;
        Dictionary<string, int> two = await CallsFor(2, PlaceLists);
        Dictionary<string, int> ten = await CallsFor(10, PlaceLists);
        output.WriteLine("store calls for 10 places of each kind: " + string.Join(", ", ten.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}")));
        Assert.Equal(two.OrderBy(p => p.Key, StringComparer.Ordinal), ten.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    /// <summary>Runs the query with $n and returns the store calls it made.</summary>
    private async Task<Dictionary<string, int>> CallsFor(int n, string query = NestedQuery)
    {
        api.ResetStoreCalls();
        JsonObject data = await api.QueryAsync(query, new JsonObject { ["n"] = n });
        var calls = new Dictionary<string, int>(api.StoreCalls, StringComparer.Ordinal);
        if (data["entities"] is { } entities && query == NestedQuery)
        {
            Assert.Equal(n, Arr(entities["nodes"]).Count);
        }

        return calls;
    }
}
