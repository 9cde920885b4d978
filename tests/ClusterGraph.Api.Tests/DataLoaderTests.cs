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

    private async Task<Dictionary<string, int>> CallsFor(int n)
    {
        api.ResetStoreCalls();
        JsonObject data = await api.QueryAsync(NestedQuery, new JsonObject { ["n"] = n });
        Assert.Equal(n, Arr(data["entities"]!["nodes"]).Count);
        return new Dictionary<string, int>(api.StoreCalls, StringComparer.Ordinal);
    }
}
