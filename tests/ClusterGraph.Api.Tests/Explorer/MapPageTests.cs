using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ClusterGraph.Api.Tests.Infrastructure;
using static ClusterGraph.Api.Tests.Infrastructure.Json;

namespace ClusterGraph.Api.Tests.Explorer;

/// <summary>
/// /map without a browser: the page and its script are served, the script is valid JavaScript (Node's
/// parser), and every GraphQL query it sends runs without errors against the API. (A headless-Chromium
/// test that clicks points is not written yet.)
/// </summary>
[Collection(SeedApiCollection.Name)]
public sealed partial class MapPageTests(SeedApi api)
{
    [Fact]
    public async Task Map_page_links_its_script_which_node_parses()
    {
        using HttpResponseMessage page = await api.Client.GetAsync(new Uri("/map", UriKind.Relative));
        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        string html = await page.Content.ReadAsStringAsync();
        Assert.Contains("<script src=\"/map/map.js\"></script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/", "", StringComparison.Ordinal), StringComparison.Ordinal);

        using HttpResponseMessage script = await api.Client.GetAsync(new Uri("/map/map.js", UriKind.Relative));
        Assert.Equal("text/javascript", script.Content.Headers.ContentType!.MediaType);
        string path = Path.Combine(Path.GetTempPath(), "cg-map-" + Guid.NewGuid().ToString("N") + ".js");
        await File.WriteAllTextAsync(path, await script.Content.ReadAsStringAsync());
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
        Assert.Equal(["ENTITY", "MAP", "STAGES"], queries.Keys.Order(StringComparer.Ordinal));

        JsonObject stages = await api.QueryAsync(queries["STAGES"]);
        string stage = Str(Arr(stages["entities"]!["nodes"]).First(n => Str(n!["id"]) == "stage:semiconductor-packaging-test")!["id"]);

        JsonObject all = await api.QueryAsync(queries["MAP"], new JsonObject { ["filter"] = new JsonObject() });
        JsonObject filtered = await api.QueryAsync(queries["MAP"], new JsonObject { ["filter"] = new JsonObject { ["activeIn"] = new JsonArray(stage) } });
        List<string> filteredIds = [.. Arr(filtered["clusterMap"]!["features"]).Select(f => Str(f!["id"]))];
        Assert.Contains("company:amkor-technology-korea", filteredIds);
        Assert.True(filteredIds.Count < Arr(all["clusterMap"]!["features"]).Count);

        JsonObject entity = await api.QueryAsync(queries["ENTITY"], new JsonObject { ["id"] = "company:amkor-technology-korea" });
        IEnumerable<string?> quotes = Arr(entity["entity"]!["relations"]!["nodes"]).SelectMany(r => Arr(r!["evidence"])).Select(e => (string?)e!["quote"]);
        Assert.Contains(quotes, q => q is not null && q.Contains("앰코코리아", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"const (\w+)_QUERY = `([^`]*)`;")]
    private static partial Regex QueryConstant();
}
