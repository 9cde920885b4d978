using System.Text.Json.Nodes;
using ClusterGraph.Api.Tests.Infrastructure;
using static ClusterGraph.Api.Tests.Infrastructure.Json;

namespace ClusterGraph.Api.Tests;

/// <summary>entity, entities, regions, industries, initiatives, sources and graphStats over the seed.</summary>
[Collection(SeedApiCollection.Name)]
public sealed class ListTests(SeedApi api)
{
    [Fact]
    public async Task GraphStats_agree_with_the_lists()
    {
        JsonObject data = await api.QueryAsync("""
            {
              graphStats { entityCount relationCount sourceCount version countsByKind { kind count } }
              entities { totalCount }
              sources { totalCount }
              companies: entities(filter: { kinds: [COMPANY] }) { totalCount }
            }
            """);
        JsonNode stats = data["graphStats"]!;
        Assert.Equal(Int(stats["entityCount"]), Int(data["entities"]!["totalCount"]));
        Assert.Equal(Int(stats["sourceCount"]), Int(data["sources"]!["totalCount"]));
        Assert.Equal(8, Int(stats["sourceCount"])); // seed/ holds eight articles
        Assert.Equal(Int(stats["entityCount"]), Arr(stats["countsByKind"]).Sum(k => Int(k!["count"])));
        Assert.Equal(
            Int(data["companies"]!["totalCount"]),
            Int(Arr(stats["countsByKind"]).Single(k => Str(k!["kind"]) == "COMPANY")!["count"]));
        Assert.True(long.Parse(Str(stats["version"]), System.Globalization.CultureInfo.InvariantCulture) >= 1);
    }

    [Fact]
    public async Task Entities_page_forward_and_backward_over_the_same_order()
    {
        JsonObject all = await api.QueryAsync("{ entities(first: 100) { nodes { id } pageInfo { hasNextPage } } }");
        List<string> everything = Ids(all["entities"]!["nodes"]);
        Assert.False(all["entities"]!["pageInfo"]!["hasNextPage"]!.GetValue<bool>());

        var forward = new List<string>();
        string? after = null;
        for (int guard = 0; guard < 50; guard++)
        {
            JsonObject page = await api.QueryAsync(
                "query($a: String) { entities(first: 7, after: $a) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }",
                new JsonObject { ["a"] = after });
            forward.AddRange(Arr(page["entities"]!["edges"]).Select(e => Str(e!["node"]!["id"])));
            if (!page["entities"]!["pageInfo"]!["hasNextPage"]!.GetValue<bool>())
            {
                break;
            }

            after = Str(page["entities"]!["pageInfo"]!["endCursor"]);
        }

        Assert.Equal(everything, forward);

        JsonObject last = await api.QueryAsync("{ entities(last: 5) { nodes { id } pageInfo { hasPreviousPage startCursor } } }");
        Assert.Equal(everything[^5..], Ids(last["entities"]!["nodes"]));
        JsonObject before = await api.QueryAsync(
            "query($b: String) { entities(last: 5, before: $b) { nodes { id } } }",
            new JsonObject { ["b"] = Str(last["entities"]!["pageInfo"]!["startCursor"]) });
        Assert.Equal(everything[^10..^5], Ids(before["entities"]!["nodes"]));
    }

    [Fact]
    public async Task Entities_filter_and_order()
    {
        JsonObject data = await api.QueryAsync("""
            {
              incheonCompanies: entities(filter: { kinds: [COMPANY], within: ["region:incheon"] }, orderBy: [{ field: NAME, lang: EN }], first: 100) { nodes { id name(lang: EN) region { id } } }
              packaging: entities(filter: { activeIn: ["stage:semiconductor-packaging-test"], kinds: [COMPANY] }) { nodes { id } }
              named: entities(filter: { nameContains: "AMKOR" }) { nodes { id } }
              byDegree: entities(orderBy: [{ field: DEGREE, direction: DESC }], first: 3) { nodes { id degree } }
            }
            """);
        JsonArray companies = Arr(data["incheonCompanies"]!["nodes"]);
        Assert.Contains("company:amkor-technology-korea", Ids(companies));
        List<string> names = [.. companies.Select(c => Str(c!["name"]))];
        Assert.Equal(names.Order(StringComparer.Ordinal), names, StringComparer.Ordinal.Equals);
        Assert.All(companies, c => Assert.NotNull(c!["region"]));

        List<string> packaging = Ids(data["packaging"]!["nodes"]);
        Assert.Contains("company:amkor-technology-korea", packaging);
        Assert.Contains("company:stats-chippac-korea", packaging);
        Assert.Contains("company:amkor-technology-korea", Ids(data["named"]!["nodes"]));

        List<int> degrees = [.. Arr(data["byDegree"]!["nodes"]).Select(n => Int(n!["degree"]))];
        Assert.Equal(degrees.OrderDescending(), degrees);
    }

