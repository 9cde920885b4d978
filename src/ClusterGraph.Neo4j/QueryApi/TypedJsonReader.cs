using System.Globalization;
using System.Text.Json;

namespace ClusterGraph.Neo4j.QueryApi;

/// <summary>
/// Maps the Query API's typed JSON (<c>{"$type": …, "_value": …}</c>) to CLR values:
/// Null → null, Boolean → bool, Integer → long, Float → double, String → string, Base64 → byte[],
/// Date/Time/LocalTime/OffsetDateTime/LocalDateTime → <see cref="Neo4jTemporal"/>, Duration →
/// <see cref="Neo4jDuration"/>, Point → <see cref="Neo4jPoint"/>, List → IReadOnlyList&lt;object?&gt;,
/// Map → IReadOnlyDictionary&lt;string, object?&gt;, Node/Relationship/Path → their records,
/// Vector → <see cref="Neo4jVector"/>, Unsupported → <see cref="Neo4jUnsupportedValue"/>.
/// </summary>
internal static class TypedJsonReader
{
    /// <summary>Nesting deeper than this is refused (JsonDocument's own limit is 64 JSON levels; a typed value uses two per level).</summary>
    public const int MaxDepth = 32;

    public static object? Read(JsonElement element) => Read(element, 0);

    private static object? Read(JsonElement element, int depth)
    {
        if (depth > MaxDepth)
        {
            throw Protocol($"typed JSON nested deeper than {MaxDepth} levels");
        }

        if (element.ValueKind != JsonValueKind.Object ||
            !element.TryGetProperty("$type", out JsonElement typeElement) || typeElement.ValueKind != JsonValueKind.String ||
            !element.TryGetProperty("_value", out JsonElement value))
        {
            throw Protocol($"expected a typed value {{\"$type\", \"_value\"}}, got {Describe(element)}");
        }

