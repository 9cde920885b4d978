using System.Buffers;
using System.Collections;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClusterGraph.GraphQL.AspNetCore;
using ClusterGraph.GraphQL.Utilities;

namespace ClusterGraph.Redis.ResponseCaching;

/// <summary>
/// Serializes an executed result's <c>data</c> and <c>extensions</c> to JSON bytes for the cache. It reads
/// the same value shapes <see cref="GraphQLResult.Data"/> documents and uses the transport's encoder
/// settings (UTF-8 kept, relaxed escaping), so a <see cref="JsonElement"/> read back from these bytes is
/// written by the transport exactly as the original value was.
/// </summary>
internal static class ResultJsonWriter
{
    /// <summary>The deepest result tree accepted (the transport's own bound).</summary>
    public const int MaxDepth = 256;

    private static readonly JsonWriterOptions s_options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        MaxDepth = MaxDepth + 16,
    };

    /// <summary>
    /// Writes <c>{"data":…,"extensions":…}</c>; false when the result holds a value the transport could not
    /// write either (non-finite number, unknown type, too deep) or grows past <paramref name="maxBytes"/>.
    /// </summary>
    public static bool TryWrite(GraphQLResult result, int maxBytes, out byte[] payload)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        payload = [];
        using (var writer = new Utf8JsonWriter(buffer, s_options))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("data");
            if (!TryWriteValue(writer, result.Data, 0, buffer, maxBytes))
            {
                return false;
            }

            if (result.Extensions is { Count: > 0 } extensions)
            {
                writer.WritePropertyName("extensions");
                if (!TryWriteValue(writer, extensions, 0, buffer, maxBytes))
                {
                    return false;
                }
            }

            writer.WriteEndObject();
        }

        if (buffer.WrittenCount > maxBytes)
        {
            return false;
        }

        payload = buffer.WrittenSpan.ToArray();
        return true;
    }

    private static bool TryWriteValue(Utf8JsonWriter writer, object? value, int depth, ArrayBufferWriter<byte> buffer, int maxBytes)
    {
        if (depth > MaxDepth || buffer.WrittenCount + writer.BytesPending > maxBytes)
        {
            return false;
        }

        if (writer.BytesPending > 16 * 1024)
        {
            writer.Flush();
        }

        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case JsonElement element:
                element.WriteTo(writer);
                break;
            case JsonNode node:
                node.WriteTo(writer);
                break;
            case RawJsonValue raw:
                raw.WriteTo(writer);
                break;
            case IReadOnlyDictionary<string, object?> map:
                return TryWriteMembers(writer, map, depth, buffer, maxBytes);
            case IDictionary<string, object?> map:
                return TryWriteMembers(writer, map, depth, buffer, maxBytes);
            case IEnumerable<KeyValuePair<string, object?>> members:
                return TryWriteMembers(writer, members, depth, buffer, maxBytes);
            case IEnumerable items:
                writer.WriteStartArray();
                foreach (object? item in items)
                {
                    if (!TryWriteValue(writer, item, depth + 1, buffer, maxBytes))
                    {
                        return false;
                    }
                }

                writer.WriteEndArray();
                break;
            default:
                return TryWriteLeaf(writer, value);
        }

        return true;
    }

    private static bool TryWriteMembers(Utf8JsonWriter writer, IEnumerable<KeyValuePair<string, object?>> members, int depth, ArrayBufferWriter<byte> buffer, int maxBytes)
    {
        writer.WriteStartObject();
        foreach (KeyValuePair<string, object?> member in members)
        {
            writer.WritePropertyName(member.Key);
            if (!TryWriteValue(writer, member.Value, depth + 1, buffer, maxBytes))
            {
                return false;
            }
        }

        writer.WriteEndObject();
        return true;
    }

    private static bool TryWriteLeaf(Utf8JsonWriter writer, object value)
    {
        switch (value)
        {
            case int or long or short or byte or sbyte or ushort or uint:
                writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case ulong number:
                writer.WriteNumberValue(number);
                break;
            case double number when double.IsFinite(number):
                writer.WriteNumberValue(number);
                break;
            case float number when float.IsFinite(number):
                writer.WriteNumberValue(number);
                break;
            case decimal number:
                writer.WriteNumberValue(number);
                break;
            case Enum member:
                writer.WriteStringValue(member.ToString());
                break;
            case DateTimeOffset instant:
                writer.WriteStringValue(instant);
                break;
            case DateTime instant:
                writer.WriteStringValue(instant);
                break;
            case DateOnly date:
                writer.WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case Guid id:
                writer.WriteStringValue(id);
                break;
            case Uri uri:
                writer.WriteStringValue(uri.OriginalString);
                break;
            default:
                // Non-finite numbers and unknown types: the transport reports those; the cache stays out of it.
                return false;
        }

        return true;
    }
}
