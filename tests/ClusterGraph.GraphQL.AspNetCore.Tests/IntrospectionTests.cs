using System.Net;
using ClusterGraph.GraphQL.AspNetCore.Tests.Infrastructure;

namespace ClusterGraph.GraphQL.AspNetCore.Tests;

/// <summary>The introspection and suggestion switches reach the executor per caller.</summary>
public sealed class IntrospectionTests
{
    private const string Introspect = """{"query":"{ __schema { queryType { name } } }"}""";

    [Fact]
    public async Task Introspection_is_refused_for_callers_the_policy_excludes()
    {
        var executor = new TinySchemaExecutor();
        await using GraphQLTestServer server = await GraphQLTestServer.StartAsync(
            o => o.AllowIntrospection = context => context.Request.Headers["X-Role"] == "admin", executor);

        using HttpResponseMessage anonymous = await server.PostJsonAsync(Introspect);
        Assert.False(executor.LastRequest!.AllowIntrospection);
        using HttpResponseMessage admin = await server.PostJsonAsync(Introspect, edit: r => r.Headers.Add("X-Role", "admin"));
        Assert.True(executor.LastRequest!.AllowIntrospection);

        Assert.Equal(HttpStatusCode.BadRequest, anonymous.StatusCode);
        Assert.Equal("INTROSPECTION_DISABLED", ResponseJson.ErrorCode(await ResponseJson.ReadAsync(anonymous)));
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
    }

    [Fact]
    public async Task Suggestions_can_be_switched_off()
    {
        await using GraphQLTestServer withSuggestions = await GraphQLTestServer.StartAsync();
        await using GraphQLTestServer without = await GraphQLTestServer.StartAsync(o => o.IncludeSuggestions = _ => false);
        const string Typo = """{"query":"{ hellp }"}""";

        using HttpResponseMessage suggested = await withSuggestions.PostJsonAsync(Typo);
        using HttpResponseMessage bare = await without.PostJsonAsync(Typo);

        Assert.Equal("Cannot query field \"hellp\" on type \"Query\". Did you mean \"hello\"?", (string?)(await ResponseJson.ReadAsync(suggested))["errors"]![0]!["message"]);
        Assert.Equal("Cannot query field \"hellp\" on type \"Query\".", (string?)(await ResponseJson.ReadAsync(bare))["errors"]![0]!["message"]);
    }
}
