using ClusterGraph.Api.Tests.Infrastructure;

namespace ClusterGraph.Api.Tests;

/// <summary>An argument beyond the contract's bounds is an error naming the argument and the bound, never a silent cut.</summary>
[Collection(SeedApiCollection.Name)]
public sealed class BoundsTests(SeedApi api)
{
    [Theory]
    [InlineData("{ entities(first: 101) { totalCount } }", "first", "100")]
    [InlineData("{ entities(last: 101) { totalCount } }", "last", "100")]
    [InlineData("{ search(text: \"amkor\", first: 101) { totalCount } }", "first", "100")]
    [InlineData("{ sources(first: 101) { totalCount } }", "first", "100")]
    [InlineData("{ entity(id: \"region:incheon\") { relations(first: 101) { totalCount } } }", "first", "100")]
    [InlineData("{ path(from: \"company:amkor-technology-korea\", to: \"institute:kitech\", maxHops: 9) { length } }", "maxHops", "8")]
    [InlineData("{ paths(from: \"company:amkor-technology-korea\", to: \"institute:kitech\", first: 21) { length } }", "first", "20")]
    [InlineData("{ ecosystem(of: \"company:amkor-technology-korea\", hops: 4) { truncated } }", "hops", "3")]
    [InlineData("{ ecosystem(of: \"company:amkor-technology-korea\", limit: 1001) { truncated } }", "limit", "1000")]
    [InlineData("{ clusterMap(limit: 10001) }", "limit", "10000")]
    public async Task Out_of_range_argument_is_an_error_naming_the_bound(string query, string argument, string bound)
    {
        GraphQLResponse response = await api.PostAsync(query);
        Assert.Equal("BAD_USER_INPUT", response.FirstErrorCode);
        Assert.Equal(argument, response.Errors![0]!["extensions"]!["argument"]!.GetValue<string>());
        Assert.Contains(argument, response.FirstErrorMessage, StringComparison.Ordinal);
        Assert.Contains(bound, response.FirstErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nodes_takes_at_most_100_IDs()
    {
        string ids = string.Join(", ", Enumerable.Range(0, 101).Select(i => $"\"company:c{i}\""));
        GraphQLResponse response = await api.PostAsync($"{{ nodes(ids: [{ids}]) {{ id }} }}");
        Assert.Equal("BAD_USER_INPUT", response.FirstErrorCode);
        Assert.Contains("100", response.FirstErrorMessage, StringComparison.Ordinal);

        string hundred = string.Join(", ", Enumerable.Range(0, 100).Select(i => $"\"company:c{i}\""));
        GraphQLResponse ok = await api.PostAsync($"{{ nodes(ids: [{hundred}]) {{ id }} }}");
        Assert.Equal(100, ok.AssertData()["nodes"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_bad_cursor_is_an_error_on_the_argument()
    {
        GraphQLResponse response = await api.PostAsync("{ entities(after: \"not-a-cursor\") { totalCount } }");
        Assert.Equal("BAD_USER_INPUT", response.FirstErrorCode);
        Assert.Equal("after", response.Errors![0]!["extensions"]!["argument"]!.GetValue<string>());
    }
}