    [Fact]
    public async Task Entity_resolves_by_id_and_is_null_for_an_unknown_id()
    {
        JsonObject data = await api.QueryAsync("""
            {
              amkor: entity(id: "company:amkor-technology-korea") {
                id kind names { ko en } aliases location { lat lon precision } region { id level }
                evidence { source { id } quote }
                ... on Company { size parent { id } activeIn { id } }
              }
              nothing: entity(id: "company:no-such-company") { id }
            }
            """);
        JsonNode amkor = data["amkor"]!;
        Assert.Equal("COMPANY", Str(amkor["kind"]));
        Assert.Equal("앰코코리아", Str(amkor["names"]!["ko"]));
        Assert.Equal("Amkor Technology Korea", Str(amkor["names"]!["en"]));
        Assert.Equal("region:incheon", Str(amkor["region"]!["id"]));
        Assert.Equal("company:amkor-technology", Str(amkor["parent"]!["id"]));
        Assert.Contains("stage:semiconductor-packaging-test", Ids(amkor["activeIn"]));
        Assert.NotEmpty(Arr(amkor["evidence"]));
        Assert.Null(data["nothing"]);
    }

    [Fact]
    public async Task Regions_industries_initiatives_and_sources()
    {
        JsonObject data = await api.QueryAsync("""
            {
              metros: regions(level: METROPOLITAN_CITY) { nodes { id level } }
              regions(first: 100) { totalCount nodes { id } }
              industries { id stages { id order industry { id } } }
              initiatives(within: ["region:incheon"], first: 100) { nodes { id ... on Initiative { date } } }
              from2023: initiatives(from: "2023-01-01", to: "2023-12-31", first: 100) { nodes { id ... on Initiative { date } } }
              sources(first: 100) { nodes { id title lang relations(first: 1) { totalCount } mentions(first: 1) { totalCount } } }
            }
            """);
        Assert.Contains("region:incheon", Ids(data["metros"]!["nodes"]));
        Assert.All(Arr(data["metros"]!["nodes"]), r => Assert.Equal("METROPOLITAN_CITY", Str(r!["level"])));
        Assert.Contains("region:gumi", Ids(data["regions"]!["nodes"]));

        JsonNode semiconductor = Arr(data["industries"]).Single(i => Str(i!["id"]) == "industry:semiconductor")!;
        Assert.Equal(
            ["stage:semiconductor-design", "stage:semiconductor-materials-parts-equipment", "stage:semiconductor-wafer-fabrication", "stage:semiconductor-packaging-test"],
            Ids(semiconductor["stages"]));
        Assert.All(Arr(semiconductor["stages"]), s => Assert.Equal("industry:semiconductor", Str(s!["industry"]!["id"])));

        Assert.Contains("initiative:incheon-semiconductor-backend-mou-2023", Ids(data["initiatives"]!["nodes"]));
        JsonArray from2023 = Arr(data["from2023"]!["nodes"]);
        Assert.Contains("initiative:incheon-semiconductor-backend-mou-2023", Ids(from2023));
        Assert.All(from2023, i => Assert.StartsWith("2023-", Str(i!["date"])));

        JsonArray sources = Arr(data["sources"]!["nodes"]);
        Assert.Equal(8, sources.Count);
        Assert.All(sources, s => Assert.True(Int(s!["relations"]!["totalCount"]) + Int(s["mentions"]!["totalCount"]) > 0, Str(s["id"]) + " is cited by nothing"));
    }
}
