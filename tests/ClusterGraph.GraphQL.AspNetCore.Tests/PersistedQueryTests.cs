using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using ClusterGraph.GraphQL.AspNetCore.Tests.Infrastructure;

namespace ClusterGraph.GraphQL.AspNetCore.Tests;

/// <summary>Apollo's automatic persisted queries: miss, register, hit; hash verification; GET by hash.</summary>
public sealed class PersistedQueryTests
{
    private const string Query = "{ hello(name: \"APQ\") }";

    // SHA-256 of the query's UTF-8 bytes, computed here independently of the code under test.
    private static readonly string s_hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Query)));

    private static string Body(string? query, string hash) => new JsonObject
    {
        ["query"] = query,
        ["extensions"] = new JsonObject { ["persistedQuery"] = new JsonObject { ["version"] = 1, ["sha256Hash"] = hash } },
    }.ToJsonString();

    [Fact]
    public async Task Miss_then_register_then_hit()
    {
        var store = new InMemoryPersistedDocumentStore();
        await using GraphQLTestServer server = await GraphQLTestServer.StartAsync(store: store);

        using HttpResponseMessage miss = await server.PostJsonAsync(Body(null, s_hash), "application/json");
        JsonNode missBody = await ResponseJson.ReadAsync(miss);
        Assert.Equal(HttpStatusCode.OK, miss.StatusCode);
        Assert.Equal("PersistedQueryNotFound", (string?)missBody["errors"]![0]!["message"]);
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", ResponseJson.ErrorCode(missBody));
        Assert.False(missBody.AsObject().ContainsKey("data"));

        using HttpResponseMessage register = await server.PostJsonAsync(Body(Query, s_hash));
        Assert.Equal(HttpStatusCode.OK, register.StatusCode);
        Assert.Equal("""{"data":{"hello":"Hello, APQ!"}}""", await register.Content.ReadAsStringAsync());
        Assert.Equal(Query, await store.TryGetAsync(s_hash, CancellationToken.None));

        using HttpResponseMessage hit = await server.PostJsonAsync(Body(null, s_hash));
        Assert.Equal(HttpStatusCode.OK, hit.StatusCode);
        Assert.Equal("""{"data":{"hello":"Hello, APQ!"}}""", await hit.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Miss_is_400_under_graphql_response_json()
    {
        await using GraphQLTestServer server = await GraphQLTestServer.StartAsync();

        using HttpResponseMessage miss = await server.PostJsonAsync(Body(null, s_hash));

        Assert.Equal(HttpStatusCode.BadRequest, miss.StatusCode);
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", ResponseJson.ErrorCode(await ResponseJson.ReadAsync(miss)));
    }

    [Fact]
    public async Task Hash_that_does_not_match_the_query_is_refused_and_not_stored()
    {
        var store = new InMemoryPersistedDocumentStore();
        await using GraphQLTestServer server = await GraphQLTestServer.StartAsync(store: store);
        string wrongHash = new('a', 64);

        using HttpResponseMessage response = await server.PostJsonAsync(Body(Query, wrongHash));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("PERSISTED_QUERY_HASH_MISMATCH", ResponseJson.ErrorCode(await ResponseJson.ReadAsync(response)));
        Assert.Equal(0, store.Count);
    }

    [Fact]
    public async Task Hit_over_GET_with_extensions_in_the_query_string()
    {
        await using GraphQLTestServer server = await GraphQLTestServer.StartAsync();
        using HttpResponseMessage register = await server.PostJsonAsync(Body(Query, s_hash));
        Assert.Equal(HttpStatusCode.OK, register.StatusCode);

        string extensions = new JsonObject { ["persistedQuery"] = new JsonObject { ["version"] = 1, ["sha256Hash"] = s_hash } }.ToJsonString();
        using HttpResponseMessage hit = await server.GetAsync("extensions=" + Uri.EscapeDataString(extensions));

        Assert.Equal(HttpStatusCode.OK, hit.StatusCode);
        Assert.Equal("""{"data":{"hello":"Hello, APQ!"}}""", await hit.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task DocumentId_names_a_stored_document()
    {
        await using GraphQLTestServer server = await GraphQLTestServer.StartAsync(store: new InMemoryPersistedDocumentStore([Query]));

        using HttpResponseMessage response = await server.PostJsonAsync($$"""{"documentId":"sha256:{{s_hash}}"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"hello":"Hello, APQ!"}}""", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("""{"extensions":{"persistedQuery":{"version":2,"sha256Hash":"HASH"}}}""")]
    [InlineData("""{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"not-a-hash"}}}""")]
    [InlineData("""{"extensions":{"persistedQuery":"HASH"}}""")]
    [InlineData("""{"documentId":"md5:HASH"}""")]
    public async Task Malformed_persisted_query_reference_is_400(string body)
    {
        await using GraphQLTestServer server = await GraphQLTestServer.StartAsync();

        using HttpResponseMessage response = await server.PostJsonAsync(body.Replace("HASH", s_hash, StringComparison.Ordinal), "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BAD_REQUEST", ResponseJson.ErrorCode(await ResponseJson.ReadAsync(response)));
    }

    [Fact]
    public async Task Disabled_mode_refuses_hashes_but_runs_text()
    {
        await using GraphQLTestServer server = await GraphQLTestServer.StartAsync(o => o.PersistedQueries.Mode = PersistedQueryMode.Disabled);

        using HttpResponseMessage byHash = await server.PostJsonAsync(Body(Query, s_hash));
        using HttpResponseMessage byText = await server.PostJsonAsync(new JsonObject { ["query"] = Query }.ToJsonString());

        Assert.Equal("PERSISTED_QUERY_NOT_SUPPORTED", ResponseJson.ErrorCode(await ResponseJson.ReadAsync(byHash)));
        Assert.Equal(HttpStatusCode.OK, byText.StatusCode);
    }

    [Fact]
    public async Task In_memory_store_drops_the_oldest_document_when_full()
    {
        var store = new InMemoryPersistedDocumentStore([], capacity: 2);
        await store.SaveAsync("a", "{ a }", CancellationToken.None);
        await store.SaveAsync("b", "{ b }", CancellationToken.None);
        await store.SaveAsync("c", "{ c }", CancellationToken.None);

        Assert.Equal(2, store.Count);
        Assert.Null(await store.TryGetAsync("a", CancellationToken.None));
        Assert.Equal("{ c }", await store.TryGetAsync("c", CancellationToken.None));
    }
}
