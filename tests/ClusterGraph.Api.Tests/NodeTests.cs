using System.Text.Json.Nodes;
using ClusterGraph.Api.Tests.Infrastructure;
using static ClusterGraph.Api.Tests.Infrastructure.Json;

namespace ClusterGraph.Api.Tests;

/// <summary>node and nodes resolve every kind of ID: each entity kind, relations and sources.</summary>
[Collection(SeedApiCollection.Name)]
public sealed class NodeTests(SeedApi api)
{
    [Theory]
    [InlineData("region:incheon", "Region")]
    [InlineData("complex:namdong", "IndustrialComplex")]
    [InlineData("company:amkor-technology-korea", "Company")]
    [InlineData("institute:kitech", "Institute")]
    [InlineData("industry:semiconductor", "Industry")]
    [InlineData("stage:semiconductor-packaging-test", "ValueChainStage")]
    [InlineData("initiative:incheon-semiconductor-backend-mou-2023", "Initiative")]
    [InlineData("relation:active-in:amkor-technology-korea:semiconductor-packaging-test", "Relation")]
    public async Task Node_resolves_the_ID_to_its_type(string id, string typeName)
    {
        JsonObject data = await api.QueryAsync("query($id: ID!) { node(id: $id) { __typename id } }", new JsonObject { ["id"] = id });
        Assert.Equal(typeName, Str(data["node"]!["__typename"]));
        Assert.Equal(id, Str(data["node"]!["id"]));
    }

    [Fact]
    public async Task Node_resolves_a_source_and_nodes_answers_in_order_with_null_for_unknown_IDs()
    {
        JsonObject sources = await api.QueryAsync("{ sources(first: 1) { nodes { id } } }");
        string sourceId = Ids(sources["sources"]!["nodes"])[0];
        var ids = new JsonArray("company:amkor-technology-korea", sourceId, "company:nope", "relation:stage-of:semiconductor-packaging-test:semiconductor", "source:nope", "relation:nope", "region:incheon");
        JsonObject data = await api.QueryAsync(
            "query($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on Source { title } ... on Relation { type } } }",
            new JsonObject { ["ids"] = ids });
        JsonArray nodes = Arr(data["nodes"]);
        Assert.Equal(ids.Count, nodes.Count);
        Assert.Equal("Company", Str(nodes[0]!["__typename"]));
        Assert.Equal("Source", Str(nodes[1]!["__typename"]));
        Assert.Equal(sourceId, Str(nodes[1]!["id"]));
        Assert.Null(nodes[2]);
        Assert.Equal("STAGE_OF", Str(nodes[3]!["type"]));
        Assert.Null(nodes[4]);
        Assert.Null(nodes[5]);
        Assert.Equal("Region", Str(nodes[6]!["__typename"]));
    }

    [Fact]
    public async Task Name_answers_in_the_asked_language()
    {
        JsonObject data = await api.QueryAsync("""
            { entity(id: "company:amkor-technology-korea") { ko: name en: name(lang: EN) kko: name(lang: KO) } }
            """);
        Assert.Equal("앰코코리아", Str(data["entity"]!["ko"]));
        Assert.Equal("앰코코리아", Str(data["entity"]!["kko"]));
        Assert.Equal("Amkor Technology Korea", Str(data["entity"]!["en"]));
    }
}
