using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using ClusterGraph.GraphQL.AspNetCore.Tests.Infrastructure;

namespace ClusterGraph.GraphQL.AspNetCore.Tests;

/// <summary>Status codes and response shapes of the GraphQL-over-HTTP spec, one per case the issue lists.</summary>
public sealed class StatusCodeTests
{
    private const string GraphQLResponse = "application/graphql-response+json";

    [Fact]
    public async Task Executed_query_is_200_with_data_under_both_media_types()
    {
        await using GraphQLTestServer server = await GraphQLTestServer.StartAsync();
        foreach (string accept in (string[])[GraphQLResponse, "application/json"])
        {
            using HttpResponseMessage response = await server.PostJsonAsync("""{"query":"{ hello(name: \"서울\") }"}""", accept);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(accept, ResponseJson.MediaType(response));
            Assert.Equal("utf-8", response.Content.Headers.ContentType!.CharSet);
            Assert.Equal("""{"data":{"hello":"Hello, 서울!"}}""", await response.Content.ReadAsStringAsync());
        }
    }

    [Theory]
    [InlineData("{", "Syntax Error: Expected Name, found <EOF>.")]
    [InlineData("{ nope }", "Cannot query field \"nope\" on type \"Query\".")]
    public async Task Request_error_is_400_without_data_under_graphql_response_json_and_200_under_json(string query, string message)
    {
        await using GraphQLTestServer server = await GraphQLTestServer.StartAsync();
        string body = new JsonObject { ["query"] = query }.ToJsonString();

        using HttpResponseMessage strict = await server.PostJsonAsync(body, GraphQLResponse);
        using HttpResponseMessage legacy = await server.PostJsonAsync(body, "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, strict.StatusCode);
        Assert.Equal(HttpStatusCode.OK, legacy.StatusCode);
        foreach (HttpResponseMessage response in (HttpResponseMessage[])[strict, legacy])
        {
            JsonObject json = (await ResponseJson.ReadAsync(response)).AsObject();
            Assert.False(json.ContainsKey("data"));
            Assert.Equal(message, (string?)json["errors"]![0]!["message"]);
        }
    }

    [Fact]
    public async Task Variable_coercion_failure_is_400_without_data()
    {
        await using GraphQLTestServer server = await GraphQLTestServer.StartAsync();

        using HttpResponseMessage response = await server.PostJsonAsync("""{"query":"query Q($id: ID!) { __typename }","variables":{"id":null}}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        JsonObject json = (await ResponseJson.ReadAsync(response)).AsObject();
        Assert.False(json.ContainsKey("data"));
        Assert.Equal("Variable \"$id\" of non-null type \"ID!\" must not be null.", (string?)json["errors"]![0]!["message"]);
    }

    [Fact]
    public async Task Mutation_over_GET_is_405_with_Allow_POST_and_is_not_executed()
    {
        var executor = new TinySchemaExecutor();
        await using GraphQLTestServer server = await GraphQLTestServer.StartAsync(executor: executor);

        using HttpResponseMessage response = await server.GetAsync("query=" + Uri.EscapeDataString("mutation { increment }"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
        Assert.Equal(0, executor.Executions);
    }

    [Fact]
    public async Task Query_over_GET_with_variables_is_200()
    {
        await using GraphQLTestServer server = await GraphQLTestServer.StartAsync();

        using HttpResponseMessage response = await server.GetAsync(
            "query=" + Uri.EscapeDataString("query ($n: String) { hello(name: $n) }") + "&variables=" + Uri.EscapeDataString("""{"n":"Gumi"}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"hello":"Hello, Gumi!"}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Other_methods_are_405_with_Allow()
    {
        await using GraphQLTestServer server = await GraphQLTestServer.StartAsync();

        using HttpResponseMessage response = await server.Client.SendAsync(new HttpRequestMessage(HttpMethod.Put, server.Endpoint)
        {
            Content = new StringContent("""{"query":"{ __typename }"}""", Encoding.UTF8, "application/json"),
        });

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "POST"], response.Content.Headers.Allow.Select(a => a.Trim()));
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml, image/png;q=0.5")]
    [InlineData("application/json;q=0")]
    public async Task Unacceptable_Accept_is_406(string accept)
    {
        await using GraphQLTestServer server = await GraphQLTestServer.StartAsync();

        using HttpResponseMessage response = await server.PostJsonAsync("""{"query":"{ __typename }"}""", accept);

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
    }

    [Theory]
    [InlineData("*/*", "application/json")]
    [InlineData("application/*", "application/json")]
    [InlineData("application/json, application/graphql-response+json", "application/graphql-response+json")]
    [InlineData("application/json, application/graphql-response+json;q=0.5", "application/json")]
    [InlineData("application/graphql-response+json;q=0.9, */*", "application/json")]
    [InlineData("text/html;q=0.5, application/graphql-response+json", "application/graphql-response+json")]
    public async Task Accept_negotiation_picks_the_preferred_media_type(string accept, string expected)
    {
        await using GraphQLTestServer server = await GraphQLTestServer.StartAsync();

        using HttpResponseMessage response = await server.PostJsonAsync("""{"query":"{ __typename }"}""", null, r => r.Headers.TryAddWithoutValidation("Accept", accept));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, ResponseJson.MediaType(response));
    }

