using System.Text.Json.Nodes;

namespace ClusterGraph.Api.Tests.Infrastructure;

/// <summary>Small readers over response JSON.</summary>
internal static class Json
{
    public static string Str(JsonNode? node) => node?.GetValue<string>() ?? throw new InvalidOperationException("expected a string, got null");

    public static int Int(JsonNode? node) => node?.GetValue<int>() ?? throw new InvalidOperationException("expected an int, got null");

    public static JsonArray Arr(JsonNode? node) => node as JsonArray ?? throw new InvalidOperationException("expected an array, got " + node?.ToJsonString());

    /// <summary>The "id" of each object in <paramref name="items"/> (or of each item's <paramref name="inner"/> object).</summary>
    public static List<string> Ids(JsonNode? items, string? inner = null) =>
        [.. Arr(items).Select(item => Str(inner is null ? item!["id"] : item![inner]!["id"]))];
}