        string type = typeElement.GetString()!;
        return type switch
        {
            "Null" => value.ValueKind == JsonValueKind.Null ? null : throw Protocol("a Null whose _value is not null"),
            "Boolean" => value.ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                _ => throw Protocol("a Boolean whose _value is not true or false"),
            },
            "Integer" => ParseInteger(Text(value, type)),
            "Float" => ParseFloat(Text(value, type)),
            "String" => Text(value, type),
            "Base64" => ParseBase64(Text(value, type)),
            "Date" => Temporal(Neo4jTemporalKind.Date, value, type),
            "Time" => Temporal(Neo4jTemporalKind.Time, value, type),
            "LocalTime" => Temporal(Neo4jTemporalKind.LocalTime, value, type),
            "OffsetDateTime" or "ZonedDateTime" => Temporal(Neo4jTemporalKind.OffsetDateTime, value, type),
            "LocalDateTime" => Temporal(Neo4jTemporalKind.LocalDateTime, value, type),
            "Duration" => Neo4jDuration.TryParse(Text(value, type)) ?? throw Protocol($"a malformed Duration '{value}'"),
            "Point" => Neo4jPoint.TryParse(Text(value, type)) ?? throw Protocol($"a malformed Point '{value}'"),
            "List" => ReadList(value, depth),
            "Map" => ReadMap(value, depth),
            "Node" => ReadNode(value, depth),
            "Relationship" => ReadRelationship(value, depth),
            "Path" => ReadPath(value, depth),
            "Vector" => ReadVector(value),
            "Unsupported" => new Neo4jUnsupportedValue(Text(value, type)),
            _ => throw Protocol($"an unknown typed JSON type '{type}'"),
        };
    }

    private static long ParseInteger(string text) =>
        long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long result)
            ? result
            : throw Protocol($"a malformed Integer '{text}'");

    private static double ParseFloat(string text) => text switch
    {
        "NaN" or "Nan" => double.NaN,
        "Infinity" => double.PositiveInfinity,
        "-Infinity" => double.NegativeInfinity,
        _ => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double result)
            ? result
            : throw Protocol($"a malformed Float '{text}'"),
    };

    private static byte[] ParseBase64(string text)
    {
        // Neo4j may leave the padding off; Convert wants it.
        string padded = (text.Length % 4) switch { 2 => text + "==", 3 => text + "=", _ => text };
        try
        {
            return Convert.FromBase64String(padded);
        }
        catch (FormatException)
        {
            throw Protocol($"a malformed Base64 '{text}'");
        }
    }

    private static Neo4jTemporal Temporal(Neo4jTemporalKind kind, JsonElement value, string type) =>
        Neo4jTemporal.TryParse(kind, Text(value, type)) ?? throw Protocol($"a malformed {type} '{value}'");

    private static List<object?> ReadList(JsonElement value, int depth)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            throw Protocol("a List whose _value is not an array");
        }

        var list = new List<object?>(value.GetArrayLength());
        foreach (JsonElement item in value.EnumerateArray())
        {
            list.Add(Read(item, depth + 1));
        }

        return list;
    }

    private static Dictionary<string, object?> ReadMap(JsonElement value, int depth)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            throw Protocol("a Map whose _value is not an object");
        }

        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (JsonProperty property in value.EnumerateObject())
        {
            map[property.Name] = Read(property.Value, depth + 1);
        }

        return map;
    }

    private static Neo4jNode ReadNode(JsonElement value, int depth)
    {
        string elementId = RequiredString(value, "_element_id", "Node");
        if (!value.TryGetProperty("_labels", out JsonElement labelsElement) || labelsElement.ValueKind != JsonValueKind.Array)
        {
            throw Protocol("a Node without a _labels array");
        }

        var labels = new List<string>(labelsElement.GetArrayLength());
        foreach (JsonElement label in labelsElement.EnumerateArray())
        {
            labels.Add(label.ValueKind == JsonValueKind.String ? label.GetString()! : throw Protocol("a Node label that is not a string"));
        }

        return new Neo4jNode(elementId, labels, Properties(value, depth, "Node"));
    }

    private static Neo4jRelationship ReadRelationship(JsonElement value, int depth) => new(
        RequiredString(value, "_element_id", "Relationship"),
        RequiredString(value, "_start_node_element_id", "Relationship"),
        RequiredString(value, "_end_node_element_id", "Relationship"),
        RequiredString(value, "_type", "Relationship"),
        Properties(value, depth, "Relationship"));

    // A path alternates node, relationship, node, …: 2n + 1 typed values.
    private static Neo4jPath ReadPath(JsonElement value, int depth)
    {
        if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() % 2 == 0)
        {
            throw Protocol("a Path whose _value is not an odd-length array of nodes and relationships");
        }

        var nodes = new List<Neo4jNode>();
        var relationships = new List<Neo4jRelationship>();
        int index = 0;
        foreach (JsonElement item in value.EnumerateArray())
        {
            object? element = Read(item, depth + 1);
            if (index % 2 == 0)
            {
                nodes.Add(element as Neo4jNode ?? throw Protocol($"a Path whose element {index} is not a Node"));
            }
            else
            {
                relationships.Add(element as Neo4jRelationship ?? throw Protocol($"a Path whose element {index} is not a Relationship"));
            }

            index++;
        }

        return new Neo4jPath(nodes, relationships);
    }

    private static Neo4jVector ReadVector(JsonElement value)
    {
        string coordinatesType = RequiredString(value, "coordinatesType", "Vector");
        if (!value.TryGetProperty("coordinates", out JsonElement coordinates) || coordinates.ValueKind != JsonValueKind.Array)
        {
            throw Protocol("a Vector without a coordinates array");
        }

        var list = new List<double>(coordinates.GetArrayLength());
        foreach (JsonElement coordinate in coordinates.EnumerateArray())
        {
            list.Add(ParseFloat(coordinate.ValueKind == JsonValueKind.String ? coordinate.GetString()! : throw Protocol("a Vector coordinate that is not a string")));
        }

        return new Neo4jVector(coordinatesType, list);
    }

    private static Dictionary<string, object?> Properties(JsonElement value, int depth, string owner)
    {
        if (!value.TryGetProperty("_properties", out JsonElement properties) || properties.ValueKind != JsonValueKind.Object)
        {
            throw Protocol($"a {owner} without a _properties object");
        }

        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (JsonProperty property in properties.EnumerateObject())
        {
            map[property.Name] = Read(property.Value, depth + 1);
        }

        return map;
    }

    private static string RequiredString(JsonElement value, string name, string owner) =>
        value.ValueKind == JsonValueKind.Object && value.TryGetProperty(name, out JsonElement element) && element.ValueKind == JsonValueKind.String
            ? element.GetString()!
            : throw Protocol($"a {owner} without a string {name}");

    private static string Text(JsonElement value, string type) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : throw Protocol($"a {type} whose _value is not a string");

    private static string Describe(JsonElement element)
    {
        string raw = element.GetRawText();
        return raw.Length <= 80 ? raw : raw[..80] + "…";
    }

    private static Neo4jException Protocol(string what) =>
        new(Neo4jErrorCodes.ProtocolViolation, $"The Query API sent {what}.");
}
