using System.Text.Json.Nodes;

namespace ClusterGraph.GraphQL.AspNetCore.Tests.Infrastructure;

internal static class ResponseJson
{
    public static async Task<JsonNode> ReadAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync()) ?? throw new InvalidOperationException("The response body is JSON null.");

    public static string? ErrorCode(JsonNode body, int index = 0) => (string?)body["errors"]![index]!["extensions"]?["code"];

    public static string MediaType(HttpResponseMessage response) => response.Content.Headers.ContentType?.MediaType ?? "(none)";
}
