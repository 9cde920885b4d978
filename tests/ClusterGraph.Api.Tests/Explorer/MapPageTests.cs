using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ClusterGraph.Api.Tests.Infrastructure;
using static ClusterGraph.Api.Tests.Infrastructure.Json;

namespace ClusterGraph.Api.Tests.Explorer;

/// <summary>
/// /map without a browser: the page, its script and the outline are served from the assembly; the
/// script is valid JavaScript (Node's parser); every GraphQL query it sends runs without errors; the
/// outline passes geojsonhint and the graph's Korean points fall on it. (MapBrowserTests drives it in Chromium.)
/// </summary>
[Collection(SeedApiCollection.Name)]
public sealed partial class MapPageTests(SeedApi api)
{
    /// <summary>How far a point may lie off the 1:10m coastline: Natural Earth predates some of Incheon's reclaimed land.</summary>
    private const double CoastToleranceKm = 3;

    [Fact]
    public async Task Map_page_links_its_script_which_node_parses()
    {
        using HttpResponseMessage page = await api.Client.GetAsync(new Uri("/map", UriKind.Relative));
        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        string html = await page.Content.ReadAsStringAsync();
        Assert.Contains("<script src=\"/map/map.js\"></script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);

        using HttpResponseMessage script = await api.Client.GetAsync(new Uri("/map/map.js", UriKind.Relative));
        Assert.Equal("text/javascript", script.Content.Headers.ContentType!.MediaType);
        string source = await script.Content.ReadAsStringAsync();

        // The script asks only its own origin: /graphql and the outline, nothing from a CDN.
        Assert.Equal(["/graphql", "/map/korea.geojson"], FetchTarget().Matches(source).Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal));
        Assert.DoesNotContain("https://", source, StringComparison.Ordinal);

        string path = Path.Combine(Path.GetTempPath(), "cg-map-" + Guid.NewGuid().ToString("N") + ".js");
        await File.WriteAllTextAsync(path, source);
        try
        {
            using Process node = Process.Start(new ProcessStartInfo("node", ["--check", path]) { RedirectStandardError = true, UseShellExecute = false })!;
            string errors = await node.StandardError.ReadToEndAsync();
            await node.WaitForExitAsync();
            Assert.True(node.ExitCode == 0, errors);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Every_query_the_map_sends_runs_without_errors()
    {
        string script = await api.Client.GetStringAsync(new Uri("/map/map.js", UriKind.Relative));
        Dictionary<string, string> queries = QueryConstant().Matches(script).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        Assert.Equal(["ENTITY", "FILTERS", "MAP", "SEARCH"], queries.Keys.Order(StringComparer.Ordinal));

        JsonObject filters = await api.QueryAsync(queries["FILTERS"]);
        JsonNode semiconductor = Arr(filters["industries"]).Single(i => Str(i!["id"]) == "industry:semiconductor")!;
        Assert.Contains("stage:semiconductor-packaging-test", Ids(semiconductor["stages"]));
        Assert.Contains("region:incheon", Ids(filters["regions"]!["nodes"]));

        // The filters as the page builds them: a stage (or an industry), a region, a date, relations on demand.
        JsonObject all = await api.QueryAsync(queries["MAP"], new JsonObject { ["filter"] = new JsonObject() });
        JsonObject backEnd = await api.QueryAsync(queries["MAP"], new JsonObject
        {
            ["filter"] = new JsonObject
            {
                ["activeIn"] = new JsonArray("stage:semiconductor-packaging-test"),
                ["within"] = new JsonArray("region:incheon"),
                ["asOf"] = "2024-06-01",
                ["includeRelations"] = true,
            },
        });
        List<string> backEndIds = [.. Arr(backEnd["clusterMap"]!["features"]).Select(f => Str(f!["id"]))];
        Assert.Contains("company:amkor-technology-korea", backEndIds);
        Assert.Contains("company:stats-chippac-korea", backEndIds);
        Assert.True(backEndIds.Count < Arr(all["clusterMap"]!["features"]).Count);

        JsonObject search = await api.QueryAsync(queries["SEARCH"], new JsonObject { ["text"] = "앰코" });
        Assert.Contains("company:amkor-technology-korea", Arr(search["search"]!["nodes"]).Select(n => Str(n!["entity"]!["id"])));

        JsonObject entity = await api.QueryAsync(queries["ENTITY"], new JsonObject { ["id"] = "company:amkor-technology-korea" });
        IEnumerable<string?> quotes = Arr(entity["entity"]!["relations"]!["nodes"]).SelectMany(r => Arr(r!["evidence"])).Select(e => (string?)e!["quote"]);
        Assert.Contains(quotes, q => q is not null && q.Contains("앰코코리아", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Korea_outline_is_served_valid_and_the_graphs_korean_points_fall_on_it()
    {
        using HttpResponseMessage response = await api.Client.GetAsync(new Uri("/map/korea.geojson", UriKind.Relative));
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType!.MediaType);
        JsonObject outline = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

        JsonObject verdict = (await NodeChecks.RunAsync(new JsonObject { ["op"] = "geojson-hint", ["geojson"] = outline.DeepClone() }))[0];
        Assert.Null(verdict["error"]);
        Assert.True(Arr(verdict["problems"]).Count == 0, verdict.ToJsonString());

        JsonNode republic = Arr(outline["features"]).Single(f => Str(f!["properties"]!["iso3166Numeric"]) == "410")!;
        List<Polygon> polygons = [.. Arr(republic["geometry"]!["coordinates"]).Select(p => Polygon.From(Arr(p)))];

        // Everything the graph places in Korea lies on the outline (or within a few km of its coast).
        JsonObject data = await api.QueryAsync("""{ clusterMap(filter: { within: ["region:korea"] }, limit: 10000) }""");
        JsonArray features = Arr(data["clusterMap"]!["features"]);
        Assert.True(features.Count > 20, $"only {features.Count} points in Korea");
        foreach (JsonNode? feature in features)
        {
            JsonArray position = Arr(feature!["geometry"]!["coordinates"]);
            (double lon, double lat) = ((double)position[0]!, (double)position[1]!);
            bool inside = polygons.Any(p => p.Contains(lon, lat));
            double offshore = inside ? 0 : polygons.Min(p => p.DistanceKm(lon, lat));
            Assert.True(offshore <= CoastToleranceKm, $"{feature["id"]} at ({lon}, {lat}) is {offshore:F1} km off Korea's outline");
        }

        // And the outline is not simply everything: Amkor's headquarters in Arizona is off it, and so is the sea off Busan.
        Assert.DoesNotContain(polygons, p => p.Contains(-111.94, 33.4255));
        Assert.DoesNotContain(polygons, p => p.Contains(129.5, 34.8));
    }

    [Fact]
    public async Task Committed_outline_is_exactly_what_the_extraction_script_makes_from_the_pinned_world_atlas()
    {
        string folder = Path.Combine(RepoPaths.Root, "src", "ClusterGraph.Api", "Explorer", "Map");
        string output = Path.Combine(Path.GetTempPath(), "cg-korea-" + Guid.NewGuid().ToString("N") + ".geojson");
        try
        {
            JsonObject made = await NodeScript.RunAsync(Path.Combine(folder, "extract-korea.mjs"), TimeSpan.FromMinutes(2), output);
            Assert.Equal(2, Int(made["features"]));
            Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(folder, "korea.geojson")), await File.ReadAllBytesAsync(output));
        }
        finally
        {
            File.Delete(output);
        }
    }

    [GeneratedRegex(@"const (\w+)_QUERY = `([^`]*)`;")]
    private static partial Regex QueryConstant();

    [GeneratedRegex(@"fetch\('([^']*)'")]
    private static partial Regex FetchTarget();
}
