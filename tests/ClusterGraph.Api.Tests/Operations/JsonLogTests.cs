using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace ClusterGraph.Api.Tests.Operations;

/// <summary>
/// The log is JSON lines with, per GraphQL request, its request id, operation name and document hash, and
/// never a variable's value: with every category at Trace, a value sent by POST, by GET (in the query string)
/// and as an invalid variable (which the response quotes back) appears nowhere in the log.
/// </summary>
public sealed class JsonLogTests(LoggedApi api) : IClassFixture<LoggedApi>
{
    private const string Lookup = "query FindEntity($id: ID!) { entity(id: $id) { id } }";
    private const string Paging = "query PageEntities($n: Int) { entities(first: $n) { totalCount } }";

    [Fact]
    public async Task Each_GraphQL_request_logs_id_operation_and_hash_and_no_variable_value()
    {
        string secret = "s3cret" + Guid.NewGuid().ToString("N");

        using (HttpResponseMessage posted = await GraphQLPost.SendAsync(api.Client, GraphQLPost.Create(Lookup, new JsonObject { ["id"] = secret })))
        {
            Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        }

        string get = "/graphql?query=" + Uri.EscapeDataString(Lookup) + "&variables=" + Uri.EscapeDataString(new JsonObject { ["id"] = secret }.ToJsonString());
        using (var request = new HttpRequestMessage(HttpMethod.Get, get))
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
            using HttpResponseMessage fetched = await api.Client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, fetched.StatusCode);
        }

        using (HttpResponseMessage invalid = await GraphQLPost.SendAsync(api.Client, GraphQLPost.Create(Paging, new JsonObject { ["n"] = secret })))
        {
            Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
            Assert.Contains(secret, await invalid.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // The request line is written when the request's pipeline ends, which may be just after the client
        // has the whole (Content-Length) answer: wait, boundedly, for the third one.
        string log = await WaitForRequestLinesAsync(3);
        Assert.DoesNotContain(secret, log, StringComparison.Ordinal);

        List<JsonObject> entries = [.. log.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => (JsonObject)JsonNode.Parse(line)!)];
        List<JsonObject> requests = [.. entries.Where(e => (string?)e["Category"] == "ClusterGraph.Requests")];
        Assert.Equal(3, requests.Count);
        Assert.Equal(["FindEntity", "FindEntity", "PageEntities"], requests.Select(e => (string?)e["State"]!["OperationName"]));
        Assert.Equal([Sha256(Lookup), Sha256(Lookup), Sha256(Paging)], requests.Select(e => (string?)e["State"]!["DocumentHash"]));
        Assert.Equal(["POST", "GET", "POST"], requests.Select(e => (string?)e["State"]!["Method"]));
        Assert.Equal(["200", "200", "400"], requests.Select(e => e["State"]!["StatusCode"]!.ToString()));
        Assert.All(requests, e => Assert.Equal("Information", (string?)e["LogLevel"]));

        // The request id is the one ASP.NET Core puts in the request's scope, so other lines of the request can be joined to it.
        foreach (JsonObject entry in requests)
        {
            string? id = (string?)entry["State"]!["RequestId"];
            Assert.False(string.IsNullOrEmpty(id));
            Assert.Contains(entry["Scopes"]!.AsArray(), scope => scope is JsonObject s && (string?)s["RequestId"] == id);
        }

        Assert.Equal(3, requests.Select(e => (string?)e["State"]!["RequestId"]).Distinct().Count());
    }

    /// <summary>The hash worked out independently: SHA-256 of the document's UTF-8 bytes, lower-case hex.</summary>
    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private async Task<string> WaitForRequestLinesAsync(int count)
    {
        for (int attempt = 0; attempt < 100; attempt++)
        {
            string text = api.Log.Text;
            int lines = text.Split('\n').Count(line => line.Contains("\"Category\":\"ClusterGraph.Requests\"", StringComparison.Ordinal));
            if (lines >= count)
            {
                return text;
            }

            await Task.Delay(50);
        }

        return api.Log.Text;
    }
}
