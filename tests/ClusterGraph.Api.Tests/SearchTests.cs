using System.Text.Json.Nodes;
using ClusterGraph.Api.Tests.Infrastructure;
using static ClusterGraph.Api.Tests.Infrastructure.Json;

namespace ClusterGraph.Api.Tests;

[Collection(SeedApiCollection.Name)]
public sealed class SearchTests(SeedApi api)
{
    private const string Amkor = "company:amkor-technology-korea";

    [Theory]
    [InlineData("앰코")] // Hangul, a prefix of the Korean name 앰코코리아
    [InlineData("ㅇㅋㅋㄹㅇ")] // the initial consonants of 앰코코리아
    [InlineData("amkor")] // Latin, lower case, of the alias Amkor
    public async Task Search_finds_Amkor_Technology_Korea_first(string text)
    {
        JsonObject data = await api.QueryAsync(
            "query($t: String!) { search(text: $t, first: 5) { totalCount nodes { entity { id kind } score matched } } }",
            new JsonObject { ["t"] = text });
        JsonArray hits = Arr(data["search"]!["nodes"]);
        Assert.NotEmpty(hits);
        Assert.Equal(Amkor, Str(hits[0]!["entity"]!["id"]));
        Assert.Equal("COMPANY", Str(hits[0]!["entity"]!["kind"]));
        Assert.False(string.IsNullOrEmpty(Str(hits[0]!["matched"])));

        // Best first: scores never rise down the list.
        List<double> scores = [.. hits.Select(h => h!["score"]!.GetValue<double>())];
        Assert.Equal(scores.OrderByDescending(s => s), scores);
        Assert.True(Int(data["search"]!["totalCount"]) >= hits.Count);
    }

    [Fact]
    public async Task Search_pages_forward_and_filters_by_kind()
    {
        JsonObject first = await api.QueryAsync("{ search(text: \"amkor\", first: 1) { nodes { entity { id } } pageInfo { hasNextPage endCursor } } }");
        Assert.Equal([Amkor], Ids(first["search"]!["nodes"], "entity"));
        Assert.True(first["search"]!["pageInfo"]!["hasNextPage"]!.GetValue<bool>());

        JsonObject second = await api.QueryAsync(
            "query($after: String) { search(text: \"amkor\", first: 1, after: $after) { nodes { entity { id } } } }",
            new JsonObject { ["after"] = Str(first["search"]!["pageInfo"]!["endCursor"]) });
        List<string> next = Ids(second["search"]!["nodes"], "entity");
        Assert.Single(next);
        Assert.NotEqual(Amkor, next[0]);

        JsonObject institutes = await api.QueryAsync("{ search(text: \"amkor\", kinds: [INSTITUTE]) { nodes { entity { kind } } } }");
        Assert.All(Arr(institutes["search"]!["nodes"]), hit => Assert.Equal("INSTITUTE", Str(hit!["entity"]!["kind"])));
    }
}
