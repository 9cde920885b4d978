using System.Buffers.Binary;
using System.Text.Json.Nodes;
using ClusterGraph.Api.Tests.Infrastructure;
using static ClusterGraph.Api.Tests.Infrastructure.Json;

namespace ClusterGraph.Api.Tests.Explorer;

/// <summary>
/// /map in a real browser: tests/conformance/map/map-browser.mjs drives Debian's headless Chromium
/// through playwright-core (offline flags; any request off the API's origin is aborted and reported)
/// the way a person would — waits for the points, filters to Incheon's semiconductor back end, clicks
/// Amkor Technology Korea, searches — and writes the screenshot the README shows (docs/images/map.png).
/// The expectations live here; the seed files are the oracle for the evidence quote.
/// </summary>
[Collection(SeedApiCollection.Name)]
public sealed class MapBrowserTests(SeedApi api)
{
    private const string Chromium = "/usr/bin/chromium";
    private const string Amkor = "company:amkor-technology-korea";
    private const string StatsChipPac = "company:stats-chippac-korea";

    [Fact]
    public async Task A_person_finds_Incheons_back_end_cluster_clicks_Amkor_and_reads_its_evidence()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: install Debian's chromium package.");
        string screenshot = Path.Combine(RepoPaths.Root, "docs", "images", "map.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        JsonObject seen = await NodeScript.RunAsync("map/map-browser.mjs", TimeSpan.FromMinutes(4), api.BaseAddress.ToString(), screenshot);

        // Offline: nothing but the API's own origin was asked for, and the page raised no error.
        Assert.Empty(Arr(seen["external"]));
        Assert.Empty(Arr(seen["errors"]));

        // The points drawn, and the count the page shows, agree; both companies are on the first view.
        (int allCount, List<string> all) = Drawn(seen["all"]);
        Assert.Contains(Amkor, all);
        Assert.Contains(StatsChipPac, all);

        // The industry filter narrows the points and the stage list to the semiconductor value chain (seed order).
        (int industryCount, List<string> industry) = Drawn(seen["industry"]);
        Assert.True(industryCount < allCount, $"industry filter: {industryCount} of {allCount}");
        Assert.Subset(all.ToHashSet(), industry.ToHashSet());
        Assert.Equal(
            ["stage:semiconductor-design", "stage:semiconductor-materials-parts-equipment", "stage:semiconductor-wafer-fabrication", "stage:semiconductor-packaging-test"],
            Arr(seen["industryStages"]).Select(Str));

        // The stage filter shrinks the set again (the count changes), keeps the packaging-and-test
        // companies, and the URL records the view.
        (int stageCount, List<string> stage) = Drawn(seen["stage"]);
        Assert.True(stageCount < industryCount, $"stage filter: {stageCount} of {industryCount}");
        Assert.Subset(industry.ToHashSet(), stage.ToHashSet());
        Assert.Contains(Amkor, stage);
        Assert.Contains(StatsChipPac, stage);
        Assert.Equal("?industry=industry%3Asemiconductor&stage=stage%3Asemiconductor-packaging-test", Str(seen["stageUrl"]));

        // Incheon's semiconductor back-end cluster: stage + region.
        (int backEndCount, List<string> backEnd) = Drawn(seen["incheonBackEnd"]);
        Assert.Contains(Amkor, backEnd);
        Assert.Contains(StatsChipPac, backEnd);
        Assert.True(backEndCount <= stageCount);

        // Clicking Amkor shows it, selected, with the article's sentences verbatim and the source they come from.
        JsonNode panel = seen["panel"]!;
        Assert.Equal("Amkor Technology Korea", Str(panel["title"]));
        Assert.Equal(Amkor, Str(panel["selected"]));
        List<string> quotes = [.. Arr(panel["quotes"]).Select(Str)];
        List<string> expected = SeedFiles.QuotesOf("relation:active-in:amkor-technology-korea:semiconductor-packaging-test");
        Assert.NotEmpty(expected);
        Assert.All(expected, quote => Assert.Contains(quote, quotes));
        Assert.Contains("— " + SeedFiles.SourceTitle("source:000_c60888581193d082"), Arr(panel["sources"]).Select(Str));

        // Relations on demand: no lines until asked for; then one per relation among the drawn points
        // (the two Incheon companies have none between them; all of Korea has many).
        Assert.Equal(0, Int(seen["incheonBackEnd"]!["lines"]));
        Assert.Equal(0, Int(seen["withRelations"]!["lines"]));
        (_, List<string> screenshotIds) = Drawn(seen["screenshotView"]);
        JsonObject data = await api.QueryAsync("{ clusterMap(filter: { includeRelations: true }, limit: 10000) }");
        int expectedLines = Arr(data["clusterMap"]!["features"])
            .Count(f => Str(f!["geometry"]!["type"]) == "LineString"
                && screenshotIds.Contains(Str(f["properties"]!["from"])) && screenshotIds.Contains(Str(f["properties"]!["to"])));
        Assert.True(expectedLines > 0);
        Assert.Equal(expectedLines, Int(seen["screenshotView"]!["lines"]));

        // The search box (the public `search` query) finds STATS ChipPAC Korea by its Korean name and opens it.
        Assert.Contains(StatsChipPac, Arr(seen["searchResults"]).Select(Str));
        Assert.Equal("STATS ChipPAC Korea", Str(seen["searchPanelTitle"]));

        // The date goes into clusterMap's filter beside the others (the seed has no dated facts to hide).
        JsonNode expectedFilter = JsonNode.Parse("""{"activeIn":["stage:semiconductor-packaging-test"],"within":["region:incheon"],"asOf":"2023-03-01","includeRelations":true}""")!;
        Assert.True(JsonNode.DeepEquals(expectedFilter, seen["asOfFilter"]), seen["asOfFilter"]?.ToJsonString());

        // The screenshot: Korea's outline (two countries drawn) under all the points, as a 1280×800 PNG.
        Assert.Equal(2, Int(seen["outlinePaths"]));
        Assert.Equal(all.Order(StringComparer.Ordinal), screenshotIds.Order(StringComparer.Ordinal));
        byte[] png = await File.ReadAllBytesAsync(screenshot);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        Assert.Equal((1280, 800), (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20))));
    }

    /// <summary>The count the page shows and the point ids drawn; they must agree and be distinct.</summary>
    private static (int Count, List<string> Ids) Drawn(JsonNode? view)
    {
        List<string> ids = [.. Arr(view!["ids"]).Select(Str)];
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(ids.Count, Int(view["count"]));
        return (ids.Count, ids);
    }
}
