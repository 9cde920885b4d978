using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace ClusterGraph.Api.Tests.Operations;

/// <summary>Builds POSTs to /graphql as a GraphQL-over-HTTP client would (application/graphql-response+json).</summary>
internal static class GraphQLPost
{
    public static HttpRequestMessage Create(string query, JsonObject? variables = null, string? operationName = null, string? forwardedFor = null, string? key = null)
    {
        var body = new JsonObject { ["query"] = query };
        if (variables is not null)
        {
            body["variables"] = variables;
        }

        if (operationName is not null)
        {
            body["operationName"] = operationName;
        }

        return Raw(body.ToJsonString(), forwardedFor, key);
    }

    public static HttpRequestMessage Raw(string body, string? forwardedFor = null, string? key = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }

        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        return request;
    }

    public static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpRequestMessage request)
    {
        using (request)
        {
            return await client.SendAsync(request);
        }
    }
}
