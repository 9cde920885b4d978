using System.Text.Json;

namespace ClusterGraph.Redis.ResponseCaching;

/// <summary>
/// Writes a JSON value in one canonical form for cache keys: object members sorted by name (ordinal),
/// strings re-escaped by one encoder, numbers as sent. <c>{"b":1,"a":2}</c> and <c>{ "a": 2, "b": 1 }</c>
/// give the same bytes.
/// </summary>
internal static class CanonicalJson
{
    /// <summary>Variables nested deeper than this are not cached (they are executed as usual).</summary>
    public const int MaxDepth = 64;

    /// <summary>Writes <paramref name="value"/>; false when it nests deeper than <see cref="MaxDepth"/>.</summary>
    public static bool TryWrite(Utf8JsonWriter writer, JsonElement value) => TryWrite(writer, value, 0);

    private static bool TryWrite(Utf8JsonWriter writer, JsonElement value, int depth)
    {
        if (depth > MaxDepth)
        {
            return false;
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                var members = new List<JsonProperty>();
                foreach (JsonProperty member in value.EnumerateObject())
                {
                    members.Add(member);
                }

                // Stable, so duplicate names keep their order (the last one wins when coerced).
                JsonProperty[] sorted = [.. members.OrderBy(static m => m.Name, StringComparer.Ordinal)];
                writer.WriteStartObject();
                foreach (JsonProperty member in sorted)
                {
                    writer.WritePropertyName(member.Name);
                    if (!TryWrite(writer, member.Value, depth + 1))
                    {
                        return false;
                    }
                }

                writer.WriteEndObject();
                return true;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (JsonElement item in value.EnumerateArray())
                {
                    if (!TryWrite(writer, item, depth + 1))
                    {
                        return false;
                    }
                }

                writer.WriteEndArray();
                return true;
            case JsonValueKind.String:
                writer.WriteStringValue(value.GetString());
                return true;
            default:
                // Numbers, true, false and null: their raw text.
                value.WriteTo(writer);
                return true;
        }
    }
}
