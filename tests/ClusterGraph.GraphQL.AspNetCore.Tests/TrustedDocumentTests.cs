using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using ClusterGraph.GraphQL.AspNetCore.Tests.Infrastructure;

namespace ClusterGraph.GraphQL.AspNetCore.Tests;

/// <summary>Trusted-documents mode: only documents already in the store run; clients cannot add any.</summary>
public sealed class TrustedDocumentTests
{
    private const string Trusted = "{ hello(name: \"trusted\") }";
    private const string Unknown = "{ hello(name: \"intruder\") }";

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static string ByHash(string text) => new JsonObject
    {
        ["extensions"] = new JsonObject { ["persistedQuery"] = new JsonObject { ["version"] = 1, ["sha256Hash"] = Hash(text) } },
    }.ToJsonString();

    private static Task<GraphQLTestServer> StartAsync(TinySchemaExecutor executor, InMemoryPersistedDocumentStore store) =>
        GraphQLTestServer.StartAsync(o => o.PersistedQueries.Mode = PersistedQueryMode.TrustedOnly, executor, store: store);

    [Fact]
    public async Task Trusted_document_runs_by_hash_and_by_text()
    {
        await using GraphQLTestServer server = await StartAsync(new TinySchemaExecutor(), new InMemoryPersistedDocumentStore([Trusted]));

        using HttpResponseMessage byHash = await server.PostJsonAsync(ByHash(Trusted));
        using HttpResponseMessage byText = await server.PostJsonAsync(new JsonObject { ["query"] = Trusted }.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, byHash.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byText.StatusCode);
        Assert.Equal("""{"data":{"hello":"Hello, trusted!"}}""", await byText.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Unknown_document_text_is_refused_without_executing()
    {
        var executor = new TinySchemaExecutor();
        await using GraphQLTestServer server = await StartAsync(executor, new InMemoryPersistedDocumentStore([Trusted]));

        using HttpResponseMessage response = await server.PostJsonAsync(new JsonObject { ["query"] = Unknown }.ToJsonString());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("PERSISTED_QUERY_NOT_TRUSTED", ResponseJson.ErrorCode(await ResponseJson.ReadAsync(response)));
        Assert.Equal(0, executor.Executions);
    }

    [Fact]
    public async Task Clients_cannot_register_documents()
    {
        var store = new InMemoryPersistedDocumentStore([Trusted]);
        await using GraphQLTestServer server = await StartAsync(new TinySchemaExecutor(), store);
        string register = new JsonObject
        {
            ["query"] = Unknown,
            ["extensions"] = new JsonObject { ["persistedQuery"] = new JsonObject { ["version"] = 1, ["sha256Hash"] = Hash(Unknown) } },
        }.ToJsonString();

        using HttpResponseMessage response = await server.PostJsonAsync(register);
        using HttpResponseMessage later = await server.PostJsonAsync(ByHash(Unknown));

        Assert.Equal("PERSISTED_QUERY_NOT_TRUSTED", ResponseJson.ErrorCode(await ResponseJson.ReadAsync(response)));
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", ResponseJson.ErrorCode(await ResponseJson.ReadAsync(later)));
        Assert.Equal(1, store.Count);
    }
}
