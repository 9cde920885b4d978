using System.Collections;
using System.Reflection;
using System.Text.Json.Nodes;
using ClusterGraph.GraphQL.Language;

namespace ClusterGraph.GraphQL.Tests.Conformance;

/// <summary>
/// Writes our syntax tree in the shape of graphql-js's AST JSON (kind names, camelCase fields, absent
/// optional fields omitted, loc as {start, end}), so the two trees can be compared node by node.
/// </summary>
internal static class ParseAstJson
{
    public static JsonObject ToJson(SyntaxNode node, bool withLocations = true)
    {
        var json = new JsonObject { ["kind"] = node.Kind.ToString() };
        foreach (PropertyInfo property in node.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.Name is nameof(SyntaxNode.Kind) or nameof(SyntaxNode.Location))
            {
                continue;
            }

            object? value = property.GetValue(node);

            // graphql-js leaves fragment variables out unless its legacy option is on.
            if (node is FragmentDefinitionNode && property.Name == nameof(FragmentDefinitionNode.VariableDefinitions))
            {
                continue;
            }

            JsonNode? converted = value switch
            {
                null => null,
                SyntaxNode child => ToJson(child, withLocations),
                string text => JsonValue.Create(text),
                bool flag => JsonValue.Create(flag),
                OperationType operation => JsonValue.Create(operation.ToString().ToLowerInvariant()),
                IEnumerable list => new JsonArray(list.Cast<SyntaxNode>().Select(n => (JsonNode)ToJson(n, withLocations)).ToArray()),
                _ => throw new InvalidOperationException($"Unexpected property {property.Name} of {node.Kind}."),
            };
            if (converted is not null)
            {
                json[char.ToLowerInvariant(property.Name[0]) + property.Name[1..]] = converted;
            }
        }

        if (withLocations && node.Location is { } location)
        {
            json["loc"] = new JsonObject { ["start"] = location.Start, ["end"] = location.End };
        }

        return json;
    }
}
