using System.Net;
using System.Text.Json.Nodes;

namespace ClusterGraph.Api.Tests.Infrastructure;

/// <summary>An HTTP status and the GraphQL response body.</summary>
public sealed record GraphQLResponse(HttpStatusCode Status, JsonObject Body)
{
    public JsonArray? Errors => Body["errors"] as JsonArray;

    /// <summary>The first error's extensions.code, or null.</summary>
    public string? FirstErrorCode => Errors is [JsonObject first, ..] ? first["extensions"]?["code"]?.GetValue<string>() : null;

    public string? FirstErrorMessage => Errors is [JsonObject first, ..] ? first["message"]?.GetValue<string>() : null;

    /// <summary>Asserts 200, no errors and a data object; returns data.</summary>
    public JsonObject AssertData()
    {
        Assert.True(Errors is null, "Unexpected errors: " + Errors?.ToJsonString());
        Assert.Equal(HttpStatusCode.OK, Status);
        return Assert.IsType<JsonObject>(Body["data"]);
    }
}
