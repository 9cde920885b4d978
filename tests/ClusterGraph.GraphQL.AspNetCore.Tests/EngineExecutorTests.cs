using System.Net;
using System.Text.Json.Nodes;
using ClusterGraph.GraphQL.AspNetCore.Tests.Infrastructure;
using ClusterGraph.GraphQL.Validation;

namespace ClusterGraph.GraphQL.AspNetCore.Tests;

/// <summary>The transport over the real engine (parser + executor) through <see cref="GraphQLEngineRequestExecutor"/>.</summary>
public sealed class EngineExecutorTests
{
    private static readonly TimeSpan s_hangGuard = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Executes_through_the_engine_with_variables()
    {
        var schema = new EngineTestSchema();
        await using GraphQLTestServer server = await GraphQLTestServer.StartAsync(executor: schema.Executor);

        using HttpResponseMessage response = await server.PostJsonAsync("""{"query":"query ($n: String) { hello(name: $n) }","variables":{"n":"인천"}}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"hello":"Hello, 인천!"}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Engine_parse_and_variable_errors_are_request_errors()
    {
        var schema = new EngineTestSchema();
        await using GraphQLTestServer server = await GraphQLTestServer.StartAsync(executor: schema.Executor);

        using HttpResponseMessage parse = await server.PostJsonAsync("""{"query":"{"}""");
        using HttpResponseMessage coercion = await server.PostJsonAsync("""{"query":"query ($id: ID!) { hello }","variables":{"id":null}}""");

        Assert.Equal(HttpStatusCode.BadRequest, parse.StatusCode);
        JsonObject parseBody = (await ResponseJson.ReadAsync(parse)).AsObject();
        Assert.False(parseBody.ContainsKey("data"));
        Assert.Equal("Syntax Error: Expected Name, found <EOF>.", (string?)parseBody["errors"]![0]!["message"]);
        Assert.Equal(HttpStatusCode.BadRequest, coercion.StatusCode);
        Assert.False((await ResponseJson.ReadAsync(coercion)).AsObject().ContainsKey("data"));
    }

    [Fact]
    public async Task Mutation_over_GET_is_405_and_POST_runs_it()
    {
        var schema = new EngineTestSchema();
        await using GraphQLTestServer server = await GraphQLTestServer.StartAsync(executor: schema.Executor);

        using HttpResponseMessage get = await server.GetAsync("query=" + Uri.EscapeDataString("mutation { increment }"));
        using HttpResponseMessage post = await server.PostJsonAsync("""{"query":"mutation { increment }"}""");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, get.StatusCode);
        Assert.Equal("""{"data":{"increment":1}}""", await post.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Timeout_fires_the_engine_resolver_token()
    {
        var schema = new EngineTestSchema();
        await using GraphQLTestServer server = await GraphQLTestServer.StartAsync(o => o.Limits.ExecutionTimeout = TimeSpan.FromMilliseconds(300), schema.Executor);

        using HttpResponseMessage response = await server.PostJsonAsync("""{"query":"{ slow }"}""").WaitAsync(s_hangGuard);

        await schema.SlowCancelled.WaitAsync(s_hangGuard);
        Assert.Equal("EXECUTION_TIMEOUT", ResponseJson.ErrorCode(await ResponseJson.ReadAsync(response)));
    }

    [Fact]
    public async Task Resolver_exceptions_are_masked_in_production_even_when_the_engine_runs_in_development_mode()
    {
        var schema = new EngineTestSchema(development: true);
        await using GraphQLTestServer server = await GraphQLTestServer.StartAsync(executor: schema.Executor, environment: "Production");

        using HttpResponseMessage response = await server.PostJsonAsync("""{"query":"{ boom refused }"}""");
        string text = await response.Content.ReadAsStringAsync();
        JsonNode body = JsonNode.Parse(text)!;

        Assert.DoesNotContain("secret", text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Unexpected Execution Error", (string?)body["errors"]![0]!["message"]);
        Assert.Equal(new JsonArray("boom").ToJsonString(), body["errors"]![0]!["path"]!.ToJsonString());

        // A GraphQLError a resolver throws on purpose is meant for the client.
        Assert.Equal("You may not read this field.", (string?)body["errors"]![1]!["message"]);
    }

    [Fact]
    public async Task Introspection_refused_for_excluded_callers_even_through_fragments()
    {
        var schema = new EngineTestSchema();
        await using GraphQLTestServer server = await GraphQLTestServer.StartAsync(o => o.AllowIntrospection = _ => false, schema.Executor);
        const string Query = """{"query":"query { ...F } fragment F on Query { ... on Query { __schema { queryType { name } } } }"}""";

        using HttpResponseMessage refused = await server.PostJsonAsync(Query);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("INTROSPECTION_DISABLED", ResponseJson.ErrorCode(await ResponseJson.ReadAsync(refused)));
    }

    [Fact]
    public async Task Introspection_answers_from_the_engine_when_allowed()
    {
        var schema = new EngineTestSchema();
        await using GraphQLTestServer server = await GraphQLTestServer.StartAsync(executor: schema.Executor);

        using HttpResponseMessage response = await server.PostJsonAsync("""{"query":"{ __schema { queryType { name } } }"}""");

        Assert.Equal("""{"data":{"__schema":{"queryType":{"name":"Query"}}}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Engine_validation_errors_are_request_errors_with_graphql_js_messages()
    {
        var schema = new EngineTestSchema();
        await using GraphQLTestServer server = await GraphQLTestServer.StartAsync(executor: schema.Executor);

        using HttpResponseMessage strict = await server.PostJsonAsync("""{"query":"{ nope }"}""");
        using HttpResponseMessage legacy = await server.PostJsonAsync("""{"query":"{ nope }"}""", "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, strict.StatusCode);
        Assert.Equal(HttpStatusCode.OK, legacy.StatusCode);
        Assert.Equal("""{"errors":[{"message":"Cannot query field \"nope\" on type \"Query\".","locations":[{"line":1,"column":3}]}]}""", await strict.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Engine_suggestions_follow_the_callers_switch()
    {
        var schema = new EngineTestSchema();
        await using GraphQLTestServer server = await GraphQLTestServer.StartAsync(
            o => o.IncludeSuggestions = context => context.Request.Headers["X-Role"] == "developer", schema.Executor);
        const string Typo = """{"query":"{ helo }"}""";

        using HttpResponseMessage developer = await server.PostJsonAsync(Typo, edit: r => r.Headers.Add("X-Role", "developer"));
        using HttpResponseMessage anonymous = await server.PostJsonAsync(Typo);

        Assert.Equal("Cannot query field \"helo\" on type \"Query\". Did you mean \"hello\"?", (string?)(await ResponseJson.ReadAsync(developer))["errors"]![0]!["message"]);
        Assert.Equal("Cannot query field \"helo\" on type \"Query\".", (string?)(await ResponseJson.ReadAsync(anonymous))["errors"]![0]!["message"]);
    }

    [Fact]
    public async Task Engine_limit_rules_apply_to_requests_over_HTTP()
    {
        var schema = new EngineTestSchema(validation: new ValidationOptions { MaxAliases = 2 });
        await using GraphQLTestServer server = await GraphQLTestServer.StartAsync(executor: schema.Executor);

        using HttpResponseMessage within = await server.PostJsonAsync("""{"query":"{ a: hello b: hello }"}""");
        using HttpResponseMessage beyond = await server.PostJsonAsync("""{"query":"{ a: hello b: hello c: hello }"}""");

        Assert.Equal(HttpStatusCode.OK, within.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, beyond.StatusCode);
        Assert.False((await ResponseJson.ReadAsync(beyond)).AsObject().ContainsKey("data"));
    }

    [Fact]
    public async Task Subscriptions_are_refused_clearly_until_the_engine_can_subscribe()
    {
        var schema = new EngineTestSchema();
        await using GraphQLTestServer server = await GraphQLTestServer.StartAsync(executor: schema.Executor);

        using HttpResponseMessage response = await server.PostJsonAsync("""{"query":"subscription { tick }"}""", "text/event-stream");

        // Validation runs first (the test schema has no Subscription type), then the executor's refusal.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("event: next\ndata: {\"errors\":[", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
