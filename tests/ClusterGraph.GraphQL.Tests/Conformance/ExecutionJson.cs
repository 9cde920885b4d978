using System.Text.Json;
using System.Text.Json.Nodes;

namespace ClusterGraph.GraphQL.Tests.Conformance;

/// <summary>JSON comparison for differential tests: numbers by value, objects by key order too (responses are ordered).</summary>
internal static class ExecutionJson
{
    /// <summary>Null when equal, else the JSON path of the first difference with both sides.</summary>
    public static string? FirstDifference(JsonNode? expected, JsonNode? actual, string path = "$")
    {
        switch (expected)
        {
            case null:
                return actual is null ? null : $"{path}: expected null, got {Short(actual)}";
            case JsonObject expectedObject:
                if (actual is not JsonObject actualObject)
                {
                    return $"{path}: expected an object, got {Short(actual)}";
                }

                List<string> expectedKeys = [.. expectedObject.Select(p => p.Key)];
                List<string> actualKeys = [.. actualObject.Select(p => p.Key)];
                if (!expectedKeys.SequenceEqual(actualKeys))
                {
                    return $"{path}: keys [{string.Join(",", expectedKeys)}] vs [{string.Join(",", actualKeys)}]";
                }

                foreach (string key in expectedKeys)
                {
                    if (FirstDifference(expectedObject[key], actualObject[key], path + "." + key) is { } difference)
                    {
                        return difference;
                    }
                }

                return null;
            case JsonArray expectedArray:
                if (actual is not JsonArray actualArray)
                {
                    return $"{path}: expected an array, got {Short(actual)}";
                }

                if (expectedArray.Count != actualArray.Count)
                {
                    return $"{path}: expected {expectedArray.Count} items, got {actualArray.Count}: {Short(expectedArray)} vs {Short(actualArray)}";
                }

                for (int i = 0; i < expectedArray.Count; i++)
                {
                    if (FirstDifference(expectedArray[i], actualArray[i], $"{path}[{i}]") is { } difference)
                    {
                        return difference;
                    }
                }

                return null;
            default:
                if (actual is not JsonValue actualValue)
                {
                    return $"{path}: expected {Short(expected)}, got {Short(actual)}";
                }

                JsonElement e = expected.GetValue<JsonElement>();
                JsonElement a = actualValue.GetValue<JsonElement>();
                if (e.ValueKind == JsonValueKind.Number && a.ValueKind == JsonValueKind.Number)
                {
                    return e.GetDouble() == a.GetDouble() ? null : $"{path}: expected {e}, got {a}";
                }

                return JsonElement.DeepEquals(e, a) ? null : $"{path}: expected {Short(expected)}, got {Short(actual)}";
        }
    }

    private static string Short(JsonNode? node)
    {
        string text = node?.ToJsonString() ?? "null";
        return text.Length > 300 ? text[..300] + "…" : text;
    }
}
