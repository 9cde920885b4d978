using System.Net;
using System.Text.Json.Nodes;
using ClusterGraph.GraphQL.AspNetCore.Tests.Infrastructure;

namespace ClusterGraph.GraphQL.AspNetCore.Tests;

/// <summary>Unexpected errors carry no exception text or stack trace outside Development.</summary>
public sealed class ErrorMaskingTests
{
    [Fact]
    public async Task Production_masks_resolver_exceptions_and_keeps_path_and_location()
    {
        await using GraphQLTestServer server = await GraphQLTestServer.StartAsync(environment: "Production");

        using HttpResponseMessage response = await server.PostJsonAsync("""{"query":"{ hello boom }"}""");
        string text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            """{"errors":[{"message":"Unexpected Execution Error","locations":[{"line":1,"column":9}],"path":["boom"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":{"hello":"Hello, world!","boom":null}}""",
            text);
        Assert.DoesNotContain("secret", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Development_shows_the_exception()
    {
        await using GraphQLTestServer server = await GraphQLTestServer.StartAsync(environment: "Development");

        using HttpResponseMessage response = await server.PostJsonAsync("""{"query":"{ boom }"}""");
        JsonNode error = (await ResponseJson.ReadAsync(response))["errors"]![0]!;

        Assert.Equal(TinySchemaExecutor.SecretExceptionText, (string?)error["message"]);
        Assert.Equal("System.InvalidOperationException", (string?)error["extensions"]!["exception"]!["type"]);
        Assert.NotNull((string?)error["extensions"]!["exception"]!["stackTrace"]);
    }

    [Fact]
    public async Task Explicit_option_overrides_the_environment()
    {
        await using GraphQLTestServer server = await GraphQLTestServer.StartAsync(o => o.MaskErrors = true, environment: "Development");

        using HttpResponseMessage response = await server.PostJsonAsync("""{"query":"{ boom }"}""");

        Assert.DoesNotContain("secret", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Executor_crash_is_500_and_masked_in_production()
    {
        await using GraphQLTestServer server = await GraphQLTestServer.StartAsync(executor: new CrashingExecutor(), environment: "Production");

        using HttpResponseMessage response = await server.PostJsonAsync("""{"query":"{ __typename }"}""");
        string text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("""{"errors":[{"message":"Unexpected Execution Error","extensions":{"code":"INTERNAL_SERVER_ERROR"}}]}""", text);
    }

    private sealed class CrashingExecutor : IGraphQLRequestExecutor
    {
        public ValueTask<GraphQLExecutionOutcome> ExecuteAsync(GraphQLExecutionRequest request, CancellationToken cancellationToken) =>
            throw new InvalidOperationException(TinySchemaExecutor.SecretExceptionText);
    }
}
