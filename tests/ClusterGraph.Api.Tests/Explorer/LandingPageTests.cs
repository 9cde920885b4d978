using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ClusterGraph.Api.Tests.Infrastructure;
using static ClusterGraph.Api.Tests.Infrastructure.Json;

namespace ClusterGraph.Api.Tests.Explorer;

/// <summary>The landing page at /: the counts graphStats reports, and links to GraphiQL, the map and the exports.</summary>
[Collection(SeedApiCollection.Name)]
public sealed partial class LandingPageTests(SeedApi api)
{
    [Fact]
    public async Task Landing_page_shows_the_graphStats_counts_and_links_onward()
    {
        JsonObject data = await api.QueryAsync("{ graphStats { entityCount relationCount sourceCount countsByKind { kind count } } }");
        using HttpResponseMessage response = await api.Client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        string html = await response.Content.ReadAsStringAsync();

        JsonNode stats = data["graphStats"]!;
        Assert.Contains($"<b id=\"entity-count\">{Int(stats["entityCount"])}</b>", html, StringComparison.Ordinal);
        Assert.Contains($"<b id=\"relation-count\">{Int(stats["relationCount"])}</b>", html, StringComparison.Ordinal);
        Assert.Contains($"<b id=\"source-count\">{Int(stats["sourceCount"])}</b>", html, StringComparison.Ordinal);
        foreach (JsonNode? kind in Arr(stats["countsByKind"]))
        {
            Assert.Contains($"<span class=\"kind\">{Str(kind!["kind"])}</span>: <span class=\"count\">{Int(kind["count"])}</span>", html, StringComparison.Ordinal);
        }

        Assert.True(Int(stats["entityCount"]) > 0);
        List<string> links = [.. Href().Matches(html).Select(m => m.Groups[1].Value)];
        Assert.Equal(["/graphql", "/map", "/export/geojson", "/export/csv", "/export/csv?what=relations", "/export/graphml"], links);
    }

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex Href();
}
