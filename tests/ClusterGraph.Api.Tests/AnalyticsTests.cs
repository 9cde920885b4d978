using System.Text.Json.Nodes;
using ClusterGraph.Api.Tests.Infrastructure;
using static ClusterGraph.Api.Tests.Infrastructure.Json;

namespace ClusterGraph.Api.Tests;

/// <summary>valueChain, coverage and clusters over the seed (what the articles say, checked by hand).</summary>
[Collection(SeedApiCollection.Name)]
public sealed class AnalyticsTests(SeedApi api)
{
    private const string PackagingTest = "stage:semiconductor-packaging-test";

    [Fact]
    public async Task ValueChain_of_semiconductor_in_Incheon_lists_packaging_and_test_with_Amkor_and_STATS_ChipPAC()
    {
        JsonObject data = await api.QueryAsync("""
            { valueChain(industry: "industry:semiconductor", regions: ["region:incheon"]) {
                industry { id }
                stages { stage { id order } companyCount instituteCount actors(first: 50) { totalCount nodes { id } } } } }
            """);
        JsonObject chain = data["valueChain"]!.AsObject();
        Assert.Equal("industry:semiconductor", Str(chain["industry"]!["id"]));
        JsonArray stages = Arr(chain["stages"]);
        List<int> orders = [.. stages.Select(s => Int(s!["stage"]!["order"]))];
        Assert.Equal(orders.Order(), orders);

        JsonNode packaging = stages.Single(s => Str(s!["stage"]!["id"]) == PackagingTest)!;
        List<string> actors = Ids(packaging["actors"]!["nodes"]);
        Assert.Contains("company:amkor-technology-korea", actors);
        Assert.Contains("company:stats-chippac-korea", actors);
        Assert.Equal(2, Int(packaging["companyCount"]));

        // The counts agree with the actors listed, stage by stage.
        foreach (JsonNode? stage in stages)
        {
            Assert.Equal(Int(stage!["companyCount"]) + Int(stage["instituteCount"]), Int(stage["actors"]!["totalCount"]));
        }
    }

    [Fact]
    public async Task ValueChain_of_something_not_an_industry_is_null()
    {
        JsonObject data = await api.QueryAsync("{ a: valueChain(industry: \"region:incheon\") { industry { id } } b: valueChain(industry: \"industry:nothing\") { industry { id } } }");
        Assert.Null(data["a"]);
        Assert.Null(data["b"]);
    }

    [Fact]
    public async Task Coverage_marks_Daejeon_and_Gumi_packaging_and_test_as_gaps()
    {
        JsonObject data = await api.QueryAsync("""
            { coverage(industry: "industry:semiconductor", regions: ["region:incheon", "region:daejeon", "region:gumi"]) {
                industry { id } regions { id } stages { id }
                cells { region { id } stage { id } companyCount instituteCount locationQuotient gap } } }
            """);
        JsonObject matrix = data["coverage"]!.AsObject();
        Assert.Equal(["region:incheon", "region:daejeon", "region:gumi"], Ids(matrix["regions"]));
        JsonArray cells = Arr(matrix["cells"]);
        Assert.Equal(Arr(matrix["regions"]).Count * Arr(matrix["stages"]).Count, cells.Count);

        JsonNode Cell(string region) => cells.Single(c => Str(c!["region"]!["id"]) == region && Str(c["stage"]!["id"]) == PackagingTest)!;
        foreach (string region in new[] { "region:daejeon", "region:gumi" })
        {
            Assert.True(Cell(region)["gap"]!.GetValue<bool>(), region);
            Assert.Equal(0, Int(Cell(region)["companyCount"]));
            Assert.Equal(0, Int(Cell(region)["instituteCount"]));
        }

        JsonNode incheon = Cell("region:incheon");
        Assert.False(incheon["gap"]!.GetValue<bool>());
        Assert.Equal(2, Int(incheon["companyCount"]));

        // gap is exactly "no actor" in every cell.
        Assert.All(cells, c => Assert.Equal(Int(c!["companyCount"]) + Int(c["instituteCount"]) == 0, c["gap"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task Coverage_location_quotient_follows_its_definition_from_independent_counts()
    {
        // LQ = (companies of the region in the stage / companies of the region) / (companies in the stage / companies).
        JsonObject data = await api.QueryAsync("""
            {
              coverage(industry: "industry:semiconductor", regions: ["region:incheon"]) { cells { stage { id } companyCount locationQuotient } }
              regionCompanies: entities(filter: { kinds: [COMPANY], within: ["region:incheon"] }) { totalCount }
              stageCompanies: entities(filter: { kinds: [COMPANY], activeIn: ["stage:semiconductor-packaging-test"] }) { totalCount }
              companies: entities(filter: { kinds: [COMPANY] }) { totalCount }
            }
            """);
        JsonNode cell = Arr(data["coverage"]!["cells"]).Single(c => Str(c!["stage"]!["id"]) == PackagingTest)!;
        double expected = (Int(cell["companyCount"]) / (double)Int(data["regionCompanies"]!["totalCount"]))
            / (Int(data["stageCompanies"]!["totalCount"]) / (double)Int(data["companies"]!["totalCount"]));
        Assert.Equal(expected, cell["locationQuotient"]!.GetValue<double>(), 9);
    }

    [Fact]
    public async Task Clusters_rank_Incheon_semiconductor_first()
    {
        JsonObject data = await api.QueryAsync("""
            {
              semiconductor: clusters(industry: "industry:semiconductor") { region { id } industry { id } stage { id } stars locationQuotient companyCount instituteCount complexes { id } members(first: 50) { nodes { id } } initiatives { nodes { id } } }
              all: clusters(first: 50) { region { id } industry { id } stars locationQuotient }
              byStage: clusters(industry: "industry:semiconductor", byStage: true) { region { id } stage { id } }
            }
            """);
        JsonNode first = Arr(data["semiconductor"])[0]!;
        Assert.Equal("region:incheon", Str(first["region"]!["id"]));
        Assert.Equal("industry:semiconductor", Str(first["industry"]!["id"]));
        Assert.Null(first["stage"]);
        Assert.Contains("company:amkor-technology-korea", Ids(first["members"]!["nodes"]));
        Assert.Equal(Int(first["companyCount"]) + Int(first["instituteCount"]), Arr(first["members"]!["nodes"]).Count);

        // Over all industries Incheon's semiconductor cluster still leads, and the list keeps its order: stars, then LQ (null last).
        JsonArray all = Arr(data["all"]);
        Assert.Equal(("region:incheon", "industry:semiconductor"), (Str(all[0]!["region"]!["id"]), Str(all[0]!["industry"]!["id"])));
        for (int i = 1; i < all.Count; i++)
        {
            (int stars, double lq) previous = (Int(all[i - 1]!["stars"]), all[i - 1]!["locationQuotient"]?.GetValue<double>() ?? double.NegativeInfinity);
            (int stars, double lq) current = (Int(all[i]!["stars"]), all[i]!["locationQuotient"]?.GetValue<double>() ?? double.NegativeInfinity);
            Assert.True(previous.stars > current.stars || (previous.stars == current.stars && previous.lq >= current.lq), $"clusters out of order at {i}");
        }

        Assert.All(Arr(data["byStage"]), c => Assert.NotNull(c!["stage"]));
        Assert.Contains(Arr(data["byStage"]), c => Str(c!["region"]!["id"]) == "region:incheon" && Str(c["stage"]!["id"]) == PackagingTest);
    }
}