    [Theory]
    [InlineData("application/json; charset=iso-8859-1")]
    [InlineData("application/xml")]
    [InlineData("application/graphql")]
    public async Task Unsupported_content_type_is_415(string contentType)
    {
        await using GraphQLTestServer server = await GraphQLTestServer.StartAsync();
        var content = new ByteArrayContent("""{"query":"{ __typename }"}"""u8.ToArray());
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);

        using HttpResponseMessage response = await server.Client.PostAsync(server.Endpoint, content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Charset_utf8_in_any_case_is_accepted()
    {
        await using GraphQLTestServer server = await GraphQLTestServer.StartAsync();
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes("""{"query":"{ hello(name: \"대전\") }"}"""));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json; charset=UTF-8");

        using HttpResponseMessage response = await server.Client.PostAsync(server.Endpoint, content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("대전", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "not json""", "The request body is not valid JSON.")]
    [InlineData("""{"query": 1}""", "The 'query' parameter must be a string or null, not a number.")]
    [InlineData("""{"query":"{ __typename }","variables":"x"}""", "The 'variables' parameter must be an object or null, not a string.")]
    [InlineData("""{"query":"{ __typename }","extensions":[1]}""", "The 'extensions' parameter must be an object or null, not an array.")]
    [InlineData("""{"qeury":"{ __typename }"}""", "The 'query' parameter is missing (and no persisted-query hash was sent).")]
    [InlineData(" ", "The request body is empty.")]
    public async Task Malformed_request_is_400_under_either_media_type(string body, string message)
    {
        await using GraphQLTestServer server = await GraphQLTestServer.StartAsync();
        foreach (string accept in (string[])[GraphQLResponse, "application/json"])
        {
            using HttpResponseMessage response = await server.PostJsonAsync(body, accept);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal(message, (string?)(await ResponseJson.ReadAsync(response))["errors"]![0]!["message"]);
        }
    }

    [Fact]
    public async Task Long_query_string_is_414()
    {
        await using GraphQLTestServer server = await GraphQLTestServer.StartAsync(o => o.Limits.MaxQueryStringLength = 100);

        using HttpResponseMessage shortEnough = await server.GetAsync("query=" + Uri.EscapeDataString("{ __typename }"));
        using HttpResponseMessage tooLong = await server.GetAsync("query=" + Uri.EscapeDataString("{ __typename " + new string(' ', 100) + "}"));

        Assert.Equal(HttpStatusCode.OK, shortEnough.StatusCode);
        Assert.Equal(HttpStatusCode.RequestUriTooLong, tooLong.StatusCode);
    }

    [Fact]
    public async Task Oversized_headers_are_431()
    {
        await using GraphQLTestServer server = await GraphQLTestServer.StartAsync(o => o.Limits.MaxRequestHeadersLength = 1000);

        using HttpResponseMessage response = await server.PostJsonAsync("""{"query":"{ __typename }"}""", edit: r => r.Headers.Add("X-Padding", new string('a', 2000)));

        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, response.StatusCode);
    }
}
