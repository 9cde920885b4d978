using System.Net;
using System.Net.Http.Headers;
using ClusterGraph.GraphQL.AspNetCore.Tests.Infrastructure;

namespace ClusterGraph.GraphQL.AspNetCore.Tests;

/// <summary>Requests a browser could send cross-site without a preflight are refused before anything runs.</summary>
public sealed class CsrfTests
{
    [Theory]
    [InlineData("text/plain")]
    [InlineData("text/plain; charset=utf-8")]
    [InlineData("multipart/form-data; boundary=x")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData(null)]
    public async Task Simple_requests_without_a_preflight_header_are_refused(string? contentType)
    {
        var executor = new TinySchemaExecutor();
        await using GraphQLTestServer server = await GraphQLTestServer.StartAsync(executor: executor);
        var content = new ByteArrayContent("""{"query":"mutation { increment }"}"""u8.ToArray());
        content.Headers.ContentType = contentType is null ? null : MediaTypeHeaderValue.Parse(contentType);

        using HttpResponseMessage response = await server.Client.PostAsync(server.Endpoint, content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("CSRF_PREVENTED", ResponseJson.ErrorCode(await ResponseJson.ReadAsync(response)));
        Assert.Equal(0, executor.Executions);
    }

    [Fact]
    public async Task A_preflight_header_lets_the_request_through_to_the_media_type_check()
    {
        await using GraphQLTestServer server = await GraphQLTestServer.StartAsync();
        var content = new ByteArrayContent("""{"query":"{ __typename }"}"""u8.ToArray());
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("text/plain");
        using var request = new HttpRequestMessage(HttpMethod.Post, server.Endpoint) { Content = content };
        request.Headers.Add("GraphQL-Preflight", "1");

        using HttpResponseMessage response = await server.Client.SendAsync(request);

        // Not a CSRF refusal any more; the body is still not JSON by its declared type.
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task GET_needs_a_preflight_header_when_configured()
    {
        await using GraphQLTestServer server = await GraphQLTestServer.StartAsync(o => o.Csrf.RequirePreflightForGet = true);
        string query = "query=" + Uri.EscapeDataString("{ __typename }");

        using HttpResponseMessage refused = await server.GetAsync(query);
        using var allowedRequest = new HttpRequestMessage(HttpMethod.Get, new Uri(server.Endpoint + "?" + query));
        allowedRequest.Headers.Add("Apollo-Require-Preflight", "true");
        using HttpResponseMessage allowed = await server.Client.SendAsync(allowedRequest);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }
}
