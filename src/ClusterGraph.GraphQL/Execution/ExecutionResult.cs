using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClusterGraph.GraphQL.Errors;
using ClusterGraph.GraphQL.Utilities;

namespace ClusterGraph.GraphQL.Execution;

/// <summary>The response of one execution: <c>data</c> (absent for request errors) and <c>errors</c>.</summary>
public sealed class ExecutionResult
{
    private const int MaxDepth = 1024;

    public ExecutionResult(ResultMap? data, IReadOnlyList<GraphQLError>? errors, bool hasData = true)
    {
        Data = data;
        Errors = errors is { Count: > 0 } ? errors : null;
        HasData = hasData;
    }

    /// <summary>Whether the response has a <c>data</c> entry (false when the request failed before execution).</summary>
    public bool HasData { get; }

    public ResultMap? Data { get; }

    public IReadOnlyList<GraphQLError>? Errors { get; }

    /// <summary>Extra top-level <c>extensions</c> (cost, tracing…), written last.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>A result carrying only errors (no data entry).</summary>
    public static ExecutionResult FromErrors(IReadOnlyList<GraphQLError> errors) => new(null, errors, hasData: false);

    /// <summary>Writes the response object: errors first, as graphql-js orders them, then data.</summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        if (Errors is not null)
        {
            writer.WriteStartArray("errors"u8);
            foreach (GraphQLError error in Errors)
            {
                error.WriteTo(writer);
            }

            writer.WriteEndArray();
        }

        if (HasData)
        {
            writer.WritePropertyName("data"u8);
            WriteValue(writer, Data, 0);
        }

        if (Extensions is { Count: > 0 })
        {
            writer.WritePropertyName("extensions"u8);
            JsonValueWriter.Write(writer, Extensions);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes the response as UTF-8 JSON into <paramref name="output"/>.</summary>
    public void WriteTo(IBufferWriter<byte> output)
    {
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { SkipValidation = true, MaxDepth = MaxDepth + 8 });
        WriteTo(writer);
    }

    public string ToJsonString()
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        WriteTo(buffer);
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public JsonObject ToJsonObject() => JsonNode.Parse(ToJsonString())!.AsObject();

    private static void WriteValue(Utf8JsonWriter writer, object? value, int depth)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case int i:
                writer.WriteNumberValue(i);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case double d:
                JsonValueWriter.WriteDouble(writer, d);
                break;
            case ResultMap map:
                if (depth > MaxDepth)
                {
                    throw new InvalidOperationException("The result nests too deeply to be written.");
                }

                writer.WriteStartObject();
                string[] keys = map.RawKeys;
                object?[] values = map.RawValues;
                for (int k = 0; k < keys.Length; k++)
                {
                    writer.WritePropertyName(keys[k]);
                    WriteValue(writer, values[k], depth + 1);
                }

                writer.WriteEndObject();
                break;
            case object?[] list:
                if (depth > MaxDepth)
                {
                    throw new InvalidOperationException("The result nests too deeply to be written.");
                }

                writer.WriteStartArray();
                foreach (object? item in list)
                {
                    WriteValue(writer, item, depth + 1);
                }

                writer.WriteEndArray();
                break;
            default:
                JsonValueWriter.Write(writer, value);
                break;
        }
    }
}
