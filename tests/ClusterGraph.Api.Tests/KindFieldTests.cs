using System.Text.Json.Nodes;
using ClusterGraph.Api.Tests.Infrastructure;
using static ClusterGraph.Api.Tests.Infrastructure.Json;

namespace ClusterGraph.Api.Tests;

/// <summary>The fields particular to each entity kind, against what the seed's articles say.</summary>
[Collection(SeedApiCollection.Name)]
public sealed class KindFieldTests(SeedApi api)
{
    [Fact]
    public async Task Kind_fields_resolve_from_the_graph()
    {
        JsonObject data = await api.QueryAsync("""
            {
              korea: entity(id: "region:korea") { region { id } ... on Region { level children { id } } }
              incheon: entity(id: "region:incheon") { region { id } ... on Region { level code complexes { nodes { id } } organizations(kinds: [COMPANY], first: 100) { nodes { id } } } }
              namdong: entity(id: "complex:namdong") { region { id } ... on IndustrialComplex { complexKind specializations { id } tenants { totalCount } } }
              kitech: entity(id: "institute:kitech") { ... on Institute { instituteKind supports { nodes { id } } initiatives { nodes { id } } } }
              mou: entity(id: "initiative:incheon-semiconductor-backend-mou-2023") { ... on Initiative { initiativeKind date participants { nodes { id } } targets { nodes { id } } } }
              stage: entity(id: "stage:semiconductor-packaging-test") { ... on ValueChainStage { order industry { id } upstream { id } actors(regions: ["region:incheon"]) { nodes { id } } } }
              amkorUs: entity(id: "company:amkor-technology") { ... on Company { subsidiaries { nodes { id } } } }
            }
            """);
        Assert.Equal("COUNTRY", Str(data["korea"]!["level"]));
        Assert.Null(data["korea"]!["region"]);
        Assert.Contains("region:incheon", Ids(data["korea"]!["children"]));

        JsonNode incheon = data["incheon"]!;
        Assert.Equal("region:korea", Str(incheon["region"]!["id"]));
        Assert.Equal("METROPOLITAN_CITY", Str(incheon["level"]));
        Assert.Contains("complex:namdong", Ids(incheon["complexes"]!["nodes"]));
        Assert.Contains("company:amkor-technology-korea", Ids(incheon["organizations"]!["nodes"]));

        JsonNode namdong = data["namdong"]!;
        Assert.Equal("region:incheon", Str(namdong["region"]!["id"]));
        Assert.Equal("NATIONAL", Str(namdong["complexKind"]));
        Assert.Contains("industry:root-industries", Ids(namdong["specializations"]));

        Assert.Equal("RESEARCH_INSTITUTE", Str(data["kitech"]!["instituteKind"]));
        Assert.Contains("industry:semiconductor", Ids(data["kitech"]!["supports"]!["nodes"]));
        Assert.Contains("initiative:incheon-semiconductor-backend-mou-2023", Ids(data["kitech"]!["initiatives"]!["nodes"]));

        // 인천시, 인천테크노파크 and 한국생산기술연구원 signed on the 10th (February 2023) for back-end packaging & test.
        JsonNode mou = data["mou"]!;
        Assert.Equal("MOU", Str(mou["initiativeKind"]));
        Assert.Equal("2023-02-10", Str(mou["date"]));
        Assert.Equal(["institute:incheon-metropolitan-government", "institute:incheon-technopark", "institute:kitech"], Ids(mou["participants"]!["nodes"]));
        Assert.Contains("stage:semiconductor-packaging-test", Ids(mou["targets"]!["nodes"]));

        JsonNode stage = data["stage"]!;
        Assert.Equal(4, Int(stage["order"]));
        Assert.Equal("industry:semiconductor", Str(stage["industry"]!["id"]));
        Assert.Contains("stage:semiconductor-wafer-fabrication", Ids(stage["upstream"]));
        Assert.Equal(["company:amkor-technology-korea", "company:stats-chippac-korea"], Ids(stage["actors"]!["nodes"]));

        Assert.Equal(["company:amkor-technology-korea"], Ids(data["amkorUs"]!["subsidiaries"]!["nodes"]));
    }
}
