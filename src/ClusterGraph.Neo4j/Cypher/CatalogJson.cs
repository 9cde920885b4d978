using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ClusterGraph.Neo4j.Cypher;

/// <summary>Writes the catalog as plain, indented JSON (dates as ISO strings).</summary>
internal static class CatalogJson
{
    public static string Write(IReadOnlyList<CypherStatement> statements)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("schema");
            WriteStrings(writer, "labels", Neo4jGraphSchema.Labels);
            WriteStrings(writer, "relationshipTypes", Neo4jGraphSchema.RelationshipTypes);
            WriteStrings(writer, "propertyKeys", Neo4jGraphSchema.PropertyKeys);
            WriteStrings(writer, "procedures", CypherCatalog.Procedures);
            WriteStrings(writer, "functions", CypherCatalog.Functions);
            writer.WriteStartArray("graphSchema");
            foreach ((string from, string type, string to) in Neo4jGraphSchema.Pattern)
            {
                writer.WriteStartObject();
                writer.WriteString("from", from);
                writer.WriteString("relType", type);
                writer.WriteString("to", to);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();

            writer.WriteStartArray("statements");
            foreach (CypherStatement statement in statements)
            {
                writer.WriteStartObject();
                writer.WriteString("name", statement.Name);
                writer.WriteString("accessMode", CypherCatalog.AccessModeName(statement.AccessMode));
                writer.WriteBoolean("idempotent", statement.Idempotent);
                writer.WriteString("text", statement.Text);
                writer.WritePropertyName("parameters");
                WriteValue(writer, statement.ExampleParameters, 0);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (string value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value, int depth)
    {
        if (depth > 16)
        {
            throw new InvalidOperationException("A catalog example parameter is nested too deeply.");
        }

        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case string s: writer.WriteStringValue(s); break;
            case int or long: writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture)); break;
            case double d: writer.WriteNumberValue(d); break;
            case DateOnly date: writer.WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                writer.WriteStartObject();
                foreach (KeyValuePair<string, object?> entry in map)
                {
                    writer.WritePropertyName(entry.Key);
                    WriteValue(writer, entry.Value, depth + 1);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable list:
                writer.WriteStartArray();
                foreach (object? item in list)
                {
                    WriteValue(writer, item, depth + 1);
                }

                writer.WriteEndArray();
                break;
            default:
                throw new InvalidOperationException($"A catalog example parameter has an unsupported type {value.GetType().Name}.");
        }
    }
}
