using System.Text.Json;

namespace ClusterGraph.Neo4j.QueryApi;

/// <summary>
/// Reads a Query API response. The status code alone does not decide: Neo4j reports statement
/// failures as an <c>errors</c> list, with 202 on some versions and 4xx/5xx on others.
/// </summary>
internal static class QueryApiResponseReader
{
    public static AttemptOutcome Read(int status, byte[] payload, TimeSpan? retryAfter)
    {
        JsonDocument? document = null;
        try
        {
            if (payload.Length > 0)
            {
                try
                {
                    document = JsonDocument.Parse(payload);
                }
                catch (JsonException)
                {
                    document = null;
                }
            }

            if (document is null || document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return new AttemptOutcome(null, WithoutBody(status), retryAfter);
            }

            JsonElement root = document.RootElement;
            if (root.TryGetProperty("errors", out JsonElement errors) && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
            {
                JsonElement first = errors[0];
                string code = StringOr(first, "code", Neo4jErrorCodes.ClientFailure);
                string message = StringOr(first, "message", "(no message)");
                return new AttemptOutcome(null, new Neo4jException(code, message, status), retryAfter);
            }

            if (status is < 200 or >= 300)
            {
                return new AttemptOutcome(null, WithoutBody(status), retryAfter);
            }

            return new AttemptOutcome(ReadResult(root), null, null);
        }
        catch (Neo4jException e)
        {
            return new AttemptOutcome(null, e, retryAfter);
        }
        finally
        {
            document?.Dispose();
        }
    }

    private static Neo4jException WithoutBody(int status) => status switch
    {
        502 or 503 or 504 => new Neo4jException(Neo4jErrorCodes.ServiceUnavailable, $"Neo4j answered HTTP {status} without a Query API error body.", status),
        >= 200 and < 300 => new Neo4jException(Neo4jErrorCodes.ProtocolViolation, $"Neo4j answered HTTP {status} without a JSON result object.", status),
        _ => new Neo4jException(Neo4jErrorCodes.ClientFailure, $"Neo4j answered HTTP {status} without a Query API error body.", status),
    };

    private static Neo4jResult ReadResult(JsonElement root)
    {
        if (!root.TryGetProperty("data", out JsonElement data) || data.ValueKind != JsonValueKind.Object ||
            !data.TryGetProperty("fields", out JsonElement fieldsElement) || fieldsElement.ValueKind != JsonValueKind.Array ||
            !data.TryGetProperty("values", out JsonElement valuesElement) || valuesElement.ValueKind != JsonValueKind.Array)
        {
            throw Protocol("a result without data.fields and data.values arrays");
        }

        var fields = new List<string>(fieldsElement.GetArrayLength());
        var fieldIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (JsonElement field in fieldsElement.EnumerateArray())
        {
            string name = field.ValueKind == JsonValueKind.String ? field.GetString()! : throw Protocol("a field name that is not a string");
            fieldIndex.TryAdd(name, fields.Count);
            fields.Add(name);
        }

        var records = new List<Neo4jRecord>(valuesElement.GetArrayLength());
        foreach (JsonElement row in valuesElement.EnumerateArray())
        {
            if (row.ValueKind != JsonValueKind.Array || row.GetArrayLength() != fields.Count)
            {
                throw Protocol($"a row that is not an array of {fields.Count} values");
            }

            var values = new object?[fields.Count];
            int i = 0;
            foreach (JsonElement value in row.EnumerateArray())
            {
                values[i++] = TypedJsonReader.Read(value);
            }

            records.Add(new Neo4jRecord(fieldIndex, values));
        }

        return new Neo4jResult(fields, records, Strings(root, "bookmarks"), Notifications(root));
    }

    private static List<string> Strings(JsonElement root, string name)
    {
        var list = new List<string>();
        if (root.TryGetProperty(name, out JsonElement array) && array.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement item in array.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String)
                {
                    list.Add(item.GetString()!);
                }
            }
        }

        return list;
    }

    private static List<Neo4jNotification> Notifications(JsonElement root)
    {
        var list = new List<Neo4jNotification>();
        if (root.TryGetProperty("notifications", out JsonElement array) && array.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement item in array.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.Object)
                {
                    list.Add(new Neo4jNotification(StringOr(item, "code", ""), StringOr(item, "title", ""), StringOr(item, "description", ""), StringOr(item, "severity", "")));
                }
            }
        }

        return list;
    }

    private static string StringOr(JsonElement element, string name, string fallback) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : fallback;

    private static Neo4jException Protocol(string what) =>
        new(Neo4jErrorCodes.ProtocolViolation, $"The Query API sent {what}.");
}
