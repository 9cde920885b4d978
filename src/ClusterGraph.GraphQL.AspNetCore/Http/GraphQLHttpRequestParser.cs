using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace ClusterGraph.GraphQL.AspNetCore.Http;

/// <summary>
/// Reads request parameters from a JSON body entry or a GET query string, enforcing the types the
/// GraphQL-over-HTTP spec gives them: query, operationName and documentId strings, variables and
/// extensions maps; null stands for absent. A wrong type is a malformed request (400).
/// </summary>
internal static class GraphQLHttpRequestParser
{
    public static bool TryParse(JsonElement body, out GraphQLHttpRequest request, out string error)
    {
        request = null!;
        if (body.ValueKind != JsonValueKind.Object)
        {
            error = "A GraphQL request must be a JSON object.";
            return false;
        }

        string? query = null;
        string? operationName = null;
        string? documentId = null;
        JsonElement? variables = null;
        JsonElement? extensions = null;
        foreach (JsonProperty property in body.EnumerateObject())
        {
            JsonElement value = property.Value;
            bool ok = property.Name switch
            {
                "query" => TryString(value, out query),
                "operationName" => TryString(value, out operationName),
                "documentId" => TryString(value, out documentId),
                "variables" => TryMap(value, out variables),
                "extensions" => TryMap(value, out extensions),
                _ => true,
            };
            if (!ok)
            {
                error = $"The '{property.Name}' parameter must be {ExpectedType(property.Name)} or null, not {Describe(value.ValueKind)}.";
                return false;
            }
        }

        request = new GraphQLHttpRequest
        {
            Query = query,
            OperationName = operationName,
            DocumentId = documentId,
            Variables = variables,
            Extensions = extensions,
        };
        error = string.Empty;
        return true;
    }

    /// <summary>Reads a GET request; variables and extensions are JSON text, parsed into documents the caller disposes.</summary>
    public static bool TryParse(IQueryCollection parameters, ICollection<IDisposable> owned, out GraphQLHttpRequest request, out string error)
    {
        request = null!;
        foreach (string name in (string[])["query", "operationName", "documentId", "variables", "extensions"])
        {
            if (parameters[name].Count > 1)
            {
                error = $"The '{name}' parameter may appear only once.";
                return false;
            }
        }

        if (!TryParseMap(parameters["variables"], "variables", owned, out JsonElement? variables, out error)
            || !TryParseMap(parameters["extensions"], "extensions", owned, out JsonElement? extensions, out error))
        {
            return false;
        }

        request = new GraphQLHttpRequest
        {
            Query = NullIfEmpty(parameters["query"]),
            OperationName = NullIfEmpty(parameters["operationName"]),
            DocumentId = NullIfEmpty(parameters["documentId"]),
            Variables = variables,
            Extensions = extensions,
        };
        return true;
    }

    private static bool TryParseMap(string? text, string name, ICollection<IDisposable> owned, out JsonElement? map, out string error)
    {
        map = null;
        error = string.Empty;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        // A lone surrogate escape ("\uD800") parses but throws when read later: refuse it now.
        if (!RequestBodyReader.StringsDecode(System.Text.Encoding.UTF8.GetBytes(text)))
        {
            error = $"The '{name}' parameter is not valid JSON.";
            return false;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException)
        {
            error = $"The '{name}' parameter is not valid JSON.";
            return false;
        }

        owned.Add(document);
        if (!TryMap(document.RootElement, out map))
        {
            error = $"The '{name}' parameter must be a JSON object or null, not {Describe(document.RootElement.ValueKind)}.";
            return false;
        }

        return true;
    }

    private static bool TryString(JsonElement value, out string? text)
    {
        text = null;
        if (value.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        text = value.GetString();
        return true;
    }

    private static bool TryMap(JsonElement value, out JsonElement? map)
    {
        map = value.ValueKind == JsonValueKind.Object ? value : null;
        return value.ValueKind is JsonValueKind.Object or JsonValueKind.Null;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static string ExpectedType(string name) => name is "variables" or "extensions" ? "an object" : "a string";

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
