using System.Text.Json.Nodes;
using ClusterGraph.Api.Tests.Infrastructure;
using static ClusterGraph.Api.Tests.Infrastructure.Json;

namespace ClusterGraph.Api.Tests;

/// <summary>clusterMap: RFC 7946 FeatureCollections, checked by @mapbox/geojsonhint.</summary>
[Collection(SeedApiCollection.Name)]
public sealed class ClusterMapTests(SeedApi api)
{
    [Fact]
    public async Task ClusterMap_passes_geojsonhint_and_carries_the_promised_properties()
    {
        JsonObject data = await api.QueryAsync("""
            {
              all: clusterMap(filter: { includeRelations: true }, limit: 10000)
              incheon: clusterMap(filter: { within: ["region:incheon"], kinds: [COMPANY, INSTITUTE] })
              cut: clusterMap(limit: 3)
              located: entities(first: 100) { nodes { id location { lat } } }
            }
            """);

        // One Node run checks every collection.
        string[] names = ["all", "incheon", "cut"];
        IReadOnlyList<JsonObject> verdicts = await NodeChecks.RunAsync(
            [.. names.Select(name => new JsonObject { ["op"] = "geojson-hint", ["geojson"] = data[name]!.DeepClone() })]);
        for (int i = 0; i < names.Length; i++)
        {
            Assert.Null(verdicts[i]["error"]);
            Assert.True(Arr(verdicts[i]["problems"]).Count == 0, $"{names[i]}: {verdicts[i]["problems"]!.ToJsonString()}");
        }

        JsonObject all = data["all"]!.AsObject();
        Assert.Equal("FeatureCollection", Str(all["type"]));
        JsonArray features = Arr(all["features"]);
        List<JsonNode> points = [.. features.Select(f => f!).Where(f => Str(f["geometry"]!["type"]) == "Point")];
        List<JsonNode> lines = [.. features.Select(f => f!).Where(f => Str(f["geometry"]!["type"]) == "LineString")];
        Assert.Equal(features.Count, points.Count + lines.Count);

        // Every located entity is a point, once.
        List<string> located = [.. Arr(data["located"]!["nodes"]).Where(n => n!["location"] is not null).Select(n => Str(n!["id"]))];
        HashSet<string> pointIds = [.. points.Select(p => Str(p["properties"]!["id"]))];
        Assert.Equal(points.Count, pointIds.Count);
        Assert.Equal(located.Order(), pointIds.Order());
        Assert.All(points, p =>
        {
            Assert.Equal(Str(p["id"]), Str(p["properties"]!["id"]));
            Assert.NotNull(p["properties"]!["kind"]);
            Assert.NotNull(p["properties"]!["names"]);
            Assert.True(p["properties"]!.AsObject().ContainsKey("region"));
            Assert.NotNull(p["properties"]!["precision"]);
        });

        Assert.NotEmpty(lines);
        Assert.All(lines, l =>
        {
            Assert.Contains(Str(l["properties"]!["from"]), pointIds);
            Assert.Contains(Str(l["properties"]!["to"]), pointIds);
            Assert.Equal(2, Arr(l["geometry"]!["coordinates"]).Count);
        });

        Assert.All(Arr(data["incheon"]!["features"]), f => Assert.Contains(Str(f!["properties"]!["kind"]), new[] { "COMPANY", "INSTITUTE" }));
        Assert.Equal(3, Arr(data["cut"]!["features"]).Count);
        Assert.True(data["cut"]!["truncated"]!.GetValue<bool>());
    }
}
